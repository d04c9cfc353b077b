import type { RequestContext } from '../../../identity/auth.decorators.js';
import type { RegistrationRulesDto } from './set-registration-rules.request.dto.js';

export class SetRegistrationRulesCommand {
  constructor(
    readonly tradeId: string,
    readonly dto: RegistrationRulesDto,
    readonly caller: RequestContext,
  ) {}
}
