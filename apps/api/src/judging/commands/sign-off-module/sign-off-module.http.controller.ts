import { Body, Controller, Param, ParseIntPipe, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandAnswer, RefusalDto } from '#contracts';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import { SignOffModuleCommand } from './sign-off-module.command.js';
import { SignOffModuleDto } from './sign-off-module.request.dto.js';
import { PracticalOnly } from '../../../achievements/practical-only.guard.js';

@ApiTags('judging')
@ApiBearerAuth()
@Controller('trades/:tradeId')
export class SignOffModuleHttpController {
  constructor(private readonly commands: CommandBus) {}

  @PracticalOnly('marking')
  @Post('competitors/:competitorNumber/sign-off')
  @ApiOperation({
    operationId: 'signOffModule',
    summary: "The chief judge locks a competitor's module; refused while any aspect of it is not marked",
  })
  @ApiCreatedResponse({ type: CommandAnswer })
  @ApiConflictResponse({ type: RefusalDto, description: 'An aspect of the module is not marked yet' })
  signOff(
    @Param('tradeId') tradeId: string,
    @Param('competitorNumber', ParseIntPipe) competitorNumber: number,
    @Body() dto: SignOffModuleDto,
    @Caller() caller: RequestContext,
  ): Promise<CommandAnswer> {
    return this.commands.execute(new SignOffModuleCommand(tradeId, competitorNumber, dto, caller));
  }
}
