import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '#application';
import type { CommandAnswer } from '#contracts';
import { expertReviewDecider, streams } from '#domain';
import { answer, commandMeta } from '../../../command-meta.js';
import { ExpertReviewContext } from '../../review/expert-review-context.service.js';
import { AdjustExpertAssignmentCommand } from './adjust-expert-assignment.command.js';

/** The organiser replaces one expert of an achievement (or fills a short slot), with a reason; refused for a conflict or beyond M. */
@CommandHandler(AdjustExpertAssignmentCommand)
export class AdjustExpertAssignmentHandler implements ICommandHandler<AdjustExpertAssignmentCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly review: ExpertReviewContext,
  ) {}

  async execute({ achievementId, dto, caller }: AdjustExpertAssignmentCommand): Promise<CommandAnswer> {
    const { tradeId, profile } = await this.review.submission(achievementId);
    const to = await this.review.expert(tradeId, dto.toExpertId);
    const result = await this.executor.execute({
      streamId: streams.expertReview(tradeId),
      decider: expertReviewDecider,
      command: {
        type: 'AdjustExpertAssignment',
        tradeId,
        submission: profile,
        ...(dto.fromExpertId ? { fromExpertId: dto.fromExpertId } : {}),
        to,
        reason: dto.reason,
      },
      meta: commandMeta(caller, dto.commandId, dto.reason),
    });
    return answer(dto.commandId, result);
  }
}
