import { assertNever, type Decider } from '../shared/decider.js';
import { conflict } from '../shared/domain-error.js';

/**
 * One person, one trade per contest: a person's enrolment stream holds the entry they are in,
 * whether as an individual, a captain or a team member. An entry claims the enrolment of each of its
 * people before it is written, and releases them when it is rejected or withdrawn.
 */
export type EnrolmentEvent =
  | { type: 'PersonEnrolled'; data: { entryId: string; tradeId: string } }
  | { type: 'PersonReleased'; data: { entryId: string } };

export type EnrolmentCommand = { type: 'Enrol'; entryId: string; tradeId: string; name: string } | { type: 'Release'; entryId: string };

export interface EnrolmentState {
  entryId?: string;
  tradeId?: string;
}

export function evolveEnrolment(_state: EnrolmentState, event: EnrolmentEvent): EnrolmentState {
  switch (event.type) {
    case 'PersonEnrolled':
      return { entryId: event.data.entryId, tradeId: event.data.tradeId };
    case 'PersonReleased':
      return {};
    default:
      return assertNever(event);
  }
}

export function decideEnrolment(command: EnrolmentCommand, state: EnrolmentState): EnrolmentEvent[] {
  switch (command.type) {
    case 'Enrol':
      if (state.entryId === command.entryId) return [];
      if (state.entryId) {
        throw conflict(`One person, one trade: ${command.name} is already entered in trade ${state.tradeId}`, 'idNumber', {
          code: 'entries.one_trade',
          params: { person: command.name, tradeId: state.tradeId ?? null },
        });
      }
      return [{ type: 'PersonEnrolled', data: { entryId: command.entryId, tradeId: command.tradeId } }];
    case 'Release':
      return state.entryId === command.entryId ? [{ type: 'PersonReleased', data: { entryId: command.entryId } }] : [];
    default:
      return assertNever(command);
  }
}

export const enrolmentDecider: Decider<EnrolmentCommand, EnrolmentEvent, EnrolmentState> = {
  initialState: {},
  evolve: evolveEnrolment,
  decide: decideEnrolment,
};
