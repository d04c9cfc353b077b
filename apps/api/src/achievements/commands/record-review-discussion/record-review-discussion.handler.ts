import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '#application';
import type { CommandAnswer } from '#contracts';
import { expertReviewDecider, streams } from '#domain';
import { answer, commandMeta } from '../../../command-meta.js';
import { ExpertReviewContext } from '../../review/expert-review-context.service.js';
import { RecordReviewDiscussionCommand } from './record-review-discussion.command.js';

/** The organiser records the discussion of a flagged achievement and asks its experts to re-score (a new round). */
@CommandHandler(RecordReviewDiscussionCommand)
export class RecordReviewDiscussionHandler implements ICommandHandler<RecordReviewDiscussionCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly review: ExpertReviewContext,
  ) {}

  async execute({ achievementId, dto, caller }: RecordReviewDiscussionCommand): Promise<CommandAnswer> {
    const { tradeId } = await this.review.submission(achievementId);
    const result = await this.executor.execute({
      streamId: streams.expertReview(tradeId),
      decider: expertReviewDecider,
      command: { type: 'RecordReviewDiscussion', tradeId, achievementId, discussion: dto.discussion },
      meta: commandMeta(caller, dto.commandId),
    });
    return answer(dto.commandId, result);
  }
}
