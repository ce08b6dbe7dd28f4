/**
 * Start-up (issue 17): `configsync-oci --help` must not load @actions/core
 * or undici, and the action in mode publish must not load Octokit, the
 * Kubernetes client or the Artifact Registry SDK unless a step needs them.
 * Builds the bundle with dist/'s own options (scripts/build-options.ts)
 * into a temporary directory and walks esbuild's metafile: the chunks an
 * entry point loads through static imports are what every run pays for.
 */
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { build, type Metafile } from 'esbuild'
import { BUILD_OPTIONS } from '../../scripts/build-options.ts'
import { makeTempDir, removeDir } from '../harness/tmp.ts'

const ROOT = join(import.meta.dirname, '../..')
let work: string
let metafile: Metafile

/** The outputs an output loads through static imports, itself included. */
function staticClosure(output: string): Set<string> {
  const seen = new Set<string>()
  const stack = [output]
  while (stack.length > 0) {
    const file = stack.pop()!
    if (seen.has(file)) continue
    seen.add(file)
    for (const i of metafile.outputs[file]!.imports)
      if (i.kind === 'import-statement' && !i.external) stack.push(i.path)
  }
  return seen
}

/** The npm packages (and 'src/...' modules) bundled into a set of outputs. */
function inputsOf(outputs: Iterable<string>): string[] {
  return [...outputs].flatMap((o) => Object.keys(metafile.outputs[o]!.inputs))
}

function outputOf(entry: string): string {
  const found = Object.entries(metafile.outputs).find(([, o]) => o.entryPoint === entry)
  assert.ok(found, `an output for ${entry}`)
  return found[0]
}

function packagesAt(output: string): Set<string> {
  const names = inputsOf(staticClosure(output)).map(
    (i) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(i)?.[1] ?? i,
  )
  return new Set(names)
}

before(async () => {
  work = await makeTempDir('bundle-startup')
  const result = await build({
    ...BUILD_OPTIONS,
    sourcemap: false,
    absWorkingDir: ROOT,
    outdir: join(work, 'dist'),
    write: false,
  })
  metafile = result.metafile
})
after(async () => {
  await removeDir(work)
})

describe('bundle start-up graph', () => {
  it('the CLI loads no command, @actions/core or undici before it knows which command runs', () => {
    const loaded = packagesAt(outputOf('src/cli/main.ts'))
    for (const name of [
      '@actions/core',
      '@actions/http-client',
      'undici',
      '@actions/github',
      '@kubernetes/client-node',
      '@google-cloud/artifact-registry',
      'yaml',
      'js-yaml',
      'tar-stream',
    ]) {
      assert.equal(loaded.has(name), false, `dist/cli.js loads ${name} at start-up`)
    }
    assert.ok(loaded.has('src/cli/command-index.ts'), 'the command index is part of the start-up')
    assert.equal(
      loaded.has('src/cli/commands/publish.ts'),
      false,
      'the publish command is loaded only when it runs',
    )
  })

  it('the CLI publish command loads neither @actions/core nor undici', () => {
    const publish = Object.entries(metafile.outputs).find(([, o]) =>
      Object.keys(o.inputs).includes('src/cli/commands/publish.ts'),
    )
    assert.ok(publish, 'a chunk holds the publish command')
    const loaded = new Set(
      inputsOf(staticClosure(publish[0])).map(
        (i) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(i)?.[1] ?? i,
      ),
    )
    for (const name of [
      '@actions/core',
      'undici',
      '@actions/github',
      '@kubernetes/client-node',
      '@google-cloud/artifact-registry',
    ]) {
      assert.equal(loaded.has(name), false, `configsync-oci publish loads ${name}`)
    }
  })

  it('the action in mode publish loads no Octokit, Kubernetes client or Artifact Registry SDK until a step needs them', () => {
    const start = packagesAt(outputOf('src/action/main.ts'))
    assert.ok(start.has('@actions/core'), 'the action reads its inputs with @actions/core')
    const mode = Object.entries(metafile.outputs).find(([, o]) =>
      Object.keys(o.inputs).includes('src/pipeline/publish-mode.ts'),
    )
    assert.ok(mode, 'a chunk holds the publish mode')
    const loaded = new Set([...start, ...packagesAt(mode[0])])
    for (const name of [
      '@actions/github',
      '@octokit/core',
      '@kubernetes/client-node',
      '@google-cloud/artifact-registry',
      'google-gax',
    ]) {
      assert.equal(loaded.has(name), false, `mode publish loads ${name} at start`)
    }
    assert.equal(start.has('src/pipeline/preview-mode.ts'), false, 'other modes load only when selected')
  })
})
