/**
 * The life of one mark on a judge's tablet, as a pure state machine (no I/O, time passed in):
 *
 *   saved ──send──▶ sent ──2xx──────────▶ confirmed
 *     ▲               │ ──4xx refusal──▶ refused ──retry──▶ saved
 *     └─network/5xx/401/429 (back off)─┘
 *
 * `saved`: on the tablet (IndexedDB) and not yet answered by the server. `sent`: a request is on its
 * way. `confirmed`: the server stored it (a retry of the same commandId is answered the same way, so
 * "stored twice" cannot happen). `refused`: the server said no, with a reason; nothing was stored.
 * A mark that was `sent` when the page went away is `saved` again at the next start and is retried
 * with the same commandId.
 */

export type MarkState = 'saved' | 'sent' | 'confirmed' | 'refused';

export interface MarkInput {
  tradeId: string;
  competitorNumber: number;
  aspectId: string;
  mark: number;
}

export interface OutboxMark extends MarkInput {
  /** The command's id, made on the tablet before anything is sent; every retry reuses it. */
  commandId: string;
  /** The judge who gave the mark: only their session sends it. */
  judgeId: string;
  createdAt: string;
  state: MarkState;
  attempts: number;
  /** A failed send is not tried again before this instant (ms since the epoch). */
  retryAt: number;
  /** Why the last send failed (network, server unavailable, login needed); the mark stays saved. */
  lastFailure?: FailureKind;
  /** The server's refusal: its status, English message, and code and parameters (shown in the judge's language). */
  refusal?: { status: number; message: string; code?: string; params?: Record<string, unknown> };
  confirmedAt?: string;
}

/**
 * Why a send failed without the server deciding anything. `lease`: the aspect is open on another
 * tablet of the same judge (a lease that ends when that tablet leaves or after 2 minutes), so the
 * mark waits and goes by itself once the lease is gone.
 */
export type FailureKind = 'network' | 'server' | 'login' | 'lease';

export type OutboxEvent =
  | { type: 'sending' }
  | { type: 'accepted'; at: number }
  | { type: 'refused'; status: number; message: string; code?: string; params?: Record<string, unknown> }
  | { type: 'failed'; kind: FailureKind; at: number }
  | { type: 'retry'; at: number }
  | { type: 'restarted' };

/** A fresh mark, saved on the tablet before anything is sent. */
export function createMark(input: MarkInput, ids: { commandId: string; judgeId: string }, now: number): OutboxMark {
  return { ...input, ...ids, createdAt: new Date(now).toISOString(), state: 'saved', attempts: 0, retryAt: now };
}

const BACKOFF_BASE_MS = 1_000;
const BACKOFF_MAX_MS = 30_000;
/** A mark held back by another tablet's lease is tried at least this often: that tablet may let go at any moment. */
const LEASE_RETRY_MAX_MS = 5_000;

/** The refusal code of a mark sent while another tablet of the same judge holds the aspect. */
export const LEASE_REFUSAL = 'marking.aspect_open_elsewhere';

/** 1 s, 2 s, 4 s … at most 30 s between tries. */
export const backoffMs = (attempts: number): number => Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));

export class InvalidTransition extends Error {
  constructor(state: MarkState, event: OutboxEvent['type']) {
    super(`A ${state} mark cannot take "${event}"`);
    this.name = 'InvalidTransition';
  }
}

export function transition(mark: OutboxMark, event: OutboxEvent): OutboxMark {
  switch (event.type) {
    case 'sending':
      if (mark.state !== 'saved') throw new InvalidTransition(mark.state, event.type);
      return { ...mark, state: 'sent', attempts: mark.attempts + 1 };
    case 'accepted':
      if (mark.state !== 'sent') throw new InvalidTransition(mark.state, event.type);
      return { ...without(mark), state: 'confirmed', confirmedAt: new Date(event.at).toISOString() };
    case 'refused':
      if (mark.state !== 'sent') throw new InvalidTransition(mark.state, event.type);
      return {
        ...without(mark),
        state: 'refused',
        refusal: { status: event.status, message: event.message, ...(event.code ? { code: event.code, params: event.params ?? {} } : {}) },
      };
    case 'failed':
      if (mark.state !== 'sent') throw new InvalidTransition(mark.state, event.type);
      return {
        ...mark,
        state: 'saved',
        lastFailure: event.kind,
        retryAt: event.at + (event.kind === 'lease' ? Math.min(LEASE_RETRY_MAX_MS, backoffMs(mark.attempts)) : backoffMs(mark.attempts)),
      };
    case 'retry':
      // The judge asks again: a refused mark (e.g. the aspect was open on another tablet) or a saved one waiting out its back-off.
      if (mark.state !== 'refused' && mark.state !== 'saved') throw new InvalidTransition(mark.state, event.type);
      return { ...without(mark), state: 'saved', retryAt: event.at };
    case 'restarted':
      return mark.state === 'sent' ? { ...mark, state: 'saved', retryAt: 0 } : mark;
  }
}

function without(mark: OutboxMark): OutboxMark {
  const { lastFailure: _failure, refusal: _refusal, ...rest } = mark;
  return rest;
}

/** The server's answer to one send: its status, and a refusal's message and code. */
export interface SendAnswer {
  status: number;
  message: string;
  code?: string;
  params?: Record<string, unknown>;
}

/** How an answer of the server (or its absence) moves a sent mark. */
export function outcomeOf(answer: SendAnswer | 'network', at: number): OutboxEvent {
  if (answer === 'network') return { type: 'failed', kind: 'network', at };
  const { status, message, code, params } = answer;
  if (status >= 200 && status < 300) return { type: 'accepted', at };
  if (status === 401) return { type: 'failed', kind: 'login', at };
  // Another tablet holds the aspect for a while: nothing is wrong with the mark, it waits and goes by itself.
  if (status === 409 && answer.code === LEASE_REFUSAL) return { type: 'failed', kind: 'lease', at };
  // Timeouts, throttling and server trouble decide nothing: try again later with the same commandId.
  if (status === 408 || status === 429 || status >= 500) return { type: 'failed', kind: 'server', at };
  return { type: 'refused', status, message, ...(code ? { code, params: params ?? {} } : {}) };
}

/** Not yet answered by the server: what the "unsent" counter counts. */
export const isUnsent = (mark: OutboxMark): boolean => mark.state === 'saved' || mark.state === 'sent';

/** The next mark of `judgeId` to send: the oldest saved one whose back-off is over. */
export function nextToSend(marks: readonly OutboxMark[], judgeId: string, now: number): OutboxMark | undefined {
  return marks
    .filter((m) => m.judgeId === judgeId && m.state === 'saved' && m.retryAt <= now)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.commandId.localeCompare(b.commandId))[0];
}

/** When the earliest waiting mark of `judgeId` may be tried again (undefined: nothing waits). */
export function nextRetryAt(marks: readonly OutboxMark[], judgeId: string): number | undefined {
  const waiting = marks.filter((m) => m.judgeId === judgeId && m.state === 'saved').map((m) => m.retryAt);
  return waiting.length ? Math.min(...waiting) : undefined;
}

/** The latest mark of this judge for one aspect of one competitor (a refused one may be followed by another). */
export function latestFor(
  marks: readonly OutboxMark[],
  key: { judgeId: string; tradeId: string; competitorNumber: number; aspectId: string },
): OutboxMark | undefined {
  let latest: OutboxMark | undefined;
  for (const m of marks) {
    if (
      m.judgeId !== key.judgeId ||
      m.tradeId !== key.tradeId ||
      m.competitorNumber !== key.competitorNumber ||
      m.aspectId !== key.aspectId
    )
      continue;
    if (!latest || m.createdAt >= latest.createdAt) latest = m;
  }
  return latest;
}
