import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { eventStoreContract } from '../contract/event-store.contract.js';
import { EventIdConflictError, WrongExpectedRevisionError } from '../event-store.port.js';
import { SqliteEventStore } from './sqlite.event-store.js';

eventStoreContract('SQLite file (WAL)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'jiangxin-store-'));
  const store = new SqliteEventStore(join(dir, 'events.sqlite'));
  return {
    store,
    checkpoints: store,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe('SQLite event store: the file', () => {
  it('keeps events across a reopen of the same file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jiangxin-store-'));
    const file = join(dir, 'events.sqlite');
    const meta = {
      actor: { userId: 'u', role: 'organiser' },
      commandId: 'c',
      correlationId: 'c',
      causationId: 'c',
      occurredAt: '2026-11-24T00:00:00Z',
      schemaVersion: 1,
    };
    const first = new SqliteEventStore(file);
    await first.append('s-1', [{ id: '6a1f7ad4-4a4e-4f5f-9a43-6bd1f1d2e001', type: 'A', data: { n: 1 }, metadata: meta }], 'no_stream');
    await first.close();
    const second = new SqliteEventStore(file);
    expect((await second.readStream('s-1')).map((e) => e.data)).toEqual([{ n: 1 }]);
    await second.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('wakes a subscription in another store instance on the same file by polling', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jiangxin-store-'));
    const file = join(dir, 'events.sqlite');
    const writer = new SqliteEventStore(file);
    const reader = new SqliteEventStore(file, { pollIntervalMs: 10 });
    const seen: string[] = [];
    const subscription = reader.subscribeToAll((e) => void seen.push(e.type), { name: 'other-process' });
    const meta = {
      actor: { userId: 'u', role: 'organiser' },
      commandId: 'c',
      correlationId: 'c',
      causationId: 'c',
      occurredAt: '2026-11-24T00:00:00Z',
      schemaVersion: 1,
    };
    await writer.append(
      's-2',
      [{ id: '6a1f7ad4-4a4e-4f5f-9a43-6bd1f1d2e002', type: 'FromElsewhere', data: {}, metadata: meta }],
      'no_stream',
    );
    const deadline = Date.now() + 2000;
    while (seen.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    expect(seen).toEqual(['FromElsewhere']);
    await subscription.stop();
    await Promise.all([reader.close(), writer.close()]);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('SQLite event store: the writer thread (group commit)', () => {
  const meta = {
    actor: { userId: 'u', role: 'organiser' },
    commandId: 'c',
    correlationId: 'c',
    causationId: 'c',
    occurredAt: '2026-12-02T00:00:00Z',
    schemaVersion: 1,
  };
  const event = (type: string, id: string = randomUUID()) => ({ id, type, data: { type }, metadata: meta });

  it('commits appends made together each on its own terms: in call order, refusals write nothing, retries write once, all durable when answered', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jiangxin-store-'));
    const file = join(dir, 'events.sqlite');
    const store = new SqliteEventStore(file);
    await store.append('taken', [event('First')], 'no_stream');
    const retried = event('Retried');
    // Issued in one turn of the event loop: they reach the writer together and share transactions.
    const outcomes = await Promise.allSettled([
      ...Array.from({ length: 40 }, (_, i) => store.append(`s-${i}`, [event(`A${i}`), event(`B${i}`)], 'no_stream')),
      store.append('taken', [event('Refused')], 'no_stream'),
      store.append('s-retry', [retried], 'no_stream'),
      store.append('s-retry', [retried], 'no_stream'),
      store.append('s-conflict', [{ ...retried }], 'any'),
    ]);
    const answers = outcomes.map((o) => (o.status === 'fulfilled' ? o.value : o.reason));
    // Positions follow the order of the calls: 1 was 'taken', then two per stream.
    expect(answers.slice(0, 40)).toEqual(Array.from({ length: 40 }, (_, i) => ({ nextRevision: 1, position: 3 + 2 * i })));
    expect(answers[40]).toBeInstanceOf(WrongExpectedRevisionError);
    expect(answers[41]).toEqual({ nextRevision: 0, position: 82 });
    expect(answers[42]).toEqual(answers[41]);
    expect(answers[43]).toBeInstanceOf(EventIdConflictError);

    // Committed when answered: another connection to the file sees every answered event, nothing refused.
    const other = new Database(file, { readonly: true });
    const rows = other.prepare('SELECT position, stream_id, type FROM events ORDER BY position').all() as Array<{ type: string }>;
    other.close();
    expect(rows).toHaveLength(82);
    expect(rows.map((r) => r.type)).not.toContain('Refused');
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
