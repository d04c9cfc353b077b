import { findAspect } from '../catalogue/trade.js';
import type { Aspect } from '../catalogue/catalogue.types.js';
import { cncTrade, markSubmitted, panelMarks, sheetOf, weldingTrade } from '../testing/fixtures.js';
import { exactText, fromDecimal, parseExact, ratio, roundHalfUp } from './exact.js';
import { judgementAspectMark, judgementLevels, scoreAspect, scoreSheet, weightedTotal } from './scoring.js';

const aspect = (id: string, trade = cncTrade): Aspect => findAspect(trade, id)!;
const judgeMarks = (...levels: number[]) => levels.map((mark, i) => ({ judgeId: `j${i + 1}`, mark }));

describe('exact values', () => {
  it('reads figures with two decimals exactly, and rounds half up only for the figure shown', () => {
    expect(exactText(fromDecimal(0.29))).toBe('29/100'); // 0.29 × 100 = 28.999999999999996
    expect(exactText(fromDecimal(4.35))).toBe('87/20');
    expect(exactText(fromDecimal(15.5))).toBe('31/2');
    expect(roundHalfUp(ratio(2, 3))).toBe(0.67);
    expect(roundHalfUp(ratio(1, 200))).toBe(0.01); // 0.005: half up
    expect(roundHalfUp(ratio(2_469, 200))).toBe(12.35); // 12.345
    expect(roundHalfUp(ratio(1, 3))).toBe(0.33);
  });

  it('writes and reads "numerator/denominator" in lowest terms', () => {
    expect(exactText(ratio(322, 6))).toBe('161/3');
    expect(exactText(ratio(20, 1))).toBe('20/1');
    expect(parseExact('161/3').equals(ratio(161, 3))).toBe(true);
    expect(() => parseExact('53.67')).toThrow(RangeError);
    expect(() => parseExact('1/0')).toThrow(RangeError);
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

describe('judgement aspect mark = mean level ÷ 3 × max mark, exactly', () => {
  it.each([
    // levels, max, trimmed, exact, shown — by hand: Σ levels × max ÷ (3 × n)
    [[2, 3, 2], 6, false, '14/3', 4.67], // 7 × 6 / 9
    [[1, 2, 2], 30, false, '50/3', 16.67], // 5 × 30 / 9
    [[1, 1, 2], 18.5, false, '74/9', 8.22], // 4 × 18.5 / 9
    [[2, 2, 3], 18.5, false, '259/18', 14.39], // 7 × 18.5 / 9 = 14.388…
    [[3, 3, 3], 30, false, '30/1', 30],
    [[0, 0, 0], 30, false, '0/1', 0],
    [[0, 3, 3, 3, 1], 5, true, '35/9', 3.89], // trimmed [1, 3, 3]: 7 × 5 / 9
    [[0, 3, 3, 3, 1], 5, false, '10/3', 3.33], // 10 × 5 / 15
    [[2, 2, 3, 3, 3], 55, true, '440/9', 48.89], // trimmed [2, 3, 3]: 8 × 55 / 9
    [[3, 3, 3, 3, 0], 55, true, '55/1', 55], // trimmed [3, 3, 3]
    [[3, 3, 3, 3, 0], 55, false, '44/1', 44], // 12 × 55 / 15
    [[1, 1, 1, 1, 2], 5, true, '5/3', 1.67], // trimmed [1, 1, 1]: 3 × 5 / 9
    [[0, 1, 1, 2, 3, 3], 5, true, '35/12', 2.92], // trimmed [1, 1, 2, 3]: 7 × 5 / 12
    [[0, 1, 1, 2, 3, 3], 5, false, '25/9', 2.78], // 10 × 5 / 18
    [[0, 3, 3], 6, true, '4/1', 4], // 3 levels: no trimming, 6 × 6 / 9
    [[0, 1], 0.15, false, '1/40', 0.03], // 0.025: shown rounded half up
    [[0, 0, 1, 1, 1, 3], 0.02, true, '1/200', 0.01], // trimmed [0, 1, 1, 1]: 3 × 0.02 / 12 = 0.005
  ] as const)('levels %j on max %p (trimmed: %p) → %s, shown %p', (levels, max, trimmed, exact, shown) => {
    const mark = judgementAspectMark(levels, max, trimmed);
    expect(exactText(mark)).toBe(exact);
    expect(roundHalfUp(mark)).toBe(shown);
  });
});

describe('scoreAspect', () => {
  it('leaves an aspect without marks unmarked, never 0', () => {
    expect(scoreAspect(aspect('m-length'), [], cncTrade)).toEqual({ aspectId: 'm-length', status: 'unmarked', mark: null, exact: null });
    expect(scoreAspect(aspect('j-finish'), [], cncTrade)).toEqual({ aspectId: 'j-finish', status: 'unmarked', mark: null, exact: null });
  });

  it('marks a measurement aspect with its one mark, 0 included', () => {
    expect(scoreAspect(aspect('m-length'), judgeMarks(12.25), cncTrade)).toEqual({
      aspectId: 'm-length',
      status: 'marked',
      mark: 12.25,
      exact: '49/4',
    });
    expect(scoreAspect(aspect('m-length'), judgeMarks(0), cncTrade)).toEqual({
      aspectId: 'm-length',
      status: 'marked',
      mark: 0,
      exact: '0/1',
    });
  });

  it('keeps a judgement aspect awaiting the panel, without revealing a mark, until all judges have marked', () => {
    expect(scoreAspect(aspect('j-safety'), judgeMarks(3), cncTrade)).toEqual({
      aspectId: 'j-safety',
      status: 'awaiting_panel',
      mark: null,
      exact: null,
    });
    expect(scoreAspect(aspect('j-safety'), judgeMarks(3, 3), cncTrade)).toEqual({
      aspectId: 'j-safety',
      status: 'awaiting_panel',
      mark: null,
      exact: null,
    });
    expect(scoreAspect(aspect('j-safety'), judgeMarks(2, 3, 2), cncTrade)).toEqual({
      aspectId: 'j-safety',
      status: 'marked',
      mark: 4.67,
      exact: '14/3',
    });
  });

  it('waits for all 5 on a panel of 5, then uses the trimmed mean', () => {
    const spatter = aspect('j-spatter', weldingTrade);
    expect(scoreAspect(spatter, judgeMarks(0, 3, 3, 3), weldingTrade)).toEqual({
      aspectId: 'j-spatter',
      status: 'awaiting_panel',
      mark: null,
      exact: null,
    });
    expect(scoreAspect(spatter, judgeMarks(0, 3, 3, 3, 1), weldingTrade)).toEqual({
      aspectId: 'j-spatter',
      status: 'marked',
      mark: 3.89,
      exact: '35/9',
    });
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

  it('sums only the marked aspects exactly: 20 + 12.25 + 14/3 + 50/3 = 643/12, shown 53.58 (not 4.67 + 16.67 rounded first: 53.59)', () => {
    const score = scoreSheet(cncTrade, sheetOf(partial).marks);
    expect(score.aspects).toEqual([
      { aspectId: 'm-diameter', status: 'marked', mark: 20, exact: '20/1' },
      { aspectId: 'm-length', status: 'marked', mark: 12.25, exact: '49/4' },
      { aspectId: 'm-thread', status: 'unmarked', mark: null, exact: null },
      { aspectId: 'j-safety', status: 'marked', mark: 4.67, exact: '14/3' },
      { aspectId: 'j-finish', status: 'marked', mark: 16.67, exact: '50/3' },
      { aspectId: 'j-tidy', status: 'awaiting_panel', mark: null, exact: null },
    ]);
    expect(exactText(score.practical)).toBe('643/12');
    expect(roundHalfUp(score.practical)).toBe(53.58);
    expect([score.markedAspects, score.totalAspects]).toEqual([4, 6]);
  });

  it('gives each module the exact sum of its marked aspects and its max mark', () => {
    expect(scoreSheet(cncTrade, sheetOf(partial).marks).modules).toEqual([
      { moduleId: 'sc-dimensions', maxMark: 45.5, mark: 32.25, exact: '129/4', markedAspects: 2, totalAspects: 3 },
      { moduleId: 'sc-workmanship', maxMark: 54.5, mark: 21.33, exact: '64/3', markedAspects: 2, totalAspects: 3 },
    ]);
  });

  it('counts a measurement marked 0 as marked: 643/12 + 0 + 148/9 = 2521/36, shown 70.03', () => {
    const full = [...partial, markSubmitted(cncTrade, 'm-thread', 'trade-cnc-j3', 0), markSubmitted(cncTrade, 'j-tidy', 'trade-cnc-j3', 2)];
    const score = scoreSheet(cncTrade, sheetOf(full).marks);
    expect(score.aspects.find((a) => a.aspectId === 'm-thread')).toEqual({ aspectId: 'm-thread', status: 'marked', mark: 0, exact: '0/1' });
    // j-tidy [3, 3, 2]: 8 × 18.5 / 9
    expect(score.aspects.find((a) => a.aspectId === 'j-tidy')).toEqual({
      aspectId: 'j-tidy',
      status: 'marked',
      mark: 16.44,
      exact: '148/9',
    });
    expect([exactText(score.practical), score.markedAspects, score.totalAspects]).toEqual(['2521/36', 6, 6]);
  });

  it('gives 100 for full marks everywhere', () => {
    const events = [
      markSubmitted(cncTrade, 'm-diameter', 'trade-cnc-j1', 20),
      markSubmitted(cncTrade, 'm-length', 'trade-cnc-j1', 15.5),
      markSubmitted(cncTrade, 'm-thread', 'trade-cnc-j1', 10),
      ...['j-safety', 'j-finish', 'j-tidy'].flatMap((id) => panelMarks(cncTrade, id, [3, 3, 3])),
    ];
    expect(exactText(scoreSheet(cncTrade, sheetOf(events).marks).practical)).toBe('100/1');
  });

  it('adds exactly: 0.1 + 0.2 is 3/10, not 0.30000000000000004', () => {
    const events = [markSubmitted(cncTrade, 'm-diameter', 'trade-cnc-j1', 0.1), markSubmitted(cncTrade, 'm-length', 'trade-cnc-j1', 0.2)];
    expect(exactText(scoreSheet(cncTrade, sheetOf(events).marks).practical)).toBe('3/10');
  });

  it('scores a trimmed panel of 5: 40 + 35/9 + 440/9 = 835/9, shown 92.78', () => {
    const events = [
      markSubmitted(weldingTrade, 'm-bend', 'trade-weld-j1', 40),
      ...panelMarks(weldingTrade, 'j-spatter', [0, 3, 3, 3, 1]),
      ...panelMarks(weldingTrade, 'j-bead', [2, 2, 3, 3, 3]),
    ];
    const score = scoreSheet(weldingTrade, sheetOf(events).marks);
    expect(score.aspects.map((a) => a.mark)).toEqual([40, 3.89, 48.89]);
    expect(exactText(score.practical)).toBe('835/9');
    expect(roundHalfUp(score.practical)).toBe(92.78);
  });

  it('has every aspect unmarked and a practical of 0 for an empty sheet', () => {
    const score = scoreSheet(cncTrade, new Map());
    expect(score.aspects.every((a) => a.status === 'unmarked' && a.mark === null)).toBe(true);
    expect([exactText(score.practical), score.markedAspects, score.totalAspects]).toEqual(['0/1', 0, 6]);
  });
});

describe('weightedTotal', () => {
  it.each([
    ['80/1', '90/1', { theory: 30, practical: 70 }, '87/1', 87], // 24 + 63
    ['171/2', '643/12', { theory: 30, practical: 70 }, '7579/120', 63.16], // 25.65 + 37.508…3 = 63.158…3
    ['220/3', '200/3', { theory: 20, practical: 80 }, '68/1', 68], // 44/3 + 160/3
    ['100/1', '100/1', { theory: 30, practical: 70 }, '100/1', 100],
    ['1/10', '1/5', { theory: 50, practical: 50 }, '3/20', 0.15],
    ['0/1', '1/20', { theory: 30, practical: 70 }, '7/200', 0.04], // 0.035 shown rounded half up
  ] as const)('theory %s, practical %s, weights %j → %s, shown %p', (theory, practical, weights, exact, shown) => {
    const total = weightedTotal(parseExact(theory), parseExact(practical), weights);
    expect(exactText(total)).toBe(exact);
    expect(roundHalfUp(total)).toBe(shown);
  });

  it('counts an unknown theory score as nothing yet: the practical share only', () => {
    expect(exactText(weightedTotal(null, ratio(643, 12), { theory: 30, practical: 70 }))).toBe('4501/120'); // 37.508…
    expect(exactText(weightedTotal(null, ratio(100, 1), { theory: 20, practical: 80 }))).toBe('80/1');
    expect(roundHalfUp(weightedTotal(null, ratio(835, 9), { theory: 20, practical: 80 }))).toBe(74.22); // 74.222…
  });
});
