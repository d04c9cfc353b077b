import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiConsumes, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import { ReleaseAspectCommand } from '../release-aspect/release-aspect.command.js';
import { ReleaseAspectOnLeaveRequestDto } from './release-aspect-on-leave.request.dto.js';

/** The judge page is hidden or closed: its beacon lets the aspect go, so another tablet's mark is not refused. */
@ApiTags('judging')
@Controller('trades/:tradeId/aspects')
export class ReleaseAspectOnLeaveHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('release-beacon')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Released (or nothing to release): a beacon reads no answer' })
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiOperation({
    operationId: 'releaseAspectOnLeave',
    summary:
      "The judge page's beacon on pagehide: releases this tablet's lease of an aspect (form body: token, device, commandId, competitorNumber, aspectId)",
  })
  async release(
    @Param('tradeId') tradeId: string,
    @Body() dto: ReleaseAspectOnLeaveRequestDto,
    @Caller() caller: RequestContext,
  ): Promise<void> {
    await this.commands.execute(new ReleaseAspectCommand(tradeId, dto, caller));
  }
}
