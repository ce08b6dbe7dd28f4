import assert from 'node:assert/strict'
import { test } from 'node:test'
import {
  ACTIONS_BOT,
  parseAutoMerge,
  readWriteBackInputs,
  WRITEBACK_INPUT,
} from '../../src/action/writeback-inputs.ts'
import { InputError } from '../../src/errors.ts'
import { isDigestReference, requireDigestReference } from '../../src/writeback/edit/digest-reference.ts'
import { parseTarget, targetSlug } from '../../src/writeback/edit/target.ts'
import {
  checkTemplate,
  DEFAULT_COMMIT_MESSAGE,
  renderMessage,
  sourceValues,
} from '../../src/writeback/git/commit-message.ts'
import { resolveConfigRepo } from '../../src/writeback/git/config-repo.ts'
import { gitAuth } from '../../src/writeback/git/git-command.ts'
import { pullRequestBranch } from '../../src/writeback/git/write-back.ts'
import { digestRef } from '../writeback/git-repos.ts'

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? ''

test('no config-repo: no write-back (the token is still masked)', () => {
  const masked: string[] = []
  assert.equal(
    readWriteBackInputs(reader({ 'config-repo-token': 'tok' }), (s) => masked.push(s), {}),
    undefined,
  )
  assert.deepEqual(masked, ['tok', Buffer.from('x-access-token:tok').toString('base64')])
})

test('every write-back input, read and typed; defaults from the workflow environment', () => {
  const inputs = readWriteBackInputs(
    reader({
      'config-repo': 'acme/platform-config',
      'config-repo-branch': 'release',
      'config-repo-token': 'tok',
      'config-repo-path': './clusters/prod/',
      'write-back-target': 'RepoSync/shop/repo-sync',
      'write-back-mode': 'pull-request',
      'commit-message': 'bump {short-digest}',
      'commit-author': 'Platform Bot <bot@acme.example>',
      'pr-labels': 'a, b\nc',
      'pr-auto-merge': 'true',
    }),
    () => {},
    { GITHUB_SERVER_URL: 'https://ghe.acme.example', GITHUB_API_URL: 'https://ghe.acme.example/api/v3/' },
  )
  assert.deepEqual(inputs, {
    repo: {
      url: 'https://ghe.acme.example/acme/platform-config.git',
      http: true,
      github: { owner: 'acme', repo: 'platform-config' },
    },
    branch: 'release',
    token: 'tok',
    path: 'clusters/prod',
    target: { type: 'object', kind: 'RepoSync', namespace: 'shop', name: 'repo-sync' },
    mode: 'pull-request',
    message: 'bump {short-digest}',
    author: { name: 'Platform Bot', email: 'bot@acme.example' },
    committer: { name: 'Platform Bot', email: 'bot@acme.example' },
    pullRequest: {
      branch: 'configsync-oci/clusters-prod--reposync-shop-repo-sync',
      labels: ['a', 'b', 'c'],
      autoMerge: 'merge',
      apiUrl: 'https://ghe.acme.example/api/v3',
    },
  })
  const defaults = readWriteBackInputs(reader({ 'config-repo': 'acme/c' }), () => {}, {})
  assert.equal(defaults?.repo.url, 'https://github.com/acme/c.git')
  assert.equal(defaults?.mode, 'commit')
  assert.equal(defaults?.path, '.')
  assert.equal(defaults?.message, DEFAULT_COMMIT_MESSAGE)
  assert.deepEqual(defaults?.author, ACTIONS_BOT)
  assert.deepEqual(defaults?.target, {
    type: 'object',
    kind: 'RootSync',
    namespace: 'config-management-system',
    name: 'root-sync',
  })
  assert.equal(defaults?.pullRequest.apiUrl, 'https://api.github.com')
  assert.equal(defaults?.pullRequest.branch, 'configsync-oci/rootsync-config-management-system-root-sync')
})

test('bad write-back inputs are InputErrors that name the input and show an example', () => {
  const cases: [Record<string, string>, RegExp][] = [
    [{ 'write-back-mode': 'push' }, /input "write-back-mode" is "push", expected commit or pull-request/],
    [
      { 'write-back-target': 'RepoSync/repo-sync' },
      /input "write-back-target" "RepoSync\/repo-sync" needs a namespace/,
    ],
    [{ 'write-back-target': 'RootSync/Bad_Name' }, /"Bad_Name", which is not a Kubernetes object name/],
    [{ 'write-back-target': 'marker:a b' }, /marker name/],
    [{ 'commit-message': 'x {nope}' }, /input "commit-message" uses \{nope\}/],
    [{ 'commit-author': 'bot' }, /commit-author "bot" is not "Name <email>"/],
    [{ 'pr-auto-merge': 'yes' }, /input "pr-auto-merge" is "yes"/],
    [{ 'config-repo-path': '/etc' }, /input "config-repo-path" "\/etc" must be a path inside/],
    [{ 'config-repo': 'ftp://h/x.git' }, /uses ftp:, which is not a git transport/],
    [{ 'config-repo': 'https://x-access-token:SECRET@github.com/a/b.git' }, /must not carry credentials/],
  ]
  for (const [values, pattern] of cases) {
    assert.throws(
      () => readWriteBackInputs(reader({ 'config-repo': 'acme/c', ...values }), () => {}, {}),
      (error: unknown) =>
        error instanceof InputError &&
        pattern.test(error.message) &&
        error.hint !== undefined &&
        !error.message.includes('SECRET'),
      String(pattern),
    )
  }
  assert.ok(Object.values(WRITEBACK_INPUT).every((name) => /^[a-z]+(-[a-z]+)*$/.test(name)))
})

test('config repo forms: shorthand, https, ssh, scp-like, path, file URL', () => {
  assert.deepEqual(resolveConfigRepo('git@github.com:acme/cfg.git', 'https://github.com', 'r'), {
    url: 'git@github.com:acme/cfg.git',
    http: false,
    github: { owner: 'acme', repo: 'cfg' },
  })
  assert.deepEqual(resolveConfigRepo('ssh://git@h:22/acme/cfg', 'x', 'r'), {
    url: 'ssh://git@h:22/acme/cfg',
    http: false,
    github: { owner: 'acme', repo: 'cfg' },
  })
  assert.deepEqual(resolveConfigRepo('/srv/git/acme/cfg.git', 'x', 'r'), {
    url: 'file:///srv/git/acme/cfg.git',
    http: false,
    github: { owner: 'acme', repo: 'cfg' },
  })
  assert.deepEqual(resolveConfigRepo('http://127.0.0.1:8080/cfg.git', 'x', 'r'), {
    url: 'http://127.0.0.1:8080/cfg.git',
    http: true,
  })
  assert.equal(resolveConfigRepo('acme/cfg.git', 'file:///tmp/srv/', 'r').url, 'file:///tmp/srv/acme/cfg.git')
})

test('targets and their pull-request branches', () => {
  assert.deepEqual(parseTarget('RootSync/root-sync', 't'), {
    type: 'object',
    kind: 'RootSync',
    namespace: 'config-management-system',
    name: 'root-sync',
  })
  assert.deepEqual(parseTarget('marker', 't'), { type: 'marker', name: '' })
  assert.equal(targetSlug(parseTarget('marker:Platform.Prod', 't')), 'marker-platform.prod')
  assert.equal(
    pullRequestBranch(parseTarget('marker', 't'), 'helm/values prod.yaml'),
    'configsync-oci/helm-values-prod.yaml--marker',
  )
})

test('the commit message: placeholders, and lines whose values are all unknown are dropped', () => {
  const values = { target: 'RootSync a/b', image: digestRef('e'), digest: `sha256:${'e'.repeat(64)}` }
  assert.equal(
    renderMessage(DEFAULT_COMMIT_MESSAGE, values),
    `configsync-oci: set RootSync a/b image to sha256:eeeeeeeeeeee\n\nImage: ${digestRef('e')}\n`,
  )
  const full = {
    ...values,
    ...sourceValues(
      { GITHUB_REPOSITORY: 'acme/app', GITHUB_RUN_ID: '9', GITHUB_RUN_ATTEMPT: '2' },
      'abcdef1234567',
      'https://github.com/acme/app',
    ),
  }
  assert.equal(
    renderMessage('{short-sha} {run-url}\n{commit-url}', full),
    'abcdef1 https://github.com/acme/app/actions/runs/9/attempts/2\nhttps://github.com/acme/app/commit/abcdef1234567\n',
  )
  assert.throws(() => checkTemplate('', 'm'), /m is empty/)
})

test('digest references', () => {
  assert.equal(isDigestReference(digestRef('a')), true)
  assert.equal(isDigestReference('ghcr.io/a/b:v1@sha256:' + 'a'.repeat(64)), true)
  assert.equal(isDigestReference('ghcr.io/a/b:v1'), false)
  assert.equal(isDigestReference('oci-layout:out@sha256:' + 'a'.repeat(64)), false)
  assert.throws(() => requireDigestReference('ghcr.io/a/b:v1', '--image'), /has no digest/)
})

test('git auth: the token becomes an extraHeader scoped to the repo URL in the environment, appended to existing GIT_CONFIG entries', () => {
  const repo = resolveConfigRepo('https://github.com/acme/cfg.git', 'x', 'r')
  const auth = gitAuth(
    {
      PATH: '/bin',
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: 'core.x',
      GIT_CONFIG_VALUE_0: 'y',
      GIT_DIR: '/elsewhere',
    },
    repo,
    'tok',
  )
  const basic = Buffer.from('x-access-token:tok').toString('base64')
  assert.equal(auth.env['GIT_CONFIG_COUNT'], '2')
  assert.equal(auth.env['GIT_CONFIG_KEY_0'], 'core.x')
  assert.equal(auth.env['GIT_CONFIG_KEY_1'], 'http.https://github.com/acme/cfg.git.extraheader')
  assert.equal(auth.env['GIT_CONFIG_VALUE_1'], `AUTHORIZATION: basic ${basic}`)
  assert.equal(auth.env['GIT_TERMINAL_PROMPT'], '0')
  assert.equal(auth.env['GIT_DIR'], undefined)
  assert.deepEqual(auth.secrets, ['tok', basic])
  const ssh = gitAuth({}, resolveConfigRepo('git@github.com:a/b.git', 'x', 'r'), 'tok')
  assert.equal(ssh.env['GIT_CONFIG_COUNT'], undefined, 'no header for non-HTTP remotes')
  assert.equal(parseAutoMerge('Squash', 'x'), 'squash')
})
