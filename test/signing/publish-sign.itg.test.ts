/**
 * Signing on publish (key mode) through the CLI against the real
 * distribution 2.8: the digest is pushed, signed and attached, then tagged;
 * `configsync-oci verify --key`, @sigstore/verify and crypto.verify accept
 * what was written; a signing failure or a bad key leaves no tag.
 */
import assert from 'node:assert/strict'
import { createHash, generateKeyPairSync, verify as cryptoVerify } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { bundleFromJSON } from '@sigstore/bundle'
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify'
import { parseImageReference } from '../../src/registry/image-reference.ts'
import { RegistryClient } from '../../src/registry/registry-client.ts'
import { keyHint } from '../../src/signing/bundle.ts'
import {
  legacySignatureTag,
  PREDICATE_TYPE,
  SIGNING_ANNOTATION,
  SIGNING_MEDIA_TYPE,
} from '../../src/signing/formats.ts'
import { listReferrers } from '../../src/signing/referrers.ts'
import { runCliCaptured } from '../harness/cli-io.ts'
import { RecordingLogger } from '../harness/recording-logger.ts'
import { startRegistry, type TestRegistry } from '../harness/registry.ts'
import { makeTempDir, removeDir } from '../harness/tmp.ts'
import { startFaultProxy } from '../registry/fault-proxy.ts'

const EXAMPLE = join(import.meta.dirname, '../../examples/namespace')
const SHA = '0123456789abcdef0123456789abcdef01234567'
const EMPTY_ROOT = {
  mediaType: 'application/vnd.dev.sigstore.trustedroot.v0.1+json',
  tlogs: [],
  certificateAuthorities: [],
  ctlogs: [],
  timestampAuthorities: [],
}

let registry: TestRegistry
let dir: string
let keyFile: string
let pubFile: string
let privatePem: string
let publicPem: string
const clients: RegistryClient[] = []

function clientFor(repo: string): RegistryClient {
  const client = new RegistryClient(parseImageReference(repo), { logger: new RecordingLogger() })
  clients.push(client)
  return client
}

function publishArgs(image: string, ...extra: string[]): string[] {
  return [
    'publish',
    '--dir',
    EXAMPLE,
    '--image',
    image,
    '--revision',
    SHA,
    '--created',
    '2026-01-02T03:04:05Z',
    '--insecure',
    '--format',
    'json',
    '-q',
    ...extra,
  ]
}

before(async () => {
  registry = await startRegistry('plain')
  dir = await makeTempDir('publish-sign')
  const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  privatePem = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
  publicPem = pair.publicKey.export({ type: 'spki', format: 'pem' }).toString()
  keyFile = join(dir, 'cosign.key')
  pubFile = join(dir, 'cosign.pub')
  await writeFile(keyFile, privatePem)
  await writeFile(pubFile, publicPem)
})

after(async () => {
  for (const client of clients) client.close()
  await registry.stop()
  await removeDir(dir)
})

describe('publish --sign key', () => {
  it('signs (bundle, legacy .sig, validation attestation) before tagging; verify --key, @sigstore/verify and crypto.verify accept it', async () => {
    const repo = `${registry.hostPort}/team/signed`
    const run = await runCliCaptured(
      publishArgs(`${repo}:v1`, '--sign', 'key', '--signing-key', keyFile, '--signature-format', 'both'),
    )
    assert.equal(run.code, 0, run.stderr)
    assert.ok(!run.stdout.includes('PRIVATE KEY') && !run.stderr.includes('PRIVATE KEY'))
    const json = JSON.parse(run.stdout) as {
      digest: string
      tags: string[]
      signatureDigest: string
      attestationDigest: string
      legacySignatureTag: string
      publicKey: string
    }
    assert.equal(json.publicKey, publicPem)
    assert.equal(json.legacySignatureTag, legacySignatureTag(json.digest))
    const client = clientFor(repo)
    const tags = await client.listTags()
    assert.ok(tags.includes('v1') && tags.includes(SHA), tags.join(','))

    const verified = await runCliCaptured(['verify', `${repo}:v1`, '--key', pubFile, '--insecure', '-q'])
    assert.equal(verified.code, 0, verified.stderr + verified.stdout)

    const listed = await listReferrers(client, json.digest, SIGNING_MEDIA_TYPE.sigstoreBundle)
    const byType = (type: string) =>
      listed.manifests.find((m) => m.annotations?.[SIGNING_ANNOTATION.bundlePredicateType] === type)
    assert.equal(byType(PREDICATE_TYPE.cosignSign)?.digest, json.signatureDigest)
    assert.equal(byType(PREDICATE_TYPE.validation)?.digest, json.attestationDigest)

    const der = Buffer.from(publicPem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''), 'base64')
    const trust = toTrustMaterial(EMPTY_ROOT as never, {
      [keyHint(der)]: { rawBytes: der, keyDetails: 5 /* PKIX_ECDSA_P256_SHA_256 */ } as never,
    })
    const verifier = new Verifier(trust, {
      tlogThreshold: 0,
      ctlogThreshold: 0,
      tsaThreshold: 0,
      timestampThreshold: 0,
    })
    for (const digest of [json.signatureDigest, json.attestationDigest]) {
      const manifest = JSON.parse((await client.getManifest(digest))!.body.toString('utf8'))
      assert.deepEqual(manifest.subject.digest, json.digest)
      const bundle = JSON.parse((await client.getBlob(manifest.layers[0].digest))!.toString('utf8'))
      assert.ok(verifier.verify(toSignedEntity(bundleFromJSON(bundle))).key !== undefined)
    }

    const sig = JSON.parse((await client.getManifest(json.legacySignatureTag))!.body.toString('utf8'))
    const layer = sig.layers[sig.layers.length - 1]
    const payload = (await client.getBlob(layer.digest))!
    const parsed = JSON.parse(payload.toString('utf8'))
    assert.equal(parsed.critical.image['docker-manifest-digest'], json.digest)
    assert.ok(
      cryptoVerify(
        'sha256',
        payload,
        publicPem,
        Buffer.from(layer.annotations[SIGNING_ANNOTATION.legacySignature], 'base64'),
      ),
    )
  })

  it('prints the public key in the text output and reads the key from stdin', async () => {
    const repo = `${registry.hostPort}/team/stdin`
    const run = await runCliCaptured(
      publishArgs(repo, '--sign', 'key', '--signing-key', '-', '--no-attest').map((a) =>
        a === 'json' ? 'text' : a,
      ),
      { stdin: privatePem },
    )
    assert.equal(run.code, 0, run.stderr)
    assert.match(run.stdout, /signature: +sha256:[0-9a-f]{64}/)
    assert.ok(run.stdout.includes(publicPem.trimEnd()))
    assert.doesNotMatch(run.stdout, /attestation:|PRIVATE KEY/)
  })

  it('--signature-format legacy: signatureDigest is the .sig manifest, verify --key accepts it, no bundle referrer', async () => {
    const repo = `${registry.hostPort}/team/legacy`
    const run = await runCliCaptured(
      publishArgs(
        repo,
        '--sign',
        'key',
        '--signing-key',
        keyFile,
        '--signature-format',
        'legacy',
        '--no-attest',
      ),
    )
    assert.equal(run.code, 0, run.stderr)
    const json = JSON.parse(run.stdout) as {
      digest: string
      signatureDigest: string
      attestationDigest?: string
    }
    assert.equal(json.attestationDigest, undefined)
    const client = clientFor(repo)
    const sig = await client.getManifest(legacySignatureTag(json.digest))
    assert.ok(sig !== undefined)
    assert.equal(json.signatureDigest, `sha256:${createHash('sha256').update(sig.body).digest('hex')}`)
    assert.equal((await listReferrers(client, json.digest)).manifests.length, 0)
    const verified = await runCliCaptured([
      'verify',
      `${repo}@${json.digest}`,
      '--key',
      pubFile,
      '--insecure',
      '-q',
    ])
    assert.equal(verified.code, 0, verified.stderr + verified.stdout)
  })

  it('refuses a bad key naming --signing-key, before anything is pushed', async () => {
    const repo = `${registry.hostPort}/team/badkey`
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 })
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString()
    for (const pem of ['not a key', rsa]) {
      const run = await runCliCaptured(publishArgs(repo, '--sign', 'key', '--signing-key', '-'), {
        stdin: pem,
      })
      assert.notEqual(run.code, 0)
      assert.match(run.stderr, /--signing-key/)
      // The hint names the expected header; never any of the key material.
      const body = pem.split('\n')[1] ?? pem
      assert.ok(!run.stderr.includes(body))
    }
    assert.deepEqual(await clientFor(repo).listTags(), [])
  })

  it('writes no tag when the registry refuses the referrer, and says what failed', async () => {
    const proxy = await startFaultProxy(registry.hostPort)
    try {
      proxy.rules.push({
        match: (r) => r.method === 'PUT' && /\/manifests\/sha256-[0-9a-f]{64}$/.test(r.path),
        fault: { kind: 'status', status: 403 },
        times: 100,
      })
      const repo = `${proxy.host}/team/refused`
      const run = await runCliCaptured(
        publishArgs(`${repo}:v1`, '--sign', 'key', '--signing-key', keyFile, '--retries', '0'),
      )
      assert.notEqual(run.code, 0)
      assert.match(run.stderr, /signing sha256:[0-9a-f]{64} failed while attaching the signature/)
      assert.match(run.stderr, /no tag was written/)
      assert.ok(!run.stderr.includes('PRIVATE KEY'))
      const tags = await clientFor(`${registry.hostPort}/team/refused`).listTags()
      assert.deepEqual(
        tags.filter((t) => !t.startsWith('sha256-')),
        [],
      )
    } finally {
      await proxy.close()
    }
  })

  it('refuses --sign with an oci-layout: image', async () => {
    const run = await runCliCaptured(
      publishArgs(`oci-layout:${join(dir, 'layout')}:v1`, '--sign', 'key', '--signing-key', keyFile),
    )
    assert.notEqual(run.code, 0)
    assert.match(run.stderr, /sign works only for registry images/)
  })
})
