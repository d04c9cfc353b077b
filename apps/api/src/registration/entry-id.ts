import { createHmac } from 'node:crypto';

/**
 * One person, one entry per contest: the entry id derives from the resident ID number, keyed
 * with a server secret so that the stream name does not reveal (or let anyone guess) the number.
 */
export const entryIdFor = (secret: string, contestId: string, idNumber: string) =>
  'e' + createHmac('sha256', secret).update(`${contestId}/${idNumber}`).digest('base64url').slice(0, 22);
