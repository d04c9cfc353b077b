import { type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { AppealsController } from './appeals/appeals.controller.js';
import { SubmitMarkHandler } from './commands/submit-mark/submit-mark.handler.js';
import { SubmitMarkHttpController } from './commands/submit-mark/submit-mark.http.controller.js';
import { OpenAspectHandler } from './commands/open-aspect/open-aspect.handler.js';
import { OpenAspectHttpController } from './commands/open-aspect/open-aspect.http.controller.js';
import { ReleaseAspectHandler } from './commands/release-aspect/release-aspect.handler.js';
import { ReleaseAspectHttpController } from './commands/release-aspect/release-aspect.http.controller.js';
import { AssignAspectsHandler } from './commands/assign-aspects/assign-aspects.handler.js';
import { AssignAspectsHttpController } from './commands/assign-aspects/assign-aspects.http.controller.js';
import { SubstituteJudgeHandler } from './commands/substitute-judge/substitute-judge.handler.js';
import { SubstituteJudgeHttpController } from './commands/substitute-judge/substitute-judge.http.controller.js';
import { RequestCorrectionHandler } from './commands/request-correction/request-correction.handler.js';
import { RequestCorrectionHttpController } from './commands/request-correction/request-correction.http.controller.js';
import { ApproveCorrectionHandler } from './commands/approve-correction/approve-correction.handler.js';
import { ApproveCorrectionHttpController } from './commands/approve-correction/approve-correction.http.controller.js';
import { RejectCorrectionHandler } from './commands/reject-correction/reject-correction.handler.js';
import { RejectCorrectionHttpController } from './commands/reject-correction/reject-correction.http.controller.js';
import { SignOffModuleHandler } from './commands/sign-off-module/sign-off-module.handler.js';
import { SignOffModuleHttpController } from './commands/sign-off-module/sign-off-module.http.controller.js';
import { RecordCompletionTimeHandler } from './commands/record-completion-time/record-completion-time.handler.js';
import { RecordCompletionTimeHttpController } from './commands/record-completion-time/record-completion-time.http.controller.js';
import { StepCeremonyHandler } from './commands/step-ceremony/step-ceremony.handler.js';
import { StepCeremonyHttpController } from './commands/step-ceremony/step-ceremony.http.controller.js';
import { FreezeBoardHandler } from './commands/freeze-board/freeze-board.handler.js';
import { FreezeBoardHttpController } from './commands/freeze-board/freeze-board.http.controller.js';
import { RevealBoardHandler } from './commands/reveal-board/reveal-board.handler.js';
import { RevealBoardHttpController } from './commands/reveal-board/reveal-board.http.controller.js';
import { PublishResultsHandler } from './commands/publish-results/publish-results.handler.js';
import { PublishResultsHttpController } from './commands/publish-results/publish-results.http.controller.js';
import { RecordTheoryAnswersHandler } from './commands/record-theory-answers/record-theory-answers.handler.js';
import { RecordTheoryAnswersHttpController } from './commands/record-theory-answers/record-theory-answers.http.controller.js';
import { FileAppealHandler } from './commands/file-appeal/file-appeal.handler.js';
import { FileAppealHttpController } from './commands/file-appeal/file-appeal.http.controller.js';
import { DecideAppealHandler } from './commands/decide-appeal/decide-appeal.handler.js';
import { DecideAppealHttpController } from './commands/decide-appeal/decide-appeal.http.controller.js';
import { RecordTheoryScoresHandler } from './commands/record-theory-scores/record-theory-scores.handler.js';
import { RecordTheoryScoresHttpController } from './commands/record-theory-scores/record-theory-scores.http.controller.js';
import { SetTheoryKeyHandler } from './commands/set-theory-key/set-theory-key.handler.js';
import { SetTheoryKeyHttpController } from './commands/set-theory-key/set-theory-key.http.controller.js';
import { AssignJudgeHandler } from './commands/assign-judge/assign-judge.handler.js';
import { AssignJudgeHttpController } from './commands/assign-judge/assign-judge.http.controller.js';
import { CheckInHandler } from './commands/check-in/check-in.handler.js';
import { CheckInHttpController } from './commands/check-in/check-in.http.controller.js';
import { CloseCheckInHandler } from './commands/close-check-in/close-check-in.handler.js';
import { CloseCheckInHttpController } from './commands/close-check-in/close-check-in.http.controller.js';
import { CommitDrawHandler } from './commands/commit-draw/commit-draw.handler.js';
import { CommitDrawHttpController } from './commands/commit-draw/commit-draw.http.controller.js';
import { DrawLotsHandler } from './commands/draw-lots/draw-lots.handler.js';
import { DrawLotsHttpController } from './commands/draw-lots/draw-lots.http.controller.js';
import { JudgingViews } from './judging-views.service.js';
import { MedalsController } from './results/medals.controller.js';
import { ResultsController } from './results/results.controller.js';
import { MarkingController } from './score-sheets/marking.controller.js';
import { ScoreSheetReader } from './score-sheets/score-sheet.service.js';
import { ScoreSheetWriter } from './score-sheets/score-sheet-writer.js';
import { TheoryQueryController } from './theory/theory.query.controller.js';
import { TheoryStatusService } from './theory/theory-status.service.js';
import { beaconCredentials } from './commands/release-aspect-on-leave/beacon-credentials.middleware.js';
import { ReplaceDrawCommitmentHandler } from './commands/replace-draw-commitment/replace-draw-commitment.handler.js';
import { ReplaceDrawCommitmentHttpController } from './commands/replace-draw-commitment/replace-draw-commitment.http.controller.js';
import { ReleaseAspectOnLeaveHttpController } from './commands/release-aspect-on-leave/release-aspect-on-leave.http.controller.js';
import { TradesController } from './trades.controller.js';

/** Judging: every command is a use case of its own under commands/<use-case>/; the rest here are queries. */
@Module({
  controllers: [
    TradesController,
    MarkingController,
    ResultsController,
    MedalsController,
    AppealsController,
    TheoryQueryController,
    ReleaseAspectOnLeaveHttpController,
    ReplaceDrawCommitmentHttpController,
    SubmitMarkHttpController,
    OpenAspectHttpController,
    ReleaseAspectHttpController,
    AssignAspectsHttpController,
    SubstituteJudgeHttpController,
    RequestCorrectionHttpController,
    ApproveCorrectionHttpController,
    RejectCorrectionHttpController,
    SignOffModuleHttpController,
    RecordCompletionTimeHttpController,
    FreezeBoardHttpController,
    StepCeremonyHttpController,
    RevealBoardHttpController,
    PublishResultsHttpController,
    RecordTheoryAnswersHttpController,
    FileAppealHttpController,
    DecideAppealHttpController,
    RecordTheoryScoresHttpController,
    SetTheoryKeyHttpController,
    AssignJudgeHttpController,
    CommitDrawHttpController,
    DrawLotsHttpController,
    CheckInHttpController,
    CloseCheckInHttpController,
  ],
  providers: [
    TheoryStatusService,
    ScoreSheetReader,
    ScoreSheetWriter,
    JudgingViews,
    SubmitMarkHandler,
    OpenAspectHandler,
    ReleaseAspectHandler,
    AssignAspectsHandler,
    SubstituteJudgeHandler,
    RequestCorrectionHandler,
    ApproveCorrectionHandler,
    RejectCorrectionHandler,
    SignOffModuleHandler,
    RecordCompletionTimeHandler,
    FreezeBoardHandler,
    StepCeremonyHandler,
    RevealBoardHandler,
    PublishResultsHandler,
    RecordTheoryAnswersHandler,
    FileAppealHandler,
    DecideAppealHandler,
    RecordTheoryScoresHandler,
    SetTheoryKeyHandler,
    AssignJudgeHandler,
    CheckInHandler,
    CloseCheckInHandler,
    ReplaceDrawCommitmentHandler,
    CommitDrawHandler,
    DrawLotsHandler,
  ],
  exports: [JudgingViews],
})
export class JudgingModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // A beacon has no headers: its token and device come in the body (see the middleware).
    consumer.apply(beaconCredentials).forRoutes({ path: 'trades/:tradeId/aspects/release-beacon', method: RequestMethod.POST });
  }
}
