import { Controller, ForbiddenException, Get, Param, ParseIntPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthUser, Caller, type RequestContext } from '../../identity/auth.decorators.js';
import { JudgingViews } from '../judging-views.service.js';
import { AgreementView, ConflictsView, CorrectionView, MyAspectsView, ResultsPreviewView, ScoreSheetView } from '#contracts';

/** What judges and chief judges read while at work: sheets, assignments, conflicts, corrections, agreement. (Their commands: ../commands/.) */
@ApiTags('judging')
@ApiBearerAuth()
@Controller('trades/:tradeId')
export class MarkingController {
  constructor(private readonly views: JudgingViews) {}

  @Get('competitors/:competitorNumber/sheet')
  @ApiOkResponse({ type: ScoreSheetView })
  @ApiOperation({
    operationId: 'getScoreSheet',
    summary: "A competitor's score sheet; a judge sees only their own marks of an aspect until the panel's are all in",
  })
  sheetView(
    @Param('tradeId') tradeId: string,
    @Param('competitorNumber', ParseIntPipe) competitorNumber: number,
    @Caller() { user }: RequestContext,
  ): Promise<ScoreSheetView> {
    assertServes(user, tradeId);
    return this.views.sheet(tradeId, competitorNumber, user);
  }

  @Get('my-aspects')
  @ApiOkResponse({ type: MyAspectsView })
  @ApiOperation({ operationId: 'getMyAspects', summary: "The aspects assigned to the calling judge ('all' when none are)" })
  myAspects(@Param('tradeId') tradeId: string, @Caller() { user }: RequestContext): Promise<MyAspectsView> {
    assertServes(user, tradeId);
    return this.views.myAspects(tradeId, user.userId);
  }

  @Get('competitors/:competitorNumber/conflicts')
  @ApiOkResponse({ type: ConflictsView })
  @ApiOperation({
    operationId: 'getConflicts',
    summary: 'Judges with a conflict of interest for this competitor, and the eligible substitutes',
  })
  conflicts(
    @Param('tradeId') tradeId: string,
    @Param('competitorNumber', ParseIntPipe) competitorNumber: number,
    @Caller() { user }: RequestContext,
  ): Promise<ConflictsView> {
    assertServes(user, tradeId);
    return this.views.conflicts(tradeId, competitorNumber);
  }

  @Get('corrections')
  @ApiOkResponse({ type: [CorrectionView] })
  @ApiOperation({ operationId: 'listCorrections', summary: "The trade's corrections: pending, approved and rejected" })
  corrections(@Param('tradeId') tradeId: string, @Caller() { user }: RequestContext): Promise<CorrectionView[]> {
    assertServes(user, tradeId);
    return this.views.corrections(tradeId);
  }

  @Get('corrections/:correctionId/preview')
  @ApiOkResponse({ type: ResultsPreviewView })
  @ApiOperation({
    operationId: 'previewCorrection',
    summary: "What approving the correction would change: the trade's totals, ranks and prizes before and after",
  })
  async previewCorrection(
    @Param('tradeId') tradeId: string,
    @Param('correctionId') correctionId: string,
    @Caller() { user }: RequestContext,
  ): Promise<ResultsPreviewView> {
    assertServes(user, tradeId);
    const correction = await this.views.correction(tradeId, correctionId);
    const chief = await this.views.chiefOf(tradeId);
    return this.views.preview(tradeId, correction.competitorNumber, {
      type: 'ApproveCorrection',
      tradeId,
      competitorNumber: correction.competitorNumber,
      correctionId,
      by: { userId: chief, role: 'chief_judge' },
    });
  }

  @Get('agreement')
  @ApiOkResponse({ type: AgreementView })
  @ApiOperation({
    operationId: 'getAgreement',
    summary: "Judge agreement on the panel: spreads, re-marks, each judge's leniency against the panel mean",
  })
  agreement(@Param('tradeId') tradeId: string, @Caller() { user }: RequestContext): Promise<AgreementView> {
    assertServes(user, tradeId);
    return this.views.agreement(tradeId);
  }
}

/** Judges and chief judges act only in the trades they serve. */
export function assertServes(user: AuthUser, tradeId: string): void {
  if ((user.role === 'judge' || user.role === 'chief_judge') && !user.tradeIds?.includes(tradeId)) {
    throw new ForbiddenException({ message: `You do not serve in ${tradeId}`, code: 'judging.not_serving', params: { tradeId } });
  }
}
