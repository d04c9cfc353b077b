import { Body, Controller, Get, HttpCode, NotFoundException, Param, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AppealPreviewDto, AppealsQueryDto, DecideAppealDto, FileAppealDto, type RemedyDto } from '#contracts';
import { invalid, type AppealRemedy } from '#domain';
import { Caller, type RequestContext } from '../../identity/auth.decorators.js';
import { ProjectionsService } from '../../projections/projections.service.js';
import { JudgingViews } from '../judging-views.service.js';
import { DecideAppeal } from './decide-appeal.handler.js';
import { FileAppeal } from './file-appeal.handler.js';

/** Appeals (申诉): contestants file them after publication, the arbitration committee decides them. */
@ApiTags('appeals')
@ApiBearerAuth()
@Controller('appeals')
export class AppealsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly projections: ProjectionsService,
    private readonly views: JudgingViews,
  ) {}

  @Post()
  @ApiOperation({ summary: "A contestant appeals their result in a trade, within the trade's window after publication" })
  file(@Body() dto: FileAppealDto, @Caller() caller: RequestContext) {
    return this.commands.execute(new FileAppeal(dto, caller));
  }

  @Get()
  @ApiOperation({ summary: 'Appeals, by trade; a contestant sees their own' })
  list(@Query() query: AppealsQueryDto, @Caller() { user }: RequestContext) {
    const filedBy = user.role === 'contestant' ? user.userId : undefined;
    return this.projections.models.appeals.list({ tradeId: query.tradeId, filedBy });
  }

  @Post(':appealId/preview')
  @HttpCode(200)
  @ApiOperation({
    summary: "What upholding the appeal with this remedy would change: the trade's totals, ranks and prizes before and after",
  })
  preview(@Param('appealId') appealId: string, @Body() dto: AppealPreviewDto) {
    const appeal = this.appeal(appealId);
    return this.views.preview(appeal.tradeId, appeal.competitorNumber, {
      type: 'ApplyAppealRemedy',
      tradeId: appeal.tradeId,
      competitorNumber: appeal.competitorNumber,
      appealId,
      remedy: toRemedy(dto.remedy),
    });
  }

  @Post(':appealId/decide')
  @HttpCode(200)
  @ApiOperation({ summary: 'Uphold (with a re-mark or a correction) or reject an appeal, with reasons' })
  decide(@Param('appealId') appealId: string, @Body() dto: DecideAppealDto, @Caller() caller: RequestContext) {
    const remedy = dto.remedy ? toRemedy(dto.remedy) : undefined;
    return this.commands.execute(new DecideAppeal(appealId, dto.decision, dto.reasons, remedy, caller, dto.commandId));
  }

  private appeal(appealId: string) {
    const appeal = this.projections.models.appeals.get(appealId);
    if (!appeal) throw new NotFoundException({ message: `Unknown appeal ${appealId}`, code: 'appeal.unknown', params: {} });
    return appeal;
  }
}

/** The remedy as the domain takes it; a field the kind needs and lacks is refused by name. */
function toRemedy(dto: RemedyDto): AppealRemedy {
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
