/**
 * `target.push(...items)` passes every item as an argument, which throws a
 * RangeError past about 100,000 items (a large source can have that many
 * findings or inherited copies); this appends without that limit.
 */

/** Appends items to target in place. */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) target.push(items[i]!)
}
