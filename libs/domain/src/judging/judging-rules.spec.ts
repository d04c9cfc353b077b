import type { TradeDefinition } from '../catalogue/catalogue.types.js';
import { findAspect, type TradeActor, type TradeEvent } from '../catalogue/trade.js';
import { calculateResult, gradeSheetTheory, type ContestantResult } from '../results/contestant-result.js';
import { rankResults } from '../results/trade-ranking.js';
import { scoreSheet } from '../scoring/scoring.js';
import { spec } from '../testing/decider-specification.js';
import {
  chiefJudge,
  chiefJudgeActor,
  cncTrade,
  judgeAssigned,
  lotsDrawn,
  markSubmitted,
  organiserActor,
  panelJudge,
  panelMarks,
  readyTradeEvents,
  sheetContext,
  sheetOf,
  tradeDefined,
  tradeStateOf,
  unrelatedContestant,
  weldingTrade,
} from '../testing/fixtures.js';
import {
  ASPECT_LEASE_SECONDS,
  aspectStatus,
  aspectsMarkedBy,
  eligibleSubstitutes,
  scoreSheetDecider,
  type AppealRemedy,
  type ContestantProfile,
  type JudgeMark,
  type ScoreSheetCommand,
  type ScoreSheetEvent,
  type ScoreSheetState,
} from './score-sheet.js';

/**
 * The judging rules of the domain (DOMAIN.md, "Marking"), one by one, on the score sheet's decider:
 * spreads and re-marks, one tablet per aspect, conflicts of interest and substitutes, aspects
 * assigned to judges, "not marked is not 0", corrections, sign-off, theory answers, appeal remedies.
 */

const TRADE = cncTrade.id;
const [J1, J2, J3] = ['trade-cnc-j1', 'trade-cnc-j2', 'trade-cnc-j3'];
const CHIEF = chiefJudgeActor(TRADE);
const cnc = tradeStateOf(readyTradeEvents(cncTrade, 3));
const address = { tradeId: TRADE, competitorNumber: 1 };

const submit = (
  aspectId: string,
  judgeId: string,
  mark: number,
  extra: { deviceId?: string; at?: string; competitorNumber?: number } = {},
): ScoreSheetCommand => ({
  type: 'SubmitMark',
  tradeId: TRADE,
  competitorNumber: extra.competitorNumber ?? 1,
  aspectId,
  judgeId,
  mark,
  ...(extra.deviceId === undefined ? {} : { deviceId: extra.deviceId }),
  ...(extra.at === undefined ? {} : { at: extra.at }),
});

const marksOf = (judges: readonly string[], levels: readonly number[]): JudgeMark[] =>
  levels.map((mark, i) => ({ judgeId: judges[i], mark }));

const spreadFlagged = (aspectId: string, levels: readonly number[], round = 1, judges = [J1, J2, J3]): ScoreSheetEvent => ({
  type: 'SpreadFlagged',
  data: { ...address, aspectId, round, marks: marksOf(judges, levels), spread: Math.max(...levels) - Math.min(...levels) },
});

/** Round `round` of a whole panel of the CNC trade, judge i giving levels[i]. */
const roundMarks = (aspectId: string, levels: readonly number[], round: number) =>
  levels.map((level, i) => markSubmitted(cncTrade, aspectId, [J1, J2, J3][i], level, 1, round));

/** The marking status of a CNC aspect on a sheet. */
const statusOf = (aspectId: string, sheet: ScoreSheetState) => aspectStatus(findAspect(cncTrade, aspectId)!, sheet, cncTrade);

/** Every aspect of the CNC trade marked: the dimensions measured, each judgement aspect marked by the whole panel. */
const dimensionsMarked: ScoreSheetEvent[] = [
  markSubmitted(cncTrade, 'm-diameter', J1, 20),
  markSubmitted(cncTrade, 'm-length', J1, 12.25),
  markSubmitted(cncTrade, 'm-thread', J2, 10),
];
const workmanshipMarked: ScoreSheetEvent[] = [
  ...panelMarks(cncTrade, 'j-safety', [2, 2, 3]),
  ...panelMarks(cncTrade, 'j-finish', [2, 2, 2]),
  ...panelMarks(cncTrade, 'j-tidy', [1, 2, 1]),
];
const signedOff = (moduleId: string): ScoreSheetEvent => ({ type: 'ModuleSignedOff', data: { ...address, moduleId, checkpoint: null } });

describe('judging rules: the spread rule', () => {
  it('flags a judgement aspect once the panel is complete and its marks differ by more than 1, keeping the marks', () => {
    spec(scoreSheetDecider, sheetContext(cnc))
      .given(panelMarks(cncTrade, 'j-finish', [1, 2]))
      .when(submit('j-finish', J3, 3))
      .then([
        markSubmitted(cncTrade, 'j-finish', J3, 3),
        {
          type: 'SpreadFlagged',
          data: { tradeId: TRADE, competitorNumber: 1, aspectId: 'j-finish', round: 1, marks: marksOf([J1, J2, J3], [1, 2, 3]), spread: 2 },
        },
      ]);
    spec(scoreSheetDecider, sheetContext(cnc))
      .given(panelMarks(cncTrade, 'j-tidy', [3, 3]))
      .when(submit('j-tidy', J3, 0))
      .then([markSubmitted(cncTrade, 'j-tidy', J3, 0), spreadFlagged('j-tidy', [3, 3, 0])]);
  });

  it('accepts a spread of exactly 1', () => {
    spec(scoreSheetDecider, sheetContext(cnc))
      .given(panelMarks(cncTrade, 'j-finish', [2, 3]))
      .when(submit('j-finish', J3, 2))
      .then([markSubmitted(cncTrade, 'j-finish', J3, 2)]);
  });

  it('does not flag before the panel is complete: the marks are blind until then', () => {
    spec(scoreSheetDecider, sheetContext(cnc))
      .given([markSubmitted(cncTrade, 'j-finish', J1, 0)])
      .when(submit('j-finish', J2, 3))
      .then([markSubmitted(cncTrade, 'j-finish', J2, 3)]);
  });

  it('never flags a measurement aspect', () => {
    spec(scoreSheetDecider, sheetContext(cnc))
      .given([])
      .when(submit('m-diameter', J1, 0))
      .then([markSubmitted(cncTrade, 'm-diameter', J1, 0)]);
  });

  it('asks for a re-mark: the same judges mark the aspect again in round 2', () => {
    const flagged = [...panelMarks(cncTrade, 'j-finish', [1, 2, 3]), spreadFlagged('j-finish', [1, 2, 3])];
    spec(scoreSheetDecider, sheetContext(cnc))
      .given(flagged)
      .when(submit('j-finish', J1, 2))
      .then([markSubmitted(cncTrade, 'j-finish', J1, 2, 1, 2)]);
    const sheet = sheetOf(flagged);
    expect(sheet.rounds.get('j-finish')).toBe(2);
    expect(sheet.marks.get('j-finish')).toEqual([]);
    expect(statusOf('j-finish', sheet)).toBe('remark_requested');
    expect(statusOf('j-finish', sheetOf([...flagged, markSubmitted(cncTrade, 'j-finish', J1, 2, 1, 2)]))).toBe('remark_requested');
  });

  it('records both rounds: the flagged marks as an earlier round, the re-mark as the marks that count', () => {
    const events = [
      ...panelMarks(cncTrade, 'j-finish', [1, 2, 3]),
      spreadFlagged('j-finish', [1, 2, 3]),
      ...roundMarks('j-finish', [2, 2, 3], 2),
    ];
    const sheet = sheetOf(events);
    expect(sheet.earlierRounds.get('j-finish')).toEqual([marksOf([J1, J2, J3], [1, 2, 3])]);
    expect(sheet.marks.get('j-finish')).toEqual(marksOf([J1, J2, J3], [2, 2, 3]));
    expect(statusOf('j-finish', sheet)).toBe('marked');
    // 7 / 9 × 30 = 23.33, from the re-mark only
    expect(scoreSheet(cncTrade, sheet.marks, sheet.rounds).aspects.find((a) => a.aspectId === 'j-finish')).toEqual({
      aspectId: 'j-finish',
      status: 'marked',
      mark: 23.33,
      exact: '70/3',
    });
  });

  it('flags the re-mark again when it still differs by more than 1, and keeps every round', () => {
    const round1 = [...panelMarks(cncTrade, 'j-finish', [1, 2, 3]), spreadFlagged('j-finish', [1, 2, 3])];
    spec(scoreSheetDecider, sheetContext(cnc))
      .given([...round1, ...roundMarks('j-finish', [0, 2], 2)])
      .when(submit('j-finish', J3, 2))
      .then([markSubmitted(cncTrade, 'j-finish', J3, 2, 1, 2), spreadFlagged('j-finish', [0, 2, 2], 2)]);
    const sheet = sheetOf([...round1, ...roundMarks('j-finish', [0, 2, 2], 2), spreadFlagged('j-finish', [0, 2, 2], 2)]);
    expect(sheet.rounds.get('j-finish')).toBe(3);
    expect(sheet.earlierRounds.get('j-finish')).toEqual([marksOf([J1, J2, J3], [1, 2, 3]), marksOf([J1, J2, J3], [0, 2, 2])]);
  });
});

describe('judging rules: a panel of 5 with the trimmed mean', () => {
  const welding = tradeStateOf(readyTradeEvents(weldingTrade, 3));
  const J5 = 'trade-weld-j5';
  const weld = (levels: number[]) => panelMarks(weldingTrade, 'j-bead', levels);
  const submitWeld = (mark: number, judgeId = J5): ScoreSheetCommand => ({
    type: 'SubmitMark',
    ...address,
    tradeId: weldingTrade.id,
    aspectId: 'j-bead',
    judgeId,
    mark,
  });
  const weldAddress = { tradeId: weldingTrade.id, competitorNumber: 1 };
  const judges = Array.from({ length: 5 }, (_, i) => `trade-weld-j${i + 1}`);

  it('checks the spread only when the fifth mark is in', () => {
    spec(scoreSheetDecider, sheetContext(welding))
      .given(weld([0, 3, 3]))
      .when(submitWeld(3, 'trade-weld-j4'))
      .then([markSubmitted(weldingTrade, 'j-bead', 'trade-weld-j4', 3)]);
  });

  it('counts the mean without the highest and lowest mark', () => {
    spec(scoreSheetDecider, sheetContext(welding))
      .given(weld([2, 2, 3, 3]))
      .when(submitWeld(2))
      .then([markSubmitted(weldingTrade, 'j-bead', J5, 2)]);
    const sheet = sheetOf([...weld([2, 2, 3, 3]), markSubmitted(weldingTrade, 'j-bead', J5, 2)]);
    // trimmed: (2 + 2 + 3) / 3 / 3 × 55 = 42.78; the untrimmed mean would give 44
    expect(scoreSheet(weldingTrade, sheet.marks, sheet.rounds).aspects.find((a) => a.aspectId === 'j-bead')?.mark).toBe(42.78);
  });

  it('flags a spread over all five marks, even one the trimmed mean would drop', () => {
    spec(scoreSheetDecider, sheetContext(welding))
      .given(weld([1, 2, 2, 2]))
      .when(submitWeld(3))
      .then([
        markSubmitted(weldingTrade, 'j-bead', J5, 3),
        {
          type: 'SpreadFlagged',
          data: { ...weldAddress, aspectId: 'j-bead', round: 1, marks: marksOf(judges, [1, 2, 2, 2, 3]), spread: 2 },
        },
      ]);
  });
});

describe('judging rules: one tablet per judge and aspect', () => {
  const T0 = '2026-06-15T09:00:00.000Z';
  const later = (seconds: number) => new Date(Date.parse(T0) + seconds * 1000).toISOString();
  const open = (deviceId: string, at: string, judgeId = J1, aspectId = 'j-finish'): ScoreSheetCommand => ({
    type: 'OpenAspect',
    ...address,
    aspectId,
    judgeId,
    deviceId,
    at,
  });
  const release = (deviceId: string, judgeId = J1, aspectId = 'j-finish'): ScoreSheetCommand => ({
    type: 'ReleaseAspect',
    ...address,
    aspectId,
    judgeId,
    deviceId,
  });
  const opened = (deviceId: string, at = T0, judgeId = J1, aspectId = 'j-finish'): ScoreSheetEvent => ({
    type: 'AspectOpened',
    data: { ...address, aspectId, judgeId, deviceId, expiresAt: new Date(Date.parse(at) + ASPECT_LEASE_SECONDS * 1000).toISOString() },
  });
  const heldByA = [opened('tablet-A')];

  it('holds the aspect for the tablet that opens it, for ASPECT_LEASE_SECONDS', () => {
    expect(ASPECT_LEASE_SECONDS).toBe(120);
    spec(scoreSheetDecider, sheetContext(cnc))
      .given([])
      .when(open('tablet-A', T0))
      .then([
        {
          type: 'AspectOpened',
          data: { ...address, aspectId: 'j-finish', judgeId: J1, deviceId: 'tablet-A', expiresAt: '2026-06-15T09:02:00.000Z' },
        },
      ]);
  });

  it('refuses a second tablet with a message that names the other tablet and when it lets go', () => {
    const message = 'Aspect j-finish is open on another tablet (tablet-A) until 09:02:00 UTC: close it there or wait';
    spec(scoreSheetDecider, sheetContext(cnc))
      .given(heldByA)
      .when(open('tablet-B', later(60)))
      .thenThrows('conflict', { message, field: 'aspectId' });
    spec(scoreSheetDecider, sheetContext(cnc))
      .given(heldByA)
      .when(submit('j-finish', J1, 2, { deviceId: 'tablet-B', at: later(119) }))
      .thenThrows('conflict', { message, field: 'aspectId' });
    // Without a time the lease cannot have run out; without a device it is another tablet.
    spec(scoreSheetDecider, sheetContext(cnc))
      .given(heldByA)
      .when(submit('j-finish', J1, 2, { deviceId: 'tablet-B' }))
      .thenThrows('conflict', { message: 'tablet-A' });
    spec(scoreSheetDecider, sheetContext(cnc))
      .given(heldByA)
      .when(submit('j-finish', J1, 2))
      .thenThrows('conflict', { message: 'tablet-A' });
  });

  it('lets another tablet in once the lease has run out', () => {
    spec(scoreSheetDecider, sheetContext(cnc))
      .given(heldByA)
      .when(open('tablet-B', later(120)))
      .then([opened('tablet-B', later(120))]);
    spec(scoreSheetDecider, sheetContext(cnc))
      .given(heldByA)
      .when(submit('j-finish', J1, 2, { deviceId: 'tablet-B', at: later(121) }))
      .then([markSubmitted(cncTrade, 'j-finish', J1, 2)]);
    spec(scoreSheetDecider, sheetContext(cnc))
      .given(heldByA)
      .when(open('tablet-B', later(119.999)))
      .thenThrows('conflict', { field: 'aspectId' });
  });

  it('is fine for the same tablet: it opens again (renewing the lease) and submits', () => {
    spec(scoreSheetDecider, sheetContext(cnc))
      .given(heldByA)
      .when(open('tablet-A', later(100)))
      .then([opened('tablet-A', later(100))]);
    spec(scoreSheetDecider, sheetContext(cnc))
      .given(heldByA)
      .when(submit('j-finish', J1, 2, { deviceId: 'tablet-A', at: later(30) }))
      .then([markSubmitted(cncTrade, 'j-finish', J1, 2)]);
    expect(sheetOf([...heldByA, markSubmitted(cncTrade, 'j-finish', J1, 2)]).leases.size).toBe(0);
  });

  it('holds one judge’s one aspect only: other judges and other aspects are free', () => {
    spec(scoreSheetDecider, sheetContext(cnc))
      .given(heldByA)
      .when(open('tablet-B', later(1), J2))
      .then([opened('tablet-B', later(1), J2)]);
    spec(scoreSheetDecider, sheetContext(cnc))
      .given(heldByA)
      .when(open('tablet-B', later(1), J1, 'j-tidy'))
      .then([opened('tablet-B', later(1), J1, 'j-tidy')]);
  });

  it('lets go when the holding tablet releases it, and the other tablet may then open it', () => {
    const released: ScoreSheetEvent = {
      type: 'AspectReleased',
      data: { ...address, aspectId: 'j-finish', judgeId: J1, deviceId: 'tablet-A' },
    };
    spec(scoreSheetDecider, sheetContext(cnc)).given(heldByA).when(release('tablet-A')).then([released]);
    spec(scoreSheetDecider, sheetContext(cnc))
      .given([...heldByA, released])
      .when(open('tablet-B', later(10)))
      .then([opened('tablet-B', later(10))]);
  });

  it('does nothing when another tablet, or a tablet holding nothing, releases it', () => {
    spec(scoreSheetDecider, sheetContext(cnc)).given(heldByA).when(release('tablet-B')).then([]);
    spec(scoreSheetDecider, sheetContext(cnc)).given([]).when(release('tablet-A')).then([]);
    spec(scoreSheetDecider, sheetContext(cnc))
      .given(heldByA)
      .when(open('tablet-B', later(10)))
      .thenThrows('conflict', { message: 'tablet-A' });
  });

  it('opens only what the judge may mark', () => {
    spec(scoreSheetDecider, sheetContext(cnc))
      .given([])
      .when(open('tablet-A', T0, 'stranger'))
      .thenThrows('forbidden', { field: 'judgeId' });
    spec(scoreSheetDecider, sheetContext(cnc))
      .given([...workmanshipMarked, signedOff('sc-workmanship')])
      .when(open('tablet-A', T0))
      .thenThrows('conflict', { message: 'signed off' });
  });
});

describe('judging rules: conflicts of interest (回避) and substitutes', () => {
  const SHENYANG_MACHINE = '沈阳机床厂';
  const [J4, J5] = ['trade-cnc-j4', 'trade-cnc-j5'];
  const assigned = (judgeId: string, aspectIds: string[]): TradeEvent => ({
    type: 'AspectsAssigned',
    data: { tradeId: TRADE, judgeId, aspectIds },
  });
  const workmanship = ['j-safety', 'j-finish', 'j-tidy'];
  const dimensions = ['m-diameter', 'm-length', 'm-thread'];
  /**
   * J1 works for the contestant's employer. J1–J3 mark workmanship, J4 the dimensions; J5 (same employer
   * as J1) the thread only. The only judge who can stand in for J1 on workmanship is J4.
   */
  const panelEvents = (trade: TradeDefinition = cncTrade): TradeEvent[] => [
    tradeDefined(trade),
    judgeAssigned(TRADE, chiefJudge(TRADE)),
    judgeAssigned(TRADE, panelJudge(J1, SHENYANG_MACHINE)),
    judgeAssigned(TRADE, panelJudge(J2)),
    judgeAssigned(TRADE, panelJudge(J3)),
    judgeAssigned(TRADE, panelJudge(J4)),
    judgeAssigned(TRADE, panelJudge(J5, SHENYANG_MACHINE)),
    lotsDrawn(TRADE, 3),
    ...[J1, J2, J3].map((id) => assigned(id, workmanship)),
    assigned(J4, dimensions),
    assigned(J5, ['m-thread']),
  ];
  const panel = tradeStateOf(panelEvents());
  const contestant: ContestantProfile = { employers: [' 沈阳 机床厂 '], city: 'shenyang' };
  const substitute = (judgeId: string, substituteId: string, by: TradeActor = CHIEF): ScoreSheetCommand => ({
    type: 'SubstituteJudge',
    ...address,
    judgeId,
    substituteId,
    by,
  });
  const substituted: ScoreSheetEvent = {
    type: 'JudgeSubstituted',
    data: { ...address, judgeId: J1, substituteId: J4, reason: `same employer (${SHENYANG_MACHINE})` },
  };

  it('refuses a judge from the contestant’s employer (names compared without spaces or case): 403, naming the reason', () => {
    spec(scoreSheetDecider, sheetContext(panel, contestant))
      .given([])
      .when(submit('j-finish', J1, 2))
      .thenThrows('forbidden', {
        message: 'You may not mark competitor 1: same employer (沈阳机床厂). The chief judge assigns a substitute',
        field: 'competitorNumber',
      });
    spec(scoreSheetDecider, sheetContext(panel, contestant))
      .given([])
      .when({ type: 'OpenAspect', ...address, aspectId: 'j-finish', judgeId: J1, deviceId: 'tablet-A', at: '2026-06-15T09:00:00.000Z' })
      .thenThrows('forbidden', { message: 'same employer' });
  });

  it('refuses a judge from the employer of any member of a team', () => {
    const team: ContestantProfile = { employers: ['大连船舶重工', SHENYANG_MACHINE], city: 'dalian' };
    spec(scoreSheetDecider, sheetContext(panel, team))
      .given([])
      .when(submit('j-finish', J1, 2))
      .thenThrows('forbidden', { message: 'same employer' });
    spec(scoreSheetDecider, sheetContext(panel, team))
      .given([])
      .when(submit('j-finish', J2, 2))
      .then([markSubmitted(cncTrade, 'j-finish', J2, 2)]);
  });

  it('refuses a judge from the contestant’s city only when the trade says so', () => {
    // The fixture judges live in Anshan.
    const fromAnshan: ContestantProfile = { employers: ['鞍钢集团'], city: 'anshan' };
    spec(scoreSheetDecider, sheetContext(panel, fromAnshan))
      .given([])
      .when(submit('j-finish', J2, 2))
      .then([markSubmitted(cncTrade, 'j-finish', J2, 2)]);
    const notSameCity = tradeStateOf(panelEvents({ ...cncTrade, conflictOfInterest: { sameCity: false } }));
    spec(scoreSheetDecider, sheetContext(notSameCity, fromAnshan))
      .given([])
      .when(submit('j-finish', J2, 2))
      .then([markSubmitted(cncTrade, 'j-finish', J2, 2)]);
    const sameCity = tradeStateOf(panelEvents({ ...cncTrade, conflictOfInterest: { sameCity: true } }));
    spec(scoreSheetDecider, sheetContext(sameCity, fromAnshan))
      .given([])
      .when(submit('j-finish', J2, 2))
      .thenThrows('forbidden', { message: 'You may not mark competitor 1: same city (anshan)', field: 'competitorNumber' });
    spec(scoreSheetDecider, sheetContext(sameCity, unrelatedContestant))
      .given([])
      .when(submit('j-finish', J2, 2))
      .then([markSubmitted(cncTrade, 'j-finish', J2, 2)]);
  });

  it('offers as substitutes the judges free of conflict who do not already mark those aspects', () => {
    expect(eligibleSubstitutes(sheetContext(panel, contestant), sheetOf([]), J1)).toEqual([J4]);
    expect(eligibleSubstitutes(sheetContext(panel, contestant), sheetOf([substituted]), J1)).toEqual([]);
  });

  it('lets the chief judge put an eligible substitute in, with the conflict as the reason', () => {
    spec(scoreSheetDecider, sheetContext(panel, contestant)).given([]).when(substitute(J1, J4)).then([substituted]);
    expect(sheetOf([substituted]).substitutes.get(J1)).toBe(J4);
  });

  it('refuses a substitute for a judge without a conflict', () => {
    spec(scoreSheetDecider, sheetContext(panel, contestant))
      .given([])
      .when(substitute(J2, J4))
      .thenThrows('conflict', { message: `${J2} has no conflict of interest with competitor 1`, field: 'judgeId' });
    spec(scoreSheetDecider, sheetContext(panel, contestant))
      .given([])
      .when(substitute('stranger', J4))
      .thenThrows('conflict', { field: 'judgeId' });
  });

  it('refuses an ineligible substitute: one who marks those aspects, one with a conflict, the judge themself, one not on the panel', () => {
    for (const ineligible of [J2, J5, J1, 'stranger', chiefJudge(TRADE).judgeId]) {
      spec(scoreSheetDecider, sheetContext(panel, contestant))
        .given([])
        .when(substitute(J1, ineligible))
        .thenThrows('conflict', { message: `${ineligible} cannot stand in for ${J1} on competitor 1`, field: 'substituteId' });
    }
  });

  it('refuses a judge who already stands in for someone else on this sheet', () => {
    const team: ContestantProfile = { employers: [SHENYANG_MACHINE, `employer of ${J2}`], city: 'dalian' };
    spec(scoreSheetDecider, sheetContext(panel, team))
      .given([substituted])
      .when(substitute(J2, J4))
      .thenThrows('conflict', { field: 'substituteId' });
  });

  it('lets only the chief judge of the trade assign substitutes', () => {
    for (const by of [organiserActor, { userId: J2, role: 'judge' }, { userId: 'trade-weld-chief', role: 'chief_judge' }] as const) {
      spec(scoreSheetDecider, sheetContext(panel, contestant))
        .given([])
        .when(substitute(J1, J4, by))
        .thenThrows('forbidden', { message: 'Substitutes are assigned by the chief judge of trade-cnc' });
    }
  });

  it('lets the accepted substitute mark the conflicted judge’s aspects, on this sheet only, and still not the conflicted judge', () => {
    spec(scoreSheetDecider, sheetContext(panel, contestant))
      .given([])
      .when(submit('j-finish', J4, 2))
      .thenThrows('forbidden', { message: 'Aspect j-finish is not assigned to you', field: 'aspectId' });
    spec(scoreSheetDecider, sheetContext(panel, contestant))
      .given([substituted])
      .when(submit('j-finish', J4, 2))
      .then([markSubmitted(cncTrade, 'j-finish', J4, 2)]);
    spec(scoreSheetDecider, sheetContext(panel, contestant))
      .given([substituted])
      .when(submit('m-length', J4, 15))
      .then([markSubmitted(cncTrade, 'm-length', J4, 15)]);
    spec(scoreSheetDecider, sheetContext(panel, contestant))
      .given([substituted])
      .when(submit('j-finish', J1, 2))
      .thenThrows('forbidden', { message: 'same employer' });
    spec(scoreSheetDecider, sheetContext(panel, contestant))
      .given([])
      .when(submit('j-finish', J4, 2, { competitorNumber: 2 }))
      .thenThrows('forbidden', { message: 'not assigned to you' });
  });

  it('completes the panel with the substitute’s mark, the spread rule included', () => {
    const twoMarks = [substituted, markSubmitted(cncTrade, 'j-finish', J2, 3), markSubmitted(cncTrade, 'j-finish', J3, 3)];
    spec(scoreSheetDecider, sheetContext(panel, contestant))
      .given(twoMarks)
      .when(submit('j-finish', J4, 1))
      .then([markSubmitted(cncTrade, 'j-finish', J4, 1), spreadFlagged('j-finish', [3, 3, 1], 1, [J2, J3, J4])]);
    const sheet = sheetOf([...twoMarks, markSubmitted(cncTrade, 'j-finish', J4, 2)]);
    expect(statusOf('j-finish', sheet)).toBe('marked');
  });
});

describe('judging rules: aspects assigned to judges', () => {
  const assigned = tradeStateOf([
    ...readyTradeEvents(cncTrade, 3),
    { type: 'AspectsAssigned', data: { tradeId: TRADE, judgeId: J1, aspectIds: ['j-finish', 'm-length'] } },
  ]);

  it('refuses a judge an aspect not assigned to them', () => {
    spec(scoreSheetDecider, sheetContext(assigned))
      .given([])
      .when(submit('j-tidy', J1, 2))
      .thenThrows('forbidden', { message: 'Aspect j-tidy is not assigned to you', field: 'aspectId' });
    spec(scoreSheetDecider, sheetContext(assigned))
      .given([])
      .when({ type: 'OpenAspect', ...address, aspectId: 'm-thread', judgeId: J1, deviceId: 'tablet-A', at: '2026-06-15T09:00:00.000Z' })
      .thenThrows('forbidden', { message: 'Aspect m-thread is not assigned to you' });
  });

  it('takes the marks of the aspects assigned, and a judge without an assignment marks every aspect', () => {
    spec(scoreSheetDecider, sheetContext(assigned))
      .given([])
      .when(submit('j-finish', J1, 2))
      .then([markSubmitted(cncTrade, 'j-finish', J1, 2)]);
    spec(scoreSheetDecider, sheetContext(assigned))
      .given([])
      .when(submit('j-tidy', J2, 2))
      .then([markSubmitted(cncTrade, 'j-tidy', J2, 2)]);
    expect(aspectsMarkedBy(assigned, J1)).toEqual(['j-finish', 'm-length']);
    expect(aspectsMarkedBy(assigned, J2)).toBe('all');
  });
});

describe('judging rules: not marked is not 0', () => {
  const partial = [markSubmitted(cncTrade, 'm-diameter', J1, 20), ...panelMarks(cncTrade, 'j-finish', [3, 3])];

  it('tells an aspect without marks, one awaiting the panel, one re-marked and one marked apart', () => {
    const sheet = sheetOf(partial);
    expect(statusOf('m-diameter', sheet)).toBe('marked');
    expect(statusOf('m-length', sheet)).toBe('unmarked');
    expect(statusOf('j-tidy', sheet)).toBe('unmarked');
    expect(statusOf('j-finish', sheet)).toBe('awaiting_panel');
    const flagged = sheetOf([...panelMarks(cncTrade, 'j-finish', [0, 3, 3]), spreadFlagged('j-finish', [0, 3, 3])]);
    expect(statusOf('j-finish', flagged)).toBe('remark_requested');
  });

  it('counts no mark for an aspect that is not marked: the key aspect stays null, the practical sums the marked only', () => {
    const result = calculateResult(cncTrade, 1, sheetOf(partial), 3);
    expect(result).toMatchObject({ practical: 20, markedAspects: 1, totalAspects: 6, keyAspects: [null, 20], status: 'in_progress' });
    expect(
      scoreSheet(cncTrade, sheetOf(partial).marks)
        .aspects.filter((a) => a.mark === null)
        .map((a) => [a.aspectId, a.status]),
    ).toEqual([
      ['m-length', 'unmarked'],
      ['m-thread', 'unmarked'],
      ['j-safety', 'unmarked'],
      ['j-finish', 'awaiting_panel'],
      ['j-tidy', 'unmarked'],
    ]);
  });

  it('marks a level of 0 as a real 0', () => {
    const zero = sheetOf(panelMarks(cncTrade, 'j-finish', [0, 0, 0]));
    expect(statusOf('j-finish', zero)).toBe('marked');
    expect(scoreSheet(cncTrade, zero.marks).aspects.find((a) => a.aspectId === 'j-finish')).toEqual({
      aspectId: 'j-finish',
      status: 'marked',
      mark: 0,
      exact: '0/1',
    });
  });
});

describe('judging rules: corrections', () => {
  const marked = panelMarks(cncTrade, 'j-finish', [2, 2, 1]);
  const request = (judgeId: string, mark: number, reason: string, by: TradeActor, correctionId = 'c1'): ScoreSheetCommand => ({
    type: 'RequestCorrection',
    ...address,
    correctionId,
    aspectId: 'j-finish',
    judgeId,
    mark,
    reason,
    by,
  });
  const asJudge = (judgeId: string): TradeActor => ({ userId: judgeId, role: 'judge' });
  const requested = (judgeId: string, from: number, to: number, requestedBy: string, correctionId = 'c1'): ScoreSheetEvent => ({
    type: 'CorrectionRequested',
    data: { ...address, correctionId, aspectId: 'j-finish', judgeId, from, to, reason: 'Misread the descriptor', requestedBy },
  });
  const approve = (correctionId = 'c1', by: TradeActor = CHIEF): ScoreSheetCommand => ({
    type: 'ApproveCorrection',
    ...address,
    correctionId,
    by,
  });
  const reject = (reason: string, correctionId = 'c1', by: TradeActor = CHIEF): ScoreSheetCommand => ({
    type: 'RejectCorrection',
    ...address,
    correctionId,
    reason,
    by,
  });
  const pending = [...marked, requested(J3, 1, 2, J3)];
  const approved: ScoreSheetEvent = {
    type: 'CorrectionApproved',
    data: { ...address, correctionId: 'c1', aspectId: 'j-finish', judgeId: J3, to: 2 },
  };

  it('lets a judge ask to correct their own mark, with the reason and the mark before', () => {
    spec(scoreSheetDecider, sheetContext(cnc))
      .given(marked)
      .when(request(J3, 2, '  Misread the descriptor ', asJudge(J3)))
      .then([requested(J3, 1, 2, J3)]);
  });

  it('lets the chief judge ask to correct any mark', () => {
    spec(scoreSheetDecider, sheetContext(cnc))
      .given(marked)
      .when(request(J1, 3, 'Misread the descriptor', CHIEF))
      .then([requested(J1, 2, 3, CHIEF.userId)]);
  });

  it('refuses a correction without a reason', () => {
    for (const reason of ['', '   ']) {
      spec(scoreSheetDecider, sheetContext(cnc))
        .given(marked)
        .when(request(J3, 2, reason, asJudge(J3)))
        .thenThrows('invalid', { message: 'A correction needs a reason', field: 'reason' });
    }
  });

  it('refuses a judge correcting another judge’s mark', () => {
    spec(scoreSheetDecider, sheetContext(cnc))
      .given(marked)
      .when(request(J3, 2, 'Misread the descriptor', asJudge(J1)))
      .thenThrows('forbidden', { message: 'A judge corrects only their own marks; the chief judge may correct any', field: 'judgeId' });
  });

  it('refuses the same value, a value out of range, and a mark that does not exist', () => {
    spec(scoreSheetDecider, sheetContext(cnc))
      .given(marked)
      .when(request(J3, 1, 'Misread the descriptor', asJudge(J3)))
      .thenThrows('invalid', { message: 'The mark is already 1', field: 'mark' });
    spec(scoreSheetDecider, sheetContext(cnc))
      .given(marked)
      .when(request(J3, 4, 'Misread the descriptor', asJudge(J3)))
      .thenThrows('invalid', { field: 'mark' });
    spec(scoreSheetDecider, sheetContext(cnc))
      .given(marked.slice(0, 2))
      .when(request(J3, 2, 'Misread the descriptor', asJudge(J3)))
      .thenThrows('not_found', { message: `${J3} has no mark for aspect j-finish of competitor 1 to correct`, field: 'judgeId' });
  });

  it('refuses a second request while one for the same mark is pending, and takes one after it is settled', () => {
    spec(scoreSheetDecider, sheetContext(cnc))
      .given(pending)
      .when(request(J3, 3, 'Misread the descriptor', CHIEF, 'c2'))
      .thenThrows('conflict', { message: 'Correction c1 of this mark is waiting for the chief judge', field: 'aspectId' });
    // another judge's mark of the same aspect is another mark
    spec(scoreSheetDecider, sheetContext(cnc))
      .given(pending)
      .when(request(J1, 3, 'Misread the descriptor', asJudge(J1), 'c2'))
      .then([requested(J1, 2, 3, J1, 'c2')]);
    const rejected: ScoreSheetEvent = {
      type: 'CorrectionRejected',
      data: { ...address, correctionId: 'c1', reason: 'The photo shows level 1' },
    };
    spec(scoreSheetDecider, sheetContext(cnc))
      .given([...pending, rejected])
      .when(request(J3, 2, 'Misread the descriptor', asJudge(J3), 'c2'))
      .then([requested(J3, 1, 2, J3, 'c2')]);
  });

  it('changes the mark on the chief judge’s approval; the original stays in the history', () => {
    spec(scoreSheetDecider, sheetContext(cnc)).given(pending).when(approve()).then([approved]);
    const sheet = sheetOf([...pending, approved]);
    expect(sheet.marks.get('j-finish')).toEqual(marksOf([J1, J2, J3], [2, 2, 2]));
    expect(sheet.corrections.get('c1')).toMatchObject({
      from: 1,
      to: 2,
      status: 'approved',
      reason: 'Misread the descriptor',
      requestedBy: J3,
    });
  });

  it('flags a spread that the approved correction opens', () => {
    spec(scoreSheetDecider, sheetContext(cnc))
      .given([...marked, requested(J3, 1, 0, J3)])
      .when(approve())
      .then([
        { type: 'CorrectionApproved', data: { ...address, correctionId: 'c1', aspectId: 'j-finish', judgeId: J3, to: 0 } },
        spreadFlagged('j-finish', [2, 2, 0]),
      ]);
  });

  it('does not flag a spread while the panel is incomplete', () => {
    const twoMarks = panelMarks(cncTrade, 'j-finish', [2, 2]);
    spec(scoreSheetDecider, sheetContext(cnc))
      .given([...twoMarks, requested(J2, 2, 0, J2)])
      .when(approve())
      .then([{ type: 'CorrectionApproved', data: { ...address, correctionId: 'c1', aspectId: 'j-finish', judgeId: J2, to: 0 } }]);
  });

  it('lets only the chief judge approve or reject', () => {
    for (const by of [organiserActor, asJudge(J3), { userId: 'trade-weld-chief', role: 'chief_judge' }] as const) {
      spec(scoreSheetDecider, sheetContext(cnc))
        .given(pending)
        .when(approve('c1', by))
        .thenThrows('forbidden', { message: 'Corrections are approved by the chief judge of trade-cnc' });
      spec(scoreSheetDecider, sheetContext(cnc))
        .given(pending)
        .when(reject('No', 'c1', by))
        .thenThrows('forbidden', { message: 'Corrections are rejected by the chief judge of trade-cnc' });
    }
  });

  it('refuses to approve or reject an unknown correction, or one already settled', () => {
    spec(scoreSheetDecider, sheetContext(cnc))
      .given(pending)
      .when(approve('c9'))
      .thenThrows('not_found', { message: 'No correction c9 on this score sheet', field: 'correctionId' });
    spec(scoreSheetDecider, sheetContext(cnc)).given(pending).when(reject('No', 'c9')).thenThrows('not_found', { field: 'correctionId' });
    spec(scoreSheetDecider, sheetContext(cnc))
      .given([...pending, approved])
      .when(approve())
      .thenThrows('conflict', { message: 'Correction c1 is already approved', field: 'correctionId' });
    spec(scoreSheetDecider, sheetContext(cnc))
      .given([...pending, approved])
      .when(reject('Too late'))
      .thenThrows('conflict', { message: 'already approved' });
  });

  it('rejects with a reason, and the mark stays', () => {
    spec(scoreSheetDecider, sheetContext(cnc))
      .given(pending)
      .when(reject(' The photo shows level 1 '))
      .then([{ type: 'CorrectionRejected', data: { ...address, correctionId: 'c1', reason: 'The photo shows level 1' } }]);
    spec(scoreSheetDecider, sheetContext(cnc))
      .given(pending)
      .when(reject('  '))
      .thenThrows('invalid', { message: 'Say why the correction is rejected', field: 'reason' });
    const sheet = sheetOf([
      ...pending,
      { type: 'CorrectionRejected', data: { ...address, correctionId: 'c1', reason: 'The photo shows level 1' } },
    ]);
    expect(sheet.marks.get('j-finish')).toEqual(marksOf([J1, J2, J3], [2, 2, 1]));
    expect(sheet.corrections.get('c1')).toMatchObject({ status: 'rejected', rejection: 'The photo shows level 1' });
  });

  it('refuses to approve a correction whose mark was replaced since by a re-mark', () => {
    // J1 asks to correct 1 → 2 while the panel is incomplete; J3's mark then opens a spread and the panel re-marks.
    const beforeRemark = [
      ...panelMarks(cncTrade, 'j-finish', [1, 3]),
      requested(J1, 1, 2, J1),
      markSubmitted(cncTrade, 'j-finish', J3, 3),
      spreadFlagged('j-finish', [1, 3, 3]),
    ];
    spec(scoreSheetDecider, sheetContext(cnc))
      .given(beforeRemark)
      .when(approve())
      .thenThrows('conflict', { message: 'was asked for a mark of 1, which has been replaced since', field: 'correctionId' });
    // J1's re-mark of 3 must not become the 2 asked for against the old mark.
    spec(scoreSheetDecider, sheetContext(cnc))
      .given([...beforeRemark, markSubmitted(cncTrade, 'j-finish', J1, 3, 1, 2)])
      .when(approve())
      .thenThrows('conflict', { field: 'correctionId' });
    // It can still be rejected, so that it does not hold up the sign-off.
    spec(scoreSheetDecider, sheetContext(cnc))
      .given(beforeRemark)
      .when(reject('Re-marked since'))
      .then([{ type: 'CorrectionRejected', data: { ...address, correctionId: 'c1', reason: 'Re-marked since' } }]);
  });

  it('refuses marks and corrections in a signed-off module: a change goes through an appeal', () => {
    const locked = [...workmanshipMarked, signedOff('sc-workmanship')];
    spec(scoreSheetDecider, sheetContext(cnc))
      .given(locked)
      .when(request(J3, 3, 'Misread the descriptor', asJudge(J3)))
      .thenThrows('conflict', { message: 'Module sc-workmanship is signed off: a change goes through an appeal', field: 'aspectId' });
    spec(scoreSheetDecider, sheetContext(cnc))
      .given(locked)
      .when(submit('j-finish', J1, 3))
      .thenThrows('conflict', { message: 'Module sc-workmanship is signed off', field: 'aspectId' });
    // A correction asked before the sign-off (as recorded by an older version) is not approved after it either.
    spec(scoreSheetDecider, sheetContext(cnc))
      .given([...workmanshipMarked, requested(J3, 2, 3, J3), signedOff('sc-workmanship')])
      .when(approve())
      .thenThrows('conflict', { message: 'signed off' });
    // The other module is still open.
    spec(scoreSheetDecider, sheetContext(cnc))
      .given(locked)
      .when(submit('m-thread', J1, 10))
      .then([markSubmitted(cncTrade, 'm-thread', J1, 10)]);
  });
});

describe('judging rules: sign-off of a module', () => {
  const signOff = (
    moduleId: string,
    by: TradeActor = CHIEF,
    checkpoint: { position: number; hash: string } | null = null,
  ): ScoreSheetCommand => ({
    type: 'SignOffModule',
    ...address,
    moduleId,
    by,
    checkpoint,
  });

  it('signs off a module whose aspects are all marked, the other module unmarked notwithstanding', () => {
    const checkpoint = { position: 77, hash: 'cd'.repeat(32) };
    spec(scoreSheetDecider, sheetContext(cnc))
      .given(dimensionsMarked)
      .when(signOff('sc-dimensions', CHIEF, checkpoint))
      .then([{ type: 'ModuleSignedOff', data: { ...address, moduleId: 'sc-dimensions', checkpoint } }]);
    expect([...sheetOf([...dimensionsMarked, signedOff('sc-dimensions')]).signedOff]).toEqual(['sc-dimensions']);
  });

  it('refuses while an aspect of the module is unmarked, awaiting the panel, or being re-marked, and names them', () => {
    spec(scoreSheetDecider, sheetContext(cnc))
      .given(dimensionsMarked.slice(0, 2))
      .when(signOff('sc-dimensions'))
      .thenThrows('conflict', { message: 'Module sc-dimensions cannot be signed off: not marked yet: m-thread', field: 'moduleId' });
    spec(scoreSheetDecider, sheetContext(cnc))
      .given([...panelMarks(cncTrade, 'j-safety', [2, 2, 2]), ...panelMarks(cncTrade, 'j-finish', [2, 2])])
      .when(signOff('sc-workmanship'))
      .thenThrows('conflict', { message: 'not marked yet: j-finish, j-tidy' });
    spec(scoreSheetDecider, sheetContext(cnc))
      .given([...workmanshipMarked.slice(0, 6), ...panelMarks(cncTrade, 'j-tidy', [0, 3, 3]), spreadFlagged('j-tidy', [0, 3, 3])])
      .when(signOff('sc-workmanship'))
      .thenThrows('conflict', { message: 'not marked yet: j-tidy' });
  });

  it('refuses while a correction in the module waits for approval', () => {
    const pending: ScoreSheetEvent = {
      type: 'CorrectionRequested',
      data: { ...address, correctionId: 'c7', aspectId: 'j-tidy', judgeId: J1, from: 1, to: 2, reason: 'typo', requestedBy: J1 },
    };
    spec(scoreSheetDecider, sheetContext(cnc))
      .given([...workmanshipMarked, pending])
      .when(signOff('sc-workmanship'))
      .thenThrows('conflict', { message: 'Module sc-workmanship has a correction waiting for approval (c7)', field: 'moduleId' });
    // a correction pending in the other module does not hold this one up
    spec(scoreSheetDecider, sheetContext(cnc))
      .given([...dimensionsMarked, pending])
      .when(signOff('sc-dimensions'))
      .then([{ type: 'ModuleSignedOff', data: { ...address, moduleId: 'sc-dimensions', checkpoint: null } }]);
  });

  it('refuses a second sign-off, an unknown module, and anyone but the chief judge', () => {
    spec(scoreSheetDecider, sheetContext(cnc))
      .given([...dimensionsMarked, signedOff('sc-dimensions')])
      .when(signOff('sc-dimensions'))
      .thenThrows('conflict', { message: 'Module sc-dimensions of competitor 1 is already signed off', field: 'moduleId' });
    spec(scoreSheetDecider, sheetContext(cnc))
      .given(dimensionsMarked)
      .when(signOff('sc-visual'))
      .thenThrows('not_found', { message: 'Module sc-visual is not in the marking scheme of trade-cnc', field: 'moduleId' });
    for (const by of [organiserActor, { userId: J1, role: 'judge' }] as const) {
      spec(scoreSheetDecider, sheetContext(cnc))
        .given(dimensionsMarked)
        .when(signOff('sc-dimensions', by))
        .thenThrows('forbidden', { message: 'Modules are signed off by the chief judge of trade-cnc' });
    }
  });
});

describe('judging rules: theory answers', () => {
  const withExam: TradeDefinition = { ...cncTrade, theory: { answerKey: ['A', 'BD', 'C', 'D'] } };
  const examTrade = tradeStateOf(readyTradeEvents(withExam, 3));
  const record = (answers: readonly string[]): ScoreSheetCommand => ({ type: 'RecordTheoryAnswers', ...address, answers });
  const recorded = (answers: string[]): ScoreSheetEvent => ({ type: 'TheoryAnswersRecorded', data: { ...address, answers } });

  it('records one answer per question, and the sheet is graded against the key', () => {
    spec(scoreSheetDecider, sheetContext(examTrade))
      .given([])
      .when(record(['A', 'BD', '', 'C']))
      .then([recorded(['A', 'BD', '', 'C'])]);
    expect(gradeSheetTheory(withExam, 1, sheetOf([recorded(['A', 'BD', '', 'C'])]), 1)).toEqual({
      tradeId: TRADE,
      competitorNumber: 1,
      sheetRevision: 1,
      correct: 2,
      questions: 4,
      score: 50,
    });
  });

  it('refuses a count of answers that is not the count of questions', () => {
    for (const answers of [['A', 'B', 'C'], ['A', 'B', 'C', 'D', 'A'], []]) {
      spec(scoreSheetDecider, sheetContext(examTrade))
        .given([])
        .when(record(answers))
        .thenThrows('invalid', { message: `The exam has 4 questions; ${answers.length} answers were given`, field: 'answers' });
    }
  });

  it('refuses answers for a trade without a theory exam', () => {
    spec(scoreSheetDecider, sheetContext(cnc))
      .given([])
      .when(record(['A']))
      .thenThrows('conflict', { message: 'Trade trade-cnc has no theory answer key', field: 'answers', code: 'theory.no_answer_key' });
  });

  it('records nothing for the same answers again, and replaces them with different ones only with a reason', () => {
    const given = [recorded(['A', 'BD', '', 'C'])];
    spec(scoreSheetDecider, sheetContext(examTrade))
      .given(given)
      .when(record(['A', 'BD', '', 'C']))
      .then([]);
    spec(scoreSheetDecider, sheetContext(examTrade))
      .given(given)
      .when(record(['A', 'BD', 'C', 'D']))
      .thenThrows('invalid', { field: 'reason', code: 'theory.change_needs_reason', params: { competitorNumber: 1 } });
    const fixed: ScoreSheetEvent = {
      type: 'TheoryAnswersRecorded',
      data: { ...address, answers: ['A', 'BD', 'C', 'D'], reason: 'sheet scanned twice' },
    };
    spec(scoreSheetDecider, sheetContext(examTrade))
      .given(given)
      .when({ ...record(['A', 'BD', 'C', 'D']), reason: ' sheet scanned twice ' } as ScoreSheetCommand)
      .then([fixed]);
    expect(sheetOf([...given, fixed]).theoryAnswers).toEqual(['A', 'BD', 'C', 'D']);
  });
});

describe('judging rules: completion time, the last tie-break', () => {
  const record = (completionSeconds: number, extra: { reason?: string; by?: TradeActor } = {}): ScoreSheetCommand => ({
    type: 'RecordCompletionTime',
    ...address,
    completionSeconds,
    by: extra.by ?? CHIEF,
    ...(extra.reason === undefined ? {} : { reason: extra.reason }),
  });
  const recorded = (completionSeconds: number, previous: number | null = null, reason: string | null = null): ScoreSheetEvent => ({
    type: 'CompletionTimeRecorded',
    data: { ...address, completionSeconds, previous, reason },
  });

  it('is recorded by the chief judge and carried into the result', () => {
    spec(scoreSheetDecider, sheetContext(cnc))
      .given(dimensionsMarked)
      .when(record(10_830))
      .then([recorded(10_830)]);
    const sheet = sheetOf([...dimensionsMarked, recorded(10_830)]);
    expect(sheet.completionSeconds).toBe(10_830);
    expect(calculateResult(cncTrade, 1, sheet, 3).completionSeconds).toBe(10_830);
    // Without a time the result has none (and compares equal to results written before times existed).
    expect(calculateResult(cncTrade, 1, sheetOf(dimensionsMarked), 2)).not.toHaveProperty('completionSeconds');
  });

  it('records nothing for the same time again; a different time needs a reason, and keeps the one it replaces', () => {
    spec(scoreSheetDecider, sheetContext(cnc))
      .given([recorded(10_830)])
      .when(record(10_830))
      .then([]);
    spec(scoreSheetDecider, sheetContext(cnc))
      .given([recorded(10_830)])
      .when(record(10_380))
      .thenThrows('invalid', {
        message: "Competitor 1's completion time is already recorded (10830 s): a change needs a reason",
        field: 'reason',
      });
    spec(scoreSheetDecider, sheetContext(cnc))
      .given([recorded(10_830)])
      .when(record(10_380, { reason: '  digits swapped on the timing sheet ' }))
      .then([recorded(10_380, 10_830, 'digits swapped on the timing sheet')]);
  });

  it('refuses a time that is not whole seconds from 1 to a day', () => {
    for (const seconds of [0, -5, 12.5, 86_401, Number.NaN]) {
      spec(scoreSheetDecider, sheetContext(cnc))
        .given([])
        .when(record(seconds))
        .thenThrows('invalid', { message: 'A completion time is a whole number of seconds from 1 to 86400', field: 'completionSeconds' });
    }
  });

  it('is recorded by the chief judge of the trade only', () => {
    for (const by of [organiserActor, { userId: J1, role: 'judge' }, { userId: 'trade-weld-chief', role: 'chief_judge' }] as const) {
      spec(scoreSheetDecider, sheetContext(cnc))
        .given([])
        .when(record(10_830, { by }))
        .thenThrows('forbidden', { message: 'Completion times are recorded by the chief judge of trade-cnc' });
    }
  });

  it('is locked once every module of the practical is signed off (one module is not enough)', () => {
    const oneModule = [...dimensionsMarked, signedOff('sc-dimensions')];
    spec(scoreSheetDecider, sheetContext(cnc))
      .given(oneModule)
      .when(record(10_830))
      .then([recorded(10_830)]);
    spec(scoreSheetDecider, sheetContext(cnc))
      .given([...oneModule, ...workmanshipMarked, signedOff('sc-workmanship')])
      .when(record(10_830))
      .thenThrows('conflict', {
        message: 'The practical of competitor 1 is signed off: its completion time is locked',
        field: 'completionSeconds',
      });
  });

  it('breaks a tie between equal results: the shorter time ranks first; without times they share the rank; 3 has no score and no rank', () => {
    const marked = [...dimensionsMarked, ...workmanshipMarked];
    const resultOf = (competitorNumber: number, events: ScoreSheetEvent[]) =>
      calculateResult(cncTrade, competitorNumber, sheetOf(events), events.length - 1);
    const rankOf = (results: ContestantResult[]) =>
      rankResults(cncTrade, cnc, new Map(results.map((r) => [r.competitorNumber, r]))).map((line) => [line.competitorNumber, line.rank]);
    expect(rankOf([resultOf(1, marked), resultOf(2, marked)])).toEqual([
      [1, 1],
      [2, 1],
      [3, null],
    ]);
    expect(rankOf([resultOf(1, [...marked, recorded(10_830)]), resultOf(2, [...marked, recorded(10_380)])])).toEqual([
      [1, 2],
      [2, 1],
      [3, null],
    ]);
  });

  it('refuses a competitor who was not drawn', () => {
    spec(scoreSheetDecider, sheetContext(cnc))
      .given([])
      .when({ ...record(10_830), competitorNumber: 9 })
      .thenThrows('not_found', { message: 'Competitor 9 is not drawn in trade-cnc', field: 'competitorNumber' });
  });
});

describe('judging rules: appeal remedies', () => {
  const apply = (remedy: AppealRemedy, appealId = 'appeal-1'): ScoreSheetCommand => ({
    type: 'ApplyAppealRemedy',
    ...address,
    appealId,
    remedy,
  });
  const locked = [...dimensionsMarked, ...workmanshipMarked, signedOff('sc-dimensions'), signedOff('sc-workmanship')];
  const remarked: ScoreSheetEvent = {
    type: 'AppealRemedyApplied',
    data: { ...address, appealId: 'appeal-1', remedy: { kind: 'remark', aspectIds: ['j-finish'] }, reopenedModules: ['sc-workmanship'] },
  };

  it('orders a re-mark: a new round for each aspect, and the signed-off module opens again', () => {
    spec(scoreSheetDecider, sheetContext(cnc))
      .given(locked)
      .when(apply({ kind: 'remark', aspectIds: ['j-finish', 'j-finish'] }))
      .then([remarked]);
    const sheet = sheetOf([...locked, remarked]);
    expect([...sheet.signedOff]).toEqual(['sc-dimensions']);
    expect(sheet.rounds.get('j-finish')).toBe(2);
    expect(sheet.earlierRounds.get('j-finish')).toEqual([marksOf([J1, J2, J3], [2, 2, 2])]);
    expect(statusOf('j-finish', sheet)).toBe('remark_requested');
    // the panel marks it again, in round 2
    spec(scoreSheetDecider, sheetContext(cnc))
      .given([...locked, remarked])
      .when(submit('j-finish', J1, 3))
      .then([markSubmitted(cncTrade, 'j-finish', J1, 3, 1, 2)]);
    spec(scoreSheetDecider, sheetContext(cnc))
      .given([...locked, remarked])
      .when({ type: 'SignOffModule', ...address, moduleId: 'sc-workmanship', by: CHIEF, checkpoint: null })
      .thenThrows('conflict', { message: 'not marked yet: j-finish' });
  });

  it('reopens only the modules of the aspects re-marked that were signed off', () => {
    const onlyDimensionsLocked = [...dimensionsMarked, ...workmanshipMarked, signedOff('sc-dimensions')];
    spec(scoreSheetDecider, sheetContext(cnc))
      .given(onlyDimensionsLocked)
      .when(apply({ kind: 'remark', aspectIds: ['j-tidy', 'm-length'] }))
      .then([
        {
          type: 'AppealRemedyApplied',
          data: {
            ...address,
            appealId: 'appeal-1',
            remedy: { kind: 'remark', aspectIds: ['j-tidy', 'm-length'] },
            reopenedModules: ['sc-dimensions'],
          },
        },
      ]);
  });

  it('applies a correction and keeps the module signed off: the arbitration committee’s decision stands', () => {
    const corrected: ScoreSheetEvent = {
      type: 'AppealRemedyApplied',
      data: {
        ...address,
        appealId: 'appeal-1',
        remedy: { kind: 'correction', aspectId: 'm-length', judgeId: J1, from: 12.25, to: 14.5 },
        reopenedModules: [],
      },
    };
    spec(scoreSheetDecider, sheetContext(cnc))
      .given(locked)
      .when(apply({ kind: 'correction', aspectId: 'm-length', judgeId: J1, mark: 14.5 }))
      .then([corrected]);
    const sheet = sheetOf([...locked, corrected]);
    expect(sheet.marks.get('m-length')).toEqual([{ judgeId: J1, mark: 14.5 }]);
    expect([...sheet.signedOff]).toEqual(['sc-dimensions', 'sc-workmanship']);
    spec(scoreSheetDecider, sheetContext(cnc))
      .given([...locked, corrected])
      .when({
        type: 'RequestCorrection',
        ...address,
        correctionId: 'c1',
        aspectId: 'm-length',
        judgeId: J1,
        mark: 12,
        reason: 'again',
        by: CHIEF,
      })
      .thenThrows('conflict', { message: 'signed off' });
  });

  it('refuses a re-mark of nothing or of an unknown aspect, and a correction the sheet cannot take', () => {
    spec(scoreSheetDecider, sheetContext(cnc))
      .given(locked)
      .when(apply({ kind: 'remark', aspectIds: [] }))
      .thenThrows('invalid', { message: 'A re-mark names at least one aspect', field: 'aspectIds' });
    spec(scoreSheetDecider, sheetContext(cnc))
      .given(locked)
      .when(apply({ kind: 'remark', aspectIds: ['j-finish', 'j-bead'] }))
      .thenThrows('not_found', { message: 'Aspect j-bead', field: 'aspectId' });
    spec(scoreSheetDecider, sheetContext(cnc))
      .given(locked)
      .when(apply({ kind: 'correction', aspectId: 'j-finish', judgeId: J1, mark: 4 }))
      .thenThrows('invalid', { field: 'mark' });
    spec(scoreSheetDecider, sheetContext(cnc))
      .given(locked)
      .when(apply({ kind: 'correction', aspectId: 'm-length', judgeId: J2, mark: 10 }))
      .thenThrows('not_found', { message: `${J2} has no mark for aspect m-length to correct`, field: 'judgeId' });
  });
});
