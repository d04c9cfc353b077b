import fc from 'fast-check';
import {
  DrawRandom,
  drawCommitment,
  drawList,
  drawLots,
  drawOrder,
  isCommitment,
  sessionSize,
  sha256Hex,
  verifyDraw,
  type PublishedDraw,
} from './draw.js';

/** A published draw made the way the trade decider makes it. */
const published = (seed: string, ids: readonly string[], workstations?: number): PublishedDraw => ({
  commitment: drawCommitment(seed),
  seed,
  confirmedEntryIds: drawList(ids),
  assignments: drawLots(seed, ids, workstations),
});

const entryIds = fc.uniqueArray(fc.stringMatching(/^e[A-Za-z0-9_-]{1,22}$/), { minLength: 1, maxLength: 80 });
const workstationCount = fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined });

describe('verifiable lots', () => {
  describe('the commitment', () => {
    it('is the SHA-256 of the seed in lowercase hex (FIPS 180-2 test vectors)', () => {
      expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
      expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
      expect(drawCommitment('abc')).toBe(sha256Hex('abc'));
    });

    it('hashes the UTF-8 bytes of the seed', () => {
      // printf '%s' '匠心' | sha256sum
      expect(drawCommitment('匠心')).toBe('dbbfe7535e4600eedd0cbaa3371d70efa95e5e823bde1a5de52bf73a61cea1d0');
    });

    it('recognises 64 lowercase hex digits only', () => {
      expect(isCommitment(drawCommitment('x'))).toBe(true);
      expect(isCommitment(drawCommitment('x').toUpperCase())).toBe(false);
      expect(isCommitment('abc')).toBe(false);
    });
  });

  describe('the draw (jiangxin-draw-v1)', () => {
    it('gives the documented order for a fixed seed (a vector for re-implementations)', () => {
      expect(drawOrder('jiangxin', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'])).toEqual([
        'i',
        'd',
        'e',
        'a',
        'b',
        'j',
        'f',
        'h',
        'c',
        'g',
      ]);
      expect(drawLots('2026-trade-cnc', ['entry-c', 'entry-a', 'entry-e', 'entry-b', 'entry-d'], 2)).toEqual([
        { entryId: 'entry-d', competitorNumber: 1, session: 1, workstation: 1 },
        { entryId: 'entry-c', competitorNumber: 2, session: 1, workstation: 2 },
        { entryId: 'entry-e', competitorNumber: 3, session: 2, workstation: 1 },
        { entryId: 'entry-a', competitorNumber: 4, session: 2, workstation: 2 },
        { entryId: 'entry-b', competitorNumber: 5, session: 3, workstation: 1 },
      ]);
    });

    it('reads 32-bit big-endian words from SHA-256("jiangxin-draw-v1:<seed>:<k>"), eight per block', () => {
      const random = new DrawRandom('s');
      const words = Array.from({ length: 9 }, () => random.nextWord());
      const block0 = sha256Hex('jiangxin-draw-v1:s:0');
      const block1 = sha256Hex('jiangxin-draw-v1:s:1');
      expect(words.slice(0, 8)).toEqual(Array.from({ length: 8 }, (_, i) => parseInt(block0.slice(i * 8, i * 8 + 8), 16)));
      expect(words[8]).toBe(parseInt(block1.slice(0, 8), 16));
    });

    it('draws uniform integers below m by rejecting the words at or above 2^32 − 2^32 mod m', () => {
      // The same stream read word by word, with the rule applied by hand.
      const words = new DrawRandom('uniform');
      const random = new DrawRandom('uniform');
      for (const m of [1, 2, 3, 7, 10, 60, 2 ** 31 + 1, 2 ** 32]) {
        const limit = 2 ** 32 - (2 ** 32 % m);
        let word = words.nextWord();
        while (word >= limit) word = words.nextWord();
        expect(random.below(m)).toBe(word % m);
      }
      expect(() => random.below(0)).toThrow(RangeError);
      expect(() => random.below(1.5)).toThrow(RangeError);
    });

    it('is a permutation: numbers 1..n, every entry once, whatever the seed', () => {
      fc.assert(
        fc.property(fc.string(), entryIds, workstationCount, (seed, ids, workstations) => {
          const assignments = drawLots(seed, ids, workstations);
          expect(assignments.map((a) => a.competitorNumber)).toEqual(ids.map((_, i) => i + 1));
          expect(assignments.map((a) => a.entryId).sort()).toEqual([...ids].sort());
        }),
      );
    });

    it('gives valid slots: sessions filled in order, W workstations each, no slot twice', () => {
      fc.assert(
        fc.property(fc.string(), entryIds, workstationCount, (seed, ids, workstations) => {
          const assignments = drawLots(seed, ids, workstations);
          const perSession = workstations === undefined ? ids.length : Math.min(workstations, ids.length);
          const sessions = Math.ceil(ids.length / perSession);
          const slots = new Set<string>();
          for (const a of assignments) {
            expect(a.session).toBeGreaterThanOrEqual(1);
            expect(a.session).toBeLessThanOrEqual(sessions);
            expect(a.workstation).toBeGreaterThanOrEqual(1);
            expect(a.workstation).toBeLessThanOrEqual(perSession);
            expect((a.session - 1) * perSession + a.workstation).toBe(a.competitorNumber);
            slots.add(`${a.session}/${a.workstation}`);
          }
          expect(slots.size).toBe(ids.length);
          if (workstations === undefined) expect(new Set(assignments.map((a) => a.session))).toEqual(new Set([1]));
        }),
      );
    });

    it('does not depend on the order of the confirmed list, nor on repeats in it', () => {
      fc.assert(
        fc.property(fc.string(), entryIds, workstationCount, fc.integer(), (seed, ids, workstations, salt) => {
          const shuffled = [...ids].sort((a, b) => hash(a + salt) - hash(b + salt));
          const repeated = [...shuffled, ...ids.slice(0, 3)];
          expect(drawLots(seed, repeated, workstations)).toEqual(drawLots(seed, ids, workstations));
        }),
      );
    });

    it('depends on the seed', () => {
      const ids = Array.from({ length: 30 }, (_, i) => `e${i}`);
      const orders = new Set(['a', 'b', 'c', 'd', 'e'].map((seed) => drawOrder(seed, ids).join()));
      expect(orders.size).toBe(5);
    });

    it('gives every entry every number about equally often (no bias toward the sorted order)', () => {
      const ids = ['e0', 'e1', 'e2', 'e3'];
      const counts = ids.map(() => [0, 0, 0, 0]);
      const runs = 4000;
      for (let run = 0; run < runs; run++) {
        drawOrder(`seed-${run}`, ids).forEach((id, position) => counts[ids.indexOf(id)][position]++);
      }
      for (const row of counts) for (const count of row) expect(Math.abs(count - runs / 4)).toBeLessThan(120); // ≈ 4.4 σ
    });

    it('counts one session when no workstations are named, and never fewer than one seat', () => {
      expect(sessionSize(7)).toBe(7);
      expect(sessionSize(7, 3)).toBe(3);
      expect(sessionSize(2, 10)).toBe(2);
      expect(sessionSize(0)).toBe(1);
    });
  });

  describe('verifyDraw', () => {
    const ids = ['eA', 'eB', 'eC', 'eD', 'eE', 'eF', 'eG'];
    const good = published('a long random seed', ids, 3);

    it('accepts a draw re-run from its seed', () => {
      expect(verifyDraw(good, 3)).toEqual({ ok: true });
      fc.assert(fc.property(fc.string(), entryIds, workstationCount, (seed, list, w) => verifyDraw(published(seed, list, w), w).ok));
    });

    it('reports a seed that does not hash to the commitment', () => {
      const result = verifyDraw({ ...good, commitment: drawCommitment('another seed') }, 3);
      expect(result).toEqual({
        ok: false,
        difference: expect.stringContaining(`SHA-256 of the seed is ${drawCommitment('a long random seed')}`),
      });
    });

    it('reports the first assignment that differs', () => {
      const swapped = good.assignments.map((a) =>
        a.competitorNumber === 2
          ? { ...a, entryId: good.assignments[2].entryId }
          : a.competitorNumber === 3
            ? { ...a, entryId: good.assignments[1].entryId }
            : a,
      );
      expect(verifyDraw({ ...good, assignments: swapped }, 3)).toEqual({
        ok: false,
        difference: expect.stringMatching(/^Competitor 2: published #2 \S+ session 1 workstation 2, the draw gives #2 /),
      });
      const moved = good.assignments.map((a) => (a.competitorNumber === 5 ? { ...a, workstation: 3 } : a));
      expect(verifyDraw({ ...good, assignments: moved }, 3)).toEqual({ ok: false, difference: expect.stringContaining('Competitor 5:') });
    });

    it('reports slots for another number of workstations', () => {
      expect(verifyDraw(good, 4)).toMatchObject({ ok: false, difference: expect.stringContaining('Competitor 4:') });
      expect(verifyDraw(good)).toMatchObject({ ok: false });
    });

    it('reports a missing, an extra or an unlisted competitor', () => {
      expect(verifyDraw({ ...good, assignments: good.assignments.slice(0, -1) }, 3)).toEqual({
        ok: false,
        difference: expect.stringContaining('Competitor 7 ('),
      });
      expect(
        verifyDraw({ ...good, assignments: [...good.assignments, { entryId: 'eZ', competitorNumber: 8, session: 3, workstation: 2 }] }, 3),
      ).toEqual({
        ok: false,
        difference: expect.stringContaining('Competitor 8 (eZ) is published, but the draw gives only 7'),
      });
      expect(verifyDraw({ ...good, confirmedEntryIds: [...good.confirmedEntryIds].reverse() }, 3)).toEqual({
        ok: false,
        difference: expect.stringContaining('not sorted'),
      });
      // A list with one entry left out gives another draw.
      expect(verifyDraw({ ...good, confirmedEntryIds: good.confirmedEntryIds.slice(1) }, 3)).toMatchObject({ ok: false });
    });
  });
});

/** A small stable hash, to shuffle lists in the properties. */
function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x9e3779b1);
  return h;
}
