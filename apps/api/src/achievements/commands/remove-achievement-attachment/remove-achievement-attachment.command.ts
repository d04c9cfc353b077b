import type { RequestContext } from '../../../identity/auth.decorators.js';

export class RemoveAchievementAttachmentCommand {
  constructor(
    readonly achievementId: string,
    readonly attachmentId: string,
    readonly commandId: string,
    readonly caller: RequestContext,
  ) {}
}
