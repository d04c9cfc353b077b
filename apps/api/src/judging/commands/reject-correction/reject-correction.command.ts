import type { RequestContext } from '../../../identity/auth.decorators.js';
import type { RejectCorrectionDto } from './reject-correction.request.dto.js';

export class RejectCorrectionCommand {
  constructor(
    readonly tradeId: string,
    readonly correctionId: string,
    readonly dto: RejectCorrectionDto,
    readonly caller: RequestContext,
  ) {}
}
