import type { StoredEvent } from '#event-store';
import { emptyRegistrationStats, RegistrationReportReadModel } from './registration-report.read-model.js';

let position = 0;
const event = (type: string, data: Record<string, unknown>): StoredEvent =>
  ({
    id: `id-${position}`,
    type,
    data,
    streamId: `entry-${String(data.entryId)}`,
    revision: 0,
    position: ++position,
    recordedAt: '2026-05-01T08:00:00.000Z',
    metadata: {
      actor: { userId: 'u-test', role: 'organiser' },
      commandId: `c-${position}`,
      correlationId: `c-${position}`,
      causationId: `c-${position}`,
      occurredAt: '2026-05-01T08:00:00.000Z',
      schemaVersion: 1,
    },
  }) as StoredEvent;

const submitted = (entryId: string, tradeId: string, city: string, techBased: boolean) =>
  event('EntrySubmitted', {
    entryId,
    contestId: 'c2026',
    tradeId,
    city,
    name: '张三',
    idNumber: '210102199003071233',
    phone: '13812345678',
    employer: { name: '某公司', creditCode: '91350100M000100Y43', techBased },
    skillLevel: 'level-3',
    members: [],
  });
const approved = (entryId: string, tradeId: string, city: string) => event('EntryApprovedByCity', { entryId, tradeId, city });
const cityRejected = (entryId: string, tradeId: string, city: string) =>
  event('EntryRejectedByCity', { entryId, tradeId, city, reason: 'quota' });
const confirmed = (entryId: string, tradeId: string) => event('EntryConfirmed', { entryId, tradeId });
const provinceRejected = (entryId: string, tradeId: string) => event('EntryRejectedByProvince', { entryId, tradeId, reason: 'late' });
const withdrawn = (entryId: string, tradeId: string, city: string) =>
  event('EntryWithdrawn', { entryId, tradeId, city, reason: 'injured' });

const given = (...events: StoredEvent[]) => {
  const model = new RegistrationReportReadModel();
  for (const e of events) model.apply(e);
  return model;
};

describe('the registration report read model', () => {
  it('counts every stage and the rates of the decided entries', () => {
    const model = given(
      submitted('e1', 't1', 'shenyang', true),
      submitted('e2', 't1', 'shenyang', false),
      submitted('e3', 't1', 'dalian', true),
      submitted('e4', 't2', 'dalian', false),
      submitted('e5', 't2', 'dalian', false),
      approved('e1', 't1', 'shenyang'),
      approved('e2', 't1', 'shenyang'),
      cityRejected('e3', 't1', 'dalian'),
      approved('e4', 't2', 'dalian'),
      confirmed('e1', 't1'),
      provinceRejected('e2', 't1'),
    );
    expect(model.stats()).toEqual({
      submitted: 5,
      pendingCity: 1,
      cityApproved: 3,
      cityRejected: 1,
      pendingProvince: 1,
      confirmed: 1,
      provinceRejected: 1,
      withdrawn: 0,
      cityApprovalRate: 0.75,
      confirmationRate: 0.5,
      techBased: 2,
      techBasedShare: 0.4,
    });
    expect(model.byCity().get('shenyang')).toMatchObject({ submitted: 2, cityApprovalRate: 1, confirmationRate: 0.5, techBasedShare: 0.5 });
    expect(model.byCity().get('dalian')).toMatchObject({
      submitted: 3,
      cityApproved: 1,
      cityRejected: 1,
      cityApprovalRate: 0.5,
      confirmationRate: null,
    });
    expect(model.byTrade().get('t2')).toMatchObject({ submitted: 2, pendingCity: 1, pendingProvince: 1, techBased: 0, techBasedShare: 0 });
    expect(model.stats({ city: 'dalian', tradeId: 't1' })).toMatchObject({ submitted: 1, cityRejected: 1, techBased: 1 });
  });

  it('rounds rates to 4 decimals and answers null while nothing was decided', () => {
    const model = given(
      submitted('e1', 't1', 'anshan', true),
      submitted('e2', 't1', 'anshan', false),
      submitted('e3', 't1', 'anshan', false),
      approved('e1', 't1', 'anshan'),
      approved('e2', 't1', 'anshan'),
      cityRejected('e3', 't1', 'anshan'),
    );
    expect(model.stats()).toMatchObject({ cityApprovalRate: 0.6667, confirmationRate: null, techBasedShare: 0.3333 });
    expect(emptyRegistrationStats()).toMatchObject({ submitted: 0, cityApprovalRate: null, confirmationRate: null, techBasedShare: null });
  });

  it('counts a withdrawal, keeps the decisions made before it and leaves the pending counts', () => {
    const model = given(
      submitted('e1', 't1', 'fushun', false),
      submitted('e2', 't1', 'fushun', false),
      approved('e2', 't1', 'fushun'),
      withdrawn('e1', 't1', 'fushun'),
      withdrawn('e2', 't1', 'fushun'),
    );
    expect(model.stats()).toMatchObject({
      submitted: 2,
      withdrawn: 2,
      pendingCity: 0,
      cityApproved: 1,
      pendingProvince: 0,
      cityApprovalRate: 1,
    });
  });

  it('starts an entry afresh when it is submitted again after a rejection, in another trade too', () => {
    const model = given(submitted('e1', 't1', 'benxi', true), cityRejected('e1', 't1', 'benxi'), submitted('e1', 't2', 'benxi', true));
    expect(model.size).toBe(1);
    expect(model.byTrade().has('t1')).toBe(false);
    expect(model.byTrade().get('t2')).toMatchObject({ submitted: 1, pendingCity: 1, cityRejected: 0, cityApprovalRate: null });
  });

  it('ignores events of other streams, unknown entry events and decisions about unknown entries', () => {
    const model = given(
      event('LotsDrawn', { tradeId: 't1', seed: 's', assignments: [{ entryId: 'e1', competitorNumber: 1 }] }),
      event('EntryCheckedIn', { entryId: 'e1', tradeId: 't1' }),
      approved('nobody', 't1', 'shenyang'),
      submitted('e1', 't1', 'shenyang', false),
      event('SomethingNew', { entryId: 'e1' }),
    );
    expect(model.stats()).toMatchObject({ submitted: 1, pendingCity: 1, cityApproved: 0 });
  });

  it('keeps no personal data', () => {
    const model = given(submitted('e1', 't1', 'shenyang', false));
    const dump = JSON.stringify([...(model as unknown as { entries: Map<string, unknown> }).entries]);
    expect(dump).not.toContain('210102199003071233');
    expect(dump).not.toContain('13812345678');
    expect(dump).not.toContain('张三');
  });
});
