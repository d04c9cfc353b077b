import { createHash, randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { EventMetadata, NewEvent } from '../event-store.port.js';
import { SqlitePersonKeyStore } from '../personal-data/person-key-store.js';
import { SqliteEventStore } from '../sqlite/sqlite.event-store.js';
import {
  BackupRefusedError,
  type BackupManifest,
  EVENTS_FILE,
  KEYS_FILE,
  listBackups,
  MANIFEST_FILE,
  pruneBackups,
  SECRETS_FILE,
  pushBackup,
  restoreBackup,
  type TakenBackup,
  takeBackup,
  verifyBackup,
} from './embedded-backup.js';
import { FORGET_LEDGER, LedgeredPersonKeyStore, ledgerOf } from './forget-ledger.js';

const metadata: EventMetadata = {
  actor: { userId: 'u-1', role: 'judge' },
  commandId: 'c',
  correlationId: 'c',
  causationId: 'c',
  occurredAt: '2026-11-24T08:00:00.000Z',
  schemaVersion: 1,
};
const mark = (keyId: string, n: number): NewEvent => ({
  id: randomUUID(),
  type: 'MarkSubmitted',
  // Some bulk, so that the store spans many pages and a backup takes many steps.
  data: { keyId, n, note: 'x'.repeat(400) },
  metadata,
});

/**
 * A data folder of the embedded profile: the store, its keys (forgets recorded in the ledger beside
 * the data), and the secrets file the server generates at its first start (owner-only).
 */
function openFolder(dir: string) {
  const eventsFile = join(dir, 'jiangxin.sqlite');
  const store = new SqliteEventStore(eventsFile);
  const rawKeys = new SqlitePersonKeyStore(`${eventsFile}.keys`);
  const keys = new LedgeredPersonKeyStore(rawKeys, [ledgerOf(eventsFile)]);
  const secretsFile = `${eventsFile}.secrets.json`;
  const secrets = { JWT_SECRET: randomUUID(), PERSON_KEY_SECRET: randomUUID() };
  writeFileSync(secretsFile, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  return { eventsFile, keysFile: `${eventsFile}.keys`, secretsFile, store, rawKeys, keys };
}
/** Where to copy a folder from: its store's own connections, or its files. */
const liveSource = (f: Folder) => ({
  kind: 'live' as const,
  store: f.store,
  keys: f.rawKeys,
  eventsFile: f.eventsFile,
  secretsFile: f.secretsFile,
});
const filesSource = (f: Folder) => ({ kind: 'files' as const, eventsFile: f.eventsFile, keysFile: f.keysFile, secretsFile: f.secretsFile });
/** A restore target in an empty folder. */
const targetIn = (dir: string) => ({
  eventsFile: join(dir, 'a.sqlite'),
  keysFile: join(dir, 'a.sqlite.keys'),
  secretsFile: join(dir, 'a.sqlite.secrets.json'),
});
const modeOf = (path: string) => statSync(path).mode & 0o777;
const describeFile = (path: string) => ({
  bytes: statSync(path).size,
  sha256: createHash('sha256').update(readFileSync(path)).digest('hex'),
});
type Folder = ReturnType<typeof openFolder>;

/** Like a registration: the person's key first, then an event that needs it. */
async function appendWithKey(folder: Folder, owner: string, n: number) {
  const { keyId } = await folder.keys.keyFor(owner);
  const result = await folder.store.append(`sheet-${n % 50}`, [mark(keyId, n)], 'any');
  return { position: result.position, keyId, owner };
}

describe('backup and restore of the embedded profile', () => {
  let work: string;
  let live: Folder;
  const backups = () => join(work, 'backups');

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'jiangxin-backup-'));
    live = openFolder(join(work, 'live'));
    for (let n = 0; n < 3000; n++) await appendWithKey(live, `p-${n % 400}`, n);
  });

  afterAll(async () => {
    await live.store.close();
    await live.keys.close();
    rmSync(work, { recursive: true, force: true });
  });

  /** Appends without pause until `until` settles; answers what was acknowledged meanwhile. */
  async function whileAppending<T>(
    work: () => Promise<T>,
  ): Promise<{ result: T; acknowledged: Array<{ position: number; keyId: string }> }> {
    const acknowledged: Array<{ position: number; keyId: string }> = [];
    let done = false;
    let n = 100_000;
    const appending = (async () => {
      while (!done) {
        acknowledged.push(await appendWithKey(live, `p-new-${n}`, n++));
        // As a server does between requests: other work (the backup's next step) gets its turn.
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const result = await work().finally(() => {
      done = true;
    });
    await appending;
    return { result, acknowledged };
  }

  async function restoreInto(backup: TakenBackup, name: string, forgetLedgers: string[] = []) {
    const dir = join(work, name);
    const target = {
      eventsFile: join(dir, 'jiangxin.sqlite'),
      keysFile: join(dir, 'jiangxin.sqlite.keys'),
      secretsFile: join(dir, 'jiangxin.sqlite.secrets.json'),
    };
    const summary = await restoreBackup(backup.dir, { ...target, forgetLedgers });
    return { dir, ...target, summary };
  }

  for (const kind of ['live', 'files'] as const) {
    it(`copies a consistent state while appends go on (${kind === 'live' ? "the server's connections" : 'another process, read only'})`, async () => {
      const { result: backup, acknowledged } = await whileAppending(() =>
        takeBackup(kind === 'live' ? liveSource(live) : filesSource(live), backups()),
      );
      // The appends really ran during the copy.
      expect(acknowledged.length).toBeGreaterThan(0);
      const { manifest } = backup;
      expect(manifest.chainHead.position).toBe(manifest.position);
      const liveHead = await live.store.headPosition();
      expect(manifest.position).toBeGreaterThanOrEqual(3000);
      expect(manifest.position).toBeLessThanOrEqual(liveHead);

      // The backup is owner-only, the secrets with it; restored as they were, owner-only.
      expect(modeOf(backup.dir)).toBe(0o700);
      expect(modeOf(join(backup.dir, SECRETS_FILE))).toBe(0o600);
      expect(manifest.secrets).toEqual({
        file: { file: SECRETS_FILE, ...describeFile(live.secretsFile), holds: ['JWT_SECRET', 'PERSON_KEY_SECRET'] },
        fromEnvironment: [],
      });
      const restored = await restoreInto(backup, `restored-${kind}`);
      expect(readFileSync(restored.secretsFile, 'utf8')).toBe(readFileSync(live.secretsFile, 'utf8'));
      expect(modeOf(restored.secretsFile)).toBe(0o600);
      expect(restored.summary.secretsRestored).toEqual(['JWT_SECRET', 'PERSON_KEY_SECRET']);
      expect(restored.summary.secretsFromEnvironment).toEqual([]);
      const store = new SqliteEventStore(restored.eventsFile);
      const keys = new SqlitePersonKeyStore(restored.keysFile);
      try {
        const events = await store.readAll();
        // Exactly the events up to the manifest's position, as they are in the live store.
        expect(events).toEqual(await live.store.readAll({ maxCount: manifest.position }));
        expect((await store.chainHead()).hash).toBe(manifest.chainHead.hash);
        // What was acknowledged after the copy is exactly what is missing.
        const stored = new Set(events.map((e) => e.position));
        const missing = acknowledged.filter((a) => !stored.has(a.position));
        expect(missing).toEqual(acknowledged.filter((a) => a.position > manifest.position));
        // Every key an event of the copy needs is in the copied key file.
        const needed = [...new Set(events.map((e) => (e.data as { keyId: string }).keyId))];
        expect((await keys.keysById(needed)).size).toBe(needed.length);
      } finally {
        await store.close();
        await keys.close();
      }
    });
  }

  describe('a torn or altered backup is refused, naming what is wrong', () => {
    let original: TakenBackup;
    let other: TakenBackup;
    beforeAll(async () => {
      original = await takeBackup(filesSource(live), backups());
      other = await takeBackup(filesSource(live), backups());
    });

    /** A copy of the good backup to spoil. */
    function spoiled(name: string): string {
      const dir = join(work, 'spoiled', name);
      mkdirSync(dir, { recursive: true });
      for (const file of [EVENTS_FILE, KEYS_FILE, MANIFEST_FILE, SECRETS_FILE]) copyFileSync(join(original.dir, file), join(dir, file));
      return dir;
    }
    const problemsOf = async (dir: string) => {
      const error = await verifyBackup(dir).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(BackupRefusedError);
      return (error as BackupRefusedError).problems.join('\n');
    };
    const rewriteManifest = (dir: string, change: (m: BackupManifest) => void) => {
      const manifest = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8'));
      change(manifest);
      writeFileSync(join(dir, MANIFEST_FILE), JSON.stringify(manifest));
    };

    it('accepts the untouched backup', async () => {
      expect((await verifyBackup(original.dir)).backupId).toBe(original.manifest.backupId);
    });

    it('a truncated store file', async () => {
      const dir = spoiled('truncated');
      truncateSync(join(dir, EVENTS_FILE), statSync(join(dir, EVENTS_FILE)).size - 4096);
      expect(await problemsOf(dir)).toMatch(/events\.sqlite is \d+ bytes but the manifest says \d+: the file is truncated/);
    });

    it('an edited row: the checksum says so, and with the checksum forged too, the hash chain does', async () => {
      const dir = spoiled('edited');
      const db = new Database(join(dir, EVENTS_FILE));
      db.prepare('UPDATE events SET data = ? WHERE position = 1234').run(JSON.stringify({ keyId: 'k', n: 1, note: 'changed' }));
      db.close();
      expect(await problemsOf(dir)).toMatch(
        /events\.sqlite does not match its checksum in the manifest: the file was changed after the backup/,
      );
      rewriteManifest(dir, (m) => Object.assign(m.events, describeFile(join(dir, EVENTS_FILE))));
      expect(await problemsOf(dir)).toMatch(
        /the event at position 1234 \(MarkSubmitted, stream sheet-\d+\) does not match its hash in the chain: the row was edited/,
      );
    });

    it('a removed last event with the manifest forged to match: the chain head differs', async () => {
      const dir = spoiled('cut');
      const db = new Database(join(dir, EVENTS_FILE));
      db.prepare('DELETE FROM events WHERE position = (SELECT max(position) FROM events)').run();
      db.close();
      rewriteManifest(dir, (m) => Object.assign(m.events, describeFile(join(dir, EVENTS_FILE))));
      expect(await problemsOf(dir)).toMatch(/the events end at position \d+, but the manifest's head is position \d+/);
    });

    it('a key file from another backup', async () => {
      const dir = spoiled('foreign-keys');
      copyFileSync(join(other.dir, KEYS_FILE), join(dir, KEYS_FILE));
      const problems = await problemsOf(dir);
      expect(problems).toContain(`keys.sqlite comes from another backup (${other.manifest.backupId}`);
      expect(problems).toContain(`not from this one (${original.manifest.backupId})`);
    });

    it('a missing manifest, and nothing is restored from a refused backup', async () => {
      const dir = spoiled('no-manifest');
      rmSync(join(dir, MANIFEST_FILE));
      expect(await problemsOf(dir)).toMatch(/manifest\.json is missing: this folder is not a complete backup/);
      const target = join(work, 'not-restored');
      await expect(restoreBackup(dir, targetIn(target))).rejects.toThrow(BackupRefusedError);
      expect(existsSync(join(target, 'a.sqlite'))).toBe(false);
      expect(existsSync(join(target, 'a.sqlite.keys'))).toBe(false);
    });

    it('a tampered secrets file, and nothing is restored from it', async () => {
      const dir = spoiled('tampered-secrets');
      const secrets = JSON.parse(readFileSync(join(dir, SECRETS_FILE), 'utf8'));
      // The same length, another value: only the checksum can tell.
      secrets.PERSON_KEY_SECRET = randomUUID();
      writeFileSync(join(dir, SECRETS_FILE), `${JSON.stringify(secrets, null, 2)}\n`);
      expect(statSync(join(dir, SECRETS_FILE)).size).toBe(original.manifest.secrets!.file!.bytes);
      expect(await problemsOf(dir)).toContain(
        'secrets.json does not match its checksum in the manifest: the secrets were changed after the backup',
      );
      const target = join(work, 'not-restored-secrets');
      await expect(restoreBackup(dir, targetIn(target))).rejects.toThrow(/secrets\.json does not match its checksum/);
      for (const file of ['a.sqlite', 'a.sqlite.keys', 'a.sqlite.secrets.json']) expect(existsSync(join(target, file))).toBe(false);
    });

    it('a secrets file listed in the manifest but missing', async () => {
      const dir = spoiled('missing-secrets');
      rmSync(join(dir, SECRETS_FILE));
      expect(await problemsOf(dir)).toContain('secrets.json is listed in the manifest but missing');
    });

    it('a secrets file the manifest does not list', async () => {
      const dir = spoiled('stray-secrets');
      rewriteManifest(dir, (m) => {
        m.secrets = { file: null, fromEnvironment: ['JWT_SECRET', 'PERSON_KEY_SECRET'] };
      });
      // The manifest's own checks (files, key stamp) still pass: only the stray file is named.
      expect(await problemsOf(dir)).toBe(
        'secrets.json is in the folder but not in the manifest: it was put there after the backup, restoring it could change the keys',
      );
    });

    it('refuses to restore over an existing secrets file', async () => {
      const target = join(work, 'has-secrets');
      mkdirSync(target, { recursive: true });
      writeFileSync(join(target, 'a.sqlite.secrets.json'), '{}', { mode: 0o600 });
      await expect(restoreBackup(original.dir, targetIn(target))).rejects.toThrow(
        /a\.sqlite\.secrets\.json already exists: restore only into an empty data folder/,
      );
      expect(existsSync(join(target, 'a.sqlite'))).toBe(false);
    });

    it('refuses to restore over an existing store', async () => {
      await expect(
        restoreBackup(original.dir, { eventsFile: live.eventsFile, keysFile: join(work, 'x.keys'), secretsFile: join(work, 'x.json') }),
      ).rejects.toThrow(/already exists: restore only into an empty data folder/);
    });
  });

  it('forgets again, at restore, a person forgotten after the backup was taken', async () => {
    const before = await appendWithKey(live, 'p-to-forget', 1);
    const kept = await appendWithKey(live, 'p-to-keep', 2);
    const backup = await takeBackup(liveSource(live), backups());
    expect(await live.keys.forget('p-to-forget')).toBe(true);
    // The ledger beside the data names the person; a backup taken later carries it beside the backups.
    await takeBackup(filesSource(live), backups());
    expect(readFileSync(join(backups(), FORGET_LEDGER), 'utf8')).toContain('"owner":"p-to-forget"');

    const restored = await restoreInto(backup, 'restored-forget');
    expect(restored.summary.forgottenAgain).toBe(1);
    const keys = new SqlitePersonKeyStore(restored.keysFile);
    try {
      expect([...(await keys.keysById([before.keyId, kept.keyId])).keys()]).toEqual([kept.keyId]);
    } finally {
      await keys.close();
    }
    // No page of the restored key file holds the forgotten key's id any more.
    expect(readFileSync(restored.keysFile).includes(Buffer.from(before.keyId))).toBe(false);
    // And the restored folder keeps the ledger, for its own later backups.
    expect(readFileSync(ledgerOf(restored.eventsFile), 'utf8')).toContain('"owner":"p-to-forget"');
  });

  it('pushes a backup to a second location and prunes both by retention', async () => {
    const root = join(work, 'retention');
    const second = join(work, 'second-disk');
    const taken: TakenBackup[] = [];
    for (let i = 0; i < 4; i++) {
      await appendWithKey(live, `p-r-${i}`, i);
      const backup = await takeBackup(liveSource(live), root);
      await pushBackup(backup.dir, second);
      taken.push(backup);
    }
    expect(listBackups(second)).toHaveLength(4);
    expect(pruneBackups(root, 2).sort()).toEqual(taken.slice(0, 2).map((b) => b.dir));
    pruneBackups(second, 2);
    const newest = taken.slice(2).map((b) => b.dir.split('/').pop());
    expect(listBackups(root).map((d) => d.split('/').pop())).toEqual([...newest].reverse());
    expect(listBackups(second).map((d) => d.split('/').pop())).toEqual([...newest].reverse());
    // The pushed copy verifies on its own, secrets included, owner-only too.
    expect((await verifyBackup(listBackups(second)[0]!)).position).toBe(taken[3]!.manifest.position);
    expect(readFileSync(join(listBackups(second)[0]!, SECRETS_FILE), 'utf8')).toBe(readFileSync(live.secretsFile, 'utf8'));
    expect(modeOf(listBackups(second)[0]!)).toBe(0o700);
    expect(modeOf(join(listBackups(second)[0]!, SECRETS_FILE))).toBe(0o600);
  });

  it('names the secrets a server had from its environment, and restores no secrets file then', async () => {
    const source = { ...filesSource(live), secretsFile: join(work, 'no-such.secrets.json') };
    const backup = await takeBackup(source, join(work, 'env-secrets'));
    expect(backup.manifest.secrets).toEqual({ file: null, fromEnvironment: ['JWT_SECRET', 'PERSON_KEY_SECRET'] });
    expect(existsSync(join(backup.dir, SECRETS_FILE))).toBe(false);
    const restored = await restoreInto(backup, 'restored-env-secrets');
    expect(restored.summary.secretsRestored).toEqual([]);
    expect(restored.summary.secretsFromEnvironment).toEqual(['JWT_SECRET', 'PERSON_KEY_SECRET']);
    expect(existsSync(restored.secretsFile)).toBe(false);
  });

  it('carries the files attached to achievements that its events name, each checked against its name, and restores them', async () => {
    const folder = openFolder(join(work, 'attachments'));
    const blobDir = join(work, 'attachments', 'blobs');
    const store = (bytes: string) => {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      mkdirSync(join(blobDir, sha256.slice(0, 2)), { recursive: true });
      writeFileSync(join(blobDir, sha256.slice(0, 2), sha256), bytes);
      return sha256;
    };
    const attach = (sha256: string, n: number) =>
      folder.store.append(
        `achievement-${n}`,
        [
          {
            id: randomUUID(),
            type: 'AchievementAttachmentAdded',
            data: {
              achievementId: `a-${n}`,
              tradeId: 't',
              attachment: { attachmentId: `f-${n}`, kind: 'file', filename: 'x.pdf', mediaType: 'application/pdf', bytes: 3, sha256 },
            },
            metadata,
          },
        ],
        'any',
      );
    const kept = [store('%PDF-1 first'), store('%PDF-1 second')];
    const missing = createHash('sha256').update('never stored').digest('hex');
    const changed = store('%PDF-1 changed later');
    const unnamed = store('%PDF-1 no event names it');
    for (const [n, sha256] of [...kept, missing, changed].entries()) await attach(sha256, n);
    writeFileSync(join(blobDir, changed.slice(0, 2), changed), 'altered on the server');
    try {
      const backup = await takeBackup({ ...filesSource(folder), blobDir }, join(work, 'attachment-backups'));
      expect(backup.manifest.attachments).toEqual({
        count: 2,
        bytes: kept.length * 12 + 1,
        unavailable: [
          { sha256: missing, reason: 'missing' },
          { sha256: changed, reason: 'changed' },
        ].sort((a, b) => a.sha256.localeCompare(b.sha256)),
      });
      const copied = (sha256: string) => join(backup.dir, 'attachments', sha256.slice(0, 2), sha256);
      expect(kept.every((sha256) => existsSync(copied(sha256)))).toBe(true);
      expect(existsSync(copied(unnamed))).toBe(false);
      await verifyBackup(backup.dir);

      const pushed = await pushBackup(backup.dir, join(work, 'attachment-copies'));
      expect(readFileSync(join(pushed, 'attachments', kept[0]!.slice(0, 2), kept[0]!), 'utf8')).toBe('%PDF-1 first');

      const dir = join(work, 'attachments-restored');
      const restoredBlobs = join(dir, 'blobs');
      const summary = await restoreBackup(backup.dir, { ...targetIn(dir), blobDir: restoredBlobs });
      expect(summary.manifest.attachments?.count).toBe(2);
      for (const sha256 of kept)
        expect(readFileSync(join(restoredBlobs, sha256.slice(0, 2), sha256))).toEqual(
          readFileSync(join(blobDir, sha256.slice(0, 2), sha256)),
        );

      // A copy changed after the backup is found, and nothing is restored from it.
      writeFileSync(copied(kept[1]!), 'tampered in the backup');
      await expect(verifyBackup(backup.dir)).rejects.toThrow(/attachments\/.*was changed after the backup/);
      await expect(restoreBackup(backup.dir, targetIn(join(work, 'attachments-refused')))).rejects.toBeInstanceOf(BackupRefusedError);
      expect(existsSync(join(work, 'attachments-refused', 'a.sqlite'))).toBe(false);
    } finally {
      await folder.store.close();
      await folder.keys.close();
    }
  });
});
