import { Module } from '@nestjs/common';
import { DecideAppealHandler } from './appeals/decide-appeal.handler.js';
import { AppealsController } from './appeals/appeals.controller.js';
import { FileAppealHandler } from './appeals/file-appeal.handler.js';
import { AssignJudgeHandler } from './commands/assign-judge/assign-judge.handler.js';
import { CheckInHandler } from './commands/check-in/check-in.handler.js';
import { CloseCheckInHandler } from './commands/close-check-in/close-check-in.handler.js';
import { CommitDrawHandler } from './commands/commit-draw/commit-draw.handler.js';
import { DrawLotsHandler } from './commands/draw-lots/draw-lots.handler.js';
import { JudgingViews } from './judging-views.service.js';
import { MedalsController } from './results/medals.controller.js';
import { PublishResultsHandler } from './results/publish-results.handler.js';
import { ResultsController } from './results/results.controller.js';
import { StepCeremonyController } from '../live/commands/step-ceremony/step-ceremony.http.controller.js';
import { TheoryAnswersController } from './results/theory-answers.controller.js';
import { MarkingController } from './score-sheets/marking.controller.js';
import { ScoreSheetReader } from './score-sheets/score-sheet.service.js';
import { SheetCommandHandler } from './score-sheets/sheet-command.handler.js';
import { SignOffHandler } from './score-sheets/sign-off.handler.js';
import { TradeChangeHandler } from './trade-change.js';
import { TradesController } from './trades.controller.js';
import { RecordTheoryScoresHandler } from './commands/record-theory-scores/record-theory-scores.handler.js';
import { RecordTheoryScoresHttpController } from './commands/record-theory-scores/record-theory-scores.http.controller.js';
import { SetTheoryKeyHandler } from './commands/set-theory-key/set-theory-key.handler.js';
import { SetTheoryKeyHttpController } from './commands/set-theory-key/set-theory-key.http.controller.js';
import { TheoryQueryController } from './theory/theory.query.controller.js';
import { TheoryStatusService } from './theory/theory-status.service.js';

@Module({
  controllers: [
    TradesController,
    MarkingController,
    ResultsController,
    StepCeremonyController,
    MedalsController,
    TheoryAnswersController,
    AppealsController,
    SetTheoryKeyHttpController,
    RecordTheoryScoresHttpController,
    TheoryQueryController,
  ],
  providers: [
    TheoryStatusService,
    SetTheoryKeyHandler,
    RecordTheoryScoresHandler,
    ScoreSheetReader,
    JudgingViews,
    SheetCommandHandler,
    SignOffHandler,
    TradeChangeHandler,
    PublishResultsHandler,
    FileAppealHandler,
    DecideAppealHandler,
    AssignJudgeHandler,
    DrawLotsHandler,
    CommitDrawHandler,
    CheckInHandler,
    CloseCheckInHandler,
  ],
  exports: [JudgingViews],
})
export class JudgingModule {}
