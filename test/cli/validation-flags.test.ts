import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseCommandArgs, UsageError } from '../../src/cli/args.ts'
import {
  parseValidateFormat,
  readValidationFlags,
  VALIDATION_FLAG_OPTIONS,
} from '../../src/cli/validation-flags.ts'
import { InputError } from '../../src/errors.ts'

const flags = (...args: string[]) =>
  readValidationFlags(parseCommandArgs(args, VALIDATION_FLAG_OPTIONS).values)

test('no flags: the same defaults as the action', () => {
  assert.deepEqual(flags(), {
    validation: {
      sourceFormat: 'unstructured',
      scope: { kind: 'root', name: 'root-sync' },
      allowSecrets: false,
      schemaChecks: true,
    },
    render: false,
    failOn: 'error',
  })
})

test('every flag reaches its field', () => {
  assert.deepEqual(
    flags(
      '--source-format',
      'hierarchy',
      '--repo-sync',
      'shop/rs',
      '--allow-secrets',
      '--no-schema-checks',
      '--kubernetes-version',
      '1.32',
      '--render',
      '--fail-on',
      'warning',
    ),
    {
      validation: {
        sourceFormat: 'hierarchy',
        scope: { kind: 'namespace', namespace: 'shop', name: 'rs' },
        allowSecrets: true,
        schemaChecks: false,
        kubernetesVersion: '1.32',
      },
      render: true,
      failOn: 'warning',
    },
  )
  assert.deepEqual(flags('--root-sync', 'platform').validation.scope, { kind: 'root', name: 'platform' })
})

test('bad values are input errors (exit 2) naming the flag, with an example', () => {
  const cases: [string[], RegExp, RegExp][] = [
    [
      ['--source-format', 'flat'],
      /--source-format is "flat", expected unstructured or hierarchy/,
      /--source-format hierarchy/,
    ],
    [
      ['--root-sync', 'root-sync', '--repo-sync', 'a/b'],
      /exactly one of --root-sync and --repo-sync/,
      /--repo-sync shop\/repo-sync/,
    ],
    [['--repo-sync', 'a'], /--repo-sync is "a", expected NAMESPACE\/NAME/, /--repo-sync shop\/repo-sync/],
    [['--kubernetes-version', '33'], /--kubernetes-version is "33"/, /--kubernetes-version 1\.\d+/],
    [['--fail-on', 'never'], /--fail-on is "never", expected error or warning/, /--fail-on warning/],
  ]
  for (const [args, message, hint] of cases) {
    assert.throws(
      () => flags(...args),
      (e: unknown) => e instanceof InputError && message.test(e.message) && hint.test(e.hint ?? ''),
      args.join(' '),
    )
  }
  assert.throws(() => flags('--allow-secrets=yes'), UsageError, 'boolean flags take no value')
})

test('validate --format: text (default), json, sarif; anything else is a usage error', () => {
  assert.equal(parseValidateFormat(undefined), 'text')
  for (const f of ['text', 'json', 'sarif'] as const) assert.equal(parseValidateFormat(f), f)
  assert.throws(
    () => parseValidateFormat('yaml'),
    (e: unknown) =>
      e instanceof UsageError && /--format "yaml"/.test(e.message) && /sarif/.test(e.hint ?? ''),
  )
})
