import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildImage, type SourceInfo } from '../artifact/oci-image.ts'
import { packLayer, type PackedLayer } from '../artifact/tar-layer.ts'
import type { BuiltImage, PushedImage } from '../artifact/types.ts'
import type { Logger } from '../logger.ts'
import { treeToPack } from '../manifests/kustomize/hydrated-tree.ts'
import type { Finding } from '../manifests/finding.ts'
import type { ValidationOptions } from '../manifests/validate.ts'
import { FAIL_ON, validationFailure, type FailOn } from '../manifests/validation-settings.ts'
import type { Credentials } from '../registry/auth.ts'
import { resolveTags } from '../tags/resolve-tags.ts'
import { createImageTarget, type RegistrySettings } from '../registry/target-factory.ts'
import { collectAndValidate } from './validation-run.ts'
import { InputError } from '../errors.ts'
import { RegistryClient } from '../registry/registry-client.ts'
import {
  checkSigningRuntime,
  signPublished,
  type SigningPlan,
  type SigningResult,
} from '../signing/sign-on-publish.ts'

/** Everything one publish needs, already read and checked by the entry point. */
export interface PublishSettings {
  readonly dir: string
  readonly image: string
  readonly tags: readonly string[]
  readonly annotations: Readonly<Record<string, string>>
  readonly ignore: readonly string[]
  readonly source: SourceInfo
  readonly credentials?: Credentials
  readonly insecure: boolean
  readonly caFile?: string
  /** Credential chain, retries, blob mounts, create-repository (registry targets only). */
  readonly registry?: RegistrySettings
  /** How Config Sync will read the directory (source format, sync scope, schema checks …). */
  readonly validation: ValidationOptions
  /** Pack the output of a root kustomization instead of the sources (hydrated artifact). */
  readonly render: boolean
  /** Which findings stop the push: errors (default) or warnings too. */
  readonly failOn?: FailOn
  /** Tags computed from tag rules; they replace the commit SHA as the default tags. */
  readonly computedTags?: readonly string[]
  /** Asked after packing: a result to use instead of pushing (compare-with found the same content and tagged it). */
  readonly reuseExisting?: (
    image: BuiltImage,
    layer: PackedLayer,
    tags: readonly string[],
  ) => Promise<PushedImage | undefined>
  /** Sign the manifest (and attest) after it is stored by digest, before any tag is written. */
  readonly signing?: SigningPlan
}

/** What a publish produced, for outputs and the summary. */
export interface PublishResult {
  readonly pushed: PushedImage
  readonly target: string
  readonly layer: Omit<PackedLayer, 'path'>
  readonly manifestFiles: number
  readonly objectCount: number
  readonly findings: readonly Finding[]
  /** What was signed and attached (signing on). */
  readonly signing?: SigningResult
}

/**
 * The composition root of the publish pipeline: collect → validate → pack →
 * build → push. Input problems (image, tags) surface before any file is read;
 * any error finding stops the run before anything is written or pushed.
 */
export async function publish(settings: PublishSettings, logger: Logger): Promise<PublishResult> {
  const destination = createImageTarget(settings.image, {
    logger,
    insecure: settings.insecure,
    ...(settings.credentials ? { credentials: settings.credentials } : {}),
    ...(settings.caFile ? { caFile: settings.caFile } : {}),
    ...(settings.registry ? { registry: settings.registry } : {}),
  })
  const tags = resolveTags({
    ...(settings.source.revision ? { revision: settings.source.revision } : {}),
    ...(settings.computedTags ? { computed: settings.computedTags } : {}),
    ...(destination.tag ? { imageTag: destination.tag } : {}),
    extra: settings.tags,
  })
  const signing = settings.signing
  if (signing !== undefined) checkSigningRuntime(signing)
  const client = destination.target instanceof RegistryClient ? destination.target : undefined
  if (signing !== undefined && client === undefined) {
    throw new InputError('sign works only for registry images, not for an oci-layout: image', {
      hint: 'push to a registry to sign, or set sign to none',
    })
  }
  const { tree, summary: loaded } = await collectAndValidate(settings, logger)
  const failure = validationFailure(loaded.findings, settings.failOn ?? FAIL_ON.error, 'nothing was pushed')
  if (failure !== undefined) throw failure
  // Only now that nothing stops the push: reach the registry (scheme, challenge, token) while packing.
  const ready = destination.target.prepare?.()
  const workDir = await mkdtemp(join(tmpdir(), 'configsync-oci-'))
  try {
    const layer = await logger.group('Pack artifact', async () => {
      const packed = await packLayer(
        await treeToPack(tree, loaded.rendered, settings.render, workDir),
        join(workDir, 'layer.tar.gz'),
      )
      logger.info(`layer ${packed.digest} (${packed.size} bytes, tar ${packed.uncompressedSize} bytes)`)
      return packed
    })
    const image = buildImage(layer, settings.source, settings.annotations)
    let signed: SigningResult | undefined
    const beforeTags =
      signing === undefined || client === undefined
        ? undefined
        : async (): Promise<void> => {
            signed = await logger.group('Sign and attach', () =>
              signPublished(
                client,
                client.describe(),
                {
                  mediaType: image.manifestMediaType,
                  digest: image.manifestDigest,
                  size: image.manifest.length,
                },
                signing,
                {
                  sourceFormat: settings.validation.sourceFormat ?? 'unstructured',
                  scope: scopeText(settings.validation.scope),
                  kubernetesSchemaVersion: settings.validation.kubernetesVersion ?? 'default',
                  findings: loaded.findings,
                  diffId: layer.diffId,
                },
                logger,
              ),
            )
          }
    const pushed =
      (signing === undefined ? await settings.reuseExisting?.(image, layer, tags) : undefined) ??
      (await logger.group(`Push to ${destination.target.describe()}`, async () => {
        await ready
        const result = await destination.target.push(image, tags, beforeTags ? { beforeTags } : {})
        logger.info(
          `pushed ${result.reference} (${result.uploadedBlobs} blobs uploaded, ${result.skippedBlobs} already present)`,
        )
        return result
      }))
    const { path: _path, ...layerInfo } = layer
    return {
      pushed,
      target: destination.target.describe(),
      layer: layerInfo,
      manifestFiles: loaded.manifestFiles,
      objectCount: loaded.objectCount,
      findings: loaded.findings,
      ...(signed === undefined ? {} : { signing: signed }),
    }
  } finally {
    await rm(workDir, { recursive: true, force: true })
  }
}

/** `cluster` (a RootSync) or `namespace:NAME` (a RepoSync), as docs/signing.md documents the validation predicate. */
function scopeText(scope: ValidationOptions['scope']): string {
  return scope === undefined || scope.kind === 'root' ? 'cluster' : `namespace:${scope.namespace}`
}
