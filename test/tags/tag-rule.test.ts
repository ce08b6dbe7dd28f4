import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { InputError } from '../../src/errors.ts'
import { parseTagFlavor, parseTagRules } from '../../src/tags/tag-rule.ts'
import { planTags } from '../../src/tags/tag-plan.ts'
import { tagContextFrom } from '../../src/tags/tag-context.ts'
import { contextFor, eventEnv, loadEvent } from './event-fixture.ts'

describe('parseTagRules', () => {
  test('fills metadata-action defaults, with configsync-oci’s sha default (long, no prefix)', () => {
    const [sha, pr, semver, raw] = parseTagRules([
      'type=sha',
      'type=ref,event=pr',
      'type=semver,pattern={{version}}',
      'stable',
    ])
    assert.deepEqual(sha, {
      type: 'sha',
      text: 'type=sha',
      priority: 100,
      enable: 'true',
      attrs: { format: 'long' },
    })
    assert.equal(pr?.prefix, 'pr-')
    assert.deepEqual(semver?.attrs, { pattern: '{{version}}', value: '', match: '' })
    assert.equal(semver?.priority, 900)
    assert.deepEqual(raw, {
      type: 'raw',
      text: 'stable',
      priority: 200,
      enable: 'true',
      attrs: { value: 'stable' },
    })
  })
  test('blank lines and # comments are skipped; keys are case-insensitive', () => {
    assert.equal(parseTagRules(['', '# releases', 'TYPE=sha,Format=short'])[0]?.attrs['format'], 'short')
  })
  const bad: [string, RegExp][] = [
    ['type=schedule', /\(type=schedule\): type "schedule" is not supported/],
    ['type=sha,formt=short', /type=sha has no attribute "formt"/],
    ['type=sha,format=tiny', /format must be short or long/],
    ['type=ref', /event must be branch, tag or pr/],
    ['type=ref,event=push', /event must be branch, tag or pr/],
    ['type=semver', /type=semver needs pattern=/],
    ['type=match,pattern=x,group=one', /group "one" is not a number/],
    ['type=raw', /type=raw needs value=/],
    ['type=raw,value=a,priority=high', /priority "high" is not a whole number/],
    ['type=raw,value=a,value=b', /attribute "value" is given twice/],
    ['type=raw,"value=a', /double quote is not closed/],
  ]
  for (const [line, message] of bad) {
    test(`rejects ${line}, naming the input, the line and an example`, () => {
      assert.throws(
        () => parseTagRules(['type=sha', line]),
        (error: unknown) => {
          assert.ok(error instanceof InputError)
          assert.match(error.message, /^input "tag-rules" line 2 /)
          assert.match(error.message, message)
          assert.match(error.hint ?? '', /^e\.g\. /)
          return true
        },
      )
    })
  }
})

describe('evaluation errors', () => {
  const context = contextFor('push-branch')
  test('enable must render to true or false', () => {
    assert.throws(
      () => planTags({ rules: ['type=raw,value=a,enable=yes'], flavor: [] }, context),
      /enable is "yes", expected true or false/,
    )
  })
  test('an unknown expression names the rule and lists the known ones', () => {
    assert.throws(
      () => planTags({ rules: ['type=raw,value={{nope}}'], flavor: [] }, context),
      (error: unknown) => {
        assert.ok(error instanceof InputError)
        assert.match(error.message, /tag rule "type=raw,value=\{\{nope\}\}": unknown expression \{\{nope\}\}/)
        assert.match(error.hint ?? '', /is_default_branch/)
        return true
      },
    )
    assert.throws(
      () => planTags({ rules: ['type=semver,pattern={{branch}},value=1.2.3'], flavor: [] }, context),
      /unknown expression \{\{branch\}\}/,
    )
  })
  test('a bad regular expression and an unknown time zone are input errors', () => {
    assert.throws(
      () => planTags({ rules: ['type=match,pattern=(,value=1'], flavor: [] }, context),
      /not a valid regular expression/,
    )
    assert.throws(
      () => planTags({ rules: ["type=raw,value={{date 'YYYY' tz='Mars/Base'}}"], flavor: [] }, context),
      /unknown time zone/,
    )
  })
})

describe('parseTagFlavor', () => {
  test('defaults to latest=auto and no prefix or suffix', () => {
    assert.deepEqual(parseTagFlavor([]), {
      latest: 'auto',
      prefix: '',
      prefixLatest: false,
      suffix: '',
      suffixLatest: false,
    })
  })
  test('reads latest, prefix/suffix and onlatest', () => {
    assert.deepEqual(parseTagFlavor(['latest=false', 'prefix=cfg-,onlatest=true', 'suffix=-eu']), {
      latest: 'false',
      prefix: 'cfg-',
      prefixLatest: true,
      suffix: '-eu',
      suffixLatest: false,
    })
  })
  for (const [line, message] of [
    ['latest=maybe', /latest must be auto, true or false/],
    ['onlatest=true', /follows prefix= or suffix=/],
    ['colour=blue', /unknown flavor "colour"/],
    ['latest', /is not key=value/],
  ] as const) {
    test(`rejects ${line}`, () =>
      assert.throws(
        () => parseTagFlavor([line]),
        (e: unknown) =>
          e instanceof InputError && message.test(e.message) && /^input "tag-flavor" line 1/.test(e.message),
      ))
  }
})

describe('tagContextFrom over the event fixtures', () => {
  test('push to a branch: ref, GITHUB_SHA, default branch', () => {
    const event = loadEvent('push-branch')
    const context = tagContextFrom(eventEnv(event), event.payload, undefined, { now: new Date(0) })
    assert.equal(context.ref, 'refs/heads/main')
    assert.equal(context.sha, event.sha)
    assert.equal(context.defaultBranch, 'main')
    assert.equal(context.baseRef, undefined)
  })
  test('pull_request opened and synchronize: the head SHA wins over GITHUB_SHA and the revision', () => {
    for (const name of ['pull-request-opened', 'pull-request-synchronize'] as const) {
      const event = loadEvent(name)
      const context = tagContextFrom(
        eventEnv(event),
        event.payload,
        'ffffffffffffffffffffffffffffffffffffffff',
        { now: new Date(0) },
      )
      assert.equal(context.sha, event.payload.pull_request?.head?.sha)
      assert.notEqual(context.sha, event.sha)
      assert.equal(context.baseRef, 'main')
    }
  })
  test('pull_request_target: the ref becomes refs/pull/N/merge', () => {
    const event = loadEvent('pull-request-opened')
    const env = {
      ...eventEnv(event),
      GITHUB_EVENT_NAME: 'pull_request_target',
      GITHUB_REF: 'refs/heads/main',
    }
    assert.equal(
      tagContextFrom(env, event.payload, undefined, { now: new Date(0) }).ref,
      'refs/pull/42/merge',
    )
  })
  test('a tag push knows the branch it came from; outside Actions the revision is used', () => {
    assert.equal(contextFor('push-tag-release').baseRef, 'main')
    assert.equal(tagContextFrom({}, {}, 'abc', { now: new Date(0) }).sha, 'abc')
    assert.equal(tagContextFrom({}, {}, undefined, { now: new Date(0) }).sha, '')
  })
})
