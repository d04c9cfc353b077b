import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AspectLeaseAnswer, RefusalDto } from '#contracts';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import { OpenAspectCommand } from './open-aspect.command.js';
import { AspectLeaseDto } from './open-aspect.request.dto.js';
import { PracticalOnly } from '../../../achievements/practical-only.guard.js';

@ApiTags('judging')
@ApiBearerAuth()
@Controller('trades/:tradeId')
export class OpenAspectHttpController {
  constructor(private readonly commands: CommandBus) {}

  @PracticalOnly('marking')
  @Post('aspects/open')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'openAspect',
    summary: 'This tablet takes the aspect for 2 minutes: another tablet of the same judge is refused meanwhile',
  })
  @ApiOkResponse({ type: AspectLeaseAnswer })
  @ApiConflictResponse({ type: RefusalDto, description: 'Another tablet holds the aspect' })
  open(@Param('tradeId') tradeId: string, @Body() dto: AspectLeaseDto, @Caller() caller: RequestContext): Promise<AspectLeaseAnswer> {
    return this.commands.execute(new OpenAspectCommand(tradeId, dto, caller));
  }
}
