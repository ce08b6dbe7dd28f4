import assert from 'node:assert/strict'
import { generateKeyPairSync } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { after, test } from 'node:test'
import { readSettings } from '../../src/action/settings-inputs.ts'
import { InputError } from '../../src/errors.ts'
import { makeTempDir, removeDir } from '../harness/tmp.ts'

const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' })
const PEM = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
const PUBLIC = pair.publicKey.export({ type: 'spki', format: 'pem' }).toString()
const dirs: string[] = []
after(async () => {
  for (const dir of dirs) await removeDir(dir)
})

function reader(values: Record<string, string>): (name: string) => string {
  return (name) => values[name] ?? ''
}

const base = { dir: '.', image: 'ghcr.io/acme/config' }

test('sign key: the plan carries the signer, the format (default bundle) and attest (default true); the key is masked', async () => {
  const masked: string[] = []
  const settings = await readSettings(reader({ ...base, sign: 'key', 'signing-key': PEM }), {
    mask: (s) => masked.push(s),
    env: {},
    workspace: '/work/space',
  })
  const plan = settings.signing.plan
  assert.ok(plan !== undefined)
  assert.equal(plan.format, 'bundle')
  assert.equal(plan.attest, true)
  assert.equal(plan.signer.identity.kind === 'public-key' ? plan.signer.identity.publicKeyPem : '', PUBLIC)
  assert.ok(masked.includes(PEM.trim()))
})

test('signing-key may be a path in the workspace; signature-format and attest are read', async () => {
  const workspace = await makeTempDir('signing-inputs')
  dirs.push(workspace)
  await writeFile(join(workspace, 'key.pem'), PEM)
  const masked: string[] = []
  const settings = await readSettings(
    reader({ ...base, sign: 'key', 'signing-key': 'key.pem', 'signature-format': 'both', attest: 'false' }),
    { mask: (s) => masked.push(s), env: {}, workspace },
  )
  assert.ok(masked.includes(PEM.trim()), 'the key read from the file is masked too')
  assert.equal(settings.signing.plan?.format, 'both')
  assert.equal(settings.signing.plan?.attest, false)
})

test('bad signing inputs are InputErrors naming the input, without key material', async () => {
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 })
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString()
  const cases: [Record<string, string>, RegExp][] = [
    [{ sign: 'key' }, /input "signing-key" is required/],
    [{ sign: 'key', 'signing-key': rsa }, /input "signing-key" is a rsa key, not ECDSA P-256/],
    [
      { sign: 'key', 'signing-key': 'missing.pem' },
      /input "signing-key" is neither PEM text nor a readable file/,
    ],
    [{ sign: 'keyless' }, /input "sign" "keyless" is not one of none, key/],
    [{ sign: 'key', 'signing-key': PEM, 'signature-format': 'v2' }, /input "signature-format"/],
  ]
  for (const [values, message] of cases) {
    await assert.rejects(
      readSettings(reader({ ...base, ...values }), { mask: () => undefined, env: {}, workspace: '/nowhere' }),
      (error: unknown) =>
        error instanceof InputError && message.test(error.message) && !error.message.includes('MII'),
    )
  }
})

test('sign none (the default) makes no plan', async () => {
  const settings = await readSettings(reader(base), { mask: () => undefined, env: {}, workspace: '/w' })
  assert.deepEqual(settings.signing, {})
})
