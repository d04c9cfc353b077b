import type { SubmitMarkDto } from '#contracts';
import type { RequestContext } from '../../../identity/auth.decorators.js';

export class SubmitMarkCommand {
  constructor(
    readonly tradeId: string,
    readonly dto: SubmitMarkDto,
    readonly caller: RequestContext,
  ) {}
}
