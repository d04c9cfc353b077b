import { Body, Controller, ForbiddenException, Get, NotFoundException, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AssignJudgeDto, DrawLotsDto, SubmitMarkDto, tradeBoardId } from '#contracts';
import type { TradeView } from '#read-models';
import { type AuthUser, Caller, Public, type RequestContext, Roles } from '../identity/auth.decorators.js';
import { ProjectionsService } from '../projections/projections.service.js';
import { AssignJudgeCommand } from './commands/assign-judge/assign-judge.command.js';
import { DrawLotsCommand } from './commands/draw-lots/draw-lots.command.js';
import { SubmitMarkCommand } from './commands/submit-mark/submit-mark.command.js';

@ApiTags('judging')
@Controller('trades/:tradeId')
export class TradesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly projections: ProjectionsService,
  ) {}

  @Post('marks')
  @Roles('judge')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'A judge of the panel submits a mark for one aspect of one competitor' })
  submitMark(@Param('tradeId') tradeId: string, @Body() dto: SubmitMarkDto, @Caller() caller: RequestContext) {
    return this.commands.execute(new SubmitMarkCommand(tradeId, dto, caller));
  }

  @Post('judges')
  @Roles('organiser')
  @ApiBearerAuth()
  @ApiOperation({ summary: "Put a judge or the chief judge on the trade's panel" })
  assignJudge(@Param('tradeId') tradeId: string, @Body() dto: AssignJudgeDto, @Caller() caller: RequestContext) {
    return this.commands.execute(new AssignJudgeCommand(tradeId, dto, caller));
  }

  @Post('draw')
  @Roles('organiser')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Draw competitor numbers for the confirmed entries' })
  draw(@Param('tradeId') tradeId: string, @Body() dto: DrawLotsDto, @Caller() caller: RequestContext) {
    return this.commands.execute(new DrawLotsCommand(tradeId, dto, caller));
  }

  @Get('panel')
  @Roles('organiser', 'chief_judge', 'judge')
  @ApiBearerAuth()
  @ApiOperation({ summary: "The trade's panel: judges and their roles" })
  panel(@Param('tradeId') tradeId: string, @Caller() { user }: RequestContext) {
    const trade = this.tradeFor(tradeId, user);
    return trade.panel.map(({ judgeId, role }) => {
      const profile = this.projections.models.users.findById(judgeId)?.profile;
      return { judgeId, role, username: profile?.username, displayName: profile?.displayName };
    });
  }

  @Get('competitors')
  @Roles('organiser', 'chief_judge', 'judge')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Competitor numbers drawn in the trade (judges never see names)' })
  competitors(@Param('tradeId') tradeId: string, @Caller() { user }: RequestContext) {
    this.tradeFor(tradeId, user);
    const numbers = this.projections.models.entries
      .list({ tradeId, status: 'confirmed' })
      .flatMap((e) => (e.competitorNumber === undefined ? [] : [e.competitorNumber]))
      .sort((a, b) => a - b);
    return numbers.map((competitorNumber) => ({ competitorNumber }));
  }

  @Public()
  @Get('board')
  @ApiOperation({ summary: "The trade's live board as it stands (the same snapshot as on /live)" })
  board(@Param('tradeId') tradeId: string) {
    const snapshot = this.projections.models.boards.snapshot(tradeBoardId(tradeId));
    if (!snapshot) throw new NotFoundException(`Unknown trade ${tradeId}`);
    return snapshot;
  }

  /** The trade, if the user may see its panel: the organiser, or a member of the panel. */
  private tradeFor(tradeId: string, user: AuthUser): TradeView {
    const trade = this.projections.models.catalogue.trades.get(tradeId);
    if (!trade) throw new NotFoundException(`Unknown trade ${tradeId}`);
    if (user.role !== 'organiser' && !trade.panel.some((m) => m.judgeId === user.userId)) {
      throw new ForbiddenException(`You are not on the panel of ${tradeId}`);
    }
    return trade;
  }
}
