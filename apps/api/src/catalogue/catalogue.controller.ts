import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CityView, ContestEventView, ContestView, EditionQueryDto, EditionView, TradeSummaryView, TradeView } from '#contracts';
import { CITIES, type TradeDefinition } from '#domain';
import { ProjectionsService } from '../projections/projections.service.js';

/** The contest's catalogue: public, served from the catalogue read model. */
@ApiTags('catalogue')
@Controller('catalogue')
export class CatalogueController {
  constructor(private readonly projections: ProjectionsService) {}

  private get catalogue() {
    return this.projections.models.catalogue;
  }

  @Get('contest')
  @ApiOperation({ operationId: 'getContest', summary: 'The contest edition' })
  @ApiOkResponse({ type: ContestView })
  contest(): ContestView {
    if (!this.catalogue.contest) throw new NotFoundException({ message: 'No contest is defined yet', code: 'contest.none', params: {} });
    return this.catalogue.contest;
  }

  @Get('editions')
  @ApiOperation({ operationId: 'listEditions', summary: 'Every edition, oldest first; the last one is the current edition' })
  @ApiOkResponse({ type: [EditionView] })
  editions(): EditionView[] {
    return this.catalogue.editions.map((edition) => ({ ...edition, current: edition === this.catalogue.contest }));
  }

  @Get('cities')
  @ApiOperation({ operationId: 'listCities', summary: 'The 14 cities of the province' })
  @ApiOkResponse({ type: [CityView] })
  cities(): readonly CityView[] {
    return CITIES;
  }

  @Get('events')
  @ApiOperation({ operationId: 'listEvents', summary: "The events (赛事) with their trades: the current edition's, or `edition`'s" })
  @ApiOkResponse({ type: [ContestEventView] })
  events(@Query() { edition }: EditionQueryDto): ContestEventView[] {
    return [...this.catalogue.eventsOf(this.editionId(edition)).values()];
  }

  @Get('trades')
  @ApiOperation({
    operationId: 'listTrades',
    summary: "The trades (工种), without their marking schemes: the current edition's, or `edition`'s",
  })
  @ApiOkResponse({ type: [TradeSummaryView] })
  trades(@Query() { edition }: EditionQueryDto): TradeSummaryView[] {
    return this.catalogue.tradesOf(this.editionId(edition)).map(({ definition, lotsDrawn, contestId }) => {
      const { scheme, ...trade } = withoutAnswerKey(definition);
      return { ...trade, contestId, aspectCount: scheme.subCriteria.reduce((n, s) => n + s.aspects.length, 0), lotsDrawn };
    });
  }

  /** The edition asked for, which must exist; absent, the current one. */
  private editionId(edition: string | undefined): string | undefined {
    if (edition === undefined) return this.catalogue.contest?.contestId;
    if (!this.catalogue.edition(edition))
      throw new NotFoundException({ message: `There is no edition ${edition}`, code: 'edition.unknown', params: { edition } });
    return edition;
  }

  @Get('trades/:tradeId')
  @ApiOkResponse({ type: TradeView })
  @ApiOperation({ operationId: 'getTrade', summary: 'One trade with its marking scheme' })
  trade(@Param('tradeId') tradeId: string): TradeView {
    const trade = this.catalogue.trades.get(tradeId);
    if (!trade) throw new NotFoundException({ message: `Unknown trade ${tradeId}`, code: 'catalogue.unknown_trade', params: { tradeId } });
    const pending = trade.pendingRevision;
    return {
      ...withoutAnswerKey(trade.definition),
      contestId: trade.contestId,
      lotsDrawn: trade.lotsDrawn,
      versions: trade.versions,
      pendingRevision: pending
        ? { version: pending.version, at: pending.at, by: pending.by, reason: pending.reason, aspects: pending.aspects }
        : null,
    };
  }
}

/** The theory exam's answer key is never public: the catalogue says only how many questions it has. */
function withoutAnswerKey({ theory, ...trade }: TradeDefinition) {
  return { ...trade, theory: theory ? { questions: theory.answerKey.length } : null };
}
