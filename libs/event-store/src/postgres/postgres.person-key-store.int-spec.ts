import { randomUUID } from 'node:crypto';
import { eventStoreContract } from '../contract/event-store.contract.js';
import type { NewEvent } from '../event-store.port.js';
import { type PersonalDataPolicy, PersonalDataEncryptingStore } from '../personal-data/encrypting-event-store.js';
import { PostgresEventStore } from './postgres.event-store.js';
import { PostgresPersonKeyStore } from './postgres.person-key-store.js';
import { temporaryDatabase } from './temporary-database.js';

/** A policy of the test's own: `Contacted` events carry one person's `email`. */
const policy: PersonalDataPolicy = {
  fieldsOf: (type, data) =>
    type === 'Contacted' ? [{ owner: `owner-of-${String((data as { email: string }).email)}`, paths: [['email']] }] : [],
  forgotten: '[forgotten]',
  unreadable: '[unreadable]',
};

const database = temporaryDatabase('keys');
afterAll(async () => (await database).drop());

/** One node: its own connections to the events and to the key table. */
async function node() {
  const { url } = await database;
  const adapter = await PostgresEventStore.open(url, { poolSize: 2 });
  const keys = await PostgresPersonKeyStore.open(url, { poolSize: 2 });
  return { adapter, keys, store: new PersonalDataEncryptingStore(adapter, keys, policy) };
}

eventStoreContract('PostgreSQL with personal data encryption (keys in PostgreSQL)', async () => {
  const { adapter, store } = await node();
  return { store, checkpoints: adapter, cleanup: () => store.close() };
});

const contacted = (email: string): NewEvent => ({
  id: randomUUID(),
  type: 'Contacted',
  data: { email, note: 'kept' },
  metadata: {
    actor: { userId: 'u-1', role: 'organiser' },
    commandId: 'c',
    correlationId: 'c',
    causationId: 'c',
    occurredAt: '2026-11-24T08:00:00.000Z',
    schemaVersion: 1,
  },
});

describe('the person key store in PostgreSQL, shared by the nodes', () => {
  it('makes one key per person when two nodes ask at once', async () => {
    const [one, two] = await Promise.all([node(), node()]);
    try {
      const owner = `owner-${randomUUID()}`;
      const keys = await Promise.all([...Array.from({ length: 5 }, () => one.keys.keyFor(owner)), two.keys.keyFor(owner)]);
      expect(new Set(keys.map((k) => k.keyId)).size).toBe(1);
      expect(new Set(keys.map((k) => k.key.toString('hex'))).size).toBe(1);
    } finally {
      await Promise.all([one.store.close(), two.store.close()]);
    }
  });

  it('forgets a person on every node at once when one node deletes the key', async () => {
    const [one, two] = await Promise.all([node(), node()]);
    try {
      const email = `${randomUUID()}@example.cn`;
      const streamId = `contact-${randomUUID()}`;
      await one.store.append(streamId, [contacted(email)], 'no_stream');
      const [sealed] = await two.adapter.readStream(streamId);
      expect((sealed.data as { email: string }).email).toMatch(/^pii:1:/);
      expect((await two.store.readStream(streamId))[0].data).toEqual({ email, note: 'kept' });

      expect(await one.keys.forget(`owner-of-${email}`)).toBe(true);
      // No cache anywhere: the other node reads the placeholder at once, through every read.
      expect((await two.store.readStream(streamId))[0].data).toEqual({ email: '[forgotten]', note: 'kept' });
      const seen: unknown[] = [];
      const subscription = two.store.subscribeToAll((e) => void (e.streamId === streamId && seen.push(e.data)), { name: 'forgotten' });
      await subscription.caughtUp();
      await subscription.stop();
      expect(seen).toEqual([{ email: '[forgotten]', note: 'kept' }]);
      expect(await two.keys.forget(`owner-of-${email}`)).toBe(false);
    } finally {
      await Promise.all([one.store.close(), two.store.close()]);
    }
  });
});
