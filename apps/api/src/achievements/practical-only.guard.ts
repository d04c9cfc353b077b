import { applyDecorators, type CanActivate, type ExecutionContext, Injectable, SetMetadata, UseGuards } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { assertPracticalTrade } from '#domain';
import { ProjectionsService } from '../projections/projections.service.js';

const PRACTICAL_ACTION = 'jiangxin:practical-action';

/**
 * Refuses a practical contest's action (the draw, check-in, marking) on a trade of an achievement
 * event with 409 `achievements.practical_only`, before the command is built. The event's kind comes
 * from the catalogue read model: events are defined when the edition is set up, long before a draw.
 */
@Injectable()
export class PracticalTradeGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly projections: ProjectionsService,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const action = this.reflector.get<string | undefined>(PRACTICAL_ACTION, context.getHandler()) ?? 'practical action';
    const tradeId = context.switchToHttp().getRequest<Request>().params.tradeId;
    if (typeof tradeId !== 'string') return true;
    const { catalogue } = this.projections.models;
    const trade = catalogue.trades.get(tradeId);
    assertPracticalTrade(tradeId, trade ? catalogue.eventsOf(trade.contestId).get(trade.definition.eventId) : undefined, action);
    return true;
  }
}

/** The route is a practical contest's action: refused on the trades of achievement events. */
export const PracticalOnly = (action: 'draw' | 'check-in' | 'marking') =>
  applyDecorators(SetMetadata(PRACTICAL_ACTION, action), UseGuards(PracticalTradeGuard));
