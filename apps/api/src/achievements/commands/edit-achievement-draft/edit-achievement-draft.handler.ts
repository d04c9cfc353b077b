import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '#application';
import type { CommandAnswer } from '#contracts';
import { achievementDecider, streams } from '#domain';
import { CLOCK, type Clock } from '#platform';
import { answer, commandMeta } from '../../../command-meta.js';
import { AchievementsContext } from '../../achievements-context.service.js';
import { draftOf } from '../draft-of.js';
import { EditAchievementDraftCommand } from './edit-achievement-draft.command.js';

/** The applicant replaces the draft's fields (title, category, summary, team, benefits) until they submit it. */
@CommandHandler(EditAchievementDraftCommand)
export class EditAchievementDraftHandler implements ICommandHandler<EditAchievementDraftCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly achievements: AchievementsContext,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ achievementId, dto, caller }: EditAchievementDraftCommand): Promise<CommandAnswer> {
    const { state } = await this.achievements.load(achievementId);
    const result = await this.executor.execute({
      streamId: streams.achievement(achievementId),
      decider: achievementDecider,
      command: { type: 'EditAchievementDraft', by: { userId: caller.user.userId }, draft: draftOf(dto), at: this.clock().toISOString() },
      context: () => this.achievements.forTrade(state.tradeId ?? ''),
      meta: commandMeta(caller, dto.commandId),
    });
    return answer(dto.commandId, result);
  }
}
