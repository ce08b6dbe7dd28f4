/**
 * The logging port the pipeline writes to. The action implements it with
 * @actions/core, the CLI with stderr, tests with a recorder. The core never
 * imports @actions/core itself.
 */
export interface Logger {
  info(message: string): void
  debug(message: string): void
  warning(message: string): void
  /** Runs fn inside a named, collapsible section (a core.group in the action). */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
}

/** A logger that drops everything: for library use and tests that do not look. */
export const NULL_LOGGER: Logger = {
  info: () => {},
  debug: () => {},
  warning: () => {},
  group: (_name, fn) => fn(),
}

/** A logger that keeps every line, for tests that assert on output. */
export class RecordingLogger implements Logger {
  readonly lines: string[] = []
  info(message: string): void {
    this.lines.push(`info: ${message}`)
  }
  debug(message: string): void {
    this.lines.push(`debug: ${message}`)
  }
  warning(message: string): void {
    this.lines.push(`warning: ${message}`)
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.lines.push(`group: ${name}`)
    return fn()
  }
}
