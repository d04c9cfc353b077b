import { Worker } from 'node:worker_threads';
import { EventIdConflictError, EventStoreUnavailableError, WrongExpectedRevisionError } from '../event-store.port.js';
import type { WriteOutcome, WriteRequest, WriterError } from './sqlite-append-writer.js';
import type { WriterMessage, WriterReply } from './sqlite-writer.worker.js';

/**
 * Starts the writer's module in the thread. Built code (dist) imports the compiled `.js` module. Run
 * from the TypeScript sources (the tests under Jest), the thread loads them with Node's own TypeScript
 * transform: `./x.js` imports resolve to `./x.ts` when only that exists. The writer is the same code
 * either way.
 */
const BOOTSTRAP = `
// Runs as CommonJS or as an ES module (a parent started with --input-type=module): builtins through process.
const { workerData } = process.getBuiltinModule('node:worker_threads');
if (workerData.entry.endsWith('.ts')) {
  const emitWarning = process.emitWarning.bind(process);
  process.emitWarning = (warning, ...rest) => String(warning).includes('stripTypeScriptTypes') ? undefined : emitWarning(warning, ...rest);
  const { registerHooks, stripTypeScriptTypes } = process.getBuiltinModule('node:module');
  const { existsSync, readFileSync } = process.getBuiltinModule('node:fs');
  const { fileURLToPath } = process.getBuiltinModule('node:url');
  registerHooks({
    resolve(specifier, context, nextResolve) {
      if (specifier.startsWith('.') && specifier.endsWith('.js') && context.parentURL && context.parentURL.endsWith('.ts')) {
        const ts = new URL(specifier.slice(0, -3) + '.ts', context.parentURL);
        if (existsSync(fileURLToPath(ts))) return { url: ts.href, shortCircuit: true };
      }
      return nextResolve(specifier, context);
    },
    load(url, context, nextLoad) {
      if (!url.endsWith('.ts')) return nextLoad(url, context);
      const source = stripTypeScriptTypes(readFileSync(fileURLToPath(url), 'utf8'), { mode: 'transform', sourceUrl: url });
      return { format: 'module', source, shortCircuit: true };
    },
  });
}
import(workerData.entry);
`;

const extension = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
const WORKER_ENTRY = new URL(`./sqlite-writer.worker${extension}`, import.meta.url).href;

/**
 * The main thread's side of the writer thread: posts write requests and answers each once its group
 * has committed (durable). The thread keeps the process alive only while requests are waiting.
 */
export class SqliteWriterThread {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { ok: (value: unknown) => void; fail: (error: Error) => void }>();
  private nextId = 1;
  private exited = false;
  private closed = false;

  constructor(filename: string) {
    this.worker = new Worker(BOOTSTRAP, {
      eval: true,
      workerData: { entry: WORKER_ENTRY, filename },
    });
    this.worker.unref();
    this.worker.on('message', (reply: WriterReply) => {
      for (const outcome of reply.outcomes) this.settle(outcome.id, outcome);
    });
    this.worker.on('error', (error) => this.failAll(error));
    this.worker.on('exit', () => {
      this.exited = true;
      this.failAll(new Error('the writer thread has stopped'));
    });
  }

  write<T>(request: WriteRequest): Promise<T> {
    return this.send<T>(request);
  }

  /** SQLite's online backup through the writing connection: the writes made meanwhile are carried into the copy. */
  backup(file: string, pagesPerStep: number): Promise<void> {
    return this.send<void>({ kind: 'backup', file, pagesPerStep });
  }

  /** Commits what waits, closes the writing connection and stops the thread. */
  async close(): Promise<void> {
    if (this.closed) return;
    if (this.exited) {
      this.closed = true;
      return;
    }
    const exit = new Promise((resolve) => this.worker.once('exit', resolve));
    const done = this.send<void>({ kind: 'close' }).catch(() => undefined);
    this.closed = true;
    this.worker.ref();
    await done;
    await exit;
  }

  private send<T>(message: WriterMessageWithoutId): Promise<T> {
    if (this.closed || this.exited) return Promise.reject(new EventStoreUnavailableError('SQLite event store is closed'));
    const id = this.nextId++;
    return new Promise<T>((ok, fail) => {
      this.waiting.set(id, { ok: ok as (value: unknown) => void, fail });
      if (this.waiting.size === 1) this.worker.ref();
      this.worker.postMessage({ id, ...message } as WriterMessage);
    });
  }

  private settle(id: number, outcome: WriteOutcome): void {
    const waiter = this.waiting.get(id);
    if (!waiter) return;
    this.forget(id);
    if (outcome.ok) waiter.ok(outcome.value);
    else waiter.fail(errorOf(outcome.error));
  }

  private failAll(cause: Error): void {
    for (const [id, waiter] of this.waiting) {
      this.forget(id);
      waiter.fail(new EventStoreUnavailableError(`SQLite event store unavailable: ${cause.message}`, { cause }));
    }
  }

  private forget(id: number): void {
    this.waiting.delete(id);
    if (this.waiting.size === 0 && !this.exited && !this.closed) this.worker.unref();
  }
}

type WriterMessageWithoutId = WriterMessage extends infer M ? (M extends { id: number } ? Omit<M, 'id'> : never) : never;

/** The error the caller would have had from a write on its own thread. */
function errorOf(error: WriterError): Error {
  switch (error.name) {
    case 'WrongExpectedRevisionError':
      return new WrongExpectedRevisionError(error.streamId, error.expected, error.actual);
    case 'EventIdConflictError':
      return new EventIdConflictError(error.streamId, error.eventId);
    case 'SqliteError':
      if (/BUSY|LOCKED|IOERR|CANTOPEN|READONLY/.test(error.code)) {
        return new EventStoreUnavailableError(`SQLite event store unavailable: ${error.message}`);
      }
      return Object.assign(new Error(error.message), { code: error.code });
    case 'Error':
      return new Error(error.message);
  }
}
