import { randomUUID } from 'node:crypto';
import {
  type CheckpointStore,
  type EventMetadata,
  type EventStore,
  type NewEvent,
  type StoredEvent,
  WrongExpectedRevisionError,
} from '../event-store.port.js';
import { eventHash } from '../audit/hash-chain.js';

export interface OpenedStore {
  store: EventStore;
  checkpoints: CheckpointStore;
  cleanup: () => Promise<void>;
}

const metadata = (commandId = randomUUID()): EventMetadata => ({
  actor: { userId: 'u-test', role: 'organiser' },
  device: 'contract-suite',
  commandId,
  correlationId: commandId,
  causationId: commandId,
  occurredAt: '2026-11-24T08:00:00.000Z',
  schemaVersion: 1,
});

const event = (type: string, data: Record<string, unknown> = {}): NewEvent => ({
  id: randomUUID(),
  type,
  data,
  metadata: metadata(),
});

/** Stream ids are unique per test so the suite can run against a shared server. */
const streamId = (prefix = 'contract') => `${prefix}-${randomUUID()}`;

const until = async (condition: () => boolean, timeoutMs = 5000) => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
};

/** The behaviour every EventStore adapter must show. */
export function eventStoreContract(name: string, open: () => Promise<OpenedStore>): void {
  describe(`EventStore contract: ${name}`, () => {
    let opened: OpenedStore;
    let store: EventStore;

    beforeEach(async () => {
      opened = await open();
      store = opened.store;
    });
    afterEach(async () => opened.cleanup());

    describe('append and read a stream', () => {
      it('gives revisions from 0 and increasing global positions', async () => {
        const id = streamId();
        const first = await store.append(id, [event('A'), event('B')], 'no_stream');
        const second = await store.append(id, [event('C')], 1);
        expect(first.nextRevision).toBe(1);
        expect(second.nextRevision).toBe(2);
        expect(second.position).toBeGreaterThan(first.position);

        const events = await store.readStream(id);
        expect(events.map((e) => [e.type, e.revision])).toEqual([
          ['A', 0],
          ['B', 1],
          ['C', 2],
        ]);
        expect(events.every((e) => e.streamId === id)).toBe(true);
        expect(events[1].position).toBeLessThan(events[2].position);
        expect(events[2].position).toBe(second.position);
      });

      it('keeps data and metadata exactly', async () => {
        const id = streamId();
        const original = event('MarkSubmitted', { mark: 2, aspectId: 'a-1', nested: { ok: true, list: [1, 2] }, name: '张三' });
        original.metadata.reason = 'correction: transcription error';
        await store.append(id, [original], 'no_stream');
        const [stored] = await store.readStream(id);
        expect(stored.id).toBe(original.id);
        expect(stored.data).toEqual(original.data);
        expect(stored.metadata).toEqual(original.metadata);
        expect(Number.isNaN(Date.parse(stored.recordedAt))).toBe(false);
      });

      it('reads a stream from a revision, and a missing stream as empty', async () => {
        const id = streamId();
        await store.append(id, [event('A'), event('B'), event('C')], 'no_stream');
        expect((await store.readStream(id, { fromRevision: 1 })).map((e) => e.type)).toEqual(['B', 'C']);
        expect((await store.readStream(id, { fromRevision: 1, maxCount: 1 })).map((e) => e.type)).toEqual(['B']);
        expect(await store.readStream(streamId('missing'))).toEqual([]);
      });
    });

    describe('optimistic concurrency', () => {
      it('refuses a wrong expected revision and writes nothing', async () => {
        const id = streamId();
        await store.append(id, [event('A'), event('B')], 'no_stream');
        await expect(store.append(id, [event('X')], 0)).rejects.toBeInstanceOf(WrongExpectedRevisionError);
        await expect(store.append(id, [event('X')], 'no_stream')).rejects.toMatchObject({ actual: 1, streamId: id });
        await expect(store.append(streamId('missing'), [event('X')], 'stream_exists')).rejects.toMatchObject({
          actual: 'no_stream',
        });
        expect((await store.readStream(id)).map((e) => e.type)).toEqual(['A', 'B']);
      });

      it('lets exactly one of many concurrent writers with the same expected revision win', async () => {
        const id = streamId();
        await store.append(id, [event('Created')], 'no_stream');
        const attempts = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => store.append(id, [event(`Attempt${i}`)], 0)));
        const won = attempts.filter((a) => a.status === 'fulfilled');
        const lost = attempts.filter((a): a is PromiseRejectedResult => a.status === 'rejected');
        expect(won).toHaveLength(1);
        expect(lost.every((a) => a.reason instanceof WrongExpectedRevisionError)).toBe(true);
        expect(await store.readStream(id)).toHaveLength(2);
      });

      it("appends with 'any' whatever the revision", async () => {
        const id = streamId();
        await store.append(id, [event('A')], 'any');
        await store.append(id, [event('B')], 'any');
        expect(await store.readStream(id)).toHaveLength(2);
      });
    });

    describe('idempotent append by event id', () => {
      it('returns the original result for a retried append and writes nothing new', async () => {
        const id = streamId();
        const batch = [event('A'), event('B')];
        const first = await store.append(id, batch, 'no_stream');
        const retried = await store.append(id, batch, 'no_stream');
        expect(retried).toEqual(first);
        expect(await store.readStream(id)).toHaveLength(2);
      });

      it('writes once when the same append is retried concurrently', async () => {
        const id = streamId();
        const batch = [event('A')];
        const results = await Promise.allSettled(Array.from({ length: 20 }, () => store.append(id, batch, 'no_stream')));
        expect(results.filter((r) => r.status === 'fulfilled').length).toBeGreaterThan(0);
        expect(await store.readStream(id)).toHaveLength(1);
      });
    });

    describe('read all', () => {
      it('returns every stream in global order, after a position', async () => {
        const a = streamId('a');
        const b = streamId('b');
        const start = await store.headPosition();
        await store.append(a, [event('A1')], 'no_stream');
        await store.append(b, [event('B1')], 'no_stream');
        await store.append(a, [event('A2')], 0);
        const all = (await store.readAll({ after: start })).filter((e) => e.streamId === a || e.streamId === b);
        expect(all.map((e) => e.type)).toEqual(['A1', 'B1', 'A2']);
        const positions = all.map((e) => e.position);
        expect([...positions].sort((x, y) => x - y)).toEqual(positions);
        expect(new Set(positions).size).toBe(3);

        const afterFirst = (await store.readAll({ after: all[0].position })).filter((e) => e.streamId === a || e.streamId === b);
        expect(afterFirst.map((e) => e.type)).toEqual(['B1', 'A2']);
        expect(await store.headPosition()).toBeGreaterThanOrEqual(all[2].position);
      });
    });

    describe('subscribe to all', () => {
      it('catches up from a position, then follows the live tail in order', async () => {
        const id = streamId('sub');
        const seen: StoredEvent[] = [];
        const e1 = await store.append(id, [event('E1')], 'no_stream');
        await store.append(id, [event('E2'), event('E3')], 0);

        const subscription = store.subscribeToAll(
          (e) => {
            if (e.streamId === id) seen.push(e);
          },
          { name: 'contract-catch-up', after: e1.position },
        );
        await subscription.caughtUp();
        expect(seen.map((e) => e.type)).toEqual(['E2', 'E3']);

        await store.append(id, [event('E4')], 2);
        await store.append(id, [event('E5')], 3);
        await until(() => seen.length === 4);
        expect(seen.map((e) => e.type)).toEqual(['E2', 'E3', 'E4', 'E5']);
        expect(subscription.position).toBeGreaterThanOrEqual(seen[3].position);
        await subscription.stop();

        await store.append(id, [event('E6')], 4);
        await new Promise((r) => setTimeout(r, 100));
        expect(seen).toHaveLength(4);
      });

      it('waits for an async handler before delivering the next event', async () => {
        const id = streamId('slow');
        const log: string[] = [];
        const subscription = store.subscribeToAll(
          async (e) => {
            if (e.streamId !== id) return;
            log.push(`start ${e.type}`);
            await new Promise((r) => setTimeout(r, 10));
            log.push(`end ${e.type}`);
          },
          { name: 'contract-sequential', after: await store.headPosition() },
        );
        await store.append(id, [event('X'), event('Y')], 'no_stream');
        await until(() => log.length === 4);
        expect(log).toEqual(['start X', 'end X', 'start Y', 'end Y']);
        await subscription.stop();
      });

      it('stops on a handler error and reports it', async () => {
        const id = streamId('failing');
        const errors: unknown[] = [];
        let handled = 0;
        const subscription = store.subscribeToAll(
          (e) => {
            if (e.streamId !== id) return;
            handled += 1;
            throw new Error('projection bug');
          },
          { name: 'contract-failing', after: await store.headPosition() },
          (error) => errors.push(error),
        );
        await store.append(id, [event('X'), event('Y')], 'no_stream');
        await until(() => errors.length === 1);
        expect((errors[0] as Error).message).toBe('projection bug');
        expect(handled).toBe(1);
        await subscription.stop();
      });
    });

    describe('hash chain', () => {
      it('links every event of the log to the one before it, and the chain head is the last link', async () => {
        const start = await store.chainHead();
        const a = streamId('chain-a');
        const b = streamId('chain-b');
        await store.append(a, [event('A1', { mark: 2.5 }), event('A2')], 'no_stream');
        await store.append(b, [event('B1', { name: '张三', list: [1, { y: 2, x: 1 }] })], 'no_stream');
        const last = await store.append(a, [event('A3')], 1);

        const events = await store.readAll({ after: start.position });
        expect(events.length).toBeGreaterThanOrEqual(4);
        let previous = start.hash;
        for (const e of events) {
          expect(e.hash).toBe(eventHash(e, previous));
          previous = e.hash!;
        }
        const head = await store.chainHead();
        expect(head.position).toBeGreaterThanOrEqual(last.position);
        const tail = events[events.length - 1];
        expect(head).toEqual({ position: tail.position, hash: tail.hash });
      });

      it('gives each event the same hash however the log is read', async () => {
        const start = await store.chainHead();
        const id = streamId('chain-read');
        await store.append(id, [event('X'), event('Y'), event('Z')], 'no_stream');
        const fromStart = await store.readAll({ after: start.position });
        const fromSecond = await store.readAll({ after: fromStart[0].position, maxCount: 2 });
        expect(fromSecond.map((e) => e.hash)).toEqual(fromStart.slice(1, 3).map((e) => e.hash));
        // Adapters that cannot chain on every read leave `hash` out of readStream, never give another one.
        const byHash = new Map(fromStart.map((e) => [e.id, e.hash]));
        for (const e of await store.readStream(id)) if (e.hash !== undefined) expect(e.hash).toBe(byHash.get(e.id));
      });

      it('does not move when an append is retried', async () => {
        const id = streamId('chain-retry');
        const batch = [event('A')];
        await store.append(id, batch, 'no_stream');
        const head = await store.chainHead();
        await store.append(id, batch, 'no_stream');
        expect(await store.chainHead()).toEqual(head);
      });
    });

    describe('checkpoints', () => {
      it('stores the last position per name, 0 when none', async () => {
        const name = `checkpoint-${randomUUID()}`;
        expect(await opened.checkpoints.load(name)).toBe(0);
        await opened.checkpoints.save(name, 41);
        await opened.checkpoints.save(name, 42);
        expect(await opened.checkpoints.load(name)).toBe(42);
      });
    });
  });
}
