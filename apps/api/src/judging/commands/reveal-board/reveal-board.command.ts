import type { RequestContext } from '../../../identity/auth.decorators.js';
import type { RevealBoardDto } from './reveal-board.request.dto.js';

export class RevealBoardCommand {
  constructor(
    readonly tradeId: string,
    readonly dto: RevealBoardDto,
    readonly caller: RequestContext,
  ) {}
}
