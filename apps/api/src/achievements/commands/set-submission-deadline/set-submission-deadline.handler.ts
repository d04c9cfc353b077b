import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '#application';
import type { CommandAnswer } from '#contracts';
import { achievementCallDecider, streams } from '#domain';
import { answer, commandMeta } from '../../../command-meta.js';
import { AchievementsContext } from '../../achievements-context.service.js';
import { SetSubmissionDeadlineCommand } from './set-submission-deadline.command.js';

/** The organiser sets (or moves) the instant after which a review trade takes no draft, attachment or submission. */
@CommandHandler(SetSubmissionDeadlineCommand)
export class SetSubmissionDeadlineHandler implements ICommandHandler<SetSubmissionDeadlineCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly achievements: AchievementsContext,
  ) {}

  async execute({ tradeId, dto, caller }: SetSubmissionDeadlineCommand): Promise<CommandAnswer> {
    await this.achievements.forTrade(tradeId);
    const result = await this.executor.execute({
      streamId: streams.achievementCall(tradeId),
      decider: achievementCallDecider,
      command: { type: 'SetSubmissionDeadline', tradeId, closesAt: dto.closesAt },
      meta: commandMeta(caller, dto.commandId),
    });
    return answer(dto.commandId, result);
  }
}
