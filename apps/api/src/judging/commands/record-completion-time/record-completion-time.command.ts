import type { RequestContext } from '../../../identity/auth.decorators.js';
import type { CompletionTimeDto } from './record-completion-time.request.dto.js';

export class RecordCompletionTimeCommand {
  constructor(
    readonly tradeId: string,
    readonly competitorNumber: number,
    readonly dto: CompletionTimeDto,
    readonly caller: RequestContext,
  ) {}
}
