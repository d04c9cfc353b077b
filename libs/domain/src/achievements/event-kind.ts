import { eventKindOf, type ContestEventDefinition } from '../catalogue/catalogue.types.js';
import { conflict } from '../shared/domain-error.js';

/**
 * What only a practical contest has — the draw of lots, check-in, marking sessions on tablets — is
 * refused on a trade of an achievement event (a review: submissions, recommendation, expert review).
 * `event` undefined (a trade the catalogue does not know yet) is left to the command's own refusals.
 */
export function assertPracticalTrade(tradeId: string, event: ContestEventDefinition | undefined, action: string): void {
  if (eventKindOf(event) === 'achievement') {
    throw conflict(`Trade ${tradeId} belongs to ${event?.id}, an achievement review: it has no ${action}`, 'tradeId', {
      code: 'achievements.practical_only',
      params: { tradeId, eventId: event?.id ?? null, action },
    });
  }
}

/** The converse: submissions, recommendation and eligibility are for the trades of achievement events only. */
export function assertAchievementTrade(tradeId: string, event: ContestEventDefinition | undefined): void {
  if (eventKindOf(event) !== 'achievement') {
    throw conflict(`Trade ${tradeId} is a practical contest: achievements are submitted to the trades of achievement events`, 'tradeId', {
      code: 'achievements.not_review',
      params: { tradeId },
    });
  }
}
