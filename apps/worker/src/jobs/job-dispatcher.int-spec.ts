import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { SCORING_QUEUE, ScoringJobs } from '#contracts';
import { streams } from '#domain';
import { CHECKPOINT_STORE, type CheckpointStore, EVENT_STORE, type EventStore, type NewEvent } from '#event-store';
import { InfrastructureModule, loadConfig } from '#platform';
import { PrivateRedis } from '../../../../bench/cluster-process.js';
import { cncTrade, judgeIds, markSubmitted, readyTradeEvents } from '../../../../libs/domain/src/testing/index.js';
import { WorkerModule } from '../worker.module.js';
import { DISPATCHER_CHECKPOINT, JobDispatcher } from './job-dispatcher.service.js';

/**
 * The dispatcher's lifecycle on a Redis of this test's own (so it can be made to refuse writes,
 * or stopped) and a real SQLite file: its checkpoint waits for unfinished jobs, a refused enqueue
 * starts it again from there, and it stops in bounded time while Redis is away.
 */
describe('JobDispatcher: checkpoint, failures and shutdown', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jiangxin-dispatcher-'));
  let redis: PrivateRedis;
  let worker: INestApplicationContext | undefined;
  let store: EventStore;
  const [j1] = judgeIds(cncTrade);

  const meta = (commandId: string) => ({
    actor: { userId: 'test', role: 'organiser' },
    commandId,
    correlationId: commandId,
    causationId: commandId,
    occurredAt: '2026-11-24T09:00:00.000Z',
    schemaVersion: 1,
  });
  const asNew = (events: Array<{ type: string; data: unknown }>): NewEvent[] =>
    events.map((e) => ({ id: randomUUID(), ...e, metadata: meta(randomUUID()) }));

  /** A measurement mark: it changes the competitor's result at once (one judge marks it). */
  async function mark(competitorNumber: number, revision: number | 'no_stream'): Promise<number> {
    const appended = await store.append(
      streams.scoreSheet(cncTrade.id, competitorNumber),
      asNew([markSubmitted(cncTrade, revision === 'no_stream' ? 'm-length' : 'm-thread', j1, 10, competitorNumber)]),
      revision,
    );
    return appended.position;
  }

  const results = async () => (await store.readStream(streams.results(cncTrade.id))).filter((e) => e.type === 'ResultCalculated');
  const checkpoint = () => worker!.get<CheckpointStore>(CHECKPOINT_STORE).load(DISPATCHER_CHECKPOINT);
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await condition())) {
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
      await sleep(50);
    }
  }

  async function startWorker(): Promise<INestApplicationContext> {
    const config = loadConfig(
      {},
      { SQLITE_FILE: join(dir, 'events.sqlite'), REDIS_URL: redis.url, QUEUE_PREFIX: 'dispatcher-test', METRICS_PORT: 0 },
    );
    const module = await Test.createTestingModule({
      imports: [InfrastructureModule.forRoot(config), WorkerModule.forRoot(config)],
    }).compile();
    const context = await module.init();
    store = context.get(EVENT_STORE);
    return context;
  }

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    worker = await startWorker();
    await store.append(streams.trade(cncTrade.id), asNew(readyTradeEvents(cncTrade, 2)), 'no_stream');
  });

  afterAll(async () => {
    await worker?.close();
    await redis.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps its checkpoint before a job that has not run, and moves it on once the job completed', async () => {
    const queue = worker!.get<Queue>(getQueueToken(SCORING_QUEUE));
    await queue.pause();
    const position = await mark(1, 'no_stream');
    await worker!.get(JobDispatcher).caughtUp();
    await sleep(1000); // several rounds of the dispatcher's bookkeeping
    expect(await checkpoint()).toBeLessThan(position);
    expect(await results()).toHaveLength(0);

    await queue.resume();
    await until(async () => (await results()).length === 1, 'the result');
    await until(async () => (await checkpoint()) >= position, 'the checkpoint to pass the mark');
  });

  it('enqueues a burst of events many at once, and passes them only once every job completed', async () => {
    const trade = { ...cncTrade, id: 'trade-burst' };
    const [judge] = judgeIds(trade);
    const competitors = 100;
    await store.append(streams.trade(trade.id), asNew(readyTradeEvents(trade, competitors)), 'no_stream');
    const queue = worker!.get<Queue>(getQueueToken(SCORING_QUEUE));
    await queue.pause();
    const positions: number[] = [];
    for (let competitorNumber = 1; competitorNumber <= competitors; competitorNumber++) {
      const marks = [
        markSubmitted(trade, 'm-diameter', judge, 10, competitorNumber),
        markSubmitted(trade, 'm-length', judge, 10, competitorNumber),
        markSubmitted(trade, 'm-thread', judge, 5, competitorNumber),
      ];
      positions.push((await store.append(streams.scoreSheet(trade.id, competitorNumber), asNew(marks), 'no_stream')).position);
    }
    await worker!.get(JobDispatcher).caughtUp();
    // One score job per mark (per sheet revision), all in the queue; none has run, so the checkpoint waits before the first.
    const queued = await queue.getJobs(['waiting', 'prioritized']);
    expect(new Set(queued.filter((job) => job.name === ScoringJobs.scoreContestant).map((job) => job.id)).size).toBe(3 * competitors);
    expect(await checkpoint()).toBeLessThan(positions[0]! - 2);

    await queue.resume();
    const scored = async () =>
      new Set(
        (await store.readStream(streams.results(trade.id)))
          .filter((e) => e.type === 'ResultCalculated')
          .map((e) => (e.data as { competitorNumber: number }).competitorNumber),
      );
    await until(async () => (await scored()).size === competitors, 'a result for every competitor', 20_000);
    await until(async () => (await checkpoint()) >= positions.at(-1)!, 'the checkpoint to pass the last mark');
  }, 30_000);

  it('starts again from its checkpoint, with backoff, when Redis refuses the enqueue', async () => {
    const admin = new Redis(redis.url);
    try {
      // Redis out of memory: every write (an enqueue among them) is refused.
      await admin.config('SET', 'maxmemory-policy', 'noeviction');
      await admin.config('SET', 'maxmemory', '1');
      const position = await mark(2, 'no_stream');
      await sleep(1500);
      expect((await results()).filter((e) => (e.data as { competitorNumber: number }).competitorNumber === 2)).toHaveLength(0);
      expect(await checkpoint()).toBeLessThan(position);

      await admin.config('SET', 'maxmemory', '0');
      await until(
        async () => (await results()).some((e) => (e.data as { competitorNumber: number }).competitorNumber === 2),
        'the result once Redis takes writes again',
        20_000,
      );
      await until(async () => (await checkpoint()) >= position, 'the checkpoint to pass the mark');
    } finally {
      await admin.config('SET', 'maxmemory', '0').catch(() => undefined);
      admin.disconnect();
    }
  }, 30_000);

  it('stops within a few seconds while Redis does not answer, and dispatches again what it had not finished', async () => {
    await redis.kill();
    const position = await mark(1, 0); // its job cannot be enqueued: Redis is away
    await sleep(300);
    const started = Date.now();
    await worker!.close();
    worker = undefined;
    expect(Date.now() - started).toBeLessThan(8000);

    await redis.restart();
    worker = await startWorker();
    await until(
      async () =>
        (await results()).some(
          (e) =>
            (e.data as { sheetRevision: number; competitorNumber: number }).competitorNumber === 1 &&
            (e.data as { sheetRevision: number }).sheetRevision === 1,
        ),
      'the result of the mark made while Redis was away',
    );
    await until(async () => (await checkpoint()) >= position, 'the checkpoint to pass the mark');
  }, 30_000);
});
