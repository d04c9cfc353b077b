import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync } from 'node:fs';
import { copyFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/**
 * The files attached to achievements (docs/achievements.md) live beside the store, content-addressed
 * (`<BLOB_DIR>/ab/abcdef…`, each named by its SHA-256, which the `AchievementAttachmentAdded` event
 * records). A backup carries the ones its events name, so that a restore loses no document; a copy is
 * checked against its name, the only checksum a content-addressed file needs.
 */
export const ATTACHMENTS_DIR = 'attachments';

const SHA256 = /^[0-9a-f]{64}$/;

export interface AttachmentsEntry {
  /** Files copied, and their bytes. */
  count: number;
  bytes: number;
  /**
   * Files the events name that could not be copied, with why: missing on the server, or no longer
   * holding the bytes their hash says (changed on disk). The backup keeps what the server had.
   */
  unavailable: Array<{ sha256: string; reason: 'missing' | 'changed' }>;
}

const pathIn = (dir: string, sha256: string) => join(dir, sha256.slice(0, 2), sha256);

/** The SHA-256 of every file attached in a store file's events, in no particular order. */
export function attachedFiles(eventsFile: string): string[] {
  const db = new Database(eventsFile, { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare<[], { sha256: string | null }>(
        `SELECT DISTINCT json_extract(data, '$.attachment.sha256') AS sha256 FROM events
         WHERE type = 'AchievementAttachmentAdded' AND json_extract(data, '$.attachment.kind') = 'file'`,
      )
      .all();
    return rows.map((r) => r.sha256).filter((s): s is string => typeof s === 'string' && SHA256.test(s));
  } finally {
    db.close();
  }
}

/**
 * Copies the files named by `hashes` from one content-addressed folder to another, each checked once
 * copied. `fromDir` undefined: the server keeps no attached files (each named one is missing).
 */
export async function copyAttachments(hashes: readonly string[], fromDir: string | undefined, toDir: string): Promise<AttachmentsEntry> {
  const entry: AttachmentsEntry = { count: 0, bytes: 0, unavailable: [] };
  for (const sha256 of [...hashes].sort()) {
    const from = fromDir === undefined ? undefined : pathIn(fromDir, sha256);
    if (from === undefined || !existsSync(from)) {
      entry.unavailable.push({ sha256, reason: 'missing' });
      continue;
    }
    const to = pathIn(toDir, sha256);
    mkdirSync(join(toDir, sha256.slice(0, 2)), { recursive: true, mode: 0o700 });
    const temporary = `${to}.partial`;
    await copyFile(from, temporary);
    if ((await sha256Of(temporary)) !== sha256) {
      entry.unavailable.push({ sha256, reason: 'changed' });
      await rm(temporary, { force: true });
      continue;
    }
    await rename(temporary, to);
    entry.count += 1;
    entry.bytes += (await stat(to)).size;
  }
  return entry;
}

/**
 * What is wrong with a backup's attachments: a file the events name that is neither copied nor listed
 * as unavailable, a copied file that no longer hashes to its name, or a count that does not match.
 */
export async function attachmentProblems(backupDir: string, eventsFile: string, entry: AttachmentsEntry | undefined): Promise<string[]> {
  const named = attachedFiles(eventsFile);
  if (!entry) return named.length > 0 ? [`the events name ${named.length} attached files but the manifest lists no attachments`] : [];
  const dir = join(backupDir, ATTACHMENTS_DIR);
  const unavailable = new Set(entry.unavailable.map((u) => u.sha256));
  const problems: string[] = [];
  let count = 0;
  for (const sha256 of named) {
    if (unavailable.has(sha256)) continue;
    const path = pathIn(dir, sha256);
    if (!existsSync(path)) problems.push(`${ATTACHMENTS_DIR}/${sha256.slice(0, 2)}/${sha256} is missing`);
    else if ((await sha256Of(path)) !== sha256)
      problems.push(`${ATTACHMENTS_DIR}/${sha256.slice(0, 2)}/${sha256} was changed after the backup`);
    else count += 1;
  }
  if (problems.length === 0 && count !== entry.count) problems.push(`${count} attached files verify but the manifest says ${entry.count}`);
  return problems;
}

function sha256Of(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}
