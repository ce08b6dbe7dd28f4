import { ActionError } from '../errors.ts'
import type { FailureReason, VerifyPolicy } from './verify-policy.ts'

/** The oldest Node the @sigstore 5.x / verify 4.x packages load on. */
export const MIN_SIGSTORE_NODE_MAJOR = 22

type SigstoreVerify = typeof import('@sigstore/verify')
type SigstoreBundle = typeof import('@sigstore/bundle')
type ProtobufSpecs = typeof import('@sigstore/protobuf-specs')

/** The three Sigstore modules, loaded on demand (they need Node 22+). */
export interface SigstoreModules {
  readonly verify: SigstoreVerify
  readonly bundle: SigstoreBundle
  readonly specs: ProtobufSpecs
}

/** Loads @sigstore/verify, /bundle and /protobuf-specs; on Node 20 an error that says Node 22+ is needed. */
export async function loadSigstore(
  what: string,
  nodeVersion: string = process.versions.node,
): Promise<SigstoreModules> {
  const major = Number(nodeVersion.split('.')[0])
  if (!(major >= MIN_SIGSTORE_NODE_MAJOR)) {
    throw new ActionError(
      `${what} needs Node ${MIN_SIGSTORE_NODE_MAJOR} or later; this is Node ${nodeVersion}`,
      {
        hint: '@sigstore/verify needs Node ^22.22.2, ^24.15.0 or >=26; run it with Node 22 or 24 (validate and publish work on Node 20)',
      },
    )
  }
  const [verify, bundle, specs] = await Promise.all([
    import('@sigstore/verify'),
    import('@sigstore/bundle'),
    import('@sigstore/protobuf-specs'),
  ])
  return {
    verify: named(verify, 'Verifier'),
    bundle: named(bundle, 'bundleFromJSON'),
    specs: named(specs, 'TrustedRoot'),
  }
}

/** These packages are CommonJS: a bundler's dynamic import may put their exports under `default` only. */
function named<T extends object>(module: T, probe: string): T {
  if (probe in module) return module
  const fallback = (module as { default?: T }).default
  return fallback !== undefined && probe in fallback ? fallback : module
}

/** The outcome of one bundle: its in-toto statement when the signature and identity hold. */
export type BundleCheck =
  | { readonly ok: true; readonly payload: Buffer; readonly identity?: string }
  | { readonly ok: false; readonly reason: FailureReason; readonly detail: string }

/**
 * Checks one Sigstore bundle (DSSE) against the policy with @sigstore/verify:
 * key mode trusts only the policy's key whatever hint the bundle names (no
 * transparency log or timestamp required, as cosign --key --insecure-ignore-tlog);
 * keyless mode needs a certificate chaining to the trusted root, a timestamp,
 * and the identity.
 */
export function checkBundle(modules: SigstoreModules, json: unknown, policy: VerifyPolicy): BundleCheck {
  let bundle: ReturnType<SigstoreBundle['bundleFromJSON']>
  try {
    bundle = modules.bundle.bundleFromJSON(json)
  } catch (error) {
    return { ok: false, reason: 'bad-signature', detail: `not a Sigstore bundle: ${messageOf(error)}` }
  }
  if (bundle.content.$case !== 'dsseEnvelope')
    return { ok: false, reason: 'bad-signature', detail: 'the bundle holds no DSSE envelope' }
  try {
    const entity = modules.verify.toSignedEntity(bundle)
    if (policy.publicKey !== undefined) {
      const key = policy.publicKey
      const material = modules.verify.toTrustMaterial(emptyTrustedRoot(modules), () => ({
        publicKey: key,
        validFor: () => true,
      }))
      const verifier = new modules.verify.Verifier(material, {
        tlogThreshold: 0,
        ctlogThreshold: 0,
        timestampThreshold: 0,
      })
      if (entity.key.$case !== 'public-key')
        return {
          ok: false,
          reason: 'wrong-identity',
          detail: 'signed keyless (a certificate), but the policy names a public key',
        }
      verifier.verify(entity)
      return { ok: true, payload: Buffer.from(bundle.content.dsseEnvelope.payload) }
    }
    const identity = policy.identity!
    const root = modules.specs.TrustedRoot.fromJSON(policy.trustedRoot)
    const material = modules.verify.toTrustMaterial(root)
    if (entity.key.$case !== 'certificate')
      return {
        ok: false,
        reason: 'wrong-identity',
        detail: 'signed with a key, but the policy names a keyless identity',
      }
    // Rekor is absent for private repositories (TSA instead): one timestamp of either kind, no tlog minimum.
    const hasTlog = entity.tlogEntries.length > 0
    const verifier = new modules.verify.Verifier(material, {
      tlogThreshold: hasTlog ? 1 : 0,
      ctlogThreshold: 0,
      timestampThreshold: 1,
    })
    const signer = verifier.verify(entity, {
      subjectAlternativeName: identity.subject,
      extensions: { issuer: identity.issuer },
    })
    const san = signer.identity?.subjectAlternativeName
    return {
      ok: true,
      payload: Buffer.from(bundle.content.dsseEnvelope.payload),
      ...(san === undefined ? {} : { identity: san }),
    }
  } catch (error) {
    return { ok: false, ...classify(error) }
  }
}

/** @sigstore/verify's error codes as our reasons. */
function classify(error: unknown): { reason: FailureReason; detail: string } {
  const code =
    typeof error === 'object' && error !== null && 'code' in error
      ? String((error as { code: unknown }).code)
      : ''
  const cause = error instanceof Error && error.cause !== undefined ? `: ${messageOf(error.cause)}` : ''
  const detail = `${code === '' ? '' : `${code}: `}${messageOf(error)}${cause}`
  if (code === 'UNTRUSTED_SIGNER_ERROR' || (error instanceof Error && error.name === 'PolicyError'))
    return { reason: 'wrong-identity', detail }
  if (code === 'SIGNATURE_ERROR' || code === 'PUBLIC_KEY_ERROR') return { reason: 'bad-signature', detail }
  if (code === 'CERTIFICATE_ERROR' && /expired/.test(detail)) return { reason: 'expired-certificate', detail }
  return { reason: 'untrusted', detail }
}

function emptyTrustedRoot(modules: SigstoreModules): ReturnType<ProtobufSpecs['TrustedRoot']['fromJSON']> {
  return modules.specs.TrustedRoot.fromJSON({
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [],
    certificateAuthorities: [],
    ctlogs: [],
    timestampAuthorities: [],
  })
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
