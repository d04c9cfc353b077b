import type { RequestContext } from '../../../identity/auth.decorators.js';
import type { SubstituteJudgeDto } from './substitute-judge.request.dto.js';

export class SubstituteJudgeCommand {
  constructor(
    readonly tradeId: string,
    readonly competitorNumber: number,
    readonly dto: SubstituteJudgeDto,
    readonly caller: RequestContext,
  ) {}
}
