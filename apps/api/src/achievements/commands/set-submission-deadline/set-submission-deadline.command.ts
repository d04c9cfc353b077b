import type { RequestContext } from '../../../identity/auth.decorators.js';
import type { SubmissionDeadlineDto } from './set-submission-deadline.request.dto.js';

export class SetSubmissionDeadlineCommand {
  constructor(
    readonly tradeId: string,
    readonly dto: SubmissionDeadlineDto,
    readonly caller: RequestContext,
  ) {}
}
