/** Small helpers for benchmarks: timing, percentiles, a printed table row. */
export function percentile(sortedMilliseconds: readonly number[], fraction: number): number {
  if (sortedMilliseconds.length === 0) return Number.NaN;
  const index = Math.min(sortedMilliseconds.length - 1, Math.ceil(fraction * sortedMilliseconds.length) - 1);
  return sortedMilliseconds[Math.max(0, index)] as number;
}

export async function timeRepeatedly(
  times: number,
  work: () => Promise<unknown>,
): Promise<{ p50: number; p95: number; max: number; first: number }> {
  const samples: number[] = [];
  for (let round = 0; round < times; round += 1) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  const first = samples[0] as number;
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 0.5), p95: percentile(samples, 0.95), max: samples[samples.length - 1] as number, first };
}

export function report(name: string, figures: Record<string, number | string>): void {
  const text = Object.entries(figures)
    .map(([key, value]) => `${key}=${typeof value === 'number' ? round(value) : value}`)
    .join('  ');
  process.stdout.write(`${name.padEnd(34)} ${text}\n`);
}

function round(value: number): string {
  if (Number.isInteger(value) || value >= 100) return value.toFixed(0);
  return value.toFixed(1);
}
