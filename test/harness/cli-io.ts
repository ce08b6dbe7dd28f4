import { runCli, type CliIo } from '../../src/cli/run-cli.ts'

/** The result of one in-process CLI run. */
export interface CliRun {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/** Runs the CLI in-process with captured output and the given stdin and environment. */
export async function runCliCaptured(
  argv: string[],
  options: { stdin?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    stdout: (text) => {
      stdout += text
    },
    stderr: (text) => {
      stderr += text
    },
    readStdin: async () => options.stdin ?? '',
    env: options.env ?? { PATH: process.env['PATH'] ?? '' },
  }
  const code = await runCli(argv, io)
  return { code, stdout, stderr }
}
