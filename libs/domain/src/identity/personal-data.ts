import { assertNever, type Decider } from '../shared/decider.js';
import { invalid } from '../shared/domain-error.js';

/**
 * Personal data in the event log: which events carry resident ID numbers and phones (and account
 * secrets), and where. The infrastructure encrypts these fields with a key per data subject kept
 * outside the log; deleting the key forgets them (crypto-shredding), and the fields then read as
 * `FORGOTTEN`.
 */

/** What a personal field reads as once its person has been forgotten. */
export const FORGOTTEN = '[forgotten]';
/** What a personal field reads as when its ciphertext does not decrypt (a damaged or altered event). */
export const UNREADABLE = '[unreadable]';

/** A path into an event's data: property names and array indexes. */
export type FieldPath = ReadonlyArray<string | number>;

/**
 * Whose fields they are: a person, known by their resident ID number (the same person across
 * entries and editions), or an account (its password hash, which an audit export must not carry).
 */
export type DataSubject = { kind: 'person'; idNumber: string } | { kind: 'account'; userId: string };

/** One subject's sensitive fields in an event. Read back from a stored event, the ID number is its ciphertext. */
export interface PersonalFields {
  subject: DataSubject;
  paths: readonly FieldPath[];
}

interface EntryPeople {
  idNumber?: unknown;
  members?: Array<{ idNumber?: unknown }>;
}

/** The sensitive fields an event carries, subject by subject; none for most events. */
export function personalDataIn(type: string, data: unknown): PersonalFields[] {
  if (typeof data !== 'object' || data === null) return [];
  if (type === 'UserRegistered') {
    const { userId, personal } = data as { userId?: unknown; personal?: { idNumber?: unknown; phone?: unknown } };
    if (typeof userId !== 'string') return [];
    // A judge's ID number and phone: the person's own key when the ID number is known (as for a contestant), else the account's.
    if (typeof personal?.idNumber === 'string') {
      return [
        { subject: { kind: 'account', userId }, paths: [['passwordHash']] },
        {
          subject: { kind: 'person', idNumber: personal.idNumber },
          paths: [
            ['personal', 'idNumber'],
            ['personal', 'phone'],
          ],
        },
      ];
    }
    const phone: FieldPath[] = typeof personal?.phone === 'string' ? [['personal', 'phone']] : [];
    return [{ subject: { kind: 'account', userId }, paths: [['passwordHash'], ...phone] }];
  }
  if (type === 'AccountActivated') {
    const { userId } = data as { userId?: unknown };
    return typeof userId === 'string' ? [{ subject: { kind: 'account', userId }, paths: [['passwordHash']] }] : [];
  }
  if (type === 'AchievementDrafted' || type === 'AchievementDraftEdited') {
    // An achievement team's members (docs/achievements.md): sealed as a contestant's are.
    const members = (data as { draft?: { members?: Array<{ idNumber?: unknown }> } }).draft?.members ?? [];
    return members.flatMap((member, index): PersonalFields[] =>
      typeof member?.idNumber === 'string'
        ? [
            {
              subject: { kind: 'person', idNumber: member.idNumber },
              paths: [
                ['draft', 'members', index, 'idNumber'],
                ['draft', 'members', index, 'phone'],
              ],
            },
          ]
        : [],
    );
  }
  if (type !== 'EntrySubmitted') return [];
  // The individual or captain, then the team's members.
  const entry = data as EntryPeople;
  const people: PersonalFields[] = [];
  const person = (idNumber: string, paths: FieldPath[]) => people.push({ subject: { kind: 'person', idNumber }, paths });
  if (typeof entry.idNumber === 'string') person(entry.idNumber, [['idNumber'], ['phone']]);
  (entry.members ?? []).forEach((member, index) => {
    if (typeof member?.idNumber === 'string')
      person(member.idNumber, [
        ['members', index, 'idNumber'],
        ['members', index, 'phone'],
      ]);
  });
  return people;
}

/** Where a forgotten person appeared: an entry, and whom of it (0 the individual or captain, n the n-th member). */
export interface PersonAppearance {
  entryId: string;
  person: number;
}

/**
 * A person's stream, keyed by their person key (a keyed hash of the ID number, the same across
 * editions). `PersonForgotten` holds no personal data: only where the person appeared, so that read
 * models can drop the plaintext they hold.
 */
export type PersonEvent = { type: 'PersonForgotten'; data: { personKey: string; appearances: PersonAppearance[] } };
export type PersonCommand = { type: 'ForgetPerson'; personKey: string; appearances: PersonAppearance[] };
export interface PersonState {
  /** How many times the person was forgotten (again after entering anew). */
  forgotten: number;
}

export function evolvePerson(state: PersonState, event: PersonEvent): PersonState {
  switch (event.type) {
    case 'PersonForgotten':
      return { forgotten: state.forgotten + 1 };
    default:
      return assertNever(event.type);
  }
}

/** Forgetting is always possible: the person may have entered again since they were last forgotten. */
export function decidePerson(command: PersonCommand): PersonEvent[] {
  switch (command.type) {
    case 'ForgetPerson': {
      if (command.personKey.length === 0) throw invalid('A person key is needed', 'personKey', { code: 'privacy.person_key_needed' });
      const appearances = command.appearances.map(({ entryId, person }) => ({ entryId, person }));
      return [{ type: 'PersonForgotten', data: { personKey: command.personKey, appearances } }];
    }
    default:
      return assertNever(command.type);
  }
}

export const personDecider: Decider<PersonCommand, PersonEvent, PersonState> = {
  initialState: { forgotten: 0 },
  evolve: evolvePerson,
  decide: decidePerson,
};
