import { createPublicKey, type KeyObject } from 'node:crypto'
import { InputError } from '../errors.ts'
import { PREDICATE_TYPE } from './formats.ts'

/**
 * What a digest must carry to count as verified: a signature by a public
 * key, or a keyless signature whose Fulcio certificate names an identity
 * and chains to a trusted root; and, optionally, attestations of given
 * predicate types. Pure (Node 20): the Sigstore packages load only when a
 * bundle is checked.
 */
export interface VerifyPolicy {
  /** Key mode: the signer's public key (ECDSA P-256, SPKI). */
  readonly publicKey?: KeyObject
  /** Keyless mode: the certificate's OIDC issuer and subject (SAN). */
  readonly identity?: KeylessIdentity
  /** Sigstore TrustedRoot JSON (keyless mode; required there: no TUF fetch). */
  readonly trustedRoot?: unknown
  /** Predicate types that must each be attested (and, for ours, with no error findings). */
  readonly predicateTypes: readonly string[]
}

/** Why something did not verify. */
export type FailureReason =
  | 'missing'
  | 'wrong-identity'
  | 'bad-signature'
  | 'digest-mismatch'
  | 'expired-certificate'
  | 'untrusted'
  | 'missing-attestation'
  | 'validation-errors'

/** The certificate identity a keyless signature must carry. */
export interface KeylessIdentity {
  readonly issuer: string
  /** Exact subject (e.g. https://github.com/OWNER/REPO/.github/workflows/publish.yml@refs/heads/main), or a pattern. */
  readonly subject: string | RegExp
}

/** The raw policy values, named by the input or flag they came from (for errors). */
export interface PolicyValues {
  readonly key?: { readonly pem: string; readonly from: string }
  readonly identity?: { readonly value: string; readonly from: string }
  readonly identityRegexp?: { readonly value: string; readonly from: string }
  readonly issuer?: { readonly value: string; readonly from: string }
  readonly trustedRoot?: { readonly json: string; readonly from: string }
  readonly predicateTypes?: { readonly values: readonly string[]; readonly from: string }
}

/** Short names accepted for the predicate types. */
export const PREDICATE_ALIASES: Readonly<Record<string, string>> = {
  slsa: PREDICATE_TYPE.slsaProvenance,
  provenance: PREDICATE_TYPE.slsaProvenance,
  validation: PREDICATE_TYPE.validation,
}

/** The policy the values describe, or undefined when none is given; a half policy is an InputError naming the input. */
export function buildVerifyPolicy(values: PolicyValues): VerifyPolicy | undefined {
  const keyless = values.identity ?? values.identityRegexp ?? values.issuer
  if (values.key === undefined && keyless === undefined) {
    const stray = values.trustedRoot ?? values.predicateTypes
    if (
      stray !== undefined &&
      (values.trustedRoot !== undefined || (values.predicateTypes?.values.length ?? 0) > 0)
    ) {
      throw new InputError(
        `${'from' in stray ? stray.from : 'the policy'} is set, but no key or certificate identity to verify against`,
        {
          hint: 'give a public key (key mode) or a certificate identity and OIDC issuer (keyless)',
        },
      )
    }
    return undefined
  }
  const predicateTypes = (values.predicateTypes?.values ?? [])
    .map((t) => t.trim())
    .filter((t) => t !== '')
    .map((t) => predicateType(t, values.predicateTypes!.from))
  if (values.key !== undefined) {
    if (keyless !== undefined) {
      throw new InputError(`${values.key.from} and ${keyless.from} are both set`, {
        hint: 'verify either with a public key or with a keyless identity, not both',
      })
    }
    return { publicKey: parsePublicKey(values.key.pem, values.key.from), predicateTypes }
  }
  if (values.identity !== undefined && values.identityRegexp !== undefined) {
    throw new InputError(`${values.identity.from} and ${values.identityRegexp.from} are both set`, {
      hint: 'give the exact identity or a regular expression',
    })
  }
  const subjectValue = values.identity ?? values.identityRegexp
  if (subjectValue === undefined || values.issuer === undefined) {
    const missing =
      subjectValue === undefined
        ? 'a certificate identity (or identity regexp)'
        : 'the certificate OIDC issuer'
    throw new InputError(`keyless verification needs ${missing}`, {
      hint: 'e.g. issuer https://token.actions.githubusercontent.com and identity regexp ^https://github.com/OWNER/REPO/',
    })
  }
  if (values.trustedRoot === undefined) {
    throw new InputError(`keyless verification needs a Sigstore trusted root file (with ${keyless!.from})`, {
      hint: 'the public-good root is not fetched (no TUF here): give a trusted_root.json, e.g. from `cosign trusted-root create` or sigstore/root-signing',
    })
  }
  const subject =
    values.identityRegexp === undefined
      ? subjectValue.value
      : compileRegexp(values.identityRegexp.value, values.identityRegexp.from)
  return {
    identity: { issuer: values.issuer.value, subject },
    trustedRoot: parseJson(values.trustedRoot.json, values.trustedRoot.from),
    predicateTypes,
  }
}

/** A PEM public key; a private key or garbage is an InputError naming the input. */
export function parsePublicKey(pem: string, from: string): KeyObject {
  if (pem.includes('PRIVATE KEY'))
    throw new InputError(`${from} holds a private key`, {
      hint: 'give the public key (-----BEGIN PUBLIC KEY-----), never the private one',
    })
  let key: KeyObject
  try {
    key = createPublicKey(pem)
  } catch (cause) {
    throw new InputError(`${from} is not a PEM public key`, {
      cause,
      hint: 'expected -----BEGIN PUBLIC KEY----- (SPKI), as signing prints it',
    })
  }
  if (key.asymmetricKeyType !== 'ec')
    throw new InputError(`${from} is a ${key.asymmetricKeyType ?? 'unknown'} key, expected ECDSA P-256`)
  return key
}

function predicateType(value: string, from: string): string {
  const resolved = PREDICATE_ALIASES[value] ?? value
  if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(resolved)) {
    throw new InputError(`${from}: "${value}" is not a predicate type URI`, {
      hint: `use a URI or one of ${Object.keys(PREDICATE_ALIASES).join(', ')}`,
    })
  }
  return resolved
}

function compileRegexp(value: string, from: string): RegExp {
  try {
    return new RegExp(value)
  } catch (cause) {
    throw new InputError(`${from} "${value}" is not a regular expression`, { cause })
  }
}

function parseJson(text: string, from: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch (cause) {
    throw new InputError(`${from} is not JSON`, { cause, hint: 'expected a Sigstore trusted_root.json' })
  }
}
