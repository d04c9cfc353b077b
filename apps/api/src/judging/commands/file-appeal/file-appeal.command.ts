import type { RequestContext } from '../../../identity/auth.decorators.js';
import type { FileAppealDto } from './file-appeal.request.dto.js';

export class FileAppealCommand {
  constructor(
    readonly dto: FileAppealDto,
    readonly caller: RequestContext,
  ) {}
}
