import type { RequestContext } from '../../../identity/auth.decorators.js';
import type { StepCeremonyDto } from './step-ceremony.request.dto.js';

export class StepCeremonyCommand {
  constructor(
    readonly tradeId: string,
    readonly dto: StepCeremonyDto,
    readonly caller: RequestContext,
  ) {}
}
