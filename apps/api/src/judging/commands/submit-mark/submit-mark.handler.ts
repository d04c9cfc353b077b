import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '#contracts';
import { CLOCK, type Clock } from '#platform';
import { commandMeta, deviceOf } from '../../../command-meta.js';
import { ScoreSheetWriter } from '../../score-sheets/score-sheet-writer.js';
import { SubmitMarkCommand } from './submit-mark.command.js';

/**
 * A judge marks one aspect of one competitor from their tablet. The score sheet's decider checks the
 * panel, the assignment, the lease, the scale and blind marking; the scoring job then follows.
 */
@CommandHandler(SubmitMarkCommand)
export class SubmitMarkHandler implements ICommandHandler<SubmitMarkCommand> {
  constructor(
    private readonly sheets: ScoreSheetWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ tradeId, dto, caller }: SubmitMarkCommand): Promise<CommandAnswer> {
    const { commandId, competitorNumber, aspectId, mark } = dto;
    return this.sheets.append(
      {
        type: 'SubmitMark',
        tradeId,
        competitorNumber,
        aspectId,
        judgeId: caller.user.userId,
        mark,
        deviceId: deviceOf(caller),
        at: this.clock().toISOString(),
      },
      commandMeta(caller, commandId),
    );
  }
}
