/**
 * The api on PostgreSQL (DATABASE_URL), in this process, on a database of its own on the machine's
 * server: it starts, reports its store, and its projection runner is supervised — when the database
 * refuses every connection, readiness turns 503 with the projections stopped and writes answer 503;
 * once the database takes connections again, the runner restarts from where it stopped and
 * readiness is 200 again, with the events written meanwhile applied.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { ADMIN_DATABASE_URL, storedForm, temporaryDatabase, type TemporaryDatabase } from '#event-store';
import { Client, startServer, type TestServer } from '../support/test-server.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => Promise<boolean>, timeoutMs: number, what: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what()}`);
    await sleep(200);
  }
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

describe('the api on PostgreSQL', () => {
  let database: TemporaryDatabase;
  let server: TestServer;
  let client: Client;

  beforeAll(async () => {
    database = await temporaryDatabase('e2e');
    server = await startServer({ DATABASE_URL: database.url, DATABASE_POOL_SIZE: 3, SEED_DEMO: true, READINESS_MAX_LAG_SECONDS: 5 });
    client = new Client(server.url);
  }, 180_000);

  afterAll(async () => {
    await server?.close();
    await database?.drop();
  }, 60_000);

  it('runs the platform on PostgreSQL: the demo contest is there and readiness is 200', async () => {
    expect(await client.get('/api/health')).toMatchObject({ status: 200, body: { profile: 'distributed', store: 'up' } });
    expect(await client.get('/api/health/ready')).toMatchObject({ status: 200, body: { status: 'ready', projections: 'live' } });
    expect(storedForm(server.store).constructor.name).toBe('PostgresEventStore');
    await client.login('organiser');
    const trades = await client.get('/api/catalogue/trades');
    expect(trades.status).toBe(200);
    expect((trades.body as unknown[]).length).toBeGreaterThan(100);
  });

  it('turns readiness 503 while the database refuses connections, and 200 once its projections restarted and caught up', async () => {
    const ready = () => client.get<{ projections: string; status: string }>('/api/health/ready');
    const positionBefore = (await ready()).body as unknown as { readModelPosition: number };
    try {
      // No new connection to the database (superusers included), and the existing ones closed.
      await admin(async (db) => {
        await db.query(`ALTER DATABASE ${database.name} ALLOW_CONNECTIONS false`);
        await db.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [database.name]);
      });
      let answer = await ready();
      await until(
        async () => (answer = await ready()).status === 503 && (answer.body as { projections: string }).projections === 'stopped',
        30_000,
        () => `readiness 503 with the projections stopped (got ${answer.status} ${JSON.stringify(answer.body)})`,
      );
      // A write (a login starts a session: an event) answers 503, never 500.
      const login = await new Client(server.url).post('/api/auth/login', { username: 'organiser', password: 'jiangxin-demo' });
      expect(login.status).toBe(503);
    } finally {
      await admin((db) => db.query(`ALTER DATABASE ${database.name} ALLOW_CONNECTIONS true`));
    }
    await until(
      async () => (await ready()).status === 200,
      60_000,
      () => 'readiness 200 again',
    );
    // The runner goes on from where it stopped: an event appended now reaches the read models.
    const { position } = await server.store.append(`probe-${randomUUID()}`, [probeEvent()], 'no_stream');
    await until(
      async () => ((await ready()).body as unknown as { readModelPosition: number }).readModelPosition >= position,
      10_000,
      () => `the read models to reach position ${position}`,
    );
    expect(position).toBeGreaterThan(positionBefore.readModelPosition);
  }, 120_000);
});

function probeEvent() {
  const commandId = randomUUID();
  return {
    id: randomUUID(),
    type: 'ProbeWritten',
    data: {},
    metadata: {
      actor: { userId: 'u-test', role: 'organiser' },
      commandId,
      correlationId: commandId,
      causationId: commandId,
      occurredAt: new Date().toISOString(),
      schemaVersion: 1,
    },
  };
}
