import assert from 'node:assert/strict'
import { test } from 'node:test'
import { readSettings } from '../../src/action/settings-inputs.ts'
import { InputError } from '../../src/errors.ts'
import { rolloutEnabled, writeBackEnabled } from '../../src/settings/settings.ts'

const context = { mask: () => undefined, env: {}, workspace: '/work/space' }

function reader(values: Record<string, string>): (name: string) => string {
  return (name) => values[name] ?? ''
}

test('publish: a feature that is off has no section, and its other inputs are not checked', async () => {
  const settings = await readSettings(
    reader({ dir: '.', image: 'ghcr.io/acme/config', rollout: 'false', concurrency: 'many' }),
    context,
  )
  assert.equal(rolloutEnabled(settings), false)
  assert.equal(writeBackEnabled(settings), false)
  assert.equal(settings.core.dir, '/work/space')
  assert.deepEqual(settings.signing, {})
})

test('publish: rollout and config-repo make sections, checked before anything runs', async () => {
  const settings = await readSettings(
    reader({
      dir: '.',
      image: 'ghcr.io/acme/config',
      rollout: 'true',
      'config-repo': 'acme/fleet',
      'github-token': 't',
    }),
    context,
  )
  assert.equal(rolloutEnabled(settings), true)
  assert.equal(settings.rollout?.ref.name, 'root-sync')
  assert.equal(writeBackEnabled(settings), true)
  await assert.rejects(
    readSettings(reader({ dir: '.', image: 'oci-layout:out', rollout: 'true' }), context),
    (error: unknown) =>
      error instanceof InputError &&
      /input "rollout" needs an image pushed to a registry/.test(error.message),
  )
  await assert.rejects(
    readSettings(
      reader({ dir: '.', image: 'ghcr.io/acme/config', rollout: 'true', concurrency: 'many' }),
      context,
    ),
    (error: unknown) => error instanceof InputError && /concurrency/.test(error.message),
  )
})

test('validate-only needs no image; promote needs from and tags', async () => {
  const validate = await readSettings(reader({ dir: '.', mode: 'validate-only' }), context)
  assert.equal(validate.mode, 'validate-only')
  assert.equal(validate.promote, undefined)
  await assert.rejects(
    readSettings(reader({ dir: '.', mode: 'promote', image: 'ghcr.io/acme/config', tags: 'prod' }), context),
    /input "from" is required for mode "promote"/,
  )
  const promote = await readSettings(
    reader({ dir: '.', mode: 'promote', image: 'ghcr.io/acme/config', tags: 'prod', from: 'main' }),
    context,
  )
  assert.deepEqual(promote.promote, { from: 'main', tags: ['prod'] })
})
