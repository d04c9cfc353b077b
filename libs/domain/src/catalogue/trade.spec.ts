import { spec } from '../testing/decider-specification.js';
import {
  CONTEST_ID,
  checkInClosed,
  chiefJudge,
  chiefJudgeActor,
  cncTrade,
  competitorCheckedIn,
  drawCommitted,
  judgeAssigned,
  judgeIds,
  lotsDrawn,
  organiserActor,
  panelJudge,
  readyTradeEvents,
  tradeDefined,
  tradeStateOf,
  weldingTrade,
} from '../testing/fixtures.js';
import type { Aspect, TradeDefinition } from './catalogue.types.js';
import { drawCommitment, drawLots, verifyDraw } from './draw.js';
import {
  aspectsOf,
  decideTrade,
  findAspect,
  isAbsent,
  judgesOf,
  requireDefined,
  tradeDecider,
  type TradeActor,
  type TradeCommand,
} from './trade.js';

const define = (trade: TradeDefinition): TradeCommand => ({ type: 'DefineTrade', contestId: CONTEST_ID, trade });
const assign = (member: ReturnType<typeof panelJudge>): TradeCommand => ({ type: 'AssignJudge', member });
const draw = (seed: string, confirmedEntryIds: readonly string[]): TradeCommand => ({ type: 'DrawLots', seed, confirmedEntryIds });
const commit = (commitment: string): TradeCommand => ({ type: 'CommitDraw', commitment });

const measurement = (id: string, maxMark: number): Aspect => ({ id, type: 'measurement', description: id, maxMark });
const withAspects = (...aspects: Aspect[]): TradeDefinition => ({
  ...cncTrade,
  keyAspectIds: [],
  scheme: { subCriteria: [{ id: 'sc', name: 'sc', aspects }] },
});

const defined = [tradeDefined(cncTrade)];
const fullPanel = [
  ...defined,
  judgeAssigned(cncTrade.id, panelJudge('j1')),
  judgeAssigned(cncTrade.id, panelJudge('j2')),
  judgeAssigned(cncTrade.id, panelJudge('j3')),
];

describe('trade decider', () => {
  describe('DefineTrade', () => {
    it('defines a sound trade', () => {
      spec(tradeDecider)
        .given([])
        .when(define(cncTrade))
        .then([{ type: 'TradeDefined', data: { contestId: CONTEST_ID, trade: cncTrade } }]);
      spec(tradeDecider)
        .given([])
        .when(define(weldingTrade))
        .then([tradeDefined(weldingTrade)]);
    });

    it('accepts max marks with decimals that sum to exactly 100 (33.33 + 33.33 + 33.34)', () => {
      const trade = withAspects(measurement('a', 33.33), measurement('b', 33.33), measurement('c', 33.34));
      spec(tradeDecider)
        .given([])
        .when(define(trade))
        .then([tradeDefined(trade)]);
    });

    it('refuses a second definition', () => {
      spec(tradeDecider)
        .given(defined)
        .when(define(cncTrade))
        .thenThrows('conflict', { message: 'trade-cnc is already defined', field: undefined });
    });

    it('refuses a scheme without aspects', () => {
      spec(tradeDecider)
        .given([])
        .when(define({ ...cncTrade, keyAspectIds: [], scheme: { subCriteria: [] } }))
        .thenThrows('invalid', { message: 'has no aspects', field: 'scheme' });
      spec(tradeDecider).given([]).when(define(withAspects())).thenThrows('invalid', { message: 'has no aspects', field: 'scheme' });
    });

    it('refuses max marks that do not sum to 100', () => {
      spec(tradeDecider)
        .given([])
        .when(define(withAspects(measurement('a', 50), measurement('b', 49.99))))
        .thenThrows('invalid', { message: 'sum to 99.99, not 100', field: 'scheme' });
      spec(tradeDecider)
        .given([])
        .when(define(withAspects(measurement('a', 50), measurement('b', 50.01))))
        .thenThrows('invalid', { message: 'sum to 100.01, not 100', field: 'scheme' });
    });

    // Checking only the sum would let an aspect of max 0 or below (or with more than two decimals) in:
    // such an aspect could never be marked, so no sheet could ever be complete.
    it('refuses an aspect whose max mark is not positive, even when the sum is 100', () => {
      spec(tradeDecider)
        .given([])
        .when(define(withAspects(measurement('a', 110), measurement('b', -10))))
        .thenThrows('invalid', { field: 'scheme' });
    });

    it('refuses a max mark with more than two decimals (50.004 + 50.004 would round to 100)', () => {
      spec(tradeDecider)
        .given([])
        .when(define(withAspects(measurement('a', 50.004), measurement('b', 50.004))))
        .thenThrows('invalid', { field: 'scheme' });
    });

    it('refuses duplicate aspect ids, also across sub-criteria', () => {
      const trade: TradeDefinition = {
        ...cncTrade,
        keyAspectIds: [],
        scheme: {
          subCriteria: [
            { id: 'sc-1', name: '1', aspects: [measurement('a', 50)] },
            { id: 'sc-2', name: '2', aspects: [measurement('a', 50)] },
          ],
        },
      };
      spec(tradeDecider).given([]).when(define(trade)).thenThrows('invalid', { message: 'duplicate aspect ids', field: 'scheme' });
    });

    it('refuses weights that do not sum to 100', () => {
      spec(tradeDecider)
        .given([])
        .when(define({ ...cncTrade, weights: { theory: 30, practical: 60 } }))
        .thenThrows('invalid', { message: 'weights of trade-cnc', field: 'weights' });
    });

    it('refuses workstations that are not a whole number of at least 1', () => {
      for (const workstations of [0, -2, 2.5, Number.NaN]) {
        spec(tradeDecider)
          .given([])
          .when(define({ ...cncTrade, workstations }))
          .thenThrows('invalid', { message: 'workstations', field: 'workstations' });
      }
      const withTen = { ...cncTrade, workstations: 10 };
      spec(tradeDecider)
        .given([])
        .when(define(withTen))
        .then([tradeDefined(withTen)]);
    });

    it('refuses a key aspect that is not in the scheme', () => {
      spec(tradeDecider)
        .given([])
        .when(define({ ...cncTrade, keyAspectIds: ['j-finish', 'j-nope'] }))
        .thenThrows('invalid', { message: 'Key aspect j-nope', field: 'keyAspectIds' });
    });
  });

  describe('before the trade is defined', () => {
    it('refuses to assign a judge or draw lots: unknown trade', () => {
      spec(tradeDecider)
        .given([])
        .when(assign(panelJudge('j1')))
        .thenThrows('not_found', { message: 'Unknown trade', field: 'tradeId' });
      spec(tradeDecider)
        .given([])
        .when(draw('seed', ['e1']))
        .thenThrows('not_found', { field: 'tradeId' });
    });
  });

  describe('AssignJudge', () => {
    it('assigns judges and a chief judge', () => {
      spec(tradeDecider)
        .given(defined)
        .when(assign(panelJudge('j1', 'Anshan Steel')))
        .then([
          { type: 'JudgeAssigned', data: { tradeId: 'trade-cnc', judgeId: 'j1', role: 'judge', employer: 'Anshan Steel', city: 'anshan' } },
        ]);
      spec(tradeDecider)
        .given(defined)
        .when(assign(chiefJudge(cncTrade.id)))
        .then([judgeAssigned(cncTrade.id, chiefJudge(cncTrade.id))]);
    });

    it('refuses the same judge twice, whatever the role', () => {
      spec(tradeDecider)
        .given(fullPanel.slice(0, 2))
        .when(assign(panelJudge('j1')))
        .thenThrows('conflict', { message: 'j1 is already on the panel', field: 'judgeId' });
      spec(tradeDecider)
        .given([...defined, judgeAssigned(cncTrade.id, chiefJudge(cncTrade.id))])
        .when(assign(panelJudge(chiefJudge(cncTrade.id).judgeId)))
        .thenThrows('conflict', { field: 'judgeId' });
    });

    it('refuses a second chief judge', () => {
      spec(tradeDecider)
        .given([...defined, judgeAssigned(cncTrade.id, chiefJudge(cncTrade.id))])
        .when(assign({ ...chiefJudge(cncTrade.id), judgeId: 'other-chief' }))
        .thenThrows('conflict', { message: 'already has a chief judge', field: 'role' });
    });

    it('admits substitutes up to twice the panel size, and the chief judge does not count', () => {
      const withSubstitutes = [...fullPanel, ...['j4', 'j5', 'j6'].map((id) => judgeAssigned(cncTrade.id, panelJudge(id)))];
      spec(tradeDecider)
        .given(fullPanel)
        .when(assign(panelJudge('j4')))
        .then([judgeAssigned(cncTrade.id, panelJudge('j4'))]);
      spec(tradeDecider)
        .given(withSubstitutes)
        .when(assign(panelJudge('j7')))
        .thenThrows('conflict', { message: 'is full: 6 judges', field: 'judgeId' });
      spec(tradeDecider)
        .given(withSubstitutes)
        .when(assign(chiefJudge(cncTrade.id)))
        .then([judgeAssigned(cncTrade.id, chiefJudge(cncTrade.id))]);
    });

    it('admits 10 judges on a panel of 5', () => {
      const events = [tradeDefined(weldingTrade), ...'abcdefghi'.split('').map((id) => judgeAssigned(weldingTrade.id, panelJudge(id)))];
      spec(tradeDecider)
        .given(events)
        .when(assign(panelJudge('j')))
        .then([judgeAssigned(weldingTrade.id, panelJudge('j'))]);
      spec(tradeDecider)
        .given([...events, judgeAssigned(weldingTrade.id, panelJudge('j'))])
        .when(assign(panelJudge('k')))
        .thenThrows('conflict', { message: 'is full: 10 judges', field: 'judgeId' });
    });
  });

  describe('ReplaceDrawCommitment (a lost seed)', () => {
    const replace = (commitment: string, reason = '种子卡遗失') => ({ type: 'ReplaceDrawCommitment' as const, commitment, reason });
    const committed = [...defined, drawCommitted(cncTrade.id, 'the lost seed')];

    it('replaces the commitment before the draw, keeping the replaced one and the reason in the event', () => {
      spec(tradeDecider)
        .given(committed)
        .when(replace(drawCommitment('a new seed'), '  种子卡遗失  '))
        .then([
          {
            type: 'DrawCommitmentReplaced',
            data: {
              tradeId: 'trade-cnc',
              commitment: drawCommitment('a new seed'),
              replaced: drawCommitment('the lost seed'),
              reason: '种子卡遗失',
            },
          },
        ]);
    });

    it('the draw then takes the new seed only', () => {
      const replaced = {
        type: 'DrawCommitmentReplaced' as const,
        data: { tradeId: 'trade-cnc', commitment: drawCommitment('a new seed'), replaced: drawCommitment('the lost seed'), reason: 'lost' },
      };
      spec(tradeDecider)
        .given([...committed, replaced])
        .when({ type: 'DrawLots', seed: 'the lost seed', confirmedEntryIds: ['e1', 'e2'] })
        .thenThrows('invalid', { message: 'does not match the commitment', field: 'seed' });
      spec(tradeDecider)
        .given([...committed, replaced])
        .when({ type: 'DrawLots', seed: 'a new seed', confirmedEntryIds: ['e1', 'e2'] })
        .then([
          expect.objectContaining({
            type: 'LotsDrawn',
            data: expect.objectContaining({ seed: 'a new seed', commitment: drawCommitment('a new seed') }),
          }),
        ]);
    });

    it('refuses without a reason, with the same commitment, without a commitment to replace, and after the draw', () => {
      spec(tradeDecider)
        .given(committed)
        .when(replace(drawCommitment('a new seed'), '   '))
        .thenThrows('invalid', { field: 'reason', code: 'draw.replacement_reason' });
      spec(tradeDecider)
        .given(committed)
        .when(replace(drawCommitment('the lost seed')))
        .thenThrows('invalid', { field: 'commitment', code: 'draw.same_commitment' });
      spec(tradeDecider)
        .given(defined)
        .when(replace(drawCommitment('a new seed')))
        .thenThrows('conflict', { message: 'no commitment to replace' });
      spec(tradeDecider).given(committed).when(replace('not a digest')).thenThrows('invalid', { message: '64 lowercase hex digits' });
      spec(tradeDecider)
        .given([...committed, lotsDrawn(cncTrade.id, 2)])
        .when(replace(drawCommitment('a new seed')))
        .thenThrows('conflict', { code: 'draw.already_drawn' });
    });
  });

  describe('CommitDraw', () => {
    const commitment = drawCommitment('a secret seed');

    it('publishes the commitment to the seed before the draw', () => {
      spec(tradeDecider)
        .given(defined)
        .when(commit(commitment))
        .then([{ type: 'DrawCommitted', data: { tradeId: 'trade-cnc', commitment } }]);
      expect(commitment).toMatch(/^[0-9a-f]{64}$/);
    });

    it('refuses a second commitment, even to the same seed', () => {
      spec(tradeDecider)
        .given([...defined, drawCommitted(cncTrade.id, 'a secret seed')])
        .when(commit(drawCommitment('another seed')))
        .thenThrows('conflict', { message: 'already committed', field: 'commitment' });
      spec(tradeDecider)
        .given([...defined, drawCommitted(cncTrade.id, 'a secret seed')])
        .when(commit(commitment))
        .thenThrows('conflict', { field: 'commitment' });
    });

    it('refuses a commitment after the draw', () => {
      spec(tradeDecider)
        .given([...defined, drawCommitted(cncTrade.id, 'seed'), lotsDrawn(cncTrade.id, 2)])
        .when(commit(commitment))
        .thenThrows('conflict', { message: 'already been drawn', field: undefined });
      // A draw recorded without a commitment (older data) cannot be committed to afterwards either.
      spec(tradeDecider)
        .given([...defined, lotsDrawn(cncTrade.id, 2)])
        .when(commit(commitment))
        .thenThrows('conflict', { message: 'already been drawn' });
    });

    it('refuses what is not a SHA-256 hex digest', () => {
      for (const bad of ['', 'a secret seed', commitment.slice(1), `${commitment}0`, commitment.toUpperCase(), 'g'.repeat(64)]) {
        spec(tradeDecider)
          .given(defined)
          .when(commit(bad))
          .thenThrows('invalid', { message: '64 lowercase hex digits', field: 'commitment' });
      }
    });

    it('refuses an unknown trade', () => {
      spec(tradeDecider).given([]).when(commit(commitment)).thenThrows('not_found', { field: 'tradeId' });
    });
  });

  describe('DrawLots', () => {
    const committed = [...defined, drawCommitted(cncTrade.id, '2026-trade-cnc')];
    const fiveEntries = ['entry-c', 'entry-a', 'entry-e', 'entry-b', 'entry-d'];

    it('checks the seed against the commitment, then gives numbers, sessions and workstations by the seeded draw', () => {
      const twoWorkstations = { ...cncTrade, workstations: 2 };
      spec(tradeDecider)
        .given([tradeDefined(twoWorkstations), drawCommitted(cncTrade.id, '2026-trade-cnc')])
        .when(draw('2026-trade-cnc', fiveEntries))
        .then([
          {
            type: 'LotsDrawn',
            data: {
              tradeId: 'trade-cnc',
              seed: '2026-trade-cnc',
              commitment: drawCommitment('2026-trade-cnc'),
              confirmedEntryIds: ['entry-a', 'entry-b', 'entry-c', 'entry-d', 'entry-e'],
              assignments: [
                { entryId: 'entry-d', competitorNumber: 1, session: 1, workstation: 1 },
                { entryId: 'entry-c', competitorNumber: 2, session: 1, workstation: 2 },
                { entryId: 'entry-e', competitorNumber: 3, session: 2, workstation: 1 },
                { entryId: 'entry-a', competitorNumber: 4, session: 2, workstation: 2 },
                { entryId: 'entry-b', competitorNumber: 5, session: 3, workstation: 1 },
              ],
            },
          },
        ]);
    });

    it('puts everyone in one session when the trade names no workstations', () => {
      const [event] = decideTrade(draw('2026-trade-cnc', fiveEntries), tradeStateOf(committed));
      expect(
        event.type === 'LotsDrawn' && event.data.assignments.map((a) => [a.entryId, a.competitorNumber, a.session, a.workstation]),
      ).toEqual([
        ['entry-d', 1, 1, 1],
        ['entry-c', 2, 1, 2],
        ['entry-e', 3, 1, 3],
        ['entry-a', 4, 1, 4],
        ['entry-b', 5, 1, 5],
      ]);
    });

    it('draws each entry once even when the list repeats it, and records the list sorted', () => {
      const [event] = decideTrade(draw('2026-trade-cnc', ['e2', 'e1', 'e2', 'e1']), tradeStateOf(committed));
      expect(event.type === 'LotsDrawn' && event.data.assignments.map((a) => a.competitorNumber)).toEqual([1, 2]);
      expect(event.type === 'LotsDrawn' && event.data.assignments.map((a) => a.entryId).sort()).toEqual(['e1', 'e2']);
      expect(event.type === 'LotsDrawn' && event.data.confirmedEntryIds).toEqual(['e1', 'e2']);
    });

    it('uses drawLots, so anyone with the seed and the list can check it', () => {
      const ids = ['x', 'y', 'z', 'w'];
      const [event] = decideTrade(draw('2026-trade-cnc', ids), tradeStateOf(committed));
      expect(event.type === 'LotsDrawn' && event.data.assignments).toEqual(drawLots('2026-trade-cnc', ids));
      expect(event.type === 'LotsDrawn' && verifyDraw(event.data)).toEqual({ ok: true });
    });

    it('refuses a draw without a commitment to the seed', () => {
      spec(tradeDecider)
        .given(defined)
        .when(draw('seed', ['e1']))
        .thenThrows('conflict', { message: 'Publish a commitment to the seed of trade-cnc first', field: undefined });
    });

    it('refuses a seed that does not match the commitment', () => {
      spec(tradeDecider)
        .given(committed)
        .when(draw('2026-trade-cnc ', ['e1']))
        .thenThrows('invalid', {
          message: `its SHA-256 is ${drawCommitment('2026-trade-cnc ')}, the commitment is ${drawCommitment('2026-trade-cnc')}`,
          field: 'seed',
        });
      spec(tradeDecider)
        .given(committed)
        .when(draw('2026-TRADE-CNC', ['e1']))
        .thenThrows('invalid', { message: 'does not match the commitment', field: 'seed' });
    });

    it('refuses a second draw', () => {
      spec(tradeDecider)
        .given([...committed, lotsDrawn(cncTrade.id, 2)])
        .when(draw('2026-trade-cnc', ['e1']))
        .thenThrows('conflict', { message: 'already been drawn', field: undefined });
    });

    it('refuses a draw without confirmed entries', () => {
      spec(tradeDecider)
        .given(committed)
        .when(draw('2026-trade-cnc', []))
        .thenThrows('invalid', { message: 'no confirmed entries', field: undefined });
    });

    it('refuses a blank seed, even one committed to', () => {
      spec(tradeDecider)
        .given([...defined, drawCommitted(cncTrade.id, '')])
        .when(draw('', ['e1']))
        .thenThrows('invalid', { message: 'needs a seed', field: 'seed' });
      spec(tradeDecider)
        .given([...defined, drawCommitted(cncTrade.id, ' \t ')])
        .when(draw(' \t ', ['e1']))
        .thenThrows('invalid', { field: 'seed' });
    });
  });

  describe('CheckIn and CloseCheckIn', () => {
    const drawn = [
      ...defined,
      judgeAssigned(cncTrade.id, chiefJudge(cncTrade.id)),
      drawCommitted(cncTrade.id, 'seed'),
      lotsDrawn(cncTrade.id, 3),
    ];
    const checkIn = (competitorNumber: number, by: TradeActor = organiserActor): TradeCommand => ({
      type: 'CheckIn',
      competitorNumber,
      by,
    });
    const close = (by: TradeActor = organiserActor): TradeCommand => ({ type: 'CloseCheckIn', by });

    it('checks in a drawn competitor by number, for the organiser or the chief judge', () => {
      spec(tradeDecider)
        .given(drawn)
        .when(checkIn(2))
        .then([{ type: 'CompetitorCheckedIn', data: { tradeId: 'trade-cnc', competitorNumber: 2 } }]);
      spec(tradeDecider)
        .given(drawn)
        .when(checkIn(3, chiefJudgeActor(cncTrade.id)))
        .then([competitorCheckedIn(cncTrade.id, 3)]);
    });

    it('refuses a number that was not drawn', () => {
      spec(tradeDecider)
        .given(drawn)
        .when(checkIn(4))
        .thenThrows('not_found', { message: 'Competitor 4 is not drawn in trade-cnc', field: 'competitorNumber' });
      spec(tradeDecider).given(drawn).when(checkIn(0)).thenThrows('not_found', { field: 'competitorNumber' });
    });

    it('refuses a competitor already checked in', () => {
      spec(tradeDecider)
        .given([...drawn, competitorCheckedIn(cncTrade.id, 2)])
        .when(checkIn(2, chiefJudgeActor(cncTrade.id)))
        .thenThrows('conflict', { message: 'Competitor 2 is already checked in', field: 'competitorNumber' });
    });

    it('refuses anyone but the organiser and the chief judge of this trade', () => {
      const refusals: TradeActor[] = [
        { userId: 'j1', role: 'judge' },
        { userId: 'trade-weld-chief', role: 'chief_judge' },
        { userId: 'reviewer', role: 'city_reviewer' },
        // A chief judge's account that is on the panel as a judge only.
        { userId: 'j1', role: 'chief_judge' },
      ];
      const withJudge = [...drawn, judgeAssigned(cncTrade.id, panelJudge('j1'))];
      for (const by of refusals) {
        spec(tradeDecider)
          .given(withJudge)
          .when(checkIn(1, by))
          .thenThrows('forbidden', { message: "organiser or the trade's chief judge" });
        spec(tradeDecider).given(withJudge).when(close(by)).thenThrows('forbidden');
      }
    });

    it('refuses check-in before the draw', () => {
      spec(tradeDecider)
        .given([...defined, drawCommitted(cncTrade.id, 'seed')])
        .when(checkIn(1))
        .thenThrows('conflict', { message: 'have not been drawn' });
      spec(tradeDecider).given(defined).when(close()).thenThrows('conflict', { message: 'have not been drawn' });
      spec(tradeDecider).given([]).when(checkIn(1)).thenThrows('not_found', { field: 'tradeId' });
    });

    it('closes check-in: the drawn competitors not checked in are absent', () => {
      spec(tradeDecider)
        .given([...drawn, competitorCheckedIn(cncTrade.id, 2)])
        .when(close(chiefJudgeActor(cncTrade.id)))
        .then([{ type: 'CheckInClosed', data: { tradeId: 'trade-cnc', absent: [1, 3] } }]);
      spec(tradeDecider)
        .given([...drawn, ...[3, 1, 2].map((n) => competitorCheckedIn(cncTrade.id, n))])
        .when(close())
        .then([checkInClosed(cncTrade.id, [])]);
      spec(tradeDecider)
        .given(drawn)
        .when(close())
        .then([checkInClosed(cncTrade.id, [1, 2, 3])]);
    });

    it('refuses check-in and a second close once check-in is closed', () => {
      const closed = [...drawn, competitorCheckedIn(cncTrade.id, 2), checkInClosed(cncTrade.id, [1, 3])];
      spec(tradeDecider).given(closed).when(checkIn(1)).thenThrows('conflict', { message: 'Check-in for trade-cnc is closed' });
      spec(tradeDecider).given(closed).when(close()).thenThrows('conflict', { message: 'is closed' });
    });

    it('tells who is absent', () => {
      const open = tradeStateOf([...drawn, competitorCheckedIn(cncTrade.id, 2)]);
      expect([1, 2, 3].map((n) => isAbsent(open, n))).toEqual([false, false, false]);
      const closed = tradeStateOf([...drawn, competitorCheckedIn(cncTrade.id, 2), checkInClosed(cncTrade.id, [1, 3])]);
      expect([1, 2, 3, 4].map((n) => isAbsent(closed, n))).toEqual([true, false, true, false]);
      expect([...closed.checkedIn!]).toEqual([2]);
    });
  });

  describe('evolve', () => {
    it('keeps the definition, the panel without the trade id, and the competitor numbers', () => {
      const state = tradeStateOf([...fullPanel, judgeAssigned(cncTrade.id, chiefJudge(cncTrade.id)), lotsDrawn(cncTrade.id, 2)]);
      expect(state.contestId).toBe(CONTEST_ID);
      expect(state.definition).toBe(cncTrade);
      expect(state.panel).toEqual([panelJudge('j1'), panelJudge('j2'), panelJudge('j3'), chiefJudge(cncTrade.id)]);
      expect(judgesOf(state).map((m) => m.judgeId)).toEqual(['j1', 'j2', 'j3']);
      expect([...state.competitors!]).toEqual([
        [1, 'entry-1'],
        [2, 'entry-2'],
      ]);
    });

    it('keeps the commitment, the check-ins and whether check-in is closed', () => {
      const events = [...defined, drawCommitted(cncTrade.id, 'seed'), lotsDrawn(cncTrade.id, 3)];
      const drawnState = tradeStateOf(events);
      expect(drawnState.commitment).toBe(drawCommitment('seed'));
      expect([drawnState.checkedIn, drawnState.checkInClosed]).toEqual([undefined, undefined]);
      const before = tradeStateOf([...events, competitorCheckedIn(cncTrade.id, 3)]);
      const after = tradeStateOf([
        ...events,
        competitorCheckedIn(cncTrade.id, 3),
        competitorCheckedIn(cncTrade.id, 1),
        checkInClosed(cncTrade.id, [2]),
      ]);
      expect([...before.checkedIn!]).toEqual([3]);
      expect([...after.checkedIn!].sort()).toEqual([1, 3]);
      expect(after.checkInClosed).toBe(true);
    });

    it('does not change the state it is given', () => {
      const before = tradeStateOf(defined);
      tradeStateOf([...defined, judgeAssigned(cncTrade.id, panelJudge('j1'))]);
      expect(before.panel).toEqual([]);
      expect(tradeDecider.initialState).toEqual({ panel: [] });
    });
  });

  describe('scheme helpers', () => {
    it('lists the aspects in scheme order and finds them by id', () => {
      expect(aspectsOf(cncTrade).map((a) => a.id)).toEqual(['m-diameter', 'm-length', 'm-thread', 'j-safety', 'j-finish', 'j-tidy']);
      expect(findAspect(cncTrade, 'j-tidy')).toMatchObject({ type: 'judgement', maxMark: 18.5 });
      expect(findAspect(cncTrade, 'nope')).toBeUndefined();
    });

    it('requireDefined refuses an undefined trade', () => {
      expect(() => requireDefined({ panel: [] })).toThrow(
        expect.objectContaining({ kind: 'not_found', code: 'catalogue.unknown_trade', field: 'tradeId' }),
      );
      expect(requireDefined(tradeStateOf(defined))).toBe(cncTrade);
    });
  });
});

describe('trade decider: registration rules set by the organiser', () => {
  const defined = [tradeDefined(cncTrade)];
  const rules = { ageWindow: { min: 20, max: 50 }, quotaPerCity: 3, noFirstPrizeInLastEditions: 1 };

  it('sets the rules and they replace the definition’s', () => {
    spec(tradeDecider)
      .given(defined)
      .when({ type: 'SetRegistrationRules', rules })
      .then([{ type: 'RegistrationRulesSet', data: { tradeId: cncTrade.id, rules } }]);
    const state = tradeStateOf([...defined, { type: 'RegistrationRulesSet', data: { tradeId: cncTrade.id, rules } }]);
    expect(state.definition?.registration).toEqual(rules);
  });

  it.each([
    [{ ageWindow: { min: 30, max: 20 } }, 'ageWindow'],
    [{ ageWindow: { min: 10, max: 20 } }, 'ageWindow'],
    [{ quotaPerCity: 0 }, 'quotaPerCity'],
    [{ quotaPerCity: 2.5 }, 'quotaPerCity'],
    [{ noFirstPrizeInLastEditions: 0 }, 'noFirstPrizeInLastEditions'],
  ])('refuses unsound rules %j', (bad, field) => {
    spec(tradeDecider).given(defined).when({ type: 'SetRegistrationRules', rules: bad }).thenThrows('invalid', { field });
  });

  it('refuses once lots are drawn, and for an unknown trade', () => {
    spec(tradeDecider)
      .given(readyTradeEvents(cncTrade, 2))
      .when({ type: 'SetRegistrationRules', rules })
      .thenThrows('conflict', { message: 'registration is over' });
    spec(tradeDecider).given([]).when({ type: 'SetRegistrationRules', rules }).thenThrows('not_found');
  });
});

describe('trade decider: judging and results rules of a definition', () => {
  const define = (trade: TradeDefinition): TradeCommand => ({ type: 'DefineTrade', contestId: CONTEST_ID, trade });
  const withRules = (rules: Partial<TradeDefinition>): TradeDefinition => ({ ...cncTrade, ...rules });

  it('accepts every rule at its edges', () => {
    const edges = withRules({
      theory: { answerKey: ['A', 'BD', 'DCBA', 'Z'] },
      prizes: { mode: 'ratio', first: 33.33, second: 33.33, third: 33.34 },
      honours: { may_day_labour_medal: { minContestants: 1 }, technical_expert: { minContestants: 30 } },
      standardisation: { version: 'median700-v1' },
      conflictOfInterest: { sameCity: true },
      appealWindowMinutes: 1,
      publicityWorkingDays: 0,
    });
    spec(tradeDecider)
      .given([])
      .when(define(edges))
      .then([tradeDefined(edges)]);
    for (const prizes of [
      { mode: 'ratio', first: 0, second: 0, third: 0 },
      { mode: 'ratio', first: 100, second: 0, third: 0 },
      { mode: 'count', first: 0, second: 0, third: 0 },
      { mode: 'count', first: 1, second: 3, third: 500 },
    ] as const) {
      spec(tradeDecider)
        .given([])
        .when(define(withRules({ prizes })))
        .then([tradeDefined(withRules({ prizes }))]);
    }
    spec(tradeDecider)
      .given([])
      .when(define(withRules({ honours: {} })))
      .then([tradeDefined(withRules({ honours: {} }))]);
  });

  it.each([
    [{ prizes: { mode: 'ratio', first: 10, second: 20, third: 30, cutOff: 'not_exceeding' } }],
    [{ prizes: { mode: 'count', first: 1, second: 2, third: 3, cutOff: 'round_half_up' } }],
    [{ keyAspectComparison: 'sum' }],
    [{ keyAspectComparison: 'in_order' }],
    [{ weights: { theory: 33.33, practical: 66.67 } }],
  ] as Array<[Partial<TradeDefinition>]>)('accepts the results policy %j', (rules) => {
    spec(tradeDecider)
      .given([])
      .when(define(withRules(rules)))
      .then([tradeDefined(withRules(rules))]);
  });

  // Values as they could arrive from an import or an older catalogue file, not only as the type allows.
  const refusals: Array<[string, Partial<TradeDefinition>, string, string]> = [
    ['an empty answer key', { theory: { answerKey: [] } }, 'theory.answerKey', 'at least one question'],
    ['a blank answer', { theory: { answerKey: ['A', ''] } }, 'theory.answerKey', 'Answer 2 of the key'],
    ['a lower-case answer', { theory: { answerKey: ['a'] } }, 'theory.answerKey', 'Answer 1 of the key (a)'],
    ['a letter twice in one answer', { theory: { answerKey: ['A', 'C', 'BDB'] } }, 'theory.answerKey', 'Answer 3 of the key (BDB)'],
    ['an answer that is not letters', { theory: { answerKey: ['A', 'B,C'] } }, 'theory.answerKey', 'distinct letters A–Z'],
    ['a digit for an answer', { theory: { answerKey: ['1'] } }, 'theory.answerKey', 'distinct letters A–Z'],
    ['an answer that is not text', { theory: { answerKey: [1 as unknown as string] } }, 'theory.answerKey', 'Answer 1'],
    [
      'an unknown prize mode',
      { prizes: { mode: 'share', first: 1, second: 1, third: 1 } as never },
      'prizes.mode',
      "'ratio' or by 'count'",
    ],
    ['a negative ratio', { prizes: { mode: 'ratio', first: 10, second: -5, third: 30 } }, 'prizes.second', 'second prize ratio'],
    [
      'a ratio with three decimals',
      { prizes: { mode: 'ratio', first: 10.125, second: 20, third: 30 } },
      'prizes.first',
      'at most two decimals',
    ],
    [
      'a ratio that is not a number',
      { prizes: { mode: 'ratio', first: 10, second: 20, third: Number.NaN } },
      'prizes.third',
      'third prize ratio',
    ],
    ['ratios summing to more than 100', { prizes: { mode: 'ratio', first: 40, second: 30, third: 30.01 } }, 'prizes', 'sum to 100.01 %'],
    ['a fractional count', { prizes: { mode: 'count', first: 1, second: 2.5, third: 3 } }, 'prizes.second', 'number of second prizes'],
    [
      'an unknown prize cut-off',
      { prizes: { mode: 'ratio', first: 10, second: 20, third: 30, cutOff: 'round_down' } as never },
      'prizes.cutOff',
      'round_half_up or not_exceeding',
    ],
    ['an unknown key-aspect comparison', { keyAspectComparison: 'max' as never }, 'keyAspectComparison', 'in_order or sum'],
    ['weights with three decimals', { weights: { theory: 30.005, practical: 69.995 } }, 'weights', 'do not sum to 100'],
    ['a negative count', { prizes: { mode: 'count', first: -1, second: 2, third: 3 } }, 'prizes.first', 'whole number, 0 or more'],
    ['an unknown honour', { honours: { national_medal: { minContestants: 10 } } as never }, 'honours', 'Unknown honour national_medal'],
    [
      'an honour for no contestants',
      { honours: { technical_expert: { minContestants: 0 } } },
      'honours.technical_expert.minContestants',
      'at least 1',
    ],
    [
      'an honour for 2.5 contestants',
      { honours: { may_day_labour_medal: { minContestants: 2.5 } } },
      'honours.may_day_labour_medal.minContestants',
      'whole number',
    ],
    [
      'an honour without its condition',
      { honours: { technical_expert: undefined as never } },
      'honours.technical_expert.minContestants',
      'whole number',
    ],
    ['an unknown standardisation', { standardisation: { version: 'median500-v2' } as never }, 'standardisation.version', 'median500-v2'],
    [
      'a same-city rule that is not true or false',
      { conflictOfInterest: { sameCity: 'yes' } as never },
      'conflictOfInterest.sameCity',
      'true or false',
    ],
    ['an appeal window of 0 minutes', { appealWindowMinutes: 0 }, 'appealWindowMinutes', 'at least 1'],
    ['an appeal window of 1.5 minutes', { appealWindowMinutes: 1.5 }, 'appealWindowMinutes', 'whole number of minutes'],
    ['a negative publicity period', { publicityWorkingDays: -1 }, 'publicityWorkingDays', 'working days, 0 or more'],
    ['a publicity period of 2.5 days', { publicityWorkingDays: 2.5 }, 'publicityWorkingDays', 'whole number'],
    ['a publicity period of 61 working days', { publicityWorkingDays: 61 }, 'publicityWorkingDays', 'at most 60'],
  ];

  it.each(refusals)('refuses %s, naming the field', (_what, rules, field, message) => {
    spec(tradeDecider)
      .given([])
      .when(define(withRules(rules)))
      .thenThrows('invalid', { message, field });
  });
});

describe('trade decider: aspects assigned to judges', () => {
  const ready = readyTradeEvents(cncTrade, 3);
  const [J1] = judgeIds(cncTrade);
  const assignAspects = (judgeId: string, aspectIds: readonly string[], by: TradeActor = organiserActor): TradeCommand => ({
    type: 'AssignAspects',
    judgeId,
    aspectIds,
    by,
  });

  it('assigns aspects, each once, for the organiser or the chief judge', () => {
    spec(tradeDecider)
      .given(ready)
      .when(assignAspects(J1, ['j-finish', 'j-tidy', 'j-finish']))
      .then([{ type: 'AspectsAssigned', data: { tradeId: 'trade-cnc', judgeId: J1, aspectIds: ['j-finish', 'j-tidy'] } }]);
    spec(tradeDecider)
      .given(ready)
      .when(assignAspects(J1, ['m-length'], chiefJudgeActor(cncTrade.id)))
      .then([{ type: 'AspectsAssigned', data: { tradeId: 'trade-cnc', judgeId: J1, aspectIds: ['m-length'] } }]);
  });

  it('replaces the aspects assigned before; the judges without any keep marking every aspect', () => {
    const state = tradeStateOf([
      ...ready,
      { type: 'AspectsAssigned', data: { tradeId: cncTrade.id, judgeId: J1, aspectIds: ['j-finish'] } },
      { type: 'AspectsAssigned', data: { tradeId: cncTrade.id, judgeId: J1, aspectIds: ['j-tidy', 'j-safety'] } },
    ]);
    expect([...state.assignments!]).toEqual([[J1, ['j-tidy', 'j-safety']]]);
  });

  it('refuses anyone else: a judge, a judge who is chief elsewhere, a city reviewer', () => {
    for (const by of [
      { userId: J1, role: 'judge' },
      { userId: 'trade-weld-chief', role: 'chief_judge' },
      { userId: 'reviewer', role: 'city_reviewer' },
    ] as const) {
      spec(tradeDecider)
        .given(ready)
        .when(assignAspects(J1, ['j-finish'], by))
        .thenThrows('forbidden', { message: "Aspects are assigned for trade-cnc by the organiser or the trade's chief judge" });
    }
  });

  it('refuses someone who is not a judge of the panel, the chief judge included', () => {
    spec(tradeDecider)
      .given(ready)
      .when(assignAspects('stranger', ['j-finish']))
      .thenThrows('not_found', { message: 'stranger is not a judge on the panel of trade-cnc', field: 'judgeId' });
    spec(tradeDecider)
      .given(ready)
      .when(assignAspects(chiefJudge(cncTrade.id).judgeId, ['j-finish']))
      .thenThrows('not_found', { field: 'judgeId' });
  });

  it('refuses an empty list and an aspect outside the scheme', () => {
    spec(tradeDecider)
      .given(ready)
      .when(assignAspects(J1, []))
      .thenThrows('invalid', { message: 'Assign at least one aspect', field: 'aspectIds' });
    spec(tradeDecider)
      .given(ready)
      .when(assignAspects(J1, ['j-finish', 'j-bead']))
      .thenThrows('not_found', { message: 'Aspect j-bead is not in the marking scheme of trade-cnc', field: 'aspectIds' });
  });

  it('refuses an unknown trade', () => {
    spec(tradeDecider)
      .given([])
      .when(assignAspects(J1, ['j-finish']))
      .thenThrows('not_found', { field: 'tradeId' });
  });
});

describe('trade decider: freezing and revealing the live board', () => {
  const ready = readyTradeEvents(cncTrade, 3);
  const frozen = [...ready, { type: 'BoardFrozen', data: { tradeId: cncTrade.id, frozenAt: '2026-06-15T15:00:00.000Z' } } as const];

  it('freezes the board, then reveals it, then may freeze it again', () => {
    spec(tradeDecider)
      .given(ready)
      .when({ type: 'FreezeBoard', at: '2026-06-15T15:00:00.000Z' })
      .then([frozen.at(-1)!]);
    spec(tradeDecider)
      .given(frozen)
      .when({ type: 'RevealBoard', at: '2026-06-15T18:00:00.000Z' })
      .then([{ type: 'BoardRevealed', data: { tradeId: 'trade-cnc', revealedAt: '2026-06-15T18:00:00.000Z' } }]);
    const revealed = [
      ...frozen,
      { type: 'BoardRevealed', data: { tradeId: cncTrade.id, revealedAt: '2026-06-15T18:00:00.000Z' } } as const,
    ];
    expect(tradeStateOf(frozen).frozenAt).toBe('2026-06-15T15:00:00.000Z');
    expect(tradeStateOf(revealed).frozenAt).toBeUndefined();
    spec(tradeDecider)
      .given(revealed)
      .when({ type: 'FreezeBoard', at: '2026-06-16T09:00:00.000Z' })
      .then([{ type: 'BoardFrozen', data: { tradeId: 'trade-cnc', frozenAt: '2026-06-16T09:00:00.000Z' } }]);
  });

  it('refuses to freeze a frozen board: the first freeze stands', () => {
    spec(tradeDecider)
      .given(frozen)
      .when({ type: 'FreezeBoard', at: '2026-06-15T16:00:00.000Z' })
      .thenThrows('conflict', { message: 'frozen since 2026-06-15T15:00:00.000Z' });
  });

  it('refuses to reveal a board that is not frozen', () => {
    spec(tradeDecider)
      .given(ready)
      .when({ type: 'RevealBoard', at: '2026-06-15T18:00:00.000Z' })
      .thenThrows('conflict', { message: 'is not frozen: there is nothing to reveal' });
  });
});

describe('trade decider: the award ceremony', () => {
  const ready = readyTradeEvents(cncTrade, 3);
  const frozen = [...ready, { type: 'BoardFrozen', data: { tradeId: cncTrade.id, frozenAt: '2026-06-15T15:00:00.000Z' } } as const];
  const stepped = (step: number) =>
    ({ type: 'CeremonyStepped', data: { tradeId: cncTrade.id, step, at: `2026-06-15T18:0${step}:00.000Z` } }) as const;

  it('steps a frozen board one result at a time, as many steps as competitors', () => {
    spec(tradeDecider)
      .given(frozen)
      .when({ type: 'StepCeremony', at: '2026-06-15T18:01:00.000Z' })
      .then([stepped(1)]);
    spec(tradeDecider)
      .given([...frozen, stepped(1), stepped(2)])
      .when({ type: 'StepCeremony', at: '2026-06-15T18:03:00.000Z' })
      .then([stepped(3)]);
    spec(tradeDecider)
      .given([...frozen, stepped(1), stepped(2), stepped(3)])
      .when({ type: 'StepCeremony', at: '2026-06-15T18:04:00.000Z' })
      .thenThrows('conflict', { code: 'ceremony.all_revealed', params: { total: 3 } });
  });

  it('refuses a step on a board that is not frozen, and starts over at the next freeze', () => {
    spec(tradeDecider)
      .given(ready)
      .when({ type: 'StepCeremony', at: '2026-06-15T18:01:00.000Z' })
      .thenThrows('conflict', { code: 'ceremony.not_frozen' });
    const revealed = [
      ...frozen,
      stepped(1),
      { type: 'BoardRevealed', data: { tradeId: cncTrade.id, revealedAt: '2026-06-15T19:00:00.000Z' } } as const,
    ];
    expect(tradeStateOf(revealed).ceremonyStep).toBeUndefined();
    spec(tradeDecider)
      .given([...revealed, { type: 'BoardFrozen', data: { tradeId: cncTrade.id, frozenAt: '2026-06-16T15:00:00.000Z' } }])
      .when({ type: 'StepCeremony', at: '2026-06-16T18:01:00.000Z' })
      .then([{ type: 'CeremonyStepped', data: { tradeId: cncTrade.id, step: 1, at: '2026-06-16T18:01:00.000Z' } }]);
  });
});

describe('trade decider: publishing and reopening results', () => {
  const ready = readyTradeEvents(cncTrade, 3);
  const checkpoint = { position: 1234, hash: 'ab'.repeat(32) };
  const publish = (unsignedCompetitors: readonly number[] = [], at = '2026-06-15T18:00:00.000Z'): TradeCommand => ({
    type: 'PublishResults',
    at,
    checkpoint,
    unsignedCompetitors,
  });
  const published = [
    ...ready,
    { type: 'ResultsPublished', data: { tradeId: cncTrade.id, publishedAt: '2026-06-15T18:00:00.000Z', checkpoint } } as const,
  ];
  const reopened = [...published, { type: 'ResultsReopened', data: { tradeId: cncTrade.id, appealId: 'appeal-1' } } as const];

  it('publishes once every present competitor is signed off, with the audit checkpoint', () => {
    spec(tradeDecider)
      .given(ready)
      .when(publish())
      .then([{ type: 'ResultsPublished', data: { tradeId: 'trade-cnc', publishedAt: '2026-06-15T18:00:00.000Z', checkpoint } }]);
    expect(tradeStateOf(published)).toMatchObject({ published: { publishedAt: '2026-06-15T18:00:00.000Z', checkpoint }, publications: 1 });
  });

  it('refuses before the draw: there are no results', () => {
    spec(tradeDecider)
      .given([tradeDefined(cncTrade)])
      .when(publish())
      .thenThrows('conflict', { message: 'Lots for trade-cnc have not been drawn: there are no results to publish' });
  });

  it('refuses while a competitor has a module not signed off, and lists them', () => {
    spec(tradeDecider)
      .given(ready)
      .when(publish([2]))
      .thenThrows('conflict', { message: 'Not every module is signed off: competitor 2' });
    spec(tradeDecider)
      .given(ready)
      .when(publish([1, 3]))
      .thenThrows('conflict', { message: 'competitors 1, 3' });
    const many = Array.from({ length: 12 }, (_, i) => i + 1);
    spec(tradeDecider)
      .given(ready)
      .when(publish(many))
      .thenThrows('conflict', { message: /competitors 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, …$/ });
  });

  it('refuses a second publication', () => {
    spec(tradeDecider)
      .given(published)
      .when(publish([], '2026-06-15T19:00:00.000Z'))
      .thenThrows('conflict', { message: 'The results of trade-cnc were published at 2026-06-15T18:00:00.000Z' });
  });

  it('reopens published results for an upheld appeal; they are published anew afterwards', () => {
    spec(tradeDecider)
      .given(published)
      .when({ type: 'ReopenResults', appealId: 'appeal-1' })
      .then([reopened.at(-1)!]);
    const state = tradeStateOf(reopened);
    expect(state.published).toBeUndefined();
    spec(tradeDecider)
      .given(reopened)
      .when(publish([], '2026-06-17T10:00:00.000Z'))
      .then([{ type: 'ResultsPublished', data: { tradeId: 'trade-cnc', publishedAt: '2026-06-17T10:00:00.000Z', checkpoint } }]);
    expect(tradeStateOf([...reopened, ...decideTrade(publish([], '2026-06-17T10:00:00.000Z'), state)]).publications).toBe(2);
  });

  it('does nothing when asked to reopen results that are not published', () => {
    spec(tradeDecider).given(ready).when({ type: 'ReopenResults', appealId: 'appeal-1' }).then([]);
    spec(tradeDecider).given(reopened).when({ type: 'ReopenResults', appealId: 'appeal-2' }).then([]);
  });
});
