import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import { ReplaceDrawCommitmentCommand } from './replace-draw-commitment.command.js';
import { ReplaceDrawCommitmentRequestDto } from './replace-draw-commitment.request.dto.js';
import { DrawCommitmentAnswer } from '#contracts';
import { PracticalOnly } from '../../../achievements/practical-only.guard.js';

@ApiTags('judging')
@ApiBearerAuth()
@Controller('trades/:tradeId/draw/commitment')
export class ReplaceDrawCommitmentHttpController {
  constructor(private readonly commands: CommandBus) {}

  @PracticalOnly('draw')
  @Post('replacement')
  @ApiCreatedResponse({ type: DrawCommitmentAnswer })
  @ApiOperation({
    operationId: 'replaceDrawCommitment',
    summary:
      'Before the draw, a lost seed: publish a new commitment with a reason; the replaced commitment stays public beside it (GET …/draw)',
  })
  replace(@Param('tradeId') tradeId: string, @Body() dto: ReplaceDrawCommitmentRequestDto, @Caller() caller: RequestContext) {
    return this.commands.execute(new ReplaceDrawCommitmentCommand(tradeId, dto, caller));
  }
}
