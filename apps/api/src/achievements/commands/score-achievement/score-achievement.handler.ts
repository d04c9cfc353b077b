import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '#application';
import type { CommandAnswer } from '#contracts';
import { expertReviewDecider, forbidden, streams } from '#domain';
import { answer, commandMeta } from '../../../command-meta.js';
import { ExpertReviewContext } from '../../review/expert-review-context.service.js';
import { ScoreAchievementCommand } from './score-achievement.command.js';

/** An assigned expert scores each criterion with a comment; the last score of a round flags the spread or settles the review. */
@CommandHandler(ScoreAchievementCommand)
export class ScoreAchievementHandler implements ICommandHandler<ScoreAchievementCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly review: ExpertReviewContext,
  ) {}

  async execute({ achievementId, dto, caller }: ScoreAchievementCommand): Promise<CommandAnswer> {
    const { tradeId, profile } = await this.review.submission(achievementId);
    const expert = await this.review.expert(tradeId, caller.user.userId).catch(() => {
      throw forbidden('You are not an expert of this trade', undefined, {
        code: 'review.not_assigned',
        params: { expertId: caller.user.userId },
      });
    });
    const result = await this.executor.execute({
      streamId: streams.expertReview(tradeId),
      decider: expertReviewDecider,
      command: {
        type: 'ScoreAchievement',
        tradeId,
        submission: profile,
        expert,
        scores: dto.scores.map(({ criterionId, score }) => ({ criterionId, score })),
        comment: dto.comment,
      },
      meta: commandMeta(caller, dto.commandId),
    });
    return answer(dto.commandId, result);
  }
}
