/**
 * The sticky comment: its marker and remembered tags, finding and editing
 * it through the port, the Markdown (a long diff folded and budgeted under
 * GitHub's 65,536 characters, cut with a note when still over), and which
 * tags count as the pull request's own.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { diffArtifacts, type DiffSide } from '../../src/diff/object-diff.ts'
import {
  isPreviewComment,
  markerLine,
  MAX_REMEMBERED_TAGS,
  readState,
  rememberTags,
} from '../../src/preview/comment-marker.ts'
import { pullRequestTags } from '../../src/tags/preview-tags.ts'
import {
  findPreviewComment,
  writePreviewComment,
  type IssueComment,
  type PullRequestComments,
} from '../../src/preview/sticky-comment.ts'
import {
  COMMENT_LIMIT,
  fitComment,
  renderPreviewMarkdown,
  type PreviewView,
} from '../../src/report/preview-markdown.ts'
import { tagContextFrom } from '../../src/tags/tag-context.ts'
import { pullRequestPayload } from './preview-lifecycle.ts'

describe('marker', () => {
  it('round-trips the state; a repository name with -- cannot end the HTML comment', () => {
    const id = 'ghcr.io/acme/a--b'
    const line = markerLine(id, { name: 'pr-1', tags: ['pr-1', 'x--y'] })
    assert.match(line, /^<!-- configsync-oci:preview id=ghcr\.io\/acme\/a--b state=[A-Za-z0-9_-]+ -->$/)
    assert.equal(line.slice(4, -3).includes('-->'), false)
    assert.deepEqual(readState(`${line}\nbody`, id), { name: 'pr-1', tags: ['pr-1', 'x--y'] })
    assert.equal(isPreviewComment(`${line}\n`, 'ghcr.io/acme/a'), false, 'another repository’s comment')
    assert.equal(
      readState('LGTM <!-- configsync-oci:preview id=ghcr.io/acme/a--b state=x -->', id),
      undefined,
      'the marker must come first',
    )
    assert.deepEqual(readState(`<!-- configsync-oci:preview id=${id} state=@@ -->`, id), {
      name: '',
      tags: [],
    })
  })

  it('remembers tags in push order without duplicates, the newest when over the cap', () => {
    assert.deepEqual(rememberTags(['pr-1', 'a'], ['pr-1', 'b']), ['a', 'pr-1', 'b'])
    const many = Array.from({ length: MAX_REMEMBERED_TAGS + 5 }, (_, i) => `t${i}`)
    const kept = rememberTags(many, ['new'])
    assert.equal(kept.length, MAX_REMEMBERED_TAGS)
    assert.equal(kept.at(-1), 'new')
    assert.equal(kept[0], 't6')
  })
})

/** An in-memory comment API, pages of two. */
function memoryApi(comments: IssueComment[]): PullRequestComments & { calls: string[] } {
  const calls: string[] = []
  return {
    calls,
    async *listPages() {
      for (let i = 0; i < comments.length; i += 2) {
        calls.push(`page ${i / 2 + 1}`)
        yield comments.slice(i, i + 2)
      }
    },
    async create(_issue, body) {
      calls.push('create')
      const comment = { id: comments.length + 1, body, url: `u${comments.length + 1}` }
      comments.push(comment)
      return comment
    },
    async update(id, body) {
      calls.push(`update ${id}`)
      const comment = comments.find((c) => c.id === id)!
      Object.assign(comment, { body })
      return comment
    },
    async getPull() {
      return { state: 'open', headSha: '' }
    },
  }
}

describe('sticky comment', () => {
  it('creates the first comment, then finds it by its marker (stopping at its page) and edits it', async () => {
    const comments: IssueComment[] = [
      { id: 1, body: 'LGTM', url: 'u1' },
      { id: 2, body: `x ${markerLine('r', { name: '', tags: [] })}`, url: 'u2' },
      { id: 3, body: 'nit', url: 'u3' },
    ]
    const api = memoryApi(comments)
    assert.equal(await findPreviewComment(api, 7, 'r'), undefined)
    const made = await writePreviewComment(
      api,
      7,
      undefined,
      `${markerLine('r', { name: 'pr-7', tags: ['pr-7'] })}\nv1`,
    )
    assert.equal(made.created, true)
    api.calls.length = 0
    const found = await findPreviewComment(api, 7, 'r')
    assert.deepEqual(found?.state, { name: 'pr-7', tags: ['pr-7'] })
    const edited = await writePreviewComment(
      api,
      7,
      found,
      `${markerLine('r', { name: 'pr-7', tags: ['pr-7', 'a'] })}\nv2`,
    )
    assert.equal(edited.created, false)
    assert.deepEqual(api.calls, ['page 1', 'page 2', 'update 4'])
    assert.equal(comments.length, 4)
  })
})

function side(label: string, files: Record<string, string>): DiffSide {
  const entries = new Map(
    Object.entries(files).map(([path, text]) => [path, { content: Buffer.from(text), executable: false }]),
  )
  return {
    label,
    digest: `sha256:${'0'.repeat(64)}`,
    layerSize: 100,
    content: { files: entries, diffId: `sha256:${label}`, tarSize: 1000, skipped: [] },
  }
}

function view(diffOld: Record<string, string>, diffNew: Record<string, string>): PreviewView {
  return {
    pullRequest: 9,
    name: 'pr-9',
    headSha: 'a'.repeat(40),
    image: `r@sha256:${'1'.repeat(64)}`,
    digest: `sha256:${'1'.repeat(64)}`,
    tags: ['pr-9'],
    size: 10,
    objectCount: 2,
    findings: [{ code: 'CSO1002', severity: 'warning', file: 'a.yaml', line: 3, message: 'long | name' }],
    base: { label: 'main', diff: diffArtifacts(side('old', diffOld), side('new', diffNew)) },
  }
}

describe('preview Markdown', () => {
  it('a 300-object change stays under GitHub’s limit: patches folded, the rest listed with a note', () => {
    const cm = (i: number, value: string): string =>
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c${i}\ndata:\n${Array.from({ length: 30 }, (_, k) => `  k${k}: "${value}${k}"`).join('\n')}\n`
    const before = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`c${i}.yaml`, cm(i, 'old')]))
    const after = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`c${i}.yaml`, cm(i, 'new')]))
    const marker = markerLine('r', {
      name: 'pr-9',
      tags: Array.from({ length: MAX_REMEMBERED_TAGS }, (_, i) => `${i}`.padStart(40, 'f')),
    })
    const markdown = renderPreviewMarkdown(view(before, after), marker.length + 1)
    const body = fitComment(marker, markdown)
    assert.ok(body.length <= COMMENT_LIMIT, `${body.length} characters`)
    assert.equal(body, `${marker}\n${markdown}`, 'the budget alone keeps it under the limit')
    assert.match(
      markdown,
      /<details><summary><code>ConfigMap c0<\/code> in <code>c0\.yaml<\/code> \(\+30 −30\)<\/summary>/,
    )
    assert.match(
      markdown,
      /_\d+ more changed objects: the diff is too long to show here; run `configsync-oci diff` for all of it\._/,
    )
    assert.match(markdown, /\| CSO1002 \| warning \| `a\.yaml:3` \| long \\\| name \|/)
  })

  it('fitComment cuts at the limit, closing an open code fence and <details>, with a note', () => {
    const long = [
      '# t',
      '<details><summary>x</summary>',
      '',
      '```diff',
      ...Array.from({ length: 5000 }, (_, i) => `+line ${i} ${'x'.repeat(20)}`),
      '```',
      '</details>',
    ].join('\n')
    const body = fitComment('<!-- m -->', long, 20_000)
    assert.ok(body.length <= 20_000)
    assert.match(
      body,
      /\+line \d+ x+\n```\n<\/details>\n\n_The rest of this comment was cut at GitHub's 65,536-character limit/,
    )
    assert.equal(body.startsWith('<!-- m -->\n# t'), true)
  })
})

describe('the pull request’s own tags', () => {
  const context = tagContextFrom(
    { GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/42/merge' },
    pullRequestPayload(42, 'closed', 'a'.repeat(40)),
    undefined,
    { now: new Date() },
  )

  it('empty tag-rules: pr-42 and the head SHA', () => {
    assert.deepEqual(pullRequestTags({ rules: [], flavor: [] }, context), {
      prTags: ['pr-42'],
      shaTags: ['a'.repeat(40)],
    })
  })

  it('only type=ref,event=pr and type=sha rules count: raw, branch and latest never do', () => {
    const rules = [
      'type=raw,value=preview',
      'type=ref,event=pr,prefix=pull-',
      'type=sha,format=short,prefix=sha-',
      'type=ref,event=branch',
    ]
    assert.deepEqual(pullRequestTags({ rules, flavor: ['latest=true'] }, context), {
      prTags: ['pull-42'],
      shaTags: ['sha-aaaaaaa'],
    })
  })
})
