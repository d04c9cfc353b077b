import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteEventStore } from '#event-store';
import { main as verifyAuditCli } from '../../scripts/verify-audit.js';
import { Client, commandId, removeFilesOf, startServer } from '../support/test-server.js';

/**
 * Issue 16 item 5 (verify:audit part): `npm run verify:audit -- <store.sqlite>` reads a store file
 * directly and names the first bad position with the right reason: an edited mark (content), a
 * deleted event (a broken link at the deleted event's own position), a flipped byte.
 */

const EVENTS = 12;

async function storeFile(dir: string): Promise<string> {
  const file = join(dir, `store-${randomUUID()}.sqlite`);
  const store = new SqliteEventStore(file);
  for (let i = 1; i <= EVENTS; i++) {
    await store.append(
      `marks-${i % 3}`,
      [
        {
          id: randomUUID(),
          type: 'MarkRecorded',
          data: { competitorNumber: i, aspectId: 'a1', mark: 70 + i, note: `mark-${String(i).padStart(2, '0')}` },
          metadata: {
            actor: { userId: 'u-judge', role: 'judge' },
            commandId: randomUUID(),
            correlationId: randomUUID(),
            causationId: randomUUID(),
            occurredAt: new Date(Date.UTC(2026, 5, 1, 9, i)).toISOString(),
            schemaVersion: 1,
          },
        },
      ],
      'any',
    );
  }
  await store.close();
  const db = new Database(file);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return file;
}

async function verify(file: string): Promise<{ code: number; output: string }> {
  const printed: string[] = [];
  const code = await verifyAuditCli(
    [file],
    {},
    (line) => printed.push(line),
    (line) => printed.push(line),
  );
  return { code, output: printed.join('\n') };
}

describe('verify:audit on a SQLite store file', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'jiangxin-tamper-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('accepts an intact store', async () => {
    expect(await verify(await storeFile(dir))).toEqual({
      code: 0,
      output: expect.stringMatching(new RegExp(`^OK: ${EVENTS} events, chain head at position ${EVENTS} `)),
    });
  });

  it('names an edited mark at its position: its content does not match its hash', async () => {
    const file = await storeFile(dir);
    const db = new Database(file);
    db.prepare("UPDATE events SET data = json_set(data, '$.mark', 99) WHERE position = 5").run();
    db.close();
    const { code, output } = await verify(file);
    expect(code).toBe(1);
    expect(output).toMatch(/^MISMATCH at position 5 \(line 5\), event [\w-]+ MarkRecorded: its content does not match its hash/);
  });

  it('names a deleted event as a broken link at its own position', async () => {
    const file = await storeFile(dir);
    const db = new Database(file);
    db.prepare('DELETE FROM events WHERE position = 7').run();
    db.close();
    const { code, output } = await verify(file);
    expect(code).toBe(1);
    expect(output).toMatch(/^MISMATCH at position 7 \(line 7\): its previous hash is not the hash of the event before it/);
    expect(output).toMatch(/no event from position 7 to 7/);
  });

  it('names a flipped byte in the file at the position of the event that holds it', async () => {
    const file = await storeFile(dir);
    const bytes = readFileSync(file);
    // Every copy of the row's bytes (a page split can leave a stale copy on a free page).
    const copies = occurrences(bytes, 'mark-09');
    expect(copies.length).toBeGreaterThan(0);
    for (const at of copies) bytes[at + 6] ^= 0x01; // '9' → '8'
    writeFileSync(file, bytes);
    const { code, output } = await verify(file);
    expect(code).toBe(1);
    expect(output).toMatch(/^MISMATCH at position 9 \(line 9\), event [\w-]+ MarkRecorded: its content does not match its hash/);
  });

  it('names a row whose stored data is no longer JSON as corrupt at its position', async () => {
    const file = await storeFile(dir);
    const bytes = readFileSync(file);
    const copies = occurrences(bytes, 'mark-04');
    expect(copies.length).toBeGreaterThan(0);
    for (const at of copies) bytes[at + 7] = 0x7b; // the closing quote → '{'
    writeFileSync(file, bytes);
    const { code, output } = await verify(file);
    expect(code).toBe(1);
    expect(output).toMatch(/^CORRUPT at position 4, event [\w-]+ MarkRecorded: its stored data is not JSON/);
  });
});

describe('a server started on a tampered store', () => {
  /** A demo store written by a server, tampered with once it stopped, then started again. */
  async function startTampered(tamper: (db: Database.Database, file: string) => void) {
    const first = await startServer();
    const { sqliteFile } = first;
    await first.quietHead();
    await first.close();
    const db = new Database(sqliteFile);
    db.pragma('wal_checkpoint(TRUNCATE)');
    tamper(db, sqliteFile);
    if (db.open) db.close();
    return startServer({}, { sqliteFile });
  }

  async function expectStoppedAt(position: number, reason: RegExp) {
    return async (server: Awaited<ReturnType<typeof startServer>>) => {
      const ready = await new Client(server.url).get('/api/health/ready');
      expect(ready.status).toBe(503);
      expect(ready.body).toMatchObject({ chainBrokenAt: position });
      expect(ready.body.message).toMatch(new RegExp(`hash chain broken at position ${position}: ${reason.source}`));
      const before = await server.store.headPosition();
      const write = await new Client(server.url).post('/api/auth/sign-up', {
        commandId: commandId(),
        username: `after-tamper-${Date.now()}`,
        password: 'long enough 1',
        displayName: '篡改',
      });
      expect(write.status).toBe(503);
      expect(write.body.message).toMatch(new RegExp(`Writes are stopped: the event store's hash chain broken at position ${position}`));
      expect(await server.store.headPosition()).toBe(before);
      // Reads stay available.
      expect((await new Client(server.url).get('/api/catalogue/trades')).status).toBe(200);
      const printed: string[] = [];
      await verifyAuditCli(
        [server.sqliteFile],
        {},
        (l) => printed.push(l),
        (l) => printed.push(l),
      );
      expect(printed.join('\n')).toMatch(new RegExp(`at position ${position} `));
    };
  }

  it('refuses writes and names the position of an edited event', async () => {
    const server = await startTampered((db) => {
      db.prepare("UPDATE events SET data = json_set(data, '$.tampered', 1) WHERE position = 20").run();
    });
    try {
      await (await expectStoppedAt(20, /its content does not match its hash/))(server);
    } finally {
      await server.close();
      removeFilesOf(server);
    }
  });

  it('refuses writes and names the position of a deleted event as a broken link', async () => {
    const server = await startTampered((db) => {
      db.prepare('DELETE FROM events WHERE position = 30').run();
    });
    try {
      await (await expectStoppedAt(30, /no event is stored at position 30/))(server);
    } finally {
      await server.close();
      removeFilesOf(server);
    }
  });

  it('refuses writes and names the position of a flipped byte', async () => {
    const server = await startTampered((db, file) => {
      const { id } = db.prepare<[], { id: string }>('SELECT id FROM events WHERE position = 40').get()!;
      db.close();
      const bytes = readFileSync(file);
      const copies = occurrences(bytes, id);
      expect(copies.length).toBeGreaterThan(0);
      // The event id's last hex digit, in the row and in the index that holds it.
      for (const at of copies) bytes[at + 35] = bytes[at + 35] === 0x30 ? 0x31 : 0x30;
      writeFileSync(file, bytes);
    });
    try {
      await (await expectStoppedAt(40, /its content does not match its hash/))(server);
    } finally {
      await server.close();
      removeFilesOf(server);
    }
  });
});

function occurrences(bytes: Buffer, text: string): number[] {
  const found: number[] = [];
  for (let at = bytes.indexOf(text); at >= 0; at = bytes.indexOf(text, at + 1)) found.push(at);
  return found;
}
