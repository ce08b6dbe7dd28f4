/**
 * Whole-process publish (issue 17): `configsync-oci publish` from a bundle
 * built with dist/'s own options, as a fresh process, schema checks on,
 * against the Go pipeline a user would otherwise run: GNU tar | gzip -6,
 * then an oras-go push (../shared/bench/build-oras-peer.sh builds the peer;
 * ORAS_PEER points at it, default /tmp/oras-peer/orasgo-peer). Both push the
 * same tree to the same local registry. Also times `--help` and bare node.
 */
import { execFile, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { build } from 'esbuild'
import { BUILD_OPTIONS } from '../scripts/build-options.ts'

const run = promisify(execFile)
export const ORAS_PEER = process.env['ORAS_PEER'] ?? '/tmp/oras-peer/orasgo-peer'

/** Builds dist/ like scripts/build.ts into outdir; returns the CLI's path. */
export async function bundleCli(outdir: string): Promise<string> {
  await build({ ...BUILD_OPTIONS, sourcemap: false, absWorkingDir: join(import.meta.dirname, '..'), outdir })
  return join(outdir, 'cli.js')
}

async function timed(file: string, args: string[]): Promise<number> {
  const start = performance.now()
  await run(file, args, { maxBuffer: 16 << 20 })
  return performance.now() - start
}

/** One `configsync-oci publish` as a fresh process. */
export async function ourPublish(cli: string, repo: string, image: string): Promise<number> {
  return timed(process.execPath, [
    cli,
    'publish',
    '--dir',
    repo,
    '--image',
    image,
    '--insecure',
    '--revision',
    'bench',
  ])
}

/** tar | gzip -6 then the oras-go push, as one timed pipeline; undefined without the peer. */
export async function goPipeline(repo: string, out: string, ref: string): Promise<number | undefined> {
  if (!existsSync(ORAS_PEER)) return undefined
  const start = performance.now()
  await new Promise<void>((resolve, reject) => {
    const command = `tar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 --format=posix -C '${repo}' -cf - . | gzip -n -6 > '${out}' && '${ORAS_PEER}' '${ref}' '${out}' > /dev/null`
    const child = spawn('bash', ['-o', 'pipefail', '-c', command], { stdio: 'inherit' })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited ${code}`))))
  })
  return performance.now() - start
}

/** `configsync-oci --help` and bare `node -e 0`, each a fresh process. */
export async function startUp(cli: string): Promise<{ helpMs: number; bareMs: number }> {
  return {
    helpMs: await timed(process.execPath, [cli, '--help']),
    bareMs: await timed(process.execPath, ['-e', '0']),
  }
}
