import { ConflictException, Controller, ForbiddenException, Get, NotFoundException, Param, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AchievementView, AttachmentIntegrityView } from '#contracts';
import { maskPhone, maskResidentId, type AchievementState } from '#domain';
import { Caller, type RequestContext } from '../identity/auth.decorators.js';
import { AchievementsContext } from './achievements-context.service.js';
import { BlobStore } from './blob-store.js';
import { ExpertReviewContext } from './review/expert-review-context.service.js';

/** An achievement as read: its applicant's, or (once submitted) its city reviewer's and the organiser's; ID numbers and phones masked. */
@ApiTags('achievements')
@ApiBearerAuth()
@Controller('achievements/:achievementId')
export class AchievementsQueryController {
  constructor(
    private readonly achievements: AchievementsContext,
    private readonly blobs: BlobStore,
    private readonly review: ExpertReviewContext,
  ) {}

  @Get()
  @ApiOperation({ operationId: 'getAchievement', summary: 'One achievement with its team (masked), benefits and attachments' })
  @ApiOkResponse({ type: AchievementView })
  async get(@Param('achievementId') achievementId: string, @Caller() { user }: RequestContext): Promise<AchievementView> {
    return view(await this.readable(achievementId, user));
  }

  @Get('integrity')
  @ApiOperation({
    operationId: 'checkAchievementAttachments',
    summary: "Each file's SHA-256 as recorded in its event, and whether the file on disk still has it",
  })
  @ApiOkResponse({ type: [AttachmentIntegrityView] })
  async integrity(@Param('achievementId') achievementId: string, @Caller() { user }: RequestContext): Promise<AttachmentIntegrityView[]> {
    const state = await this.readable(achievementId, user);
    const files = state.attachments.flatMap((a) => (a.kind === 'file' ? [a] : []));
    return Promise.all(
      files.map(async (a) => ({
        attachmentId: a.attachmentId,
        sha256: a.sha256,
        intact: (await this.blobs.read(a.sha256)).status === 'intact',
      })),
    );
  }

  @Get('attachments/:attachmentId')
  @ApiProduces('application/pdf', 'image/png', 'image/jpeg', 'image/webp', 'video/mp4', 'video/webm')
  @ApiOperation({
    operationId: 'downloadAchievementAttachment',
    summary:
      'The file as submitted (also to an expert assigned to the achievement); refused (409 achievements.attachment_changed) when the file on disk no longer has the recorded SHA-256',
  })
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async download(
    @Param('achievementId') achievementId: string,
    @Param('attachmentId') attachmentId: string,
    @Caller() { user }: RequestContext,
  ): Promise<StreamableFile> {
    const state = user.role === 'judge' ? await this.assignedExpert(achievementId, user.userId) : await this.readable(achievementId, user);
    const attachment = state.attachments.find((a) => a.attachmentId === attachmentId);
    if (attachment?.kind !== 'file')
      throw new NotFoundException({
        message: `Unknown attachment ${attachmentId}`,
        code: 'achievements.unknown_attachment',
        params: { attachmentId },
      });
    const read = await this.blobs.read(attachment.sha256);
    if (read.status !== 'intact')
      throw new ConflictException({
        message: `Attachment ${attachmentId} on disk is ${read.status === 'missing' ? 'missing' : 'not the file recorded: its SHA-256 differs'}`,
        code: 'achievements.attachment_changed',
        params: { attachmentId },
      });
    return new StreamableFile(read.bytes, {
      type: attachment.mediaType,
      length: read.bytes.length,
      disposition: `attachment; filename*=UTF-8''${encodeURIComponent(attachment.filename)}`,
    });
  }

  /** An expert downloads the files of an achievement they are assigned to (and only the files: its reads are `expert-view`). */
  private async assignedExpert(achievementId: string, userId: string): Promise<AchievementState> {
    const { state, tradeId } = await this.review.submission(achievementId);
    const { state: review } = await this.review.load(tradeId);
    if (!review.submissions[achievementId]?.expertIds.includes(userId))
      throw new ForbiddenException({
        message: 'You are not assigned to review this achievement',
        code: 'review.not_assigned',
        params: { expertId: userId },
      });
    return state;
  }

  private async readable(achievementId: string, user: RequestContext['user']): Promise<AchievementState> {
    const { state } = await this.achievements.load(achievementId);
    this.achievements.assertMayRead(state, user);
    return state;
  }
}

function view(state: AchievementState): AchievementView {
  const draft = state.draft!;
  return {
    achievementId: state.achievementId!,
    tradeId: state.tradeId!,
    city: state.city!,
    status: state.status!,
    title: draft.title,
    category: draft.category,
    summary: draft.summary,
    members: draft.members.map((m) => ({ ...m, idNumber: maskResidentId(m.idNumber), phone: maskPhone(m.phone) })),
    benefits: draft.benefits,
    attachments: state.attachments,
    ...(state.submittedAt ? { submittedAt: state.submittedAt } : {}),
  };
}
