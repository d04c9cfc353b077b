import { BadRequestException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { moduleOf, streams } from '#domain';
import { EVENT_STORE, type EventStore } from '#event-store';
import type { TradeView } from '#read-models';
import type { AuthUser } from '../identity/auth.decorators.js';
import { ProjectionsService } from '../projections/projections.service.js';
import { AuditIndexService } from './audit-index.service.js';
import { entryHistory, type History, markHistory, resultHistory } from './history.js';

/** Reads the streams a history needs and checks who may see it: organiser, arbitration, the trade's chief judge. */
@Injectable()
export class HistoryService {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly projections: ProjectionsService,
    private readonly index: AuditIndexService,
  ) {}

  async entry(entryId: string, user: AuthUser): Promise<History> {
    const entryEvents = await this.store.readStream(streams.entry(entryId));
    const submitted = entryEvents.find((e) => e.type === 'EntrySubmitted')?.data as { tradeId: string; city: string } | undefined;
    if (!submitted)
      throw new NotFoundException({
        message: `Unknown entry ${entryId}`,
        code: 'entries.unknown',
        params: {},
        fields: { entryId: [`Unknown entry ${entryId}`] },
      });
    this.mayRead(user, submitted.tradeId);
    const [quota, trade] = await Promise.all([
      this.store.readStream(streams.cityQuota(submitted.tradeId, submitted.city)),
      this.store.readStream(streams.trade(submitted.tradeId)),
    ]);
    return { subject: { entryId, tradeId: submitted.tradeId }, events: entryHistory(entryId, { entry: entryEvents, quota, trade }) };
  }

  async mark(tradeId: string, competitorNumberText: string, aspectId: string, user: AuthUser): Promise<History> {
    const trade = this.tradeOf(tradeId);
    this.mayRead(user, tradeId, trade);
    const competitorNumber = parseCompetitorNumber(competitorNumberText);
    const moduleId = moduleOf(trade.definition, aspectId);
    if (!moduleId) {
      throw new NotFoundException({
        message: `Aspect ${aspectId} is not in the marking scheme of ${tradeId}`,
        code: 'appeal.unknown_aspect',
        params: { tradeId, aspectId },
        fields: { aspectId: ['not in the marking scheme'] },
      });
    }
    const sheet = await this.sheetOf(trade, tradeId, competitorNumber);
    return { subject: { tradeId, competitorNumber, aspectId, moduleId }, events: markHistory(sheet, aspectId, moduleId) };
  }

  async result(tradeId: string, competitorNumberText: string, user: AuthUser): Promise<History> {
    const trade = this.tradeOf(tradeId);
    this.mayRead(user, tradeId, trade);
    const competitorNumber = parseCompetitorNumber(competitorNumberText);
    const sheet = await this.sheetOf(trade, tradeId, competitorNumber);
    await this.index.caughtUp();
    const [results, ranking, tradeEvents, appeals] = await Promise.all([
      this.store.readStream(streams.results(tradeId)),
      this.store.readStream(streams.ranking(tradeId)),
      this.store.readStream(streams.trade(tradeId)),
      Promise.all(this.index.appealsOf(tradeId, competitorNumber).map((id) => this.store.readStream(streams.appeal(id)))),
    ]);
    return {
      subject: { tradeId, competitorNumber },
      events: resultHistory(competitorNumber, { results, ranking, trade: tradeEvents, sheet, appeals: appeals.flat() }),
    };
  }

  private async sheetOf(trade: TradeView, tradeId: string, competitorNumber: number) {
    const drawn = trade.draw.assignments?.some((a) => a.competitorNumber === competitorNumber) ?? false;
    if (!drawn) {
      throw new NotFoundException({
        message: `Competitor ${competitorNumber} is not drawn in ${tradeId}`,
        code: 'marks.competitor_not_drawn',
        params: { tradeId, competitorNumber },
        fields: { competitorNumber: ['not drawn in this trade'] },
      });
    }
    return this.store.readStream(streams.scoreSheet(tradeId, competitorNumber));
  }

  private tradeOf(tradeId: string): TradeView {
    const trade = this.projections.models.catalogue.trades.get(tradeId);
    if (!trade)
      throw new NotFoundException({
        message: `Unknown trade ${tradeId}`,
        code: 'catalogue.unknown_trade',
        params: { tradeId },
        fields: { tradeId: [`Unknown trade ${tradeId}`] },
      });
    return trade;
  }

  /** The organiser and arbitration see every history; a chief judge those of the trades they chair. */
  private mayRead(user: AuthUser, tradeId: string, trade = this.projections.models.catalogue.trades.get(tradeId)): void {
    if (user.role === 'organiser' || user.role === 'arbitration') return;
    const chairs =
      user.role === 'chief_judge' && (trade?.panel.some((m) => m.role === 'chief_judge' && m.judgeId === user.userId) ?? false);
    if (!chairs)
      throw new ForbiddenException({
        message: `Only the organiser, arbitration and the chief judge of ${tradeId} may read its history`,
        code: 'history.not_allowed',
        params: { tradeId },
      });
  }
}

function parseCompetitorNumber(text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value < 1) {
    throw new BadRequestException({
      message: 'competitorNumber must be a whole number from 1',
      code: 'validation.min',
      params: { field: 'competitorNumber', min: 1 },
      fields: { competitorNumber: ['must be a whole number from 1'] },
    });
  }
  return value;
}
