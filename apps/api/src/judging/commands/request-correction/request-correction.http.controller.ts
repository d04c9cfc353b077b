import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CorrectionRequestedAnswer } from '#contracts';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import { RequestCorrectionCommand } from './request-correction.command.js';
import { RequestCorrectionDto } from './request-correction.request.dto.js';

@ApiTags('judging')
@ApiBearerAuth()
@Controller('trades/:tradeId')
export class RequestCorrectionHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('corrections')
  @ApiOperation({
    operationId: 'requestCorrection',
    summary: 'Ask to correct a submitted mark, with a reason; the chief judge approves it',
  })
  @ApiCreatedResponse({ type: CorrectionRequestedAnswer })
  requestCorrection(
    @Param('tradeId') tradeId: string,
    @Body() dto: RequestCorrectionDto,
    @Caller() caller: RequestContext,
  ): Promise<CorrectionRequestedAnswer> {
    return this.commands.execute(new RequestCorrectionCommand(tradeId, dto, caller));
  }
}
