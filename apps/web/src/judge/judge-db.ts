/**
 * The judge tablet's IndexedDB (via `idb`): the outbox of marks, and the last answers of the reads
 * the tablet needs to work offline (trade schemes, competitor numbers, score sheets).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { OutboxMark } from './outbox-state';

interface JudgeDb extends DBSchema {
  outbox: { key: string; value: OutboxMark };
  reads: { key: string; value: { key: string; data: unknown; at: number } };
}

let database: Promise<IDBPDatabase<JudgeDb>> | undefined;

function db(): Promise<IDBPDatabase<JudgeDb>> {
  database ??= openDB<JudgeDb>('jiangxin-judge', 1, {
    upgrade(upgrading) {
      upgrading.createObjectStore('outbox', { keyPath: 'commandId' });
      upgrading.createObjectStore('reads', { keyPath: 'key' });
    },
  });
  return database;
}

/** Where the outbox keeps its marks. */
export interface MarkStore {
  all(): Promise<OutboxMark[]>;
  put(mark: OutboxMark): Promise<void>;
  delete(commandId: string): Promise<void>;
}

export const indexedDbMarkStore: MarkStore = {
  all: async () => (await db()).getAll('outbox'),
  put: async (mark) => {
    // Resolves once the transaction is committed: the mark is on the device.
    await (await db()).put('outbox', mark);
  },
  delete: async (commandId) => (await db()).delete('outbox', commandId),
};

export async function readCache<T>(key: string): Promise<{ data: T; at: number } | undefined> {
  const row = await (await db()).get('reads', key);
  return row ? { data: row.data as T, at: row.at } : undefined;
}

export async function writeCache(key: string, data: unknown): Promise<void> {
  await (await db()).put('reads', { key, data, at: Date.now() });
}
