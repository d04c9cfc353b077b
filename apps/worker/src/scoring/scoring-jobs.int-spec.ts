import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { Queue } from 'bullmq';
import { deterministicId } from '#application';
import { SCORING_QUEUE, scoreContestantJobId } from '#contracts';
import { streams } from '#domain';
import { CHECKPOINT_STORE, type CheckpointStore, EVENT_STORE, type EventStore, type NewEvent, SqliteEventStore } from '#event-store';
import { InfrastructureModule, loadConfig } from '#platform';
import { cncTrade, judgeIds, markSubmitted, readyTradeEvents } from '../../../../libs/domain/src/testing/index.js';
import { DISPATCHER_CHECKPOINT, JobDispatcher } from '../jobs/job-dispatcher.service.js';
import { BullMqScoringJobQueue, ScoringJobQueue } from '../jobs/scoring-job-queue.js';
import { WorkerModule } from '../worker.module.js';

/** Scoring jobs through BullMQ on the real Redis of this machine, on a real SQLite file. */
describe('scoring jobs on BullMQ', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jiangxin-jobs-'));
  const config = loadConfig(
    {},
    { SQLITE_FILE: join(dir, 'events.sqlite'), REDIS_URL: 'redis://127.0.0.1:6379', QUEUE_PREFIX: `int-${process.pid}-${Date.now()}` },
  );
  let worker: INestApplicationContext | undefined;
  let store: EventStore;

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

  async function startWorker(): Promise<INestApplicationContext> {
    const module = await Test.createTestingModule({
      imports: [InfrastructureModule.forRoot(config), WorkerModule.forRoot(config)],
    }).compile();
    const context = await module.init();
    store = context.get(EVENT_STORE);
    return context;
  }

  const resultsOf = async () => store.readStream(streams.results(cncTrade.id));
  async function waitForResults(count: number) {
    const deadline = Date.now() + 10_000;
    while ((await resultsOf()).length < count) {
      if (Date.now() > deadline) throw new Error(`expected ${count} results, got ${(await resultsOf()).length}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  beforeAll(async () => {
    worker = await startWorker();
    await store.append(streams.trade(cncTrade.id), asNew(readyTradeEvents(cncTrade, 2)), 'no_stream');
  });

  afterAll(async () => {
    const queue = worker?.get<Queue>(getQueueToken(SCORING_QUEUE));
    await queue?.obliterate({ force: true });
    await worker?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('turns each mark into a result event with an id derived from the sheet revision', async () => {
    const [j1, j2, j3] = judgeIds(cncTrade);
    const sheet = streams.scoreSheet(cncTrade.id, 1);
    await store.append(sheet, asNew([markSubmitted(cncTrade, 'm-length', j1, 12.25)]), 'no_stream');
    await store.append(
      sheet,
      asNew([
        markSubmitted(cncTrade, 'j-finish', j1, 3),
        markSubmitted(cncTrade, 'j-finish', j2, 3),
        markSubmitted(cncTrade, 'j-finish', j3, 3),
      ]),
      0,
    );

    await waitForResults(1);
    const deadline = Date.now() + 10_000;
    let results = await resultsOf();
    while (results.at(-1)?.data && (results.at(-1)!.data as { sheetRevision: number }).sheetRevision < 3 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
      results = await resultsOf();
    }
    const latest = results.at(-1)!;
    expect(latest.data).toMatchObject({ competitorNumber: 1, sheetRevision: 3, markedAspects: 2, practical: 42.25 });
    expect(latest.id).toBe(deterministicId(`result/${cncTrade.id}/1/3`));
    // Several jobs may read the same sheet revision: they all write the same event, once.
    expect(new Set(results.map((r) => r.id)).size).toBe(results.length);
  });

  it('adds a job id only once', async () => {
    const queue = worker!.get<Queue>(getQueueToken(SCORING_QUEUE));
    const jobs = worker!.get(ScoringJobQueue);
    const jobId = scoreContestantJobId(cncTrade.id, 2, 0);
    await queue.pause();
    const job = { tradeId: cncTrade.id, competitorNumber: 2, causationId: 'c', correlationId: 'c' };
    await Promise.all([jobs.enqueue(job, jobId), jobs.enqueue(job, jobId), jobs.enqueue(job, jobId)]);
    const waiting = await queue.getJobs(['waiting', 'prioritized', 'delayed']);
    expect(waiting.filter((j) => j.id === jobId)).toHaveLength(1);
    await queue.resume();
    await waitForResults((await resultsOf()).length + 1);
  });

  it('sends the adds of one turn in one pipeline, each answering the id of the job it left in the queue', async () => {
    const queue = worker!.get<Queue>(getQueueToken(SCORING_QUEUE));
    const jobs = worker!.get(ScoringJobQueue) as BullMqScoringJobQueue;
    await queue.pause();
    const pipelines = jobs.pipelines;
    const job = (n: number) => ({ tradeId: cncTrade.id, competitorNumber: n, causationId: `c${n}`, correlationId: `c${n}` });
    const ids = [
      scoreContestantJobId(cncTrade.id, 1, 90),
      scoreContestantJobId(cncTrade.id, 2, 91),
      scoreContestantJobId(cncTrade.id, 1, 92),
    ];
    const answers = await Promise.all([
      jobs.enqueue(job(1), ids[0]),
      jobs.enqueue(job(2), ids[1]),
      jobs.enqueue(job(1), ids[2]),
      jobs.enqueueRanking(cncTrade.id),
      jobs.enqueueRanking(cncTrade.id),
    ]);
    expect(jobs.pipelines).toBe(pipelines + 1);
    expect(answers.slice(0, 3)).toEqual(ids);
    // The second ranking asked for in the same pipeline is the first one's job (deduplicated per trade).
    expect(answers[3]).toBeDefined();
    expect(answers[4]).toBe(answers[3]);
    const queued = new Set((await queue.getJobs(['waiting', 'prioritized', 'delayed'])).map((j) => j.id));
    for (const id of [...ids, answers[3]]) expect(queued.has(id)).toBe(true);
    // The last add of the turn (the sheet's newest revision) is scored like any other once the queue runs.
    const before = await queue.getJobCounts('completed');
    await queue.resume();
    const deadline = Date.now() + 10_000;
    while ((await queue.getJobState(ids[2])) !== 'completed' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(await queue.getJobState(ids[2])).toBe('completed');
    expect((await queue.getJobCounts('completed')).completed).toBeGreaterThan(before.completed ?? 0);
  });

  it('fails every add of a pipeline that fails, so the dispatcher dispatches them all again', async () => {
    const jobs = worker!.get(ScoringJobQueue) as BullMqScoringJobQueue;
    const job = { tradeId: cncTrade.id, competitorNumber: 2, causationId: 'c', correlationId: 'c' };
    const valid = scoreContestantJobId(cncTrade.id, 2, 93);
    const outcomes = await Promise.allSettled([jobs.enqueue(job, valid), jobs.enqueue(job, '0')]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
    const queue = worker!.get<Queue>(getQueueToken(SCORING_QUEUE));
    expect(await queue.getJob(valid)).toBeUndefined();
  });

  it('re-dispatches from its checkpoint after a restart without writing any result twice', async () => {
    await worker!.get(JobDispatcher).caughtUp();
    const before = (await resultsOf()).length;

    // As if the checkpoint had not been saved (a crash) or Redis had lost the queue: dispatch everything again.
    await worker!.close();
    const reopened = new SqliteEventStore(config.SQLITE_FILE);
    await reopened.save(DISPATCHER_CHECKPOINT, 0);
    await reopened.close();
    worker = await startWorker();
    await worker.get(JobDispatcher).caughtUp();
    await new Promise((r) => setTimeout(r, 500));

    expect((await resultsOf()).length).toBe(before);
    expect(await worker.get<CheckpointStore>(CHECKPOINT_STORE).load(DISPATCHER_CHECKPOINT)).toBeGreaterThan(0);
  });
});
