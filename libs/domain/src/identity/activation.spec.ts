import { spec } from '../testing/decider-specification.js';
import { personalDataIn } from './personal-data.js';
import { userDecider, type UserEvent, type UserProfile } from './user.js';

/** Judge accounts imported without a password: activated once with a one-time code that expires. */
const profile: UserProfile = {
  userId: 'u-j-zhang',
  username: 'j-zhang',
  displayName: '张同厂',
  role: 'judge',
  city: 'shenyang',
  tradeIds: ['t1'],
  employer: { name: '沈阳机床', creditCode: '91210100MA0000000X' },
};
const registered = (passwordHash = ''): UserEvent => ({ type: 'UserRegistered', data: { ...profile, passwordHash } });
const issued = (codeHash = 'h1', expiresAt = '2026-06-20T00:00:00.000Z'): UserEvent => ({
  type: 'ActivationCodeIssued',
  data: { userId: profile.userId, codeHash, expiresAt },
});
const activate = (codeHash: string, at = '2026-06-10T00:00:00.000Z') =>
  ({ type: 'ActivateAccount', codeHash, passwordHash: 'argon2-hash', at }) as const;

describe('user decider: activation of accounts without a password', () => {
  it('issues a code only for an account waiting for its activation', () => {
    spec(userDecider)
      .given([registered()])
      .when({ type: 'IssueActivationCode', codeHash: 'h1', expiresAt: '2026-06-20T00:00:00.000Z' })
      .then([issued()]);
    spec(userDecider)
      .given([registered('argon2-of-a-password')])
      .when({ type: 'IssueActivationCode', codeHash: 'h1', expiresAt: '2026-06-20T00:00:00.000Z' })
      .thenThrows('conflict', { code: 'judges.already_active', params: { username: 'j-zhang' } });
  });

  it('activates with the last code issued, before it expires, once', () => {
    const activated: UserEvent = { type: 'AccountActivated', data: { userId: profile.userId, passwordHash: 'argon2-hash' } };
    spec(userDecider)
      .given([registered(), issued('old'), issued('h2')])
      .when(activate('h2'))
      .then([activated]);
    spec(userDecider)
      .given([registered(), issued('old'), issued('h2')])
      .when(activate('old'))
      .thenThrows('forbidden', { code: 'judges.activation_invalid' });
    spec(userDecider).given([registered()]).when(activate('h1')).thenThrows('forbidden', { code: 'judges.activation_invalid' });
    spec(userDecider)
      .given([registered(), issued()])
      .when(activate('h1', '2026-06-20T00:00:00.000Z'))
      .thenThrows('forbidden', { code: 'judges.activation_expired', params: { expiredAt: '2026-06-20T00:00:00.000Z' } });
    spec(userDecider)
      .given([registered(), issued(), activated])
      .when(activate('h1'))
      .thenThrows('conflict', { code: 'judges.already_active' });
  });

  it("encrypts a judge's ID number and phone with the person's key, and the password set at activation with the account's", () => {
    const data = { ...profile, passwordHash: '', personal: { idNumber: '210102197503083214', phone: '13912345678' } };
    expect(personalDataIn('UserRegistered', data)).toEqual([
      { subject: { kind: 'account', userId: profile.userId }, paths: [['passwordHash']] },
      {
        subject: { kind: 'person', idNumber: '210102197503083214' },
        paths: [
          ['personal', 'idNumber'],
          ['personal', 'phone'],
        ],
      },
    ]);
    expect(personalDataIn('UserRegistered', { ...profile, passwordHash: '', personal: { phone: '13912345678' } })).toEqual([
      { subject: { kind: 'account', userId: profile.userId }, paths: [['passwordHash'], ['personal', 'phone']] },
    ]);
    expect(personalDataIn('AccountActivated', { userId: profile.userId, passwordHash: 'x' })).toEqual([
      { subject: { kind: 'account', userId: profile.userId }, paths: [['passwordHash']] },
    ]);
  });
});
