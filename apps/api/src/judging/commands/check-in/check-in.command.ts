import type { CheckInDto } from './check-in.request.dto.js';
import type { RequestContext } from '../../../identity/auth.decorators.js';

export class CheckInCommand {
  constructor(
    readonly tradeId: string,
    readonly dto: CheckInDto,
    readonly caller: RequestContext,
  ) {}
}
