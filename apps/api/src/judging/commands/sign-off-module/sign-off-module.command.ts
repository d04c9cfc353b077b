import type { RequestContext } from '../../../identity/auth.decorators.js';
import type { SignOffModuleDto } from './sign-off-module.request.dto.js';

export class SignOffModuleCommand {
  constructor(
    readonly tradeId: string,
    readonly competitorNumber: number,
    readonly dto: SignOffModuleDto,
    readonly caller: RequestContext,
  ) {}
}
