import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, StreamStateCache } from '#application';
import { scoreSheetDecider, streams, tradeDecider } from '#domain';
import { commandMeta } from '../../../command-meta.js';
import { SubmitMarkCommand } from './submit-mark.command.js';

/** A judge's mark for one aspect of one competitor: the hottest path of the platform. */
@CommandHandler(SubmitMarkCommand)
export class SubmitMarkHandler implements ICommandHandler<SubmitMarkCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly cache: StreamStateCache,
  ) {}

  async execute({ tradeId, dto, caller }: SubmitMarkCommand) {
    const { commandId, competitorNumber, aspectId, mark } = dto;
    const result = await this.executor.execute({
      streamId: streams.scoreSheet(tradeId, competitorNumber),
      decider: scoreSheetDecider,
      command: { type: 'SubmitMark', tradeId, competitorNumber, aspectId, judgeId: caller.user.userId, mark },
      context: async () => (await this.cache.load(streams.trade(tradeId), tradeDecider)).state,
      meta: commandMeta(caller, commandId),
    });
    return { commandId, revision: result.revision, position: result.position, duplicate: result.duplicate };
  }
}
