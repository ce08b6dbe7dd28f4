/**
 * The esbuild options of dist/ (scripts/build.ts), shared with the test of
 * the bundle's import graph (test/cli/bundle-startup.test.ts).
 */
import type { BuildOptions } from 'esbuild'

const BANNER = [
  "import { createRequire as __csoCreateRequire } from 'node:module';",
  "import { fileURLToPath as __csoFileURLToPath } from 'node:url';",
  "import { dirname as __csoDirname } from 'node:path';",
  'const require = __csoCreateRequire(import.meta.url);',
  'const __filename = __csoFileURLToPath(import.meta.url);',
  'const __dirname = __csoDirname(__filename);',
].join(' ')

/** Everything but outdir. */
export const BUILD_OPTIONS = {
  // validate-worker is the script of the validation worker thread (src/manifests/validate-isolated.ts).
  entryPoints: {
    index: 'src/action/main.ts',
    cli: 'src/cli/main.ts',
    'validate-worker': 'src/manifests/validate-worker.ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: 'linked',
  sourcesContent: false,
  metafile: true,
  legalComments: 'none',
  banner: { js: BANNER },
  logLevel: 'warning',
  // kubernetes-models' format validators require('punycode'): Node's core module
  // prints DEP0040 at load, the npm package of the same code does not.
  alias: { punycode: 'punycode/punycode.js' },
} satisfies BuildOptions
