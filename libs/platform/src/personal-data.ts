import { createHmac } from 'node:crypto';
import { type DataSubject, FORGOTTEN, personalDataIn, UNREADABLE } from '#domain';
import type { PersonalDataPolicy } from '#event-store';

/**
 * Person keys: keyed hashes (HMAC-SHA-256 with PERSON_KEY_SECRET) of a resident ID number, so that
 * stream names and key stores neither reveal nor let anyone guess an ID number.
 */
const keyedHash = (secret: string, text: string) => createHmac('sha256', secret).update(text).digest('base64url').slice(0, 22);

/** A person's key in one contest: an individual's (or captain's) entry id, and their enrolment stream. */
export const contestPersonKey = (secret: string, contestId: string, idNumber: string) =>
  `e${keyedHash(secret, `${contestId}/${idNumber}`)}`;

/** The same person across editions: earlier first prizes, and the key their personal data is encrypted with. */
export const personKey = (secret: string, idNumber: string) => `p${keyedHash(secret, `person/${idNumber}`)}`;

/** The key-store owner of a data subject: a person by their person key, an account by its id. */
export const ownerOf = (secret: string, subject: DataSubject) =>
  subject.kind === 'person' ? personKey(secret, subject.idNumber) : `account/${subject.userId}`;

/** The domain's sensitive fields, each subject's encrypted with its own key. */
export const personalDataPolicy = (secret: string): PersonalDataPolicy => ({
  fieldsOf: (type, data) => personalDataIn(type, data).map(({ subject, paths }) => ({ owner: ownerOf(secret, subject), paths })),
  forgotten: FORGOTTEN,
  unreadable: UNREADABLE,
});
