import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { InputError } from '../errors.ts'
import { buildVerifyPolicy, type VerifyPolicy } from '../signing/verify-policy.ts'
import { str, strs } from './args.ts'

/** The policy flags `verify` takes, and `promote`/`rollout` take to gate on it. */
export const VERIFY_FLAG_OPTIONS = {
  key: { type: 'string' },
  'certificate-identity': { type: 'string' },
  'certificate-identity-regexp': { type: 'string' },
  'certificate-oidc-issuer': { type: 'string' },
  'trusted-root': { type: 'string' },
  'predicate-type': { type: 'string', multiple: true },
} as const

/** Their help lines. */
export const VERIFY_FLAGS_HELP = `  --key FILE             PEM public key (ECDSA P-256) the signatures must verify with
  --certificate-identity ID         keyless: the exact certificate subject, e.g.
                         https://github.com/OWNER/REPO/.github/workflows/publish.yml@refs/heads/main
  --certificate-identity-regexp RE  keyless: a pattern for it instead
  --certificate-oidc-issuer URL     keyless: the OIDC issuer, e.g. https://token.actions.githubusercontent.com
  --trusted-root FILE    keyless: Sigstore trusted_root.json (required; not fetched)
  --predicate-type TYPE  an attestation that must be present: a URI, slsa or validation; repeatable
`

/** The policy the flags give, or undefined when no key or identity is given; files are read here. */
export async function readVerifyFlags(
  values: Readonly<Record<string, unknown>>,
): Promise<VerifyPolicy | undefined> {
  const keyFile = str(values['key'])
  const rootFile = str(values['trusted-root'])
  const given = (name: string): { value: string; from: string } | undefined => {
    const value = str(values[name])
    return value === undefined ? undefined : { value, from: `--${name}` }
  }
  const identity = given('certificate-identity')
  const identityRegexp = given('certificate-identity-regexp')
  const issuer = given('certificate-oidc-issuer')
  const types = strs(values['predicate-type'])
  return buildVerifyPolicy({
    ...(keyFile === undefined
      ? {}
      : { key: { pem: await readText(keyFile, '--key'), from: `--key ${keyFile}` } }),
    ...(identity === undefined ? {} : { identity }),
    ...(identityRegexp === undefined ? {} : { identityRegexp }),
    ...(issuer === undefined ? {} : { issuer }),
    ...(rootFile === undefined
      ? {}
      : {
          trustedRoot: {
            json: await readText(rootFile, '--trusted-root'),
            from: `--trusted-root ${rootFile}`,
          },
        }),
    ...(types.length === 0 ? {} : { predicateTypes: { values: types, from: '--predicate-type' } }),
  })
}

async function readText(file: string, flag: string): Promise<string> {
  try {
    return await readFile(resolve(file), 'utf8')
  } catch (cause) {
    throw new InputError(
      `${flag} ${file} cannot be read: ${(cause as NodeJS.ErrnoException).code ?? String(cause)}`,
      { cause },
    )
  }
}
