/**
 * Two witnesses that a secret never reaches a command line: a git shim that
 * records its own argv before exec'ing the real git, and a poller that reads
 * /proc/*\/cmdline of every process (git's children too: git-remote-http,
 * index-pack …) while a write-back runs.
 */
import { chmod, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/** Installs `<dir>/git`, which appends its NUL-separated argv to `<dir>/argv.log` and execs the real git. */
export async function installGitShim(
  dir: string,
  realGit = '/usr/bin/git',
): Promise<{ log: string; readLog: () => Promise<string[][]> }> {
  const log = join(dir, 'argv.log')
  await writeFile(log, '')
  const script = `#!/bin/sh\n{ for a in "$@"; do printf '%s\\037' "$a"; done; printf '\\n'; } >> '${log}'\nexec '${realGit}' "$@"\n`
  await writeFile(join(dir, 'git'), script)
  await chmod(join(dir, 'git'), 0o755)
  return {
    log,
    readLog: async () =>
      (await readFile(log, 'utf8'))
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => line.split('\x1f').slice(0, -1)),
  }
}

/** What the /proc poller saw. */
export interface ProcessWatch {
  /** Command lines that contained a secret (should stay empty). */
  readonly leaks: string[]
  /** Distinct git command lines seen, to prove the poller was looking. */
  readonly gitCommands: Set<string>
  stop(): Promise<number>
}

/** Polls every process's command line until stopped; returns the number of scans from stop(). */
export function watchProcesses(secrets: readonly string[]): ProcessWatch {
  const leaks: string[] = []
  const gitCommands = new Set<string>()
  let running = true
  let scans = 0
  const loop = (async () => {
    while (running) {
      scans++
      const pids = (await readdir('/proc').catch(() => [] as string[])).filter((name) => /^\d+$/.test(name))
      await Promise.all(
        pids.map(async (pid) => {
          const cmdline = (await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => ''))
            .split('\0')
            .join(' ')
            .trim()
          if (cmdline === '') return
          if (/(^|\/)git(-[a-z-]+)?( |$)/.test(cmdline)) gitCommands.add(cmdline)
          if (secrets.some((secret) => cmdline.includes(secret))) leaks.push(cmdline)
        }),
      )
      await new Promise((resolve) => setTimeout(resolve, 2))
    }
  })()
  return {
    leaks,
    gitCommands,
    stop: async () => {
      running = false
      await loop
      return scans
    },
  }
}
