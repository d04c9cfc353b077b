import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/** A person's data key: AES-256, named by a random id that the ciphertexts carry. */
export interface PersonKey {
  keyId: string;
  key: Buffer;
}

/**
 * Where the per-person keys live: outside the event log, so that deleting a key forgets the person
 * while the log itself stays as it was (and its hash chain still verifies). Two stores: a SQLite file
 * (embedded profile) and a PostgreSQL table (distributed profile, shared by every node). Neither
 * caches a key: a forget holds for every reader from the moment it returns.
 */
export interface PersonKeyStore {
  /** The person's current key, made on first use. */
  keyFor(owner: string): Promise<PersonKey>;
  /** Keys by id; a key whose person has been forgotten is missing from the answer. */
  keysById(keyIds: readonly string[]): Promise<Map<string, Buffer>>;
  /** Deletes the person's key: what it encrypted can no longer be read. Answers whether there was one. */
  forget(owner: string): Promise<boolean>;
  close(): Promise<void>;
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS person_keys (
    key_id     TEXT PRIMARY KEY,
    owner      TEXT NOT NULL UNIQUE,
    key        BLOB NOT NULL,
    created_at TEXT NOT NULL
  );
`;

/**
 * The key store of the embedded profile: a table in its own SQLite file next to the event store's.
 * `secure_delete` overwrites a deleted key's bytes in the file, and a forget checkpoints the WAL so
 * that no earlier page holding the key survives there either.
 */
export class SqlitePersonKeyStore implements PersonKeyStore {
  private readonly db: Database.Database;
  private readonly statements;

  constructor(filename: string) {
    if (filename !== ':memory:') mkdirSync(dirname(filename), { recursive: true });
    this.db = new Database(filename);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('secure_delete = ON');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
    this.statements = {
      byOwner: this.db.prepare<[string], { key_id: string; key: Buffer }>('SELECT key_id, key FROM person_keys WHERE owner = ?'),
      byId: this.db.prepare<[string], { key: Buffer }>('SELECT key FROM person_keys WHERE key_id = ?'),
      insert: this.db.prepare(
        'INSERT INTO person_keys (key_id, owner, key, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (owner) DO NOTHING',
      ),
      remove: this.db.prepare('DELETE FROM person_keys WHERE owner = ?'),
    };
  }

  // Immediate: two processes on the same file agree on one key per person.
  private readonly keyForTransaction = (owner: string): PersonKey => {
    const existing = this.statements.byOwner.get(owner);
    if (existing) return { keyId: existing.key_id, key: existing.key };
    const created = { keyId: randomBytes(16).toString('base64url'), key: randomBytes(32) };
    this.statements.insert.run(created.keyId, owner, created.key, new Date().toISOString());
    return created;
  };

  async keyFor(owner: string): Promise<PersonKey> {
    // A key once made never changes (only a forget deletes it): when it is there, a plain read is
    // enough — no write transaction, no fsync. Only a first use takes the immediate transaction.
    const existing = this.statements.byOwner.get(owner);
    if (existing) return { keyId: existing.key_id, key: existing.key };
    return this.db.transaction(this.keyForTransaction).immediate(owner);
  }

  async keysById(keyIds: readonly string[]): Promise<Map<string, Buffer>> {
    const keys = new Map<string, Buffer>();
    for (const keyId of keyIds) {
      const key = this.statements.byId.get(keyId)?.key;
      if (key) keys.set(keyId, key);
    }
    return keys;
  }

  async forget(owner: string): Promise<boolean> {
    const removed = this.statements.remove.run(owner).changes > 0;
    if (removed) this.db.pragma('wal_checkpoint(TRUNCATE)');
    return removed;
  }

  /** An online copy of the file (SQLite's backup API) through this connection; see `SqliteEventStore.backupTo`. */
  async backupTo(file: string, pagesPerStep = 100): Promise<void> {
    await this.db.backup(file, { progress: () => pagesPerStep });
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

export const PERSON_KEY_STORE = Symbol('PERSON_KEY_STORE');
