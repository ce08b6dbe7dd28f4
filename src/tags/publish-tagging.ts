import { readFile } from 'node:fs/promises'
import type { SourceInfo } from '../artifact/oci-image.ts'
import type { PackedLayer } from '../artifact/tar-layer.ts'
import type { BuiltImage, PushedImage } from '../artifact/types.ts'
import { loadStoredSide } from '../diff/artifact-loader.ts'
import { MAX_LAYER_BYTES, readLayerFiles } from '../diff/layer-files.ts'
import { diffArtifacts, type ArtifactDiff } from '../diff/object-diff.ts'
import type { Logger } from '../logger.ts'
import type { PublishResult } from '../pipeline/publish.ts'
import { namedReference, sameRepositoryReference, type ImageStore } from '../registry/image-store.ts'
import { openImageStore } from '../registry/open-image-store.ts'
import { resolveTags } from './resolve-tags.ts'
import type { TargetOptions } from '../registry/target-factory.ts'
import {
  describeStoredArtifact,
  findStoredArtifact,
  hasSameContent,
  retagArtifact,
  type StoredArtifact,
} from './stored-artifact.ts'
import { readEventPayload, tagContextFrom, type TagContext } from './tag-context.ts'
import { manifestAnnotations, tagMetadata, type TagMetadata } from './tag-metadata.ts'
import { isTagEvent, planTags, type TagPlan } from './tag-plan.ts'
import { TAG_INPUT } from '../action/tag-inputs.ts'
import type { TagInputs } from '../settings/sections.ts'

/**
 * Publish mode's tagging: tags from tag-rules, release tagging (a pushed git
 * tag reuses the commit's artifact), skip-unchanged against compare-with, and
 * afterwards the json/changed outputs and the diff in the job summary.
 */
export class PublishTagging {
  readonly plan: TagPlan
  readonly #inputs: TagInputs
  readonly #context: TagContext
  readonly #image: string
  readonly #extraTags: readonly string[]
  readonly #targetOptions: TargetOptions
  readonly #logger: Logger
  readonly #gate: TaggingSettings['gate']
  /** compare-with as a tag or digest of the image's repository. */
  readonly #compareReference: string | undefined
  #store: ImageStore | undefined
  #changed = true
  #annotations: Readonly<Record<string, string>> = {}
  #note: string | undefined
  #baseline: StoredArtifact | undefined
  #newLayer: Buffer | undefined

  /** Evaluates the tag rules for this event; nothing touches the registry yet. */
  static async start(settings: TaggingSettings): Promise<PublishTagging> {
    const inputs = settings.tagging
    const payload = await readEventPayload(settings.env)
    const created =
      settings.source.created === undefined ? {} : { commitDate: new Date(settings.source.created) }
    const context = tagContextFrom(settings.env, payload, settings.source.revision, {
      now: new Date(),
      ...created,
    })
    return new PublishTagging(settings, inputs, context)
  }

  private constructor(settings: TaggingSettings, inputs: TagInputs, context: TagContext) {
    this.#inputs = inputs
    this.#context = context
    this.#image = settings.image
    this.#extraTags = settings.extraTags
    this.#targetOptions = settings.targetOptions
    this.#logger = settings.targetOptions.logger
    this.#gate = settings.gate
    this.plan = planTags(inputs, context)
    for (const note of this.plan.notes) this.#logger.warning(note)
    this.#logger.info(`tag rules give: ${this.plan.tags.join(', ') || '(none)'}`)
    const compare = inputs.compareWith
    this.#compareReference =
      compare === undefined
        ? undefined
        : sameRepositoryReference(settings.image, compare, TAG_INPUT.compareWith)
  }

  /** The tags publish starts from (the image's own tag and the tags input are added to them). */
  get computedTags(): readonly string[] {
    return this.plan.tags
  }

  /**
   * On a pushed git tag: when the commit's own artifact (its type=sha tag, or
   * the full SHA) exists, tag it and return the result; publish is skipped.
   */
  async reuseRelease(): Promise<PublishResult | undefined> {
    if (!isTagEvent(this.#context) || this.#context.sha === '') return undefined
    const candidates = [...new Set([...this.plan.shaTags, this.#context.sha])]
    for (const candidate of candidates) {
      const artifact = await findStoredArtifact(this.#openStore(), candidate)
      if (artifact === undefined) continue
      return this.#logger.group(`Release: tag the artifact of ${this.#context.sha}`, async () => {
        const description = await describeStoredArtifact(this.#openStore(), artifact)
        await this.#gate?.('release tagging', `${this.#openStore().describe()}@${artifact.manifest.digest}`)
        const pushed = await retagArtifact(this.#openStore(), artifact, this.#allTags(), this.#logger)
        this.#reused(
          artifact,
          `Release ${this.#context.ref.slice('refs/tags/'.length)}: the artifact of commit ${this.#context.sha} (${artifact.manifest.digest}, tag ${candidate}) was tagged; nothing was packed or uploaded.`,
        )
        return { ...description, pushed }
      })
    }
    this.#logger.info(`no artifact tagged ${candidates.join(' or ')} yet: packing this release`)
    return undefined
  }

  /** publish's reuseExisting hook: tag compare-with instead of pushing when its content is the packed content. */
  readonly reuseExisting = async (
    image: BuiltImage,
    layer: PackedLayer,
    tags: readonly string[],
  ): Promise<PushedImage | undefined> => {
    this.#annotations = manifestAnnotations(image.manifest)
    const reference = this.#compareReference
    if (reference === undefined) return undefined
    const baseline = await findStoredArtifact(this.#openStore(), reference)
    if (baseline === undefined) {
      this.#logger.info(
        `${TAG_INPUT.compareWith} ${reference} does not exist in ${this.#openStore().describe()}: pushing`,
      )
      return undefined
    }
    if (!hasSameContent(baseline, layer.diffId)) {
      this.#baseline = baseline
      if (layer.size <= MAX_LAYER_BYTES) this.#newLayer = await readFile(layer.path)
      this.#logger.info(`content differs from ${reference} (${baseline.manifest.digest}): pushing`)
      return undefined
    }
    return this.#logger.group(`Unchanged since ${reference}: tag ${baseline.manifest.digest}`, async () => {
      const pushed = await retagArtifact(this.#openStore(), baseline, tags, this.#logger)
      this.#reused(
        baseline,
        `Content unchanged: ${TAG_INPUT.compareWith} ${reference} (${baseline.manifest.digest}) holds the same files, so it was tagged ${tags.join(', ')}; no blob was uploaded.`,
      )
      return pushed
    })
  }

  /** Sets json and changed, and writes the note or the diff into the job summary. */
  async report(result: PublishResult, reporter: TagReporter): Promise<void> {
    const { setTagOutputs, writeSummaryNote } = reporter
    const details = {
      changed: this.#changed,
      annotations: this.#annotations,
      ...(this.plan.version === undefined ? {} : { version: this.plan.version }),
    }
    setTagOutputs(tagMetadata(result.target, result.pushed, details))
    if (this.#note !== undefined) await writeSummaryNote(this.#note)
    if (this.#baseline !== undefined) await this.#writeDiff(this.#baseline, result, reporter)
  }

  /** Releases registry connections. */
  close(): void {
    this.#store?.close()
  }

  async #writeDiff(
    baseline: StoredArtifact,
    result: PublishResult,
    { writeSummaryNote, writeDiffSummary }: TagReporter,
  ): Promise<void> {
    const heading = `### Changes since ${this.#inputs.compareWith ?? baseline.reference}`
    if (this.#newLayer === undefined) {
      await writeSummaryNote(
        `The layer is over ${MAX_LAYER_BYTES} bytes: no diff against ${baseline.reference}.`,
      )
      return
    }
    try {
      const store = this.#openStore()
      const before = await loadStoredSide(
        store,
        baseline.manifest.digest,
        `${store.describe()}@${baseline.manifest.digest}`,
      )
      const label = result.pushed.reference
      const after = {
        label,
        digest: result.pushed.digest,
        layerSize: result.layer.size,
        content: await readLayerFiles(this.#newLayer, label),
      }
      await writeDiffSummary(diffArtifacts(before, after), heading)
    } catch (error: unknown) {
      // The push succeeded; a diff that cannot be made is worth a warning, not a failed step.
      this.#logger.warning(
        `no diff against ${baseline.reference}: ${error instanceof Error ? error.message : String(error)}`,
      )
    }
  }

  #reused(artifact: StoredArtifact, note: string): void {
    this.#changed = false
    this.#annotations = artifact.manifest.annotations
    this.#note = note
  }

  /** The same tag list publish would push: rule tags, the image's own tag, the tags input. */
  #allTags(): string[] {
    const reference = namedReference(this.#image.trim(), 'image')
    const imageTag = reference === undefined || reference.startsWith('sha256:') ? {} : { imageTag: reference }
    return resolveTags({ computed: this.plan.tags, ...imageTag, extra: this.#extraTags })
  }

  #openStore(): ImageStore {
    this.#store ??= openImageStore(this.#image, this.#targetOptions, 'image').store
    return this.#store
  }
}

/** Where the tagging's outputs and job summary go (the action's GitHub writers); a port, owned here. */
export interface TagReporter {
  setTagOutputs(metadata: TagMetadata): void
  writeSummaryNote(text: string): Promise<void>
  writeDiffSummary(diff: ArtifactDiff, heading: string): Promise<void>
}

/** What tagging needs from publish mode. */
export interface TaggingSettings {
  /** tag-rules, tag-flavor, compare-with. */
  readonly tagging: TagInputs
  readonly env: NodeJS.ProcessEnv
  readonly source: SourceInfo
  readonly image: string
  /** The tags input. */
  readonly extraTags: readonly string[]
  readonly targetOptions: TargetOptions
  /** Refuses a digest that does not verify (the verify-* policy), before a release retags it. */
  readonly gate?: (what: string, reference: string) => Promise<void>
}
