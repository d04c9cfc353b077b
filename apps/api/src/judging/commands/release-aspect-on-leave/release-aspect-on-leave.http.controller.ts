import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { deterministicId } from '#application';
import { CLOCK, type Clock } from '#platform';
import { Inject } from '@nestjs/common';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import { SheetCommand } from '../../score-sheets/sheet-command.js';
import { ReleaseAspectOnLeaveRequestDto } from './release-aspect-on-leave.request.dto.js';

/** The judge page is hidden or closed: its beacon lets the aspect go, so another tablet's mark is not refused. */
@ApiTags('judging')
@Controller('trades/:tradeId/aspects')
export class ReleaseAspectOnLeaveHttpController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post('release-beacon')
  @HttpCode(204)
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiOperation({
    summary:
      "The judge page's beacon on pagehide: releases this tablet's lease of an aspect (form body: token, device, competitorNumber, aspectId)",
  })
  async release(@Param('tradeId') tradeId: string, @Body() dto: ReleaseAspectOnLeaveRequestDto, @Caller() caller: RequestContext) {
    const deviceId = caller.device ?? 'unknown-device';
    const { competitorNumber, aspectId } = dto;
    const commandId = deterministicId(
      `release/${tradeId}/${competitorNumber}/${aspectId}/${caller.user.userId}/${deviceId}/${this.clock().toISOString()}`,
    );
    await this.commands.execute(
      new SheetCommand(
        { type: 'ReleaseAspect', tradeId, competitorNumber, aspectId, judgeId: caller.user.userId, deviceId },
        caller,
        commandId,
      ),
    );
  }
}
