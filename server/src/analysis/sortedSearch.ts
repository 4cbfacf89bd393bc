/**
 * The number of leading items of a sorted array for which `before` holds, by binary search: `before` must be true for a
 * prefix of the array and false for the rest (tokens before an offset, sentences ending before it, …). It is the index
 * of the first item for which `before` is false, or `items.length`.
 */
export function partitionPoint<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
