import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, deterministicId } from '#application';
import type { AttachmentAddedAnswer } from '#contracts';
import { achievementDecider, invalid, sniffMediaType, streams, type AchievementCommand, type Attachment } from '#domain';
import { CLOCK, type Clock } from '#platform';
import { commandMeta } from '../../../command-meta.js';
import { AchievementsContext } from '../../achievements-context.service.js';
import { BlobStore, sha256Hex } from '../../blob-store.js';
import { pdfHasActiveContent } from '../../pdf-safety.js';
import { AddAchievementAttachmentCommand, type AttachmentSource } from './add-achievement-attachment.command.js';

/**
 * An attachment for the draft. A file is judged on its bytes: its type by its first bytes (never its
 * name), its size by its length, a PDF refused when it carries JavaScript; its SHA-256 names it in the
 * blob store and is recorded in the event. The command is decided before the file is stored, so a
 * refused upload writes nothing, neither event nor file.
 */
@CommandHandler(AddAchievementAttachmentCommand)
export class AddAchievementAttachmentHandler implements ICommandHandler<AddAchievementAttachmentCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly achievements: AchievementsContext,
    private readonly blobs: BlobStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ achievementId, source, commandId, caller }: AddAchievementAttachmentCommand): Promise<AttachmentAddedAnswer> {
    const current = await this.achievements.load(achievementId);
    const attachmentId = deterministicId(`attachment/${commandId}`);
    const attachment = measured(attachmentId, source);
    const command: AchievementCommand = {
      type: 'AddAchievementAttachment',
      by: { userId: caller.user.userId },
      attachment,
      at: this.clock().toISOString(),
    };
    const context = () => this.achievements.forTrade(current.state.tradeId ?? '');
    if (!current.commands.has(commandId)) achievementDecider.decide(command, current.state, await context());
    if (source.kind === 'file') await this.blobs.put(source.file.buffer);
    const result = await this.executor.execute({
      streamId: streams.achievement(achievementId),
      decider: achievementDecider,
      command,
      context,
      meta: commandMeta(caller, commandId),
    });
    return { commandId, position: result.position, duplicate: result.duplicate, attachment };
  }
}

/** The attachment as the bytes say it is. */
function measured(attachmentId: string, source: AttachmentSource): Attachment {
  if (source.kind === 'link') return { attachmentId, kind: 'link', url: source.url, title: source.title };
  const { buffer, originalname } = source.file;
  const filename = (originalname || 'file').slice(0, 200);
  const mediaType = sniffMediaType(buffer);
  if (!mediaType)
    throw invalid(`${filename} is not a PDF, an image (PNG, JPEG, WebP) or a video (MP4, WebM), whatever its name says`, 'file', {
      code: 'achievements.attachment_type',
      params: { filename },
    });
  if (mediaType === 'application/pdf' && pdfHasActiveContent(buffer))
    throw invalid(`${filename} is a PDF with embedded JavaScript or a launch action`, 'file', {
      code: 'achievements.attachment_script',
      params: { filename },
    });
  return { attachmentId, kind: 'file', filename, mediaType, bytes: buffer.length, sha256: sha256Hex(buffer) };
}
