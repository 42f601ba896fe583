/** Percentile by nearest rank over unsorted samples (sorted in place). */
export function percentile(samples: number[], p: number): number {
  if (!samples.length) return NaN;
  samples.sort((a, b) => a - b);
  const rank = Math.min(samples.length - 1, Math.max(0, Math.ceil((p / 100) * samples.length) - 1));
  return samples[rank];
}

export function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
