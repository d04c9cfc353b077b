import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandAnswer, RefusalDto } from '#contracts';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import { RecordReviewDiscussionCommand } from './record-review-discussion.command.js';
import { ReviewDiscussionDto } from './record-review-discussion.request.dto.js';

@ApiTags('achievements')
@ApiBearerAuth()
@Controller()
export class RecordReviewDiscussionHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('achievements/:achievementId/review-discussion')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'recordReviewDiscussion',
    summary: "The organiser records the discussion of an achievement flagged for its experts' spread, and asks for a re-score",
  })
  @ApiOkResponse({ type: CommandAnswer })
  @ApiConflictResponse({ type: RefusalDto, description: 'The achievement is not flagged (review.not_flagged)' })
  record(
    @Param('achievementId') achievementId: string,
    @Body() dto: ReviewDiscussionDto,
    @Caller() caller: RequestContext,
  ): Promise<CommandAnswer> {
    return this.commands.execute(new RecordReviewDiscussionCommand(achievementId, dto, caller));
  }
}
