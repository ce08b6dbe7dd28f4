/**
 * Prints what `npm run demo` wrote: the OCI layout's tags, the manifest, the
 * files in the layer, and the commands to inspect it with standard tools.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createGunzip } from 'node:zlib'
import { createReadStream } from 'node:fs'
import tar from 'tar-stream'

const layout = process.argv[2] ?? 'demo-layout'
const index = JSON.parse(await readFile(join(layout, 'index.json'), 'utf8')) as {
  manifests: { digest: string; annotations?: Record<string, string> }[]
}
const blob = (digest: string): string => join(layout, 'blobs', 'sha256', digest.slice('sha256:'.length))
const first = index.manifests[0]
if (first === undefined) throw new Error(`${layout}/index.json lists no manifest`)
const manifest = JSON.parse(await readFile(blob(first.digest), 'utf8')) as {
  layers: { digest: string; size: number }[]
}
const tags = index.manifests.map((m) => m.annotations?.['org.opencontainers.image.ref.name']).filter(Boolean)
const files: string[] = []
const extract = tar.extract()
const listing = (async () => {
  for await (const entry of extract) {
    files.push(`${entry.header.mode.toString(8).padStart(4, '0')} ${entry.header.name}`)
    entry.resume()
  }
})()
createReadStream(blob(manifest.layers[0]!.digest)).pipe(createGunzip()).pipe(extract)
await listing

process.stdout.write(`
OCI layout ${layout}/
  digest: ${first.digest}
  tags:   ${tags.join(', ')}
  layer:  ${manifest.layers[0]!.digest} (${manifest.layers[0]!.size} bytes)
  files:
${files.map((f) => `    ${f}`).join('\n')}

Inspect it with:
  skopeo inspect oci:${layout}:demo
  skopeo inspect --raw oci:${layout}:demo | jq .
  umoci raw unpack --rootless --image ${layout}:demo /tmp/demo-rootfs
Push it to a registry with the same digest:
  skopeo copy oci:${layout}:demo docker://REGISTRY/REPO:demo
`)
