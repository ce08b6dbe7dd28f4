import { verify as cryptoVerify } from 'node:crypto'
import {
  IN_TOTO_STATEMENT_TYPE,
  legacySignatureTag,
  PREDICATE_TYPE,
  SIGNING_ANNOTATION,
  SIGNING_MEDIA_TYPE,
} from './formats.ts'
import { listReferrers, type ReferrerPort } from './referrers.ts'
import { checkBundle, loadSigstore, type SigstoreModules } from './verify-bundle.ts'
import type { FailureReason, VerifyPolicy } from './verify-policy.ts'

export type { FailureReason } from './verify-policy.ts'

/**
 * Verification of one manifest digest: its cosign v3 bundle referrers and
 * its legacy `sha256-<hex>.sig` signature against a policy, and the
 * attestations the policy requires. Every failure carries a reason.
 */

/** What verification reads from a registry: RegistryClient provides it. */
export interface VerifyPort extends ReferrerPort {
  getBlob(digest: string): Promise<Buffer | undefined>
}

/** One signature or attestation found, and what came of it. */
export interface CheckedItem {
  readonly kind: 'signature' | 'attestation'
  readonly format: 'bundle' | 'legacy'
  /** The referrer (or .sig) manifest digest. */
  readonly digest: string
  readonly predicateType?: string
  readonly ok: boolean
  readonly reason?: FailureReason
  readonly detail?: string
  /** Keyless: the certificate subject. */
  readonly identity?: string
}

/** The verdict for one digest. */
export interface VerifyResult {
  readonly digest: string
  readonly repository: string
  readonly verified: boolean
  /** Set when not verified: the most telling reason. */
  readonly reason?: FailureReason
  readonly message: string
  readonly items: readonly CheckedItem[]
}

/** Bundle and .sig manifests are small; larger layers are not ours. */
const MAX_SIGNATURE_BYTES = 1 << 20
/** Order of preference when several failures explain one verdict: the most specific first. */
const REASON_ORDER: readonly FailureReason[] = [
  'digest-mismatch',
  'expired-certificate',
  'wrong-identity',
  'bad-signature',
  'untrusted',
  'validation-errors',
  'missing-attestation',
  'missing',
]

/** Checks a digest's signatures and attestations; `modules` for tests, else loaded (Node 22+). */
export async function verifyDigest(
  port: VerifyPort,
  digest: string,
  policy: VerifyPolicy,
  modules?: SigstoreModules,
): Promise<VerifyResult> {
  const sigstore = modules ?? (await loadSigstore('verification'))
  const items: CheckedItem[] = []
  const { manifests } = await listReferrers(port, digest, SIGNING_MEDIA_TYPE.sigstoreBundle)
  for (const referrer of manifests)
    items.push(await checkReferrer(port, sigstore, referrer.digest, digest, policy))
  if (policy.publicKey !== undefined) items.push(...(await checkLegacy(port, digest, policy)))
  return verdict(port.describe(), digest, policy, items)
}

function verdict(
  repository: string,
  digest: string,
  policy: VerifyPolicy,
  items: readonly CheckedItem[],
): VerifyResult {
  const base = { digest, repository, items }
  const signatures = items.filter((i) => i.kind === 'signature')
  const failures: CheckedItem[] = []
  if (!signatures.some((s) => s.ok)) {
    const failed = signatures.filter((s) => !s.ok)
    if (failed.length === 0)
      return {
        ...base,
        verified: false,
        reason: 'missing',
        message: `no signature found for ${digest} in ${repository}`,
      }
    failures.push(...failed)
  }
  for (const type of policy.predicateTypes) {
    const attested = items.filter((i) => i.kind === 'attestation' && i.predicateType === type)
    if (attested.some((a) => a.ok)) continue
    const failed = attested.filter((a) => !a.ok)
    failures.push(
      ...(failed.length > 0
        ? failed
        : [
            {
              kind: 'attestation',
              format: 'bundle',
              digest,
              predicateType: type,
              ok: false,
              reason: 'missing-attestation',
              detail: `no ${type} attestation`,
            } satisfies CheckedItem,
          ]),
    )
  }
  if (failures.length === 0) {
    const how = signatures
      .filter((s) => s.ok)
      .map((s) => (s.format === 'bundle' ? 'cosign bundle' : 'legacy .sig'))
      .join(', ')
    const attested =
      policy.predicateTypes.length === 0 ? '' : `; attested: ${policy.predicateTypes.join(', ')}`
    return { ...base, verified: true, message: `${repository}@${digest} is signed (${how})${attested}` }
  }
  const first = [...failures].sort(
    (a, b) => REASON_ORDER.indexOf(a.reason!) - REASON_ORDER.indexOf(b.reason!),
  )[0]!
  const what = first.kind === 'signature' ? 'signature' : `${first.predicateType} attestation`
  return {
    ...base,
    verified: false,
    reason: first.reason!,
    message:
      `${repository}@${digest} is not verified: ${what} ${first.reason}: ${first.detail ?? ''}`.trimEnd(),
  }
}

async function checkReferrer(
  port: VerifyPort,
  modules: SigstoreModules,
  referrerDigest: string,
  digest: string,
  policy: VerifyPolicy,
): Promise<CheckedItem> {
  const base = { format: 'bundle' as const, digest: referrerDigest }
  const fail = (reason: FailureReason, detail: string, predicateType?: string): CheckedItem => ({
    ...base,
    kind:
      predicateType === undefined || predicateType === PREDICATE_TYPE.cosignSign
        ? 'signature'
        : 'attestation',
    ok: false,
    reason,
    detail,
    ...(predicateType === undefined ? {} : { predicateType }),
  })
  const fetched = await port.getManifest(referrerDigest)
  if (fetched === undefined) return fail('missing', `referrer ${referrerDigest} is listed but absent`)
  const manifest = parseJson(fetched.body) as {
    layers?: { mediaType?: string; digest?: string; size?: number }[]
    subject?: { digest?: string }
    annotations?: Record<string, string>
  }
  const annotated = manifest?.annotations?.[SIGNING_ANNOTATION.bundlePredicateType]
  const layer = manifest?.layers?.find((l) => l.mediaType === SIGNING_MEDIA_TYPE.sigstoreBundle)
  if (layer?.digest === undefined || (layer.size ?? 0) > MAX_SIGNATURE_BYTES)
    return fail('bad-signature', 'the referrer has no bundle layer', annotated)
  if (manifest.subject?.digest !== digest)
    return fail(
      'digest-mismatch',
      `the referrer's subject is ${manifest.subject?.digest ?? 'absent'}`,
      annotated,
    )
  const bytes = await port.getBlob(layer.digest)
  if (bytes === undefined) return fail('missing', `bundle blob ${layer.digest} is absent`, annotated)
  const checked = checkBundle(modules, parseJson(bytes), policy)
  if (!checked.ok) return fail(checked.reason, checked.detail, annotated)
  // The signed statement, not the unsigned annotation, says what this is about.
  const statement = parseJson(checked.payload) as {
    _type?: string
    subject?: { digest?: { sha256?: string } }[]
    predicateType?: string
    predicate?: unknown
  }
  const predicateType = typeof statement?.predicateType === 'string' ? statement.predicateType : undefined
  if (statement?._type !== IN_TOTO_STATEMENT_TYPE || predicateType === undefined)
    return fail('bad-signature', 'the signed payload is not an in-toto v1 statement', annotated)
  const hex = digest.slice('sha256:'.length)
  if (!(statement.subject ?? []).some((s) => s.digest?.sha256 === hex)) {
    const named = (statement.subject ?? []).map((s) => `sha256:${s.digest?.sha256 ?? '?'}`).join(', ')
    return fail(
      'digest-mismatch',
      `the signed statement is about ${named || 'nothing'}, not ${digest}`,
      predicateType,
    )
  }
  const identity = checked.identity === undefined ? {} : { identity: checked.identity }
  if (predicateType === PREDICATE_TYPE.validation) {
    const errors = validationErrors(statement.predicate)
    if (errors !== 0)
      return {
        ...fail(
          'validation-errors',
          errors === undefined
            ? 'the validation attestation has no error count'
            : `the validation attestation counts ${errors} error finding(s)`,
          predicateType,
        ),
        ...identity,
      }
  }
  const kind = predicateType === PREDICATE_TYPE.cosignSign ? 'signature' : 'attestation'
  return { ...base, kind, predicateType, ok: true, ...identity }
}

/** Legacy `.sig` layers, key mode only: simple-signing payload about this digest, ECDSA signature by the key. */
async function checkLegacy(port: VerifyPort, digest: string, policy: VerifyPolicy): Promise<CheckedItem[]> {
  const fetched = await port.getManifest(legacySignatureTag(digest))
  if (fetched === undefined) return []
  const base = { kind: 'signature' as const, format: 'legacy' as const, digest: fetched.digest }
  const manifest = parseJson(fetched.body) as {
    layers?: { mediaType?: string; digest?: string; size?: number; annotations?: Record<string, string> }[]
  }
  const items: CheckedItem[] = []
  for (const layer of manifest?.layers ?? []) {
    if (
      layer.mediaType !== SIGNING_MEDIA_TYPE.simpleSigning ||
      layer.digest === undefined ||
      (layer.size ?? 0) > MAX_SIGNATURE_BYTES
    )
      continue
    const signature = layer.annotations?.[SIGNING_ANNOTATION.legacySignature]
    const payload = await port.getBlob(layer.digest)
    if (payload === undefined || signature === undefined) {
      items.push({
        ...base,
        ok: false,
        reason: 'missing',
        detail: 'a .sig layer without payload or signature',
      })
      continue
    }
    if (!cryptoVerify('sha256', payload, policy.publicKey!, Buffer.from(signature, 'base64'))) {
      items.push({
        ...base,
        ok: false,
        reason: 'bad-signature',
        detail: 'the .sig signature does not verify with the key',
      })
      continue
    }
    const signed = (parseJson(payload) as { critical?: { image?: { 'docker-manifest-digest'?: string } } })
      ?.critical?.image?.['docker-manifest-digest']
    items.push(
      signed === digest
        ? { ...base, ok: true }
        : {
            ...base,
            ok: false,
            reason: 'digest-mismatch',
            detail: `the .sig payload signs ${signed ?? 'no digest'}`,
          },
    )
  }
  return items
}

/**
 * The error count of our validation predicate (docs/signing.md):
 * `findings.bySeverity.error`; undefined when the predicate has none.
 */
export function validationErrors(predicate: unknown): number | undefined {
  const value = (predicate as { findings?: { bySeverity?: { error?: unknown } } } | undefined)?.findings
    ?.bySeverity?.error
  return typeof value === 'number' ? value : undefined
}

function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8')) as unknown
  } catch {
    return undefined
  }
}
