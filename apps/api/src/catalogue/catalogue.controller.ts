import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CITIES } from '#domain';
import { Public } from '../identity/auth.decorators.js';
import { ProjectionsService } from '../projections/projections.service.js';

/** The contest's catalogue: public, served from the catalogue read model. */
@ApiTags('catalogue')
@Public()
@Controller('catalogue')
export class CatalogueController {
  constructor(private readonly projections: ProjectionsService) {}

  private get catalogue() {
    return this.projections.models.catalogue;
  }

  @Get('contest')
  @ApiOperation({ summary: 'The contest edition' })
  contest() {
    if (!this.catalogue.contest) throw new NotFoundException('No contest is defined yet');
    return this.catalogue.contest;
  }

  @Get('cities')
  @ApiOperation({ summary: 'The 14 cities of the province' })
  cities() {
    return CITIES;
  }

  @Get('events')
  @ApiOperation({ summary: 'The events (赛事) with their trades' })
  events() {
    return [...this.catalogue.events.values()];
  }

  @Get('trades')
  @ApiOperation({ summary: 'The trades (工种), without their marking schemes' })
  trades() {
    return [...this.catalogue.trades.values()].map(({ definition: { scheme, ...trade }, lotsDrawn }) => ({
      ...trade,
      aspectCount: scheme.subCriteria.reduce((n, s) => n + s.aspects.length, 0),
      lotsDrawn,
    }));
  }

  @Get('trades/:tradeId')
  @ApiOperation({ summary: 'One trade with its marking scheme' })
  trade(@Param('tradeId') tradeId: string) {
    const trade = this.catalogue.trades.get(tradeId);
    if (!trade) throw new NotFoundException(`Unknown trade ${tradeId}`);
    return { ...trade.definition, lotsDrawn: trade.lotsDrawn };
  }
}
