import type { RequestContext } from '../../../identity/auth.decorators.js';
import type { EditAchievementDraftDto } from './edit-achievement-draft.request.dto.js';

export class EditAchievementDraftCommand {
  constructor(
    readonly achievementId: string,
    readonly dto: EditAchievementDraftDto,
    readonly caller: RequestContext,
  ) {}
}
