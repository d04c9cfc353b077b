import { Module } from '@nestjs/common';
import { AssignJudgeHandler } from './commands/assign-judge/assign-judge.handler.js';
import { DrawLotsHandler } from './commands/draw-lots/draw-lots.handler.js';
import { SubmitMarkHandler } from './commands/submit-mark/submit-mark.handler.js';
import { TradesController } from './trades.controller.js';

@Module({ controllers: [TradesController], providers: [SubmitMarkHandler, AssignJudgeHandler, DrawLotsHandler] })
export class JudgingModule {}
