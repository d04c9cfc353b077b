import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * Content-addressed files on disk: a file is named by its SHA-256 (`<dir>/ab/abcdef…`), and that hash
 * is what the event records. Writing the same bytes twice is one file; a file altered on disk no
 * longer hashes to its name, which `verify` and every read detect.
 */
export class BlobStore {
  constructor(readonly dir: string) {}

  private pathOf(sha256: string): string {
    if (!SHA256.test(sha256)) throw new Error(`Not a SHA-256: ${sha256}`);
    return join(this.dir, sha256.slice(0, 2), sha256);
  }

  /** Stores the bytes (once) and answers their SHA-256. Written to a temporary name, then renamed: never half a file. */
  async put(bytes: Uint8Array): Promise<string> {
    const sha256 = sha256Hex(bytes);
    const path = this.pathOf(sha256);
    // A file already there is kept only when it still holds these bytes (an altered one is replaced).
    if ((await this.exists(path)) && (await this.read(sha256)).status === 'intact') return sha256;
    await mkdir(join(this.dir, sha256.slice(0, 2)), { recursive: true });
    const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(temporary, bytes, { mode: 0o600 });
    await rename(temporary, path);
    return sha256;
  }

  /** The bytes stored under the hash, when they still hash to it; `changed` when they do not; `missing` when there is no file. */
  async read(sha256: string): Promise<{ bytes: Buffer; status: 'intact' } | { status: 'changed' | 'missing' }> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.pathOf(sha256));
    } catch {
      return { status: 'missing' };
    }
    return sha256Hex(bytes) === sha256 ? { bytes, status: 'intact' } : { status: 'changed' };
  }

  /** The path of a stored file (for tests and operators). */
  path(sha256: string): string {
    return this.pathOf(sha256);
  }

  private async exists(path: string): Promise<boolean> {
    try {
      return (await stat(path)).isFile();
    } catch {
      return false;
    }
  }
}
