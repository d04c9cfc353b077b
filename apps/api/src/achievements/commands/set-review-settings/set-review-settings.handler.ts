import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '#application';
import type { CommandAnswer } from '#contracts';
import { expertReviewDecider, streams } from '#domain';
import { answer, commandMeta } from '../../../command-meta.js';
import { ExpertReviewContext } from '../../review/expert-review-context.service.js';
import { SetReviewSettingsCommand } from './set-review-settings.command.js';

/** The organiser sets a review trade's N, M, criteria and weights, spread threshold, blindness and city rule (before the assignment). */
@CommandHandler(SetReviewSettingsCommand)
export class SetReviewSettingsHandler implements ICommandHandler<SetReviewSettingsCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly review: ExpertReviewContext,
  ) {}

  async execute({ tradeId, dto, caller }: SetReviewSettingsCommand): Promise<CommandAnswer> {
    await this.review.achievements.forTrade(tradeId);
    const { commandId: _c, ...settings } = dto;
    const result = await this.executor.execute({
      streamId: streams.expertReview(tradeId),
      decider: expertReviewDecider,
      command: { type: 'SetExpertReviewSettings', tradeId, settings: { ...settings, criteria: settings.criteria.map((c) => ({ ...c })) } },
      meta: commandMeta(caller, dto.commandId),
    });
    return answer(dto.commandId, result);
  }
}
