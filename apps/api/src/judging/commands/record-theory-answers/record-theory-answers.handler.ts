import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { deterministicId } from '#application';
import type { TheoryUploadReport } from '#contracts';
import { conflict, parseAnswers } from '#domain';
import { commandMeta } from '../../../command-meta.js';
import { ScoreSheetReader } from '../../score-sheets/score-sheet.service.js';
import { ScoreSheetWriter } from '../../score-sheets/score-sheet-writer.js';
import { runTheoryRows } from '../../theory/theory-rows.js';
import { RecordTheoryAnswersCommand } from './record-theory-answers.command.js';

/**
 * RecordTheoryAnswers on each contestant's score sheet, row by row: good rows are recorded despite
 * bad ones; each row's commandId derives from its content, so the same upload again records nothing new.
 */
@CommandHandler(RecordTheoryAnswersCommand)
export class RecordTheoryAnswersHandler implements ICommandHandler<RecordTheoryAnswersCommand> {
  constructor(
    private readonly reader: ScoreSheetReader,
    private readonly sheets: ScoreSheetWriter,
  ) {}

  async execute({ tradeId, rows, reason, caller }: RecordTheoryAnswersCommand): Promise<TheoryUploadReport> {
    const { definition } = await this.reader.trade(tradeId);
    const questions = definition.theory?.answerKey.length ?? 0;
    return runTheoryRows(tradeId, questions, rows, ({ competitorNumber, answers }) => {
      if (questions === 0) {
        throw conflict(`Trade ${tradeId} has no theory answer key`, 'answers', { code: 'theory.no_answer_key', params: { tradeId } });
      }
      const parsed = parseAnswers(answers, questions);
      const commandId = deterministicId(`theory/${tradeId}/${competitorNumber}/${parsed.join('|')}${reason ? `/${reason}` : ''}`);
      return this.sheets.append(
        { type: 'RecordTheoryAnswers', tradeId, competitorNumber, answers: parsed, reason },
        commandMeta(caller, commandId, reason),
      );
    });
  }
}
