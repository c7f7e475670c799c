/** Median of a non-empty list. */
export function median(values: readonly number[]): number {
  if (values.length === 0) {
    return Number.NaN;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Rounds to `digits` decimals, keeping results.json readable. */
export function round(value: number, digits = 3): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** `a / b`, rounded; NaN when either side is missing. */
export function ratio(a: number, b: number, digits = 4): number {
  return b > 0 && Number.isFinite(a) ? round(a / b, digits) : Number.NaN;
}

/**
 * Runs `sides` in alternation for `repetitions` rounds, switching which side goes first each round so neither
 * always runs on a warmer (or more throttled) machine, and returns each side's measurements in run order.
 */
export async function alternate<K extends string>(
  repetitions: number,
  sides: readonly K[],
  measure: (side: K, repetition: number) => Promise<number>,
): Promise<Record<K, number[]>> {
  const samples = Object.fromEntries(sides.map((side) => [side, [] as number[]])) as Record<K, number[]>;
  for (let rep = 0; rep < repetitions; rep++) {
    const order = sides.map((_, i) => sides[(i + rep) % sides.length]);
    for (const side of order) {
      samples[side].push(await measure(side, rep));
    }
  }
  return samples;
}
