import type { RequestContext } from '../../../identity/auth.decorators.js';
import type { ReviewDiscussionDto } from './record-review-discussion.request.dto.js';

export class RecordReviewDiscussionCommand {
  constructor(
    readonly achievementId: string,
    readonly dto: ReviewDiscussionDto,
    readonly caller: RequestContext,
  ) {}
}
