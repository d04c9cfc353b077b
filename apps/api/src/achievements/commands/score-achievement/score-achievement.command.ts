import type { RequestContext } from '../../../identity/auth.decorators.js';
import type { ScoreAchievementDto } from './score-achievement.request.dto.js';

export class ScoreAchievementCommand {
  constructor(
    readonly achievementId: string,
    readonly dto: ScoreAchievementDto,
    readonly caller: RequestContext,
  ) {}
}
