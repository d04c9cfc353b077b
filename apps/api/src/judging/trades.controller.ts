import { Controller, ForbiddenException, Get, NotFoundException, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { BoardSnapshotView, CompetitorView, PanelMemberView, PublicDrawView, tradeBoardId } from '#contracts';
import { DRAW_ALGORITHM, verifyDraw } from '#domain';
import type { TradeView } from '#read-models';
import { type AuthUser, Caller, type RequestContext } from '../identity/auth.decorators.js';
import { ProjectionsService } from '../projections/projections.service.js';

/** A trade as read: the published draw, the panel, the competitors, the board (its commands: commands/). */
@ApiTags('judging')
@Controller('trades/:tradeId')
export class TradesController {
  constructor(private readonly projections: ProjectionsService) {}

  @Get('draw')
  @ApiOkResponse({ type: PublicDrawView })
  @ApiOperation({
    operationId: 'getPublishedDraw',
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
      replacedCommitments: (draw.replacedCommitments ?? []).map((r) => ({ ...r, committedAt: r.committedAt ?? null })),
      verified: check ? check.ok : null,
      ...(check && !check.ok ? { difference: check.difference } : {}),
    };
  }

  @Get('panel')
  @ApiOkResponse({ type: [PanelMemberView] })
  @ApiBearerAuth()
  @ApiOperation({ operationId: 'getPanel', summary: "The trade's panel: judges and their roles" })
  panel(@Param('tradeId') tradeId: string, @Caller() { user }: RequestContext): PanelMemberView[] {
    const trade = this.tradeFor(tradeId, user);
    return trade.panel.map(({ judgeId, role }) => {
      const profile = this.projections.models.users.findById(judgeId)?.profile;
      // A panel member always has an account; its id stands in should the account ever be missing.
      return { judgeId, role, username: profile?.username ?? judgeId, displayName: profile?.displayName ?? judgeId };
    });
  }

  @Get('competitors')
  @ApiOkResponse({ type: [CompetitorView] })
  @ApiBearerAuth()
  @ApiOperation({ operationId: 'listCompetitors', summary: 'Competitor numbers drawn in the trade (judges never see names)' })
  competitors(@Param('tradeId') tradeId: string, @Caller() { user }: RequestContext): CompetitorView[] {
    this.tradeFor(tradeId, user);
    const numbers = this.projections.models.entries
      .list({ tradeId, status: 'confirmed' })
      .flatMap((e) => (e.competitorNumber === undefined ? [] : [e.competitorNumber]))
      .sort((a, b) => a - b);
    return numbers.map((competitorNumber) => ({ competitorNumber }));
  }

  @Get('board')
  @ApiOperation({ operationId: 'getBoard', summary: "The trade's live board as it stands (the same snapshot as on /live)" })
  @ApiOkResponse({ type: BoardSnapshotView })
  board(@Param('tradeId') tradeId: string): BoardSnapshotView {
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
