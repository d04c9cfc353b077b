import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandAnswer, RefusalDto } from '#contracts';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import { RejectCorrectionCommand } from './reject-correction.command.js';
import { RejectCorrectionDto } from './reject-correction.request.dto.js';

@ApiTags('judging')
@ApiBearerAuth()
@Controller('trades/:tradeId')
export class RejectCorrectionHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('corrections/:correctionId/reject')
  @ApiOperation({ operationId: 'rejectCorrection', summary: 'The chief judge rejects a correction, with a reason' })
  @ApiCreatedResponse({ type: CommandAnswer })
  @ApiNotFoundResponse({ type: RefusalDto, description: 'No such correction in the trade' })
  reject(
    @Param('tradeId') tradeId: string,
    @Param('correctionId') correctionId: string,
    @Body() dto: RejectCorrectionDto,
    @Caller() caller: RequestContext,
  ): Promise<CommandAnswer> {
    return this.commands.execute(new RejectCorrectionCommand(tradeId, correctionId, dto, caller));
  }
}
