import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '#contracts';
import { commandMeta, tradeActor } from '../../../command-meta.js';
import { ScoreSheetWriter } from '../../score-sheets/score-sheet-writer.js';
import { RecordCompletionTimeCommand } from './record-completion-time.command.js';

/** The chief judge records how long a competitor's practical took (the last tie-break). */
@CommandHandler(RecordCompletionTimeCommand)
export class RecordCompletionTimeHandler implements ICommandHandler<RecordCompletionTimeCommand> {
  constructor(private readonly sheets: ScoreSheetWriter) {}

  execute({ tradeId, competitorNumber, dto, caller }: RecordCompletionTimeCommand): Promise<CommandAnswer> {
    const { commandId, completionSeconds, reason } = dto;
    return this.sheets.append(
      { type: 'RecordCompletionTime', tradeId, competitorNumber, completionSeconds, reason, by: tradeActor(caller) },
      commandMeta(caller, commandId, reason),
    );
  }
}
