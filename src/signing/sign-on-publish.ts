import type { Descriptor } from '../artifact/types.ts'
import { ActionError, InputError } from '../errors.ts'
import type { Logger } from '../logger.ts'
import { type ValidationFacts, validationStatement } from './attestations.ts'
import { attachBundles, SIGNATURE_STATEMENT, type Statement } from './bundle.ts'
import { pushLegacySignature } from './legacy-signature.ts'
import type { ReferrerPort } from './referrers.ts'
import type { Signer } from './signer.ts'

/**
 * Signing on publish: after the manifest is stored by digest and before
 * any tag is written, sign the digest and attach what the settings ask
 * for (cosign v3 bundle referrer, legacy `.sig`, validation attestation).
 * The signer is a port (signer.ts); key mode today.
 */

export const SIGN_MODES = ['none', 'key'] as const
export type SignMode = (typeof SIGN_MODES)[number]
export const SIGNATURE_FORMATS = ['bundle', 'legacy', 'both'] as const
export type SignatureFormat = (typeof SIGNATURE_FORMATS)[number]

/** What publish needs to sign: the signer (already read and checked) and the formats. */
export interface SigningPlan {
  readonly signer: Signer
  readonly format: SignatureFormat
  /** Attach the validation attestation as a referrer. */
  readonly attest: boolean
  /** Test knob: the settle wait of the referrers tag schema, in ms. */
  readonly settleMs?: number
}

/** What was signed and attached. */
export interface SigningResult {
  /** The bundle referrer's manifest digest, else the legacy .sig manifest digest. */
  readonly signatureDigest: string
  readonly bundleDigest?: string
  readonly legacyDigest?: string
  readonly legacyTag?: string
  readonly attestationDigest?: string
  /** PEM of the public key (key mode). */
  readonly publicKey?: string
}

/** Checks a `sign` value (the input or flag named `inputName`). */
export function parseSignMode(value: string | undefined, inputName: string): SignMode {
  const text = (value ?? '').trim().toLowerCase() || 'none'
  if ((SIGN_MODES as readonly string[]).includes(text)) return text as SignMode
  throw new InputError(`${inputName} "${value}" is not one of ${SIGN_MODES.join(', ')}`, {
    hint: 'key signs with signing-key; keyless is not available yet',
  })
}

/** Checks a `signature-format` value. */
export function parseSignatureFormat(value: string | undefined, inputName: string): SignatureFormat {
  const text = (value ?? '').trim().toLowerCase() || 'bundle'
  if ((SIGNATURE_FORMATS as readonly string[]).includes(text)) return text as SignatureFormat
  throw new InputError(`${inputName} "${value}" is not one of ${SIGNATURE_FORMATS.join(', ')}`, {
    hint: 'bundle: cosign v3 bundle as an OCI 1.1 referrer; legacy: the sha256-<hex>.sig tag (Config Sync webhook); both',
  })
}

/**
 * The cosign v3 bundle needs @sigstore/sign (Node 22+); checked before
 * anything is pushed. The legacy .sig alone needs node:crypto only.
 */
export function checkSigningRuntime(plan: SigningPlan, nodeVersion: string = process.versions.node): void {
  if (plan.format === 'legacy') return
  const major = Number(nodeVersion.split('.')[0])
  if (major >= 22) return
  throw new ActionError(`signing a cosign v3 bundle needs Node 22 or later (this is Node ${nodeVersion})`, {
    hint: 'run with Node 22+ to sign, or sign only the legacy .sig (signature-format legacy); unsigned publish works on Node 20',
  })
}

/** Signs `subject` in `repository` and attaches the signature(s) and attestation. */
export async function signPublished(
  port: ReferrerPort,
  repository: string,
  subject: Descriptor,
  plan: SigningPlan,
  facts: ValidationFacts,
  logger: Logger,
): Promise<SigningResult> {
  const { signer } = plan
  const publicKey = signer.identity.kind === 'public-key' ? signer.identity.publicKeyPem : undefined
  const what = (step: string, error: unknown): ActionError =>
    new ActionError(
      `signing ${subject.digest} failed while ${step}: ${error instanceof Error ? error.message : String(error)}; no tag was written`,
      { cause: error, ...(error instanceof ActionError && error.hint ? { hint: error.hint } : {}) },
    )
  const statements: Statement[] = []
  if (plan.format !== 'legacy') statements.push(SIGNATURE_STATEMENT)
  if (plan.attest) statements.push(validationStatement(facts))
  let bundleDigest: string | undefined
  let attestationDigest: string | undefined
  if (statements.length > 0) {
    const attached = await attachBundles(port, repository, subject, signer, statements, {
      logger,
      ...(plan.settleMs === undefined ? {} : { settleMs: plan.settleMs }),
    }).catch((error: unknown) => {
      throw what(`attaching the ${statements.map((s) => s.label).join(' and ')}`, error)
    })
    for (const a of attached) {
      if (a.label === SIGNATURE_STATEMENT.label) bundleDigest = a.digest
      else attestationDigest = a.digest
      logger.info(`attached ${a.label} ${a.digest} (${a.indexing})`)
    }
  }
  let legacy: { tag: string; manifestDigest: string } | undefined
  if (plan.format !== 'bundle') {
    legacy = await pushLegacySignature(port, repository, subject.digest, signer).catch((error: unknown) => {
      throw what('writing the legacy .sig signature', error)
    })
    logger.info(`wrote legacy signature ${legacy.tag} (${legacy.manifestDigest})`)
  }
  const signatureDigest = bundleDigest ?? legacy?.manifestDigest
  if (signatureDigest === undefined) throw new ActionError('signing produced no signature')
  return {
    signatureDigest,
    ...(bundleDigest === undefined ? {} : { bundleDigest }),
    ...(legacy === undefined ? {} : { legacyDigest: legacy.manifestDigest, legacyTag: legacy.tag }),
    ...(attestationDigest === undefined ? {} : { attestationDigest }),
    ...(publicKey === undefined ? {} : { publicKey }),
  }
}
