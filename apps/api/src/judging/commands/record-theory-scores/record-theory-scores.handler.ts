import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { deterministicId } from '#application';
import type { TheoryUploadReport } from '#contracts';
import { commandMeta } from '../../../command-meta.js';
import { ScoreSheetReader } from '../../score-sheets/score-sheet.service.js';
import { ScoreSheetWriter } from '../../score-sheets/score-sheet-writer.js';
import { runTheoryRows } from '../../theory/theory-rows.js';
import { RecordTheoryScoresCommand } from './record-theory-scores.command.js';

/** RecordTheoryScore on each competitor's score sheet, row by row: a refused row does not stop the others. */
@CommandHandler(RecordTheoryScoresCommand)
export class RecordTheoryScoresHandler implements ICommandHandler<RecordTheoryScoresCommand> {
  constructor(
    private readonly reader: ScoreSheetReader,
    private readonly sheets: ScoreSheetWriter,
  ) {}

  async execute({ tradeId, rows, reason, caller }: RecordTheoryScoresCommand): Promise<TheoryUploadReport> {
    const { definition } = await this.reader.trade(tradeId);
    return runTheoryRows(tradeId, definition.theory?.answerKey.length ?? 0, rows, ({ competitorNumber, score }) => {
      const commandId = deterministicId(`theory-score/${tradeId}/${competitorNumber}/${score}/${reason ?? ''}`);
      return this.sheets.append(
        { type: 'RecordTheoryScore', tradeId, competitorNumber, score, reason },
        commandMeta(caller, commandId, reason),
      );
    });
  }
}
