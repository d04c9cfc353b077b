import { spec } from '../testing/decider-specification.js';
import {
  CONTEST_ID,
  chiefJudge,
  cncTrade,
  judgeAssigned,
  lotsDrawn,
  panelJudge,
  tradeDefined,
  tradeStateOf,
  weldingTrade,
} from '../testing/fixtures.js';
import type { Aspect, TradeDefinition } from './catalogue.types.js';
import { drawOrder } from './draw.js';
import { aspectsOf, decideTrade, findAspect, judgesOf, requireDefined, tradeDecider, type TradeCommand } from './trade.js';

const define = (trade: TradeDefinition): TradeCommand => ({ type: 'DefineTrade', contestId: CONTEST_ID, trade });
const assign = (member: ReturnType<typeof panelJudge>): TradeCommand => ({ type: 'AssignJudge', member });
const draw = (seed: string, confirmedEntryIds: readonly string[]): TradeCommand => ({ type: 'DrawLots', seed, confirmedEntryIds });

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
      spec(tradeDecider).given([]).when(define(cncTrade)).then([{ type: 'TradeDefined', data: { contestId: CONTEST_ID, trade: cncTrade } }]);
      spec(tradeDecider).given([]).when(define(weldingTrade)).then([tradeDefined(weldingTrade)]);
    });

    it('accepts max marks with decimals that sum to exactly 100 (33.33 + 33.33 + 33.34)', () => {
      const trade = withAspects(measurement('a', 33.33), measurement('b', 33.33), measurement('c', 33.34));
      spec(tradeDecider).given([]).when(define(trade)).then([tradeDefined(trade)]);
    });

    it('refuses a second definition', () => {
      spec(tradeDecider).given(defined).when(define(cncTrade)).thenThrows('conflict', { message: 'trade-cnc is already defined', field: undefined });
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

    it('refuses a key aspect that is not in the scheme', () => {
      spec(tradeDecider)
        .given([])
        .when(define({ ...cncTrade, keyAspectIds: ['j-finish', 'j-nope'] }))
        .thenThrows('invalid', { message: 'Key aspect j-nope', field: 'keyAspectIds' });
    });
  });

  describe('before the trade is defined', () => {
    it('refuses to assign a judge or draw lots: unknown trade', () => {
      spec(tradeDecider).given([]).when(assign(panelJudge('j1'))).thenThrows('not_found', { message: 'Unknown trade', field: 'tradeId' });
      spec(tradeDecider).given([]).when(draw('seed', ['e1'])).thenThrows('not_found', { field: 'tradeId' });
    });
  });

  describe('AssignJudge', () => {
    it('assigns judges and a chief judge', () => {
      spec(tradeDecider)
        .given(defined)
        .when(assign(panelJudge('j1', 'Anshan Steel')))
        .then([{ type: 'JudgeAssigned', data: { tradeId: 'trade-cnc', judgeId: 'j1', role: 'judge', employer: 'Anshan Steel', city: 'anshan' } }]);
      spec(tradeDecider).given(defined).when(assign(chiefJudge(cncTrade.id))).then([judgeAssigned(cncTrade.id, chiefJudge(cncTrade.id))]);
    });

    it('refuses the same judge twice, whatever the role', () => {
      spec(tradeDecider).given(fullPanel.slice(0, 2)).when(assign(panelJudge('j1'))).thenThrows('conflict', { message: 'j1 is already on the panel', field: 'judgeId' });
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

    it('refuses a judge beyond the panel size, but the chief judge does not count', () => {
      spec(tradeDecider).given(fullPanel).when(assign(panelJudge('j4'))).thenThrows('conflict', { message: 'is full: 3 judges', field: 'judgeId' });
      spec(tradeDecider).given(fullPanel).when(assign(chiefJudge(cncTrade.id))).then([judgeAssigned(cncTrade.id, chiefJudge(cncTrade.id))]);
    });

    it('admits 5 judges on a panel of 5', () => {
      const events = [tradeDefined(weldingTrade), ...['a', 'b', 'c', 'd'].map((id) => judgeAssigned(weldingTrade.id, panelJudge(id)))];
      spec(tradeDecider).given(events).when(assign(panelJudge('e'))).then([judgeAssigned(weldingTrade.id, panelJudge('e'))]);
      spec(tradeDecider)
        .given([...events, judgeAssigned(weldingTrade.id, panelJudge('e'))])
        .when(assign(panelJudge('f')))
        .thenThrows('conflict', { message: 'is full: 5 judges', field: 'judgeId' });
    });
  });

  describe('DrawLots', () => {
    it('gives competitor numbers 1..n in the order of the seeded draw', () => {
      spec(tradeDecider)
        .given(defined)
        .when(draw('2026-trade-cnc', ['entry-c', 'entry-a', 'entry-e', 'entry-b', 'entry-d']))
        .then([
          {
            type: 'LotsDrawn',
            data: {
              tradeId: 'trade-cnc',
              seed: '2026-trade-cnc',
              assignments: [
                { entryId: 'entry-e', competitorNumber: 1 },
                { entryId: 'entry-b', competitorNumber: 2 },
                { entryId: 'entry-a', competitorNumber: 3 },
                { entryId: 'entry-c', competitorNumber: 4 },
                { entryId: 'entry-d', competitorNumber: 5 },
              ],
            },
          },
        ]);
    });

    it('draws each entry once even when the list repeats it', () => {
      const [event] = decideTrade(draw('s', ['e2', 'e1', 'e2', 'e1']), tradeStateOf(defined));
      expect(event.type === 'LotsDrawn' && event.data.assignments.map((a) => a.competitorNumber)).toEqual([1, 2]);
      expect(event.type === 'LotsDrawn' && event.data.assignments.map((a) => a.entryId).sort()).toEqual(['e1', 'e2']);
    });

    it('uses drawOrder, so anyone with the seed and the list can check it', () => {
      const ids = ['x', 'y', 'z', 'w'];
      const [event] = decideTrade(draw('public seed', ids), tradeStateOf(defined));
      expect(event.type === 'LotsDrawn' && event.data.assignments.map((a) => a.entryId)).toEqual(drawOrder('public seed', ids));
    });

    it('refuses a second draw', () => {
      spec(tradeDecider).given([...defined, lotsDrawn(cncTrade.id, 2)]).when(draw('seed', ['e1'])).thenThrows('conflict', { message: 'already been drawn', field: undefined });
    });

    it('refuses a draw without confirmed entries', () => {
      spec(tradeDecider).given(defined).when(draw('seed', [])).thenThrows('invalid', { message: 'no confirmed entries', field: undefined });
    });

    it('refuses a blank seed', () => {
      spec(tradeDecider).given(defined).when(draw('', ['e1'])).thenThrows('invalid', { message: 'needs a seed', field: 'seed' });
      spec(tradeDecider).given(defined).when(draw(' \t ', ['e1'])).thenThrows('invalid', { field: 'seed' });
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
      expect(() => requireDefined({ panel: [] })).toThrow(expect.objectContaining({ code: 'not_found', field: 'tradeId' }));
      expect(requireDefined(tradeStateOf(defined))).toBe(cncTrade);
    });
  });
});
