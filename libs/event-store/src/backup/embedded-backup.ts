import { createHash, randomUUID } from 'node:crypto';
import {
  chmodSync,
  createReadStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { type ChainHead, EMPTY_CHAIN, eventHash } from '../audit/hash-chain.js';
import type { SqlitePersonKeyStore } from '../personal-data/person-key-store.js';
import type { SqliteEventStore } from '../sqlite/sqlite.event-store.js';
import { ATTACHMENTS_DIR, type AttachmentsEntry, attachedFiles, attachmentProblems, copyAttachments } from './attachment-copies.js';
import { FORGET_LEDGER, ledgerOf, mergeLedgers, readForgottenOwners } from './forget-ledger.js';

/**
 * Backups of the embedded profile: the event store file and the person-key file, copied together
 * with SQLite's online backup API while the server runs, into one folder with a manifest.
 *
 * Consistency of the two files: the event store is copied first, the keys after. A key is made
 * before the first event that uses it is appended, so every key that an event in the copied store
 * needs was already in the key file when its copy began; a key made later is of no use to the copy
 * and harmless. A key deleted between the two copies (a person forgotten meanwhile) is missing from
 * the copy, which is what the forget asked for.
 *
 * The secrets the embedded server generated at its first start (`<SQLITE_FILE>.secrets.json`:
 * JWT_SECRET, PERSON_KEY_SECRET) go into the backup too: PERSON_KEY_SECRET derives the person keys
 * and entry ids, so a store restored without it would answer "not found" to a forget by ID number,
 * miss duplicate entries and refuse every login. A secret the server had from its environment is
 * not in any file: the manifest names it, and the restored server must be given the same value.
 * Since a backup holds the keys to the personal data, its folder is readable by its owner only.
 */

export const BACKUP_FORMAT = 'jiangxin-embedded-backup/1';
export const EVENTS_FILE = 'events.sqlite';
export const KEYS_FILE = 'keys.sqlite';
export const MANIFEST_FILE = 'manifest.json';
export const SECRETS_FILE = 'secrets.json';
/** The secrets an embedded server keeps in its secrets file (the platform's SECRET_NAMES). */
export const SERVER_SECRETS = ['JWT_SECRET', 'PERSON_KEY_SECRET'] as const;
const BACKUP_PREFIX = 'jiangxin-';
/** Names the backup a key file belongs to, inside the copied key file. */
const STAMP_TABLE = 'backup_stamp';

export interface BackupFileEntry {
  file: string;
  bytes: number;
  sha256: string;
}

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  backupId: string;
  /** When the copy of the event store was complete (ISO 8601). */
  takenAt: string;
  /** The last event in the copy: every event up to here, nothing after. */
  position: number;
  chainHead: ChainHead;
  events: BackupFileEntry & { count: number };
  keys: BackupFileEntry & { count: number };
  /** Absent in backups taken before the secrets were carried along. */
  secrets?: BackupSecrets;
  /** The files attached to achievements that the events name (`attachments/`); absent in older backups. */
  attachments?: AttachmentsEntry;
  /** How long the copies took, in milliseconds. */
  durationMs: number;
}

export interface BackupSecrets {
  /** The copy of the server's secrets file (`secrets.json`, mode 0600), or null when it had none. */
  file: (BackupFileEntry & { holds: string[] }) | null;
  /**
   * The secrets that are not in the file: the server had them from its environment, and the
   * restored server must be started with the same values.
   */
  fromEnvironment: string[];
}

/**
 * Where to copy from: the running store's own connections, or the files (another process, read only).
 * `secretsFile` is where the server keeps its generated secrets (`<SQLITE_FILE>.secrets.json`),
 * copied when it exists.
 */
export type BackupSource = (
  | { kind: 'live'; store: SqliteEventStore; keys: SqlitePersonKeyStore; eventsFile: string; secretsFile?: string }
  | { kind: 'files'; eventsFile: string; keysFile: string; secretsFile?: string }
) & {
  /** The server's folder of attached files (BLOB_DIR): those the copied events name go into the backup. */
  blobDir?: string;
};

export interface TakenBackup {
  dir: string;
  manifest: BackupManifest;
}

/** A backup that must not be restored: `problems` name each thing found wrong. */
export class BackupRefusedError extends Error {
  constructor(
    readonly backup: string,
    readonly problems: string[],
  ) {
    super(`The backup ${backup} cannot be restored:\n${problems.map((p) => `- ${p}`).join('\n')}`);
  }
}

/** Copies the store and its keys into a new folder under `root`, and writes the manifest last. */
export async function takeBackup(source: BackupSource, root: string, now: () => Date = () => new Date()): Promise<TakenBackup> {
  // Owner-only: a backup holds the secrets and the keys to the personal data.
  mkdirSync(root, { recursive: true, mode: 0o700 });
  const backupId = randomUUID();
  const temporary = join(root, `.partial-${backupId}`);
  mkdirSync(temporary, { mode: 0o700 });
  try {
    const started = performance.now();
    const eventsCopy = join(temporary, EVENTS_FILE);
    const keysCopy = join(temporary, KEYS_FILE);
    // The store first, then the keys: see the module comment.
    if (source.kind === 'live') {
      await source.store.backupTo(eventsCopy);
      const takenAt = now();
      await source.keys.backupTo(keysCopy);
      return finish(takenAt);
    }
    await copyFileOnline(source.eventsFile, eventsCopy);
    const takenAt = now();
    await copyFileOnline(source.keysFile, keysCopy);
    return finish(takenAt);

    async function finish(takenAt: Date): Promise<TakenBackup> {
      const durationMs = Math.round(performance.now() - started);
      const events = settle(eventsCopy, (db) => {
        const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM events').get()!.n;
        const last = db
          .prepare<[], { position: number; hash: string | null }>('SELECT position, hash FROM events ORDER BY position DESC LIMIT 1')
          .get();
        return { count, head: last ? { position: last.position, hash: last.hash ?? '' } : { ...EMPTY_CHAIN } };
      });
      const keyCount = settle(keysCopy, (db) => {
        db.exec(`CREATE TABLE ${STAMP_TABLE} (backup_id TEXT NOT NULL, taken_at TEXT NOT NULL)`);
        db.prepare(`INSERT INTO ${STAMP_TABLE} VALUES (?, ?)`).run(backupId, takenAt.toISOString());
        return db.prepare<[], { n: number }>('SELECT count(*) AS n FROM person_keys').get()!.n;
      });
      const manifest: BackupManifest = {
        format: BACKUP_FORMAT,
        backupId,
        takenAt: takenAt.toISOString(),
        position: events.head.position,
        chainHead: events.head,
        events: { ...(await describeFile(eventsCopy)), count: events.count },
        keys: { ...(await describeFile(keysCopy)), count: keyCount },
        secrets: await copySecrets(source.secretsFile, join(temporary, SECRETS_FILE)),
        // After the store's copy: every file its events name was stored before its event was written.
        attachments: await copyAttachments(attachedFiles(eventsCopy), source.blobDir, join(temporary, ATTACHMENTS_DIR)),
        durationMs,
      };
      writeFileSync(join(temporary, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, { flush: true });
      const dir = join(root, backupName(takenAt, manifest.position));
      renameSync(temporary, dir);
      // People forgotten on the source so far, kept beside the backups for restores of older ones.
      mergeLedgers(ledgerOf(source.eventsFile), join(root, FORGET_LEDGER));
      return { dir, manifest };
    }
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Copies the server's secrets file, created owner-only (no chmod: a FAT-formatted stick has no
 * modes, and the folder is owner-only anyway). Answers its manifest entry.
 */
async function copySecrets(from: string | undefined, to: string): Promise<BackupSecrets> {
  if (!from || !existsSync(from)) return { file: null, fromEnvironment: [...SERVER_SECRETS] };
  const text = readFileSync(from);
  const holds = secretsHeld(text);
  if (holds instanceof Error) throw new Error(`The secrets file ${from} is not readable: ${holds.message}`);
  writeFileSync(to, text, { mode: 0o600, flag: 'wx', flush: true });
  return {
    file: { ...(await describeFile(to)), holds },
    fromEnvironment: SERVER_SECRETS.filter((name) => !holds.includes(name)),
  };
}

/** The secrets a secrets file holds (names with a value), or why it cannot be read. */
function secretsHeld(text: Buffer): string[] | Error {
  try {
    const parsed: unknown = JSON.parse(text.toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null) return new Error('it is not a JSON object');
    return SERVER_SECRETS.filter((name) => typeof (parsed as Record<string, unknown>)[name] === 'string');
  } catch (error) {
    return error as Error;
  }
}

/** `jiangxin-2026-05-16T09-30-00-000Z-p000001234`: sorts by time. */
function backupName(takenAt: Date, position: number): string {
  return `${BACKUP_PREFIX}${takenAt.toISOString().replaceAll(':', '-').replace('.', '-')}-p${String(position).padStart(9, '0')}`;
}

/**
 * Copies a database that another process may be writing, read only, in a single step of the backup
 * API: one read transaction, so one consistent state. WAL lets the writer go on meanwhile.
 */
async function copyFileOnline(from: string, to: string): Promise<void> {
  if (!existsSync(from)) throw new Error(`No database at ${from}`);
  const db = new Database(from, { readonly: true, fileMustExist: true });
  try {
    await db.backup(to, { progress: () => 0x7fffffff });
  } finally {
    db.close();
  }
}

/** Opens a fresh copy, lets `work` read or stamp it, and leaves it as one self-contained file (no WAL beside it). */
function settle<T>(file: string, work: (db: Database.Database) => T): T {
  const db = new Database(file);
  try {
    const answer = work(db);
    db.pragma('journal_mode = DELETE');
    return answer;
  } finally {
    db.close();
  }
}

async function describeFile(path: string): Promise<BackupFileEntry> {
  return { file: basename(path), bytes: statSync(path).size, sha256: await sha256Of(path) };
}

function sha256Of(path: string): Promise<string> {
  return new Promise((ok, fail) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', fail)
      .on('end', () => ok(hash.digest('hex')));
  });
}

/**
 * Checks a backup before anything is restored from it: the manifest, each file's size and
 * checksum, SQLite's own integrity check, that the key file is this backup's, and the hash chain
 * of every event up to the manifest's head. Answers the manifest, or throws naming what is wrong.
 */
export async function verifyBackup(dir: string): Promise<BackupManifest> {
  const refuse = (...problems: string[]): never => {
    throw new BackupRefusedError(dir, problems);
  };
  const manifestPath = join(dir, MANIFEST_FILE);
  if (!existsSync(manifestPath)) refuse(`${MANIFEST_FILE} is missing: this folder is not a complete backup`);
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch (error) {
    return refuse(`${MANIFEST_FILE} is not readable JSON (${(error as Error).message})`);
  }
  if (manifest?.format !== BACKUP_FORMAT)
    refuse(`${MANIFEST_FILE} is not a Jiangxin embedded backup manifest (format ${JSON.stringify(manifest?.format)})`);

  const problems: string[] = [];
  for (const [name, entry] of [
    [EVENTS_FILE, manifest.events],
    [KEYS_FILE, manifest.keys],
  ] as const) {
    const path = join(dir, name);
    if (!existsSync(path)) {
      problems.push(`${name} is missing`);
      continue;
    }
    const bytes = statSync(path).size;
    if (bytes !== entry.bytes) {
      problems.push(
        `${name} is ${bytes} bytes but the manifest says ${entry.bytes}: the file is ${bytes < entry.bytes ? 'truncated' : 'longer'} (torn or changed copy)`,
      );
      continue;
    }
    const sha256 = await sha256Of(path);
    if (sha256 !== entry.sha256)
      problems.push(`${name} does not match its checksum in the manifest: the file was changed after the backup`);
  }
  problems.push(...(await secretsProblems(dir, manifest)));
  // A key file's own stamp says which backup it came from (a checksum alone cannot say).
  const keysPath = join(dir, KEYS_FILE);
  if (existsSync(keysPath)) {
    const stamp = readOnly(keysPath, (db) => db.prepare<[], { backup_id: string; taken_at: string }>(`SELECT * FROM ${STAMP_TABLE}`).get());
    if (stamp instanceof Error) problems.push(`${KEYS_FILE} is not a readable key file (${stamp.message})`);
    else if (!stamp) problems.push(`${KEYS_FILE} carries no backup stamp: it is not a key file written by a backup`);
    else if (stamp.backup_id !== manifest.backupId) {
      problems.push(
        `${KEYS_FILE} comes from another backup (${stamp.backup_id}, taken ${stamp.taken_at}), not from this one (${manifest.backupId})`,
      );
    }
  }
  if (problems.length > 0) refuse(...problems);

  for (const name of [EVENTS_FILE, KEYS_FILE]) {
    const check = readOnly(join(dir, name), (db) => db.pragma('integrity_check', { simple: true }) as string);
    if (check !== 'ok') problems.push(`${name} fails SQLite's integrity check: ${check instanceof Error ? check.message : check}`);
  }
  if (problems.length > 0) refuse(...problems);
  // Read from the store file once it is known sound: the files its events name.
  problems.push(...(await attachmentProblems(dir, join(dir, EVENTS_FILE), manifest.attachments)));
  if (problems.length > 0) refuse(...problems);

  const chain = readOnly(join(dir, EVENTS_FILE), (db) => verifyChain(db, manifest));
  if (chain instanceof Error) refuse(`${EVENTS_FILE}: ${chain.message}`);
  else if (chain) refuse(chain);
  return manifest;
}

/** The secrets file must be exactly the one the manifest lists, or absent when it lists none. */
async function secretsProblems(dir: string, manifest: BackupManifest): Promise<string[]> {
  const path = join(dir, SECRETS_FILE);
  const entry = manifest.secrets?.file;
  if (!entry) {
    return existsSync(path)
      ? [`${SECRETS_FILE} is in the folder but not in the manifest: it was put there after the backup, restoring it could change the keys`]
      : [];
  }
  if (!existsSync(path)) {
    return [
      `${SECRETS_FILE} is listed in the manifest but missing: without it the restored server cannot read the personal data, look people up or sign anyone in (take another copy of this backup)`,
    ];
  }
  const bytes = statSync(path).size;
  if (bytes !== entry.bytes || (await sha256Of(path)) !== entry.sha256) {
    return [
      `${SECRETS_FILE} does not match its checksum in the manifest: the secrets were changed after the backup, and restoring them would make the personal data unreadable`,
    ];
  }
  return [];
}

interface ChainRow {
  position: number;
  id: string;
  stream_id: string;
  revision: number;
  type: string;
  data: string;
  metadata: string;
  hash: string | null;
}

/** Every event from the first, in order, linked and hashed as stored, ending at the manifest's head. */
function verifyChain(db: Database.Database, manifest: BackupManifest): string | undefined {
  const page = db.prepare<[number], ChainRow>('SELECT * FROM events WHERE position > ? ORDER BY position LIMIT 2000');
  let head: ChainHead = { ...EMPTY_CHAIN };
  let count = 0;
  for (let rows = page.all(0); rows.length > 0; rows = page.all(head.position)) {
    for (const row of rows) {
      const what = `the event at position ${row.position} (${row.type}, stream ${row.stream_id})`;
      if (row.position !== head.position + 1)
        return `the events jump from position ${head.position} to ${row.position}: events were removed`;
      const hash = eventHash(
        {
          position: row.position,
          streamId: row.stream_id,
          revision: row.revision,
          id: row.id,
          type: row.type,
          data: JSON.parse(row.data),
          metadata: JSON.parse(row.metadata),
        },
        head.hash,
      );
      if (row.hash !== hash) return `${what} does not match its hash in the chain: the row was edited`;
      head = { position: row.position, hash };
      count += 1;
      if (head.position > manifest.position) return `events go on after the manifest's head (position ${manifest.position})`;
    }
  }
  if (head.position !== manifest.position)
    return `the events end at position ${head.position}, but the manifest's head is position ${manifest.position}`;
  if (head.hash !== manifest.chainHead.hash)
    return `the chain ends with hash ${head.hash}, but the manifest's head hash is ${manifest.chainHead.hash}`;
  if (count !== manifest.events.count) return `${count} events, but the manifest says ${manifest.events.count}`;
  return undefined;
}

function readOnly<T>(file: string, work: (db: Database.Database) => T): T | Error {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    return work(db);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  } finally {
    db?.close();
  }
}

export interface RestoreTarget {
  /** The event store file the server will open (SQLITE_FILE). */
  eventsFile: string;
  /** The person-key file the server will open (PERSONAL_KEYS_FILE, by default `<SQLITE_FILE>.keys`). */
  keysFile: string;
  /** Where the server reads its generated secrets (`<SQLITE_FILE>.secrets.json`): the backup's copy is put there, mode 0600. */
  secretsFile: string;
  /** Where the server keeps attached files (BLOB_DIR): the backup's are put there. */
  blobDir?: string;
  /**
   * Ledgers of people forgotten (one owner a line): their keys are removed from the restored key
   * file. The ledger beside the backup (`<backup>/../forgotten.ndjson`) is always read.
   */
  forgetLedgers?: readonly string[];
}

export interface RestoreSummary {
  manifest: BackupManifest;
  /** Keys removed because their person was forgotten after the backup was taken. */
  forgottenAgain: number;
  /** The secrets put back in the secrets file (none when the backup has no secrets file). */
  secretsRestored: string[];
  /**
   * The secrets the restored server must be given in its environment, with the values the backed-up
   * server had; undefined for a backup taken before backups carried the secrets (nobody knows).
   */
  secretsFromEnvironment: string[] | undefined;
}

/**
 * Restores a verified backup into an empty data folder: nothing is put in place unless the whole
 * backup verifies. The server then rebuilds every read model from the restored store at its start.
 */
export async function restoreBackup(backup: string, target: RestoreTarget): Promise<RestoreSummary> {
  const dir = resolve(backup);
  for (const file of [target.eventsFile, target.keysFile, target.secretsFile]) {
    for (const path of file === target.secretsFile ? [file] : [file, `${file}-wal`]) {
      if (existsSync(path)) {
        throw new BackupRefusedError(dir, [
          `${path} already exists: restore only into an empty data folder (move the old one aside first)`,
        ]);
      }
    }
  }
  if (target.blobDir && existsSync(target.blobDir) && readdirSync(target.blobDir).length > 0) {
    throw new BackupRefusedError(dir, [
      `${target.blobDir} is not empty: restore only into an empty data folder (move the old one aside first)`,
    ]);
  }
  const manifest = await verifyBackup(dir);
  const ledgers = [join(dirname(dir), FORGET_LEDGER), ...(target.forgetLedgers ?? [])];
  const forgotten = readForgottenOwners(ledgers);

  const staging = {
    events: `${target.eventsFile}.restoring`,
    keys: `${target.keysFile}.restoring`,
    secrets: `${target.secretsFile}.restoring`,
    blobs: target.blobDir ? `${target.blobDir}.restoring` : undefined,
  };
  mkdirSync(dirname(target.eventsFile), { recursive: true });
  mkdirSync(dirname(target.keysFile), { recursive: true });
  mkdirSync(dirname(target.secretsFile), { recursive: true });
  try {
    const secrets = manifest.secrets?.file;
    if (secrets) {
      // Owner-only from its creation (the server refuses a secrets file others can read), and
      // checked again once copied: the file put in place is the one the manifest lists.
      rmSync(staging.secrets, { force: true });
      writeFileSync(staging.secrets, readFileSync(join(dir, SECRETS_FILE)), { mode: 0o600, flag: 'wx', flush: true });
      chmodSync(staging.secrets, 0o600);
      if ((await sha256Of(staging.secrets)) !== secrets.sha256)
        throw new BackupRefusedError(dir, [`${SECRETS_FILE} changed while it was copied to ${target.secretsFile}`]);
    }
    await copyFile(join(dir, EVENTS_FILE), staging.events);
    await copyFile(join(dir, KEYS_FILE), staging.keys);
    const db = new Database(staging.keys);
    let forgottenAgain = 0;
    try {
      // Overwrites the deleted keys' bytes; VACUUM leaves no free page holding one.
      db.pragma('secure_delete = ON');
      const remove = db.prepare('DELETE FROM person_keys WHERE owner = ?');
      db.transaction(() => {
        for (const owner of forgotten) forgottenAgain += remove.run(owner).changes;
        db.exec(`DROP TABLE ${STAMP_TABLE}`);
      })();
      db.exec('VACUUM');
    } finally {
      db.close();
    }
    // Content-addressed and checked against their names on the way: a file is whole or absent.
    if (staging.blobs && manifest.attachments) {
      rmSync(staging.blobs, { recursive: true, force: true });
      await copyAttachments(attachedFiles(staging.events), join(dir, ATTACHMENTS_DIR), staging.blobs);
    }
    if (secrets) renameSync(staging.secrets, target.secretsFile);
    if (staging.blobs && existsSync(staging.blobs)) {
      rmSync(target.blobDir!, { recursive: true, force: true }); // empty, checked above
      renameSync(staging.blobs, target.blobDir!);
    }
    renameSync(staging.keys, target.keysFile);
    renameSync(staging.events, target.eventsFile);
    // The restored platform keeps recording: later backups carry these forgets on.
    if (target.eventsFile !== ':memory:') for (const ledger of ledgers) mergeLedgers(ledger, ledgerOf(target.eventsFile));
    return {
      manifest,
      forgottenAgain,
      secretsRestored: secrets?.holds ?? [],
      secretsFromEnvironment: manifest.secrets?.fromEnvironment,
    };
  } finally {
    rmSync(staging.events, { force: true });
    rmSync(staging.keys, { force: true });
    rmSync(staging.secrets, { force: true });
    if (staging.blobs) rmSync(staging.blobs, { recursive: true, force: true });
  }
}

/** The complete backups under `root`, newest first. */
export function listBackups(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name.startsWith(BACKUP_PREFIX) && existsSync(join(root, entry.name, MANIFEST_FILE)))
    .map((entry) => join(root, entry.name))
    .sort()
    .reverse();
}

/** Retention: keeps the `keep` newest complete backups under `root`, deletes the older ones; answers what it deleted. */
export function pruneBackups(root: string, keep: number): string[] {
  if (!(keep >= 1)) throw new RangeError('Keep at least one backup');
  const old = listBackups(root).slice(keep);
  for (const dir of old) rmSync(dir, { recursive: true, force: true });
  return old;
}

/**
 * Pushes a backup to a second location (another disk, a mounted share): copied beside, checked
 * against its manifest there, then given its name, so a half-copied backup never looks complete.
 */
export async function pushBackup(dir: string, otherRoot: string): Promise<string> {
  mkdirSync(otherRoot, { recursive: true, mode: 0o700 });
  const name = basename(dir);
  const temporary = join(otherRoot, `.partial-${name}`);
  rmSync(temporary, { recursive: true, force: true });
  mkdirSync(temporary, { mode: 0o700 });
  try {
    for (const file of [EVENTS_FILE, KEYS_FILE, MANIFEST_FILE]) await copyFile(join(dir, file), join(temporary, file));
    const manifest: BackupManifest = JSON.parse(readFileSync(join(temporary, MANIFEST_FILE), 'utf8'));
    if (manifest.attachments) {
      await copyAttachments(attachedFiles(join(temporary, EVENTS_FILE)), join(dir, ATTACHMENTS_DIR), join(temporary, ATTACHMENTS_DIR));
      const problems = await attachmentProblems(temporary, join(temporary, EVENTS_FILE), manifest.attachments);
      if (problems.length > 0) throw new Error(`Attachments changed on their way to ${otherRoot}: ${problems.join('; ')}`);
    }
    if (manifest.secrets?.file)
      writeFileSync(join(temporary, SECRETS_FILE), readFileSync(join(dir, SECRETS_FILE)), { mode: 0o600, flag: 'wx', flush: true });
    for (const entry of [manifest.events, manifest.keys, ...(manifest.secrets?.file ? [manifest.secrets.file] : [])]) {
      if ((await sha256Of(join(temporary, entry.file))) !== entry.sha256)
        throw new Error(`${entry.file} changed on its way to ${otherRoot}`);
    }
    const final = join(otherRoot, name);
    rmSync(final, { recursive: true, force: true });
    renameSync(temporary, final);
    const ledger = join(dirname(dir), FORGET_LEDGER);
    mergeLedgers(ledger, join(otherRoot, FORGET_LEDGER));
    return final;
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw error;
  }
}
