import assert from 'node:assert/strict'
import { AssertionError } from 'node:assert'
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { chmod, cp, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { after, test } from 'node:test'
import { setTimeout as sleep } from 'node:timers/promises'
import { promisify } from 'node:util'
import { gunzipSync } from 'node:zlib'
import { requestRegistry, requestUrl, startRegistry, TOKEN_SERVICE } from './registry.ts'
import type { RegistryMode, TestRegistry } from './registry.ts'
import { makeTempDir, removeDir, writeTree } from './tmp.ts'
import {
  assertTreesEqual,
  skopeoInspect,
  skopeoListTags,
  skopeoRawManifest,
  verifyPushedArtifact,
} from './verify.ts'

const execFileAsync = promisify(execFile)
const MODES: RegistryMode[] = ['plain', 'basic', 'tls', 'tls-basic', 'token', 'tls-token']
const REPO = 'test/app'
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'

const work = await makeTempDir('harness-itg')
after(() => removeDir(work))
const source = join(work, 'src')
await writeTree(source, {
  'kustomization.yaml': 'resources:\n  - base/deployment.yaml\n',
  'base/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\n',
  'base/nested/configmap.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\n',
  'scripts/check.sh': { content: '#!/bin/sh\nexit 0\n', mode: 0o755 },
  'empty/': '',
})
const layer = await buildLayer(source, join(work, 'layer.tar.gz'))

function sha256(data: Buffer | string): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`
}

/** A tar+gzip layer made by GNU tar, and its diff_id (digest of the uncompressed tar). */
async function buildLayer(dir: string, out: string): Promise<{ bytes: Buffer; diffId: string }> {
  await execFileAsync('tar', [
    '--sort=name',
    '--owner=0',
    '--group=0',
    '--numeric-owner',
    '--mtime=@0',
    '--format=posix',
    '--pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime',
    '-C',
    dir,
    '-czf',
    out,
    '.',
  ])
  const bytes = await readFile(out)
  return { bytes, diffId: sha256(gunzipSync(bytes)) }
}

/** Basic credentials, or a bearer token fetched from the realm with them. */
async function authHeaders(reg: TestRegistry, scope: string): Promise<Record<string, string>> {
  if (reg.username === undefined) return {}
  const basic = `Basic ${Buffer.from(`${reg.username}:${reg.password ?? ''}`).toString('base64')}`
  if (reg.tokenRealm === undefined) return { authorization: basic }
  const url = `${reg.tokenRealm}?service=${TOKEN_SERVICE}&scope=${encodeURIComponent(scope)}`
  const res = await requestUrl(url, { headers: { authorization: basic } })
  assert.equal(res.status, 200, res.body.toString())
  const { token } = JSON.parse(res.body.toString()) as { token: string }
  return { authorization: `Bearer ${token}` }
}

/** POST an upload session, then PUT `?digest=` with the whole blob (REGISTRY-TESTING.md §1). */
async function pushBlob(reg: TestRegistry, headers: Record<string, string>, blob: Buffer): Promise<void> {
  const session = await requestRegistry(reg, `/v2/${REPO}/blobs/uploads/`, { method: 'POST', headers })
  assert.equal(session.status, 202, session.body.toString())
  const location = new URL(String(session.headers.location), reg.url)
  location.searchParams.set('digest', sha256(blob))
  const put = await requestRegistry(reg, location.href, {
    method: 'PUT',
    headers: { ...headers, 'content-type': 'application/octet-stream' },
    body: blob,
  })
  assert.equal(put.status, 201, put.body.toString())
}

/** Pushes a one-layer OCI image of `source` as `REPO:tag`. */
async function pushImage(
  reg: TestRegistry,
  tag: string,
  diffId = layer.diffId,
): Promise<{ digest: string; bytes: Buffer }> {
  const headers = await authHeaders(reg, `repository:${REPO}:pull,push`)
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      config: {},
      rootfs: { type: 'layers', diff_ids: [diffId] },
    }),
  )
  await pushBlob(reg, headers, config)
  await pushBlob(reg, headers, layer.bytes)
  const bytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: {
        mediaType: 'application/vnd.oci.image.config.v1+json',
        digest: sha256(config),
        size: config.length,
      },
      layers: [
        {
          mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
          digest: sha256(layer.bytes),
          size: layer.bytes.length,
        },
      ],
    }),
  )
  const res = await requestRegistry(reg, `/v2/${REPO}/manifests/${tag}`, {
    method: 'PUT',
    headers: { ...headers, 'content-type': OCI_MANIFEST },
    body: bytes,
  })
  assert.equal(res.status, 201, res.body.toString())
  assert.equal(res.headers['docker-content-digest'], sha256(bytes))
  return { digest: sha256(bytes), bytes }
}

/** Gone, or a zombie waiting for PID 1 (which reaps orphans late). */
function isRunning(pid: number): boolean {
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'))
  } catch {
    return false
  }
}

for (const mode of MODES) {
  test(`${mode} registry`, async (t) => {
    const reg = await startRegistry(mode)
    t.after(() => reg.stop())
    const secured = reg.username !== undefined

    await t.test('answers /v2/ with the expected challenge', async () => {
      const res = await requestRegistry(reg, '/v2/')
      assert.equal(res.status, secured ? 401 : 200)
      const challenge = res.headers['www-authenticate']
      if (mode.endsWith('basic')) assert.equal(challenge, 'Basic realm="basic-realm"')
      if (mode.endsWith('token'))
        assert.equal(challenge, `Bearer realm="${reg.tokenRealm}",service="${TOKEN_SERVICE}"`)
      const authed = await requestRegistry(reg, '/v2/', { headers: await authHeaders(reg, '') })
      assert.equal(authed.status, 200)
    })

    await t.test('serves a hand-made push that skopeo, umoci and tar verify', async () => {
      const pushed = await pushImage(reg, 'v1')
      const result = await verifyPushedArtifact(reg, `${REPO}:v1`, source)
      await removeDir(result.layoutDir)
      assert.equal(result.unpackedWithUmoci, true)
      assert.deepEqual(result.manifest, JSON.parse(pushed.bytes.toString()))
      assert.deepEqual(await skopeoRawManifest(reg, `${REPO}@${pushed.digest}`), pushed.bytes)
      assert.deepEqual(await skopeoListTags(reg, REPO), ['v1'])
      const inspected = (await skopeoInspect(reg, `${REPO}:v1`)) as Record<string, unknown>
      assert.equal(inspected.Digest, pushed.digest)
      assert.equal(inspected.Architecture, 'amd64')
    })

    // Open modes have no credentials to refuse: those checks exist only in secured modes.
    if (secured)
      await t.test('refuses a wrong password, without echoing it', async () => {
        const wrong = { ...reg, password: 'wrong-password-123' }
        const basic = `Basic ${Buffer.from(`${reg.username}:${wrong.password}`).toString('base64')}`
        const url =
          reg.tokenRealm === undefined ? `${reg.url}/v2/` : `${reg.tokenRealm}?service=${TOKEN_SERVICE}`
        const res = await requestRegistry(reg, url, { headers: { authorization: basic } })
        assert.equal(res.status, 401)
        await assert.rejects(skopeoListTags(wrong, REPO), (error: Error) => {
          assert.match(error.message, /401|unauthorized/i)
          assert.doesNotMatch(error.message, /wrong-password-123/)
          return true
        })
      })

    if (secured)
      await t.test('refuses anonymous pulls', async () => {
        const { username: _u, password: _p, ...anonymous } = reg
        await assert.rejects(skopeoRawManifest(anonymous, `${REPO}:v1`), /401|unauthorized/i)
      })

    if (secured)
      await t.test('keeps the password out of its log', async () => {
        const log = await reg.log()
        assert.match(log, /GET \/v2\//)
        assert.ok(!log.includes(reg.password ?? '<none>'), 'the password appears in the log')
        if (reg.tokenServer !== undefined) assert.ok(reg.tokenServer.requests() > 0)
      })

    await t.test('stop() leaves no process, no dir, no token server', async () => {
      assert.equal(isRunning(reg.pid), true)
      await reg.stop()
      assert.equal(existsSync(`/proc/${reg.pid}`), false)
      assert.equal(existsSync(reg.dir), false)
      await reg.stop()
      assert.match(await reg.log(), /listening on 127\.0\.0\.1:/)
      if (reg.tokenRealm !== undefined) await assert.rejects(requestUrl(reg.tokenRealm), /ECONNREFUSED/)
    })
  })
}

test('token mode with anonymousPull lets anonymous clients pull only', async (t) => {
  const reg = await startRegistry('token', { anonymousPull: true })
  t.after(() => reg.stop())
  const pushed = await pushImage(reg, 'v1')
  const { username: _u, password: _p, ...anonymous } = reg
  assert.deepEqual(await skopeoRawManifest(anonymous, `${REPO}:v1`), pushed.bytes)
  const res = await requestUrl(
    `${reg.tokenRealm}?service=${TOKEN_SERVICE}&scope=repository:${REPO}:pull,push`,
  )
  const { token } = JSON.parse(res.body.toString()) as { token: string }
  const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as Record<
    string,
    unknown
  >
  assert.deepEqual(claims.access, [{ type: 'repository', name: REPO, actions: ['pull'] }])
  assert.equal(claims.aud, TOKEN_SERVICE)
})

test('deletes by digest by default, and not with deleteEnabled: false', async (t) => {
  const reg = await startRegistry('plain')
  const frozen = await startRegistry('plain', { deleteEnabled: false })
  t.after(() => Promise.all([reg.stop(), frozen.stop()]))
  const { digest } = await pushImage(reg, 'v1')
  assert.equal(
    (await requestRegistry(reg, `/v2/${REPO}/manifests/${digest}`, { method: 'DELETE' })).status,
    202,
  )
  await pushImage(frozen, 'v1')
  assert.equal(
    (await requestRegistry(frozen, `/v2/${REPO}/manifests/${digest}`, { method: 'DELETE' })).status,
    405,
  )
})

test('verifyPushedArtifact fails on a different tree and on a wrong diff_id', async (t) => {
  const reg = await startRegistry('plain')
  t.after(() => reg.stop())
  await pushImage(reg, 'v1')
  const other = join(work, 'other')
  await writeTree(other, { 'kustomization.yaml': 'resources: []\n' })
  await assert.rejects(verifyPushedArtifact(reg, `${REPO}:v1`, other), AssertionError)
  await pushImage(reg, 'bad-diff-id', sha256('not the layer'))
  await assert.rejects(verifyPushedArtifact(reg, `${REPO}:bad-diff-id`, source), /umoci .*diffid mismatch/s)
})

test('token server speaks the OAuth2 form: password, refresh_token, bad password', async (t) => {
  const reg = await startRegistry('token')
  t.after(() => reg.stop())
  const post = async (form: Record<string, string>) => {
    const body = new URLSearchParams({ service: TOKEN_SERVICE, client_id: 'itg', ...form }).toString()
    const headers = { 'content-type': 'application/x-www-form-urlencoded' }
    const res = await requestUrl(reg.tokenRealm ?? '', { method: 'POST', headers, body })
    return { status: res.status, json: JSON.parse(res.body.toString()) as Record<string, string> }
  }
  const creds = { grant_type: 'password', username: reg.username ?? '', password: reg.password ?? '' }
  const first = await post({ ...creds, access_type: 'offline', scope: `repository:${REPO}:pull` })
  assert.equal(first.status, 200)
  assert.equal(typeof first.json.refresh_token, 'string')
  const refreshed = await post({ grant_type: 'refresh_token', refresh_token: first.json.refresh_token ?? '' })
  assert.equal(refreshed.status, 200)
  const v2 = await requestRegistry(reg, '/v2/', {
    headers: { authorization: `Bearer ${refreshed.json.access_token}` },
  })
  assert.equal(v2.status, 200)
  assert.equal((await post({ ...creds, password: 'nope' })).status, 401)
  assert.equal((await post({ grant_type: 'refresh_token', refresh_token: 'forged' })).status, 401)
})

test('a process that forgets stop() still exits and takes its registry along', async () => {
  const registryModule = new URL('./registry.ts', import.meta.url).href
  const script = `import { startRegistry } from ${JSON.stringify(registryModule)}
const reg = await startRegistry('tls-token'); process.stdout.write(JSON.stringify({ pid: reg.pid, dir: reg.dir }))`
  const { stdout } = await execFileAsync(process.execPath, ['--input-type=module', '-e', script], {
    timeout: 15_000,
  })
  const { pid, dir } = JSON.parse(stdout) as { pid: number; dir: string }
  for (let i = 0; i < 60 && isRunning(pid); i += 1) await sleep(50)
  assert.equal(isRunning(pid), false)
  assert.equal(existsSync(dir), false)
})

test('assertTreesEqual lists missing, extra, changed and mode differences', async () => {
  const copy = join(work, 'changed')
  await cp(source, copy, { recursive: true })
  await writeFile(join(copy, 'kustomization.yaml'), 'resources: []\n')
  await chmod(join(copy, 'scripts/check.sh'), 0o644)
  await writeFile(join(copy, 'extra.yaml'), '')
  await removeDir(join(copy, 'empty'))
  await assert.rejects(assertTreesEqual(source, copy), (error: unknown) => {
    assert.ok(error instanceof AssertionError)
    assert.match(error.message, /missing: empty\n/)
    assert.match(error.message, /unexpected: extra\.yaml/)
    assert.match(error.message, /kustomization\.yaml: content differs/)
    assert.match(error.message, /scripts\/check\.sh: expected executable/)
    return true
  })
  await assertTreesEqual(source, copy, {
    ignore: (p) => /^(empty|extra\.yaml|kustomization\.yaml|scripts)/.test(p),
  })
})
