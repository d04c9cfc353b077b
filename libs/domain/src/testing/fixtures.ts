import type { ContestEventDefinition, TradeDefinition } from '../catalogue/catalogue.types.js';
import { drawCommitment } from '../catalogue/draw.js';
import { evolveTrade, initialTradeState, type PanelMember, type TradeEvent, type TradeState } from '../catalogue/trade.js';
import {
  evolveScoreSheet,
  initialScoreSheetState,
  type ContestantProfile,
  type ScoreSheetContext,
  type ScoreSheetEvent,
  type ScoreSheetState,
} from '../judging/score-sheet.js';
import type { EntryContext, EntryDetails } from '../registration/entry.js';
import type { ResultLine } from '../results/trade-results.js';
import { fromDecimal } from '../scoring/exact.js';
import { fold } from '../shared/decider.js';

/**
 * Hand-built fixtures for the domain's specs. The check characters are computed here,
 * independently of `shared/identifiers.ts`, so that the specs check the module against them.
 */

// ---- identifiers ------------------------------------------------------------------------------

/** GB 11643: appends the ISO 7064 MOD 11-2 check character to 17 digits. */
export function withResidentIdCheck(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error(`17 digits expected: ${first17}`);
  // weight of position i (1-based from the right, check at 1) is 2^(i-1) mod 11
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  const check = (12 - (sum % 11)) % 11;
  return first17 + (check === 10 ? 'X' : String(check));
}

/** A resident ID number for a birth date (YYYYMMDD), valid unless the date itself is not. */
export const residentId = (birthDate: string, region = '210102', sequence = '123') => withResidentIdCheck(region + birthDate + sequence);

const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** GB 32100: appends the MOD 31 check character to 17 characters. */
export function withCreditCodeCheck(first17: string): string {
  if (first17.length !== 17) throw new Error(`17 characters expected: ${first17}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CHARS.indexOf(first17[i]);
    if (value < 0) throw new Error(`Not a credit-code character: ${first17[i]}`);
    sum += value * (3 ** i % 31);
  }
  return first17 + CREDIT_CHARS[(31 - (sum % 31)) % 31];
}

/** Two employers with valid credit codes. */
export const employers = {
  shenyangMachine: { name: '沈阳机床厂', creditCode: withCreditCodeCheck('91210100MA0P12345'), techBased: true },
  dalianShipyard: { name: '大连船舶重工', creditCode: withCreditCodeCheck('91210200242400001'), techBased: false },
} as const;

// ---- trades -----------------------------------------------------------------------------------

const descriptors = ['not done', 'below standard', 'meets standard', 'exceeds standard'] as const;

/** The event the fixture trades belong to. */
export const classicEvent: ContestEventDefinition = {
  id: 'event-classic',
  name: '传统工种',
  nameEn: 'Classic trades',
  category: 'classic-trades',
  organisingUnit: '辽宁省总工会',
  venue: '沈阳市工人文化宫',
  date: '2026-11-24',
};

/**
 * CNC machining, individual, 30/70, a panel of 3, no trimming.
 * Measurement 20 + 15.5 + 10 = 45.5; judgement 6 + 30 + 18.5 = 54.5; sum 100.
 */
export const cncTrade: TradeDefinition = {
  id: 'trade-cnc',
  eventId: 'event-classic',
  name: '数控车工',
  nameEn: 'CNC turning',
  teamSize: 1,
  weights: { theory: 30, practical: 70 },
  panelSize: 3,
  trimmedMean: false,
  keyAspectIds: ['j-finish', 'm-diameter'],
  scheme: {
    subCriteria: [
      {
        id: 'sc-dimensions',
        name: 'Dimensions',
        aspects: [
          { id: 'm-diameter', type: 'measurement', description: 'Diameter within ±0.02 mm', maxMark: 20 },
          { id: 'm-length', type: 'measurement', description: 'Length within ±0.05 mm', maxMark: 15.5 },
          { id: 'm-thread', type: 'measurement', description: 'Thread gauge passes', maxMark: 10 },
        ],
      },
      {
        id: 'sc-workmanship',
        name: 'Workmanship',
        aspects: [
          { id: 'j-safety', type: 'judgement', description: 'Safe working', maxMark: 6, descriptors },
          { id: 'j-finish', type: 'judgement', description: 'Surface finish', maxMark: 30, descriptors },
          { id: 'j-tidy', type: 'judgement', description: 'Tidy workstation', maxMark: 18.5, descriptors },
        ],
      },
    ],
  },
};

/** Welding, 20/80, a panel of 5 with the trimmed mean. 40 + 5 + 55 = 100. */
export const weldingTrade: TradeDefinition = {
  id: 'trade-weld',
  eventId: 'event-classic',
  name: '焊工',
  nameEn: 'Welding',
  teamSize: 1,
  weights: { theory: 20, practical: 80 },
  panelSize: 5,
  trimmedMean: true,
  keyAspectIds: ['j-bead'],
  scheme: {
    subCriteria: [
      {
        id: 'sc-test',
        name: 'Tests',
        aspects: [{ id: 'm-bend', type: 'measurement', description: 'Bend test passes', maxMark: 40 }],
      },
      {
        id: 'sc-visual',
        name: 'Visual',
        aspects: [
          { id: 'j-spatter', type: 'judgement', description: 'No spatter', maxMark: 5, descriptors },
          { id: 'j-bead', type: 'judgement', description: 'Even bead', maxMark: 55, descriptors },
        ],
      },
    ],
  },
};

export const CONTEST_ID = 'contest-2026';

export const chiefJudge = (tradeId: string): PanelMember => ({
  judgeId: `${tradeId}-chief`,
  role: 'chief_judge',
  employer: '辽宁省总工会',
  city: 'shenyang',
});

/** Judge ids of a trade's panel: `<trade>-j1` … `<trade>-jN`. */
export const judgeIds = (trade: TradeDefinition): string[] => Array.from({ length: trade.panelSize }, (_, i) => `${trade.id}-j${i + 1}`);

export const panelJudge = (judgeId: string, employer = `employer of ${judgeId}`): PanelMember => ({
  judgeId,
  role: 'judge',
  employer,
  city: 'anshan',
});

export const tradeDefined = (trade: TradeDefinition): TradeEvent => ({ type: 'TradeDefined', data: { contestId: CONTEST_ID, trade } });

export const judgeAssigned = (tradeId: string, member: PanelMember): TradeEvent => ({
  type: 'JudgeAssigned',
  data: { tradeId, ...member },
});

/** Lots drawn: entry `entry-<n>` gets competitor number n, all in session 1 at workstation n (not a real draw's order). */
export const lotsDrawn = (tradeId: string, competitors: number, seed = 'seed'): TradeEvent => ({
  type: 'LotsDrawn',
  data: {
    tradeId,
    seed,
    commitment: drawCommitment(seed),
    confirmedEntryIds: Array.from({ length: competitors }, (_, i) => `entry-${i + 1}`).sort(),
    assignments: Array.from({ length: competitors }, (_, i) => ({
      entryId: `entry-${i + 1}`,
      competitorNumber: i + 1,
      session: 1,
      workstation: i + 1,
    })),
  },
});

/** The organiser's commitment to `seed`, published before the draw. */
export const drawCommitted = (tradeId: string, seed: string): TradeEvent => ({
  type: 'DrawCommitted',
  data: { tradeId, commitment: drawCommitment(seed) },
});

export const competitorCheckedIn = (tradeId: string, competitorNumber: number): TradeEvent => ({
  type: 'CompetitorCheckedIn',
  data: { tradeId, competitorNumber },
});

export const checkInClosed = (tradeId: string, absent: readonly number[]): TradeEvent => ({
  type: 'CheckInClosed',
  data: { tradeId, absent: [...absent] },
});

/** The organiser as the actor of a trade command. */
export const organiserActor = { userId: 'u-organiser', role: 'organiser' } as const;

/** A trade's chief judge (as `chiefJudge(tradeId)` puts them on the panel) as the actor of a trade command. */
export const chiefJudgeActor = (tradeId: string) => ({ userId: chiefJudge(tradeId).judgeId, role: 'chief_judge' }) as const;

/** Events of a trade ready for marking: defined, chief judge and full panel assigned, lots drawn. */
export const readyTradeEvents = (trade: TradeDefinition, competitors = 3): TradeEvent[] => [
  tradeDefined(trade),
  judgeAssigned(trade.id, chiefJudge(trade.id)),
  ...judgeIds(trade).map((id) => judgeAssigned(trade.id, panelJudge(id))),
  lotsDrawn(trade.id, competitors),
];

export const tradeStateOf = (events: readonly TradeEvent[]): TradeState => fold(evolveTrade, initialTradeState, events);

// ---- score sheets -----------------------------------------------------------------------------

export const markSubmitted = (
  trade: TradeDefinition,
  aspectId: string,
  judgeId: string,
  mark: number,
  competitorNumber = 1,
  round = 1,
): ScoreSheetEvent => ({ type: 'MarkSubmitted', data: { tradeId: trade.id, competitorNumber, aspectId, judgeId, mark, round } });

/** A contestant from an employer no fixture judge works for, in Dalian. */
export const unrelatedContestant: ContestantProfile = { employers: ['大连船舶重工'], city: 'dalian' };

/** The context of a score-sheet command: the trade, and the contestant (by default unrelated to every judge). */
export const sheetContext = (trade: TradeState, contestant: ContestantProfile = unrelatedContestant): ScoreSheetContext => ({
  trade,
  contestant,
});

/** The marks of a whole judgement panel for one aspect, judge i giving levels[i]. */
export const panelMarks = (trade: TradeDefinition, aspectId: string, levels: readonly number[], competitorNumber = 1) =>
  levels.map((level, i) => markSubmitted(trade, aspectId, `${trade.id}-j${i + 1}`, level, competitorNumber));

export const sheetOf = (events: readonly ScoreSheetEvent[]): ScoreSheetState => fold(evolveScoreSheet, initialScoreSheetState, events);

// ---- registration -----------------------------------------------------------------------------

export const validEntryDetails = (overrides: Partial<EntryDetails> = {}): EntryDetails => ({
  tradeId: cncTrade.id,
  name: '王建国',
  idNumber: residentId('19900307'),
  phone: '13812345678',
  employer: { ...employers.shenyangMachine },
  city: 'shenyang',
  skillLevel: 'level-3',
  members: [],
  ...overrides,
});

/** The world an entry is decided in: by default the CNC trade, open, lots not drawn, contest day 2026-06-15. */
export const entryContext = (
  options: { trade?: TradeDefinition | null; drawn?: boolean; closesAt?: string; firstPrizes?: Record<string, number[]> } = {},
): EntryContext => ({
  trade: options.trade === null ? undefined : (options.trade ?? cncTrade),
  lotsDrawn: options.drawn ?? false,
  registrationClosesAt: options.closesAt,
  contestDay: '2026-06-15',
  contestYear: 2026,
  firstPrizeYears: (idNumber) => options.firstPrizes?.[idNumber] ?? [],
});

/** A moment while registration is open. */
export const DURING_REGISTRATION = '2026-05-01T08:00:00.000Z';

// ---- result lines -----------------------------------------------------------------------------

/** A result line's scores as two-decimal figures, for specs that rank by hand-written totals. */
export interface LineFigures {
  theory?: number | null;
  practical?: number;
  keyAspects?: ReadonlyArray<number | null>;
  completionSeconds?: number | null;
  scored?: boolean;
  absent?: boolean;
}

/** A scored, present contestant's result line with these figures (read exactly); `practical` defaults to the total. */
export const resultLine = (competitorNumber: number, total: number, figures: LineFigures = {}): ResultLine => ({
  competitorNumber,
  theory: figures.theory === undefined || figures.theory === null ? null : fromDecimal(figures.theory),
  practical: fromDecimal(figures.practical ?? total),
  total: fromDecimal(total),
  keyAspects: (figures.keyAspects ?? []).map((mark) => (mark === null ? null : fromDecimal(mark))),
  completionSeconds: figures.completionSeconds ?? null,
  scored: figures.scored ?? true,
  absent: figures.absent ?? false,
});
