import type { CreateJudgeDto } from '#contracts';
import type { RequestContext } from '../../auth.decorators.js';

/** The organiser creates a judge or chief judge account. */
export class CreateJudgeCommand {
  constructor(
    readonly dto: CreateJudgeDto,
    readonly caller: RequestContext,
  ) {}
}
