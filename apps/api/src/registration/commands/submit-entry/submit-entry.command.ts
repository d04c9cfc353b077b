import type { SubmitEntryDto } from '#contracts';
import type { RequestContext } from '../../../identity/auth.decorators.js';

export class SubmitEntryCommand {
  constructor(
    readonly dto: SubmitEntryDto,
    readonly caller: RequestContext,
  ) {}
}
