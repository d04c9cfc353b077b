/**
 * The writer thread of a SQLite event store (started by `SqliteWriterThread`): it owns the store's only
 * writing connection in this process and commits, in one transaction, every write request that has
 * arrived while the previous commit (and its fsync) ran — group commit, off the server's event loop.
 * It also runs the online backup through that connection, so the writes made meanwhile are carried
 * into the copy.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openStoreFile, SqliteAppendWriter, type WriteOutcome, type WriteRequest, writerError } from './sqlite-append-writer.js';

export type WriterMessage =
  | ({ id: number } & WriteRequest)
  | { id: number; kind: 'backup'; file: string; pagesPerStep: number }
  | { id: number; kind: 'close' };

/** One message per commit: the outcomes of its requests, by request id. */
export interface WriterReply {
  outcomes: Array<{ id: number } & WriteOutcome>;
}

const port = parentPort!;
const db = openStoreFile((workerData as { filename: string }).filename);
const writer = new SqliteAppendWriter(db);
let waiting: Array<{ id: number } & WriteRequest> = [];
let scheduled = false;
let backups = 0;
let closing: number | undefined;

port.on('message', (message: WriterMessage) => {
  if (message.kind === 'backup') {
    backups += 1;
    db.backup(message.file, { progress: () => message.pagesPerStep })
      .then(
        () => reply([{ id: message.id, ok: true, value: undefined }]),
        (error: unknown) => reply([{ id: message.id, ok: false, error: writerError(error) }]),
      )
      .finally(() => {
        backups -= 1;
        schedule();
      });
    return;
  }
  if (message.kind === 'close') closing = message.id;
  else waiting.push(message);
  schedule();
});

/** After the messages that arrived in this turn: everything that waited during the last commit goes in the next. */
function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setImmediate(flush);
}

function flush(): void {
  scheduled = false;
  if (waiting.length > 0) {
    const requests = waiting;
    waiting = [];
    let outcomes: WriteOutcome[];
    try {
      outcomes = writer.commit(requests);
    } catch (error) {
      // The commit itself failed (busy, I/O error): nothing of the group was written.
      const failed = writerError(error);
      outcomes = requests.map(() => ({ ok: false, error: failed }));
    }
    reply(outcomes.map((outcome, i) => ({ id: requests[i]!.id, ...outcome })));
  }
  if (closing !== undefined && waiting.length === 0 && backups === 0) {
    db.close();
    reply([{ id: closing, ok: true, value: undefined }]);
    port.close();
  }
}

function reply(outcomes: WriterReply['outcomes']): void {
  port.postMessage({ outcomes } satisfies WriterReply);
}
