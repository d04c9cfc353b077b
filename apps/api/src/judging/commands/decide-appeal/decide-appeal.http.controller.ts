import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AppealDecidedAnswer } from '#contracts';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import { toRemedy } from '../../appeals/appeals.controller.js';
import { DecideAppealCommand } from './decide-appeal.command.js';
import { DecideAppealDto } from './decide-appeal.request.dto.js';

@ApiTags('appeals')
@ApiBearerAuth()
@Controller('appeals')
export class DecideAppealHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':appealId/decide')
  @HttpCode(200)
  @ApiOperation({ operationId: 'decideAppeal', summary: 'Uphold (with a re-mark or a correction) or reject an appeal, with reasons' })
  @ApiOkResponse({ type: AppealDecidedAnswer })
  decide(
    @Param('appealId') appealId: string,
    @Body() dto: DecideAppealDto,
    @Caller() caller: RequestContext,
  ): Promise<AppealDecidedAnswer> {
    const remedy = dto.remedy ? toRemedy(dto.remedy) : undefined;
    return this.commands.execute(new DecideAppealCommand(appealId, dto.decision, dto.reasons, remedy, caller, dto.commandId));
  }
}
