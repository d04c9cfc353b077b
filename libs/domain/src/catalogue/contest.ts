import { assertNever, type Decider } from '../shared/decider.js';
import { conflict, invalid, notFound } from '../shared/domain-error.js';
import type { ContestDefinition, ContestEventDefinition } from './catalogue.types.js';

/** The contest's stream: the edition, its events (赛事) and its registration deadline. Trades have streams of their own. */

export type ContestEvent =
  | {
      type: 'ContestDefined';
      data: { contestId: string; name: string; year: number; demo: boolean; days?: { first: string; last: string } };
    }
  | { type: 'ContestEventDefined'; data: { contestId: string; event: ContestEventDefinition; tradeIds: string[] } }
  | { type: 'RegistrationDeadlineSet'; data: { contestId: string; closesAt: string } };

export type ContestCommand =
  | { type: 'DefineContest'; contest: ContestDefinition }
  | { type: 'SetRegistrationDeadline'; closesAt: string }
  /** Defines an event, or changes it (or its list of trades); the same definition again changes nothing. */
  | { type: 'DefineEvent'; event: ContestEventDefinition; tradeIds: readonly string[] };

export interface ContestState {
  contestId?: string;
  year?: number;
  /** Event id → its contest day. */
  eventDays: ReadonlyMap<string, string>;
  /** Event id → its definition and trades, as last defined. */
  events?: ReadonlyMap<string, { event: ContestEventDefinition; tradeIds: readonly string[] }>;
  registrationClosesAt?: string;
}

export const initialContestState: ContestState = { eventDays: new Map() };

export function evolveContest(state: ContestState, event: ContestEvent): ContestState {
  switch (event.type) {
    case 'ContestDefined':
      return { ...state, contestId: event.data.contestId, year: event.data.year };
    case 'ContestEventDefined':
      return {
        ...state,
        eventDays: new Map(state.eventDays).set(event.data.event.id, event.data.event.date),
        events: new Map(state.events ?? []).set(event.data.event.id, { event: event.data.event, tradeIds: event.data.tradeIds }),
      };
    case 'RegistrationDeadlineSet':
      return { ...state, registrationClosesAt: event.data.closesAt };
    default:
      return assertNever(event);
  }
}

export function decideContest(command: ContestCommand, state: ContestState): ContestEvent[] {
  switch (command.type) {
    case 'DefineContest': {
      if (state.contestId)
        throw conflict(`Contest ${command.contest.id} is already defined`, undefined, { code: 'contest.already_defined' });
      const { id: contestId, name, year, demo, events, trades, days } = command.contest;
      if (days && !(days.first <= days.last && String(year) === days.first.slice(0, 4))) {
        throw invalid(`The contest days ${days.first}–${days.last} are not in order within ${year}`, 'days', {
          code: 'contest.days_order',
          params: { first: days.first, last: days.last, year },
        });
      }
      return [
        { type: 'ContestDefined', data: { contestId, name, year, demo, ...(days ? { days } : {}) } },
        ...events.map(
          (event): ContestEvent => ({
            type: 'ContestEventDefined',
            data: { contestId, event, tradeIds: trades.filter((t) => t.eventId === event.id).map((t) => t.id) },
          }),
        ),
      ];
    }
    case 'SetRegistrationDeadline': {
      if (!state.contestId) throw notFound('No contest is defined', undefined, { code: 'contest.none' });
      if (Number.isNaN(Date.parse(command.closesAt)))
        throw invalid('The deadline is not a valid ISO 8601 instant', 'closesAt', { code: 'contest.deadline_invalid' });
      const closesAt = new Date(command.closesAt).toISOString();
      return [{ type: 'RegistrationDeadlineSet', data: { contestId: state.contestId, closesAt } }];
    }
    case 'DefineEvent': {
      if (!state.contestId) throw notFound('Create the edition first', 'contestId', { code: 'edition.none', params: {} });
      const tradeIds = [...new Set(command.tradeIds)];
      const before = state.events?.get(command.event.id);
      if (before && sameJson(before.event, command.event) && sameJson([...before.tradeIds].sort(), [...tradeIds].sort())) return [];
      return [{ type: 'ContestEventDefined', data: { contestId: state.contestId, event: { ...command.event }, tradeIds } }];
    }
    default:
      return assertNever(command);
  }
}

const sameJson = (a: unknown, b: unknown) =>
  JSON.stringify(a, Object.keys(a as object).sort()) === JSON.stringify(b, Object.keys(b as object).sort());

export const contestDecider: Decider<ContestCommand, ContestEvent, ContestState> = {
  initialState: initialContestState,
  evolve: evolveContest,
  decide: decideContest,
};
