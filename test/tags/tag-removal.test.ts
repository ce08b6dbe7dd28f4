/**
 * removeTags against an in-memory registry with each behaviour a real one
 * has: a per-tag API, distribution-spec tag deletion, and distribution 2.8
 * (DELETE by tag 400, DELETE by digest removes every tag of the manifest),
 * with deletes switched off, and failing calls.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { RegistryError } from '../../src/errors.ts'
import { RecordingLogger } from '../harness/recording-logger.ts'
import { removeTags, type DeleteOutcome, type TagStore } from '../../src/tags/tag-removal.ts'

type Behaviour = 'tag-api' | 'tag-reference' | 'digest-only' | 'no-deletes'

/** Tags → digests, with the registry's delete semantics; every call is logged. */
class MemoryRegistry implements TagStore {
  readonly tags: Map<string, string>
  readonly calls: string[] = []
  readonly tagApi: boolean
  readonly #behaviour: Behaviour
  failOn: RegExp | undefined

  constructor(behaviour: Behaviour, tags: Record<string, string>) {
    this.#behaviour = behaviour
    this.tagApi = behaviour === 'tag-api'
    this.tags = new Map(Object.entries(tags))
  }

  describe(): string {
    return 'memory/repo'
  }

  async digestOf(tag: string): Promise<string | undefined> {
    this.calls.push(`HEAD ${tag}`)
    return this.tags.get(tag)
  }

  async listTags(): Promise<string[]> {
    this.calls.push('LIST')
    return [...this.tags.keys()]
  }

  async deleteTag(tag: string): Promise<DeleteOutcome> {
    this.#call(`DELETE tag ${tag}`)
    if (this.#behaviour === 'digest-only' || this.#behaviour === 'no-deletes') return 'unsupported'
    return this.tags.delete(tag) ? 'deleted' : 'absent'
  }

  async deleteManifest(digest: string): Promise<DeleteOutcome> {
    this.#call(`DELETE manifest ${digest}`)
    if (this.#behaviour === 'no-deletes') return 'unsupported'
    const tagged = [...this.tags].filter(([, d]) => d === digest).map(([t]) => t)
    for (const tag of tagged) this.tags.delete(tag)
    return tagged.length > 0 ? 'deleted' : 'absent'
  }

  #call(what: string): void {
    this.calls.push(what)
    if (this.failOn?.test(what))
      throw new RegistryError(what, `${what}: HTTP 503 Service Unavailable`, { status: 503 })
  }
}

const MAIN = 'sha256:' + '0'.repeat(64)
const D1 = 'sha256:' + '1'.repeat(64)
const D2 = 'sha256:' + '2'.repeat(64)
const START = { main: MAIN, m1: MAIN, 'pr-42': MAIN, a1: D1, b2: D2, 'pr-7': D2 }
const PR42 = ['pr-42', 'a1', 'b2x', 'c3']

describe('removeTags', () => {
  it('a per-tag API (Artifact Registry) deletes each tag, shared manifests included, and never a manifest', async () => {
    const registry = new MemoryRegistry('tag-api', START)
    const result = await removeTags(registry, PR42, new RecordingLogger())
    assert.equal(result.method, 'tag-api')
    assert.deepEqual(result.removed, [
      { tag: 'pr-42', digest: MAIN },
      { tag: 'a1', digest: D1 },
    ])
    assert.deepEqual(result.absent, ['b2x', 'c3'])
    assert.deepEqual([...registry.tags.keys()].sort(), ['b2', 'm1', 'main', 'pr-7'])
    assert.ok(!registry.calls.some((c) => c.startsWith('DELETE manifest')))
  })

  it('distribution-spec tag deletion: the first DELETE by tag succeeds, so every tag goes that way', async () => {
    const registry = new MemoryRegistry('tag-reference', START)
    const result = await removeTags(registry, ['pr-42', 'a1'], new RecordingLogger())
    assert.equal(result.method, 'tag-reference')
    assert.deepEqual(
      result.removed.map((r) => r.tag),
      ['pr-42', 'a1'],
    )
    assert.deepEqual(
      registry.calls.filter((c) => c.startsWith('DELETE')),
      ['DELETE tag pr-42', 'DELETE tag a1'],
    )
    assert.equal(registry.tags.get('main'), MAIN)
  })

  it('distribution 2.8: a manifest is deleted only when all its tags are the pull request’s; the others are kept, saying why', async () => {
    const registry = new MemoryRegistry('digest-only', { ...START, a1b: D1 })
    const logger = new RecordingLogger()
    const result = await removeTags(registry, ['pr-42', 'a1', 'a1b', 'b2', 'gone'], logger)
    assert.equal(result.method, 'manifest')
    assert.deepEqual(result.removed, [
      { tag: 'a1', digest: D1 },
      { tag: 'a1b', digest: D1 },
    ])
    assert.deepEqual(
      result.kept.map((k) => [k.tag, k.failed]),
      [
        ['pr-42', false],
        ['b2', false],
      ],
    )
    assert.match(
      result.kept[0]!.reason,
      /^this registry deletes a tag only with its manifest, and that manifest is also tagged main, m1$/,
    )
    assert.match(result.kept[1]!.reason, /also tagged pr-7$/)
    assert.deepEqual(result.absent, ['gone'])
    assert.deepEqual(
      registry.calls.filter((c) => c.startsWith('DELETE')),
      ['DELETE tag pr-42', `DELETE manifest ${D1}`],
    )
    assert.deepEqual([...registry.tags.keys()].sort(), ['b2', 'm1', 'main', 'pr-42', 'pr-7'])
    assert.ok(logger.lines.some((l) => /does not delete tags \(DELETE by tag was refused\)/.test(l)))
  })

  it('deletes switched off: nothing is removed, every tag is kept with the reason (not an error)', async () => {
    const registry = new MemoryRegistry('no-deletes', START)
    const result = await removeTags(registry, ['a1'], new RecordingLogger())
    assert.deepEqual(result.removed, [])
    assert.deepEqual(result.kept, [
      {
        tag: 'a1',
        digest: D1,
        reason: 'the registry does not allow deleting manifests (deletes switched off?)',
        failed: false,
      },
    ])
    assert.equal(registry.tags.get('a1'), D1)
  })

  it('a failing DELETE keeps that tag (a failure) and carries on with the others', async () => {
    const registry = new MemoryRegistry('tag-reference', START)
    registry.failOn = /DELETE tag a1/
    const result = await removeTags(registry, ['pr-42', 'a1', 'b2'], new RecordingLogger())
    assert.deepEqual(
      result.removed.map((r) => r.tag),
      ['pr-42', 'b2'],
    )
    assert.deepEqual(
      result.kept.map((k) => [k.tag, k.failed]),
      [['a1', true]],
    )
    assert.match(result.kept[0]!.reason, /HTTP 503/)
  })

  it('nothing to remove: no listing, no delete', async () => {
    const registry = new MemoryRegistry('digest-only', START)
    const result = await removeTags(registry, ['x', 'y'], new RecordingLogger())
    assert.deepEqual(result, { method: 'none', removed: [], kept: [], absent: ['x', 'y'] })
    assert.deepEqual(registry.calls, ['HEAD x', 'HEAD y'])
  })
})
