import type { TradeDefinition } from '../catalogue/catalogue.types.js';
import { spec } from '../testing/decider-specification.js';
import { CONTEST_ID, cncTrade, DURING_REGISTRATION, entryContext, residentId, validEntryDetails } from '../testing/fixtures.js';
import { cityQuotaDecider } from './city-quota.js';
import { ageOn } from './eligibility.js';
import { enrolmentDecider } from './enrolment.js';
import { entryDecider, type EntryCommand, type EntryDetails, type EntryEvent, type Withdrawer } from './entry.js';
import { priorPrizeDecider } from './prior-prizes.js';

const ENTRY = 'entry-1';
const ruled: TradeDefinition = {
  ...cncTrade,
  registration: { ageWindow: { min: 18, max: 55 }, quotaPerCity: 2, noFirstPrizeInLastEditions: 2 },
};
const team: TradeDefinition = { ...cncTrade, id: 'trade-team', name: '工业机器人系统运维', teamSize: 3 };

const submit = (overrides: Partial<EntryDetails> = {}, at = DURING_REGISTRATION): EntryCommand => ({
  type: 'SubmitEntry',
  entryId: ENTRY,
  contestId: CONTEST_ID,
  details: validEntryDetails(overrides),
  at,
});
const submitted = (overrides: Partial<EntryDetails> = {}): EntryEvent => ({
  type: 'EntrySubmitted',
  data: { entryId: ENTRY, contestId: CONTEST_ID, ...validEntryDetails(overrides) },
});
const approved: EntryEvent = { type: 'EntryApprovedByCity', data: { entryId: ENTRY, tradeId: cncTrade.id, city: 'shenyang' } };
const confirmed: EntryEvent = { type: 'EntryConfirmed', data: { entryId: ENTRY, tradeId: cncTrade.id } };
const withdraw = (by: Withdrawer, reason?: string, at = DURING_REGISTRATION): EntryCommand => ({ type: 'WithdrawEntry', by, reason, at });
const member = (birth: string, sequence: string, name = '李四') => ({
  name,
  idNumber: residentId(birth, '210102', sequence),
  phone: '13900001111',
});

describe('age on the contest day', () => {
  it.each([
    ['1990-06-15', '2026-06-15', 36],
    ['1990-06-16', '2026-06-15', 35],
    ['1990-05-31', '2026-06-15', 36],
    ['2008-06-16', '2026-06-15', 17],
    ['2000-02-29', '2026-02-28', 25],
  ])('born %s is %i on %s', (birth, day, age) => {
    expect(ageOn(birth, day)).toBe(age);
  });
});

describe('eligibility rules on submission', () => {
  it('admits the youngest and the oldest allowed ages', () => {
    for (const birth of ['20080615', '19700616']) {
      spec(entryDecider, entryContext({ trade: ruled }))
        .given([])
        .when(submit({ idNumber: residentId(birth) }))
        .then([submitted({ idNumber: residentId(birth) })]);
    }
  });

  it.each([
    ['20080616', 17],
    ['19700615', 56],
  ])('refuses a person born %s (%i on the contest day), naming the age rule', (birth, age) => {
    spec(entryDecider, entryContext({ trade: ruled }))
      .given([])
      .when(submit({ idNumber: residentId(birth) }))
      .thenThrows('invalid', {
        message: `Age rule: 王建国 is ${age} on the contest day (2026-06-15); this trade takes 18–55`,
        field: 'idNumber',
      });
  });

  it('refuses a first-prize winner of the last N editions, naming the rule', () => {
    const idNumber = residentId('19900307');
    spec(entryDecider, entryContext({ trade: ruled, firstPrizes: { [idNumber]: [2025] } }))
      .given([])
      .when(submit())
      .thenThrows('invalid', { message: 'Recent champion rule: 王建国 won a first prize in this trade in 2025', field: 'idNumber' });
  });

  it('admits a first-prize winner of an edition older than N', () => {
    const idNumber = residentId('19900307');
    spec(entryDecider, entryContext({ trade: ruled, firstPrizes: { [idNumber]: [2023] } }))
      .given([])
      .when(submit())
      .then([submitted()]);
  });

  it('applies no rule the trade does not set', () => {
    const idNumber = residentId('19500101');
    spec(entryDecider, entryContext({ firstPrizes: { [idNumber]: [2025] } }))
      .given([])
      .when(submit({ idNumber }))
      .then([submitted({ idNumber })]);
  });

  it('refuses an entry after the deadline and admits one at the deadline', () => {
    const closesAt = '2026-05-31T16:00:00.000Z';
    spec(entryDecider, entryContext({ closesAt }))
      .given([])
      .when(submit({}, '2026-05-31T16:00:00.001Z'))
      .thenThrows('conflict', { message: 'Registration closed at 2026-05-31T16:00:00.000Z', field: 'deadline' });
    spec(entryDecider, entryContext({ closesAt })).given([]).when(submit({}, closesAt)).then([submitted()]);
  });

  it('refuses an entry once lots are drawn in the trade', () => {
    spec(entryDecider, entryContext({ drawn: true }))
      .given([])
      .when(submit())
      .thenThrows('conflict', { field: 'tradeId' });
  });
});

describe('team entries', () => {
  const members = [member('19920101', '011', '李四'), member('19930202', '022', '赵五')];

  it('takes a captain and the members the team size asks for', () => {
    spec(entryDecider, entryContext({ trade: team }))
      .given([])
      .when(submit({ tradeId: team.id, members }))
      .then([submitted({ tradeId: team.id, members })]);
  });

  it('refuses a team of the wrong size, and members in an individual trade', () => {
    spec(entryDecider, entryContext({ trade: team }))
      .given([])
      .when(submit({ tradeId: team.id, members: members.slice(0, 1) }))
      .thenThrows('invalid', { message: 'Team size rule', field: 'members' });
    spec(entryDecider, entryContext())
      .given([])
      .when(submit({ members: members.slice(0, 1) }))
      .thenThrows('invalid', { message: 'individual trade', field: 'members' });
  });

  it('checks every member: ID number, phone and the eligibility rules, naming the member', () => {
    const ruledTeam = { ...team, registration: ruled.registration };
    const badId = [{ ...members[0], idNumber: '210102199201010110' }, members[1]];
    spec(entryDecider, entryContext({ trade: team }))
      .given([])
      .when(submit({ tradeId: team.id, members: badId }))
      .thenThrows('invalid', { message: 'resident ID number of 李四', field: 'members.0.idNumber' });
    const badPhone = [members[0], { ...members[1], phone: '12345' }];
    spec(entryDecider, entryContext({ trade: team }))
      .given([])
      .when(submit({ tradeId: team.id, members: badPhone }))
      .thenThrows('invalid', { field: 'members.1.phone' });
    const tooYoung = [members[0], member('20100101', '033', '小明')];
    spec(entryDecider, entryContext({ trade: ruledTeam }))
      .given([])
      .when(submit({ tradeId: team.id, members: tooYoung }))
      .thenThrows('invalid', { message: 'Age rule: 小明 is 16', field: 'members.1.idNumber' });
  });

  it('refuses a team that lists the same person twice', () => {
    const twice = [members[0], { ...members[0], name: '李四（重复）' }];
    spec(entryDecider, entryContext({ trade: team }))
      .given([])
      .when(submit({ tradeId: team.id, members: twice }))
      .thenThrows('invalid', { message: 'same person twice', field: 'members' });
  });
});

describe('withdrawal', () => {
  const contestant: Withdrawer = { role: 'contestant', userId: 'u-wang' };
  const own = submitted({ contestantUserId: 'u-wang' });
  const withdrawn: EntryEvent = {
    type: 'EntryWithdrawn',
    data: { entryId: ENTRY, tradeId: cncTrade.id, city: 'shenyang', reason: '工作安排' },
  };

  it.each([
    ['submitted', [own]],
    ['city approved', [own, approved]],
    ['confirmed', [own, approved, confirmed]],
  ])('lets the contestant withdraw an entry that is %s', (_status, history) => {
    spec(entryDecider, entryContext()).given(history).when(withdraw(contestant, ' 工作安排 ')).then([withdrawn]);
  });

  it("lets the city's reviewer and the organiser withdraw, not another city or another contestant", () => {
    spec(entryDecider, entryContext())
      .given([own])
      .when(withdraw({ role: 'city_reviewer', userId: 'u-r', city: 'shenyang' }, '工作安排'))
      .then([withdrawn]);
    spec(entryDecider, entryContext())
      .given([own])
      .when(withdraw({ role: 'organiser', userId: 'u-o' }, '工作安排'))
      .then([withdrawn]);
    spec(entryDecider, entryContext())
      .given([own])
      .when(withdraw({ role: 'city_reviewer', userId: 'u-r', city: 'dalian' }))
      .thenThrows('forbidden');
    spec(entryDecider, entryContext())
      .given([own])
      .when(withdraw({ role: 'contestant', userId: 'u-other' }))
      .thenThrows('forbidden', { message: 'Only your own entry' });
  });

  it('refuses after the deadline, after the draw, and when nothing is active', () => {
    spec(entryDecider, entryContext({ closesAt: '2026-04-30T16:00:00.000Z' }))
      .given([own])
      .when(withdraw(contestant))
      .thenThrows('conflict', { field: 'deadline' });
    spec(entryDecider, entryContext({ drawn: true }))
      .given([own, approved, confirmed])
      .when(withdraw(contestant))
      .thenThrows('conflict', { message: 'too late' });
    spec(entryDecider, entryContext()).given([own, withdrawn]).when(withdraw(contestant)).thenThrows('conflict', { field: 'status' });
    spec(entryDecider, entryContext()).given([]).when(withdraw(contestant)).thenThrows('not_found');
  });

  it('admits a new submission after a withdrawal', () => {
    spec(entryDecider, entryContext()).given([own, withdrawn]).when(submit()).then([submitted()]);
  });
});

describe('enrolment: one person, one trade', () => {
  it('enrols a person once, idempotently for the same entry', () => {
    spec(enrolmentDecider)
      .given([])
      .when({ type: 'Enrol', entryId: 'e1', tradeId: 't1', name: '王' })
      .then([{ type: 'PersonEnrolled', data: { entryId: 'e1', tradeId: 't1' } }]);
    spec(enrolmentDecider)
      .given([{ type: 'PersonEnrolled', data: { entryId: 'e1', tradeId: 't1' } }])
      .when({ type: 'Enrol', entryId: 'e1', tradeId: 't1', name: '王' })
      .then([]);
  });

  it('refuses a person already in another entry, naming the trade', () => {
    spec(enrolmentDecider)
      .given([{ type: 'PersonEnrolled', data: { entryId: 'e1', tradeId: 't1' } }])
      .when({ type: 'Enrol', entryId: 'e2', tradeId: 't2', name: '王芳' })
      .thenThrows('conflict', { message: 'One person, one trade: 王芳 is already entered in trade t1', field: 'idNumber' });
  });

  it('releases only for the entry that holds the person, then enrols again', () => {
    const enrolled = { type: 'PersonEnrolled', data: { entryId: 'e1', tradeId: 't1' } } as const;
    spec(enrolmentDecider).given([enrolled]).when({ type: 'Release', entryId: 'e2' }).then([]);
    spec(enrolmentDecider)
      .given([enrolled])
      .when({ type: 'Release', entryId: 'e1' })
      .then([{ type: 'PersonReleased', data: { entryId: 'e1' } }]);
    spec(enrolmentDecider)
      .given([enrolled, { type: 'PersonReleased', data: { entryId: 'e1' } }])
      .when({ type: 'Enrol', entryId: 'e2', tradeId: 't2', name: '王' })
      .then([{ type: 'PersonEnrolled', data: { entryId: 'e2', tradeId: 't2' } }]);
  });
});

describe("a city's quota in a trade", () => {
  const take = (entryId: string, quota: number | undefined = 2) =>
    ({ type: 'TakeQuotaSlot', tradeId: 't1', city: 'shenyang', entryId, quota }) as const;
  const taken = (entryId: string) => ({ type: 'QuotaSlotTaken', data: { tradeId: 't1', city: 'shenyang', entryId } }) as const;
  const released = (entryId: string) => ({ type: 'QuotaSlotReleased', data: { tradeId: 't1', city: 'shenyang', entryId } }) as const;

  it('gives slots up to the quota and refuses the next, naming the quota', () => {
    spec(cityQuotaDecider)
      .given([taken('e1')])
      .when(take('e2'))
      .then([taken('e2')]);
    spec(cityQuotaDecider)
      .given([taken('e1'), taken('e2')])
      .when(take('e3'))
      .thenThrows('conflict', { message: 'The quota of shenyang in trade t1 is full: 2 entries approved', field: 'quota' });
  });

  it('is idempotent for an entry that holds a slot, and unlimited without a quota', () => {
    spec(cityQuotaDecider)
      .given([taken('e1'), taken('e2')])
      .when(take('e1'))
      .then([]);
    spec(cityQuotaDecider)
      .given([taken('e1'), taken('e2')])
      .when({ ...take('e3'), quota: undefined })
      .then([taken('e3')]);
  });

  it('frees a slot on release', () => {
    spec(cityQuotaDecider)
      .given([taken('e1'), taken('e2'), released('e1')])
      .when(take('e3'))
      .then([taken('e3')]);
    spec(cityQuotaDecider)
      .given([taken('e1')])
      .when({ type: 'ReleaseQuotaSlot', tradeId: 't1', city: 'shenyang', entryId: 'e9' })
      .then([]);
  });
});

describe('prior first prizes', () => {
  const record = (year: number) => ({ type: 'RecordPriorFirstPrize', tradeId: 't1', personKey: 'p1', year, contestYear: 2026 }) as const;
  it('records a first prize of an earlier edition once', () => {
    spec(priorPrizeDecider)
      .given([])
      .when(record(2024))
      .then([{ type: 'PriorFirstPrizeRecorded', data: { tradeId: 't1', personKey: 'p1', year: 2024 } }]);
    spec(priorPrizeDecider)
      .given([{ type: 'PriorFirstPrizeRecorded', data: { tradeId: 't1', personKey: 'p1', year: 2024 } }])
      .when(record(2024))
      .then([]);
  });
  it('refuses this edition or a later one', () => {
    spec(priorPrizeDecider).given([]).when(record(2026)).thenThrows('invalid', { field: 'year' });
  });
});
