import type { DrawLotsDto } from './draw-lots.request.dto.js';
import type { RequestContext } from '../../../identity/auth.decorators.js';

export class DrawLotsCommand {
  constructor(
    readonly tradeId: string,
    readonly dto: DrawLotsDto,
    readonly caller: RequestContext,
  ) {}
}
