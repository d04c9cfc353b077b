import { assertNever, type Decider } from '../shared/decider.js';
import { conflict } from '../shared/domain-error.js';

/**
 * A city's quota in one trade: the approved entries hold its slots. A city approval takes a slot
 * first and is refused when none is free; a later rejection or withdrawal gives it back.
 */
export type CityQuotaEvent =
  | { type: 'QuotaSlotTaken'; data: { tradeId: string; city: string; entryId: string } }
  | { type: 'QuotaSlotReleased'; data: { tradeId: string; city: string; entryId: string } };

export type CityQuotaCommand =
  | { type: 'TakeQuotaSlot'; tradeId: string; city: string; entryId: string; quota: number | undefined }
  | { type: 'ReleaseQuotaSlot'; tradeId: string; city: string; entryId: string };

export interface CityQuotaState {
  holders: ReadonlySet<string>;
}

export function evolveCityQuota(state: CityQuotaState, event: CityQuotaEvent): CityQuotaState {
  const holders = new Set(state.holders);
  switch (event.type) {
    case 'QuotaSlotTaken':
      holders.add(event.data.entryId);
      return { holders };
    case 'QuotaSlotReleased':
      holders.delete(event.data.entryId);
      return { holders };
    default:
      return assertNever(event);
  }
}

export function decideCityQuota(command: CityQuotaCommand, state: CityQuotaState): CityQuotaEvent[] {
  const { tradeId, city, entryId } = command;
  switch (command.type) {
    case 'TakeQuotaSlot':
      if (state.holders.has(entryId)) return [];
      if (command.quota !== undefined && state.holders.size >= command.quota) {
        throw conflict(`The quota of ${city} in trade ${tradeId} is full: ${command.quota} entries approved`, 'quota', {
          code: 'quota.full',
          params: { city, tradeId, quota: command.quota },
        });
      }
      return [{ type: 'QuotaSlotTaken', data: { tradeId, city, entryId } }];
    case 'ReleaseQuotaSlot':
      return state.holders.has(entryId) ? [{ type: 'QuotaSlotReleased', data: { tradeId, city, entryId } }] : [];
    default:
      return assertNever(command);
  }
}

export const cityQuotaDecider: Decider<CityQuotaCommand, CityQuotaEvent, CityQuotaState> = {
  initialState: { holders: new Set() },
  evolve: evolveCityQuota,
  decide: decideCityQuota,
};
