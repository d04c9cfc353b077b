import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { deterministicId } from '#application';
import type { CorrectionRequestedAnswer } from '#contracts';
import { commandMeta, tradeActor } from '../../../command-meta.js';
import { ScoreSheetWriter } from '../../score-sheets/score-sheet-writer.js';
import { RequestCorrectionCommand } from './request-correction.command.js';

/** A judge asks to correct a submitted mark, with a reason; the correction's id derives from the commandId. */
@CommandHandler(RequestCorrectionCommand)
export class RequestCorrectionHandler implements ICommandHandler<RequestCorrectionCommand> {
  constructor(private readonly sheets: ScoreSheetWriter) {}

  async execute({ tradeId, dto, caller }: RequestCorrectionCommand): Promise<CorrectionRequestedAnswer> {
    const { commandId, competitorNumber, aspectId, judgeId, mark, reason } = dto;
    const correctionId = deterministicId(`correction/${commandId}`);
    const result = await this.sheets.append(
      { type: 'RequestCorrection', tradeId, competitorNumber, correctionId, aspectId, judgeId, mark, reason, by: tradeActor(caller) },
      commandMeta(caller, commandId, reason),
    );
    return { ...result, correctionId };
  }
}
