import type { CheckInDto } from '#contracts';
import type { RequestContext } from '../../../identity/auth.decorators.js';

export class CheckInCommand {
  constructor(
    readonly tradeId: string,
    readonly dto: CheckInDto,
    readonly caller: RequestContext,
  ) {}
}
