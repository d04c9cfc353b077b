import { assertNever, type Decider } from '../shared/decider.js';
import { conflict, invalid, notFound } from '../shared/domain-error.js';
import { type Aspect, type TradeDefinition } from './catalogue.types.js';
import { drawOrder } from './draw.js';

/** A trade's stream: its definition, its judging panel and its lots. */

export type PanelRole = 'chief_judge' | 'judge';

export interface PanelMember {
  judgeId: string;
  role: PanelRole;
  employer: string;
  city: string;
}

export type TradeEvent =
  | { type: 'TradeDefined'; data: { contestId: string; trade: TradeDefinition } }
  | { type: 'JudgeAssigned'; data: { tradeId: string } & PanelMember }
  | { type: 'LotsDrawn'; data: { tradeId: string; seed: string; assignments: Array<{ entryId: string; competitorNumber: number }> } };

export type TradeCommand =
  | { type: 'DefineTrade'; contestId: string; trade: TradeDefinition }
  | { type: 'AssignJudge'; member: PanelMember }
  | { type: 'DrawLots'; seed: string; confirmedEntryIds: readonly string[] };

export interface TradeState {
  contestId?: string;
  definition?: TradeDefinition;
  panel: PanelMember[];
  /** competitor number → entry id, once lots are drawn. */
  competitors?: Map<number, string>;
}

export const initialTradeState: TradeState = { panel: [] };

export function evolveTrade(state: TradeState, event: TradeEvent): TradeState {
  switch (event.type) {
    case 'TradeDefined':
      return { ...state, contestId: event.data.contestId, definition: event.data.trade };
    case 'JudgeAssigned': {
      const { tradeId: _tradeId, ...member } = event.data;
      return { ...state, panel: [...state.panel, member] };
    }
    case 'LotsDrawn':
      return {
        ...state,
        competitors: new Map(event.data.assignments.map((a) => [a.competitorNumber, a.entryId])),
      };
    default:
      return assertNever(event);
  }
}

export function decideTrade(command: TradeCommand, state: TradeState): TradeEvent[] {
  if (command.type === 'DefineTrade') {
    if (state.definition) throw conflict(`Trade ${command.trade.id} is already defined`);
    assertSchemeIsSound(command.trade);
    return [{ type: 'TradeDefined', data: { contestId: command.contestId, trade: command.trade } }];
  }
  const trade = requireDefined(state);
  switch (command.type) {
    case 'AssignJudge': {
      const { member } = command;
      if (state.panel.some((m) => m.judgeId === member.judgeId)) {
        throw conflict(`Judge ${member.judgeId} is already on the panel of ${trade.id}`, 'judgeId');
      }
      if (member.role === 'chief_judge' && state.panel.some((m) => m.role === 'chief_judge')) {
        throw conflict(`Trade ${trade.id} already has a chief judge`, 'role');
      }
      if (member.role === 'judge' && judgesOf(state).length >= trade.panelSize) {
        throw conflict(`The panel of ${trade.id} is full: ${trade.panelSize} judges`, 'judgeId');
      }
      return [{ type: 'JudgeAssigned', data: { tradeId: trade.id, ...member } }];
    }
    case 'DrawLots': {
      if (state.competitors) throw conflict(`Lots for ${trade.id} have already been drawn`);
      if (command.confirmedEntryIds.length === 0) throw invalid(`Trade ${trade.id} has no confirmed entries to draw`);
      if (command.seed.trim().length === 0) throw invalid('A draw needs a seed', 'seed');
      const order = drawOrder(command.seed, command.confirmedEntryIds);
      return [
        {
          type: 'LotsDrawn',
          data: {
            tradeId: trade.id,
            seed: command.seed,
            assignments: order.map((entryId, index) => ({ entryId, competitorNumber: index + 1 })),
          },
        },
      ];
    }
    default:
      return assertNever(command);
  }
}

export const tradeDecider: Decider<TradeCommand, TradeEvent, TradeState> = {
  initialState: initialTradeState,
  evolve: evolveTrade,
  decide: decideTrade,
};

export function requireDefined(state: TradeState): TradeDefinition {
  if (!state.definition) throw notFound('Unknown trade', 'tradeId');
  return state.definition;
}

export const judgesOf = (state: TradeState) => state.panel.filter((m) => m.role === 'judge');

export const aspectsOf = (trade: TradeDefinition): Aspect[] => trade.scheme.subCriteria.flatMap((s) => [...s.aspects]);

export function findAspect(trade: TradeDefinition, aspectId: string): Aspect | undefined {
  for (const subCriterion of trade.scheme.subCriteria) {
    const aspect = subCriterion.aspects.find((a) => a.id === aspectId);
    if (aspect) return aspect;
  }
  return undefined;
}

/** Max marks in hundredths, so that sums of halves and decimals are exact. */
const hundredths = (value: number) => Math.round(value * 100);

function assertSchemeIsSound(trade: TradeDefinition): void {
  const aspects = aspectsOf(trade);
  if (aspects.length === 0) throw invalid(`Trade ${trade.id} has no aspects`, 'scheme');
  const unmarkable = aspects.find((a) => !(a.maxMark > 0) || Math.abs(a.maxMark * 100 - hundredths(a.maxMark)) > 1e-6);
  if (unmarkable) throw invalid(`Aspect ${unmarkable.id}: a max mark is positive, with at most two decimals`, 'scheme');
  const total = aspects.reduce((sum, a) => sum + hundredths(a.maxMark), 0);
  if (total !== 10_000) throw invalid(`The max marks of ${trade.id} sum to ${total / 100}, not 100`, 'scheme');
  if (new Set(aspects.map((a) => a.id)).size !== aspects.length) {
    throw invalid(`Trade ${trade.id} has duplicate aspect ids`, 'scheme');
  }
  if (trade.weights.theory + trade.weights.practical !== 100) {
    throw invalid(`The weights of ${trade.id} do not sum to 100`, 'weights');
  }
  const unknownKey = trade.keyAspectIds.find((id) => !aspects.some((a) => a.id === id));
  if (unknownKey) throw invalid(`Key aspect ${unknownKey} is not in the scheme of ${trade.id}`, 'keyAspectIds');
}
