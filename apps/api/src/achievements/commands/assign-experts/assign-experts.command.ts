import type { RequestContext } from '../../../identity/auth.decorators.js';
import type { AssignExpertsDto } from './assign-experts.request.dto.js';

export class AssignExpertsCommand {
  constructor(
    readonly tradeId: string,
    readonly dto: AssignExpertsDto,
    readonly caller: RequestContext,
  ) {}
}
