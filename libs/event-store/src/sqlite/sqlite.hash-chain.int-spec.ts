import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ChainVerifier, type ExportedEvent, GENESIS_HASH } from '../audit/hash-chain.js';
import type { EventMetadata, NewEvent, StoredEvent } from '../event-store.port.js';
import { SqliteEventStore } from './sqlite.event-store.js';

const metadata: EventMetadata = {
  actor: { userId: 'u-1', role: 'organiser' },
  commandId: 'c',
  correlationId: 'c',
  causationId: 'c',
  occurredAt: '2026-11-24T08:00:00.000Z',
  schemaVersion: 1,
};
const event = (type: string, data: object = {}): NewEvent => ({ id: randomUUID(), type, data, metadata });

/** The export's lines for stored events: each with the stored hash of the one before. */
function exported(events: StoredEvent[]): ExportedEvent[] {
  let prevHash = GENESIS_HASH;
  return events.map((e) => {
    const line = {
      position: e.position,
      streamId: e.streamId,
      revision: e.revision,
      id: e.id,
      type: e.type,
      data: e.data,
      metadata: e.metadata,
      prevHash,
      hash: e.hash!,
    };
    prevHash = e.hash!;
    return line;
  });
}

function verify(events: StoredEvent[]) {
  const verifier = new ChainVerifier();
  for (const line of exported(events)) verifier.add(line);
  return verifier.verdict();
}

describe('SQLite event store: the hash chain in the file', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'jiangxin-chain-'));
    file = join(dir, 'events.sqlite');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('chains appends from two store instances on the same file (two processes) in global order', async () => {
    const one = new SqliteEventStore(file);
    const two = new SqliteEventStore(file);
    await Promise.all(
      Array.from({ length: 30 }, (_, i) => (i % 2 ? one : two).append(`s-${i % 5}`, [event(`E${i}`), event(`F${i}`)], 'any')),
    );
    const events = await one.readAll();
    expect(events).toHaveLength(60);
    expect(verify(events)).toEqual({ ok: true, events: 60, head: await two.chainHead() });
    await Promise.all([one.close(), two.close()]);
  });

  it('adds the hash column to a file written before the chain and chains its events on open', async () => {
    const old = new Database(file);
    old.exec(`CREATE TABLE events (
      position INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, stream_id TEXT NOT NULL, revision INTEGER NOT NULL,
      type TEXT NOT NULL, data TEXT NOT NULL, metadata TEXT NOT NULL, recorded_at TEXT NOT NULL, UNIQUE (stream_id, revision));`);
    const insert = old.prepare(
      'INSERT INTO events (id, stream_id, revision, type, data, metadata, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    // One transaction: 2,500 separately fsynced inserts take most of the test's time on a busy disk.
    old.transaction(() => {
      for (let i = 0; i < 2500; i++)
        insert.run(
          randomUUID(),
          `s-${i % 7}`,
          Math.floor(i / 7),
          'Old',
          JSON.stringify({ i }),
          JSON.stringify(metadata),
          '2026-01-01T00:00:00.000Z',
        );
    })();
    old.close();

    const store = new SqliteEventStore(file);
    await store.append('s-new', [event('New')], 'no_stream');
    const events = await store.readAll();
    expect(events).toHaveLength(2501);
    expect(events.every((e) => /^[0-9a-f]{64}$/.test(e.hash ?? ''))).toBe(true);
    expect(verify(events)).toMatchObject({ ok: true, events: 2501 });
    await store.close();
  });

  it('never re-chains an event whose hash was removed before hashed ones: verification names it', async () => {
    const store = new SqliteEventStore(file);
    for (let i = 0; i < 5; i++) await store.append(`s-${i}`, [event('E', { i })], 'no_stream');
    const target = (await store.readAll())[2];
    await store.close();

    const raw = new Database(file);
    raw.prepare('UPDATE events SET data = ?, hash = NULL WHERE position = ?').run(JSON.stringify({ i: 99 }), target.position);
    raw.close();

    const reopened = new SqliteEventStore(file);
    const events = await reopened.readAll();
    expect(events[2].hash).toBeUndefined();
    expect(verify(events)).toMatchObject({ ok: false, mismatch: { position: target.position, id: target.id, problem: 'format' } });
    await reopened.close();
  });

  it('names the event whose data was edited in the file', async () => {
    const store = new SqliteEventStore(file);
    for (let i = 0; i < 5; i++) await store.append(`s-${i}`, [event('E', { mark: i })], 'no_stream');
    const target = (await store.readAll())[3];
    await store.close();

    const raw = new Database(file);
    raw.prepare('UPDATE events SET data = ? WHERE position = ?').run(JSON.stringify({ mark: 3.5 }), target.position);
    raw.close();

    const reopened = new SqliteEventStore(file);
    expect(verify(await reopened.readAll())).toMatchObject({
      ok: false,
      events: 3,
      mismatch: { position: target.position, id: target.id, type: 'E', problem: 'content', found: target.hash },
    });
    await reopened.close();
  });
});
