/**
 * A decider: the whole behaviour of one kind of stream, as pure functions.
 * `decide` throws a DomainError to refuse; otherwise it returns the events to append (maybe none).
 */
export interface Decider<Command, Event extends { type: string }, State, Context = undefined> {
  initialState: State;
  evolve(state: State, event: Event): State;
  decide(command: Command, state: State, context: Context): Event[];
}

export const fold = <Event extends { type: string }, State>(
  evolve: (state: State, event: Event) => State,
  initial: State,
  events: readonly Event[],
): State => events.reduce(evolve, initial);

/** Makes a switch exhaustive: the compiler complains when a case is missing. */
export const assertNever = (value: never): never => {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
};
