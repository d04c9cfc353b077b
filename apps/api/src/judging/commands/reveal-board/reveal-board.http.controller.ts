import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandAnswer } from '#contracts';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import { RevealBoardCommand } from './reveal-board.command.js';
import { RevealBoardDto } from './reveal-board.request.dto.js';

@ApiTags('results')
@ApiBearerAuth()
@Controller('trades/:tradeId')
export class RevealBoardHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('reveal')
  @HttpCode(200)
  @ApiOperation({ operationId: 'revealBoard', summary: 'Reveal a frozen board: spectators see it as it stands' })
  @ApiOkResponse({ type: CommandAnswer })
  reveal(@Param('tradeId') tradeId: string, @Body() dto: RevealBoardDto, @Caller() caller: RequestContext): Promise<CommandAnswer> {
    return this.commands.execute(new RevealBoardCommand(tradeId, dto, caller));
  }
}
