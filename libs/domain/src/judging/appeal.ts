import { addWorkingDays, chinaWorkingDays, type WorkingDayCalendar } from '../calendar/working-days.js';
import type { TradeDefinition } from '../catalogue/catalogue.types.js';
import { findAspect, requireDefined, type TradeState } from '../catalogue/trade.js';
import { assertNever, type Decider } from '../shared/decider.js';
import { conflict, forbidden, invalid, notFound } from '../shared/domain-error.js';
import type { AppealRemedy } from './score-sheet.js';

/**
 * An appeal (申诉): filed by a contestant within the trade's window after the results are published,
 * decided by the arbitration committee with reasons. An upheld appeal orders a re-mark or a
 * correction, which the handler then applies to the score sheet (and which reopens the results).
 */

export const DEFAULT_APPEAL_WINDOW_MINUTES = 120;
export const DEFAULT_PUBLICITY_WORKING_DAYS = 5;

export type AppealDecision = 'upheld' | 'rejected';

export type AppealEvent =
  | {
      type: 'AppealFiled';
      data: {
        appealId: string;
        tradeId: string;
        competitorNumber: number;
        aspectIds: string[];
        reason: string;
        filedBy: string;
        filedAt: string;
      };
    }
  | {
      type: 'AppealDecided';
      data: {
        appealId: string;
        tradeId: string;
        competitorNumber: number;
        decision: AppealDecision;
        reasons: string;
        remedy: AppealRemedy | null;
        decidedAt: string;
      };
    };

export type AppealCommand =
  | {
      type: 'FileAppeal';
      appealId: string;
      tradeId: string;
      competitorNumber: number;
      aspectIds: readonly string[];
      reason: string;
      by: string;
      at: string;
    }
  | { type: 'DecideAppeal'; decision: AppealDecision; reasons: string; remedy?: AppealRemedy; at: string };

export interface AppealState {
  filed?: Extract<AppealEvent, { type: 'AppealFiled' }>['data'];
  decided?: Extract<AppealEvent, { type: 'AppealDecided' }>['data'];
}

export const initialAppealState: AppealState = {};

/** The trade as it stands, and whose entry the competitor number is (for a contestant filing). */
export interface AppealContext {
  trade: TradeState;
  /** The user id of the contestant whose entry holds `competitorNumber`, when the entry has an account. */
  entrant?: string;
}

export function evolveAppeal(state: AppealState, event: AppealEvent): AppealState {
  switch (event.type) {
    case 'AppealFiled':
      return { ...state, filed: event.data };
    case 'AppealDecided':
      return { ...state, decided: event.data };
    default:
      return assertNever(event);
  }
}

export function decideAppeal(command: AppealCommand, state: AppealState, context: AppealContext): AppealEvent[] {
  const trade = requireDefined(context.trade);
  switch (command.type) {
    case 'FileAppeal': {
      if (state.filed) throw conflict(`Appeal ${command.appealId} is already filed`, undefined, { code: 'appeal.already_filed' });
      if (!context.trade.competitors?.has(command.competitorNumber)) {
        throw notFound(`Competitor ${command.competitorNumber} is not drawn in ${trade.id}`, 'competitorNumber', {
          code: 'marks.competitor_not_drawn',
          params: { tradeId: trade.id, competitorNumber: command.competitorNumber },
        });
      }
      if (context.entrant !== command.by)
        throw forbidden('A contestant appeals only their own result', 'competitorNumber', { code: 'appeal.own_only' });
      const published = context.trade.published;
      if (!published)
        throw conflict(`The results of ${trade.id} are not published: an appeal comes after publication`, undefined, {
          code: 'appeal.not_published',
          params: { tradeId: trade.id },
        });
      const closesAt = appealWindowClosesAt(trade, published.publishedAt);
      if (Date.parse(command.at) > Date.parse(closesAt)) {
        throw conflict(`The appeal window of ${trade.id} closed at ${closesAt}`, undefined, {
          code: 'appeal.window_closed',
          params: { tradeId: trade.id, closedAt: closesAt },
        });
      }
      if (command.reason.trim().length === 0) throw invalid('An appeal needs a reason', 'reason', { code: 'appeal.reason_needed' });
      const unknown = command.aspectIds.find((id) => !findAspect(trade, id));
      if (unknown) {
        throw notFound(`Aspect ${unknown} is not in the marking scheme of ${trade.id}`, 'aspectIds', {
          code: 'appeal.unknown_aspect',
          params: { tradeId: trade.id, aspectId: unknown },
        });
      }
      return [
        {
          type: 'AppealFiled',
          data: {
            appealId: command.appealId,
            tradeId: trade.id,
            competitorNumber: command.competitorNumber,
            aspectIds: [...new Set(command.aspectIds)],
            reason: command.reason.trim(),
            filedBy: command.by,
            filedAt: command.at,
          },
        },
      ];
    }
    case 'DecideAppeal': {
      const filed = state.filed;
      if (!filed) throw notFound('Unknown appeal', 'appealId', { code: 'appeal.unknown' });
      if (state.decided)
        throw conflict(`Appeal ${filed.appealId} was already ${state.decided.decision}`, undefined, {
          code: 'appeal.already_decided',
          params: { decision: state.decided.decision },
        });
      if (command.reasons.trim().length === 0) throw invalid('A decision gives its reasons', 'reasons', { code: 'appeal.reasons_needed' });
      if (command.decision === 'rejected' && command.remedy)
        throw invalid('A rejected appeal orders nothing', 'remedy', { code: 'appeal.rejected_no_remedy' });
      if (command.decision === 'upheld') {
        if (!command.remedy)
          throw invalid('An upheld appeal orders a re-mark or a correction', 'remedy', { code: 'appeal.upheld_needs_remedy' });
        assertRemedyFits(trade, command.remedy);
      }
      return [
        {
          type: 'AppealDecided',
          data: {
            appealId: filed.appealId,
            tradeId: filed.tradeId,
            competitorNumber: filed.competitorNumber,
            decision: command.decision,
            reasons: command.reasons.trim(),
            remedy: command.remedy ?? null,
            decidedAt: command.at,
          },
        },
      ];
    }
    default:
      return assertNever(command);
  }
}

export const appealDecider: Decider<AppealCommand, AppealEvent, AppealState, AppealContext> = {
  initialState: initialAppealState,
  evolve: evolveAppeal,
  decide: decideAppeal,
};

export function appealWindowClosesAt(trade: TradeDefinition, publishedAt: string): string {
  const minutes = trade.appealWindowMinutes ?? DEFAULT_APPEAL_WINDOW_MINUTES;
  return new Date(Date.parse(publishedAt) + minutes * 60_000).toISOString();
}

/** Working days are counted in the contest's own time zone, whatever the server's. */
export const CONTEST_TIME_ZONE = 'Asia/Shanghai';

/**
 * The end of publicity (公示): this many working days in China after publication, at the same clock time —
 * public holidays are not counted and make-up working days are (docs/working-days.md). The calendar is the
 * announced years with the organiser's corrections; without one, the announced years alone.
 */
export function publicityEndsAt(trade: TradeDefinition, publishedAt: string, calendar: WorkingDayCalendar = chinaWorkingDays): string {
  return addWorkingDays(publishedAt, trade.publicityWorkingDays ?? DEFAULT_PUBLICITY_WORKING_DAYS, CONTEST_TIME_ZONE, calendar);
}

export type PublicationStatus = 'provisional' | 'official' | 'final';

/**
 * Provisional while marking runs; official once the whole trade is signed off and published; final after
 * the publicity period with no appeal pending (an upheld appeal reopens the results, so they are provisional
 * until published again, and publicity starts over).
 */
export function publicationStatus(
  trade: TradeState,
  now: string,
  pendingAppeals: number,
  calendar: WorkingDayCalendar = chinaWorkingDays,
): PublicationStatus {
  const published = trade.published;
  if (!published || !trade.definition) return 'provisional';
  const publicityOver = Date.parse(now) >= Date.parse(publicityEndsAt(trade.definition, published.publishedAt, calendar));
  return publicityOver && pendingAppeals === 0 ? 'final' : 'official';
}

function assertRemedyFits(trade: TradeDefinition, remedy: AppealRemedy): void {
  const aspectIds = remedy.kind === 'remark' ? remedy.aspectIds : [remedy.aspectId];
  if (aspectIds.length === 0) throw invalid('A re-mark names at least one aspect', 'remedy', { code: 'appeal.remark_needs_aspect' });
  const unknown = aspectIds.find((id) => !findAspect(trade, id));
  if (unknown)
    throw notFound(`Aspect ${unknown} is not in the marking scheme of ${trade.id}`, 'remedy', {
      code: 'appeal.unknown_aspect',
      params: { tradeId: trade.id, aspectId: unknown },
    });
}
