import { describeError } from '../errors.ts'
import type { Logger } from '../logger.ts'

/**
 * Removes a pull request's tags without ever removing an artifact another
 * tag still uses. Three ways, by what the registry offers:
 * - a per-tag API (Artifact Registry's deleteTag): each tag is deleted;
 * - DELETE /v2/NAME/manifests/TAG (distribution-spec 1.1 tag deletion): tried
 *   on the first tag, and used for all when it answers 202;
 * - otherwise (distribution 2.8 answers 400): DELETE by digest, which removes
 *   every tag of that manifest, so only when every tag pointing at it is one
 *   of the pull request's (all tags are listed and resolved first); the
 *   others are kept and the result says which tag still uses them.
 */

/** What a DELETE did: removed it, found nothing, or the registry does not do it (400, 405). */
export type DeleteOutcome = 'deleted' | 'absent' | 'unsupported'

/** The registry operations tag removal needs (port; registry-tag-store.ts implements it). */
export interface TagStore {
  describe(): string
  /** True when deleteTag is a per-tag API that never deletes a manifest (Artifact Registry). */
  readonly tagApi: boolean
  /** The manifest digest a tag points at, or undefined. */
  digestOf(tag: string): Promise<string | undefined>
  listTags(): Promise<string[]>
  deleteTag(tag: string): Promise<DeleteOutcome>
  deleteManifest(digest: string): Promise<DeleteOutcome>
  /**
   * After a manifest was deleted: removes what refers to it (bundle
   * referrers, the `sha256-<hex>` referrers index, the legacy `.sig`) and
   * returns the digests removed. Optional: a store without it leaves them.
   */
  removeReferrers?(digest: string): Promise<string[]>
}

/** A per-tag delete API (Artifact Registry's, google/artifact-registry-tags.ts), loaded on demand by registry-tag-store.ts. */
export interface TagDeleter {
  deleteTag(tag: string): Promise<DeleteOutcome>
  close(): Promise<void>
}

/** A tag that was not removed, and why. */
export interface KeptTag {
  readonly tag: string
  readonly digest: string
  readonly reason: string
  /** True when an error kept it (the step fails after reporting); false when the registry's rules did (a warning). */
  readonly failed: boolean
}

/** What tag removal did. */
export interface TagRemoval {
  readonly method: 'tag-api' | 'tag-reference' | 'manifest' | 'none'
  readonly removed: readonly { readonly tag: string; readonly digest: string }[]
  readonly kept: readonly KeptTag[]
  /** Candidates that did not exist. */
  readonly absent: readonly string[]
  /** Signature and attestation manifests removed with a deleted manifest (method manifest only). */
  readonly referrers?: readonly { readonly subject: string; readonly digest: string }[]
}

/** Tags resolved (HEAD) in parallel at most this many at a time. */
const CONCURRENCY = 8

/** Removes `candidates` from the store as safely as the registry allows. */
export async function removeTags(
  store: TagStore,
  candidates: readonly string[],
  logger: Logger,
): Promise<TagRemoval> {
  const resolved = await mapLimited(candidates, (tag) => store.digestOf(tag))
  const present = candidates.flatMap((tag, i) =>
    resolved[i] === undefined ? [] : [{ tag, digest: resolved[i] }],
  )
  const absent = candidates.filter((_, i) => resolved[i] === undefined)
  if (present.length === 0) return { method: 'none', removed: [], kept: [], absent }
  const result: Mutable = {
    method: store.tagApi ? 'tag-api' : 'tag-reference',
    removed: [],
    kept: [],
    absent: [...absent],
  }
  let rest = present
  while (rest.length > 0) {
    const [first, ...others] = rest
    const outcome = await attempt(() => store.deleteTag(first!.tag))
    if (outcome === 'unsupported' && !store.tagApi) break
    record(result, first!, outcome, 'the registry refused to delete the tag')
    rest = others
  }
  if (rest.length === 0) return result
  logger.info(
    `${store.describe()} does not delete tags (DELETE by tag was refused): deleting manifests whose tags are all this pull request's`,
  )
  result.method = 'manifest'
  await removeByManifest(store, rest, new Set(candidates), result)
  return result
}

type Mutable = {
  method: TagRemoval['method']
  removed: { tag: string; digest: string }[]
  kept: KeptTag[]
  absent: string[]
  referrers?: { subject: string; digest: string }[]
}
type Attempt = DeleteOutcome | { readonly error: string }

/** Deletes each manifest none but the candidates point at; keeps the others, naming a tag that uses them. */
async function removeByManifest(
  store: TagStore,
  present: readonly { tag: string; digest: string }[],
  candidates: ReadonlySet<string>,
  result: Mutable,
): Promise<void> {
  let owners: Map<string, string[]>
  try {
    owners = await otherTagsByDigest(store, candidates)
  } catch (error: unknown) {
    for (const entry of present)
      result.kept.push({
        ...entry,
        reason: `the repository's tags could not be listed: ${describeError(error).message}`,
        failed: true,
      })
    return
  }
  for (const digest of new Set(present.map((p) => p.digest))) {
    const group = present.filter((p) => p.digest === digest)
    const others = owners.get(digest) ?? []
    if (others.length > 0) {
      const named =
        others.slice(0, 3).join(', ') + (others.length > 3 ? ` and ${others.length - 3} more` : '')
      for (const entry of group)
        result.kept.push({
          ...entry,
          reason: `this registry deletes a tag only with its manifest, and that manifest is also tagged ${named}`,
          failed: false,
        })
      continue
    }
    const outcome = await attempt(() => store.deleteManifest(digest))
    for (const entry of group)
      record(result, entry, outcome, 'the registry does not allow deleting manifests (deletes switched off?)')
    if (outcome === 'deleted' && store.removeReferrers !== undefined) {
      const removed = await store.removeReferrers(digest).catch((error: unknown) => {
        for (const entry of group)
          result.kept.push({
            ...entry,
            tag: `${entry.tag} (its signatures)`,
            reason: `the manifest was deleted but its referrers were not: ${describeError(error).message}`,
            failed: true,
          })
        return []
      })
      result.referrers = [
        ...(result.referrers ?? []),
        ...removed.map((referrer) => ({ subject: digest, digest: referrer })),
      ]
    }
  }
}

/** Every tag that is not a candidate, by the digest it points at. */
async function otherTagsByDigest(
  store: TagStore,
  candidates: ReadonlySet<string>,
): Promise<Map<string, string[]>> {
  const others = (await store.listTags()).filter((tag) => !candidates.has(tag))
  const digests = await mapLimited(others, (tag) => store.digestOf(tag))
  const owners = new Map<string, string[]>()
  others.forEach((tag, i) => {
    const digest = digests[i]
    if (digest !== undefined) owners.set(digest, [...(owners.get(digest) ?? []), tag])
  })
  return owners
}

function record(
  result: Mutable,
  entry: { tag: string; digest: string },
  outcome: Attempt,
  unsupported: string,
): void {
  if (outcome === 'deleted') result.removed.push(entry)
  else if (outcome === 'absent') result.absent.push(entry.tag)
  else if (outcome === 'unsupported') result.kept.push({ ...entry, reason: unsupported, failed: false })
  else result.kept.push({ ...entry, reason: outcome.error, failed: true })
}

async function attempt(fn: () => Promise<DeleteOutcome>): Promise<Attempt> {
  try {
    return await fn()
  } catch (error: unknown) {
    return { error: describeError(error).message }
  }
}

/** fn over items, at most CONCURRENCY at once, results in order. */
async function mapLimited<T, R>(items: readonly T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++
      results[index] = await fn(items[index]!)
    }
  }
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker))
  return results
}
