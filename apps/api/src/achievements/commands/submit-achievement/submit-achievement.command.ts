import type { RequestContext } from '../../../identity/auth.decorators.js';

export class SubmitAchievementCommand {
  constructor(
    readonly achievementId: string,
    readonly commandId: string,
    readonly caller: RequestContext,
  ) {}
}
