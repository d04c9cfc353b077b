import { Outbox, type SendMark } from './outbox';
import type { MarkStore } from './judge-db';
import {
  backoffMs,
  createMark,
  InvalidTransition,
  isUnsent,
  latestFor,
  nextToSend,
  outcomeOf,
  transition,
  type OutboxMark,
} from './outbox-state';

const input = { tradeId: 't001', competitorNumber: 7, aspectId: 'A1', mark: 2 };
const fresh = (commandId = 'c1', now = 1_000, judgeId = 'judge-1') => createMark(input, { commandId, judgeId }, now);

describe('a mark on the tablet (state machine)', () => {
  it('is saved with its commandId before anything is sent, and counts as unsent', () => {
    const mark = fresh();
    expect(mark).toMatchObject({ state: 'saved', commandId: 'c1', attempts: 0, retryAt: 1_000, createdAt: new Date(1_000).toISOString() });
    expect(isUnsent(mark)).toBe(true);
  });

  it('saved → sent → confirmed on a 2xx answer', () => {
    const sent = transition(fresh(), { type: 'sending' });
    expect(sent).toMatchObject({ state: 'sent', attempts: 1 });
    expect(isUnsent(sent)).toBe(true);
    const confirmed = transition(sent, outcomeOf({ status: 201, message: '' }, 5_000));
    expect(confirmed).toMatchObject({ state: 'confirmed', confirmedAt: new Date(5_000).toISOString(), commandId: 'c1' });
    expect(isUnsent(confirmed)).toBe(false);
  });

  it('a refusal (403, 404, 409, 422) keeps the reason and is not retried by itself', () => {
    for (const status of [400, 403, 404, 409, 422]) {
      const refused = transition(transition(fresh(), { type: 'sending' }), outcomeOf({ status, message: 'open on another tablet' }, 2_000));
      expect(refused).toMatchObject({ state: 'refused', refusal: { status, message: 'open on another tablet' } });
      expect(isUnsent(refused)).toBe(false);
      expect(nextToSend([refused], 'judge-1', Number.MAX_SAFE_INTEGER)).toBeUndefined();
    }
  });

  it('no answer, server trouble, throttling and an expired login put it back to saved with a growing back-off', () => {
    const cases: Array<[Parameters<typeof outcomeOf>[0], string]> = [
      ['network', 'network'],
      [{ status: 503, message: 'unavailable' }, 'server'],
      [{ status: 429, message: 'slow down' }, 'server'],
      [{ status: 401, message: 'log in again' }, 'login'],
    ];
    for (const [answer, kind] of cases) {
      const once = transition(transition(fresh(), { type: 'sending' }), outcomeOf(answer, 10_000));
      expect(once).toMatchObject({ state: 'saved', lastFailure: kind, attempts: 1, retryAt: 10_000 + 1_000 });
      const twice = transition(transition(once, { type: 'sending' }), outcomeOf(answer, 20_000));
      expect(twice).toMatchObject({ state: 'saved', attempts: 2, retryAt: 20_000 + 2_000 });
    }
    expect([1, 2, 3, 4, 5, 6, 10].map(backoffMs)).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
  });

  it('a mark refused because another tablet holds the aspect waits and is tried again by itself, at least every 5 s', () => {
    let mark = fresh();
    const lease = { status: 409, message: 'Aspect A1 is open on another tablet', code: 'marking.aspect_open_elsewhere' };
    const retries: number[] = [];
    for (let i = 0; i < 6; i++) {
      mark = transition(transition(mark, { type: 'sending' }), outcomeOf(lease, 100_000));
      expect(mark).toMatchObject({ state: 'saved', lastFailure: 'lease' });
      expect(isUnsent(mark)).toBe(true);
      retries.push(mark.retryAt - 100_000);
    }
    expect(retries).toEqual([1_000, 2_000, 4_000, 5_000, 5_000, 5_000]);
    expect(nextToSend([mark], 'judge-1', 105_000)?.commandId).toBe('c1');
    // Any other conflict is still a refusal for the judge to read.
    const other = transition(
      transition(fresh(), { type: 'sending' }),
      outcomeOf({ status: 409, message: 'signed off', code: 'conflict' }, 1),
    );
    expect(other.state).toBe('refused');
  });

  it('a mark that was in flight when the page went away is saved again, due at once, with the same commandId', () => {
    const sent = transition(fresh('c9', 1_000), { type: 'sending' });
    const restarted = transition(sent, { type: 'restarted' });
    expect(restarted).toMatchObject({ state: 'saved', commandId: 'c9', retryAt: 0 });
    expect(transition(fresh(), { type: 'restarted' })).toEqual(fresh());
  });

  it('the judge can ask to send a refused mark again; the refusal is forgotten', () => {
    const refused = transition(transition(fresh(), { type: 'sending' }), { type: 'refused', status: 409, message: 'locked' });
    const again = transition(refused, { type: 'retry', at: 50_000 });
    expect(again).toMatchObject({ state: 'saved', retryAt: 50_000, commandId: 'c1' });
    expect(again.refusal).toBeUndefined();
  });

  it('refuses moves that make no sense', () => {
    const confirmed = transition(transition(fresh(), { type: 'sending' }), { type: 'accepted', at: 1 });
    expect(() => transition(confirmed, { type: 'sending' })).toThrow(InvalidTransition);
    expect(() => transition(confirmed, { type: 'retry', at: 1 })).toThrow(InvalidTransition);
    expect(() => transition(fresh(), { type: 'accepted', at: 1 })).toThrow(InvalidTransition);
    expect(() => transition(fresh(), { type: 'failed', kind: 'network', at: 1 })).toThrow(InvalidTransition);
  });

  it('sends the oldest due mark of the logged-in judge only', () => {
    const marks: OutboxMark[] = [
      fresh('c3', 3_000),
      fresh('c1', 1_000, 'judge-2'),
      { ...fresh('c2', 2_000), retryAt: 9_000 },
      fresh('c4', 4_000),
    ];
    expect(nextToSend(marks, 'judge-1', 5_000)?.commandId).toBe('c3');
    expect(nextToSend(marks, 'judge-1', 9_000)?.commandId).toBe('c2');
    expect(nextToSend(marks, 'judge-2', 1_000)?.commandId).toBe('c1');
    expect(nextToSend(marks, 'judge-2', 999)).toBeUndefined();
  });

  it('shows the latest mark of an aspect: a new mark after a refusal replaces it', () => {
    const refused: OutboxMark = { ...fresh('c1', 1_000), state: 'refused', refusal: { status: 409, message: 'x' } };
    const second = fresh('c2', 2_000);
    const key = { judgeId: 'judge-1', tradeId: 't001', competitorNumber: 7, aspectId: 'A1' };
    expect(latestFor([second, refused], key)?.commandId).toBe('c2');
    expect(latestFor([refused], { ...key, aspectId: 'A2' })).toBeUndefined();
  });
});

/** The outbox over a store kept in a Map (IndexedDB itself is exercised by the browser test). */
class MapStore implements MarkStore {
  readonly rows = new Map<string, OutboxMark>();
  readonly writes: OutboxMark[] = [];
  async all() {
    return [...this.rows.values()];
  }
  async put(mark: OutboxMark) {
    this.rows.set(mark.commandId, mark);
    this.writes.push(mark);
  }
  async delete(commandId: string) {
    this.rows.delete(commandId);
  }
}

describe('the outbox', () => {
  let ids = 0;
  const newCommandId = () => `cmd-${++ids}`;

  it('writes the mark to the store before it sends it, and confirms it on the answer', async () => {
    const store = new MapStore();
    const seenInStoreWhenSent: boolean[] = [];
    const send: SendMark = async (mark) => {
      seenInStoreWhenSent.push(store.rows.get(mark.commandId)?.state === 'sent');
      return { status: 201, message: '' };
    };
    const outbox = new Outbox({ store, send, newCommandId });
    await outbox.startSending('judge-1');
    const mark = await outbox.add(input, 'judge-1');
    expect(store.writes[0]).toMatchObject({ commandId: mark.commandId, state: 'saved' });
    await outbox.flush();
    expect(seenInStoreWhenSent).toEqual([true]);
    expect(store.rows.get(mark.commandId)?.state).toBe('confirmed');
  });

  it('offline: keeps marks saved; back online: sends each once, in order, with its own commandId', async () => {
    const store = new MapStore();
    let online = false;
    const sent: string[] = [];
    const send: SendMark = async (mark) => {
      sent.push(mark.commandId);
      return { status: 201, message: '' };
    };
    const outbox = new Outbox({ store, send, newCommandId, isOnline: () => online });
    await outbox.startSending('judge-1');
    const a = await outbox.add({ ...input, aspectId: 'A1' }, 'judge-1');
    const b = await outbox.add({ ...input, aspectId: 'A2' }, 'judge-1');
    await outbox.flush();
    expect(sent).toEqual([]);
    expect(outbox.all.filter(isUnsent)).toHaveLength(2);

    online = true;
    await outbox.wakeUp();
    await outbox.flush();
    expect(sent).toEqual([a.commandId, b.commandId]);
    expect(outbox.all.map((m) => m.state)).toEqual(['confirmed', 'confirmed']);
  });

  it('a network failure is retried with the same commandId after its back-off', async () => {
    const store = new MapStore();
    let clock = 0;
    const answers: Array<'network' | { status: number; message: string }> = ['network', { status: 201, message: '' }];
    const sent: string[] = [];
    const outbox = new Outbox({
      store,
      newCommandId,
      now: () => clock,
      send: async (mark) => {
        sent.push(mark.commandId);
        return answers.shift()!;
      },
    });
    await outbox.startSending('judge-1');
    const mark = await outbox.add(input, 'judge-1');
    await outbox.flush();
    expect(outbox.all[0]).toMatchObject({ state: 'saved', lastFailure: 'network', retryAt: 1_000 });
    await outbox.flush();
    expect(sent).toHaveLength(1);
    clock = 1_000;
    await outbox.flush();
    expect(sent).toEqual([mark.commandId, mark.commandId]);
    expect(outbox.all[0]!.state).toBe('confirmed');
    outbox.dispose();
  });

  it('a reload finds a mark that was in flight and sends it again with the same commandId', async () => {
    const store = new MapStore();
    const inFlight = transition(fresh('cmd-reload', 0), { type: 'sending' });
    await store.put(inFlight);
    const sent: string[] = [];
    const outbox = new Outbox({ store, newCommandId, send: async (m) => (sent.push(m.commandId), { status: 201, message: '' }) });
    await outbox.ready;
    expect(outbox.all[0]!.state).toBe('saved');
    await outbox.startSending('judge-1');
    expect(sent).toEqual(['cmd-reload']);
  });

  it('an expired login stops sending until a new session starts; nothing is lost', async () => {
    const store = new MapStore();
    const answers = [
      { status: 401, message: 'log in again' },
      { status: 201, message: '' },
      { status: 201, message: '' },
    ];
    const outbox = new Outbox({ store, newCommandId, send: async () => answers.shift()! });
    await outbox.startSending('judge-1');
    await outbox.add({ ...input, aspectId: 'A1' }, 'judge-1');
    await outbox.add({ ...input, aspectId: 'A2' }, 'judge-1');
    await outbox.flush();
    expect(outbox.waitingForLogin).toBe(true);
    expect(outbox.all.filter(isUnsent)).toHaveLength(2);
    await outbox.startSending('judge-1');
    await outbox.wakeUp();
    expect(outbox.all.map((m) => m.state)).toEqual(['confirmed', 'confirmed']);
  });

  it('a refused mark can be discarded; a confirmed one cannot', async () => {
    const store = new MapStore();
    const answers = [
      { status: 409, message: 'Aspect A1 is open on another tablet' },
      { status: 201, message: '' },
    ];
    const outbox = new Outbox({ store, newCommandId, send: async () => answers.shift()! });
    await outbox.startSending('judge-1');
    const refused = await outbox.add({ ...input, aspectId: 'A1' }, 'judge-1');
    const confirmed = await outbox.add({ ...input, aspectId: 'A2' }, 'judge-1');
    await outbox.flush();
    expect(outbox.all.find((m) => m.commandId === refused.commandId)).toMatchObject({ state: 'refused', refusal: { status: 409 } });
    await outbox.discard(refused.commandId);
    await outbox.discard(confirmed.commandId);
    expect(outbox.all.map((m) => m.commandId)).toEqual([confirmed.commandId]);
    expect([...store.rows.keys()]).toEqual([confirmed.commandId]);
  });
});
