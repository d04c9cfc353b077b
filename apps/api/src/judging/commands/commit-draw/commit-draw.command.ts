import type { CommitDrawDto } from './commit-draw.request.dto.js';
import type { RequestContext } from '../../../identity/auth.decorators.js';

export class CommitDrawCommand {
  constructor(
    readonly tradeId: string,
    readonly dto: CommitDrawDto,
    readonly caller: RequestContext,
  ) {}
}
