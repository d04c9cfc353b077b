import type { AssignJudgeDto } from '#contracts';
import type { RequestContext } from '../../../identity/auth.decorators.js';

export class AssignJudgeCommand {
  constructor(
    readonly tradeId: string,
    readonly dto: AssignJudgeDto,
    readonly caller: RequestContext,
  ) {}
}
