import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { PersonKey, PersonKeyStore } from '../personal-data/person-key-store.js';

/**
 * The forget ledger: the key-store owner of every person forgotten, one JSON line each
 * (`{"owner":"p…","at":"…"}`). An owner is a keyed hash or an account id, never personal data.
 *
 * A backup holds the keys of everyone not yet forgotten when it was taken. The ledger is kept beside
 * the data (`<SQLITE_FILE>.forgotten`) and beside the backups (`forgotten.ndjson` in each backup
 * folder), and a restore removes the keys of every owner it names: a person forgotten after a backup
 * was taken stays forgotten when that backup is restored.
 */
export const FORGET_LEDGER = 'forgotten.ndjson';

/** The ledger kept beside an event store file. */
export const ledgerOf = (eventsFile: string) => `${eventsFile}.forgotten`;

export function recordForget(ledgers: readonly string[], owner: string, at: Date): void {
  const line = `${JSON.stringify({ owner, at: at.toISOString() })}\n`;
  for (const ledger of ledgers) {
    mkdirSync(dirname(ledger), { recursive: true });
    appendFileSync(ledger, line, { flush: true });
  }
}

/** The owners named in these ledgers (a missing ledger names nobody; a torn last line is skipped). */
export function readForgottenOwners(ledgers: readonly string[]): Set<string> {
  const owners = new Set<string>();
  for (const ledger of ledgers) {
    if (!existsSync(ledger)) continue;
    for (const line of readFileSync(ledger, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      try {
        const { owner } = JSON.parse(line) as { owner?: unknown };
        if (typeof owner === 'string' && owner.length > 0) owners.add(owner);
      } catch {
        // A line cut short by a crash while it was written: the forget it began is recorded again on retry.
      }
    }
  }
  return owners;
}

/** Appends to `to` the lines of `from` whose owner `to` does not name yet. */
export function mergeLedgers(from: string, to: string): void {
  if (from === to || !existsSync(from)) return;
  const known = readForgottenOwners([to]);
  const missing = readFileSync(from, 'utf8')
    .split('\n')
    .filter((line) => {
      try {
        const { owner } = JSON.parse(line) as { owner?: unknown };
        return typeof owner === 'string' && !known.has(owner);
      } catch {
        return false;
      }
    });
  if (missing.length === 0) return;
  mkdirSync(dirname(to), { recursive: true });
  appendFileSync(to, `${missing.join('\n')}\n`, { flush: true });
}

/**
 * A key store that writes each forget into the ledgers before it deletes the key: a crash between
 * the two leaves the person forgotten in a restore, never remembered (a retried forget deletes the key).
 */
export class LedgeredPersonKeyStore implements PersonKeyStore {
  constructor(
    readonly inner: PersonKeyStore,
    private readonly ledgers: readonly string[],
    private readonly now: () => Date = () => new Date(),
  ) {}

  keyFor(owner: string): Promise<PersonKey> {
    return this.inner.keyFor(owner);
  }

  keysById(keyIds: readonly string[]): Promise<Map<string, Buffer>> {
    return this.inner.keysById(keyIds);
  }

  async forget(owner: string): Promise<boolean> {
    recordForget(this.ledgers, owner, this.now());
    return this.inner.forget(owner);
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
