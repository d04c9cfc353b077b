import { type CanActivate, type ExecutionContext, ForbiddenException, HttpStatus, Injectable, UnauthorizedException } from '@nestjs/common';
import { WsException } from '@nestjs/websockets';
import type { Request } from 'express';
import type { Socket } from 'socket.io';
import { ProjectionsService } from '../projections/projections.service.js';
import type { AuthUser } from './auth.decorators.js';
import { type Access, allows, httpAccess, httpKey, SCOPED_PARAMS, socketAccess, socketKey } from './permissions.js';
import { Tokens } from './tokens.js';

type Refusal = { status: HttpStatus.UNAUTHORIZED | HttpStatus.FORBIDDEN; message: string };

/**
 * The global guard: every HTTP endpoint and socket event is allowed or refused by its row in the
 * permission table (permissions.ts). A caller is a valid access token whose session is still open;
 * a judge or city reviewer is further held to the trades or city of their account. Role and scope
 * are read from the users read model at each request; the token only says who and which session.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly tokens: Tokens,
    private readonly projections: ProjectionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    switch (context.getType()) {
      case 'http':
        return this.checkRequest(context.switchToHttp().getRequest<Request & { user?: AuthUser }>());
      case 'ws':
        return this.checkSocketEvent(context.switchToWs().getClient<Socket>(), context.switchToWs().getPattern());
      default:
        return true;
    }
  }

  private async checkRequest(request: Request & { user?: AuthUser }): Promise<boolean> {
    const template: string = request.route?.path ?? request.path;
    const key = httpKey(request.method, template);
    const outcome = await this.decide(
      key,
      httpAccess(request.method, template),
      bearerToken(request.headers.authorization),
      request.params as Record<string, string>,
    );
    if ('status' in outcome) {
      throw outcome.status === HttpStatus.UNAUTHORIZED
        ? new UnauthorizedException(outcome.message)
        : new ForbiddenException(outcome.message);
    }
    if (outcome.user) request.user = outcome.user;
    return true;
  }

  private async checkSocketEvent(socket: Socket, event: string): Promise<boolean> {
    const key = socketKey(socket.nsp.name, event);
    const token = handshakeToken(socket);
    const outcome = await this.decide(key, socketAccess(socket.nsp.name, event), token, {});
    if ('status' in outcome) throw new WsException({ status: outcome.status, event, message: outcome.message });
    socket.data.user = outcome.user;
    return true;
  }

  private async decide(
    key: string,
    access: Access | undefined,
    token: string | undefined,
    params: Record<string, string>,
  ): Promise<{ user?: AuthUser } | Refusal> {
    if (access === undefined) {
      return {
        status: HttpStatus.FORBIDDEN,
        message: `${key} has no row in the permission table (apps/api/src/identity/permissions.ts), so it is closed to everyone`,
      };
    }
    const caller = await this.authenticate(token);
    // A public endpoint ignores a bad token; a good one still tells it who is asking.
    if (access === 'public') return 'user' in caller ? caller : {};
    if (!('user' in caller)) return { status: HttpStatus.UNAUTHORIZED, message: caller.problem };
    const { user } = caller;
    if (!allows(access, user.role)) {
      return { status: HttpStatus.FORBIDDEN, message: `This needs the role ${access.join(' or ')}; you are ${user.role} (${key})` };
    }
    const scopeProblem = await this.outOfScope(user, params);
    return scopeProblem ? { status: HttpStatus.FORBIDDEN, message: scopeProblem } : { user };
  }

  /** The user of an access token whose session is open, or what is wrong with it. */
  private async authenticate(token: string | undefined): Promise<{ user: AuthUser } | { problem: string }> {
    if (!token) return { problem: 'Log in first: this needs an access token (Authorization: Bearer …)' };
    const user = await this.tokens.verifyAccessToken(token);
    if (!user) return { problem: 'The access token is invalid or has expired; refresh it (POST /api/auth/refresh) or log in again' };
    let session = this.projections.models.sessions.get(user.sessionId);
    if (!session) {
      // A session opened a moment ago, maybe on another node, may not be in this node's read model yet.
      await this.projections.catchUpToHead();
      session = this.projections.models.sessions.get(user.sessionId);
    }
    if (!session || session.userId !== user.userId) return { problem: 'The session has ended (signed out or revoked); log in again' };
    // Role, city and trades come from the server's own record of the user, never from the token's
    // claims: a forged or stale claim gives nothing, and a change takes effect at the next request.
    const record = this.projections.models.users.findById(user.userId);
    if (!record) return { problem: 'The account of this access token is unknown; log in again' };
    const { username, role, city, tradeIds } = record.profile;
    return {
      user: {
        userId: user.userId,
        username,
        role,
        ...(city ? { city } : {}),
        ...(tradeIds ? { tradeIds } : {}),
        sessionId: user.sessionId,
        ...(user.deviceId ? { deviceId: user.deviceId } : {}),
      },
    };
  }

  private async outOfScope(user: AuthUser, params: Record<string, string>): Promise<string | undefined> {
    const scoped = SCOPED_PARAMS[user.role];
    const value = scoped ? params[scoped] : undefined;
    if (value === undefined) return undefined;
    if (scoped === 'city') return value === user.city ? undefined : `A reviewer of ${user.city} acts for ${user.city} only, not ${value}`;
    if (user.tradeIds?.includes(value) || (await this.servesTrade(user.userId, value))) return undefined;
    return `You are not a judge on the panel of ${value}; your account serves ${user.tradeIds?.join(', ') || 'no trade'}`;
  }

  /** On the trade's panel; an unknown trade is left to the handler, which answers 404. */
  private async servesTrade(userId: string, tradeId: string): Promise<boolean> {
    const onPanel = () => this.projections.models.catalogue.trades.get(tradeId)?.panel.some((m) => m.judgeId === userId);
    if (onPanel() === true) return true;
    // Assigned (or the trade defined) a moment ago, maybe on another node.
    await this.projections.catchUpToHead();
    return onPanel() !== false;
  }
}

const bearerToken = (header: unknown) => (typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7) : undefined);

function handshakeToken(socket: Socket): string | undefined {
  const token: unknown = socket.handshake.auth?.token;
  return typeof token === 'string' && token.length > 0 ? token : bearerToken(socket.handshake.headers.authorization);
}
