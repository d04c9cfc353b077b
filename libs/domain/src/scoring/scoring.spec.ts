import { findAspect } from '../catalogue/trade.js';
import type { Aspect } from '../catalogue/catalogue.types.js';
import { cncTrade, markSubmitted, panelMarks, sheetOf, weldingTrade } from '../testing/fixtures.js';
import {
  fromHundredths,
  judgementAspectHundredths,
  judgementLevels,
  scoreAspect,
  scoreSheet,
  toHundredths,
  weightedTotal,
} from './scoring.js';

const aspect = (id: string, trade = cncTrade): Aspect => findAspect(trade, id)!;
const judgeMarks = (...levels: number[]) => levels.map((mark, i) => ({ judgeId: `j${i + 1}`, mark }));

describe('hundredths', () => {
  it('converts marks to integer hundredths and back', () => {
    expect(toHundredths(15.5)).toBe(1550);
    expect(toHundredths(0.29)).toBe(29); // 0.29 × 100 = 28.999999999999996
    expect(toHundredths(4.35)).toBe(435); // 4.35 × 100 = 434.99999999999994
    expect(fromHundredths(467)).toBe(4.67);
    expect(fromHundredths(0)).toBe(0);
  });
});

describe('judgement levels', () => {
  it('keeps every level (a copy) without the trimmed mean', () => {
    const levels = [3, 0, 2, 1, 3];
    const counted = judgementLevels(levels, false);
    expect(counted).toEqual([3, 0, 2, 1, 3]);
    expect(counted).not.toBe(levels);
  });

  it('drops one highest and one lowest level with the trimmed mean and 5 or more levels', () => {
    const levels = [3, 0, 2, 1, 3];
    expect(judgementLevels(levels, true)).toEqual([1, 2, 3]);
    expect(levels).toEqual([3, 0, 2, 1, 3]);
    expect(judgementLevels([0, 0, 1, 1, 3, 3, 3], true)).toEqual([0, 1, 1, 3, 3]);
  });

  it('does not trim fewer than 5 levels', () => {
    expect(judgementLevels([0, 3, 3], true)).toEqual([0, 3, 3]);
    expect(judgementLevels([0, 1, 2, 3], true)).toEqual([0, 1, 2, 3]);
  });
});

describe('judgement aspect mark = mean level ÷ 3 × max mark, in hundredths', () => {
  it.each([
    // levels, max, trimmed, hundredths — by hand: Σ × max in hundredths ÷ (3 × n), rounded
    [[2, 3, 2], 6, false, 467], // 7 × 600 / 9 = 466.67
    [[1, 2, 2], 30, false, 1667], // 5 × 3000 / 9 = 1666.67
    [[1, 1, 2], 18.5, false, 822], // 4 × 1850 / 9 = 822.22
    [[2, 2, 3], 18.5, false, 1439], // 7 × 1850 / 9 = 1438.89
    [[3, 3, 3], 30, false, 3000],
    [[0, 0, 0], 30, false, 0],
    [[0, 3, 3, 3, 1], 5, true, 389], // trimmed [1, 3, 3]: 7 × 500 / 9 = 388.89
    [[0, 3, 3, 3, 1], 5, false, 333], // 10 × 500 / 15 = 333.33
    [[2, 2, 3, 3, 3], 55, true, 4889], // trimmed [2, 3, 3]: 8 × 5500 / 9 = 4888.89
    [[3, 3, 3, 3, 0], 55, true, 5500], // trimmed [3, 3, 3]
    [[3, 3, 3, 3, 0], 55, false, 4400], // 12 × 5500 / 15
    [[1, 1, 1, 1, 2], 5, true, 167], // trimmed [1, 1, 1]: 3 × 500 / 9 = 166.67
    [[0, 1, 1, 2, 3, 3], 5, true, 292], // trimmed [1, 1, 2, 3]: 7 × 500 / 12 = 291.67
    [[0, 1, 1, 2, 3, 3], 5, false, 278], // 10 × 500 / 18 = 277.78
    [[0, 3, 3], 6, true, 400], // 3 levels: no trimming, 6 × 600 / 9
  ] as const)('levels %j on max %p (trimmed: %p) → %p hundredths', (levels, max, trimmed, expected) => {
    expect(judgementAspectHundredths(levels, max, trimmed)).toBe(expected);
  });

  it('rounds a half hundredth up', () => {
    expect(judgementAspectHundredths([0, 1], 0.15, false)).toBe(3); // 1 × 15 / 6 = 2.5
    expect(judgementAspectHundredths([0, 0, 1, 1, 1, 3], 0.02, true)).toBe(1); // trimmed [0, 1, 1, 1]: 3 × 2 / 12 = 0.5
  });
});

describe('scoreAspect', () => {
  it('leaves an aspect without marks unmarked, never 0', () => {
    expect(scoreAspect(aspect('m-length'), [], cncTrade)).toEqual({ aspectId: 'm-length', status: 'unmarked', mark: null });
    expect(scoreAspect(aspect('j-finish'), [], cncTrade)).toEqual({ aspectId: 'j-finish', status: 'unmarked', mark: null });
  });

  it('marks a measurement aspect with its one mark, 0 included', () => {
    expect(scoreAspect(aspect('m-length'), judgeMarks(12.25), cncTrade)).toEqual({ aspectId: 'm-length', status: 'marked', mark: 12.25 });
    expect(scoreAspect(aspect('m-length'), judgeMarks(0), cncTrade)).toEqual({ aspectId: 'm-length', status: 'marked', mark: 0 });
  });

  it('keeps a judgement aspect awaiting the panel, without revealing a mark, until all judges have marked', () => {
    expect(scoreAspect(aspect('j-safety'), judgeMarks(3), cncTrade)).toEqual({
      aspectId: 'j-safety',
      status: 'awaiting_panel',
      mark: null,
    });
    expect(scoreAspect(aspect('j-safety'), judgeMarks(3, 3), cncTrade)).toEqual({
      aspectId: 'j-safety',
      status: 'awaiting_panel',
      mark: null,
    });
    expect(scoreAspect(aspect('j-safety'), judgeMarks(2, 3, 2), cncTrade)).toEqual({ aspectId: 'j-safety', status: 'marked', mark: 4.67 });
  });

  it('waits for all 5 on a panel of 5, then uses the trimmed mean', () => {
    const spatter = aspect('j-spatter', weldingTrade);
    expect(scoreAspect(spatter, judgeMarks(0, 3, 3, 3), weldingTrade)).toEqual({
      aspectId: 'j-spatter',
      status: 'awaiting_panel',
      mark: null,
    });
    expect(scoreAspect(spatter, judgeMarks(0, 3, 3, 3, 1), weldingTrade)).toEqual({ aspectId: 'j-spatter', status: 'marked', mark: 3.89 });
  });
});

describe('scoreSheet', () => {
  const partial = [
    markSubmitted(cncTrade, 'm-diameter', 'trade-cnc-j1', 20),
    markSubmitted(cncTrade, 'm-length', 'trade-cnc-j2', 12.25),
    ...panelMarks(cncTrade, 'j-safety', [2, 3, 2]),
    ...panelMarks(cncTrade, 'j-finish', [1, 2, 2]),
    ...panelMarks(cncTrade, 'j-tidy', [3, 3]),
  ];

  it('sums only the marked aspects: 20 + 12.25 + 4.67 + 16.67 = 53.59', () => {
    expect(scoreSheet(cncTrade, sheetOf(partial).marks)).toEqual({
      aspects: [
        { aspectId: 'm-diameter', status: 'marked', mark: 20 },
        { aspectId: 'm-length', status: 'marked', mark: 12.25 },
        { aspectId: 'm-thread', status: 'unmarked', mark: null },
        { aspectId: 'j-safety', status: 'marked', mark: 4.67 },
        { aspectId: 'j-finish', status: 'marked', mark: 16.67 },
        { aspectId: 'j-tidy', status: 'awaiting_panel', mark: null },
      ],
      practical: 53.59,
      markedAspects: 4,
      totalAspects: 6,
    });
  });

  it('counts a measurement marked 0 as marked: 53.59 + 0 + 16.44 = 70.03', () => {
    const full = [...partial, markSubmitted(cncTrade, 'm-thread', 'trade-cnc-j3', 0), markSubmitted(cncTrade, 'j-tidy', 'trade-cnc-j3', 2)];
    const score = scoreSheet(cncTrade, sheetOf(full).marks);
    expect(score.aspects.find((a) => a.aspectId === 'm-thread')).toEqual({ aspectId: 'm-thread', status: 'marked', mark: 0 });
    // j-tidy [3, 3, 2]: 8 × 1850 / 9 = 1644.44
    expect(score.aspects.find((a) => a.aspectId === 'j-tidy')).toEqual({ aspectId: 'j-tidy', status: 'marked', mark: 16.44 });
    expect([score.practical, score.markedAspects, score.totalAspects]).toEqual([70.03, 6, 6]);
  });

  it('gives 100 for full marks everywhere', () => {
    const events = [
      markSubmitted(cncTrade, 'm-diameter', 'trade-cnc-j1', 20),
      markSubmitted(cncTrade, 'm-length', 'trade-cnc-j1', 15.5),
      markSubmitted(cncTrade, 'm-thread', 'trade-cnc-j1', 10),
      ...['j-safety', 'j-finish', 'j-tidy'].flatMap((id) => panelMarks(cncTrade, id, [3, 3, 3])),
    ];
    expect(scoreSheet(cncTrade, sheetOf(events).marks).practical).toBe(100);
  });

  it('adds in hundredths: 0.1 + 0.2 is 0.3, not 0.30000000000000004', () => {
    const events = [markSubmitted(cncTrade, 'm-diameter', 'trade-cnc-j1', 0.1), markSubmitted(cncTrade, 'm-length', 'trade-cnc-j1', 0.2)];
    expect(scoreSheet(cncTrade, sheetOf(events).marks).practical).toBe(0.3);
  });

  it('scores a trimmed panel of 5: 40 + 3.89 + 48.89 = 92.78', () => {
    const events = [
      markSubmitted(weldingTrade, 'm-bend', 'trade-weld-j1', 40),
      ...panelMarks(weldingTrade, 'j-spatter', [0, 3, 3, 3, 1]),
      ...panelMarks(weldingTrade, 'j-bead', [2, 2, 3, 3, 3]),
    ];
    const score = scoreSheet(weldingTrade, sheetOf(events).marks);
    expect(score.aspects.map((a) => a.mark)).toEqual([40, 3.89, 48.89]);
    expect(score.practical).toBe(92.78);
  });

  it('has every aspect unmarked and a practical of 0 for an empty sheet', () => {
    const score = scoreSheet(cncTrade, new Map());
    expect(score.aspects.every((a) => a.status === 'unmarked' && a.mark === null)).toBe(true);
    expect([score.practical, score.markedAspects, score.totalAspects]).toEqual([0, 0, 6]);
  });
});

describe('weightedTotal', () => {
  it.each([
    [80, 90, { theory: 30, practical: 70 }, 87], // 24 + 63
    [85.5, 53.59, { theory: 30, practical: 70 }, 63.16], // 25.65 + 37.513 = 63.163
    [73.33, 66.67, { theory: 20, practical: 80 }, 68], // 14.666 + 53.336 = 68.002
    [100, 100, { theory: 30, practical: 70 }, 100],
    [0.1, 0.2, { theory: 50, practical: 50 }, 0.15],
    [0, 0.05, { theory: 30, practical: 70 }, 0.04], // 0.035 rounded half up
  ] as const)('theory %p, practical %p, weights %j → %p', (theory, practical, weights, expected) => {
    expect(weightedTotal(theory, practical, weights)).toBe(expected);
  });

  it('counts an unknown theory score as nothing yet: the practical share only', () => {
    expect(weightedTotal(null, 53.59, { theory: 30, practical: 70 })).toBe(37.51); // 37.513
    expect(weightedTotal(null, 100, { theory: 20, practical: 80 })).toBe(80);
    expect(weightedTotal(null, 92.78, { theory: 20, practical: 80 })).toBe(74.22); // 74.224
  });
});
