/** Small helpers shared by the benchmarks: timing, medians and interleaving. */

/** Milliseconds elapsed since `start` (from `process.hrtime.bigint()`). */
export function elapsedMs(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * `items` rotated by `round`, so that across rounds each item runs first, second and last equally
 * often and drift in machine load hits every item alike.
 */
export function rotate<T>(items: readonly T[], round: number): T[] {
  const shift = ((round % items.length) + items.length) % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}

export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Collects garbage between measurements when node runs with --expose-gc; otherwise a no-op. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
