import { assertNever, type Decider } from '../shared/decider.js';
import { invalid } from '../shared/domain-error.js';

/**
 * First prizes of earlier editions, per trade, keyed by a person key (an HMAC of the ID number made
 * by the application), for the rule "no first prize in this trade in the last N editions".
 */
export type PriorPrizeEvent = { type: 'PriorFirstPrizeRecorded'; data: { tradeId: string; personKey: string; year: number } };
export type PriorPrizeCommand = { type: 'RecordPriorFirstPrize'; tradeId: string; personKey: string; year: number; contestYear: number };

export interface PriorPrizeState {
  /** person key → years */
  years: ReadonlyMap<string, readonly number[]>;
}

export function evolvePriorPrizes(state: PriorPrizeState, event: PriorPrizeEvent): PriorPrizeState {
  switch (event.type) {
    case 'PriorFirstPrizeRecorded': {
      const years = new Map(state.years);
      years.set(event.data.personKey, [...(years.get(event.data.personKey) ?? []), event.data.year]);
      return { years };
    }
    default:
      return assertNever(event.type);
  }
}

export function decidePriorPrizes(command: PriorPrizeCommand, state: PriorPrizeState): PriorPrizeEvent[] {
  if (!Number.isInteger(command.year) || command.year >= command.contestYear || command.year < 1950) {
    throw invalid(`A prior first prize is from an earlier edition (before ${command.contestYear})`, 'year', {
      code: 'prizes.earlier_edition',
      params: { contestYear: command.contestYear },
    });
  }
  if (state.years.get(command.personKey)?.includes(command.year)) return [];
  const { tradeId, personKey, year } = command;
  return [{ type: 'PriorFirstPrizeRecorded', data: { tradeId, personKey, year } }];
}

export const priorPrizeDecider: Decider<PriorPrizeCommand, PriorPrizeEvent, PriorPrizeState> = {
  initialState: { years: new Map() },
  evolve: evolvePriorPrizes,
  decide: decidePriorPrizes,
};

/** A trade of an earlier edition in a trade's line (its previous trade, that one's previous, …), as the rule reads it. */
export interface EarlierEditionTrade {
  tradeId: string;
  /** The year of its edition. */
  year: number;
  /** First prizes entered by hand on it (won before it). */
  recorded: PriorPrizeState;
  /** Person keys of everyone in an entry that won a first prize in its published results. */
  firstPrizeWinners: ReadonlySet<string>;
}

/**
 * The years a person won a first prize in this trade's line: entered by hand on this trade or on an
 * earlier one, or won in an earlier edition's published results kept in the platform.
 */
export function firstPrizeYearsOf(personKey: string, own: PriorPrizeState, earlier: readonly EarlierEditionTrade[]): number[] {
  const years = new Set(own.years.get(personKey) ?? []);
  for (const trade of earlier) {
    for (const year of trade.recorded.years.get(personKey) ?? []) years.add(year);
    if (trade.firstPrizeWinners.has(personKey)) years.add(trade.year);
  }
  return [...years].sort((a, b) => a - b);
}
