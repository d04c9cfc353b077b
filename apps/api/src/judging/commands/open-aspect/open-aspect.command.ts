import type { RequestContext } from '../../../identity/auth.decorators.js';
import type { AspectLeaseDto } from './open-aspect.request.dto.js';

export class OpenAspectCommand {
  constructor(
    readonly tradeId: string,
    readonly dto: AspectLeaseDto,
    readonly caller: RequestContext,
  ) {}
}
