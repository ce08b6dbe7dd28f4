import type { Logger } from '../../src/logger.ts'

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
