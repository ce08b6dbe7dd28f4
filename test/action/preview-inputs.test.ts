/**
 * The preview's inputs, name template and event reading: names checked
 * against Config Sync's limits, messages that name the input.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { readPreviewInputs } from '../../src/action/preview-inputs.ts'
import { InputError } from '../../src/errors.ts'
import { previewSyncRef, renderPreviewName } from '../../src/preview/preview-name.ts'
import { pullRequestFrom } from '../../src/preview/pull-request-event.ts'
import { rootSyncRef } from '../../src/rootsync/sync-ref.ts'
import { pullRequestPayload } from '../preview/preview-lifecycle.ts'

const INPUT = 'preview-name-template'

function failsWith(pattern: RegExp) {
  return (error: unknown): boolean =>
    error instanceof InputError && pattern.test(`${error.message} | ${error.hint ?? ''}`)
}

describe('preview name', () => {
  it('renders {number} and {branch}; the default is pr-{number}', () => {
    assert.equal(renderPreviewName('', { number: 42, branch: 'x' }, INPUT), 'pr-42')
    assert.equal(
      renderPreviewName('preview-{number}-{branch}', { number: 7, branch: 'Feature/Shop_Limits' }, INPUT),
      'preview-7-feature-shop-limits',
    )
  })

  it('refuses unknown placeholders and unbalanced braces, naming the input', () => {
    assert.throws(
      () => renderPreviewName('pr-{id}', { number: 1, branch: '' }, INPUT),
      failsWith(/input "preview-name-template" uses \{id\}; the placeholders are \{number\} and \{branch\}/),
    )
    assert.throws(
      () => renderPreviewName('pr-{number', { number: 1, branch: '' }, INPUT),
      failsWith(/unbalanced brace/),
    )
  })

  it('checks the RootSync limit of 38 characters and the RepoSync namespace + name limit of 45', () => {
    const root = rootSyncRef('root-sync')
    assert.deepEqual(previewSyncRef('pr-42', root, INPUT), {
      kind: 'RootSync',
      namespace: 'config-management-system',
      name: 'pr-42',
    })
    assert.equal(previewSyncRef('p'.repeat(38), root, INPUT).name.length, 38)
    assert.throws(
      () => previewSyncRef('p'.repeat(39), root, INPUT),
      failsWith(
        /input "preview-name-template": RootSync config-management-system\/p{39} has a 39-character name; Config Sync allows at most 38/,
      ),
    )
    const repo = { kind: 'RepoSync' as const, namespace: 'shop-frontend', name: 'repo-sync' }
    assert.deepEqual(previewSyncRef('pr-42', repo, INPUT), {
      kind: 'RepoSync',
      namespace: 'shop-frontend',
      name: 'pr-42',
    })
    assert.throws(
      () => previewSyncRef('pr-'.padEnd(33, 'x'), repo, INPUT),
      failsWith(/namespace \+ name of 46 characters; Config Sync allows at most 45/),
    )
    assert.throws(() => previewSyncRef('pr_42', root, INPUT), failsWith(/is not a valid name/))
  })
})

describe('readPreviewInputs', () => {
  const read =
    (values: Record<string, string>) =>
    (name: string): string =>
      values[name] ?? ''

  it('defaults: pr-{number}, no sync, comment and cleanup on, GITHUB_API_URL; the token is masked', () => {
    const masked: string[] = []
    const inputs = readPreviewInputs(read({ 'github-token': ' ghs_x ' }), (s) => masked.push(s), {
      GITHUB_API_URL: 'https://ghe.example/api/v3/',
    })
    assert.deepEqual(inputs, {
      nameTemplate: 'pr-{number}',
      sync: false,
      comment: true,
      cleanup: true,
      token: 'ghs_x',
      apiUrl: 'https://ghe.example/api/v3',
    })
    assert.deepEqual(masked, ['ghs_x'])
  })

  it('reads preview-base and the booleans; a template without {number} is refused', () => {
    const inputs = readPreviewInputs(
      read({ 'preview-sync': 'true', comment: 'false', cleanup: 'false', 'preview-base': 'release' }),
      () => {},
      {},
    )
    assert.equal(inputs.sync, true)
    assert.equal(inputs.comment, false)
    assert.equal(inputs.cleanup, false)
    assert.equal(inputs.base, 'release')
    assert.equal(inputs.apiUrl, 'https://api.github.com')
    assert.throws(
      () => readPreviewInputs(read({ [INPUT]: 'preview-{branch}' }), () => {}, {}),
      failsWith(/must contain \{number\}, or two pull requests would share one preview/),
    )
    assert.throws(
      () => readPreviewInputs(read({ comment: 'yes' }), () => {}, {}),
      failsWith(/input "comment" is "yes", expected true or false/),
    )
  })
})

describe('pullRequestFrom', () => {
  it('reads number, action, head, base and merged; the repository from GITHUB_REPOSITORY', () => {
    const pr = pullRequestFrom(
      'pull_request',
      pullRequestPayload(42, 'closed', 'a'.repeat(40), { merged: true }),
      'acme/config',
    )
    assert.deepEqual(pr, {
      eventName: 'pull_request',
      action: 'closed',
      number: 42,
      headSha: 'a'.repeat(40),
      headRef: 'feature/shop-limits',
      baseRef: 'main',
      merged: true,
      repository: 'acme/config',
    })
  })

  it('refuses a payload without a pull request', () => {
    assert.throws(
      () => pullRequestFrom('pull_request', { action: 'opened' }, 'acme/config'),
      failsWith(/names no pull request/),
    )
  })
})
