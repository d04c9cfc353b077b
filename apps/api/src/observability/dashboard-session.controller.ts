import { Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Caller, type RequestContext } from '../identity/auth.decorators.js';
import { DASHBOARD_COOKIE, DASHBOARD_SESSION_SECONDS, DashboardSessions, QUEUE_DASHBOARD_PATH } from './queue-dashboard.js';

@ApiTags('operations')
@ApiBearerAuth()
@Controller('admin/dashboard-session')
export class DashboardSessionController {
  constructor(private readonly sessions: DashboardSessions) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: `Organiser: sets a ${DASHBOARD_SESSION_SECONDS / 60}-minute session cookie for the queue dashboard at ${QUEUE_DASHBOARD_PATH} (only when REDIS_URL is set)`,
  })
  async open(@Caller() caller: RequestContext, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const behindTls = request.secure || request.headers['x-forwarded-proto'] === 'https';
    response.cookie(DASHBOARD_COOKIE, await this.sessions.issue(caller.user.userId), {
      httpOnly: true,
      sameSite: 'strict',
      secure: behindTls,
      path: QUEUE_DASHBOARD_PATH,
      maxAge: DASHBOARD_SESSION_SECONDS * 1000,
    });
    return { dashboard: `${QUEUE_DASHBOARD_PATH}/`, expiresInSeconds: DASHBOARD_SESSION_SECONDS };
  }
}
