import type { TradeDefinition } from '../catalogue/catalogue.types.js';
import { initialTradeState, type TradeEvent } from '../catalogue/trade.js';
import { spec } from '../testing/decider-specification.js';
import { cncTrade, readyTradeEvents, tradeStateOf } from '../testing/fixtures.js';
import {
  appealDecider,
  appealWindowClosesAt,
  DEFAULT_APPEAL_WINDOW_MINUTES,
  DEFAULT_PUBLICITY_WORKING_DAYS,
  publicationStatus,
  publicityEndsAt,
  type AppealCommand,
  type AppealContext,
  type AppealDecision,
  type AppealEvent,
} from './appeal.js';
import type { AppealRemedy } from './score-sheet.js';

/**
 * Appeals (申诉): filed by the contestant within the trade's window after publication, decided by the
 * arbitration committee with reasons; and where the results stand: provisional, official, final.
 */

const TRADE = cncTrade.id;
const CONTESTANT = 'u-contestant-1';
/** A Monday, at noon UTC: the same calendar day in UTC and in China (UTC+8), whatever the test machine's zone. */
const PUBLISHED_AT = '2026-06-15T12:00:00.000Z';
const minutesAfter = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

const published = (publishedAt = PUBLISHED_AT): TradeEvent => ({
  type: 'ResultsPublished',
  data: { tradeId: TRADE, publishedAt, checkpoint: null },
});
const reopened = (appealId = 'appeal-0'): TradeEvent => ({ type: 'ResultsReopened', data: { tradeId: TRADE, appealId } });
const tradeWith = (events: TradeEvent[], definition: TradeDefinition = cncTrade) =>
  tradeStateOf([...readyTradeEvents(definition, 3), ...events]);
const context = (events: TradeEvent[] = [published()], entrant = CONTESTANT, definition?: TradeDefinition): AppealContext => ({
  trade: tradeWith(events, definition),
  entrant,
});

const file = (overrides: Partial<Extract<AppealCommand, { type: 'FileAppeal' }>> = {}): AppealCommand => ({
  type: 'FileAppeal',
  appealId: 'appeal-1',
  tradeId: TRADE,
  competitorNumber: 1,
  aspectIds: ['j-finish', 'm-length', 'j-finish'],
  reason: '  The finish was measured before polishing ',
  by: CONTESTANT,
  at: minutesAfter(PUBLISHED_AT, 30),
  ...overrides,
});
const filed = (filedAt = minutesAfter(PUBLISHED_AT, 30)): AppealEvent => ({
  type: 'AppealFiled',
  data: {
    appealId: 'appeal-1',
    tradeId: TRADE,
    competitorNumber: 1,
    aspectIds: ['j-finish', 'm-length'],
    reason: 'The finish was measured before polishing',
    filedBy: CONTESTANT,
    filedAt,
  },
});
const DECIDED_AT = minutesAfter(PUBLISHED_AT, 300);
const decide = (overrides: Partial<Extract<AppealCommand, { type: 'DecideAppeal' }>> = {}): AppealCommand => ({
  type: 'DecideAppeal',
  decision: 'upheld',
  reasons: ' The photos show a polished finish ',
  remedy: { kind: 'remark', aspectIds: ['j-finish'] },
  at: DECIDED_AT,
  ...overrides,
});

describe('appeal decider: filing', () => {
  it('files the contestant’s appeal about their own result, with the aspects once each and the reason trimmed', () => {
    spec(appealDecider, context()).given([]).when(file()).then([filed()]);
  });

  it('files an appeal about the whole result, naming no aspect', () => {
    spec(appealDecider, context())
      .given([])
      .when(file({ aspectIds: [] }))
      .then([{ type: 'AppealFiled', data: { ...filed().data, aspectIds: [] } } as AppealEvent]);
  });

  it('refuses an appeal in a trade that is not defined', () => {
    spec(appealDecider, { trade: initialTradeState, entrant: CONTESTANT })
      .given([])
      .when(file())
      .thenThrows('not_found', { message: 'Unknown trade', field: 'tradeId' });
  });

  it('refuses the same appeal twice', () => {
    spec(appealDecider, context()).given([filed()]).when(file()).thenThrows('conflict', { message: 'Appeal appeal-1 is already filed' });
  });

  it('refuses a competitor number that was not drawn', () => {
    spec(appealDecider, context())
      .given([])
      .when(file({ competitorNumber: 9 }))
      .thenThrows('not_found', { message: 'Competitor 9 is not drawn in trade-cnc', field: 'competitorNumber' });
  });

  it('refuses anyone but the contestant whose result it is', () => {
    const message = 'A contestant appeals only their own result';
    spec(appealDecider, context())
      .given([])
      .when(file({ by: 'u-contestant-2' }))
      .thenThrows('forbidden', { message, field: 'competitorNumber' });
    // an entry without an account cannot be appealed by anyone through the platform
    spec(appealDecider, { trade: tradeWith([published()]) })
      .given([])
      .when(file())
      .thenThrows('forbidden', { message, field: 'competitorNumber' });
  });

  it('refuses before the results are published, and while an upheld appeal has reopened them', () => {
    const message = 'The results of trade-cnc are not published: an appeal comes after publication';
    spec(appealDecider, context([])).given([]).when(file()).thenThrows('conflict', { message });
    spec(appealDecider, context([published(), reopened()]))
      .given([])
      .when(file())
      .thenThrows('conflict', { message });
  });

  it(`is open until the end of the window (${DEFAULT_APPEAL_WINDOW_MINUTES} minutes by default), the last moment included`, () => {
    const closesAt = '2026-06-15T14:00:00.000Z';
    expect(appealWindowClosesAt(cncTrade, PUBLISHED_AT)).toBe(closesAt);
    spec(appealDecider, context())
      .given([])
      .when(file({ at: PUBLISHED_AT }))
      .then([filed(PUBLISHED_AT)]);
    spec(appealDecider, context())
      .given([])
      .when(file({ at: closesAt }))
      .then([filed(closesAt)]);
    spec(appealDecider, context())
      .given([])
      .when(file({ at: '2026-06-15T14:00:00.001Z' }))
      .thenThrows('conflict', { message: 'The appeal window of trade-cnc closed at 2026-06-15T14:00:00.000Z' });
  });

  it('keeps the trade’s own window', () => {
    const halfHour: TradeDefinition = { ...cncTrade, appealWindowMinutes: 30 };
    expect(appealWindowClosesAt(halfHour, PUBLISHED_AT)).toBe('2026-06-15T12:30:00.000Z');
    spec(appealDecider, context([published()], CONTESTANT, halfHour))
      .given([])
      .when(file({ at: minutesAfter(PUBLISHED_AT, 30) }))
      .then([filed()]);
    spec(appealDecider, context([published()], CONTESTANT, halfHour))
      .given([])
      .when(file({ at: minutesAfter(PUBLISHED_AT, 31) }))
      .thenThrows('conflict', { message: 'closed at 2026-06-15T12:30:00.000Z' });
  });

  it('opens a new window when the results are published again', () => {
    const republishedAt = '2026-06-17T09:00:00.000Z';
    const again = context([published(), reopened(), published(republishedAt)]);
    spec(appealDecider, again)
      .given([])
      .when(file({ at: minutesAfter(republishedAt, 100) }))
      .then([filed(minutesAfter(republishedAt, 100))]);
    spec(appealDecider, again)
      .given([])
      .when(file({ at: minutesAfter(republishedAt, 121) }))
      .thenThrows('conflict', { message: 'closed at 2026-06-17T11:00:00.000Z' });
  });

  it('refuses an appeal without a reason', () => {
    for (const reason of ['', ' \n ']) {
      spec(appealDecider, context())
        .given([])
        .when(file({ reason }))
        .thenThrows('invalid', { message: 'An appeal needs a reason', field: 'reason' });
    }
  });

  it('refuses an aspect outside the marking scheme', () => {
    spec(appealDecider, context())
      .given([])
      .when(file({ aspectIds: ['j-finish', 'j-bead'] }))
      .thenThrows('not_found', {
        message: 'Aspect j-bead is not in the marking scheme of trade-cnc',
        field: 'aspectIds',
        code: 'appeal.unknown_aspect',
        params: { tradeId: 'trade-cnc', aspectId: 'j-bead' },
      });
  });
});

describe('appeal decider: the arbitration committee’s decision', () => {
  const decided = (decision: AppealDecision, remedy: AppealRemedy | null): AppealEvent => ({
    type: 'AppealDecided',
    data: {
      appealId: 'appeal-1',
      tradeId: TRADE,
      competitorNumber: 1,
      decision,
      reasons: 'The photos show a polished finish',
      remedy,
      decidedAt: DECIDED_AT,
    },
  });

  it('upholds with reasons and orders a re-mark or a correction', () => {
    spec(appealDecider, context())
      .given([filed()])
      .when(decide())
      .then([decided('upheld', { kind: 'remark', aspectIds: ['j-finish'] })]);
    const correction = { kind: 'correction', aspectId: 'm-length', judgeId: 'trade-cnc-j1', mark: 15 } as const;
    spec(appealDecider, context())
      .given([filed()])
      .when(decide({ remedy: correction }))
      .then([decided('upheld', correction)]);
  });

  it('rejects with reasons, ordering nothing', () => {
    spec(appealDecider, context())
      .given([filed()])
      .when(decide({ decision: 'rejected', remedy: undefined }))
      .then([decided('rejected', null)]);
  });

  it('refuses to decide an appeal never filed', () => {
    spec(appealDecider, context()).given([]).when(decide()).thenThrows('not_found', { message: 'Unknown appeal', field: 'appealId' });
  });

  it('refuses a second decision', () => {
    spec(appealDecider, context())
      .given([filed(), decided('rejected', null)])
      .when(decide())
      .thenThrows('conflict', { message: 'Appeal appeal-1 was already rejected' });
  });

  it('refuses a decision without reasons', () => {
    spec(appealDecider, context())
      .given([filed()])
      .when(decide({ reasons: '  ' }))
      .thenThrows('invalid', { message: 'A decision gives its reasons', field: 'reasons' });
  });

  it('refuses a rejection that orders a remedy, and an upholding that orders none', () => {
    spec(appealDecider, context())
      .given([filed()])
      .when(decide({ decision: 'rejected' }))
      .thenThrows('invalid', { message: 'A rejected appeal orders nothing', field: 'remedy' });
    spec(appealDecider, context())
      .given([filed()])
      .when(decide({ remedy: undefined }))
      .thenThrows('invalid', { message: 'An upheld appeal orders a re-mark or a correction', field: 'remedy' });
  });

  it('refuses a re-mark of no aspect, and a remedy on an aspect outside the scheme', () => {
    spec(appealDecider, context())
      .given([filed()])
      .when(decide({ remedy: { kind: 'remark', aspectIds: [] } }))
      .thenThrows('invalid', { message: 'A re-mark names at least one aspect', field: 'remedy' });
    spec(appealDecider, context())
      .given([filed()])
      .when(decide({ remedy: { kind: 'remark', aspectIds: ['j-finish', 'j-bead'] } }))
      .thenThrows('not_found', { message: 'Aspect j-bead is not in the marking scheme of trade-cnc', field: 'remedy' });
    spec(appealDecider, context())
      .given([filed()])
      .when(decide({ remedy: { kind: 'correction', aspectId: 'j-bead', judgeId: 'trade-cnc-j1', mark: 2 } }))
      .thenThrows('not_found', { field: 'remedy' });
  });
});

describe('publication status: provisional → official → final', () => {
  const at = (day: string, time = '12:00:00.000') => `2026-07-${day}T${time}Z`;

  it('is provisional while the results are not published, and once an upheld appeal reopens them', () => {
    expect(publicationStatus(tradeWith([]), at('28'), 0)).toBe('provisional');
    expect(publicationStatus(initialTradeState, at('28'), 0)).toBe('provisional');
    expect(publicationStatus(tradeWith([published(), reopened()]), at('28'), 0)).toBe('provisional');
  });

  it(`is official through the publicity period (${DEFAULT_PUBLICITY_WORKING_DAYS} working days by default), final from its end`, () => {
    // Published Monday 13 July: five working days end on Monday 20 July at the same time.
    const trade = tradeWith([published(at('13'))]);
    expect(publicityEndsAt(cncTrade, at('13'))).toBe(at('20'));
    expect(publicationStatus(trade, at('13'), 0)).toBe('official');
    expect(publicationStatus(trade, at('17'), 0)).toBe('official');
    expect(publicationStatus(trade, at('20', '11:59:59.999'), 0)).toBe('official');
    expect(publicationStatus(trade, at('20'), 0)).toBe('final');
  });

  it('does not count the weekend: published on a Thursday, final on the next Thursday', () => {
    const trade = tradeWith([published(at('16'))]);
    expect(publicityEndsAt(cncTrade, at('16'))).toBe(at('23'));
    // five calendar days later (Tuesday 21) only three working days have passed
    expect(publicationStatus(trade, at('21'), 0)).toBe('official');
    expect(publicationStatus(trade, at('22'), 0)).toBe('official');
    expect(publicationStatus(trade, at('23'), 0)).toBe('final');
  });

  it('counts working days in China time, whatever the server’s time zone', () => {
    // 17:00 UTC on Friday 17 July is 01:00 on Saturday 18 July in Shenyang: publicity counts from that Saturday.
    expect(publicityEndsAt(cncTrade, '2026-07-17T17:00:00.000Z')).toBe('2026-07-23T17:00:00.000Z');
  });

  it('counts from the next Monday when published at a weekend', () => {
    expect(publicityEndsAt(cncTrade, at('18'))).toBe(at('24'));
    expect(publicityEndsAt(cncTrade, at('19'))).toBe(at('24'));
    expect(publicityEndsAt({ ...cncTrade, publicityWorkingDays: 1 }, at('18'))).toBe(at('20'));
  });

  it('keeps the trade’s own publicity period, 0 days being final at once', () => {
    const threeDays: TradeDefinition = { ...cncTrade, publicityWorkingDays: 3 };
    expect(publicationStatus(tradeWith([published(at('17'))], threeDays), at('21', '11:59:59.000'), 0)).toBe('official');
    expect(publicationStatus(tradeWith([published(at('17'))], threeDays), at('22'), 0)).toBe('final');
    const none: TradeDefinition = { ...cncTrade, publicityWorkingDays: 0 };
    expect(publicationStatus(tradeWith([published(at('13'))], none), at('13'), 0)).toBe('final');
  });

  it('stays official while an appeal is pending, even after the publicity period', () => {
    const trade = tradeWith([published(at('13'))]);
    expect(publicationStatus(trade, at('28'), 1)).toBe('official');
    expect(publicationStatus(trade, at('28'), 0)).toBe('final');
  });

  it('starts the publicity period over when the results are published again', () => {
    const trade = tradeWith([published(at('13')), reopened(), published(at('15'))]);
    expect(publicationStatus(trade, at('20'), 0)).toBe('official');
    expect(publicationStatus(trade, at('22'), 0)).toBe('final');
  });
});
