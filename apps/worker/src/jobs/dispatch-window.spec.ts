import fc from 'fast-check';
import { DispatchWindow } from './dispatch-window.js';

describe('DispatchWindow: events enqueued at once count as handled in store order', () => {
  it('passes an event finished out of order only once the earlier ones finished', () => {
    const window = new DispatchWindow(4);
    window.start(5);
    window.start(7);
    window.start(8);
    expect(window.finish(7, ['score-7'])).toEqual([]);
    expect(window.finish(8, [])).toEqual([]);
    expect([window.handled, window.size]).toEqual([4, 3]);

    expect(window.finish(5, ['score-5', 'rank-t'])).toEqual([
      { jobId: 'score-5', position: 5 },
      { jobId: 'rank-t', position: 5 },
      { jobId: 'score-7', position: 7 },
    ]);
    expect([window.handled, window.size]).toEqual([8, 0]);
  });

  it('refuses to finish an event it did not start', () => {
    expect(() => new DispatchWindow(0).finish(3, [])).toThrow(/not started/);
  });

  it('in any finishing order: jobs come out in store order, and handled never passes an unfinished event', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 500 }), { minLength: 1, maxLength: 40 }).map((ps) => ps.sort((a, b) => a - b)),
        fc.infiniteStream(fc.nat()),
        (positions, picks) => {
          const window = new DispatchWindow(0);
          positions.forEach((p) => window.start(p));
          const unfinished = [...positions];
          const out: number[] = [];
          const pick = picks[Symbol.iterator]();
          while (unfinished.length > 0) {
            const [position] = unfinished.splice(pick.next().value % unfinished.length, 1);
            out.push(...window.finish(position, [`job-${position}`]).map((j) => j.position));
            const oldestUnfinished = Math.min(...unfinished);
            expect(window.handled).toBeLessThan(oldestUnfinished);
          }
          expect(out).toEqual(positions);
          expect(window.handled).toBe(positions.at(-1));
        },
      ),
    );
  });
});
