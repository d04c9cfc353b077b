import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '#application';
import type { CommandAnswer } from '#contracts';
import { achievementDecider, streams } from '#domain';
import { CLOCK, type Clock } from '#platform';
import { answer, commandMeta } from '../../../command-meta.js';
import { AchievementsContext } from '../../achievements-context.service.js';
import { SubmitAchievementCommand } from './submit-achievement.command.js';

/** The applicant submits the draft before the deadline: from then on it no longer changes, and its city may recommend it. */
@CommandHandler(SubmitAchievementCommand)
export class SubmitAchievementHandler implements ICommandHandler<SubmitAchievementCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly achievements: AchievementsContext,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ achievementId, commandId, caller }: SubmitAchievementCommand): Promise<CommandAnswer> {
    const { state } = await this.achievements.load(achievementId);
    const result = await this.executor.execute({
      streamId: streams.achievement(achievementId),
      decider: achievementDecider,
      command: { type: 'SubmitAchievement', by: { userId: caller.user.userId }, at: this.clock().toISOString() },
      context: () => this.achievements.forTrade(state.tradeId ?? ''),
      meta: commandMeta(caller, commandId),
    });
    return answer(commandId, result);
  }
}
