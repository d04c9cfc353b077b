import { spec } from '../testing/decider-specification.js';
import { maskPhone, maskResidentId } from '../shared/identifiers.js';
import { FORGOTTEN, personalDataIn, personDecider, UNREADABLE } from './personal-data.js';

describe('personal data in events', () => {
  it("finds an entry's ID numbers and phones, person by person", () => {
    const data = { entryId: 'e1', name: '张伟', idNumber: 'A', phone: '1', members: [{ name: '李娜', idNumber: 'B', phone: '2' }] };
    expect(personalDataIn('EntrySubmitted', data)).toEqual([
      { subject: { kind: 'person', idNumber: 'A' }, paths: [['idNumber'], ['phone']] },
      {
        subject: { kind: 'person', idNumber: 'B' },
        paths: [
          ['members', 0, 'idNumber'],
          ['members', 0, 'phone'],
        ],
      },
    ]);
  });

  it("finds an achievement team's ID numbers and phones in a draft and in its edits", () => {
    const data = {
      achievementId: 'a1',
      draft: {
        title: 't',
        members: [
          { name: '王', idNumber: 'A', phone: '1', employer: '鞍钢' },
          { name: '李', idNumber: 'B', phone: '2' },
        ],
      },
    };
    const expected = ['A', 'B'].map((idNumber, index) => ({
      subject: { kind: 'person', idNumber },
      paths: [
        ['draft', 'members', index, 'idNumber'],
        ['draft', 'members', index, 'phone'],
      ],
    }));
    expect(personalDataIn('AchievementDrafted', data)).toEqual(expected);
    expect(personalDataIn('AchievementDraftEdited', data)).toEqual(expected);
    expect(personalDataIn('AchievementSubmitted', data)).toEqual([]);
  });

  it("finds an account's password hash", () => {
    expect(personalDataIn('UserRegistered', { userId: 'u-organiser', username: 'organiser', passwordHash: '$argon2id$x' })).toEqual([
      { subject: { kind: 'account', userId: 'u-organiser' }, paths: [['passwordHash']] },
    ]);
  });

  it('finds none in other events, nor in an entry stored before teams existed', () => {
    expect(personalDataIn('MarkSubmitted', { idNumber: 'A' })).toEqual([]);
    expect(personalDataIn('EntrySubmitted', { idNumber: 'A', phone: '1' })).toEqual([
      { subject: { kind: 'person', idNumber: 'A' }, paths: [['idNumber'], ['phone']] },
    ]);
    expect(personalDataIn('EntrySubmitted', null)).toEqual([]);
  });

  it('shows the placeholders of forgotten and unreadable fields as they are, not masked', () => {
    for (const placeholder of [FORGOTTEN, UNREADABLE]) {
      expect(maskResidentId(placeholder)).toBe(placeholder);
      expect(maskPhone(placeholder)).toBe(placeholder);
    }
    expect(maskResidentId('210102199003071233')).toBe('2101**********1233');
  });

  it('records a forgotten person with where they appeared and nothing personal', () => {
    const appearances = [
      { entryId: 'e1', person: 0 },
      { entryId: 'e2', person: 2 },
    ];
    spec(personDecider)
      .given([])
      .when({ type: 'ForgetPerson', personKey: 'p-1', appearances })
      .then([{ type: 'PersonForgotten', data: { personKey: 'p-1', appearances } }]);
    // Again after the person entered anew.
    const forgotten = { type: 'PersonForgotten' as const, data: { personKey: 'p-1', appearances } };
    spec(personDecider)
      .given([forgotten])
      .when({ type: 'ForgetPerson', personKey: 'p-1', appearances: [] })
      .then([{ type: 'PersonForgotten', data: { personKey: 'p-1', appearances: [] } }]);
  });
});
