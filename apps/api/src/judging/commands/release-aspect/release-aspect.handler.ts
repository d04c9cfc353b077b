import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '#contracts';
import { commandMeta, deviceOf } from '../../../command-meta.js';
import { ScoreSheetWriter } from '../../score-sheets/score-sheet-writer.js';
import { ReleaseAspectCommand } from './release-aspect.command.js';

/** A tablet lets an aspect go (the judge left it without a mark). */
@CommandHandler(ReleaseAspectCommand)
export class ReleaseAspectHandler implements ICommandHandler<ReleaseAspectCommand> {
  constructor(private readonly sheets: ScoreSheetWriter) {}

  execute({ tradeId, dto, caller }: ReleaseAspectCommand): Promise<CommandAnswer> {
    const { commandId, competitorNumber, aspectId } = dto;
    return this.sheets.append(
      { type: 'ReleaseAspect', tradeId, competitorNumber, aspectId, judgeId: caller.user.userId, deviceId: deviceOf(caller) },
      commandMeta(caller, commandId),
    );
  }
}
