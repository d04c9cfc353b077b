import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandAnswer, RefusalDto } from '#contracts';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import { ApproveCorrectionCommand } from './approve-correction.command.js';
import { ApproveCorrectionDto } from './approve-correction.request.dto.js';

@ApiTags('judging')
@ApiBearerAuth()
@Controller('trades/:tradeId')
export class ApproveCorrectionHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('corrections/:correctionId/approve')
  @ApiOperation({
    operationId: 'approveCorrection',
    summary: 'The chief judge approves a correction: the mark changes, the original stays in the history',
  })
  @ApiCreatedResponse({ type: CommandAnswer })
  @ApiNotFoundResponse({ type: RefusalDto, description: 'No such correction in the trade' })
  approve(
    @Param('tradeId') tradeId: string,
    @Param('correctionId') correctionId: string,
    @Body() dto: ApproveCorrectionDto,
    @Caller() caller: RequestContext,
  ): Promise<CommandAnswer> {
    return this.commands.execute(new ApproveCorrectionCommand(tradeId, correctionId, dto, caller));
  }
}
