/**
 * Tag computation, table-driven from docker/metadata-action's README
 * examples (sections Basic, Semver, type=semver, type=match, type=ref,
 * global expressions, latest) plus configsync-oci's own choices.
 */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { planTags } from '../../src/tags/tag-plan.ts'
import type { TagContext } from '../../src/tags/tag-context.ts'
import { contextFor, type EventName } from './event-fixture.ts'

const SHA = '860c1904a1ce19322e91ac35af1ab07466440c37'
const PR_HEAD = '2a6b2e1d8f3c4b5a69788796a5b4c3d2e1f0a9b8'

function tags(rules: string[], context: TagContext, flavor: string[] = []): readonly string[] {
  return planTags({ rules, flavor }, context).tags
}

/** An event fixture with its ref replaced, for the README rows that name other refs. */
function on(name: EventName, ref?: string): TagContext {
  return contextFor(name, ref === undefined ? {} : { ref })
}

describe('metadata-action README "Basic" (its default rules, without type=schedule)', () => {
  const rules = ['type=ref,event=branch', 'type=ref,event=tag', 'type=ref,event=pr']
  const rows: [string, TagContext, string[]][] = [
    ['pull_request refs/pull/2/merge', on('pull-request-opened', 'refs/pull/2/merge'), ['pr-2']],
    ['push refs/heads/master', on('push-branch', 'refs/heads/master'), ['master']],
    ['push refs/heads/releases/v1', on('push-branch', 'refs/heads/releases/v1'), ['releases-v1']],
    ['push tag refs/tags/v1.2.3', on('push-tag-release'), ['v1.2.3', 'latest']],
    ['push tag refs/tags/v2.0.8-beta.67', on('push-tag-prerelease'), ['v2.0.8-beta.67', 'latest']],
    ['workflow_dispatch refs/heads/master', on('workflow-dispatch', 'refs/heads/master'), ['master']],
  ]
  for (const [name, context, expected] of rows)
    test(name, () => assert.deepEqual(tags(rules, context), expected))
})

describe('metadata-action README "Semver"', () => {
  const rules = [
    'type=ref,event=branch',
    'type=ref,event=pr',
    'type=semver,pattern={{version}}',
    'type=semver,pattern={{major}}.{{minor}}',
  ]
  const rows: [string, TagContext, string[]][] = [
    ['pull_request', on('pull-request-opened', 'refs/pull/2/merge'), ['pr-2']],
    ['push master', on('push-branch', 'refs/heads/master'), ['master']],
    ['push releases/v1', on('push-branch', 'refs/heads/releases/v1'), ['releases-v1']],
    ['push tag v1.2.3', on('push-tag-release'), ['1.2.3', '1.2', 'latest']],
    [
      'push tag v2.0.8-beta.67: a pre-release gets only its full version, no latest',
      on('push-tag-prerelease'),
      ['2.0.8-beta.67'],
    ],
  ]
  for (const [name, context, expected] of rows)
    test(name, () => assert.deepEqual(tags(rules, context), expected))
})

describe('type=semver patterns (README table)', () => {
  const rows: [string, string, string, string | undefined][] = [
    ['v1.2.3', '{{raw}}', '', 'v1.2.3'],
    ['v1.2.3', '{{version}}', '', '1.2.3'],
    ['v1.2.3', '{{major}}.{{minor}}', '', '1.2'],
    ['v1.2.3', 'v{{major}}', '', 'v1'],
    ['v1.2.3', '{{minor}}', '', '2'],
    ['v1.2.3', '{{patch}}', '', '3'],
    ['p1/v1.2.3', '{{version}}', 'v(\\d.\\d.\\d)$', '1.2.3'],
    ['v2.0.8-beta.67', '{{raw}}', '', 'v2.0.8-beta.67'],
    ['v2.0.8-beta.67', '{{version}}', '', '2.0.8-beta.67'],
    ['v2.0.8-beta.67', '{{major}}', '', '2.0.8-beta.67'],
    ['v2.0.8-beta.67', '{{major}}.{{minor}}', '', '2.0.8-beta.67'],
    ['v9.5.7-alpha.2+fork.3.1.8', '{{version}}', '', '9.5.7-alpha.2'],
    ['release1', '{{version}}', '', undefined],
    ['1.2', '{{version}}', '', undefined],
  ]
  for (const [gitTag, pattern, match, expected] of rows) {
    test(`${gitTag} ${pattern}${match === '' ? '' : ` match=${match}`} → ${expected ?? 'nothing'}`, () => {
      const rule = `type=semver,pattern=${pattern}${match === '' ? '' : `,match=${match}`}`
      const plan = planTags(
        { rules: [rule], flavor: ['latest=false'] },
        on('push-tag-release', `refs/tags/${gitTag}`),
      )
      assert.deepEqual(plan.tags, expected === undefined ? [] : [expected])
      if (expected === undefined) assert.match(plan.notes.join('\n'), /not a valid semantic version/)
    })
  }
  test('value= gives the version on any event; without it a branch push gives nothing', () => {
    assert.deepEqual(tags(['type=semver,pattern={{major}},value=v3.4.5'], on('push-branch')), ['3', 'latest'])
    assert.deepEqual(tags(['type=semver,pattern={{version}}'], on('push-branch')), [])
  })
})

describe('type=match (README table)', () => {
  const rows: [string, string, string, string][] = [
    ['v1.2.3', '\\d.\\d.\\d', '0', '1.2.3'],
    ['v2.0.8-beta.67', 'v(.*)', '1', '2.0.8-beta.67'],
    ['v2.0.8-beta.67', 'v(\\d.\\d)', '1', '2.0'],
    ['20200110-RC2', '\\d+', '0', '20200110'],
    ['p1/v1.2.3', 'p1/v(\\d.\\d.\\d)', '1', '1.2.3'],
  ]
  for (const [gitTag, pattern, group, expected] of rows) {
    test(`${gitTag} ${pattern} group ${group} → ${expected}`, () => {
      const context = on('push-tag-release', `refs/tags/${gitTag}`)
      assert.deepEqual(tags([`type=match,pattern=${pattern},group=${group}`], context), [expected, 'latest'])
    })
  }
  test('no match gives nothing and says so', () => {
    const plan = planTags(
      { rules: ['type=match,pattern=^x(\\d+)$,group=1'], flavor: [] },
      on('push-tag-release'),
    )
    assert.deepEqual(plan.tags, [])
    assert.match(plan.notes[0] ?? '', /does not match v1\.2\.3/)
  })
})

describe('type=ref (README table) and sanitising', () => {
  const rows: [string, TagContext, string, string[]][] = [
    ['my/branch', on('push-branch', 'refs/heads/my/branch'), 'type=ref,event=branch', ['my-branch']],
    [
      'feature/Shop_Limits keeps case and _',
      on('push-feature-branch'),
      'type=ref,event=branch',
      ['feature-Shop_Limits'],
    ],
    ['a tag event gives no branch tag', on('push-tag-release'), 'type=ref,event=branch', []],
    ['a branch event gives no tag tag', on('push-branch'), 'type=ref,event=tag', []],
    [
      'pr prefix can be changed',
      on('pull-request-opened'),
      'type=ref,event=pr,prefix=preview-',
      ['preview-42'],
    ],
    [
      'leading dots and dashes go',
      on('push-branch', 'refs/heads/.-hidden'),
      'type=ref,event=branch',
      ['hidden'],
    ],
    [
      'runs of invalid characters become one -',
      on('push-branch', 'refs/heads/a//b @c'),
      'type=ref,event=branch',
      ['a-b-c'],
    ],
  ]
  for (const [name, context, rule, expected] of rows)
    test(name, () => assert.deepEqual(tags([rule], context), expected))
  test('a 200-character branch is cut to 128 characters, the OCI limit', () => {
    const [tag] = tags(['type=ref,event=branch'], on('push-branch', `refs/heads/${'b'.repeat(200)}`))
    assert.equal(tag, 'b'.repeat(128))
  })
  test('a value with no valid character left gives nothing and a note', () => {
    const plan = planTags({ rules: ['type=raw,value=...'], flavor: [] }, on('push-branch'))
    assert.deepEqual(plan.tags, [])
    assert.match(plan.notes[0] ?? '', /no character a tag may start with/)
  })
})

describe('type=sha', () => {
  test('the default rule (empty input) is the full SHA, as before tag rules existed', () => {
    assert.deepEqual(tags([], on('push-branch')), [SHA])
    assert.deepEqual(planTags({ rules: ['# only a comment'], flavor: [] }, on('push-branch')).shaTags, [SHA])
  })
  test('format=short is 7 characters; prefix and suffix apply', () => {
    assert.deepEqual(tags(['type=sha,format=short'], on('push-branch')), ['860c190'])
    assert.deepEqual(tags(['type=sha,format=short,prefix=sha-'], on('push-branch')), ['sha-860c190'])
    assert.deepEqual(tags(['type=sha,suffix=-cfg'], on('push-branch')), [`${SHA}-cfg`])
  })
  test('pull_request: the PR head SHA, not the merge commit in GITHUB_SHA', () => {
    assert.deepEqual(tags(['type=sha'], on('pull-request-opened')), [PR_HEAD])
    assert.deepEqual(tags(['type=sha,format=short'], on('pull-request-synchronize')), ['9d8c7b6'])
  })
})

describe('expressions, enable, priority, latest and flavor', () => {
  test('{{is_default_branch}}: latest only for the default branch', () => {
    const rules = ['type=ref,event=branch', 'type=raw,value=latest,enable={{is_default_branch}}']
    assert.deepEqual(tags(rules, on('push-branch')), ['main', 'latest'])
    assert.deepEqual(tags(rules, on('push-feature-branch')), ['feature-Shop_Limits'])
    assert.deepEqual(tags(rules, on('workflow-dispatch')), ['main', 'latest'])
    assert.deepEqual(tags(rules, on('pull-request-opened')), [])
  })
  test('{{branch}}, {{tag}}, {{sha}}, {{base_ref}}', () => {
    assert.deepEqual(tags(['type=raw,value={{branch}}-{{sha}}'], on('push-branch')), ['main-860c190'])
    assert.deepEqual(tags(['type=raw,value=rel-{{tag}}'], on('push-tag-release')), ['rel-v1.2.3'])
    assert.deepEqual(tags(['type=raw,value=on-{{base_ref}}'], on('pull-request-opened')), ['on-main'])
    assert.deepEqual(tags(['type=raw,value=from-{{base_ref}}'], on('push-tag-release')), ['from-main'])
  })
  test('{{date}} and {{commit_date}} with moment-style tokens and a time zone', () => {
    assert.deepEqual(tags(["type=raw,value=nightly-{{date 'YYYYMMDD'}}"], on('push-branch')), [
      'nightly-20261123',
    ])
    assert.deepEqual(tags(["type=raw,value={{date 'YYYYMMDD-HHmmss' tz='Asia/Tokyo'}}"], on('push-branch')), [
      '20261123-180807',
    ])
    assert.deepEqual(tags(["type=raw,value=c{{commit_date 'YY.MM.DD'}}"], on('push-branch')), ['c26.11.20'])
  })
  test('priority orders the list and picks the version; ties keep the written order', () => {
    const plan = planTags(
      {
        rules: [
          'type=sha,format=short',
          'type=raw,value=b',
          'type=raw,value=a',
          'type=ref,event=branch,priority=50',
        ],
        flavor: [],
      },
      on('push-branch'),
    )
    assert.deepEqual(plan.tags, ['b', 'a', '860c190', 'main'])
    assert.equal(plan.version, 'b')
  })
  test('latest=auto follows the highest-priority producing rule', () => {
    // type=raw (200) outranks nothing here but is below ref (600): the tag ref decides → latest.
    assert.deepEqual(tags(['type=raw,value=stable', 'type=ref,event=tag'], on('push-tag-release')), [
      'v1.2.3',
      'stable',
      'latest',
    ])
    // raw first by priority → no latest.
    assert.deepEqual(
      tags(['type=raw,value=stable,priority=1000', 'type=ref,event=tag'], on('push-tag-release')),
      ['stable', 'v1.2.3'],
    )
  })
  test('flavor: latest=true/false, global prefix/suffix, onlatest', () => {
    assert.deepEqual(tags(['type=ref,event=branch'], on('push-branch'), ['latest=true']), ['main', 'latest'])
    assert.deepEqual(tags(['type=ref,event=tag'], on('push-tag-release'), ['latest=false']), ['v1.2.3'])
    assert.deepEqual(
      tags(['type=ref,event=tag', 'type=raw,value=x,prefix='], on('push-tag-release'), [
        'prefix=cfg-',
        'suffix=-eu,onlatest=true',
      ]),
      ['cfg-v1.2.3-eu', 'x-eu', 'latest-eu'],
    )
    assert.deepEqual(
      tags(['type=ref,event=branch'], on('push-branch'), ['latest=true', 'prefix=p-,onlatest=true']),
      ['p-main', 'p-latest'],
    )
  })
  test('latest=true adds nothing when no rule produced a tag', () => {
    assert.deepEqual(tags(['type=ref,event=tag'], on('push-branch'), ['latest=true']), [])
  })
  test('type=edge: on the default branch only, or on branch=', () => {
    assert.deepEqual(tags(['type=edge'], on('push-branch')), ['edge'])
    assert.deepEqual(tags(['type=edge'], on('push-feature-branch')), [])
    assert.deepEqual(tags(['type=edge,branch=feature/Shop_Limits'], on('push-feature-branch')), ['edge'])
  })
  test('a bare value and quoted CSV fields are raw tags', () => {
    assert.deepEqual(tags(['stable', 'type=raw,"value=a,b"'], on('push-branch')), ['stable', 'a-b'])
  })
})
