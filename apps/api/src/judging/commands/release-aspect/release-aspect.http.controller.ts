import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandAnswer } from '#contracts';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import { ReleaseAspectCommand } from './release-aspect.command.js';
import { ReleaseAspectDto } from './release-aspect.request.dto.js';

@ApiTags('judging')
@ApiBearerAuth()
@Controller('trades/:tradeId')
export class ReleaseAspectHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('aspects/release')
  @HttpCode(200)
  @ApiOperation({ operationId: 'releaseAspect', summary: 'This tablet lets the aspect go' })
  @ApiOkResponse({ type: CommandAnswer })
  release(@Param('tradeId') tradeId: string, @Body() dto: ReleaseAspectDto, @Caller() caller: RequestContext): Promise<CommandAnswer> {
    return this.commands.execute(new ReleaseAspectCommand(tradeId, dto, caller));
  }
}
