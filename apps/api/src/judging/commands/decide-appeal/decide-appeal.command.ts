import type { RequestContext } from '../../../identity/auth.decorators.js';
import type { AppealRemedy } from '#domain';

export class DecideAppealCommand {
  constructor(
    readonly appealId: string,
    readonly decision: 'upheld' | 'rejected',
    readonly reasons: string,
    readonly remedy: AppealRemedy | undefined,
    readonly caller: RequestContext,
    readonly commandId: string,
  ) {}
}
