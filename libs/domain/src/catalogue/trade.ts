import type { Role } from '../identity/user.js';
import { assertNever, type Decider } from '../shared/decider.js';
import { conflict, forbidden, invalid, notFound } from '../shared/domain-error.js';
import { type Aspect, type TradeDefinition, type TradeRegistrationRules } from './catalogue.types.js';
import { drawCommitment, drawList, drawLots, isCommitment, type DrawAssignment } from './draw.js';

/** A trade's stream: its definition, its judging panel, its lots and the check-in of the contest day. */

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
  /** The organiser's commitment to the seed, published before the draw: SHA-256 hex of the seed. */
  | { type: 'DrawCommitted'; data: { tradeId: string; commitment: string } }
  | {
      type: 'LotsDrawn';
      data: {
        tradeId: string;
        seed: string;
        commitment: string;
        /** As the draw used them: unique and sorted. */
        confirmedEntryIds: string[];
        /** By competitor number. */
        assignments: DrawAssignment[];
      };
    }
  | { type: 'CompetitorCheckedIn'; data: { tradeId: string; competitorNumber: number } }
  /** Check-in is over: the competitors not checked in (`absent`, ascending) are absent. */
  | { type: 'CheckInClosed'; data: { tradeId: string; absent: number[] } }
  /** The organiser sets the trade's registration rules; they replace the ones before. */
  | { type: 'RegistrationRulesSet'; data: { tradeId: string; rules: TradeRegistrationRules } };

/** Who gives a check-in command: the organiser, or the trade's chief judge. */
export interface TradeActor {
  userId: string;
  role: Role;
}

export type TradeCommand =
  | { type: 'DefineTrade'; contestId: string; trade: TradeDefinition }
  | { type: 'AssignJudge'; member: PanelMember }
  | { type: 'CommitDraw'; commitment: string }
  | { type: 'DrawLots'; seed: string; confirmedEntryIds: readonly string[] }
  | { type: 'CheckIn'; competitorNumber: number; by: TradeActor }
  | { type: 'CloseCheckIn'; by: TradeActor }
  | { type: 'SetRegistrationRules'; rules: TradeRegistrationRules };

export interface TradeState {
  contestId?: string;
  definition?: TradeDefinition;
  panel: PanelMember[];
  /** The published commitment to the draw's seed. */
  commitment?: string;
  /** competitor number → entry id, once lots are drawn. */
  competitors?: Map<number, string>;
  /** Competitor numbers checked in on the contest day. */
  checkedIn?: ReadonlySet<number>;
  /** True once check-in is closed: the drawn competitors not checked in are absent. */
  checkInClosed?: boolean;
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
    case 'DrawCommitted':
      return { ...state, commitment: event.data.commitment };
    case 'LotsDrawn':
      return {
        ...state,
        competitors: new Map(event.data.assignments.map((a) => [a.competitorNumber, a.entryId])),
      };
    case 'CompetitorCheckedIn':
      return { ...state, checkedIn: new Set([...(state.checkedIn ?? []), event.data.competitorNumber]) };
    case 'CheckInClosed':
      return { ...state, checkInClosed: true };
    case 'RegistrationRulesSet':
      return state.definition ? { ...state, definition: { ...state.definition, registration: event.data.rules } } : state;
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
    case 'CommitDraw': {
      if (state.competitors) throw conflict(`Lots for ${trade.id} have already been drawn: a commitment comes before the draw`);
      if (state.commitment) throw conflict(`The draw of ${trade.id} is already committed to ${state.commitment}`, 'commitment');
      if (!isCommitment(command.commitment)) {
        throw invalid('A commitment is the SHA-256 of the seed: 64 lowercase hex digits', 'commitment');
      }
      return [{ type: 'DrawCommitted', data: { tradeId: trade.id, commitment: command.commitment } }];
    }
    case 'DrawLots': {
      if (state.competitors) throw conflict(`Lots for ${trade.id} have already been drawn`);
      if (!state.commitment) {
        throw conflict(`Publish a commitment to the seed of ${trade.id} first: lots are drawn only with a seed committed to before`);
      }
      if (command.confirmedEntryIds.length === 0) throw invalid(`Trade ${trade.id} has no confirmed entries to draw`);
      if (command.seed.trim().length === 0) throw invalid('A draw needs a seed', 'seed');
      const hashed = drawCommitment(command.seed);
      if (hashed !== state.commitment) {
        throw invalid(`The seed does not match the commitment: its SHA-256 is ${hashed}, the commitment is ${state.commitment}`, 'seed');
      }
      const confirmedEntryIds = drawList(command.confirmedEntryIds);
      return [
        {
          type: 'LotsDrawn',
          data: {
            tradeId: trade.id,
            seed: command.seed,
            commitment: state.commitment,
            confirmedEntryIds,
            assignments: drawLots(command.seed, confirmedEntryIds, trade.workstations),
          },
        },
      ];
    }
    case 'CheckIn': {
      const competitors = requireCheckInOpen(state, trade, command.by);
      const { competitorNumber } = command;
      if (!competitors.has(competitorNumber)) {
        throw notFound(`Competitor ${competitorNumber} is not drawn in ${trade.id}`, 'competitorNumber');
      }
      if (state.checkedIn?.has(competitorNumber)) {
        throw conflict(`Competitor ${competitorNumber} is already checked in`, 'competitorNumber');
      }
      return [{ type: 'CompetitorCheckedIn', data: { tradeId: trade.id, competitorNumber } }];
    }
    case 'CloseCheckIn': {
      const competitors = requireCheckInOpen(state, trade, command.by);
      const absent = [...competitors.keys()].filter((n) => !state.checkedIn?.has(n)).sort((a, b) => a - b);
      return [{ type: 'CheckInClosed', data: { tradeId: trade.id, absent } }];
    }
    case 'SetRegistrationRules': {
      if (state.competitors) throw conflict(`Lots for ${trade.id} have already been drawn: its registration is over`);
      assertRulesAreSound(command.rules);
      return [{ type: 'RegistrationRulesSet', data: { tradeId: trade.id, rules: command.rules } }];
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

/** Check-in is run by the organiser or the trade's chief judge, after the draw and until it is closed. */
function requireCheckInOpen(state: TradeState, trade: TradeDefinition, by: TradeActor): Map<number, string> {
  const isChief = state.panel.some((m) => m.role === 'chief_judge' && m.judgeId === by.userId);
  if (by.role !== 'organiser' && !isChief) {
    throw forbidden(`Check-in for ${trade.id} is run by the organiser or the trade's chief judge`);
  }
  if (!state.competitors) throw conflict(`Lots for ${trade.id} have not been drawn: there is nobody to check in yet`);
  if (state.checkInClosed) throw conflict(`Check-in for ${trade.id} is closed`);
  return state.competitors;
}

/** Absent: drawn, not checked in, and check-in is closed. */
export const isAbsent = (state: TradeState, competitorNumber: number): boolean =>
  state.checkInClosed === true && state.competitors?.has(competitorNumber) === true && !state.checkedIn?.has(competitorNumber);

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
  if (trade.workstations !== undefined && !(Number.isInteger(trade.workstations) && trade.workstations >= 1)) {
    throw invalid(`Trade ${trade.id} needs a whole number of workstations, at least 1`, 'workstations');
  }
}

function assertRulesAreSound({ ageWindow, quotaPerCity, noFirstPrizeInLastEditions }: TradeRegistrationRules): void {
  const wholeAtLeast = (value: number, min: number) => Number.isInteger(value) && value >= min;
  if (ageWindow && !(wholeAtLeast(ageWindow.min, 14) && wholeAtLeast(ageWindow.max, ageWindow.min) && ageWindow.max <= 100)) {
    throw invalid('An age window is whole years, from at least 14, with min ≤ max ≤ 100', 'ageWindow');
  }
  if (quotaPerCity !== undefined && !wholeAtLeast(quotaPerCity, 1)) throw invalid('A quota is a whole number of at least 1', 'quotaPerCity');
  if (noFirstPrizeInLastEditions !== undefined && !wholeAtLeast(noFirstPrizeInLastEditions, 1)) {
    throw invalid('The recent-champion rule counts at least 1 edition', 'noFirstPrizeInLastEditions');
  }
}
