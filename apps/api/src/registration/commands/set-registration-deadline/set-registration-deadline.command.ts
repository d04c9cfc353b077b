import type { RequestContext } from '../../../identity/auth.decorators.js';
import type { RegistrationDeadlineDto } from './set-registration-deadline.request.dto.js';

export class SetRegistrationDeadlineCommand {
  constructor(
    readonly dto: RegistrationDeadlineDto,
    readonly caller: RequestContext,
  ) {}
}
