import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '#application';
import type { ExpertAssignmentAnswer } from '#contracts';
import { expertReviewDecider, streams } from '#domain';
import { commandMeta } from '../../../command-meta.js';
import { ExpertReviewContext } from '../../review/expert-review-context.service.js';
import { AssignExpertsCommand } from './assign-experts.command.js';

/**
 * The organiser assigns the trade's experts to its eligible achievements (assignExperts: N each, at
 * most M per expert, no conflict, the least maximum load) and the assignment is recorded as
 * ExpertsAssigned with what it could not fill.
 */
@CommandHandler(AssignExpertsCommand)
export class AssignExpertsHandler implements ICommandHandler<AssignExpertsCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly review: ExpertReviewContext,
  ) {}

  async execute({ tradeId, dto, caller }: AssignExpertsCommand): Promise<ExpertAssignmentAnswer> {
    await this.review.achievements.forTrade(tradeId);
    const [submissions, experts] = await Promise.all([this.review.eligible(tradeId), this.review.experts(tradeId)]);
    const result = await this.executor.execute({
      streamId: streams.expertReview(tradeId),
      decider: expertReviewDecider,
      command: { type: 'AssignExperts', tradeId, submissions, experts },
      meta: commandMeta(caller, dto.commandId),
    });
    const recorded = result.events.find((e) => e.type === 'ExpertsAssigned');
    if (recorded?.type === 'ExpertsAssigned') {
      const { assignments, shortfall } = recorded.data;
      return { commandId: dto.commandId, position: result.position, duplicate: result.duplicate, assignments, shortfall };
    }
    // A retry: the assignment as it stands.
    const { state } = await this.review.load(tradeId);
    const assignments = Object.entries(state.submissions).map(([achievementId, s]) => ({ achievementId, expertIds: s.expertIds }));
    return { commandId: dto.commandId, position: result.position, duplicate: result.duplicate, assignments, shortfall: [] };
  }
}
