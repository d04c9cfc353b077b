import { Controller, Get, NotFoundException, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { MedalsView, tradeBoardId } from '#contracts';
import { medalTable, techShare } from '#read-models';
import { ProjectionsService } from '../../projections/projections.service.js';

/**
 * The city medal table and the share of prizes won by tech-based enterprises, over the boards of an
 * event's trades or of the whole contest, as spectators see them (a frozen board as of its freeze):
 * one request for a screen instead of one per trade.
 */
@ApiTags('results')
@Controller('medals')
export class MedalsController {
  constructor(private readonly projections: ProjectionsService) {}

  @Get()
  @ApiOkResponse({ type: MedalsView })
  @ApiQuery({ name: 'eventId', required: false, description: "Only this event's trades" })
  @ApiOperation({
    operationId: 'getMedals',
    summary: 'Prizes per city and the tech-based enterprises’ share, over the drawn trades of an event or of the contest',
  })
  medals(@Query('eventId') eventId?: string): MedalsView {
    const { catalogue, boards } = this.projections.models;
    if (eventId !== undefined && !catalogue.events.has(eventId)) {
      throw new NotFoundException({
        message: `Unknown event ${eventId}`,
        code: 'catalogue.unknown_event',
        params: { eventId },
        fields: { eventId: [`Unknown event ${eventId}`] },
      });
    }
    const tradeIds = catalogue
      .currentTrades()
      .filter((t) => eventId === undefined || t.definition.eventId === eventId)
      .map((t) => t.definition.id);
    const rows = tradeIds.map((tradeId) => boards.snapshot(tradeBoardId(tradeId), 'public')?.rows ?? []).filter((r) => r.length > 0);
    return { eventId: eventId ?? null, trades: rows.length, cities: medalTable(rows), techShare: techShare(rows) };
  }
}
