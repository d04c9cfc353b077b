import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '#contracts';
import { commandMeta, tradeActor } from '../../../command-meta.js';
import { ScoreSheetWriter } from '../../score-sheets/score-sheet-writer.js';
import { SubstituteJudgeCommand } from './substitute-judge.command.js';

/** The chief judge puts a substitute in for a judge with a conflict of interest on this competitor. */
@CommandHandler(SubstituteJudgeCommand)
export class SubstituteJudgeHandler implements ICommandHandler<SubstituteJudgeCommand> {
  constructor(private readonly sheets: ScoreSheetWriter) {}

  execute({ tradeId, competitorNumber, dto, caller }: SubstituteJudgeCommand): Promise<CommandAnswer> {
    const { commandId, judgeId, substituteId } = dto;
    return this.sheets.append(
      { type: 'SubstituteJudge', tradeId, competitorNumber, judgeId, substituteId, by: tradeActor(caller) },
      commandMeta(caller, commandId),
    );
  }
}
