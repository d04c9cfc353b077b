import type { RequestContext } from '../../../identity/auth.decorators.js';
import type { ExpertReviewSettingsDto } from './set-review-settings.request.dto.js';

export class SetReviewSettingsCommand {
  constructor(
    readonly tradeId: string,
    readonly dto: ExpertReviewSettingsDto,
    readonly caller: RequestContext,
  ) {}
}
