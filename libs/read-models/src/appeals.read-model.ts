import type { StoredEvent } from '#event-store';
import type { AppealEvent, DomainEvent } from '#domain';

export type AppealRecord = Extract<AppealEvent, { type: 'AppealFiled' }>['data'] & {
  status: 'pending' | 'upheld' | 'rejected';
  decision?: Extract<AppealEvent, { type: 'AppealDecided' }>['data'];
};

/** Appeals by trade, for the arbitration committee's list and for whether results can become final. */
export class AppealsReadModel {
  private readonly appeals = new Map<string, AppealRecord>();

  apply(stored: StoredEvent): void {
    const event = stored as unknown as DomainEvent;
    if (event.type === 'AppealFiled') this.appeals.set(event.data.appealId, { ...event.data, status: 'pending' });
    if (event.type === 'AppealDecided') {
      const appeal = this.appeals.get(event.data.appealId);
      if (appeal) this.appeals.set(appeal.appealId, { ...appeal, status: event.data.decision, decision: event.data });
    }
  }

  get(appealId: string): AppealRecord | undefined {
    return this.appeals.get(appealId);
  }

  list(filter: { tradeId?: string; filedBy?: string } = {}): AppealRecord[] {
    return [...this.appeals.values()].filter(
      (a) => (!filter.tradeId || a.tradeId === filter.tradeId) && (!filter.filedBy || a.filedBy === filter.filedBy),
    );
  }

  pendingIn(tradeId: string): number {
    return this.list({ tradeId }).filter((a) => a.status === 'pending').length;
  }
}
