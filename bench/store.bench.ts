/**
 * Event store benchmark: the project's PostgreSQL and SQLite adapters against Emmett's PostgreSQL
 * event store (@event-driven-io/emmett-postgresql), side by side in one run.
 *
 *   npm run bench:store -- [--events 2000] [--writers 50] [--runs 3]
 *
 * PostgreSQL: the machine's server (TEST_POSTGRES_URL, default postgresql://postgres@127.0.0.1:5432/postgres),
 * one database made for the run (dropped after), holding both the project's tables and Emmett's.
 * SQLite: a file in a temporary folder (WAL, synchronous=FULL, as the embedded profile runs it).
 * Workloads, each run for every store in turn, `--runs` times (the order rotating), median reported:
 * - single appends: `--events` appends of one event, one after the other, each to a new stream (expected: no stream);
 * - batches of 10: `--events`/10 appends of ten events to new streams, one after the other;
 * - concurrent writers: `--writers` writers at once, each appending one event at a time to its own stream
 *   with the expected revision, `--events` events in all;
 * - read all: the whole log read in pages of 1,000 events from the start.
 * The events look like the platform's marks (a MarkSubmitted with its metadata). Durability is the
 * same for all: every acknowledged append is committed and fsynced (PostgreSQL synchronous_commit
 * as the server has it, SQLite synchronous=FULL).
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { dumbo } from '@event-driven-io/dumbo';
import { getPostgreSQLEventStore, readMessagesBatch } from '@event-driven-io/emmett-postgresql';
import { type EventStore, type NewEvent, PostgresEventStore, SqliteEventStore, temporaryDatabase } from '#event-store';
import { numberFlag, parseFlags } from '../scripts/lib/contest-driver.js';
import { machineDescription } from './server-process.js';

interface Contender {
  name: string;
  appendNew(streamId: string, events: NewEvent[]): Promise<void>;
  appendAt(streamId: string, events: NewEvent[], revision: number | 'none'): Promise<void>;
  readAll(): Promise<number>;
  close(): Promise<void>;
}

const metadata = (commandId: string) => ({
  actor: { userId: 'u-judge-0042', role: 'judge' },
  device: 'tablet-17',
  commandId,
  correlationId: commandId,
  causationId: commandId,
  occurredAt: '2026-11-24T08:00:00.000Z',
  schemaVersion: 1,
});

function markEvent(i: number): NewEvent {
  const commandId = randomUUID();
  return {
    id: randomUUID(),
    type: 'MarkSubmitted',
    data: {
      tradeId: 'trade-cnc-machining',
      competitorNumber: 1 + (i % 40),
      aspectId: `A${1 + (i % 25)}`,
      judgeId: 'u-judge-0042',
      mark: 2,
      markedAt: '2026-11-24T08:00:00.000Z',
    },
    metadata: metadata(commandId),
  };
}

function ours(name: string, store: EventStore & { close(): Promise<void> }): Contender {
  return {
    name,
    appendNew: async (streamId, events) => void (await store.append(streamId, events, 'no_stream')),
    appendAt: async (streamId, events, revision) =>
      void (await store.append(streamId, events, revision === 'none' ? 'no_stream' : revision)),
    readAll: async () => {
      let count = 0;
      for (let after = 0; ; ) {
        const page = await store.readAll({ after, maxCount: 1000 });
        if (page.length === 0) return count;
        count += page.length;
        after = page[page.length - 1]!.position;
      }
    },
    close: () => store.close(),
  };
}

async function emmett(connectionString: string): Promise<Contender> {
  const store = getPostgreSQLEventStore(connectionString);
  await store.schema.migrate();
  const pool = dumbo({ connectionString });
  const toEmmett = (events: NewEvent[]) =>
    events.map((e) => ({ type: e.type, data: e.data as Record<string, unknown>, metadata: { ...e.metadata, eventId: e.id } }));
  return {
    name: 'Emmett PostgreSQL',
    appendNew: async (streamId, events) =>
      void (await store.appendToStream(streamId, toEmmett(events), { expectedStreamVersion: 'STREAM_DOES_NOT_EXIST' as never })),
    appendAt: async (streamId, events, revision) =>
      void (await store.appendToStream(streamId, toEmmett(events), {
        // Emmett's stream versions count from 1: our revision r is its version r + 1.
        expectedStreamVersion: (revision === 'none' ? 'STREAM_DOES_NOT_EXIST' : BigInt(revision + 1)) as never,
      })),
    readAll: async () => {
      let count = 0;
      for (let after = 0n; ; ) {
        const { messages, currentGlobalPosition, areMessagesLeft } = await readMessagesBatch(pool.execute, { after, batchSize: 1000 });
        count += messages.length;
        if (!areMessagesLeft || messages.length === 0) return count;
        after = currentGlobalPosition;
      }
    },
    close: async () => {
      await store.close();
      await pool.close();
    },
  };
}

interface Figure {
  workload: string;
  store: string;
  events: number;
  seconds: number;
  latencies?: number[];
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;

async function timed(work: (latencies: number[]) => Promise<number>): Promise<{ events: number; seconds: number; latencies: number[] }> {
  const latencies: number[] = [];
  const started = performance.now();
  const events = await work(latencies);
  return { events, seconds: (performance.now() - started) / 1000, latencies };
}

const WORKLOADS: Record<
  string,
  (store: Contender, options: { events: number; writers: number }) => Promise<{ events: number; seconds: number; latencies: number[] }>
> = {
  'single appends': (store, { events }) =>
    timed(async (latencies) => {
      for (let i = 0; i < events; i++) {
        const started = performance.now();
        await store.appendNew(`single-${randomUUID()}`, [markEvent(i)]);
        latencies.push(performance.now() - started);
      }
      return events;
    }),
  'batches of 10': (store, { events }) =>
    timed(async (latencies) => {
      for (let i = 0; i < events / 10; i++) {
        const started = performance.now();
        await store.appendNew(
          `batch-${randomUUID()}`,
          Array.from({ length: 10 }, (_, k) => markEvent(i * 10 + k)),
        );
        latencies.push(performance.now() - started);
      }
      return Math.floor(events / 10) * 10;
    }),
  'concurrent writers': (store, { events, writers }) =>
    timed(async (latencies) => {
      const perWriter = Math.ceil(events / writers);
      await Promise.all(
        Array.from({ length: writers }, async (_, w) => {
          const streamId = `writer-${w}-${randomUUID()}`;
          for (let revision = -1; revision < perWriter - 1; revision++) {
            const started = performance.now();
            await store.appendAt(streamId, [markEvent(revision)], revision < 0 ? 'none' : revision);
            latencies.push(performance.now() - started);
          }
        }),
      );
      return perWriter * writers;
    }),
  'read all': (store) => timed(async () => store.readAll()),
};

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  const options = {
    events: numberFlag(flags, 'events', 2000),
    writers: numberFlag(flags, 'writers', 50),
    runs: numberFlag(flags, 'runs', 3),
  };
  const database = await temporaryDatabase('bench_store');
  const dir = mkdtempSync(join(os.tmpdir(), 'jiangxin-bench-store-'));
  const contenders: Contender[] = [
    ours('Jiangxin PostgreSQL', await PostgresEventStore.open(database.url, { poolSize: 10 })),
    await emmett(database.url),
    ours('Jiangxin SQLite', new SqliteEventStore(join(dir, 'events.sqlite'))),
  ];
  const figures: Figure[] = [];
  const loads: string[] = [];
  try {
    for (const [workload, run] of Object.entries(WORKLOADS)) {
      for (let round = 0; round < options.runs; round++) {
        loads.push(os.loadavg()[0]!.toFixed(2));
        // The order rotates from run to run, so that no store always goes first.
        for (let k = 0; k < contenders.length; k++) {
          const store = contenders[(k + round) % contenders.length]!;
          const figure = await run(store, options);
          figures.push({ workload, store: store.name, ...figure });
          console.log(`  ${workload} · ${store.name}: ${(figure.events / figure.seconds).toFixed(0)} events/s`);
        }
      }
    }
  } finally {
    for (const store of contenders) await store.close().catch(() => undefined);
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  }
  report(figures, options, loads);
}

function report(figures: Figure[], options: { events: number; writers: number; runs: number }, loads: string[]): void {
  const server = (() => {
    try {
      return execFileSync(
        'psql',
        [process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres', '-Atc', 'show server_version'],
        { encoding: 'utf8' },
      ).trim();
    } catch {
      return 'unknown';
    }
  })();
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const lines = [
    `### Event stores side by side — \`npm run bench:store\` (${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC)`,
    '',
    `Machine: ${machineDescription()}; PostgreSQL ${server} on loopback (shared server, fsync on). Load average (1 min) at the start of each round: ${loads.join(', ')}.`,
    '',
    `${options.events} events per workload, ${options.writers} concurrent writers, ${options.runs} runs each, median events/s (and per-append p50 / p99 latency).`,
    '',
    '| workload | Jiangxin PostgreSQL | Emmett PostgreSQL | Jiangxin SQLite | Jiangxin PG ÷ Emmett |',
    '|---|---:|---:|---:|---:|',
  ];
  for (const workload of Object.keys(WORKLOADS)) {
    const cell = (store: string) => {
      const runs = figures.filter((f) => f.workload === workload && f.store === store);
      const rate = median(runs.map((f) => f.events / f.seconds));
      const latencies = runs.flatMap((f) => f.latencies ?? []).sort((a, b) => a - b);
      const latency = latencies.length > 0 ? ` (${percentile(latencies, 50).toFixed(1)} / ${percentile(latencies, 99).toFixed(1)} ms)` : '';
      return { rate, text: `${rate.toFixed(0)}${latency}` };
    };
    const [pg, em, lite] = ['Jiangxin PostgreSQL', 'Emmett PostgreSQL', 'Jiangxin SQLite'].map(cell);
    lines.push(`| ${workload} | ${pg!.text} | ${em!.text} | ${lite!.text} | **${(pg!.rate / em!.rate).toFixed(2)}×** |`);
  }
  console.log(`\n${lines.join('\n')}`);
}

await main();
