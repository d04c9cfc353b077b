import type { RequestContext } from '../../../identity/auth.decorators.js';
import type { PublishResultsDto } from './publish-results.request.dto.js';

export class PublishResultsCommand {
  constructor(
    readonly tradeId: string,
    readonly dto: PublishResultsDto,
    readonly caller: RequestContext,
  ) {}
}
