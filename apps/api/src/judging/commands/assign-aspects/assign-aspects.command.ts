import type { RequestContext } from '../../../identity/auth.decorators.js';
import type { AssignAspectsDto } from './assign-aspects.request.dto.js';

export class AssignAspectsCommand {
  constructor(
    readonly tradeId: string,
    readonly dto: AssignAspectsDto,
    readonly caller: RequestContext,
  ) {}
}
