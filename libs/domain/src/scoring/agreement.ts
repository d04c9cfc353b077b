import { MAX_JUDGEMENT_SPREAD, type JudgeMark } from '../judging/score-sheet.js';

/**
 * Judge agreement of a trade's judgement panels: how often panels had to re-mark, how far apart
 * their levels were, and which judges mark high or low against their panels.
 */

/** A judge's judgement level, 0–3. */
export type JudgeLevel = JudgeMark;

/** The panel's marks of one judgement aspect of one contestant, round by round. */
export interface PanelAspectMarks {
  competitorNumber: number;
  aspectId: string;
  /** A round = the panel's levels; more than one round = re-marked after a spread > 1. */
  rounds: ReadonlyArray<ReadonlyArray<JudgeLevel>>;
}

export interface AspectAgreement {
  aspectId: string;
  /** Contestants with at least one complete round of this aspect. */
  sheets: number;
  /** Of those, the sheets where some complete round had a spread (highest − lowest level) > 1. */
  flagged: number;
  /** Complete rounds after the first: the re-marks. */
  remarks: number;
  /** Mean spread over every complete round, two decimals. */
  meanSpread: number;
  /** Largest spread of any complete round. */
  maxSpread: number;
}

export interface JudgeAgreement {
  judgeId: string;
  /** Marks the judge gave in final complete rounds. */
  marks: number;
  /** Mean of (the judge's level − the panel's mean level) over final complete rounds, two decimals; positive = lenient. */
  leniency: number;
  /** Final-round marks more than 1 level from the panel's mean. */
  outliers: number;
}

export interface AgreementReport {
  /** In the order the aspects first appear in the input. */
  aspects: AspectAgreement[];
  /** By judge id. */
  judges: JudgeAgreement[];
  flagged: number;
  remarks: number;
}

/** A final mark further than this many levels from its panel's mean is an outlier. */
export const OUTLIER_DISTANCE = 1;

const spreadOf = (round: ReadonlyArray<JudgeLevel>) => Math.max(...round.map((m) => m.mark)) - Math.min(...round.map((m) => m.mark));

/** numerator / denominator to two decimals, half away from zero (so that lenient and strict are symmetric). */
function twoDecimals(numerator: number, denominator: number): number {
  if (denominator === 0) return 0;
  const hundredths = Math.round((Math.abs(numerator) * 100) / denominator);
  return (Math.sign(numerator) * hundredths) / 100 || 0;
}

/**
 * Only complete rounds count: a round is complete when `panelSize` judges marked it. Without
 * `panelSize`, every round given is taken as complete (the caller then passes only complete rounds).
 */
export function judgeAgreement(marks: readonly PanelAspectMarks[], panelSize?: number): AgreementReport {
  const isComplete = (round: ReadonlyArray<JudgeLevel>) => round.length > 0 && round.length >= (panelSize ?? 1);

  const aspects = new Map<
    string,
    { sheets: number; flagged: number; remarks: number; rounds: number; spreadSum: number; maxSpread: number }
  >();
  // Leniency is summed as exact fractions: (n · level − Σ levels) / n over rounds of n judges is kept as
  // a numerator over the common denominator of the round sizes seen.
  const judges = new Map<string, { marks: number; deviationsBySize: Map<number, number>; outliers: number }>();

  for (const sheet of marks) {
    const aspect = aspects.get(sheet.aspectId) ?? { sheets: 0, flagged: 0, remarks: 0, rounds: 0, spreadSum: 0, maxSpread: 0 };
    aspects.set(sheet.aspectId, aspect);
    const complete = sheet.rounds.filter(isComplete);
    if (complete.length === 0) continue;

    const spreads = complete.map(spreadOf);
    aspect.sheets++;
    if (spreads.some((spread) => spread > MAX_JUDGEMENT_SPREAD)) aspect.flagged++;
    aspect.remarks += complete.length - 1;
    aspect.rounds += complete.length;
    aspect.spreadSum += spreads.reduce((a, b) => a + b, 0);
    aspect.maxSpread = Math.max(aspect.maxSpread, ...spreads);

    const final = complete[complete.length - 1];
    const n = final.length;
    const sum = final.reduce((total, m) => total + m.mark, 0);
    for (const { judgeId, mark } of final) {
      const judge = judges.get(judgeId) ?? { marks: 0, deviationsBySize: new Map<number, number>(), outliers: 0 };
      judges.set(judgeId, judge);
      judge.marks++;
      // n · (level − mean) = n · level − Σ levels: an integer for integer levels.
      const scaledDeviation = n * mark - sum;
      judge.deviationsBySize.set(n, (judge.deviationsBySize.get(n) ?? 0) + scaledDeviation);
      if (Math.abs(scaledDeviation) > OUTLIER_DISTANCE * n) judge.outliers++;
    }
  }

  const aspectReports = [...aspects].map(([aspectId, a]) => ({
    aspectId,
    sheets: a.sheets,
    flagged: a.flagged,
    remarks: a.remarks,
    meanSpread: twoDecimals(a.spreadSum, a.rounds),
    maxSpread: a.maxSpread,
  }));

  const judgeReports = [...judges]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([judgeId, j]) => {
      const common = [...j.deviationsBySize.keys()].reduce(lcm, 1);
      const numerator = [...j.deviationsBySize].reduce((total, [size, scaled]) => total + scaled * (common / size), 0);
      return { judgeId, marks: j.marks, leniency: twoDecimals(numerator, common * j.marks), outliers: j.outliers };
    });

  return {
    aspects: aspectReports,
    judges: judgeReports,
    flagged: aspectReports.reduce((total, a) => total + a.flagged, 0),
    remarks: aspectReports.reduce((total, a) => total + a.remarks, 0),
  };
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
const lcm = (a: number, b: number): number => (a / gcd(a, b)) * b;
