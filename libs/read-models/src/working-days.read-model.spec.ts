import { describe, expect, it } from '@jest/globals';
import type { StoredEvent } from '#event-store';
import { type TradeDefinition, publicityEndsAt } from '#domain';
import { WorkingDaysReadModel } from './working-days.read-model.js';

let position = 0;
const event = (type: string, data: Record<string, unknown>): StoredEvent =>
  ({
    id: `id-${position}`,
    type,
    data,
    streamId: `working-days-${String(data.year)}`,
    revision: 0,
    position: ++position,
    recordedAt: '2026-09-01T08:00:00.000Z',
    metadata: { actor: { userId: 'u-organiser', role: 'organiser' }, commandId: `c-${position}`, occurredAt: '2026-09-01T08:00:00.000Z' },
  }) as unknown as StoredEvent;

const shenyang = (date: string) => new Date(`${date}T10:00:00+08:00`).toISOString();

describe('the working-days read model: the calendar the publicity period counts with', () => {
  it('is the announced file until the organiser corrects a date, then the file with the correction on top', () => {
    const model = new WorkingDaysReadModel();
    const fiveDays = { publicityWorkingDays: 5 } as TradeDefinition;
    // Published Wednesday 30 September 2026: 8, 9, 10 (make-up Saturday), 12, 13 October.
    expect(publicityEndsAt(fiveDays, shenyang('2026-09-30'), model.calendar())).toBe(shenyang('2026-10-13'));

    model.apply(event('WorkingDayCorrected', { year: 2026, date: '2026-10-12', kind: 'rest', note: '省里补休' }));
    expect(publicityEndsAt(fiveDays, shenyang('2026-09-30'), model.calendar())).toBe(shenyang('2026-10-14'));
    // other events change nothing
    model.apply(event('AppealFiled', { appealId: 'a1', tradeId: 'trade-cnc' }));
    expect(model.calendar().isWorkingDay('2026-10-12')).toBe(false);

    model.apply(event('WorkingDayCorrectionWithdrawn', { year: 2026, date: '2026-10-12' }));
    expect(publicityEndsAt(fiveDays, shenyang('2026-09-30'), model.calendar())).toBe(shenyang('2026-10-13'));
  });
});
