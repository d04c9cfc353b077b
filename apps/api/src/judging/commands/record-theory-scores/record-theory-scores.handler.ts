import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { deterministicId } from '#application';
import type { TheoryUploadReport } from '#contracts';
import { ScoreSheetReader } from '../../score-sheets/score-sheet.service.js';
import { SheetCommand } from '../../score-sheets/sheet-command.js';
import { runTheoryRows } from '../../theory/theory-rows.js';
import { RecordTheoryScoresCommand } from './record-theory-scores.command.js';

/** RecordTheoryScore on each competitor's score sheet, row by row: a refused row does not stop the others. */
@CommandHandler(RecordTheoryScoresCommand)
export class RecordTheoryScoresHandler implements ICommandHandler<RecordTheoryScoresCommand> {
  constructor(
    private readonly commands: CommandBus,
    private readonly reader: ScoreSheetReader,
  ) {}

  async execute({ tradeId, rows, reason, caller }: RecordTheoryScoresCommand): Promise<TheoryUploadReport> {
    const { definition } = await this.reader.trade(tradeId);
    return runTheoryRows(tradeId, definition.theory?.answerKey.length ?? 0, rows, ({ competitorNumber, score }) => {
      const commandId = deterministicId(`theory-score/${tradeId}/${competitorNumber}/${score}/${reason ?? ''}`);
      return this.commands.execute(
        new SheetCommand({ type: 'RecordTheoryScore', tradeId, competitorNumber, score, reason }, caller, commandId, reason),
      );
    });
  }
}
