import { Module } from '@nestjs/common';
import { AssignJudgeHandler } from './commands/assign-judge/assign-judge.handler.js';
import { CheckInHandler } from './commands/check-in/check-in.handler.js';
import { CloseCheckInHandler } from './commands/close-check-in/close-check-in.handler.js';
import { CommitDrawHandler } from './commands/commit-draw/commit-draw.handler.js';
import { DrawLotsHandler } from './commands/draw-lots/draw-lots.handler.js';
import { SubmitMarkHandler } from './commands/submit-mark/submit-mark.handler.js';
import { TradesController } from './trades.controller.js';

@Module({ controllers: [TradesController], providers: [SubmitMarkHandler, AssignJudgeHandler, DrawLotsHandler, CommitDrawHandler, CheckInHandler, CloseCheckInHandler] })
export class JudgingModule {}
