/**
 * Backup and restore of the embedded profile against a real server taking marks.
 *
 * The server backs itself up every 1.2 s (BACKUP_DIR, pushed to BACKUP_COPY_DIR) while judges post a
 * burst of marks, and `npm run backup` (its `main`, reading the files with its own connections) takes
 * one in the middle of the burst; the burst goes on until two scheduled backups have completed in it. Then: every scheduled backup taken during the burst verifies and
 * holds exactly the live history up to its position; the manual backup, restored into an empty
 * folder, starts a server whose boards equal the live boards at the manifest's position, with the
 * acknowledged marks up to there and none after; a person forgotten after the backup is
 * forgotten again in the restore; and the restored server has the live server's secrets (its
 * secrets file comes back with the backup), so the live server's tokens are accepted and a person is
 * still found, and forgotten, by their ID number.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FORGOTTEN } from '#domain';
import { FORGET_LEDGER, listBackups, SECRETS_FILE, type TakenBackup, takeBackup, verifyBackup } from '#event-store';
import { APP_CONFIG, type AppConfig, BackupScheduler, personKey, SECRET_NAMES, secretsFileOf } from '#platform';
import { main as backupMain } from '../../scripts/backup.js';
import { main as restoreMain } from '../../scripts/restore.js';
import {
  ContestApi,
  type MarkAnswer,
  type PlannedMark,
  type PreparedTrade,
  planTradeMarks,
  prepareTrades,
  roundRobin,
} from '../../scripts/lib/contest-driver.js';
import { Client, startServer, type TestServer } from '../support/test-server.js';

const SEED = 19;
/** Marks acknowledged before `npm run backup` starts, and posted after the backups the test waits for. */
const MARKS_BEFORE_MANUAL = 40;
const MARKS_AFTER = 20;
const IN_FLIGHT = 2;
const PAUSE_MS = 40;

/** Runs a script's `main`, its printed lines kept in `output` instead of the test's log. */
async function quietly<T>(output: string[], work: () => Promise<T>): Promise<T> {
  const log = console.log;
  console.log = (line: string) => output.push(line);
  try {
    return await work();
  } finally {
    console.log = log;
  }
}

describe('backup during a burst of marks, restore into an empty folder', () => {
  let work: string;
  let live: TestServer;
  let restored: TestServer | undefined;
  let api: ContestApi;
  let trades: PreparedTrade[];
  let marks: PlannedMark[];
  const scheduledDir = () => join(work, 'scheduled');
  const secondDir = () => join(work, 'second-disk');
  const manualDir = () => join(work, 'manual');
  /** The answer of every acknowledged mark of the burst. */
  const acknowledged: MarkAnswer[] = [];
  let burstFrom = 0;
  let burstTo = 0;
  let manual: TakenBackup['manifest'];
  let forgottenEntry: string;
  let restoreOutput: string[] = [];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'jiangxin-backup-e2e-'));
    live = await startServer({
      BACKUP_DIR: scheduledDir(),
      BACKUP_COPY_DIR: secondDir(),
      BACKUP_INTERVAL_MINUTES: 0.02,
      BACKUP_KEEP: 12,
    });
    api = new ContestApi(live.url, { maxInFlight: IN_FLIGHT });
    trades = await prepareTrades(api, { trades: 2, contestantsPerTrade: 6, seed: SEED });
    marks = roundRobin(trades.map((trade) => planTradeMarks(trade, SEED)));

    burstFrom = await live.store.headPosition();
    const scheduler = live.app.get(BackupScheduler);
    const scheduledDuringBurst = () => scheduler.taken.filter((b) => b.manifest.position > burstFrom).length;
    // Judges post marks, a few in flight, until the manual backup is taken and two scheduled
    // backups have completed since the burst began — and then MARKS_AFTER more.
    let next = 0;
    let stopAt = marks.length;
    let manualTaken = false;
    const judge = async () => {
      while (next < Math.min(stopAt, marks.length)) {
        const mark = marks[next++]!;
        acknowledged.push(await api.postMark(mark, randomUUID()));
        if (stopAt === marks.length && manualTaken && scheduledDuringBurst() >= 2) stopAt = next + MARKS_AFTER;
        // Judges at a steady pace, so that the planned marks outlast the backups the test waits for.
        await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
      }
    };
    const posting = Promise.all(Array.from({ length: IN_FLIGHT }, judge));
    // `npm run backup -- <dir>` once some marks are in, while the others are being posted.
    while (acknowledged.length < MARKS_BEFORE_MANUAL) await new Promise((resolve) => setTimeout(resolve, 20));
    const output: string[] = [];
    expect(await quietly(output, () => backupMain([manualDir()], { SQLITE_FILE: live.sqliteFile }))).toBe(0);
    manualTaken = true;
    manual = (await verifyBackup(listBackups(manualDir())[0]!)) as TakenBackup['manifest'];
    expect(output[0]).toContain(manualDir());
    expect(output.join('\n')).toContain('This backup holds the keys to the personal data');
    await posting;
    console.log(
      `${acknowledged.length} marks; scheduled backups (position, ms): ${scheduler.taken.map((b) => `${b.manifest.position} ${b.manifest.durationMs}`).join(', ')}; manual at ${manual.position}`,
    );
    expect(next).toBeLessThan(marks.length);
    burstTo = await live.store.headPosition();
    // One more scheduled backup after the burst: the burst is over before it starts.
    await live.app.get(BackupScheduler).backupNow();
  }, 600_000);

  afterAll(async () => {
    await restored?.close();
    await live?.close();
    if (work) rmSync(work, { recursive: true, force: true });
    if (live) rmSync(join(live.sqliteFile, '..'), { recursive: true, force: true });
  }, 60_000);

  it('takes the manual backup in the middle of the burst', () => {
    expect(manual.position).toBeGreaterThan(burstFrom);
    expect(manual.position).toBeLessThan(burstTo);
    expect(acknowledged.filter((a) => a.position > manual.position).length).toBeGreaterThan(0);
  });

  it('carries the secrets the server generated at its first start, in owner-only folders', () => {
    // The embedded test server is given no secrets: it generated them into its secrets file.
    const original = readFileSync(secretsFileOf(live.sqliteFile), 'utf8');
    expect(manual.secrets).toEqual({
      file: expect.objectContaining({ file: SECRETS_FILE, holds: [...SECRET_NAMES] }),
      fromEnvironment: [],
    });
    for (const dir of [listBackups(manualDir())[0]!, ...listBackups(scheduledDir()), ...listBackups(secondDir())]) {
      expect(statSync(dir).mode & 0o777).toBe(0o700);
      expect(readFileSync(join(dir, SECRETS_FILE), 'utf8')).toBe(original);
    }
  });

  it('keeps taking consistent scheduled backups while marks arrive, in both locations', async () => {
    for (const root of [scheduledDir(), secondDir()]) {
      const backups = listBackups(root);
      expect(backups.length).toBeLessThanOrEqual(12);
      const during: number[] = [];
      for (const dir of backups) {
        const manifest = await verifyBackup(dir);
        // Its head is the live store's event at that position: the same history up to there.
        const [event] = await live.store.readAll({ after: manifest.position - 1, maxCount: 1 });
        expect(event?.hash).toBe(manifest.chainHead.hash);
        if (manifest.position > burstFrom && manifest.position < burstTo) during.push(manifest.position);
      }
      expect(during.length).toBeGreaterThanOrEqual(2);
    }
  });

  describe('restored into an empty folder', () => {
    let forgotten: { entryId: string; idNumber: string };

    beforeAll(async () => {
      // A person the backup still knows is forgotten afterwards on the live server.
      const competitor = trades[0]!.competitors.find((c) => c.contestant)!;
      forgotten = { entryId: competitor.entryId, idNumber: competitor.contestant!.idNumber };
      forgottenEntry = forgotten.entryId;
      const organiser = await new Client(live.url).login('organiser');
      const answer = await organiser.post('/api/people/forget', {
        commandId: randomUUID(),
        idNumber: forgotten.idNumber,
        reason: 'request',
      });
      expect(answer.status).toBe(200);

      // The machine is lost: restore the manual backup on another folder, with the forget ledger of the second disk.
      const folder = mkdtempSync(join(tmpdir(), 'jiangxin-restored-'));
      const sqliteFile = join(folder, 'jiangxin.sqlite');
      const env = { SQLITE_FILE: sqliteFile };
      const backup = listBackups(manualDir())[0]!;
      const output: string[] = [];
      expect(await quietly(output, () => restoreMain([backup, '--forgotten', join(secondDir(), FORGET_LEDGER)], env))).toBe(0);
      expect(output.join('\n')).toContain('1 removed for people forgotten after the backup');
      restoreOutput = output;
      // Without the worker: no scoring job runs on from the restored position, the boards stay as of the backup.
      restored = await startServer({ RUN_WORKER: false, SEED_DEMO: false }, { sqliteFile });
    }, 300_000);

    it('has exactly the events up to the manifest position, with a chain that verifies to its head', async () => {
      const store = restored!.store;
      expect(await store.headPosition()).toBe(manual.position);
      const [head] = await store.readAll({ after: manual.position - 1, maxCount: 1 });
      expect(head?.hash).toBe(manual.chainHead.hash);
    });

    it('holds the acknowledged marks up to the backup and is missing exactly those after', async () => {
      const stored = new Set(
        (await restored!.store.readAll()).filter((e) => e.type === 'MarkSubmitted').map((e) => e.metadata.commandId as string),
      );
      const before = acknowledged.filter((a) => a.position <= manual.position);
      const after = acknowledged.filter((a) => a.position > manual.position);
      expect(before.filter((a) => !stored.has(a.commandId))).toEqual([]);
      expect(after.filter((a) => stored.has(a.commandId))).toEqual([]);
      expect(before.length).toBeGreaterThanOrEqual(MARKS_BEFORE_MANUAL);
      expect(after.length).toBeGreaterThanOrEqual(MARKS_AFTER);
    });

    it('shows the boards the live server showed at the manifest position', async () => {
      const spectator = new Client(restored!.url);
      const liveSpectator = new Client(live.url);
      for (const { trade } of trades) {
        const board = (await spectator.get(`/api/trades/${trade.id}/board`)).body;
        const then = await liveSpectator.get(`/api/trades/${trade.id}/board/at?at=${manual.position}`);
        expect(then.status).toBe(200);
        expect(board.rows.length).toBeGreaterThan(0);
        expect(board.rows).toEqual(then.body.rows);
        expect({ frozen: board.frozen, published: board.published }).toEqual({ frozen: then.body.frozen, published: then.body.published });
      }
    });

    it("has the live server's secrets: its tokens are accepted, and a person is found and forgotten by ID number", async () => {
      expect(restoreOutput.join('\n')).toContain(`JWT_SECRET and PERSON_KEY_SECRET restored into ${secretsFileOf(restored!.sqliteFile)}`);
      expect(restoreOutput.join('\n')).not.toContain('IMPORTANT');
      const restoredSecrets = secretsFileOf(restored!.sqliteFile);
      expect(readFileSync(restoredSecrets, 'utf8')).toBe(readFileSync(secretsFileOf(live.sqliteFile), 'utf8'));
      expect(statSync(restoredSecrets).mode & 0o777).toBe(0o600);

      // The organiser's token, signed by the live server before the backup, is good on the restored one (same JWT_SECRET).
      const { token } = await api.login('organiser');
      const carried = Object.assign(new Client(restored!.url), { token });
      const read = await carried.get(`/api/entries/${forgottenEntry}`);
      expect({ status: read.status, body: read.status === 200 ? 'an entry' : read.body }).toEqual({ status: 200, body: 'an entry' });

      // Another person, known to the backup: forgotten by ID number on the restored server, through
      // the person key the live server derived for them (same PERSON_KEY_SECRET).
      const other = trades[1]!.competitors.find((c) => c.contestant)!;
      const idNumber = other.contestant!.idNumber;
      const organiser = await new Client(restored!.url).login('organiser');
      // Readable (masked) before the forget.
      const before = (await organiser.get(`/api/entries/${other.entryId}`)).body.idNumber;
      expect(before).not.toBe(FORGOTTEN);
      expect(before.slice(-4)).toBe(idNumber.slice(-4));
      const answer = await organiser.post('/api/people/forget', { commandId: randomUUID(), idNumber, reason: 'request' });
      expect(answer.status).toBe(200);
      const liveSecret = live.app.get<AppConfig>(APP_CONFIG).PERSON_KEY_SECRET;
      expect(answer.body.forgotten.map((f: { personKey: string }) => f.personKey)).toEqual([personKey(liveSecret, idNumber)]);
      expect(answer.body.forgotten[0].appearances).toEqual([{ entryId: other.entryId, person: 0 }]);
      const entry = (await organiser.get(`/api/entries/${other.entryId}`)).body;
      expect(entry.idNumber).toBe(FORGOTTEN);
      expect(JSON.stringify(entry)).not.toContain(idNumber);
    });

    it('forgets again the person forgotten after the backup', async () => {
      const organiser = await new Client(restored!.url).login('organiser');
      const entry = (await organiser.get(`/api/entries/${forgottenEntry}`)).body;
      expect(entry.idNumber).toBe(FORGOTTEN);
      expect(entry.phone).toBe(FORGOTTEN);
      expect(JSON.stringify(entry)).not.toContain(forgotten.idNumber);
    });
  });

  it('says, restoring the backup of a server that had its secrets from its environment, that the same ones must be set', async () => {
    // As `npm run backup` of a server started with JWT_SECRET and PERSON_KEY_SECRET set: no secrets file.
    const sqliteFile = live.sqliteFile;
    const backup = await takeBackup(
      { kind: 'files', eventsFile: sqliteFile, keysFile: `${sqliteFile}.keys`, secretsFile: join(work, 'none.secrets.json') },
      join(work, 'env-secrets'),
    );
    expect(backup.manifest.secrets).toEqual({ file: null, fromEnvironment: [...SECRET_NAMES] });
    const target = join(mkdtempSync(join(tmpdir(), 'jiangxin-restored-env-')), 'jiangxin.sqlite');
    try {
      const output: string[] = [];
      expect(await quietly(output, () => restoreMain([backup.dir], { SQLITE_FILE: target }))).toBe(0);
      expect(output.join('\n')).toContain(
        'IMPORTANT: the backed-up server had JWT_SECRET and PERSON_KEY_SECRET from its environment, not in a file: start the restored server with the same JWT_SECRET and PERSON_KEY_SECRET',
      );
      // The restore made up no secrets of its own.
      expect(existsSync(secretsFileOf(target))).toBe(false);
    } finally {
      rmSync(join(target, '..'), { recursive: true, force: true });
    }
  });
});
