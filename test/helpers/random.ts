/**
 * A small deterministic generator for property tests, so that a failing case can be replayed from its seed.
 * Mulberry32: 32-bit integer arithmetic throughout (`Math.imul`), so no step loses precision in a double and every
 * value in [0, 1) is reachable.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}
