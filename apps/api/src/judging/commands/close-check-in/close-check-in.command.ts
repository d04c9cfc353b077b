import type { CloseCheckInDto } from './close-check-in.request.dto.js';
import type { RequestContext } from '../../../identity/auth.decorators.js';

export class CloseCheckInCommand {
  constructor(
    readonly tradeId: string,
    readonly dto: CloseCheckInDto,
    readonly caller: RequestContext,
  ) {}
}
