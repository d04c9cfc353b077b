import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '#contracts';
import { commandMeta, tradeActor } from '../../../command-meta.js';
import { JudgingViews } from '../../judging-views.service.js';
import { ScoreSheetWriter } from '../../score-sheets/score-sheet-writer.js';
import { RejectCorrectionCommand } from './reject-correction.command.js';

/** The chief judge rejects a correction, with a reason. */
@CommandHandler(RejectCorrectionCommand)
export class RejectCorrectionHandler implements ICommandHandler<RejectCorrectionCommand> {
  constructor(
    private readonly sheets: ScoreSheetWriter,
    private readonly views: JudgingViews,
  ) {}

  async execute({ tradeId, correctionId, dto, caller }: RejectCorrectionCommand): Promise<CommandAnswer> {
    const { competitorNumber } = await this.views.correction(tradeId, correctionId);
    return this.sheets.append(
      { type: 'RejectCorrection', tradeId, competitorNumber, correctionId, reason: dto.reason, by: tradeActor(caller) },
      commandMeta(caller, dto.commandId, dto.reason),
    );
  }
}
