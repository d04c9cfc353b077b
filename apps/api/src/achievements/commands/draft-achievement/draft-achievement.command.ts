import type { RequestContext } from '../../../identity/auth.decorators.js';
import type { DraftAchievementDto } from './draft-achievement.request.dto.js';

export class DraftAchievementCommand {
  constructor(
    readonly dto: DraftAchievementDto,
    readonly caller: RequestContext,
  ) {}
}
