import type { RequestContext } from '../../../identity/auth.decorators.js';
import type { UploadedSpreadsheet } from '../../../registration/bulk/spreadsheet-reader.js';

/** A file uploaded (its bytes) or a link to a video, for an achievement's draft. */
export type AttachmentSource = { kind: 'file'; file: UploadedSpreadsheet } | { kind: 'link'; url: string; title: string };

export class AddAchievementAttachmentCommand {
  constructor(
    readonly achievementId: string,
    readonly source: AttachmentSource,
    readonly commandId: string,
    readonly caller: RequestContext,
  ) {}
}
