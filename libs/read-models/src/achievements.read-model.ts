import type { StoredEvent } from '#event-store';
import {
  type AchievementCategory,
  type AchievementEvent,
  type AchievementStatus,
  type DomainEvent,
  evolveAchievement,
  initialAchievementState,
  type AchievementState,
} from '#domain';

/**
 * Achievements as listed (docs/achievements.md): title, category, team names and affiliations,
 * city, status — never ID numbers or phones (they stay in the sealed events; one achievement read by
 * id shows them masked), so nothing here needs dropping when a person is forgotten.
 */
export interface AchievementSummary {
  achievementId: string;
  tradeId: string;
  city: string;
  applicantUserId: string;
  status: AchievementStatus;
  title: string;
  category: AchievementCategory;
  team: Array<{ name: string; employer?: string; university?: string }>;
  attachments: number;
  submittedAt?: string;
  /** The reason of the last no (city or province), when there was one. */
  reason?: string;
}

const ACHIEVEMENT_EVENTS = new Set<string>([
  'AchievementDrafted',
  'AchievementDraftEdited',
  'AchievementAttachmentAdded',
  'AchievementAttachmentRemoved',
  'AchievementSubmitted',
  'AchievementRecommendedByCity',
  'AchievementNotRecommendedByCity',
  'AchievementFoundEligible',
  'AchievementFoundIneligible',
]);

export class AchievementsReadModel {
  private readonly states = new Map<string, AchievementState>();
  private readonly reasons = new Map<string, string>();

  apply(stored: StoredEvent): void {
    const event = stored as unknown as DomainEvent;
    if (!ACHIEVEMENT_EVENTS.has(event.type)) return;
    const achievementEvent = event as AchievementEvent;
    const id = achievementEvent.data.achievementId;
    const next = evolveAchievement(this.states.get(id) ?? initialAchievementState, achievementEvent);
    // ID numbers and phones are not kept, not even in memory.
    const members = next.draft?.members.map(({ name, employer, university }) => ({ name, idNumber: '', phone: '', employer, university }));
    this.states.set(id, next.draft && members ? { ...next, draft: { ...next.draft, members } } : next);
    if (achievementEvent.type === 'AchievementNotRecommendedByCity' || achievementEvent.type === 'AchievementFoundIneligible')
      this.reasons.set(id, achievementEvent.data.reason);
  }

  /** Submitted achievements (drafts are their applicant's alone), by trade, city and status when given. */
  list(filter: { tradeId?: string; city?: string; status?: AchievementStatus } = {}): AchievementSummary[] {
    return this.summaries().filter(
      (a) =>
        a.status !== 'draft' &&
        (!filter.tradeId || a.tradeId === filter.tradeId) &&
        (!filter.city || a.city === filter.city) &&
        (!filter.status || a.status === filter.status),
    );
  }

  /** An applicant's own achievements, drafts included. */
  mine(userId: string): AchievementSummary[] {
    return this.summaries().filter((a) => a.applicantUserId === userId);
  }

  private summaries(): AchievementSummary[] {
    return [...this.states.values()].flatMap((s): AchievementSummary[] => {
      if (!s.achievementId || !s.draft || !s.status) return [];
      const reason = this.reasons.get(s.achievementId);
      return [
        {
          achievementId: s.achievementId,
          tradeId: s.tradeId!,
          city: s.city!,
          applicantUserId: s.applicantUserId!,
          status: s.status,
          title: s.draft.title,
          category: s.draft.category,
          team: s.draft.members.map(({ name, employer, university }) => ({
            name,
            ...(employer ? { employer } : {}),
            ...(university ? { university } : {}),
          })),
          attachments: s.attachments.length,
          ...(s.submittedAt ? { submittedAt: s.submittedAt } : {}),
          ...(reason ? { reason } : {}),
        },
      ];
    });
  }
}
