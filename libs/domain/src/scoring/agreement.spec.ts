import fc from 'fast-check';
import { judgeAgreement, type JudgeLevel, type PanelAspectMarks } from './agreement.js';

/** A round from levels: judge j1 gave the first, j2 the second, … */
const round = (...levels: number[]): JudgeLevel[] => levels.map((mark, i) => ({ judgeId: `j${i + 1}`, mark }));
const sheet = (competitorNumber: number, aspectId: string, ...rounds: JudgeLevel[][]): PanelAspectMarks => ({
  competitorNumber,
  aspectId,
  rounds,
});

describe('judgeAgreement', () => {
  describe('given a panel of 3 on two aspects, with a re-mark, a pending re-mark and an incomplete panel', () => {
    const marks = [
      sheet(1, 'j-finish', round(2, 3, 2)), // spread 1
      sheet(2, 'j-finish', round(0, 3, 2), round(1, 2, 2)), // spread 3 → re-marked, spread 1
      sheet(3, 'j-finish', round(3, 3)), // the third judge has not marked: not counted
      sheet(1, 'j-tidy', round(0, 3, 3), round(1)), // spread 3, its re-mark not complete yet
    ];
    const report = judgeAgreement(marks, 3);

    it('when analysed, then per aspect: sheets with a complete round, flagged sheets, re-marks and spreads of complete rounds', () => {
      expect(report.aspects).toEqual([
        { aspectId: 'j-finish', sheets: 2, flagged: 1, remarks: 1, meanSpread: 1.67, maxSpread: 3 }, // spreads 1, 3, 1
        { aspectId: 'j-tidy', sheets: 1, flagged: 1, remarks: 0, meanSpread: 3, maxSpread: 3 },
      ]);
      expect(report.flagged).toBe(2);
      expect(report.remarks).toBe(1);
    });

    it('then per judge, over the final complete rounds: marks, leniency against the panel mean and outliers', () => {
      // final rounds (2, 3, 2), (1, 2, 2), (0, 3, 3): means 7/3, 5/3, 2
      expect(report.judges).toEqual([
        { judgeId: 'j1', marks: 3, leniency: -1, outliers: 1 }, // (−1/3 − 2/3 − 2) / 3; 0 is 2 below the mean 2
        { judgeId: 'j2', marks: 3, leniency: 0.67, outliers: 0 }, // (2/3 + 1/3 + 1) / 3
        { judgeId: 'j3', marks: 3, leniency: 0.33, outliers: 0 }, // (−1/3 + 1/3 + 1) / 3; 3 is exactly 1 above: no outlier
      ]);
    });

    it('when no panel size is given, then every round given counts as complete', () => {
      const all = judgeAgreement(marks);
      expect(all.aspects).toEqual([
        { aspectId: 'j-finish', sheets: 3, flagged: 1, remarks: 1, meanSpread: 1.25, maxSpread: 3 }, // spreads 1, 3, 1, 0
        { aspectId: 'j-tidy', sheets: 1, flagged: 1, remarks: 1, meanSpread: 1.5, maxSpread: 3 }, // spreads 3, 0
      ]);
    });
  });

  it('given panels of 3 and 5, then leniency is the exact mean of the deviations, rounded to two decimals', () => {
    const report = judgeAgreement([sheet(1, 'a', round(2, 3, 2)), sheet(1, 'b', round(3, 3, 3, 3, 1))]);
    // j1: (2 − 7/3) + (3 − 13/5) = −1/3 + 2/5 = 1/15 over 2 marks = 0.0333…; j5: 1 − 2.6 = −1.6 → outlier
    expect(report.judges).toEqual([
      { judgeId: 'j1', marks: 2, leniency: 0.03, outliers: 0 },
      { judgeId: 'j2', marks: 2, leniency: 0.53, outliers: 0 }, // (2/3 + 2/5) / 2 = 0.5333…
      { judgeId: 'j3', marks: 2, leniency: 0.03, outliers: 0 },
      { judgeId: 'j4', marks: 1, leniency: 0.4, outliers: 0 },
      { judgeId: 'j5', marks: 1, leniency: -1.6, outliers: 1 },
    ]);
  });

  it('given judges listed in any order, then reports them by judge id', () => {
    const report = judgeAgreement([
      sheet(1, 'a', [
        { judgeId: 'zed', mark: 1 },
        { judgeId: 'amy', mark: 2 },
        { judgeId: 'kim', mark: 3 },
      ]),
    ]);
    expect(report.judges.map((j) => j.judgeId)).toEqual(['amy', 'kim', 'zed']);
  });

  it('given an aspect with no complete round, then lists it with nothing counted', () => {
    expect(judgeAgreement([sheet(1, 'a', round(1, 2))], 3)).toEqual({
      aspects: [{ aspectId: 'a', sheets: 0, flagged: 0, remarks: 0, meanSpread: 0, maxSpread: 0 }],
      judges: [],
      flagged: 0,
      remarks: 0,
    });
  });

  it('given nothing, then reports nothing', () => {
    expect(judgeAgreement([])).toEqual({ aspects: [], judges: [], flagged: 0, remarks: 0 });
  });
});

// ---- properties -------------------------------------------------------------------------------

const level = fc.integer({ min: 0, max: 3 });
const panelRounds = (size: number) =>
  fc.array(
    fc.array(level, { minLength: size, maxLength: size }).map((levels) => round(...levels)),
    { minLength: 1, maxLength: 3 },
  );
const panelMarks = fc
  .constantFrom(3, 5)
  .chain((size) =>
    fc.array(
      fc.record({ competitorNumber: fc.integer({ min: 1, max: 20 }), aspectId: fc.constantFrom('a', 'b', 'c'), rounds: panelRounds(size) }),
      { maxLength: 15 },
    ),
  );
const mirrored = (marks: readonly PanelAspectMarks[]): PanelAspectMarks[] =>
  marks.map((m) => ({ ...m, rounds: m.rounds.map((r) => r.map(({ judgeId, mark }) => ({ judgeId, mark: 3 - mark }))) }));

describe('judgeAgreement (properties)', () => {
  it('mirrors leniency when every level is mirrored (3 − level), and keeps spreads and outliers', () => {
    fc.assert(
      fc.property(panelMarks, (marks) => {
        const report = judgeAgreement(marks);
        const mirror = judgeAgreement(mirrored(marks));
        expect(mirror.aspects).toEqual(report.aspects);
        expect(mirror.judges).toEqual(report.judges.map((j) => ({ ...j, leniency: -j.leniency || 0 })));
      }),
    );
  });

  it('balances leniency: the panel members’ deviations cancel out', () => {
    fc.assert(
      fc.property(panelMarks, (marks) => {
        const { judges } = judgeAgreement(marks);
        const weighted = judges.reduce((sum, j) => sum + j.leniency * j.marks, 0);
        const marksGiven = judges.reduce((sum, j) => sum + j.marks, 0);
        expect(Math.abs(weighted)).toBeLessThanOrEqual(0.005 * marksGiven + 1e-9);
      }),
    );
  });

  it('counts a re-mark for every complete round after the first, and flags spreads above 1', () => {
    fc.assert(
      fc.property(panelMarks, (marks) => {
        const report = judgeAgreement(marks);
        expect(report.remarks).toBe(marks.reduce((sum, m) => sum + m.rounds.length - 1, 0));
        const flagged = marks.filter((m) =>
          m.rounds.some((r) => Math.max(...r.map((x) => x.mark)) - Math.min(...r.map((x) => x.mark)) > 1),
        );
        expect(report.flagged).toBe(flagged.length);
        for (const aspect of report.aspects) {
          expect(aspect.meanSpread).toBeLessThanOrEqual(aspect.maxSpread);
          expect(aspect.maxSpread).toBeLessThanOrEqual(3);
        }
      }),
    );
  });
});
