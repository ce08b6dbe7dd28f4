import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseRepositoryLabels, parseRetries, readRegistryInputs } from '../../src/action/registry-inputs.ts'
import { InputError } from '../../src/errors.ts'

function reader(values: Record<string, string>): (name: string) => string {
  return (name) => values[name] ?? ''
}

describe('readRegistryInputs', () => {
  it('reads every registry input and masks both tokens at once', () => {
    const masked: string[] = []
    const settings = readRegistryInputs(
      reader({
        'access-token': ' ya29.token ',
        'github-token': 'ghs_x',
        'create-repository': 'true',
        'repository-description': 'configs',
        'repository-labels': 'team=platform, env=prod',
        retries: '2',
        'mount-from': 'a/b\nc/d',
        timeout: '90s',
      }),
      (s) => void masked.push(s),
    )
    const { deadline, ...rest } = settings
    assert.equal(deadline?.timeoutMs, 90_000)
    assert.ok(Math.abs((deadline?.expiresAt ?? 0) - Date.now() - 90_000) < 5_000)
    assert.deepEqual(rest, {
      accessToken: 'ya29.token',
      githubToken: 'ghs_x',
      retries: 2,
      mountFrom: ['a/b', 'c/d'],
      repository: { create: true, labels: { team: 'platform', env: 'prod' }, description: 'configs' },
    })
    assert.deepEqual(masked, ['ya29.token', 'ghs_x'])
  })

  it('defaults: 4 retries, no tokens, no repository creation', () => {
    const { deadline, ...rest } = readRegistryInputs(reader({}), () => {})
    assert.deepEqual(rest, { retries: 4, mountFrom: [], repository: { create: false, labels: {} } })
    assert.equal(deadline?.timeoutMs, 10 * 60_000)
  })

  it('refuses a timeout that is not a duration, naming the input', () => {
    for (const bad of ['soon', '0', '-5s', '5x']) {
      assert.throws(
        () => readRegistryInputs(reader({ timeout: bad }), () => {}),
        (e: unknown) => e instanceof InputError && /^timeout is /.test(e.message),
      )
    }
  })

  it('refuses description or labels without create-repository', () => {
    assert.throws(
      () => readRegistryInputs(reader({ 'repository-description': 'x' }), () => {}),
      /apply only with "create-repository: true"/,
    )
  })
})

describe('parseRetries and parseRepositoryLabels', () => {
  it('takes 0 to 10 retries, with a message naming the input otherwise', () => {
    assert.deepEqual(
      ['0', '10', ' 3 '].map((v) => parseRetries(v, 'retries')),
      [0, 10, 3],
    )
    for (const bad of ['-1', '11', '2.5', 'many']) {
      assert.throws(
        () => parseRetries(bad, 'retries'),
        (e: unknown) =>
          e instanceof InputError && /input "retries"/.test(e.message) && /retries: 4/.test(e.hint ?? ''),
      )
    }
  })

  it("checks labels against Google's rules", () => {
    assert.deepEqual(parseRepositoryLabels('a=1\nb_c-d=\nunicodé=ok', 'repository-labels'), {
      a: '1',
      'b_c-d': '',
      unicodé: 'ok',
    })
    const bad: [string, RegExp][] = [
      ['novalue', /is not key=value/],
      ['Upper=x', /not a Google label key/],
      ['1st=x', /not a Google label key/],
      ['k=Value', /not a Google label value/],
      [`k=${'v'.repeat(64)}`, /not a Google label value/],
      ['k=1,k=2', /repeats the key k/],
    ]
    for (const [text, pattern] of bad)
      assert.throws(() => parseRepositoryLabels(text, 'repository-labels'), pattern, text)
  })
})
