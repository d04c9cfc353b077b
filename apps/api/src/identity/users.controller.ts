import { Body, Controller, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CreateJudgeDto, type JudgeAccountView, type JudgeRole, JudgesQueryDto } from '#contracts';
import { maskPhone, maskResidentId } from '#domain';
import { ProjectionsService } from '../projections/projections.service.js';
import { Caller, type RequestContext } from './auth.decorators.js';
import { AuthService } from './auth.service.js';
import { CreateJudgeCommand } from './commands/create-judge/create-judge.command.js';

const isJudgeRole = (role: string): role is JudgeRole => role === 'judge' || role === 'chief_judge';

/** Accounts the organiser manages: judges and chief judges (who may call each endpoint: permissions.ts). */
@ApiTags('identity')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly projections: ProjectionsService,
    private readonly auth: AuthService,
  ) {}

  @Post('judges')
  @ApiOperation({
    summary: 'Create a judge or chief judge account (employer and city for conflict-of-interest checks); it can log in at once',
  })
  createJudge(@Body() dto: CreateJudgeDto, @Caller() caller: RequestContext) {
    return this.commands.execute(new CreateJudgeCommand(dto, caller));
  }

  @Get('judges')
  @ApiOperation({ summary: 'Judge and chief judge accounts, optionally of one trade, with the panels they sit on (no password hashes)' })
  async judges(@Query() { tradeId }: JudgesQueryDto): Promise<JudgeAccountView[]> {
    await this.projections.catchUpToHead();
    const { users, catalogue } = this.projections.models;
    if (tradeId !== undefined && !catalogue.trades.has(tradeId))
      throw new NotFoundException({ message: `Unknown trade ${tradeId}`, code: 'catalogue.unknown_trade', params: { tradeId } });

    const panels = new Map<string, Array<{ tradeId: string; role: JudgeRole }>>();
    for (const [id, trade] of catalogue.trades) {
      for (const member of trade.panel) {
        const list = panels.get(member.judgeId) ?? [];
        list.push({ tradeId: id, role: member.role });
        panels.set(member.judgeId, list);
      }
    }

    const judges: JudgeAccountView[] = [];
    for (const { profile, passwordHash, personal } of users.all()) {
      if (!isJudgeRole(profile.role)) continue;
      const onPanels = panels.get(profile.userId) ?? [];
      const tradeIds = profile.tradeIds ?? [];
      if (tradeId !== undefined && !tradeIds.includes(tradeId) && !onPanels.some((p) => p.tradeId === tradeId)) continue;
      judges.push({
        userId: profile.userId,
        username: profile.username,
        displayName: profile.displayName,
        role: profile.role,
        ...(profile.city ? { city: profile.city } : {}),
        ...(profile.employer ? { employer: { name: profile.employer.name, creditCode: profile.employer.creditCode } } : {}),
        tradeIds: [...tradeIds],
        panels: onPanels,
        ...(personal?.idNumber ? { idNumber: maskResidentId(personal.idNumber) } : {}),
        ...(personal?.phone ? { phone: maskPhone(personal.phone) } : {}),
        active: passwordHash !== '',
      });
    }
    return judges;
  }

  @Post(':userId/devices/:deviceId/unpair')
  @HttpCode(200)
  @ApiOperation({ summary: "Unpair a judge's device (reported lost): its sessions end at once" })
  unpairDevice(@Param('userId') userId: string, @Param('deviceId', ParseUUIDPipe) deviceId: string, @Caller() caller: RequestContext) {
    return this.auth.unpairDevice(userId, deviceId, caller);
  }
}
