import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '#application';
import type { TheoryKeyAnswer } from '#contracts';
import { streams, tradeDecider } from '#domain';
import { commandMeta } from '../../../command-meta.js';
import { TheoryStatusService } from '../../theory/theory-status.service.js';
import { SetTheoryKeyCommand } from './set-theory-key.command.js';

/** SetTheoryAnswerKey on the trade, with the answer sheets already recorded (the key is locked once there is one). */
@CommandHandler(SetTheoryKeyCommand)
export class SetTheoryKeyHandler implements ICommandHandler<SetTheoryKeyCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly theory: TheoryStatusService,
  ) {}

  async execute({ tradeId, answerKey, caller, commandId }: SetTheoryKeyCommand): Promise<TheoryKeyAnswer> {
    const result = await this.executor.execute({
      streamId: streams.trade(tradeId),
      decider: tradeDecider,
      command: {
        type: 'SetTheoryAnswerKey',
        answerKey,
        gradedSheets: await this.theory.answerSheetsRecorded(tradeId),
        by: { userId: caller.user.userId, role: caller.user.role },
      },
      meta: commandMeta(caller, commandId),
    });
    return { tradeId, commandId, questions: answerKey.length, changed: result.events.length > 0 && !result.duplicate };
  }
}
