import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ContestantResult, streams, tradeResultsProjection } from '#domain';
import { SqliteEventStore } from '#event-store';
import { CommandExecutor, deterministicId } from './command-executor.js';
import { StreamStateCache } from './stream-state-cache.js';

/**
 * Schema versions in one place, on a real SQLite store: the command executor stamps each event with
 * its type's current version (for a command and for a job's events alike), and the stream-state
 * cache reads an old version through its upcaster.
 */
describe('schema versions through the command executor and the stream-state cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jiangxin-upcast-'));
  const store = new SqliteEventStore(join(dir, 'events.sqlite'));
  const cache = new StreamStateCache(store);
  const executor = new CommandExecutor(store, cache, () => new Date('2026-11-24T09:00:00.000Z'));
  const results = streams.results('t-cnc');
  const result = (competitorNumber: number, sheetRevision: number): ContestantResult => ({
    tradeId: 't-cnc',
    competitorNumber,
    sheetRevision,
    theory: null,
    practical: 12.5,
    total: 12.5,
    markedAspects: 1,
    totalAspects: 4,
    keyAspects: [],
    status: 'in_progress',
  });

  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads a ResultCalculated stored at version 1 without exact scores as version 2', async () => {
    await store.append(
      results,
      [
        {
          id: deterministicId('legacy/1'),
          type: 'ResultCalculated',
          data: result(1, 3),
          metadata: {
            actor: { userId: 'system:scoring', role: 'system' },
            commandId: 'legacy/1',
            correlationId: 'legacy/1',
            causationId: 'legacy/1',
            occurredAt: '2025-11-24T09:00:00.000Z',
            schemaVersion: 1,
          },
        },
      ],
      'no_stream',
    );
    const { state } = await cache.load(results, tradeResultsProjection);
    expect(state.results.get(1)?.exact).toEqual({ theory: null, practical: '25/2', total: '25/2', keyAspects: [] });
    // The stored event is not rewritten.
    expect((await store.readStream(results))[0]!.data).not.toHaveProperty('exact');
  });

  it("stamps a job's events with their type's current version, and appends nothing new on a retry", async () => {
    const job = {
      streamId: results,
      events: [
        { type: 'ResultCalculated', data: result(2, 5), name: 'result/t-cnc/2/5' },
        { type: 'TheoryGraded', data: { competitorNumber: 2 }, name: 'theory/t-cnc/2/5' },
      ],
      meta: { actor: { userId: 'system:scoring', role: 'system' }, commandId: 'result/t-cnc/2/5', correlationId: 'job-1' },
    };
    await executor.record(job);
    await executor.record(job);
    const written = (await store.readStream(results)).slice(1);
    expect(written.map((e) => [e.type, e.metadata.schemaVersion, e.metadata.correlationId, e.metadata.occurredAt])).toEqual([
      ['ResultCalculated', 2, 'job-1', '2026-11-24T09:00:00.000Z'],
      ['TheoryGraded', 1, 'job-1', '2026-11-24T09:00:00.000Z'],
    ]);
  });

  it("stamps a command's events with their type's current version", async () => {
    const decider = {
      initialState: null,
      evolve: (state: null) => state,
      decide: () => [{ type: 'ResultCalculated', data: result(3, 1) }],
    };
    const meta = { commandId: '0d6a4c1e-7a3b-4c62-9f0e-2b8d4a6c1e01', actor: { userId: 'u', role: 'organiser' } };
    await executor.execute({ streamId: 'versioned-1', decider, command: {}, meta });
    const [event] = await store.readStream('versioned-1');
    expect([event!.type, event!.metadata.schemaVersion, event!.metadata.commandId]).toEqual(['ResultCalculated', 2, meta.commandId]);
  });
});
