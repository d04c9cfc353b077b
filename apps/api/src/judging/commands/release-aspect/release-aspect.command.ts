import type { RequestContext } from '../../../identity/auth.decorators.js';
import type { ReleaseAspectDto } from './release-aspect.request.dto.js';

export class ReleaseAspectCommand {
  constructor(
    readonly tradeId: string,
    readonly dto: ReleaseAspectDto,
    readonly caller: RequestContext,
  ) {}
}
