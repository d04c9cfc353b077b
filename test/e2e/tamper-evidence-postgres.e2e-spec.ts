import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { PostgresEventStore, type TemporaryDatabase, temporaryDatabase } from '#event-store';
import { ChainIntegrity } from '../../apps/api/src/audit/chain-integrity.service.js';
import { main as verifyAuditCli } from '../../scripts/verify-audit.js';
import { Client, commandId, startServer, type TestServer } from '../support/test-server.js';

/**
 * Issue 16 item 5 on PostgreSQL: `npm run verify:audit -- postgresql://…` reads a PostgreSQL store
 * directly and names the first bad position with the right reason, and a server on a tampered
 * PostgreSQL store (at start, and at the periodic pass while running) stops writes and names it.
 * Each test makes its own database on the machine's PostgreSQL, appends through the adapter
 * (libs/event-store/src/postgres) or a server, tampers rows with SQL and drops the database.
 */

const EVENTS = 12;
/** Each server test starts two servers on PostgreSQL and seeds the demo: beyond the 30 s default on a loaded machine. */
const SERVER_TEST_TIMEOUT_MS = 180_000;

const databases: TemporaryDatabase[] = [];
afterAll(async () => {
  for (const database of databases) await database.drop();
});

async function database(purpose: string): Promise<string> {
  const made = await temporaryDatabase(purpose);
  databases.push(made);
  return made.url;
}

async function sql(url: string, text: string, values: unknown[] = []): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}

/** A PostgreSQL store of EVENTS marks appended through the adapter. */
async function storeDatabase(): Promise<string> {
  const url = await database('pgaudit');
  const store = await PostgresEventStore.open(url, { poolSize: 2 });
  try {
    for (let i = 1; i <= EVENTS; i++) {
      await store.append(
        `marks-${i % 3}`,
        [
          {
            id: randomUUID(),
            type: 'MarkRecorded',
            data: { competitorNumber: i, aspectId: 'a1', mark: 70 + i, note: `mark-${String(i).padStart(2, '0')}`, name: '张三' },
            metadata: {
              actor: { userId: 'u-judge', role: 'judge' },
              commandId: randomUUID(),
              correlationId: randomUUID(),
              causationId: randomUUID(),
              occurredAt: new Date(Date.UTC(2026, 5, 1, 9, i)).toISOString(),
              schemaVersion: 1,
            },
          },
        ],
        'any',
      );
    }
  } finally {
    await store.close();
  }
  return url;
}

async function verify(source: string): Promise<{ code: number; output: string }> {
  const printed: string[] = [];
  const code = await verifyAuditCli(
    [source],
    {},
    (line) => printed.push(line),
    (line) => printed.push(line),
  );
  return { code, output: printed.join('\n') };
}

describe('verify:audit on a PostgreSQL store (postgresql:// URL)', () => {
  it('accepts an untouched store', async () => {
    expect(await verify(await storeDatabase())).toEqual({
      code: 0,
      output: expect.stringMatching(new RegExp(`^OK: ${EVENTS} events, chain head at position ${EVENTS} `)),
    });
  });

  it('names an edited mark at its position: its content does not match its hash', async () => {
    const url = await storeDatabase();
    const { rowCount } = await sql(url, `UPDATE events SET data = (data::jsonb || '{"mark": 99}')::json WHERE position = 5`);
    expect(rowCount).toBe(1);
    const { code, output } = await verify(url);
    expect(code).toBe(1);
    expect(output).toMatch(/^MISMATCH at position 5 \(line 5\), event [\w-]+ MarkRecorded: its content does not match its hash/);
  });

  it('names a deleted event as a broken link at its own position', async () => {
    const url = await storeDatabase();
    expect((await sql(url, 'DELETE FROM events WHERE position = 7')).rowCount).toBe(1);
    const { code, output } = await verify(url);
    expect(code).toBe(1);
    expect(output).toMatch(/^MISMATCH at position 7 \(line 7\): its previous hash is not the hash of the event before it/);
    expect(output).toMatch(/no event from position 7 to 7/);
  });

  it('names a flipped byte in an event at its position', async () => {
    const url = await storeDatabase();
    // One bit of one byte of the stored text: '9' (0x39) → '8' (0x38).
    const { rowCount } = await sql(url, `UPDATE events SET data = replace(data::text, 'mark-09', 'mark-08')::json WHERE position = 9`);
    expect(rowCount).toBe(1);
    const { code, output } = await verify(url);
    expect(code).toBe(1);
    expect(output).toMatch(/^MISMATCH at position 9 \(line 9\), event [\w-]+ MarkRecorded: its content does not match its hash/);
  });

  it('names a flipped byte in a stored hash at its position', async () => {
    const url = await storeDatabase();
    const { rowCount } = await sql(
      url,
      `UPDATE events SET hash = overlay(hash placing (CASE substr(hash, 64, 1) WHEN '0' THEN '1' ELSE '0' END) from 64 for 1) WHERE position = 3`,
    );
    expect(rowCount).toBe(1);
    const { code, output } = await verify(url);
    expect(code).toBe(1);
    expect(output).toMatch(/^MISMATCH at position 3 \(line 3\), event [\w-]+ MarkRecorded: its content does not match its hash/);
  });

  it('names a row whose data is no longer JSON as corrupt at its position', async () => {
    const url = await storeDatabase();
    // PostgreSQL refuses non-JSON text in a json column: it takes a changed column type.
    await sql(url, 'ALTER TABLE events ALTER COLUMN data TYPE text');
    await sql(url, `UPDATE events SET data = replace(data, '"mark-04"', '"mark-04{') WHERE position = 4`);
    const { code, output } = await verify(url);
    expect(code).toBe(1);
    expect(output).toMatch(/^CORRUPT at position 4, event [\w-]+ MarkRecorded: its stored data is not JSON/);
  });

  it('names a store it cannot read without a stack trace', async () => {
    const url = new URL(await database('pgaudit_missing'));
    url.pathname = `/${url.pathname.slice(1)}_absent`;
    const { code, output } = await verify(url.toString());
    expect(code).toBe(1);
    expect(output).toMatch(/^Could not check the audit export of postgresql:\/\/.*: .*does not exist/);
  });
});

describe('a server on a tampered PostgreSQL store', () => {
  const config = (url: string) => ({ DATABASE_URL: url, DATABASE_POOL_SIZE: 3, SEED_DEMO: true });

  /** A demo store written by a server on PostgreSQL, tampered with once it stopped, then a server started on it again. */
  async function startTampered(tamper: (url: string) => Promise<void>): Promise<{ server: TestServer; url: string }> {
    const url = await database('pgaudit_server');
    const first = await startServer(config(url));
    try {
      await first.quietHead();
    } finally {
      await first.close();
    }
    await tamper(url);
    return { server: await startServer(config(url)), url };
  }

  async function expectStoppedAt(server: TestServer, url: string, position: number, reason: RegExp) {
    const ready = await new Client(server.url).get('/api/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({ chainBrokenAt: position });
    expect(ready.body.message).toMatch(new RegExp(`hash chain broken at position ${position}: ${reason.source}`));
    const before = await server.store.headPosition();
    const write = await new Client(server.url).post('/api/auth/sign-up', {
      commandId: commandId(),
      username: `after-tamper-${Date.now()}`,
      password: 'long enough 1',
      displayName: '篡改',
    });
    expect(write.status).toBe(503);
    expect(write.body.message).toMatch(new RegExp(`Writes are stopped: the event store's hash chain broken at position ${position}`));
    expect(await server.store.headPosition()).toBe(before);
    // Reads stay available.
    expect((await new Client(server.url).get('/api/catalogue/trades')).status).toBe(200);
    // verify:audit on the same database names the same position.
    expect((await verify(url)).output).toMatch(new RegExp(`at position ${position} `));
  }

  it(
    'starts on an untouched store with readiness 200 and writes accepted; verify:audit finds it intact',
    async () => {
      const { server, url } = await startTampered(async () => undefined);
      try {
        const ready = await new Client(server.url).get('/api/health/ready');
        expect(ready.status).toBe(200);
        const head = await server.store.headPosition();
        expect(server.app.get(ChainIntegrity).state).toEqual({ state: 'intact', verifiedTo: head });
        const write = await new Client(server.url).post('/api/auth/sign-up', {
          commandId: commandId(),
          username: `untouched-${Date.now()}`,
          password: 'long enough 1',
          displayName: '完好',
        });
        expect(write.status).toBeLessThan(300);
        // The demo's events (personal data sealed, Chinese text) read back from json columns as they were hashed.
        const quiet = await server.quietHead();
        expect(quiet).toBeGreaterThan(head);
        expect(await verify(url)).toEqual({
          code: 0,
          output: expect.stringMatching(new RegExp(`^OK: ${quiet} events, chain head at position ${quiet} `)),
        });
      } finally {
        await server.close();
      }
    },
    SERVER_TEST_TIMEOUT_MS,
  );

  it(
    'refuses writes and names the position of an edited event',
    async () => {
      const { server, url } = await startTampered(async (url) => {
        await sql(url, `UPDATE events SET data = (data::jsonb || '{"tampered": 1}')::json WHERE position = 20`);
      });
      try {
        await expectStoppedAt(server, url, 20, /its content does not match its hash/);
      } finally {
        await server.close();
      }
    },
    SERVER_TEST_TIMEOUT_MS,
  );

  it(
    'refuses writes and names the position of a deleted event as a broken link',
    async () => {
      const { server, url } = await startTampered(async (url) => {
        await sql(url, 'DELETE FROM events WHERE position = 30');
      });
      try {
        await expectStoppedAt(server, url, 30, /no event is stored at position 30/);
      } finally {
        await server.close();
      }
    },
    SERVER_TEST_TIMEOUT_MS,
  );

  it(
    'refuses writes and names the position of a flipped byte',
    async () => {
      const { server, url } = await startTampered(async (url) => {
        // The event id's last hex digit.
        await sql(
          url,
          `UPDATE events SET id = overlay(id placing (CASE substr(id, 36, 1) WHEN '0' THEN '1' ELSE '0' END) from 36 for 1) WHERE position = 40`,
        );
      });
      try {
        await expectStoppedAt(server, url, 40, /its content does not match its hash/);
      } finally {
        await server.close();
      }
    },
    SERVER_TEST_TIMEOUT_MS,
  );

  it(
    'finds an event changed while it runs at the next periodic pass',
    async () => {
      const { server, url } = await startTampered(async () => undefined);
      try {
        const chain = server.app.get(ChainIntegrity);
        expect(chain.state).toMatchObject({ state: 'intact' });
        const signUp = await new Client(server.url).post('/api/auth/sign-up', {
          commandId: commandId(),
          username: `while-running-${Date.now()}`,
          password: 'long enough 1',
          displayName: '运行中',
        });
        expect(signUp.status).toBeLessThan(300);
        const head = await server.quietHead();
        // The timer's first pass comes 30 s after the start: the new events are not verified yet.
        expect(chain.state).toMatchObject({ state: 'intact' });
        expect((chain.state as { verifiedTo: number }).verifiedTo).toBeLessThan(head);
        await sql(url, `UPDATE events SET data = (data::jsonb || '{"tampered": 1}')::json WHERE position = $1`, [head]);
        // What the 30 s timer runs: a pass over the events appended since the last one.
        await chain.pass();
        await expectStoppedAt(server, url, head, /its content does not match its hash/);
      } finally {
        await server.close();
      }
    },
    SERVER_TEST_TIMEOUT_MS,
  );
});
