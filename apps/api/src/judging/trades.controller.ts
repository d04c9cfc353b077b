import { Body, Controller, ForbiddenException, Get, HttpCode, NotFoundException, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AssignJudgeDto, CheckInDto, CloseCheckInDto, CommitDrawDto, DrawLotsDto, tradeBoardId, type PublicDrawView } from '#contracts';
import { DRAW_ALGORITHM, verifyDraw } from '#domain';
import type { TradeView } from '#read-models';
import { type AuthUser, Caller, type RequestContext } from '../identity/auth.decorators.js';
import { ProjectionsService } from '../projections/projections.service.js';
import { AssignJudgeCommand } from './commands/assign-judge/assign-judge.command.js';
import { CheckInCommand } from './commands/check-in/check-in.command.js';
import { CloseCheckInCommand } from './commands/close-check-in/close-check-in.command.js';
import { CommitDrawCommand } from './commands/commit-draw/commit-draw.command.js';
import { DrawLotsCommand } from './commands/draw-lots/draw-lots.command.js';

@ApiTags('judging')
@Controller('trades/:tradeId')
export class TradesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly projections: ProjectionsService,
  ) {}

  @Post('judges')
  @ApiBearerAuth()
  @ApiOperation({ summary: "Put a judge or the chief judge on the trade's panel" })
  assignJudge(@Param('tradeId') tradeId: string, @Body() dto: AssignJudgeDto, @Caller() caller: RequestContext) {
    return this.commands.execute(new AssignJudgeCommand(tradeId, dto, caller));
  }

  @Post('draw/commitment')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Before the draw: publish the SHA-256 of the seed (commit–reveal)' })
  commitDraw(@Param('tradeId') tradeId: string, @Body() dto: CommitDrawDto, @Caller() caller: RequestContext) {
    return this.commands.execute(new CommitDrawCommand(tradeId, dto, caller));
  }

  @Post('draw')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Reveal the seed committed to: competitor numbers, sessions and workstations for the confirmed entries' })
  draw(@Param('tradeId') tradeId: string, @Body() dto: DrawLotsDto, @Caller() caller: RequestContext) {
    return this.commands.execute(new DrawLotsCommand(tradeId, dto, caller));
  }

  @Get('draw')
  @ApiOperation({
    summary:
      'The published draw: commitment, then seed, confirmed list and assignments, re-run by the server (`verified`). No personal data.',
  })
  publishedDraw(@Param('tradeId') tradeId: string): PublicDrawView {
    const trade = this.projections.models.catalogue.trades.get(tradeId);
    if (!trade) throw new NotFoundException({ message: `Unknown trade ${tradeId}`, code: 'catalogue.unknown_trade', params: { tradeId } });
    const { draw, definition } = trade;
    const drawn = draw.seed !== undefined && draw.commitment !== undefined;
    const check = drawn
      ? verifyDraw(
          {
            commitment: draw.commitment!,
            seed: draw.seed!,
            confirmedEntryIds: draw.confirmedEntryIds ?? [],
            assignments: draw.assignments ?? [],
          },
          definition.workstations,
        )
      : undefined;
    return {
      tradeId,
      workstations: definition.workstations ?? null,
      algorithm: DRAW_ALGORITHM,
      commitment: draw.commitment ?? null,
      committedAt: draw.committedAt ?? null,
      seed: draw.seed ?? null,
      confirmedEntryIds: draw.confirmedEntryIds ?? [],
      assignments: draw.assignments ?? [],
      drawnAt: draw.drawnAt ?? null,
      verified: check ? check.ok : null,
      ...(check && !check.ok ? { difference: check.difference } : {}),
    };
  }

  @Post('check-ins')
  @ApiBearerAuth()
  @ApiOperation({ summary: "Contest day: check a competitor in by number (the organiser or the trade's chief judge)" })
  checkIn(@Param('tradeId') tradeId: string, @Body() dto: CheckInDto, @Caller() caller: RequestContext) {
    return this.commands.execute(new CheckInCommand(tradeId, dto, caller));
  }

  @Post('check-in/close')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Close check-in: the drawn competitors not checked in are absent' })
  closeCheckIn(@Param('tradeId') tradeId: string, @Body() dto: CloseCheckInDto, @Caller() caller: RequestContext) {
    return this.commands.execute(new CloseCheckInCommand(tradeId, dto, caller));
  }

  @Get('panel')
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

  @Get('board')
  @ApiOperation({ summary: "The trade's live board as it stands (the same snapshot as on /live)" })
  board(@Param('tradeId') tradeId: string) {
    const snapshot = this.projections.models.boards.snapshot(tradeBoardId(tradeId));
    if (!snapshot)
      throw new NotFoundException({ message: `Unknown trade ${tradeId}`, code: 'catalogue.unknown_trade', params: { tradeId } });
    return snapshot;
  }

  /** The trade, if the user may see its panel: the organiser, or a member of the panel. */
  private tradeFor(tradeId: string, user: AuthUser): TradeView {
    const trade = this.projections.models.catalogue.trades.get(tradeId);
    if (!trade) throw new NotFoundException({ message: `Unknown trade ${tradeId}`, code: 'catalogue.unknown_trade', params: { tradeId } });
    if (user.role !== 'organiser' && !trade.panel.some((m) => m.judgeId === user.userId)) {
      throw new ForbiddenException({ message: `You are not on the panel of ${tradeId}`, code: 'marks.not_on_panel', params: { tradeId } });
    }
    return trade;
  }
}
