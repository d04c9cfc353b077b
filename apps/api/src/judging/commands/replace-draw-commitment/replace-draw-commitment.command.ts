import type { RequestContext } from '../../../identity/auth.decorators.js';
import type { ReplaceDrawCommitmentRequestDto } from './replace-draw-commitment.request.dto.js';

export class ReplaceDrawCommitmentCommand {
  constructor(
    readonly tradeId: string,
    readonly dto: ReplaceDrawCommitmentRequestDto,
    readonly caller: RequestContext,
  ) {}
}
