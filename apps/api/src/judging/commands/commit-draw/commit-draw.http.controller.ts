import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import { CommitDrawCommand } from './commit-draw.command.js';
import { CommitDrawDto } from './commit-draw.request.dto.js';
import { DrawCommitmentAnswer } from '#contracts';
import { PracticalOnly } from '../../../achievements/practical-only.guard.js';

@ApiTags('judging')
@ApiBearerAuth()
@Controller('trades/:tradeId')
export class CommitDrawHttpController {
  constructor(private readonly commands: CommandBus) {}

  @PracticalOnly('draw')
  @Post('draw/commitment')
  @ApiCreatedResponse({ type: DrawCommitmentAnswer })
  @ApiOperation({ operationId: 'commitDraw', summary: 'Before the draw: publish the SHA-256 of the seed (commit\u2013reveal)' })
  commitDraw(@Param('tradeId') tradeId: string, @Body() dto: CommitDrawDto, @Caller() caller: RequestContext) {
    return this.commands.execute(new CommitDrawCommand(tradeId, dto, caller));
  }
}
