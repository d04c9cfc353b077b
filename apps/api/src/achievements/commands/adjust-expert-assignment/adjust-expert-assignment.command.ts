import type { RequestContext } from '../../../identity/auth.decorators.js';
import type { AdjustExpertAssignmentDto } from './adjust-expert-assignment.request.dto.js';

export class AdjustExpertAssignmentCommand {
  constructor(
    readonly achievementId: string,
    readonly dto: AdjustExpertAssignmentDto,
    readonly caller: RequestContext,
  ) {}
}
