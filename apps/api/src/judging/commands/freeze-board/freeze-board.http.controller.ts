import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandAnswer } from '#contracts';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import { FreezeBoardCommand } from './freeze-board.command.js';
import { FreezeBoardDto } from './freeze-board.request.dto.js';

@ApiTags('results')
@ApiBearerAuth()
@Controller('trades/:tradeId')
export class FreezeBoardHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('freeze')
  @HttpCode(200)
  @ApiOperation({ operationId: 'freezeBoard', summary: 'Freeze the live board: spectators see it as it stands now until it is revealed' })
  @ApiOkResponse({ type: CommandAnswer })
  freeze(@Param('tradeId') tradeId: string, @Body() dto: FreezeBoardDto, @Caller() caller: RequestContext): Promise<CommandAnswer> {
    return this.commands.execute(new FreezeBoardCommand(tradeId, dto, caller));
  }
}
