import { isValidMobilePhone, isValidResidentId, maskPhone, maskResidentId } from '#domain';
import type { StoredEvent } from '#event-store';

/**
 * The history of an entry, a mark or a result: the events that touched it, each with who (user and
 * role), from which device, when, why (the reason, where the rules ask for one) and a summary of
 * its data with personal data masked. Pure: the service reads the streams, these functions choose
 * and describe.
 */
export interface HistoryItem {
  position: number;
  streamId: string;
  revision: number;
  type: string;
  /** When it happened (server clock at the command). */
  occurredAt: string;
  actor: { userId: string; role: string };
  device: string | null;
  reason: string | null;
  summary: unknown;
}

export interface History {
  subject: Record<string, string | number>;
  events: HistoryItem[];
}

/** The reason an event gives: `reason` (or an appeal decision's `reasons`) in its data, else in its metadata. */
export function reasonOf(event: StoredEvent): string | null {
  const data = event.data as { reason?: unknown; reasons?: unknown } | null;
  const reason = data?.reason ?? data?.reasons ?? event.metadata.reason;
  return typeof reason === 'string' && reason.length > 0 ? reason : null;
}

export function historyItem(event: StoredEvent, summary: unknown = maskPersonalData(event.data)): HistoryItem {
  return {
    position: event.position,
    streamId: event.streamId,
    revision: event.revision,
    type: event.type,
    occurredAt: event.metadata.occurredAt,
    actor: { userId: event.metadata.actor.userId, role: event.metadata.actor.role },
    device: event.metadata.device ?? null,
    reason: reasonOf(event),
    summary,
  };
}

/**
 * A copy with ID numbers and phones masked (`2101**********1234`, `138****8001`) wherever they are,
 * and password hashes left out. A value that is not a readable ID number or phone (encrypted, or
 * forgotten) shows as `[hidden]`.
 */
export function maskPersonalData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskPersonalData);
  if (value === null || typeof value !== 'object') return value;
  const masked: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (key === 'passwordHash') continue;
    if (key === 'idNumber') masked[key] = typeof field === 'string' && isValidResidentId(field) ? maskResidentId(field) : '[hidden]';
    else if (key === 'phone') masked[key] = typeof field === 'string' && isValidMobilePhone(field) ? maskPhone(field) : '[hidden]';
    else masked[key] = maskPersonalData(field);
  }
  return masked;
}

const inPosition = (a: HistoryItem, b: HistoryItem) => a.position - b.position;

// ---------------------------------------------------------------------------------------------
// A mark: the score sheet's events that touched one aspect
// ---------------------------------------------------------------------------------------------

/**
 * Every event of a score sheet that touched the aspect: marks and re-marks, spreads, the tablet
 * opening and releasing it, corrections requested, approved and rejected, the sign-off of its module,
 * appeal remedies that re-mark or correct it.
 */
export function markHistory(sheet: readonly StoredEvent[], aspectId: string, moduleId: string | undefined): HistoryItem[] {
  const corrections = new Set<string>();
  const items: HistoryItem[] = [];
  for (const event of sheet) {
    const data = event.data as Record<string, unknown>;
    let touches = data.aspectId === aspectId;
    if (event.type === 'CorrectionRequested' && touches) corrections.add(String(data.correctionId));
    if (event.type === 'CorrectionRejected' || event.type === 'CorrectionApproved') touches ||= corrections.has(String(data.correctionId));
    if (event.type === 'ModuleSignedOff') touches = moduleId !== undefined && data.moduleId === moduleId;
    if (event.type === 'AppealRemedyApplied') touches = remedyTouches(data.remedy, aspectId);
    if (touches) items.push(historyItem(event));
  }
  return items;
}

function remedyTouches(remedy: unknown, aspectId: string): boolean {
  const r = remedy as { aspectId?: unknown; aspectIds?: unknown } | undefined;
  return r?.aspectId === aspectId || (Array.isArray(r?.aspectIds) && r.aspectIds.includes(aspectId));
}

// ---------------------------------------------------------------------------------------------
// An entry: its own stream, its city quota slot, its draw and check-in
// ---------------------------------------------------------------------------------------------

export interface EntryStreams {
  entry: readonly StoredEvent[];
  /** The quota stream of the entry's trade and city. */
  quota: readonly StoredEvent[];
  /** The entry's trade stream (draw, check-in). */
  trade: readonly StoredEvent[];
}

export function entryHistory(entryId: string, streams: EntryStreams): HistoryItem[] {
  const items = streams.entry.map((event) => historyItem(event));
  items.push(...streams.quota.filter((e) => (e.data as { entryId?: unknown }).entryId === entryId).map((e) => historyItem(e)));
  let competitorNumber: number | undefined;
  for (const event of streams.trade) {
    const data = event.data as Record<string, unknown>;
    if (event.type === 'LotsDrawn') {
      const assignment = (data.assignments as Array<{ entryId: string; competitorNumber: number }>).find((a) => a.entryId === entryId);
      if (!assignment) continue;
      competitorNumber = assignment.competitorNumber;
      items.push(historyItem(event, { tradeId: data.tradeId, ...assignment }));
    } else if (competitorNumber !== undefined && event.type === 'CompetitorCheckedIn' && data.competitorNumber === competitorNumber) {
      items.push(historyItem(event));
    } else if (competitorNumber !== undefined && event.type === 'CheckInClosed') {
      items.push(
        historyItem(event, { tradeId: data.tradeId, competitorNumber, absent: (data.absent as number[]).includes(competitorNumber) }),
      );
    }
  }
  return items.sort(inPosition);
}

// ---------------------------------------------------------------------------------------------
// A result: how one contestant's result came about and was published
// ---------------------------------------------------------------------------------------------

export interface ResultStreams {
  /** The trade's results stream (ResultCalculated, TheoryGraded). */
  results: readonly StoredEvent[];
  /** The trade's ranking stream (TradeRanked). */
  ranking: readonly StoredEvent[];
  /** The trade stream (publication, reopening, check-in). */
  trade: readonly StoredEvent[];
  /** The contestant's score sheet. */
  sheet: readonly StoredEvent[];
  /** The streams of the contestant's appeals. */
  appeals: readonly StoredEvent[];
}

/** What changed the sheet's result as a whole (single marks are in the history of each mark). */
const SHEET_TYPES_FOR_RESULT = new Set([
  'ModuleSignedOff',
  'TheoryAnswersRecorded',
  'TheoryScoreRecorded',
  'CompletionTimeRecorded',
  'CorrectionApproved',
  'AppealRemedyApplied',
  'JudgeSubstituted',
]);
const TRADE_TYPES_FOR_RESULT = new Set(['ResultsPublished', 'ResultsReopened', 'BoardFrozen', 'BoardRevealed']);

export function resultHistory(competitorNumber: number, streams: ResultStreams): HistoryItem[] {
  const mine = (event: StoredEvent) => (event.data as { competitorNumber?: unknown }).competitorNumber === competitorNumber;
  const items: HistoryItem[] = [];
  items.push(...streams.results.filter(mine).map((e) => historyItem(e)));
  for (const event of streams.ranking) {
    const standings = (event.data as { standings?: Array<{ competitorNumber: number }> }).standings ?? [];
    const standing = standings.find((s) => s.competitorNumber === competitorNumber);
    if (standing) items.push(historyItem(event, { tradeId: (event.data as { tradeId: string }).tradeId, ...standing }));
  }
  for (const event of streams.trade) {
    if (TRADE_TYPES_FOR_RESULT.has(event.type)) items.push(historyItem(event));
    else if (event.type === 'CheckInClosed' && (event.data as { absent: number[] }).absent.includes(competitorNumber)) {
      items.push(historyItem(event, { tradeId: (event.data as { tradeId: string }).tradeId, competitorNumber, absent: true }));
    }
  }
  items.push(...streams.sheet.filter((e) => SHEET_TYPES_FOR_RESULT.has(e.type)).map((e) => historyItem(e)));
  items.push(...streams.appeals.filter(mine).map((e) => historyItem(e)));
  return items.sort(inPosition);
}
