/**
 * Helpers for the pull-request lifecycle tests: workspaces whose ConfigMap
 * differs per push, pull_request event payloads as the runner writes them,
 * and runs of the bundled action in mode preview.
 */
import { cp, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { runAction, type ActionRun } from '../harness/action-runner.ts'
import { requestRegistry, type TestRegistry } from '../harness/registry.ts'
import { makeTempDir, removeDir } from '../harness/tmp.ts'

const EXAMPLES = join(import.meta.dirname, '../../examples/namespace')

/** The token the fake GitHub accepts; it must never be printed. */
export const GITHUB_TOKEN = 'ghs_preview-token-never-printed'

/** A ConfigMap whose replicas value tells the pushes apart. */
export function settings(replicas: number): string {
  return `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  namespace: test\ndata:\n  replicas: "${replicas}"\n`
}

/** Temp workspaces, removed by cleanUp(). */
export class Workspaces {
  readonly #dirs: string[] = []

  /** A workspace with config/ = the example namespace + settings.yaml (+ extra files). */
  async create(replicas: number, extra: Record<string, string> = {}): Promise<string> {
    const ws = await makeTempDir('ws-preview')
    this.#dirs.push(ws)
    await cp(EXAMPLES, join(ws, 'config'), { recursive: true })
    await writeFile(join(ws, 'config', 'settings.yaml'), settings(replicas))
    for (const [name, content] of Object.entries(extra)) await writeFile(join(ws, 'config', name), content)
    return ws
  }

  async cleanUp(): Promise<void> {
    for (const dir of this.#dirs) await removeDir(dir)
  }
}

/** A pull_request event payload (docs.github.com/webhooks/webhook-events-and-payloads#pull_request). */
export function pullRequestPayload(
  number: number,
  action: string,
  headSha: string,
  extra: { merged?: boolean } = {},
): Record<string, unknown> {
  return {
    action,
    number,
    pull_request: {
      number,
      state: action === 'closed' ? 'closed' : 'open',
      merged: extra.merged ?? false,
      head: { ref: 'feature/shop-limits', sha: headSha },
      base: { ref: 'main', sha: 'b'.repeat(40) },
    },
    repository: { full_name: 'acme/config', default_branch: 'main' },
  }
}

/** What a preview run needs besides its inputs. */
export interface PreviewRun {
  readonly workspace: string
  readonly number: number
  readonly action: string
  readonly headSha: string
  readonly apiUrl: string
  readonly inputs: Record<string, string>
  readonly env?: Record<string, string>
  readonly merged?: boolean
}

/** Runs the bundled action in mode preview for one pull_request event. */
export function runPreview(run: PreviewRun): Promise<ActionRun> {
  return runAction({
    workspace: run.workspace,
    // GITHUB_SHA of a pull_request run is the merge commit; the artifact must name the head.
    sha: 'e'.repeat(40),
    eventName: 'pull_request',
    event: pullRequestPayload(
      run.number,
      run.action,
      run.headSha,
      run.merged === undefined ? {} : { merged: run.merged },
    ),
    env: {
      GITHUB_REF: `refs/pull/${run.number}/merge`,
      GITHUB_API_URL: run.apiUrl,
      GITHUB_RUN_ID: '4242',
      ...run.env,
    },
    inputs: { mode: 'preview', dir: 'config', 'github-token': GITHUB_TOKEN, ...run.inputs },
  })
}

/** Publishes the base branch the way a push to main does: tags the commit SHA and main. */
export function publishMain(workspace: string, image: string, sha: string): Promise<ActionRun> {
  return runAction({
    workspace,
    sha,
    eventName: 'push',
    event: {
      ref: 'refs/heads/main',
      head_commit: { id: sha, timestamp: '2026-11-20T10:00:00Z' },
      repository: { default_branch: 'main' },
    },
    env: { GITHUB_REF: 'refs/heads/main' },
    inputs: { dir: 'config', image, tags: 'main' },
  })
}

/** The HTTP status of a manifest (by tag or digest) in the registry: 200 or 404. */
export async function manifestStatus(
  reg: TestRegistry,
  repository: string,
  reference: string,
): Promise<number> {
  const response = await requestRegistry(reg, `/v2/${repository}/manifests/${reference}`, {
    method: 'HEAD',
    headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
  })
  return response.status
}

/** True when anything a run produced contains the secret, apart from the ::add-mask:: commands that hand it to the runner. */
export function leaks(run: ActionRun, secret: string): boolean {
  const stdout = run.stdout.replace(/^::add-mask::.*$/gm, '')
  return [stdout, run.stderr, run.summary, JSON.stringify(run.outputs)].some((text) => text.includes(secret))
}
