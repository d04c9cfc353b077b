/**
 * The outbox of a judge's tablet: every mark is written to the device (IndexedDB) with its commandId
 * before it is sent; marks are sent one at a time, oldest first, while online, and retried with the
 * same commandId after a failure (the API stores a command once, whatever the retries). The states
 * and their moves are in `outbox-state.ts`.
 */
import {
  createMark,
  nextRetryAt,
  nextToSend,
  outcomeOf,
  transition,
  type MarkInput,
  type OutboxEvent,
  type OutboxMark,
  type SendAnswer,
} from './outbox-state';
import type { MarkStore } from './judge-db';

/** Sends one mark; resolves with the status and message of the server's answer, or 'network' when none came. */
export type SendMark = (mark: OutboxMark) => Promise<SendAnswer | 'network'>;

export interface OutboxOptions {
  store: MarkStore;
  send: SendMark;
  newCommandId: () => string;
  now?: () => number;
  isOnline?: () => boolean;
}

export class Outbox {
  private marks: OutboxMark[] = [];
  private readonly listeners = new Set<() => void>();
  private judgeId: string | undefined;
  private flushing: Promise<void> | undefined;
  private again = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private paused = false;
  private readonly now: () => number;
  private readonly isOnline: () => boolean;
  readonly ready: Promise<void>;

  constructor(private readonly options: OutboxOptions) {
    this.now = options.now ?? Date.now;
    this.isOnline = options.isOnline ?? (() => true);
    this.ready = this.load();
  }

  private async load(): Promise<void> {
    const stored = await this.options.store.all();
    // A mark in flight when the page went away is saved again: it will be sent with the same commandId.
    this.marks = await Promise.all(stored.map((m) => (m.state === 'sent' ? this.persist(transition(m, { type: 'restarted' })) : m)));
    this.emit();
  }

  /** The marks of every judge who used this tablet, as a new array after each change. */
  get all(): readonly OutboxMark[] {
    return this.marks;
  }

  /** A login that was needed (401) stops sending until a new session starts. */
  get waitingForLogin(): boolean {
    return this.paused;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The judge whose marks this session sends; undefined stops sending. */
  async startSending(judgeId: string | undefined): Promise<void> {
    this.judgeId = judgeId;
    this.paused = false;
    this.emit();
    await this.flush();
  }

  /** Saves the mark on the device (resolves once it is in IndexedDB), then sends it when it can. */
  async add(input: MarkInput, judgeId: string): Promise<OutboxMark> {
    await this.ready;
    const mark = createMark(input, { commandId: this.options.newCommandId(), judgeId }, this.now());
    await this.persist(mark);
    void this.flush();
    return mark;
  }

  /** Send a refused or waiting mark again now, with its commandId. */
  async retry(commandId: string): Promise<void> {
    await this.apply(commandId, { type: 'retry', at: this.now() });
    await this.flush();
  }

  /** Drop a refused mark from the tablet (nothing of it was stored by the server). */
  async discard(commandId: string): Promise<void> {
    const mark = this.marks.find((m) => m.commandId === commandId);
    if (mark?.state !== 'refused') return;
    await this.options.store.delete(commandId);
    this.marks = this.marks.filter((m) => m.commandId !== commandId);
    this.emit();
  }

  /** Back online: every waiting mark may go at once. */
  async wakeUp(): Promise<void> {
    await this.ready;
    const waiting = this.marks.filter((m) => m.judgeId === this.judgeId && m.state === 'saved' && m.retryAt > this.now());
    for (const mark of waiting) await this.apply(mark.commandId, { type: 'retry', at: this.now() });
    await this.flush();
  }

  /** Sends what is due, one mark at a time; a call while sending makes the loop look again at the end. */
  flush(): Promise<void> {
    if (this.flushing) {
      this.again = true;
      return this.flushing;
    }
    this.flushing = this.sendDue().finally(() => {
      this.flushing = undefined;
      if (this.again) {
        this.again = false;
        void this.flush();
      }
    });
    return this.flushing;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.listeners.clear();
    this.judgeId = undefined;
  }

  private async sendDue(): Promise<void> {
    await this.ready;
    clearTimeout(this.timer);
    for (;;) {
      const judgeId = this.judgeId;
      if (!judgeId || this.paused || !this.isOnline()) return;
      const next = nextToSend(this.marks, judgeId, this.now());
      if (!next) break;
      const sending = await this.apply(next.commandId, { type: 'sending' });
      const answer = await this.options.send(sending);
      const outcome = outcomeOf(answer, this.now());
      await this.apply(next.commandId, outcome);
      if (outcome.type === 'failed') {
        if (outcome.kind === 'login') {
          this.paused = true;
          this.emit();
          return;
        }
        break;
      }
    }
    this.schedule();
  }

  /** Wakes up when the earliest waiting mark's back-off is over. */
  private schedule(): void {
    if (!this.judgeId) return;
    const at = nextRetryAt(this.marks, this.judgeId);
    if (at === undefined) return;
    this.timer = setTimeout(() => void this.flush(), Math.max(0, at - this.now()));
  }

  private async apply(commandId: string, event: OutboxEvent): Promise<OutboxMark> {
    const mark = this.marks.find((m) => m.commandId === commandId);
    if (!mark) throw new Error(`No mark ${commandId} on this tablet`);
    return this.persist(transition(mark, event));
  }

  private async persist(mark: OutboxMark): Promise<OutboxMark> {
    await this.options.store.put(mark);
    const index = this.marks.findIndex((m) => m.commandId === mark.commandId);
    this.marks = index < 0 ? [...this.marks, mark] : this.marks.map((m, i) => (i === index ? mark : m));
    this.emit();
    return mark;
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
