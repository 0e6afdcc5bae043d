/** Nearest rank, so every figure reported is a time that was measured: for 24 times, p99 is the slowest. */
export function percentile(times: number[], p: number): number {
  if (times.length === 0) return Number.NaN;
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}

/** Median and p99 in milliseconds, rounded to what a table shows. */
export function latencySummary(times: number[]) {
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return { p50Ms: round(percentile(times, 0.5)), p99Ms: round(percentile(times, 0.99)) };
}
