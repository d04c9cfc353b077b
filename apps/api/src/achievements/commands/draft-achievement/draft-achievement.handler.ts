import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, deterministicId } from '#application';
import type { AchievementDraftedAnswer } from '#contracts';
import { achievementDecider, streams } from '#domain';
import { CLOCK, type Clock } from '#platform';
import { Inject } from '@nestjs/common';
import { commandMeta } from '../../../command-meta.js';
import { AchievementsContext } from '../../achievements-context.service.js';
import { draftOf } from '../draft-of.js';
import { DraftAchievementCommand } from './draft-achievement.command.js';

/** A contestant starts an achievement in a review trade: a draft only they see and edit until they submit it. */
@CommandHandler(DraftAchievementCommand)
export class DraftAchievementHandler implements ICommandHandler<DraftAchievementCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly achievements: AchievementsContext,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ dto, caller }: DraftAchievementCommand): Promise<AchievementDraftedAnswer> {
    const achievementId = deterministicId(`achievement/${dto.commandId}`);
    const result = await this.executor.execute({
      streamId: streams.achievement(achievementId),
      decider: achievementDecider,
      command: {
        type: 'DraftAchievement',
        achievementId,
        contestId: this.achievements.contestId,
        tradeId: dto.tradeId,
        city: dto.city,
        by: { userId: caller.user.userId },
        draft: draftOf(dto),
        at: this.clock().toISOString(),
      },
      context: () => this.achievements.forTrade(dto.tradeId),
      meta: commandMeta(caller, dto.commandId),
    });
    return { achievementId, commandId: dto.commandId, position: result.position, duplicate: result.duplicate };
  }
}
