import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '#application';
import type { CommandAnswer } from '#contracts';
import { achievementDecider, streams } from '#domain';
import { CLOCK, type Clock } from '#platform';
import { answer, commandMeta } from '../../../command-meta.js';
import { AchievementsContext } from '../../achievements-context.service.js';
import { RemoveAchievementAttachmentCommand } from './remove-achievement-attachment.command.js';

/** The applicant takes an attachment off the draft (the file stays in the blob store: the history still names it). */
@CommandHandler(RemoveAchievementAttachmentCommand)
export class RemoveAchievementAttachmentHandler implements ICommandHandler<RemoveAchievementAttachmentCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly achievements: AchievementsContext,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ achievementId, attachmentId, commandId, caller }: RemoveAchievementAttachmentCommand): Promise<CommandAnswer> {
    const { state } = await this.achievements.load(achievementId);
    const result = await this.executor.execute({
      streamId: streams.achievement(achievementId),
      decider: achievementDecider,
      command: { type: 'RemoveAchievementAttachment', by: { userId: caller.user.userId }, attachmentId, at: this.clock().toISOString() },
      context: () => this.achievements.forTrade(state.tradeId ?? ''),
      meta: commandMeta(caller, commandId),
    });
    return answer(commandId, result);
  }
}
