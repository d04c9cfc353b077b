import type { EventMetadata, StoredEvent } from '#event-store';
import { checkpointOf } from './checkpoints.js';
import { entryHistory, markHistory, maskPersonalData, resultHistory } from './history.js';
import { Timeline } from './timeline.js';

let position = 0;
const meta = (userId: string, role: string, extra: Partial<EventMetadata> = {}): EventMetadata => ({
  actor: { userId, role },
  commandId: 'c',
  correlationId: 'c',
  causationId: 'c',
  occurredAt: `2026-11-24T09:00:${String(position).padStart(2, '0')}.000Z`,
  schemaVersion: 1,
  ...extra,
});
const at = (
  streamId: string,
  type: string,
  data: Record<string, unknown>,
  metadata = meta('u-judge-1', 'judge', { device: 'tab-1' }),
): StoredEvent => {
  position += 1;
  return {
    position,
    streamId,
    revision: position,
    id: `e-${position}`,
    type,
    data,
    metadata: { ...metadata, occurredAt: `2026-11-24T09:00:${String(position).padStart(2, '0')}.000Z` },
    recordedAt: '',
  };
};

describe('mark history', () => {
  const sheet = 'scoresheet-t1-7';
  const address = { tradeId: 't1', competitorNumber: 7 };
  const events = (): StoredEvent[] => {
    position = 0;
    return [
      at(sheet, 'AspectOpened', { ...address, aspectId: 'A1', judgeId: 'j1', deviceId: 'tab-1', expiresAt: 'x' }),
      at(sheet, 'MarkSubmitted', { ...address, aspectId: 'A1', judgeId: 'j1', mark: 3 }),
      at(sheet, 'MarkSubmitted', { ...address, aspectId: 'A2', judgeId: 'j1', mark: 1 }),
      at(sheet, 'SpreadFlagged', { ...address, aspectId: 'A1', round: 1, marks: [], spread: 2 }),
      at(
        sheet,
        'CorrectionRequested',
        {
          ...address,
          correctionId: 'k1',
          aspectId: 'A1',
          judgeId: 'j1',
          from: 3,
          to: 2,
          reason: 'transcription error',
          requestedBy: 'u-chief',
        },
        meta('u-chief', 'chief_judge', { device: 'desk-1' }),
      ),
      at(sheet, 'CorrectionRequested', {
        ...address,
        correctionId: 'k2',
        aspectId: 'A2',
        judgeId: 'j1',
        from: 1,
        to: 0,
        reason: 'other aspect',
        requestedBy: 'u-chief',
      }),
      at(sheet, 'CorrectionRejected', { ...address, correctionId: 'k1', reason: 'the photo shows 3' }, meta('u-organiser', 'organiser')),
      at(sheet, 'CorrectionRejected', { ...address, correctionId: 'k2', reason: 'no' }),
      at(sheet, 'ModuleSignedOff', { ...address, moduleId: 'M1', checkpoint: null }),
      at(sheet, 'ModuleSignedOff', { ...address, moduleId: 'M2', checkpoint: null }),
      at(sheet, 'AppealRemedyApplied', {
        ...address,
        appealId: 'ap1',
        remedy: { kind: 'remark', aspectIds: ['A1', 'A3'] },
        reopenedModules: ['M1'],
      }),
      at(sheet, 'AppealRemedyApplied', {
        ...address,
        appealId: 'ap2',
        remedy: { kind: 'correction', aspectId: 'A2', judgeId: 'j1', from: 1, to: 0 },
        reopenedModules: [],
      }),
      at(sheet, 'JudgeSubstituted', { ...address, judgeId: 'j1', substituteId: 'j4', reason: 'same employer' }),
    ];
  };

  it('takes every event that touched the aspect, with who, device, when and why', () => {
    const history = markHistory(events(), 'A1', 'M1');
    expect(history.map((h) => h.type)).toEqual([
      'AspectOpened',
      'MarkSubmitted',
      'SpreadFlagged',
      'CorrectionRequested',
      'CorrectionRejected',
      'ModuleSignedOff',
      'AppealRemedyApplied',
    ]);
    expect(history[3]).toMatchObject({
      actor: { userId: 'u-chief', role: 'chief_judge' },
      device: 'desk-1',
      reason: 'transcription error',
      occurredAt: '2026-11-24T09:00:05.000Z',
      position: 5,
    });
    expect(history[4]).toMatchObject({ actor: { userId: 'u-organiser', role: 'organiser' }, device: null, reason: 'the photo shows 3' });
    expect(history[1].summary).toEqual({ ...address, aspectId: 'A1', judgeId: 'j1', mark: 3 });
  });

  it('takes a correction remedy of the aspect and the sign-off of its own module only', () => {
    expect(markHistory(events(), 'A2', 'M2').map((h) => h.position)).toEqual([3, 6, 8, 10, 12]);
  });
});

describe('personal data in histories', () => {
  it('masks ID numbers and phones wherever they are, hides what it cannot read and drops password hashes', () => {
    const data = {
      name: '王芳',
      idNumber: '210102199003071233',
      phone: '13800138001',
      members: [{ name: '李强', idNumber: 'enc:v1:AbC', phone: { ciphertext: 'x' } }],
      passwordHash: '$argon2id$...',
    };
    expect(maskPersonalData(data)).toEqual({
      name: '王芳',
      idNumber: '2101**********1233',
      phone: '138****8001',
      members: [{ name: '李强', idNumber: '[hidden]', phone: '[hidden]' }],
    });
  });
});

describe('entry history', () => {
  it('gathers the entry stream, its quota slot, its draw and check-in, in global order', () => {
    position = 0;
    const submitted = at(
      'entry-a',
      'EntrySubmitted',
      { entryId: 'a', tradeId: 't1', name: '王芳', idNumber: '210102199003071233', phone: '13800138001' },
      meta('u-reviewer', 'city_reviewer', { device: 'pc-3' }),
    );
    const otherSlot = at('quota-t1-shenyang', 'QuotaSlotTaken', { tradeId: 't1', city: 'shenyang', entryId: 'b' });
    const slot = at('quota-t1-shenyang', 'QuotaSlotTaken', { tradeId: 't1', city: 'shenyang', entryId: 'a' });
    const approved = at('entry-a', 'EntryApprovedByCity', { entryId: 'a', tradeId: 't1', city: 'shenyang' });
    const drawn = at('trade-t1', 'LotsDrawn', {
      tradeId: 't1',
      assignments: [
        { entryId: 'b', competitorNumber: 1 },
        { entryId: 'a', competitorNumber: 2, session: 1, workstation: 2 },
      ],
    });
    const otherCheckIn = at('trade-t1', 'CompetitorCheckedIn', { tradeId: 't1', competitorNumber: 1 });
    const closed = at('trade-t1', 'CheckInClosed', { tradeId: 't1', absent: [2] });
    const history = entryHistory('a', { entry: [submitted, approved], quota: [otherSlot, slot], trade: [drawn, otherCheckIn, closed] });
    expect(history.map((h) => [h.position, h.type])).toEqual([
      [1, 'EntrySubmitted'],
      [3, 'QuotaSlotTaken'],
      [4, 'EntryApprovedByCity'],
      [5, 'LotsDrawn'],
      [7, 'CheckInClosed'],
    ]);
    expect(history[0]).toMatchObject({
      actor: { role: 'city_reviewer' },
      device: 'pc-3',
      summary: { idNumber: '2101**********1233', phone: '138****8001' },
    });
    expect(history[3].summary).toEqual({ tradeId: 't1', entryId: 'a', competitorNumber: 2, session: 1, workstation: 2 });
    expect(history[4].summary).toEqual({ tradeId: 't1', competitorNumber: 2, absent: true });
  });
});

describe('result history', () => {
  it("takes the contestant's results, standings, sheet decisions, appeals and the trade's publication", () => {
    position = 0;
    const mine = at('results-t1', 'ResultCalculated', { tradeId: 't1', competitorNumber: 2, total: 50 });
    const theirs = at('results-t1', 'ResultCalculated', { tradeId: 't1', competitorNumber: 1, total: 40 });
    const ranked = at('ranking-t1', 'TradeRanked', {
      tradeId: 't1',
      resultsRevision: 1,
      standings: [
        { competitorNumber: 1, rank: 2 },
        { competitorNumber: 2, rank: 1, prize: 'first' },
      ],
    });
    const mark = at('scoresheet-t1-2', 'MarkSubmitted', { tradeId: 't1', competitorNumber: 2, aspectId: 'A1', mark: 3 });
    const signed = at('scoresheet-t1-2', 'ModuleSignedOff', { tradeId: 't1', competitorNumber: 2, moduleId: 'M1', checkpoint: null });
    const published = at('trade-t1', 'ResultsPublished', { tradeId: 't1', publishedAt: 'p', checkpoint: null });
    const filed = at(
      'appeal-ap1',
      'AppealFiled',
      { appealId: 'ap1', tradeId: 't1', competitorNumber: 2, reason: 'A1 was higher' },
      meta('u-wang', 'contestant'),
    );
    const decided = at(
      'appeal-ap1',
      'AppealDecided',
      { appealId: 'ap1', tradeId: 't1', competitorNumber: 2, decision: 'rejected', reasons: 'the photos confirm the mark' },
      meta('u-arb', 'arbitration'),
    );
    const history = resultHistory(2, {
      results: [mine, theirs],
      ranking: [ranked],
      trade: [published],
      sheet: [mark, signed],
      appeals: [filed, decided],
    });
    expect(history.map((h) => h.type)).toEqual([
      'ResultCalculated',
      'TradeRanked',
      'ModuleSignedOff',
      'ResultsPublished',
      'AppealFiled',
      'AppealDecided',
    ]);
    expect(history[1].summary).toEqual({ tradeId: 't1', competitorNumber: 2, rank: 1, prize: 'first' });
    expect(history[5]).toMatchObject({ actor: { userId: 'u-arb', role: 'arbitration' }, reason: 'the photos confirm the mark' });
  });
});

describe('checkpoints and the timeline', () => {
  it('reads a checkpoint recorded by a sign-off or a publication, and only a well-formed one', () => {
    position = 99;
    const hash = 'b'.repeat(64);
    expect(
      checkpointOf(
        at('scoresheet-t1-2', 'ModuleSignedOff', {
          tradeId: 't1',
          competitorNumber: 2,
          moduleId: 'M1',
          checkpoint: { position: 98, hash },
        }),
      ),
    ).toEqual({
      recordedAt: { position: 100, type: 'ModuleSignedOff', occurredAt: '2026-11-24T09:00:100.000Z' },
      tradeId: 't1',
      competitorNumber: 2,
      moduleId: 'M1',
      position: 98,
      hash,
    });
    expect(checkpointOf(at('trade-t1', 'ResultsPublished', { tradeId: 't1', checkpoint: null }))).toBeUndefined();
    expect(checkpointOf(at('trade-t1', 'ResultsPublished', { tradeId: 't1', checkpoint: { position: 3, hash: 'nope' } }))).toBeUndefined();
    expect(checkpointOf(at('trade-t1', 'MarkSubmitted', { tradeId: 't1', checkpoint: { position: 3, hash } }))).toBeUndefined();
  });

  it('turns a moment into the position of the last event that happened at or before it', () => {
    const timeline = new Timeline();
    const times = ['2026-11-24T09:00:00Z', '2026-11-24T09:00:05Z', '2026-11-24T09:00:04Z', '2026-11-24T09:00:10Z'];
    times.forEach((t, i) => timeline.add((i + 1) * 10, t));
    for (let i = 0; i < 2000; i++) timeline.add(100 + i, '2026-11-24T10:00:00Z'); // grows past its first capacity
    expect(timeline.positionAt(new Date('2026-11-24T08:59:59Z'))).toBe(0);
    expect(timeline.positionAt(new Date('2026-11-24T09:00:04.5Z'))).toBe(30); // the third event, though the second is later
    expect(timeline.positionAt(new Date('2026-11-24T09:00:06Z'))).toBe(30);
    expect(timeline.positionAt(new Date('2026-11-24T11:00:00Z'))).toBe(2099);
    expect(timeline.occurredAt(25)).toBe('2026-11-24T09:00:05.000Z');
    expect(timeline.occurredAt(5)).toBeUndefined();
  });
});
