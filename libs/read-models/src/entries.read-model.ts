import type { StoredEvent } from '#event-store';
import { type DomainEvent, type EntryDetails, type EntryStatus, FORGOTTEN, type PersonAppearance } from '#domain';

export interface EntryRecord extends EntryDetails {
  entryId: string;
  status: EntryStatus;
  /** Reason of the last rejection. */
  reason?: string;
  competitorNumber?: number;
  submittedAt: string;
}

/** Entries with their status and, after the draw, their competitor number. Holds personal data: never serve it unmasked. */
export class EntriesReadModel {
  readonly entries = new Map<string, EntryRecord>();
  private readonly byContestant = new Map<string, string>();

  apply(stored: StoredEvent): void {
    const event = stored as unknown as DomainEvent;
    switch (event.type) {
      case 'EntrySubmitted': {
        const { contestId: _contestId, ...entry } = event.data;
        // Entries stored before teams existed have no members.
        this.entries.set(entry.entryId, {
          ...entry,
          members: entry.members ?? [],
          status: 'submitted',
          submittedAt: stored.metadata.occurredAt,
        });
        if (entry.contestantUserId) this.byContestant.set(entry.contestantUserId, entry.entryId);
        break;
      }
      case 'EntryApprovedByCity':
        this.update(event.data.entryId, { status: 'city_approved' });
        break;
      case 'EntryRejectedByCity':
        this.update(event.data.entryId, { status: 'city_rejected', reason: event.data.reason });
        break;
      case 'EntryConfirmed':
        this.update(event.data.entryId, { status: 'confirmed' });
        break;
      case 'EntryRejectedByProvince':
        this.update(event.data.entryId, { status: 'province_rejected', reason: event.data.reason });
        break;
      case 'EntryWithdrawn':
        this.update(event.data.entryId, { status: 'withdrawn', reason: event.data.reason });
        break;
      case 'LotsDrawn':
        for (const { entryId, competitorNumber } of event.data.assignments) this.update(entryId, { competitorNumber });
        break;
      case 'PersonForgotten':
        for (const appearance of event.data.appearances) this.forget(appearance);
        break;
    }
  }

  get(entryId: string): EntryRecord | undefined {
    return this.entries.get(entryId);
  }

  ofContestant(userId: string): EntryRecord | undefined {
    const entryId = this.byContestant.get(userId);
    return entryId ? this.entries.get(entryId) : undefined;
  }

  list(filter: { tradeId?: string; city?: string; status?: string } = {}): EntryRecord[] {
    return [...this.entries.values()].filter(
      (e) =>
        (!filter.tradeId || e.tradeId === filter.tradeId) &&
        (!filter.city || e.city === filter.city) &&
        (!filter.status || e.status === filter.status),
    );
  }

  confirmedIds(tradeId: string): string[] {
    return this.list({ tradeId, status: 'confirmed' }).map((e) => e.entryId);
  }

  /** Drops a forgotten person's ID number and phone; replayed, their events already read as FORGOTTEN. */
  private forget({ entryId, person }: PersonAppearance): void {
    const entry = this.entries.get(entryId);
    if (!entry) return;
    const forgotten = { idNumber: FORGOTTEN, phone: FORGOTTEN };
    if (person === 0) this.update(entryId, forgotten);
    else if (entry.members[person - 1]) {
      this.update(entryId, {
        members: entry.members.map((member, index) => (index === person - 1 ? { ...member, ...forgotten } : member)),
      });
    }
  }

  private update(entryId: string, change: Partial<EntryRecord>): void {
    const entry = this.entries.get(entryId);
    if (entry) this.entries.set(entryId, { ...entry, ...change });
  }
}
