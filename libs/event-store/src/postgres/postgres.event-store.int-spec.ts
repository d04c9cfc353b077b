import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { ChainVerifier, GENESIS_HASH } from '../audit/hash-chain.js';
import { eventStoreContract } from '../contract/event-store.contract.js';
import type { EventMetadata, NewEvent, StoredEvent } from '../event-store.port.js';
import { APPEND_LOCK_KEY, PostgresEventStore } from './postgres.event-store.js';
import { temporaryDatabase, type TemporaryDatabase } from './temporary-database.js';

const databases: TemporaryDatabase[] = [];
afterAll(async () => {
  for (const database of databases) await database.drop();
});

/** A database of this test file's own on the machine's PostgreSQL, dropped at the end. */
async function database(purpose: string): Promise<string> {
  const made = await temporaryDatabase(purpose);
  databases.push(made);
  return made.url;
}

const contractDatabase = database('contract');

eventStoreContract('PostgreSQL', async () => {
  const store = await PostgresEventStore.open(await contractDatabase, { poolSize: 3 });
  return { store, checkpoints: store, cleanup: () => store.close() };
});

const metadata: EventMetadata = {
  actor: { userId: 'u-1', role: 'judge' },
  commandId: 'c',
  correlationId: 'c',
  causationId: 'c',
  occurredAt: '2026-11-24T08:00:00.000Z',
  schemaVersion: 1,
};
const event = (type: string, data: object = {}): NewEvent => ({ id: randomUUID(), type, data, metadata });

async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function verify(events: StoredEvent[]) {
  const verifier = new ChainVerifier();
  let prevHash = GENESIS_HASH;
  for (const e of events) {
    verifier.add({ ...e, prevHash, hash: e.hash! });
    prevHash = e.hash!;
  }
  return verifier.verdict();
}

describe('PostgreSQL event store: order, chain and wake-up across nodes', () => {
  let url: string;
  const open: PostgresEventStore[] = [];
  const store = async (options: Parameters<typeof PostgresEventStore.open>[1] = {}) => {
    const opened = await PostgresEventStore.open(url, { poolSize: 3, ...options });
    open.push(opened);
    return opened;
  };

  beforeAll(async () => {
    url = await database('order');
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
  });

  it('never lets a reader skip an event: many concurrent writers on several nodes, a reader that sees every position once, in order', async () => {
    // Six "nodes" (each its own connections), 40 writers each, appends of 1–3 events to a few hot streams.
    const writers = await Promise.all(Array.from({ length: 6 }, () => store()));
    const reader = await store({ safetyPollMs: 60_000 });
    const start = await reader.headPosition();
    const seen: number[] = [];
    const subscription = reader.subscribeToAll((e) => void seen.push(e.position), { name: 'order-check', after: start });

    const results = await Promise.all(
      writers.flatMap((writer, w) =>
        Array.from({ length: 40 }, (_, i) =>
          writer.append(
            `hot-${(w + i) % 4}`,
            Array.from({ length: 1 + (i % 3) }, (_, k) => event(`E${w}.${i}.${k}`)),
            'any',
          ),
        ),
      ),
    );
    const appended = results.reduce((n, _, i) => n + 1 + ((i % 40) % 3), 0);
    const head = await reader.headPosition();
    expect(head - start).toBe(appended);

    await until(() => seen.length >= appended, 20_000, `the reader to see ${appended} events (seen ${seen.length})`);
    await subscription.stop();
    // Every position from start+1 to head, each once, in increasing order: no event was passed over.
    expect(seen).toEqual(Array.from({ length: appended }, (_, i) => start + 1 + i));
    // And the hash chain links them all in that order.
    const all = await reader.readAll();
    expect(verify(all)).toEqual({ ok: true, events: all.length, head: await reader.chainHead() });
  }, 60_000);

  it('holds a later append back while an earlier append transaction has not committed', async () => {
    const writer = await store();
    const before = await writer.headPosition();
    // A raw connection in the middle of an append: it holds the append lock, as a transaction that took a position does.
    const slow = new pg.Client({ connectionString: url });
    await slow.connect();
    try {
      await slow.query(`BEGIN; SELECT pg_advisory_xact_lock(${APPEND_LOCK_KEY})`);
      let done = false;
      const later = writer.append(`later-${randomUUID()}`, [event('Later')], 'no_stream');
      void later.then(() => {
        done = true;
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(done).toBe(false);
      expect(await writer.headPosition()).toBe(before);
      await slow.query('COMMIT');
      expect((await later).position).toBe(before + 1);
    } finally {
      await slow.end();
    }
  });

  it('commits the appends waiting in one process together, each with its own expected-revision check', async () => {
    const writer = await store();
    const id = `group-${randomUUID()}`;
    await writer.append(id, [event('Created')], 'no_stream');
    const attempts = await Promise.allSettled([
      writer.append(id, [event('A')], 0),
      writer.append(id, [event('B')], 0),
      writer.append(id, [event('C')], 1),
      writer.append(`${id}-other`, [event('D')], 'no_stream'),
    ]);
    expect(attempts.map((a) => a.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect((await writer.readStream(id)).map((e) => e.type)).toEqual(['Created', 'A', 'C']);
  });

  it('wakes the subscriptions of another node through LISTEN/NOTIFY, with the safety poll out of the way', async () => {
    const writer = await store();
    const reader = await store({ safetyPollMs: 60_000 });
    await until(() => reader.listening, 10_000, 'the LISTEN connection');
    const seen: Array<{ type: string; at: number }> = [];
    const subscription = reader.subscribeToAll((e) => void seen.push({ type: e.type, at: performance.now() }), {
      name: 'wake',
      after: await reader.headPosition(),
    });
    await subscription.caughtUp();
    const sentAt = performance.now();
    await writer.append(`wake-${randomUUID()}`, [event('FromAnotherNode')], 'no_stream');
    await until(() => seen.length === 1, 5_000, 'the notification');
    expect(seen[0].type).toBe('FromAnotherNode');
    expect(seen[0].at - sentAt).toBeLessThan(5_000);
    await subscription.stop();
  });

  it('wakes a subscription in this process on an append made by another process', async () => {
    const reader = await store({ safetyPollMs: 60_000 });
    await until(() => reader.listening, 10_000, 'the LISTEN connection');
    const seen: string[] = [];
    const subscription = reader.subscribeToAll((e) => void seen.push(e.type), {
      name: 'other-process',
      after: await reader.headPosition(),
    });
    await subscription.caughtUp();
    // Another Node process appends through the adapter's own source (Node strips the types).
    const child = spawn(
      process.execPath,
      ['--experimental-transform-types', '--no-warnings', fileURLToPath(new URL('./testing/append-once.mjs', import.meta.url)), url],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_OPTIONS: '' } },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const exitCode = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect({ exitCode, output }).toEqual({ exitCode: 0, output: expect.stringContaining('appended') });
    await until(() => seen.includes('FromAnotherProcess'), 5_000, 'the notification from the other process');
    await subscription.stop();
  }, 30_000);

  it('keeps waking subscriptions after its LISTEN connection is killed by the server', async () => {
    const writer = await store();
    const reader = await store({ safetyPollMs: 60_000 });
    await until(() => reader.listening, 10_000, 'the LISTEN connection');
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      const { rowCount } = await admin.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'jiangxin-listen'",
      );
      expect(rowCount).toBeGreaterThan(0);
    } finally {
      await admin.end();
    }
    await until(() => !reader.listening, 10_000, 'the lost connection to be noticed');
    await until(() => reader.listening, 15_000, 'the LISTEN connection to come back');
    const seen: string[] = [];
    const subscription = reader.subscribeToAll((e) => void seen.push(e.type), {
      name: 'after-reconnect',
      after: await reader.headPosition(),
    });
    await subscription.caughtUp();
    await writer.append(`again-${randomUUID()}`, [event('AfterReconnect')], 'no_stream');
    await until(() => seen.includes('AfterReconnect'), 5_000, 'the notification after the reconnection');
    await subscription.stop();
  }, 40_000);

  it('keeps quotes, backslashes and NUL characters in stream ids, ids and data exactly (values travel as escaped literals)', async () => {
    const writer = await store();
    const streamId = `o'brien\\${randomUUID()}'; DROP TABLE events; --`;
    const tricky = {
      ...event("Type'With\\Quote", { text: "it's \\ a 'test' \u0000 \\' end", nested: { "k'ey": ['\\', "'"] } }),
      id: `${randomUUID()}'\\`,
    };
    await writer.append(streamId, [tricky], 'no_stream');
    const [stored] = await writer.readStream(streamId);
    expect({ id: stored.id, type: stored.type, data: stored.data, streamId: stored.streamId }).toEqual({
      id: tricky.id,
      type: tricky.type,
      data: tricky.data,
      streamId,
    });
    expect(await writer.append(streamId, [tricky], 'no_stream')).toEqual({ nextRevision: 0, position: stored.position });
  });

  it('answers unavailable (not a crash) when the server cannot be reached', async () => {
    const unreachable = new URL(url);
    unreachable.port = '1';
    await expect(PostgresEventStore.open(unreachable.toString())).rejects.toMatchObject({ name: 'EventStoreUnavailableError' });
  });
});
