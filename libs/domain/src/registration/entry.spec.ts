import { spec } from '../testing/decider-specification.js';
import {
  CONTEST_ID,
  cncTrade,
  DURING_REGISTRATION,
  employers,
  entryContext,
  residentId,
  validEntryDetails,
  weldingTrade,
} from '../testing/fixtures.js';
import type { CityId } from '../catalogue/catalogue.types.js';
import { entryDecider, evolveEntry, initialEntryState, type EntryCommand, type EntryDetails, type EntryEvent } from './entry.js';

const ENTRY = 'entry-1';
const details = validEntryDetails();
const context = entryContext();

const submit = (overrides: Partial<EntryDetails> = {}): EntryCommand => ({
  type: 'SubmitEntry',
  entryId: ENTRY,
  contestId: CONTEST_ID,
  details: validEntryDetails(overrides),
  at: DURING_REGISTRATION,
});
const approve = (reviewerCity: CityId = 'shenyang'): EntryCommand => ({ type: 'ApproveEntryByCity', reviewerCity });
const rejectByCity = (reason: string, reviewerCity: CityId = 'shenyang'): EntryCommand => ({
  type: 'RejectEntryByCity',
  reviewerCity,
  reason,
});
const confirm: EntryCommand = { type: 'ConfirmEntry' };
const rejectByProvince = (reason: string): EntryCommand => ({ type: 'RejectEntryByProvince', reason });

const submitted: EntryEvent = { type: 'EntrySubmitted', data: { entryId: ENTRY, contestId: CONTEST_ID, ...details } };
const cityApproved: EntryEvent = { type: 'EntryApprovedByCity', data: { entryId: ENTRY, tradeId: cncTrade.id, city: 'shenyang' } };
const cityRejected: EntryEvent = {
  type: 'EntryRejectedByCity',
  data: { entryId: ENTRY, tradeId: cncTrade.id, city: 'shenyang', reason: 'over quota' },
};
const confirmed: EntryEvent = { type: 'EntryConfirmed', data: { entryId: ENTRY, tradeId: cncTrade.id } };
const provinceRejected: EntryEvent = { type: 'EntryRejectedByProvince', data: { entryId: ENTRY, tradeId: cncTrade.id, reason: 'too old' } };

/** The histories that leave the entry in each status. */
const histories = {
  submitted: [submitted],
  city_approved: [submitted, cityApproved],
  city_rejected: [submitted, cityRejected],
  confirmed: [submitted, cityApproved, confirmed],
  province_rejected: [submitted, cityApproved, provinceRejected],
} as const;

describe('entry decider', () => {
  describe('SubmitEntry', () => {
    it('submits a valid entry with all its details', () => {
      spec(entryDecider, context)
        .given([])
        .when(submit())
        .then([
          {
            type: 'EntrySubmitted',
            data: {
              entryId: 'entry-1',
              contestId: 'contest-2026',
              tradeId: 'trade-cnc',
              name: '王建国',
              idNumber: '210102199003071233',
              phone: '13812345678',
              employer: { name: '沈阳机床厂', creditCode: '91210100MA0P12345K', techBased: true },
              city: 'shenyang',
              skillLevel: 'level-3',
              members: [],
            },
          },
        ]);
    });

    it('accepts an ID number ending in X and a contestant account', () => {
      const idNumber = residentId('19880101', '210203', '007');
      expect(idNumber).toBe('21020319880101007X');
      spec(entryDecider, entryContext({ trade: weldingTrade }))
        .given([])
        .when(
          submit({
            idNumber,
            contestantUserId: 'u-wang',
            tradeId: weldingTrade.id,
            city: 'dalian',
            employer: { ...employers.dalianShipyard },
          }),
        )
        .then([
          {
            type: 'EntrySubmitted',
            data: {
              entryId: ENTRY,
              contestId: CONTEST_ID,
              ...validEntryDetails({
                idNumber,
                contestantUserId: 'u-wang',
                tradeId: weldingTrade.id,
                city: 'dalian',
                employer: { ...employers.dalianShipyard },
              }),
            },
          },
        ]);
    });

    it.each(['submitted', 'city_approved', 'confirmed'] as const)('refuses a second entry while the first is %s', (status) => {
      spec(entryDecider, entryContext({ trade: weldingTrade }))
        .given(histories[status])
        .when(submit({ tradeId: weldingTrade.id }))
        .thenThrows('conflict', { message: 'already has an entry in this contest (trade trade-cnc)', field: 'idNumber' });
    });

    it.each(['city_rejected', 'province_rejected'] as const)('admits a new submission after the entry was %s', (status) => {
      spec(entryDecider, entryContext({ trade: weldingTrade }))
        .given(histories[status])
        .when(submit({ tradeId: weldingTrade.id }))
        .then([
          { type: 'EntrySubmitted', data: { entryId: ENTRY, contestId: CONTEST_ID, ...validEntryDetails({ tradeId: weldingTrade.id }) } },
        ]);
    });

    it('refuses an unknown trade', () => {
      spec(entryDecider, context)
        .given([])
        .when(submit({ tradeId: 'trade-nope' }))
        .thenThrows('not_found', { message: 'Unknown trade trade-nope', field: 'tradeId' });
    });

    it('refuses an empty or blank name', () => {
      spec(entryDecider, context)
        .given([])
        .when(submit({ name: '' }))
        .thenThrows('invalid', { message: 'name is empty', field: 'name' });
      spec(entryDecider, context)
        .given([])
        .when(submit({ name: ' \u3000 ' }))
        .thenThrows('invalid', { field: 'name' });
    });

    it('refuses an ID number with a wrong check digit, a false birth date or a bad shape', () => {
      for (const idNumber of ['210102199003071234', residentId('19900230'), '21010219900307123', '21010219900307123x']) {
        spec(entryDecider, context).given([]).when(submit({ idNumber })).thenThrows('invalid', { message: 'GB 11643', field: 'idNumber' });
      }
    });

    it('refuses a phone that is not a mainland mobile number', () => {
      spec(entryDecider, context)
        .given([])
        .when(submit({ phone: '02412345678' }))
        .thenThrows('invalid', { message: 'mobile', field: 'phone' });
    });

    it('refuses a credit code with a wrong check character', () => {
      spec(entryDecider, context)
        .given([])
        .when(submit({ employer: { name: 'X', creditCode: '91210100MA0P12345L', techBased: false } }))
        .thenThrows('invalid', { message: 'GB 32100', field: 'employer.creditCode' });
    });

    it('refuses a city outside Liaoning', () => {
      spec(entryDecider, context)
        .given([])
        .when(submit({ city: 'beijing' as CityId }))
        .thenThrows('invalid', { message: 'Unknown city beijing', field: 'city' });
    });

    it('checks the trade before the rest of the details', () => {
      spec(entryDecider, context)
        .given([])
        .when(submit({ tradeId: 'trade-nope', name: '' }))
        .thenThrows('not_found', { field: 'tradeId' });
    });
  });

  describe('before an entry exists', () => {
    it.each([approve(), rejectByCity('r'), confirm, rejectByProvince('r')])('refuses $type: unknown entry', (command) => {
      spec(entryDecider, context).given([]).when(command).thenThrows('not_found', { message: 'Unknown entry', field: 'entryId' });
    });
  });

  describe('city review', () => {
    it('approves an entry of the reviewer’s city', () => {
      spec(entryDecider, context).given(histories.submitted).when(approve()).then([cityApproved]);
    });

    it('rejects with the reason, trimmed', () => {
      spec(entryDecider, context).given(histories.submitted).when(rejectByCity('  over quota \n')).then([cityRejected]);
    });

    it('refuses a reviewer of another city, for approval and rejection', () => {
      spec(entryDecider, context)
        .given(histories.submitted)
        .when(approve('dalian'))
        .thenThrows('forbidden', { message: 'belongs to shenyang, not dalian', field: undefined });
      spec(entryDecider, context)
        .given(histories.submitted)
        .when(rejectByCity('r', 'dalian'))
        .thenThrows('forbidden', { field: undefined });
    });

    it.each(['city_approved', 'city_rejected', 'confirmed', 'province_rejected'] as const)(
      'refuses a city decision on an entry that is %s',
      (status) => {
        spec(entryDecider, context)
          .given(histories[status])
          .when(approve())
          .thenThrows('conflict', { message: `The entry is ${status}: a city decision needs it to be submitted`, field: 'status' });
        spec(entryDecider, context).given(histories[status]).when(rejectByCity('r')).thenThrows('conflict', { field: 'status' });
      },
    );

    it('refuses a rejection without a reason', () => {
      spec(entryDecider, context)
        .given(histories.submitted)
        .when(rejectByCity('   '))
        .thenThrows('invalid', { message: 'needs a reason', field: 'reason' });
    });
  });

  describe('province decision', () => {
    it('confirms a city-approved entry', () => {
      spec(entryDecider, context).given(histories.city_approved).when(confirm).then([confirmed]);
    });

    it('rejects a city-approved entry with the reason, trimmed', () => {
      spec(entryDecider, context).given(histories.city_approved).when(rejectByProvince(' too old ')).then([provinceRejected]);
    });

    it.each(['submitted', 'city_rejected', 'confirmed', 'province_rejected'] as const)(
      'refuses to confirm or reject an entry that is %s',
      (status) => {
        spec(entryDecider, context)
          .given(histories[status])
          .when(confirm)
          .thenThrows('conflict', { message: `The entry is ${status}: confirmation needs it to be city_approved`, field: 'status' });
        spec(entryDecider, context)
          .given(histories[status])
          .when(rejectByProvince('r'))
          .thenThrows('conflict', { message: 'a province decision needs it to be city_approved', field: 'status' });
      },
    );

    it('refuses to confirm once lots are drawn in the trade', () => {
      spec(entryDecider, entryContext({ drawn: true }))
        .given(histories.city_approved)
        .when(confirm)
        .thenThrows('conflict', { message: 'Lots have already been drawn in trade-cnc', field: undefined });
    });

    it('confirms when lots are drawn in another trade only', () => {
      spec(entryDecider, entryContext()).given(histories.city_approved).when(confirm).then([confirmed]);
    });

    it('refuses a province rejection without a reason', () => {
      spec(entryDecider, context).given(histories.city_approved).when(rejectByProvince('')).thenThrows('invalid', { field: 'reason' });
    });
  });

  describe('evolve', () => {
    it('follows the status through the flow and keeps the details without the contest id', () => {
      const statusAfter = (events: readonly EntryEvent[]) => events.reduce(evolveEntry, initialEntryState).status;
      expect(statusAfter(histories.submitted)).toBe('submitted');
      expect(statusAfter(histories.city_approved)).toBe('city_approved');
      expect(statusAfter(histories.city_rejected)).toBe('city_rejected');
      expect(statusAfter(histories.confirmed)).toBe('confirmed');
      expect(statusAfter(histories.province_rejected)).toBe('province_rejected');
      expect(evolveEntry(initialEntryState, submitted)).toEqual({ entryId: ENTRY, status: 'submitted', details });
    });
  });
});
