import type { RequestContext } from '../../../identity/auth.decorators.js';
import type { PriorFirstPrizeDto } from './record-prior-first-prize.request.dto.js';

export class RecordPriorFirstPrizeCommand {
  constructor(
    readonly tradeId: string,
    readonly dto: PriorFirstPrizeDto,
    readonly caller: RequestContext,
  ) {}
}
