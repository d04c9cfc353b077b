import { type ChainHead, type EventStore, type ExportedEvent, GENESIS_HASH, type StoredEvent } from '#event-store';

/**
 * The whole history as NDJSON, one event per line in global order, each with the hash of the event
 * before it and its own: what `npm run verify:audit` checks. Events are exported as stored (personal
 * data stays as encrypted at rest); an event the store holds no hash for is exported with `hash: null`,
 * which the verifier reports.
 */
export async function* exportChunks(store: EventStore, until: ChainHead, pageSize = 1000): AsyncGenerator<string> {
  let after = 0;
  let prevHash = GENESIS_HASH;
  while (after < until.position) {
    const page = (await store.readAll({ after, maxCount: pageSize })).filter((e) => e.position <= until.position);
    if (page.length === 0) return;
    let chunk = '';
    for (const event of page) {
      chunk += `${JSON.stringify(exportLine(event, prevHash))}\n`;
      prevHash = event.hash ?? '';
    }
    yield chunk;
    after = page[page.length - 1].position;
  }
}

export function exportLine(event: StoredEvent, prevHash: string): Omit<ExportedEvent, 'hash'> & { hash: string | null } {
  const { position, streamId, revision, id, type, data, metadata } = event;
  return { position, streamId, revision, id, type, data, metadata, prevHash, hash: event.hash ?? null };
}
