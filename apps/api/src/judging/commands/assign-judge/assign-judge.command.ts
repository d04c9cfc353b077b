import type { AssignJudgeDto } from './assign-judge.request.dto.js';
import type { RequestContext } from '../../../identity/auth.decorators.js';

export class AssignJudgeCommand {
  constructor(
    readonly tradeId: string,
    readonly dto: AssignJudgeDto,
    readonly caller: RequestContext,
  ) {}
}
