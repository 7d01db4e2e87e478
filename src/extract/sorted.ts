// Binary search over the lists the extractor keeps sorted by position: spans, mentions,
// quotations.

/**
 * The first index whose item is not `before` the point sought. The list must be
 * partitioned: every item for which `before` holds comes first.
 */
export function firstIndex<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether any of `spans` (sorted and disjoint [start, end) pairs) overlaps [start, end). */
export function overlapsAny(spans: readonly (readonly [number, number])[], start: number, end: number): boolean {
  const i = firstIndex(spans, (s) => s[1] <= start);
  return i < spans.length && spans[i]![0] < end;
}
