import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/**
 * The order in which entries receive competitor numbers 1..n: a Fisher–Yates shuffle of the
 * entry ids (sorted first, so the input order does not matter) driven by a PRNG seeded from the
 * seed text. Anyone with the seed and the confirmed list gets the same order.
 */
export function drawOrder(seed: string, entryIds: readonly string[]): string[] {
  const order = [...new Set(entryIds)].sort();
  const rng = xoroshiro128plus(seedNumber(seed));
  for (let i = order.length - 1; i > 0; i--) {
    const j = uniformInt(rng, 0, i);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/** FNV-1a over the UTF-16 code units: a stable 32-bit number for a seed text. */
function seedNumber(seed: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}
