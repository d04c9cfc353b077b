import type { RequestContext } from '../../../identity/auth.decorators.js';
import type { FreezeBoardDto } from './freeze-board.request.dto.js';

export class FreezeBoardCommand {
  constructor(
    readonly tradeId: string,
    readonly dto: FreezeBoardDto,
    readonly caller: RequestContext,
  ) {}
}
