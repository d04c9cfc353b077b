import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RegistrationReport } from '#contracts';
import { CITIES } from '#domain';
import { emptyRegistrationStats } from '#read-models';
import { ProjectionsService } from '../projections/projections.service.js';

/** Figures for the organiser, computed by read models fed from the event stream. No personal data. */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(private readonly projections: ProjectionsService) {}

  @Get('registration')
  @ApiOperation({
    operationId: 'registrationReport',
    summary:
      'Registration per city and per trade: entries submitted, city-approved and -rejected, confirmed, province-rejected, withdrawn, ' +
      'approval rates of the decided entries, and the share of entries from tech-based enterprises',
  })
  @ApiOkResponse({ type: RegistrationReport })
  async registration(): Promise<RegistrationReport> {
    await this.projections.catchUpToHead();
    const { registrationReport: report, catalogue, position } = this.projections.models;
    // The current edition's entries: earlier editions' stay in their own trades' figures.
    const tradeIds = catalogue.currentTrades().map((trade) => trade.definition.id);
    const current = new Set(tradeIds);
    const byCity = report.byCity(current);
    const byTrade = report.byTrade(current);
    return {
      position,
      overall: report.stats({ tradeIds: current }),
      byCity: CITIES.map((city) => ({ city: city.id, cityName: city.name, ...(byCity.get(city.id) ?? emptyRegistrationStats()) })),
      byTrade: tradeIds.map((tradeId) => {
        const definition = catalogue.trades.get(tradeId)?.definition;
        return {
          tradeId,
          tradeName: definition?.name ?? tradeId,
          eventId: definition?.eventId ?? '',
          ...(byTrade.get(tradeId) ?? emptyRegistrationStats()),
        };
      }),
    };
  }
}
