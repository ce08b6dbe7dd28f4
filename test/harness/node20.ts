import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { promisify } from 'node:util'

const run = promisify(execFile)
/** Where the machine's own Node 20 lives (npm scripts put the node@24 dev dependency first on PATH). */
const NODE20_CANDIDATES = ['/usr/local/bin/node', '/usr/bin/node']

/** The path of the machine's Node 20; an error when there is none (the CLI must keep working there). */
export async function findNode20(): Promise<string> {
  for (const candidate of NODE20_CANDIDATES) {
    if (!existsSync(candidate)) continue
    const { stdout } = await run(candidate, ['--version'])
    if (stdout.startsWith('v20.')) return candidate
  }
  throw new Error(`no Node 20 found at ${NODE20_CANDIDATES.join(' or ')}: the CLI must keep working there`)
}
