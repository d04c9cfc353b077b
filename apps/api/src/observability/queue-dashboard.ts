import { createHmac, createSecretKey } from 'node:crypto';
import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Queue } from 'bullmq';
import type { NextFunction, Request, Response } from 'express';
import { SCORING_QUEUE } from '#contracts';
import { APP_CONFIG, type AppConfig } from '#platform';

/** Where the dashboard is served, and the only path its session cookie is sent to. */
export const QUEUE_DASHBOARD_PATH = '/api/admin/queues';
export const DASHBOARD_COOKIE = 'jiangxin_queues';
export const DASHBOARD_SESSION_SECONDS = 15 * 60;

/** The value of one cookie in a Cookie header, or undefined. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return undefined;
}

/**
 * BullMQ's queues as the dashboard and the readiness check see them: a Queue handle of this node's
 * own, so that api nodes that do not host the worker (RUN_WORKER=false) have one too.
 */
@Injectable()
export class OperationsQueues implements OnApplicationShutdown {
  readonly scoring: Queue;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.scoring = new Queue(SCORING_QUEUE, { prefix: config.QUEUE_PREFIX, connection: { url: config.REDIS_URL } });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.scoring.close();
  }
}

/**
 * Short-lived dashboard sessions. A browser cannot send a bearer token when it navigates to a page,
 * so an organiser exchanges the access token for a cookie: HttpOnly, SameSite=Strict (no cross-site
 * request carries it, so no CSRF on the dashboard's buttons), limited to the dashboard's path and
 * signed with a key derived from JWT_SECRET, so that it never passes as an access token.
 */
@Injectable()
export class DashboardSessions {
  private readonly signer: JwtService;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const secret = createHmac('sha256', config.JWT_SECRET).update('jiangxin:queue-dashboard').digest('base64url');
    this.signer = new JwtService({
      secret: createSecretKey(Buffer.from(secret, 'utf8')),
      signOptions: { expiresIn: DASHBOARD_SESSION_SECONDS },
    });
  }

  issue(organiserId: string): Promise<string> {
    return this.signer.signAsync({ sub: organiserId, role: 'organiser' });
  }

  /** Whether the cookie holds a session this api issued that has not expired. */
  async valid(token: string): Promise<boolean> {
    try {
      const claims = await this.signer.verifyAsync<{ role?: string }>(token);
      return claims.role === 'organiser';
    } catch {
      return false;
    }
  }

  /** Express middleware in front of the dashboard: a valid session cookie or a 401 that says how to get one. */
  guard() {
    return async (request: Request, response: Response, next: NextFunction) => {
      const token = cookieValue(request.headers.cookie, DASHBOARD_COOKIE);
      if (token && (await this.valid(token))) return next();
      response.status(401).json({
        statusCode: 401,
        error: 'unauthorized',
        message: `The queue dashboard is for organisers: POST /api/admin/dashboard-session with an organiser's access token first (the session lasts ${DASHBOARD_SESSION_SECONDS / 60} minutes)`,
      });
    };
  }
}

/** bull-board under /api/admin/queues, behind the session cookie (registered only when REDIS_URL is set). */
@Injectable()
export class QueueDashboard implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly queues: OperationsQueues,
    private readonly sessions: DashboardSessions,
  ) {}

  onModuleInit(): void {
    const serverAdapter = new ExpressAdapter().setBasePath(QUEUE_DASHBOARD_PATH);
    createBullBoard({
      queues: [new BullMQAdapter(this.queues.scoring)],
      // @bull-board/express 9.10.1 brings its own @bull-board/api 9.10.1, whose types differ from the
      // 9.10.2 installed here only by a private field; the adapter's interface is the same.
      serverAdapter: serverAdapter as unknown as Parameters<typeof createBullBoard>[0]['serverAdapter'],
      options: { uiConfig: { boardTitle: 'Jiangxin queues' } },
    });
    // Mounted on Express directly: bull-board brings its own router. The app's routes are registered
    // by now and its not-found handler is not yet, so the dashboard comes between them.
    this.adapterHost.httpAdapter.use(QUEUE_DASHBOARD_PATH, this.sessions.guard(), serverAdapter.getRouter());
  }
}
