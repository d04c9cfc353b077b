import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, deterministicId, type CommandMeta } from '#application';
import type { AchievementDecisionAnswer } from '#contracts';
import { achievementDecider, cityQuotaDecider, streams } from '#domain';
import { commandMeta } from '../../../command-meta.js';
import { AchievementsContext } from '../../achievements-context.service.js';
import { ReviewAchievementCommand } from './review-achievement.command.js';

/**
 * The two tiers of an entry (registration/commands/review-entry), for an achievement: a city's
 * recommendation first takes one of the city's quota slots in the trade (refused with `quota.full`
 * when none is free) and gives it back if the recommendation is then refused; the province finding it
 * ineligible gives the slot back too.
 */
@CommandHandler(ReviewAchievementCommand)
export class ReviewAchievementHandler implements ICommandHandler<ReviewAchievementCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly achievements: AchievementsContext,
  ) {}

  async execute({ achievementId, review, commandId, caller }: ReviewAchievementCommand): Promise<AchievementDecisionAnswer> {
    const current = await this.achievements.load(achievementId);
    const { state } = current;
    const meta = commandMeta(caller, commandId, 'reason' in review ? review.reason : undefined);
    const context = () => this.achievements.forTrade(state.tradeId ?? '');
    const decide = () =>
      this.executor.execute({ streamId: streams.achievement(achievementId), decider: achievementDecider, command: review, context, meta });
    // Decided first on the current state: no slot is taken for a decision the rules refuse.
    if (!current.commands.has(commandId)) achievementDecider.decide(review, state, await context());
    const tradeId = state.tradeId ?? '';
    const city = state.city ?? '';
    const slot = { tradeId, city, entryId: achievementId };

    if (review.type === 'RecommendAchievement') {
      const quota = await this.achievements.quotaPerCity(tradeId);
      const taken = await this.executor.execute({
        streamId: streams.achievementQuota(tradeId, city),
        decider: cityQuotaDecider,
        command: { type: 'TakeQuotaSlot', ...slot, quota },
        meta,
      });
      try {
        return this.answer(achievementId, commandId, await decide());
      } catch (error) {
        if (taken.duplicate || taken.events.length > 0) await this.release(slot, undoMeta(meta));
        throw error;
      }
    }
    const result = await decide();
    if (review.type === 'RefuseAchievementEligibility') await this.release(slot, meta);
    return this.answer(achievementId, commandId, result);
  }

  private async release(slot: { tradeId: string; city: string; entryId: string }, meta: CommandMeta): Promise<void> {
    await this.executor.execute({
      streamId: streams.achievementQuota(slot.tradeId, slot.city),
      decider: cityQuotaDecider,
      command: { type: 'ReleaseQuotaSlot', ...slot },
      meta,
    });
  }

  private answer(achievementId: string, commandId: string, result: { position: number }): AchievementDecisionAnswer {
    return { achievementId, commandId, position: result.position };
  }
}

const undoMeta = (meta: CommandMeta): CommandMeta => ({
  ...meta,
  commandId: deterministicId(`${meta.commandId}/undo`),
  causationId: meta.commandId,
});
