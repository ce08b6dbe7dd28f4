/**
 * Bundles a bench's stage script the way scripts/build.ts bundles dist/:
 * ESM with code splitting, the validation worker as its own entry point,
 * chunks under chunks/. Running the .ts sources instead would add the type
 * stripper's own memory and start-up to the figures.
 */
import { join } from 'node:path'
import { build } from 'esbuild'

/** Bundles bench/SCRIPT.ts into outdir; returns the path of the bundled script. */
export async function bundleLikeDist(script: string, outdir: string): Promise<string> {
  await build({
    entryPoints: {
      [script]: join(import.meta.dirname, `${script}.ts`),
      'validate-worker': join(import.meta.dirname, '../src/manifests/validate-worker.ts'),
    },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir,
    chunkNames: 'chunks/[name]-[hash]',
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
    alias: { punycode: 'punycode/punycode.js' },
    logLevel: 'warning',
  })
  return join(outdir, `${script}.js`)
}
