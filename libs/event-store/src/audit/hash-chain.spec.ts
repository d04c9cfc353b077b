import { createHash } from 'node:crypto';
import { ChainIndex } from './chain-index.js';
import { ChainVerifier, EMPTY_CHAIN, eventHash, type ExportedEvent, GENESIS_HASH, HashChain, type ChainedContent } from './hash-chain.js';

const content = (position: number, data: unknown = { n: position }): ChainedContent => ({
  position,
  streamId: `s-${position % 3}`,
  revision: Math.floor(position / 3),
  id: `00000000-0000-4000-8000-${String(position).padStart(12, '0')}`,
  type: position % 2 ? 'MarkSubmitted' : 'EntrySubmitted',
  data,
  metadata: { actor: { userId: 'u-1', role: 'judge' }, occurredAt: '2026-11-24T08:00:00.000Z', device: 'tab-1' },
});

/** A log as an export gives it: positions with gaps (as KurrentDB's are), each linked to the one before. */
function exportOf(positions: number[]): ExportedEvent[] {
  const chain = new HashChain();
  return positions.map((p) => {
    const event = content(p);
    return { ...event, ...chain.next(event) };
  });
}

describe('event hash', () => {
  const event = content(7, { competitorNumber: 7, mark: 2.5, aspectId: 'A1' });

  it('is SHA-256 over the canonical JSON of the content, the position and the previous hash', () => {
    const canonical =
      '{"data":{"aspectId":"A1","competitorNumber":7,"mark":2.5},"id":"00000000-0000-4000-8000-000000000007",' +
      '"metadata":{"actor":{"role":"judge","userId":"u-1"},"device":"tab-1","occurredAt":"2026-11-24T08:00:00.000Z"},' +
      `"position":7,"prevHash":"${GENESIS_HASH}","revision":2,"streamId":"s-1","type":"MarkSubmitted"}`;
    expect(eventHash(event, GENESIS_HASH)).toBe(createHash('sha256').update(canonical).digest('hex'));
  });

  it('changes with every field it covers and not with the order of keys', () => {
    const base = eventHash(event, GENESIS_HASH);
    const changed: Array<Partial<ChainedContent>> = [
      { position: 8 },
      { streamId: 's-9' },
      { revision: 3 },
      { id: 'other' },
      { type: 'CorrectionApproved' },
      { data: { competitorNumber: 7, mark: 2.25, aspectId: 'A1' } },
      { metadata: { ...(event.metadata as object), device: 'tab-2' } },
    ];
    for (const change of changed) expect(eventHash({ ...event, ...change }, GENESIS_HASH)).not.toBe(base);
    expect(eventHash(event, 'f'.repeat(64))).not.toBe(base);
    const reordered = {
      metadata: event.metadata,
      data: { aspectId: 'A1', mark: 2.5, competitorNumber: 7 },
      type: event.type,
      id: event.id,
      revision: event.revision,
      streamId: event.streamId,
      position: event.position,
    };
    expect(eventHash(reordered, GENESIS_HASH)).toBe(base);
  });
});

describe('HashChain', () => {
  it('links each event to the hash of the one before, from the genesis hash', () => {
    const chain = new HashChain();
    const first = chain.next(content(1));
    const second = chain.next(content(5));
    expect(first.prevHash).toBe(GENESIS_HASH);
    expect(second.prevHash).toBe(first.hash);
    expect(second.hash).toBe(eventHash(content(5), first.hash));
    expect(chain.head).toEqual({ position: 5, hash: second.hash });
  });

  it('refuses an event that does not come after the head', () => {
    const chain = new HashChain({ position: 5, hash: GENESIS_HASH });
    expect(() => chain.next(content(5))).toThrow(/does not follow position 5/);
  });
});

describe('ChainVerifier', () => {
  const verify = (lines: unknown[]) => {
    const verifier = new ChainVerifier();
    for (const line of lines) verifier.add(line);
    return verifier.verdict();
  };

  it('accepts an intact export and gives its head', () => {
    const lines = exportOf([1, 2, 4, 9, 10]);
    expect(verify(lines)).toEqual({ ok: true, events: 5, head: { position: 10, hash: lines[4].hash } });
    expect(verify([])).toEqual({ ok: true, events: 0, head: EMPTY_CHAIN });
  });

  it('names the first event whose content was changed, with the hash expected and the one found', () => {
    const lines = exportOf([1, 2, 3, 4, 5]);
    const tampered = lines.map((l) => ({ ...l }));
    tampered[2].data = { n: 300 };
    tampered[4].type = 'Changed too';
    const verdict = verify(tampered);
    expect(verdict).toEqual({
      ok: false,
      events: 2,
      mismatch: {
        line: 3,
        position: 3,
        id: lines[2].id,
        type: lines[2].type,
        problem: 'content',
        expected: eventHash(tampered[2], lines[1].hash),
        found: lines[2].hash,
      },
    });
  });

  it('notices a removed event, a reordering and a changed metadata field', () => {
    const lines = exportOf([1, 2, 3, 4]);
    expect(verify([lines[0], lines[2], lines[3]])).toMatchObject({
      ok: false,
      mismatch: { position: 3, problem: 'link', expected: lines[0].hash, found: lines[1].hash },
    });
    expect(verify([lines[0], lines[2], lines[1]])).toMatchObject({ ok: false, mismatch: { position: 3, problem: 'link' } });
    expect(verify([lines[0], lines[1], lines[0]])).toMatchObject({ ok: false, mismatch: { line: 3, position: 1, problem: 'order' } });
    const reason = lines.map((l) => ({ ...l }));
    reason[1].metadata = { ...(reason[1].metadata as object), reason: 'added later' };
    expect(verify(reason)).toMatchObject({ ok: false, mismatch: { position: 2, problem: 'content' } });
  });

  it('reports an event deleted from a store as a broken link at its own position', () => {
    const lines = exportOf([1, 2, 3, 4]);
    // What an export of the store computes: each prevHash from the row before (event 2 is gone).
    const deleted = [lines[0], { ...lines[2], prevHash: lines[0].hash }, { ...lines[3] }];
    expect(verify(deleted)).toMatchObject({ ok: false, mismatch: { line: 2, position: 2, id: null, problem: 'link' } });
  });

  it('notices an event whose hashes were recomputed after a change: the next event no longer matches', () => {
    const lines = exportOf([1, 2, 3]);
    const forged = { ...lines[1], data: { n: 999 } };
    forged.hash = eventHash(forged, lines[0].hash);
    expect(verify([lines[0], forged, lines[2]])).toMatchObject({
      ok: false,
      mismatch: { position: 3, problem: 'link', expected: forged.hash, found: lines[1].hash },
    });
  });

  it('reports a line that is not an exported event', () => {
    const [first] = exportOf([1]);
    expect(verify([{ ...first, hash: null }])).toMatchObject({
      ok: false,
      mismatch: { line: 1, position: 1, problem: 'format', found: 'hash is not 64 hex digits' },
    });
    expect(verify(['text'])).toMatchObject({ ok: false, mismatch: { line: 1, position: null, problem: 'format' } });
  });

  it('remembers the hash at watched positions (published checkpoints)', () => {
    const lines = exportOf([1, 2, 3]);
    const verifier = new ChainVerifier(EMPTY_CHAIN, new Set([2, 7]));
    for (const line of lines) verifier.add(line);
    expect(verifier.hashAt(2)).toBe(lines[1].hash);
    expect(verifier.hashAt(7)).toBeUndefined();
  });
});

describe('ChainIndex (chaining on read)', () => {
  const log = (positions: number[]) => positions.map((p) => content(p));

  function indexOver(events: ChainedContent[], anchorEvery = 4) {
    const reads = { calls: 0, events: 0 };
    const index = new ChainIndex(
      async (after, maxCount) => {
        const page = events.filter((e) => e.position > after).slice(0, maxCount);
        reads.calls += 1;
        reads.events += page.length;
        return page;
      },
      { anchorEvery, pageSize: 3 },
    );
    return { index, reads };
  }

  it('links events read after any position exactly as the chain from the start does', async () => {
    const events = log([2, 3, 5, 8, 13, 21, 34, 55, 89, 144]);
    const expected = exportOf(events.map((e) => e.position));
    const { index } = indexOver(events);
    for (const after of [0, 1, 2, 13, 20, 55, 144, 200]) {
      const rest = events.filter((e) => e.position > after);
      const linked = await index.link(after, rest);
      expect(linked.map((e) => [e.position, e.hash])).toEqual(expected.filter((e) => e.position > after).map((e) => [e.position, e.hash]));
    }
    expect(await index.head()).toEqual({ position: 144, hash: expected[9].hash });
    expect(await index.headAt(50)).toEqual({ position: 34, hash: expected[6].hash });
    expect(await index.headAt(1)).toEqual(EMPTY_CHAIN);
  });

  it('walks the whole log once; later reads start from the nearest anchor', async () => {
    const events = log(Array.from({ length: 40 }, (_, i) => i + 1));
    const { index, reads } = indexOver(events, 4);
    await index.head();
    expect(reads.events).toBe(40);
    reads.events = 0;
    await index.headAt(30);
    // From the anchor at 28: events 29 and 30, and the rest of their page.
    expect(reads.events).toBeLessThanOrEqual(3 + 3);
    reads.events = 0;
    await index.head();
    expect(reads.events).toBe(0);
  });

  it('reads nothing to link a page that goes on where the last one stopped', async () => {
    const events = log(Array.from({ length: 10 }, (_, i) => i + 1));
    const { index, reads } = indexOver(events);
    await index.link(0, events.slice(0, 5));
    reads.calls = 0;
    await index.link(5, events.slice(5));
    expect(reads.calls).toBe(0);
  });

  it('follows a log that grows', async () => {
    const events = log([1, 2, 3]);
    const { index } = indexOver(events);
    const before = await index.head();
    events.push(content(4));
    const linked = await index.link(3, [events[3]]);
    expect(linked[0].hash).toBe(eventHash(events[3], before.hash));
    expect(await index.head()).toEqual({ position: 4, hash: linked[0].hash });
  });
});
