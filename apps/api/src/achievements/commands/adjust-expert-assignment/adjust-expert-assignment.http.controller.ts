import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandAnswer, RefusalDto } from '#contracts';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import { AdjustExpertAssignmentCommand } from './adjust-expert-assignment.command.js';
import { AdjustExpertAssignmentDto } from './adjust-expert-assignment.request.dto.js';

@ApiTags('achievements')
@ApiBearerAuth()
@Controller()
export class AdjustExpertAssignmentHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('achievements/:achievementId/expert-adjustment')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'adjustExpertAssignment',
    summary: "The organiser replaces one of an achievement's experts (or fills a short slot), with a reason",
  })
  @ApiOkResponse({ type: CommandAnswer })
  @ApiConflictResponse({
    type: RefusalDto,
    description: 'A conflict of interest (review.conflict), the expert is full (review.expert_full), or has scored',
  })
  adjust(
    @Param('achievementId') achievementId: string,
    @Body() dto: AdjustExpertAssignmentDto,
    @Caller() caller: RequestContext,
  ): Promise<CommandAnswer> {
    return this.commands.execute(new AdjustExpertAssignmentCommand(achievementId, dto, caller));
  }
}
