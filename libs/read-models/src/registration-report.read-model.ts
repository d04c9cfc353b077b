import type { StoredEvent } from '#event-store';
import type { RegistrationStats } from '#contracts';

/** What the report keeps of one entry: no name, no ID number, no phone. */
interface EntryFacts {
  tradeId: string;
  city: string;
  techBased: boolean;
  cityDecision?: 'approved' | 'rejected';
  provinceDecision?: 'confirmed' | 'rejected';
  withdrawn: boolean;
}

/** The fields of the entry events that the report reads; anything else in them is ignored. */
interface EntryEventData {
  entryId?: string;
  tradeId?: string;
  city?: string;
  employer?: { techBased?: boolean };
}

/**
 * Registration figures per city and per trade, fed from the entry events. It switches on the event
 * type's name, so entry events this version does not know (or know yet) pass by harmlessly.
 * A resubmission after a rejection starts the entry afresh: each entry counts once, as of its latest
 * submission.
 */
export class RegistrationReportReadModel {
  private readonly entries = new Map<string, EntryFacts>();

  apply(stored: StoredEvent): void {
    const data = stored.data as EntryEventData | undefined;
    const entryId = data?.entryId;
    if (!entryId) return;
    switch (stored.type) {
      case 'EntrySubmitted':
        this.entries.set(entryId, {
          tradeId: String(data.tradeId),
          city: String(data.city),
          techBased: data.employer?.techBased === true,
          withdrawn: false,
        });
        break;
      case 'EntryApprovedByCity':
        this.update(entryId, { cityDecision: 'approved' });
        break;
      case 'EntryRejectedByCity':
        this.update(entryId, { cityDecision: 'rejected' });
        break;
      case 'EntryConfirmed':
        this.update(entryId, { provinceDecision: 'confirmed' });
        break;
      case 'EntryRejectedByProvince':
        this.update(entryId, { provinceDecision: 'rejected' });
        break;
      case 'EntryWithdrawn':
        this.update(entryId, { withdrawn: true });
        break;
    }
  }

  /** All entries, or those of one city or trade, or of a set of trades (one edition's). */
  stats(filter: { city?: string; tradeId?: string; tradeIds?: ReadonlySet<string> } = {}): RegistrationStats {
    const tally = emptyTally();
    for (const entry of this.entries.values()) {
      if (
        (filter.city === undefined || entry.city === filter.city) &&
        (filter.tradeId === undefined || entry.tradeId === filter.tradeId) &&
        (filter.tradeIds === undefined || filter.tradeIds.has(entry.tradeId))
      ) {
        count(tally, entry);
      }
    }
    return withRates(tally);
  }

  /** Figures per city id, for the cities with entries. */
  byCity(tradeIds?: ReadonlySet<string>): Map<string, RegistrationStats> {
    return this.grouped((entry) => entry.city, tradeIds);
  }

  /** Figures per trade id, for the trades with entries. */
  byTrade(tradeIds?: ReadonlySet<string>): Map<string, RegistrationStats> {
    return this.grouped((entry) => entry.tradeId, tradeIds);
  }

  get size(): number {
    return this.entries.size;
  }

  private grouped(key: (entry: EntryFacts) => string, tradeIds?: ReadonlySet<string>): Map<string, RegistrationStats> {
    const tallies = new Map<string, Tally>();
    for (const entry of this.entries.values()) {
      if (tradeIds !== undefined && !tradeIds.has(entry.tradeId)) continue;
      const k = key(entry);
      let tally = tallies.get(k);
      if (!tally) {
        tally = emptyTally();
        tallies.set(k, tally);
      }
      count(tally, entry);
    }
    return new Map([...tallies].map(([k, tally]) => [k, withRates(tally)]));
  }

  private update(entryId: string, change: Partial<EntryFacts>): void {
    const entry = this.entries.get(entryId);
    if (entry) this.entries.set(entryId, { ...entry, ...change });
  }
}

type Tally = Omit<RegistrationStats, 'cityApprovalRate' | 'confirmationRate' | 'techBasedShare'>;

const emptyTally = (): Tally => ({
  submitted: 0,
  pendingCity: 0,
  cityApproved: 0,
  cityRejected: 0,
  pendingProvince: 0,
  confirmed: 0,
  provinceRejected: 0,
  withdrawn: 0,
  techBased: 0,
});

function count(tally: Tally, entry: EntryFacts): void {
  tally.submitted += 1;
  if (entry.techBased) tally.techBased += 1;
  if (entry.withdrawn) tally.withdrawn += 1;
  if (entry.cityDecision === 'approved') tally.cityApproved += 1;
  if (entry.cityDecision === 'rejected') tally.cityRejected += 1;
  if (entry.provinceDecision === 'confirmed') tally.confirmed += 1;
  if (entry.provinceDecision === 'rejected') tally.provinceRejected += 1;
  if (!entry.withdrawn && entry.cityDecision === undefined) tally.pendingCity += 1;
  if (!entry.withdrawn && entry.cityDecision === 'approved' && entry.provinceDecision === undefined) tally.pendingProvince += 1;
}

/** A share of 0–1 with 4 decimals; null when nothing was counted. */
const share = (part: number, whole: number): number | null => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);

const withRates = (tally: Tally): RegistrationStats => ({
  ...tally,
  cityApprovalRate: share(tally.cityApproved, tally.cityApproved + tally.cityRejected),
  confirmationRate: share(tally.confirmed, tally.confirmed + tally.provinceRejected),
  techBasedShare: share(tally.techBased, tally.submitted),
});

/** Figures of a group without entries. */
export const emptyRegistrationStats = (): RegistrationStats => withRates(emptyTally());
