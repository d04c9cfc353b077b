import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandAnswer, RefusalDto } from '#contracts';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import { PublishResultsCommand } from './publish-results.command.js';
import { PublishResultsDto } from './publish-results.request.dto.js';

@ApiTags('results')
@ApiBearerAuth()
@Controller('trades/:tradeId')
export class PublishResultsHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('publish')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'publishResults',
    summary:
      "Publish the results (official): refused until every present competitor's modules are signed off and, unless a reason is given, while one has no theory result",
  })
  @ApiOkResponse({ type: CommandAnswer })
  @ApiConflictResponse({
    type: RefusalDto,
    description: 'Modules not signed off, or theory results missing (code results.theory_missing)',
  })
  publish(@Param('tradeId') tradeId: string, @Body() dto: PublishResultsDto, @Caller() caller: RequestContext): Promise<CommandAnswer> {
    return this.commands.execute(new PublishResultsCommand(tradeId, dto, caller));
  }
}
