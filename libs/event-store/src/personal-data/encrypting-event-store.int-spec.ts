import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventStoreContract } from '../contract/event-store.contract.js';
import { SqliteEventStore } from '../sqlite/sqlite.event-store.js';
import { type PersonalDataPolicy, PersonalDataEncryptingStore } from './encrypting-event-store.js';
import { SqlitePersonKeyStore } from './person-key-store.js';

/** A policy of the test's own: `Contacted` events carry one person's `email`. The contest's policy is tested in #platform. */
const policy: PersonalDataPolicy = {
  fieldsOf: (type, data) =>
    type === 'Contacted' ? [{ owner: `owner-of-${String((data as { email: string }).email)}`, paths: [['email']] }] : [],
  forgotten: '[forgotten]',
  unreadable: '[unreadable]',
};

// The decorator is an EventStore like any other: the adapters' contract holds through it.
eventStoreContract('SQLite with personal data encryption', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'jiangxin-pii-store-'));
  const adapter = new SqliteEventStore(join(dir, 'events.sqlite'));
  const store = new PersonalDataEncryptingStore(adapter, new SqlitePersonKeyStore(join(dir, 'events.sqlite.keys')), policy);
  return {
    store,
    checkpoints: adapter,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
