import { fold, type Decider } from '../shared/decider.js';
import { DomainError, type RefusalKind } from '../shared/domain-error.js';

/**
 * Given / when / then for deciders (after oskardudycz/EventSourcing.NodeJS `specification.ts`):
 *
 *   spec(tradeDecider).given([tradeDefined]).when(drawLots).then([lotsDrawn]);
 *   spec(entryDecider, context).given([]).when(submit).thenThrows('invalid', { field: 'phone' });
 *
 * `given` folds the events through `evolve` from the initial state; `when` runs `decide`.
 * Uses Jest's global `expect`, so it is for spec files only.
 */

/** What a refusal must look like. `field: undefined` asserts that the refusal names no field. */
export interface RefusalExpectation {
  /** A part of the message (string) or a pattern it matches. */
  message?: string | RegExp;
  field?: string | undefined;
  /** The refusal's stable code (`quota.full`), and its parameters (compared as a subset). */
  code?: string;
  params?: Record<string, unknown>;
}

export interface DeciderThen<Event> {
  /** Asserts the events decided (exactly, in order) and returns them. */
  then(expected: readonly Event[]): Event[];
  /** Asserts that the command is refused with this kind (and message part, field, code, params), and returns the error. */
  thenThrows(kind: RefusalKind, expected?: string | RefusalExpectation): DomainError;
}

export interface DeciderWhen<Command, Event> {
  when(command: Command): DeciderThen<Event>;
}

export interface DeciderGiven<Command, Event> {
  given(events?: readonly Event[]): DeciderWhen<Command, Event>;
}

/** The context argument is required exactly when the decider has one. */
type ContextArgs<Context> = undefined extends Context ? [context?: Context] : [context: Context];

export function spec<Command, Event extends { type: string }, State, Context>(
  decider: Decider<Command, Event, State, Context>,
  ...[context]: ContextArgs<Context>
): DeciderGiven<Command, Event> {
  return {
    given: (events = []) => ({
      when: (command) => {
        const run = () => decider.decide(command, fold(decider.evolve, decider.initialState, events), context as Context);
        return {
          // biome-ignore lint/suspicious/noThenProperty: the given/when/then vocabulary of decider specs; never awaited
          then: (expected) => {
            const actual = run();
            expect(actual).toEqual(expected);
            return actual;
          },
          thenThrows: (kind, expected) => {
            const error = refusalOf(run);
            const expectation: RefusalExpectation = typeof expected === 'string' ? { message: expected } : (expected ?? {});
            expect({ kind: error.kind, message: error.message }).toEqual({
              kind,
              message: expectation.message === undefined ? expect.any(String) : messageMatcher(expectation.message),
            });
            if ('field' in expectation) expect(error.field).toBe(expectation.field);
            if (expectation.code !== undefined) expect(error.code).toBe(expectation.code);
            if (expectation.params !== undefined) expect(error.params).toMatchObject(expectation.params);
            return error;
          },
        };
      },
    }),
  };
}

function refusalOf(run: () => unknown): DomainError {
  let events: unknown;
  try {
    events = run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw new Error(`Expected a DomainError, but decide threw ${String(error)}`);
  }
  throw new Error(`Expected a DomainError, but decide returned ${JSON.stringify(events)}`);
}

const messageMatcher = (message: string | RegExp) =>
  typeof message === 'string' ? expect.stringContaining(message) : expect.stringMatching(message);
