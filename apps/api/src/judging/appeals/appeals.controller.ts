import { Body, Controller, Get, HttpCode, NotFoundException, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AppealPreviewDto, AppealsQueryDto, AppealView, type RemedyDto, ResultsPreviewView } from '#contracts';
import { invalid, type AppealRemedy } from '#domain';
import { Caller, type RequestContext } from '../../identity/auth.decorators.js';
import { ProjectionsService } from '../../projections/projections.service.js';
import { JudgingViews } from '../judging-views.service.js';

/** Appeals (申诉) as read: the list and the preview of a remedy (filing and deciding: ../commands/). */
@ApiTags('appeals')
@ApiBearerAuth()
@Controller('appeals')
export class AppealsController {
  constructor(
    private readonly projections: ProjectionsService,
    private readonly views: JudgingViews,
  ) {}

  @Get()
  @ApiOkResponse({ type: [AppealView] })
  @ApiOperation({ operationId: 'listAppeals', summary: 'Appeals, by trade; a contestant sees their own' })
  list(@Query() query: AppealsQueryDto, @Caller() { user }: RequestContext): AppealView[] {
    const filedBy = user.role === 'contestant' ? user.userId : undefined;
    return this.projections.models.appeals.list({ tradeId: query.tradeId, filedBy });
  }

  @Post(':appealId/preview')
  @ApiOkResponse({ type: ResultsPreviewView })
  @HttpCode(200)
  @ApiOperation({
    operationId: 'previewAppeal',
    summary: "What upholding the appeal with this remedy would change: the trade's totals, ranks and prizes before and after",
  })
  preview(@Param('appealId') appealId: string, @Body() dto: AppealPreviewDto): Promise<ResultsPreviewView> {
    const appeal = this.appeal(appealId);
    return this.views.preview(appeal.tradeId, appeal.competitorNumber, {
      type: 'ApplyAppealRemedy',
      tradeId: appeal.tradeId,
      competitorNumber: appeal.competitorNumber,
      appealId,
      remedy: toRemedy(dto.remedy),
    });
  }

  private appeal(appealId: string) {
    const appeal = this.projections.models.appeals.get(appealId);
    if (!appeal) throw new NotFoundException({ message: `Unknown appeal ${appealId}`, code: 'appeal.unknown', params: {} });
    return appeal;
  }
}

/** The remedy as the domain takes it; a field the kind needs and lacks is refused by name. */
export function toRemedy(dto: RemedyDto): AppealRemedy {
  if (dto.kind === 'remark') {
    if (!dto.aspectIds?.length)
      throw invalid('A re-mark names the aspects to mark again', 'remedy.aspectIds', { code: 'appeal.remark_needs_aspect' });
    return { kind: 'remark', aspectIds: dto.aspectIds };
  }
  if (!dto.aspectId) throw invalid('A correction names the aspect', 'remedy.aspectId', { code: 'appeal.correction_incomplete' });
  if (!dto.judgeId) throw invalid('A correction names whose mark it corrects', 'remedy.judgeId', { code: 'appeal.correction_incomplete' });
  if (dto.mark === undefined) throw invalid('A correction gives the new mark', 'remedy.mark', { code: 'appeal.correction_incomplete' });
  return { kind: 'correction', aspectId: dto.aspectId, judgeId: dto.judgeId, mark: dto.mark };
}
