import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { InputError } from '../errors.ts'
import { buildVerifyPolicy, type VerifyPolicy } from '../signing/verify-policy.ts'
import { list, type InputReader } from './inputs.ts'

/** The verification policy's inputs: mode verify needs them, and promote, rollout, write-back and release tagging gate on them. */
export const VERIFY_INPUT = {
  key: 'verify-key',
  identity: 'verify-certificate-identity',
  identityRegexp: 'verify-certificate-identity-regexp',
  issuer: 'verify-certificate-oidc-issuer',
  trustedRoot: 'verify-trusted-root',
  predicateTypes: 'verify-predicate-types',
} as const

/** The policy, or undefined when neither verify-key nor a certificate identity is set. verify-key is PEM text or a file path. */
export function readVerifyInputs(read: InputReader, workspace: string): VerifyPolicy | undefined {
  const given = (name: string): { value: string; from: string } | undefined => {
    const value = read(name).trim()
    return value === '' ? undefined : { value, from: `input "${name}"` }
  }
  const key = given(VERIFY_INPUT.key)
  const root = given(VERIFY_INPUT.trustedRoot)
  const identity = given(VERIFY_INPUT.identity)
  const identityRegexp = given(VERIFY_INPUT.identityRegexp)
  const issuer = given(VERIFY_INPUT.issuer)
  const types = list(read(VERIFY_INPUT.predicateTypes))
  return buildVerifyPolicy({
    ...(key === undefined
      ? {}
      : {
          key: {
            pem: key.value.startsWith('-----BEGIN')
              ? key.value
              : readInputFile(key.value, workspace, VERIFY_INPUT.key),
            from: key.from,
          },
        }),
    ...(identity === undefined ? {} : { identity }),
    ...(identityRegexp === undefined ? {} : { identityRegexp }),
    ...(issuer === undefined ? {} : { issuer }),
    ...(root === undefined
      ? {}
      : {
          trustedRoot: {
            json: readInputFile(root.value, workspace, VERIFY_INPUT.trustedRoot),
            from: root.from,
          },
        }),
    ...(types.length === 0
      ? {}
      : { predicateTypes: { values: types, from: `input "${VERIFY_INPUT.predicateTypes}"` } }),
  })
}

function readInputFile(path: string, workspace: string, name: string): string {
  try {
    return readFileSync(resolve(workspace, path), 'utf8')
  } catch (cause) {
    throw new InputError(
      `input "${name}": ${path} cannot be read: ${(cause as NodeJS.ErrnoException).code ?? String(cause)}`,
      { cause, hint: 'give a PEM text, or a path relative to the workspace' },
    )
  }
}
