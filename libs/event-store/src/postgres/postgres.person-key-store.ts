import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import type { PersonKey, PersonKeyStore } from '../personal-data/person-key-store.js';
import { createSchema } from './postgres.event-store.js';
import { guarded, type PostgresConnectionOptions, postgresPool } from './postgres.pool.js';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS person_keys (
    key_id     text        PRIMARY KEY,
    owner      text        NOT NULL UNIQUE,
    key        bytea       NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  );
`;

/**
 * The key store of the distributed profile: a table in the same PostgreSQL database as the events,
 * read by every node without a cache, so that forgetting a person on one node holds on every node
 * from the moment the delete commits. After a delete the table is rewritten (VACUUM FULL), so the
 * key's bytes do not linger in a dead row of the table; they remain in PostgreSQL's write-ahead log
 * until it is recycled, and in any backup taken before (docs/postgresql.md).
 */
export class PostgresPersonKeyStore implements PersonKeyStore {
  private constructor(private readonly pool: pg.Pool) {}

  static async open(connectionString: string, options: PostgresConnectionOptions = {}): Promise<PostgresPersonKeyStore> {
    const pool = postgresPool(connectionString, { poolSize: 4, ...options });
    try {
      await createSchema(pool, SCHEMA);
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PostgresPersonKeyStore(pool);
  }

  async keyFor(owner: string): Promise<PersonKey> {
    // Two nodes making the first key of one person at once: one insert wins, and both read it.
    for (let attempt = 0; attempt < 5; attempt++) {
      const created = { keyId: randomBytes(16).toString('base64url'), key: randomBytes(32) };
      const inserted = await this.query<{ key_id: string; key: Buffer }>(
        `INSERT INTO person_keys (key_id, owner, key) VALUES ($1, $2, $3) ON CONFLICT (owner) DO NOTHING RETURNING key_id, key`,
        [created.keyId, owner, created.key],
      );
      const { rows } =
        inserted.rows.length > 0
          ? inserted
          : await this.query<{ key_id: string; key: Buffer }>('SELECT key_id, key FROM person_keys WHERE owner = $1', [owner]);
      // Empty only when the winner's key was forgotten between the two statements: try again.
      if (rows[0]) return { keyId: rows[0].key_id, key: rows[0].key };
    }
    throw new Error(`No key could be made for ${owner}`);
  }

  async keysById(keyIds: readonly string[]): Promise<Map<string, Buffer>> {
    if (keyIds.length === 0) return new Map();
    const { rows } = await this.query<{ key_id: string; key: Buffer }>(
      'SELECT key_id, key FROM person_keys WHERE key_id = ANY($1::text[])',
      [keyIds],
    );
    return new Map(rows.map((row) => [row.key_id, row.key]));
  }

  async forget(owner: string): Promise<boolean> {
    const { rowCount } = await this.query('DELETE FROM person_keys WHERE owner = $1', [owner]);
    if (!rowCount) return false;
    await this.query('VACUUM FULL person_keys');
    return true;
  }

  private query<Row extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<Row>> {
    return guarded(() => this.pool.query<Row>(text, values), 'PostgreSQL key store');
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
