/**
 * The embedded store killed (SIGKILL) in the middle of appending: every append it answered is in the
 * file afterwards, at the position it answered, and the hash chain verifies. The appends are answered
 * by the writer thread's group commits (synchronous=FULL), so "answered" must mean "committed".
 * The appending process runs the built code (like the multi-node test), on a file of this test's own.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ChainVerifier, GENESIS_HASH, SqliteEventStore } from '#event-store';
import { ensureBuilt, REPO_ROOT } from '../../bench/cluster-process.js';

/** Answered appends to see before the kill. */
const ACKNOWLEDGED_BEFORE_KILL = 400;

const appender = (storeModule: string) => `
import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from ${JSON.stringify(storeModule)};
const store = new SqliteEventStore(process.argv[1]);
const metadata = { actor: { userId: 'u', role: 'judge' }, commandId: 'c', correlationId: 'c', causationId: 'c', occurredAt: '2026-12-02T00:00:00Z', schemaVersion: 1 };
let n = 0;
// Sixteen appenders at once, as many judges: their appends meet in the writer's group commits.
async function appendForever(k) {
  for (;;) {
    const id = randomUUID();
    const { position } = await store.append('sheet-' + k, [{ id, type: 'Marked', data: { n: n++ }, metadata }], 'any');
    process.stdout.write(id + ' ' + position + '\\n');
  }
}
for (let k = 0; k < 16; k++) appendForever(k);
`;

describe('SQLite event store killed mid-append (SIGKILL)', () => {
  beforeAll(() => ensureBuilt(), 300_000);

  it('keeps every answered append at its answered position, and the chain verifies', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jiangxin-crash-'));
    const file = join(dir, 'events.sqlite');
    const storeModule = pathToFileURL(join(REPO_ROOT, 'dist/libs/event-store/src/index.js')).href;
    const child = spawn(process.execPath, ['--input-type=module', '-e', appender(storeModule), file], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acknowledged = new Map<string, number>();
    let stderr = '';
    let partial = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        const lines = (partial + chunk.toString()).split('\n');
        partial = lines.pop()!;
        for (const line of lines) {
          const [id, position] = line.split(' ');
          acknowledged.set(id!, Number(position));
        }
        if (acknowledged.size >= ACKNOWLEDGED_BEFORE_KILL) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.once('exit', () =>
        acknowledged.size >= ACKNOWLEDGED_BEFORE_KILL ? resolve() : reject(new Error(`the appender exited:\n${stderr}`)),
      );
    });
    expect(await exited).toBe('SIGKILL');

    const store = new SqliteEventStore(file);
    const events = await store.readAll();
    await store.close();
    rmSync(dir, { recursive: true, force: true });

    const stored = new Map(events.map((e) => [e.id, e.position]));
    const lost = [...acknowledged].filter(([id, position]) => stored.get(id) !== position);
    expect(lost).toEqual([]);
    expect(events.length).toBeGreaterThanOrEqual(acknowledged.size);
    const verifier = new ChainVerifier();
    let prevHash = GENESIS_HASH;
    for (const e of events) {
      verifier.add({ ...e, prevHash, hash: e.hash });
      prevHash = e.hash!;
    }
    expect(verifier.verdict()).toMatchObject({ ok: true, events: events.length });
  });
});
