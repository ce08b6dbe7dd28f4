import { createHash } from 'node:crypto'
import type { Descriptor } from '../artifact/types.ts'
import { ActionError } from '../errors.ts'
import {
  BUNDLE_CONTENT_DSSE,
  inTotoStatement,
  PREDICATE_TYPE,
  SIGNING_ANNOTATION,
  SIGNING_MEDIA_TYPE,
} from './formats.ts'
import {
  attachReferrers,
  type AttachedReferrer,
  type AttachOptions,
  type ReferrerArtifact,
  type ReferrerPort,
} from './referrers.ts'
import type { Signer } from './signer.ts'

/**
 * cosign v3 bundles: an in-toto statement about the manifest digest,
 * signed as a DSSE envelope into a Sigstore bundle v0.3 by @sigstore/sign,
 * then attached as an OCI 1.1 referrer. The @sigstore packages need Node 22+
 * and are loaded here only, when something is signed.
 */

/** The statement to sign: predicate type and predicate (cosign's own sign predicate is `{}`). */
export interface Statement {
  readonly predicateType: string
  readonly predicate: unknown
  /** For messages and outputs: 'signature', 'SLSA provenance', 'validation attestation'. */
  readonly label: string
}

/** The plain signature statement cosign v3 writes. */
export const SIGNATURE_STATEMENT: Statement = {
  predicateType: PREDICATE_TYPE.cosignSign,
  predicate: {},
  label: 'signature',
}

/** The hint of a public key in a bundle: hex sha256 of its SPKI DER (how verifiers look the key up). */
export function keyHint(publicKeyDer: Buffer): string {
  return createHash('sha256').update(publicKeyDer).digest('hex')
}

/** Signs one in-toto statement about `repository@digest` into the JSON bytes of a Sigstore bundle v0.3. */
export async function signStatementBundle(
  signer: Signer,
  repository: string,
  digest: string,
  statement: Statement,
): Promise<Buffer> {
  const { DSSEBundleBuilder } = await loadSigstore()
  const { bundleToJSON } = named(await import('@sigstore/bundle'), 'bundleToJSON')
  const identity = signer.identity
  const builder = new DSSEBundleBuilder({
    witnesses: [],
    signer: {
      sign: async (data: Buffer) => ({
        signature: await signer.sign(data),
        key:
          identity.kind === 'public-key'
            ? { $case: 'publicKey', publicKey: identity.publicKeyPem, hint: keyHint(identity.publicKeyDer) }
            : { $case: 'x509Certificate', certificate: identity.certificatePem },
      }),
    },
  })
  const payload = Buffer.from(
    JSON.stringify(inTotoStatement(repository, digest, statement.predicateType, statement.predicate)),
  )
  const bundle = await builder.create({ data: payload, type: SIGNING_MEDIA_TYPE.inTotoPayload })
  return Buffer.from(JSON.stringify(bundleToJSON(bundle)))
}

/** Signs each statement and attaches all bundles to `subject` in one referrers update. */
export async function attachBundles(
  port: ReferrerPort,
  repository: string,
  subject: Descriptor,
  signer: Signer,
  statements: readonly Statement[],
  options: AttachOptions,
): Promise<AttachedReferrer[]> {
  const artifacts: ReferrerArtifact[] = []
  for (const statement of statements) {
    artifacts.push({
      label: statement.label,
      artifactType: SIGNING_MEDIA_TYPE.sigstoreBundle,
      layerMediaType: SIGNING_MEDIA_TYPE.sigstoreBundle,
      content: await signStatementBundle(signer, repository, subject.digest, statement),
      annotations: {
        [SIGNING_ANNOTATION.bundleContent]: BUNDLE_CONTENT_DSSE,
        [SIGNING_ANNOTATION.bundlePredicateType]: statement.predicateType,
      },
    })
  }
  return attachReferrers(port, subject, artifacts, options)
}

/** @sigstore/sign, or an error that says signing needs Node 22+ (its engines field). */
async function loadSigstore(): Promise<typeof import('@sigstore/sign')> {
  const major = Number(process.versions.node.split('.')[0])
  if (major < 22) {
    throw new ActionError(`signing needs Node 22 or later (this is Node ${process.versions.node})`, {
      hint: 'run the CLI with Node 22+ to sign; unsigned publish works on Node 20',
    })
  }
  return named(await import('@sigstore/sign'), 'DSSEBundleBuilder')
}

/** These packages are CommonJS: a bundler's dynamic import may put their exports under `default` only. */
function named<T extends object>(module: T, probe: string): T {
  if (probe in module) return module
  const fallback = (module as { default?: T }).default
  return fallback !== undefined && probe in fallback ? fallback : module
}
