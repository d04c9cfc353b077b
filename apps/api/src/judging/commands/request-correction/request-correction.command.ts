import type { RequestContext } from '../../../identity/auth.decorators.js';
import type { RequestCorrectionDto } from './request-correction.request.dto.js';

export class RequestCorrectionCommand {
  constructor(
    readonly tradeId: string,
    readonly dto: RequestCorrectionDto,
    readonly caller: RequestContext,
  ) {}
}
