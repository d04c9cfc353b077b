import type { RequestContext } from '../../../identity/auth.decorators.js';
import type { SubmitMarkDto } from './submit-mark.request.dto.js';

export class SubmitMarkCommand {
  constructor(
    readonly tradeId: string,
    readonly dto: SubmitMarkDto,
    readonly caller: RequestContext,
  ) {}
}
