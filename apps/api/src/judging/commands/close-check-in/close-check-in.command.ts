import type { CloseCheckInDto } from '#contracts';
import type { RequestContext } from '../../../identity/auth.decorators.js';

export class CloseCheckInCommand {
  constructor(
    readonly tradeId: string,
    readonly dto: CloseCheckInDto,
    readonly caller: RequestContext,
  ) {}
}
