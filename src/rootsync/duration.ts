import { InputError } from '../errors.ts'

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }

/**
 * A duration as Go and kubectl write them ("90s", "5m", "1h30m", "250ms"),
 * or a bare number of seconds ("300"). Returns milliseconds; throws an
 * InputError naming the input for anything else, zero or negative.
 */
export function parseDuration(text: string, inputName: string): number {
  const value = text.trim()
  const fail = (): never => {
    throw new InputError(`${inputName} is "${text}", expected a duration`, {
      hint: `e.g. ${inputName}: 5m (or 300s, 1h30m, 300)`,
    })
  }
  if (/^\d+$/.test(value)) return positive(Number(value) * 1000, fail)
  if (!/^(\d+(\.\d+)?(ms|s|m|h))+$/.test(value)) fail()
  let total = 0
  for (const [, amount, , unit] of value.matchAll(/(\d+(\.\d+)?)(ms|s|m|h)/g))
    total += Number(amount) * UNIT_MS[unit!]!
  return positive(Math.round(total), fail)
}

function positive(ms: number, fail: () => never): number {
  return ms > 0 && Number.isFinite(ms) ? ms : fail()
}

/** "5m", "90s", "1.5s": a duration for messages. */
export function formatDuration(ms: number): string {
  if (ms >= 60_000 && ms % 60_000 === 0) return `${ms / 60_000}m`
  if (ms >= 1000 && ms % 1000 === 0) return `${ms / 1000}s`
  return `${Math.round(ms / 100) / 10}s`
}
