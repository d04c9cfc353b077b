import { Controller, Get, NotFoundException, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { JudgeAccountView, type JudgeRole, JudgesQueryDto } from '#contracts';
import { maskPhone, maskResidentId } from '#domain';
import { ProjectionsService } from '../projections/projections.service.js';

const isJudgeRole = (role: string): role is JudgeRole => role === 'judge' || role === 'chief_judge';

/** The judge and chief judge accounts the organiser manages (who may call each endpoint: permissions.ts); the commands are in commands/. */
@ApiTags('identity')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly projections: ProjectionsService) {}

  @Get('judges')
  @ApiOkResponse({ type: [JudgeAccountView] })
  @ApiOperation({
    operationId: 'listJudges',
    summary: 'Judge and chief judge accounts, optionally of one trade, with the panels they sit on (no password hashes)',
  })
  async judges(@Query() { tradeId }: JudgesQueryDto): Promise<JudgeAccountView[]> {
    await this.projections.catchUpToHead();
    const { users, catalogue } = this.projections.models;
    if (tradeId !== undefined && !catalogue.trades.has(tradeId))
      throw new NotFoundException({ message: `Unknown trade ${tradeId}`, code: 'catalogue.unknown_trade', params: { tradeId } });

    const panels = new Map<string, Array<{ tradeId: string; role: JudgeRole }>>();
    for (const trade of catalogue.currentTrades()) {
      for (const member of trade.panel) {
        const list = panels.get(member.judgeId) ?? [];
        list.push({ tradeId: trade.definition.id, role: member.role });
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
}
