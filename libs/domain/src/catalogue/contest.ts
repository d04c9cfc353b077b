import { assertNever, type Decider } from '../shared/decider.js';
import { conflict } from '../shared/domain-error.js';
import type { ContestDefinition, ContestEventDefinition } from './catalogue.types.js';

/** The contest's stream: the edition and its events (赛事). Trades have streams of their own. */

export type ContestEvent =
  | { type: 'ContestDefined'; data: { contestId: string; name: string; year: number; demo: boolean } }
  | { type: 'ContestEventDefined'; data: { contestId: string; event: ContestEventDefinition; tradeIds: string[] } };

export type ContestCommand = { type: 'DefineContest'; contest: ContestDefinition };

export interface ContestState {
  defined: boolean;
}

export function evolveContest(state: ContestState, event: ContestEvent): ContestState {
  switch (event.type) {
    case 'ContestDefined':
      return { defined: true };
    case 'ContestEventDefined':
      return state;
    default:
      return assertNever(event);
  }
}

export function decideContest(command: ContestCommand, state: ContestState): ContestEvent[] {
  if (state.defined) throw conflict(`Contest ${command.contest.id} is already defined`);
  const { id: contestId, name, year, demo, events, trades } = command.contest;
  return [
    { type: 'ContestDefined', data: { contestId, name, year, demo } },
    ...events.map((event): ContestEvent => ({
      type: 'ContestEventDefined',
      data: { contestId, event, tradeIds: trades.filter((t) => t.eventId === event.id).map((t) => t.id) },
    })),
  ];
}

export const contestDecider: Decider<ContestCommand, ContestEvent, ContestState> = {
  initialState: { defined: false },
  evolve: evolveContest,
  decide: decideContest,
};
