import type { SubmitEntryDto } from './submit-entry.request.dto.js';
import type { RequestContext } from '../../../identity/auth.decorators.js';

export class SubmitEntryCommand {
  constructor(
    readonly dto: SubmitEntryDto,
    readonly caller: RequestContext,
  ) {}
}
