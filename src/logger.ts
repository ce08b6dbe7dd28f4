/**
 * The logging port the pipeline writes to. The action implements it with
 * @actions/core, the CLI with stderr, tests with a recorder (test/harness). The core never
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
