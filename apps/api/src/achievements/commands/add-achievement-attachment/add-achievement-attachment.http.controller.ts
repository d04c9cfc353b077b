import { BadRequestException, Body, Controller, Param, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { AttachmentAddedAnswer, RefusalDto } from '#contracts';
import { LARGEST_ATTACHMENT_BYTES } from '#domain';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import type { UploadedSpreadsheet } from '../../../registration/bulk/spreadsheet-reader.js';
import { AddAchievementAttachmentCommand } from './add-achievement-attachment.command.js';
import { AchievementFileDto, AchievementVideoLinkDto } from './add-achievement-attachment.request.dto.js';

@ApiTags('achievements')
@ApiBearerAuth()
@Controller('achievements/:achievementId')
export class AddAchievementAttachmentHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('attachments')
  // In memory, stopped at the largest size any class of file may have (413 beyond); each class's own limit is checked on the bytes.
  @UseInterceptors(
    FileInterceptor('file', { limits: { fileSize: LARGEST_ATTACHMENT_BYTES, files: 1, fields: 5 }, defParamCharset: 'utf8' }),
  )
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'commandId'],
      properties: {
        file: {
          type: 'string',
          format: 'binary',
          description: 'A PDF (20 MB), an image PNG/JPEG/WebP (10 MB) or a video MP4/WebM (100 MB)',
        },
        commandId: { type: 'string', format: 'uuid' },
      },
    },
  })
  @ApiOperation({
    operationId: 'addAchievementFile',
    summary: "Attach a file to the applicant's draft: type and size judged on the bytes, SHA-256 recorded",
  })
  @ApiCreatedResponse({ type: AttachmentAddedAnswer })
  @ApiUnprocessableEntityResponse({
    type: RefusalDto,
    description: 'Not a PDF, image or video by its bytes; too large for its type; a PDF with JavaScript',
  })
  @ApiPayloadTooLargeResponse({ type: RefusalDto, description: 'Larger than any attachment may be' })
  @ApiConflictResponse({ type: RefusalDto, description: 'Already submitted, or submissions closed' })
  addFile(
    @Param('achievementId') achievementId: string,
    @UploadedFile() file: UploadedSpreadsheet | undefined,
    @Body() dto: AchievementFileDto,
    @Caller() caller: RequestContext,
  ): Promise<AttachmentAddedAnswer> {
    if (!file?.buffer)
      throw new BadRequestException({
        statusCode: 400,
        error: 'bad_request',
        code: 'upload.missing',
        params: {},
        message: 'Upload one PDF, image or video in the multipart field `file`',
        fields: { file: ['missing'] },
      });
    return this.commands.execute(new AddAchievementAttachmentCommand(achievementId, { kind: 'file', file }, dto.commandId, caller));
  }

  @Post('links')
  @ApiOperation({ operationId: 'addAchievementVideoLink', summary: "Attach a link to a video (https) to the applicant's draft" })
  @ApiCreatedResponse({ type: AttachmentAddedAnswer })
  @ApiConflictResponse({ type: RefusalDto, description: 'Already submitted, or submissions closed' })
  addLink(
    @Param('achievementId') achievementId: string,
    @Body() dto: AchievementVideoLinkDto,
    @Caller() caller: RequestContext,
  ): Promise<AttachmentAddedAnswer> {
    return this.commands.execute(
      new AddAchievementAttachmentCommand(achievementId, { kind: 'link', url: dto.url, title: dto.title }, dto.commandId, caller),
    );
  }
}
