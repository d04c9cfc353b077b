import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '#contracts';
import { commandMeta, tradeActor } from '../../../command-meta.js';
import { JudgingViews } from '../../judging-views.service.js';
import { ScoreSheetWriter } from '../../score-sheets/score-sheet-writer.js';
import { ApproveCorrectionCommand } from './approve-correction.command.js';

/** The chief judge approves a correction: the mark changes, the original stays in the history. */
@CommandHandler(ApproveCorrectionCommand)
export class ApproveCorrectionHandler implements ICommandHandler<ApproveCorrectionCommand> {
  constructor(
    private readonly sheets: ScoreSheetWriter,
    private readonly views: JudgingViews,
  ) {}

  async execute({ tradeId, correctionId, dto, caller }: ApproveCorrectionCommand): Promise<CommandAnswer> {
    const { competitorNumber } = await this.views.correction(tradeId, correctionId);
    return this.sheets.append(
      { type: 'ApproveCorrection', tradeId, competitorNumber, correctionId, by: tradeActor(caller) },
      commandMeta(caller, dto.commandId),
    );
  }
}
