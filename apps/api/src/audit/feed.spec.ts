import type { StoredEvent } from '#event-store';
import { feedOf, FeedProjection, type PublishedResults } from './feed.js';

let position = 0;
const stored = (streamId: string, type: string, data: Record<string, unknown>): StoredEvent => {
  position += 1;
  return {
    position,
    streamId,
    revision: 0,
    id: `e-${position}`,
    type,
    data,
    metadata: {
      actor: { userId: 'u-organiser', role: 'organiser' },
      commandId: 'c',
      correlationId: 'c',
      causationId: 'c',
      occurredAt: `2026-11-24T08:00:${String(position).padStart(2, '0')}.000Z`,
      schemaVersion: 1,
    },
    recordedAt: '2026-11-24T08:00:00.000Z',
  };
};

const ID_1 = '210102199003071234';
const PHONE_1 = '13800138001';
const standing = (competitorNumber: number, total: number, rank: number, prize: string | null) => ({
  competitorNumber,
  total,
  rank,
  prize,
  standardised: null,
  medallion: false,
  honours: rank === 1 ? ['technical_expert'] : [],
});

function contestUpToTheDraw(): StoredEvent[] {
  position = 0;
  return [
    stored('contest-c1', 'ContestDefined', { contestId: 'c1', name: '技能大赛', year: 2026, demo: true }),
    stored('contest-c1', 'ContestEventDefined', {
      contestId: 'c1',
      event: { id: 'ev1', name: '物联网', nameEn: 'IoT', category: 'iot', organisingUnit: 'x', venue: '沈阳', date: '2026-11-24' },
      tradeIds: ['t1'],
    }),
    stored('trade-t1', 'TradeDefined', {
      contestId: 'c1',
      trade: {
        id: 't1',
        eventId: 'ev1',
        name: '电工',
        nameEn: 'Electrician',
        teamSize: 1,
        weights: { theory: 30, practical: 70 },
        panelSize: 3,
        theory: { answerKey: ['SECRET-KEY'] },
        scheme: { subCriteria: [] },
      },
    }),
    stored('entry-a', 'EntrySubmitted', {
      entryId: 'a',
      contestId: 'c1',
      tradeId: 't1',
      name: '王芳',
      idNumber: ID_1,
      phone: PHONE_1,
      employer: { name: '沈阳电力', creditCode: 'X', techBased: true },
      city: 'shenyang',
      skillLevel: 'level-3',
      members: [],
    }),
    stored('entry-b', 'EntrySubmitted', {
      entryId: 'b',
      contestId: 'c1',
      tradeId: 't1',
      name: '李强',
      idNumber: '210102199003072345',
      phone: '13800138002',
      employer: { name: '大连港', creditCode: 'Y', techBased: false },
      city: 'dalian',
      skillLevel: 'level-3',
      members: [],
    }),
    stored('trade-t1', 'LotsDrawn', {
      tradeId: 't1',
      seed: 's',
      commitment: 'h',
      confirmedEntryIds: ['a', 'b'],
      assignments: [
        { entryId: 'b', competitorNumber: 1 },
        { entryId: 'a', competitorNumber: 2 },
      ],
    }),
  ];
}

const result = (competitorNumber: number, sheetRevision: number, practical: number) =>
  stored('results-t1', 'ResultCalculated', {
    tradeId: 't1',
    competitorNumber,
    sheetRevision,
    theory: 80,
    practical,
    total: practical,
    markedAspects: 1,
    totalAspects: 1,
    keyAspects: [],
    status: 'complete',
  });

describe('the public feed', () => {
  it('announces the contest, its events and trades by name only', () => {
    const feed = feedOf(contestUpToTheDraw());
    expect(feed.map((f) => [f.type, f.id, f.token])).toEqual([
      ['contest', 'c1', '1'],
      ['events', 'ev1', '2'],
      ['trades', 't1', '3'],
    ]);
    expect(feed[2].data).toEqual({
      name: '电工',
      nameEn: 'Electrician',
      eventId: 'ev1',
      teamSize: 1,
      weights: { theory: 30, practical: 70 },
    });
    expect(feed[2].time).toBe('2026-11-24T08:00:03.000Z');
    expect(JSON.stringify(feed)).not.toContain('SECRET-KEY');
  });

  it('puts nothing of the marking in until the results are published, then the results with the checkpoint', () => {
    const events = contestUpToTheDraw();
    const before = feedOf(events).length;
    events.push(
      stored('scoresheet-t1-1', 'MarkSubmitted', { tradeId: 't1', competitorNumber: 1, aspectId: 'A1', judgeId: 'j', mark: 3 }),
      result(1, 0, 61.5),
      result(2, 0, 90),
      result(1, 1, 65.25),
      result(1, 0, 10), // an older sheet's result finishing late changes nothing
      stored('ranking-t1', 'TradeRanked', {
        tradeId: 't1',
        resultsRevision: 3,
        standings: [standing(2, 90, 1, 'first'), standing(1, 65.25, 2, 'second')],
      }),
    );
    expect(feedOf(events)).toHaveLength(before);

    const checkpoint = { position: 11, hash: 'a'.repeat(64) };
    events.push(stored('trade-t1', 'ResultsPublished', { tradeId: 't1', publishedAt: '2026-11-24T12:00:00.000Z', checkpoint }));
    const published = feedOf(events).at(-1)!;
    expect(published).toEqual({
      token: String(position),
      type: 'results',
      id: 't1',
      time: '2026-11-24T08:00:13.000Z',
      data: {
        status: 'official',
        publishedAt: '2026-11-24T12:00:00.000Z',
        checkpoint,
        rows: [
          {
            competitorNumber: 1,
            name: '李强',
            city: 'dalian',
            cityName: '大连',
            employer: '大连港',
            theory: 80,
            practical: 65.25,
            total: 65.25,
            // Results and rankings in the shape written before scores were exact: no exact total to give.
            exactTotal: null,
            rank: 2,
            prize: 'second',
            standardised: null,
            honours: [],
          },
          {
            competitorNumber: 2,
            name: '王芳',
            city: 'shenyang',
            cityName: '沈阳',
            employer: '沈阳电力',
            theory: 80,
            practical: 90,
            total: 90,
            exactTotal: null,
            rank: 1,
            prize: 'first',
            standardised: null,
            honours: ['technical_expert'],
          },
        ],
      },
    });
    const text = JSON.stringify(feedOf(events));
    for (const secret of [ID_1, PHONE_1, '210102199003072345', '13800138002', 'judgeId', 'aspectId']) expect(text).not.toContain(secret);
  });

  it('gives the exact total of a ranking that has one, and no rank or prize to a contestant without a score', () => {
    const events = contestUpToTheDraw();
    events.push(
      result(2, 0, 90),
      stored('ranking-t1', 'TradeRanked', {
        tradeId: 't1',
        resultsRevision: 0,
        standings: [
          { ...standing(2, 90, 1, 'first'), exactTotal: '180/2' },
          { ...standing(1, 0, 1, null), rank: null },
        ],
      }),
      stored('trade-t1', 'ResultsPublished', { tradeId: 't1', publishedAt: '2026-11-24T12:00:00.000Z', checkpoint: null }),
    );
    const rows = (feedOf(events).at(-1)!.data as PublishedResults).rows;
    expect(rows.map(({ competitorNumber, exactTotal, rank, prize }) => ({ competitorNumber, exactTotal, rank, prize }))).toEqual([
      { competitorNumber: 1, exactTotal: null, rank: null, prize: null },
      { competitorNumber: 2, exactTotal: '180/2', rank: 1, prize: 'first' },
    ]);
  });

  it('updates published results when a later ranking changes them, and stops at a reopening', () => {
    const projection = new FeedProjection();
    const events = contestUpToTheDraw();
    for (const event of events) projection.apply(event);
    const ranked = (revision: number, first: number) =>
      stored('ranking-t1', 'TradeRanked', {
        tradeId: 't1',
        resultsRevision: revision,
        standings: [standing(first, 90, 1, 'first'), standing(3 - first, 50, 2, 'second')],
      });

    expect(projection.apply(stored('trade-t1', 'ResultsPublished', { tradeId: 't1', publishedAt: 'p', checkpoint: null }))).toMatchObject({
      type: 'results',
      data: { status: 'official', checkpoint: null },
    });
    expect(projection.apply(ranked(1, 2))).toMatchObject({
      type: 'results',
      data: {
        rows: [
          { competitorNumber: 1, rank: 2 },
          { competitorNumber: 2, rank: 1 },
        ],
      },
    });
    expect(projection.apply(ranked(2, 2))).toBeUndefined(); // same standings: nothing new
    expect(projection.apply(ranked(0, 1))).toBeUndefined(); // an older ranking recorded again
    expect(projection.apply(stored('trade-t1', 'ResultsReopened', { tradeId: 't1', appealId: 'ap1' }))).toMatchObject({
      type: 'results',
      id: 't1',
      data: { status: 'reopened' },
    });
    expect(projection.apply(ranked(3, 1))).toBeUndefined(); // provisional again: embargoed
  });

  it('tells when a board is frozen and revealed', () => {
    position = 40;
    const feed = feedOf([
      stored('trade-t1', 'BoardFrozen', { tradeId: 't1', frozenAt: '2026-11-24T15:00:00.000Z' }),
      stored('trade-t1', 'BoardRevealed', { tradeId: 't1', revealedAt: '2026-11-24T18:00:00.000Z' }),
    ]);
    expect(feed).toEqual([
      { token: '41', type: 'boards', id: 't1', time: '2026-11-24T08:00:41.000Z', data: { frozen: true, at: '2026-11-24T15:00:00.000Z' } },
      { token: '42', type: 'boards', id: 't1', time: '2026-11-24T08:00:42.000Z', data: { frozen: false, at: '2026-11-24T18:00:00.000Z' } },
    ]);
  });
});
