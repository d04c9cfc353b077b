import type { RequestContext } from '../../../identity/auth.decorators.js';
import type { ApproveCorrectionDto } from './approve-correction.request.dto.js';

export class ApproveCorrectionCommand {
  constructor(
    readonly tradeId: string,
    readonly correctionId: string,
    readonly dto: ApproveCorrectionDto,
    readonly caller: RequestContext,
  ) {}
}
