import { randomUUID } from 'node:crypto';
import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { type CommandMeta, CommandExecutor, StreamStateCache } from '#application';
import { DomainError, normaliseUsername, streams, type UserCommand, userDecider, type UserProfile } from '#domain';
import { CLOCK, type Clock } from '#platform';
import { ProjectionsService } from '../projections/projections.service.js';
import type { AuthUser, RequestContext } from './auth.decorators.js';
import { PasswordHasher } from './password-hasher.js';
import { refreshTokenHash, type TokenPair, Tokens } from './tokens.js';

/**
 * Logins, refreshes and sign-outs (pairing a device is a use case of its own, commands/pair-device). Each is a command on the user's stream, so the
 * sessions are in the event log: any api node can refresh a token another node issued, and a
 * sign-out closes the session on every node.
 */
@Injectable()
export class AuthService {
  constructor(
    private readonly projections: ProjectionsService,
    private readonly hasher: PasswordHasher,
    private readonly tokens: Tokens,
    private readonly executor: CommandExecutor,
    private readonly cache: StreamStateCache,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async login(username: string, password: string, device?: string): Promise<TokenPair & { user: UserProfile }> {
    const normalised = normaliseUsername(username);
    let record = this.projections.models.users.findByUsername(normalised);
    if (!record) {
      // A sign-up a moment ago may not be in the read model yet.
      await this.projections.catchUpToHead();
      record = this.projections.models.users.findByUsername(normalised);
    }
    if (!record || !(await this.hasher.verify(record.passwordHash, password))) {
      throw new UnauthorizedException({ message: 'Wrong username or password', code: 'auth.wrong_password', params: {} });
    }
    const { profile } = record;
    const { grant, refreshToken } = this.tokens.newSession(profile.userId);
    await this.run(profile.userId, { type: 'StartSession', grant }, ownMeta(profile, device));
    return { ...(await this.tokens.pair(profile, grant, { token: refreshToken, expiresAt: grant.expiresAt })), user: profile };
  }

  /** Exchanges a refresh token for a new pair. A token presented twice closes its session (it was copied). */
  async refresh(refreshToken: string, device?: string): Promise<TokenPair> {
    const claimed = this.tokens.parseRefreshToken(refreshToken);
    if (!claimed) throw new UnauthorizedException({ message: 'The refresh token is not valid', code: 'auth.session_ended', params: {} });
    const { userId, sessionId } = claimed;
    const { profile, sessions } = (await this.cache.load(streams.user(userId), userDecider)).state;
    if (!profile) throw new UnauthorizedException({ message: 'The refresh token is not valid', code: 'auth.session_ended', params: {} });
    const next = this.tokens.nextRefreshToken(userId, sessionId);
    const result = await this.run(
      userId,
      {
        type: 'RefreshSession',
        sessionId,
        presentedHash: refreshTokenHash(refreshToken),
        next: { refreshTokenHash: next.hash, expiresAt: next.expiresAt },
        at: this.clock().toISOString(),
      },
      ownMeta(profile, device),
    );
    if (result.events.some((event) => event.type === 'SessionEnded')) {
      throw new UnauthorizedException({
        message: 'This refresh token was already used: the session is closed for safety; log in again',
        code: 'auth.refresh_reused',
        params: {},
      });
    }
    const deviceId = sessions.get(sessionId)?.deviceId;
    return this.tokens.pair(profile, { sessionId, deviceId }, next);
  }

  /** Ends the caller's session: its access and refresh tokens stop working on every node. */
  async signOut(caller: RequestContext): Promise<{ sessionId: string; position: number }> {
    const { user } = caller;
    const result = await this.run(user.userId, { type: 'EndSession', sessionId: user.sessionId, reason: 'signed_out' }, callerMeta(caller));
    await this.projections.catchUpToHead();
    return { sessionId: user.sessionId, position: result.position };
  }

  async devices(user: AuthUser): Promise<Array<{ deviceId: string; label: string; openSessions: number }>> {
    const { devices, sessions } = (await this.cache.load(streams.user(user.userId), userDecider)).state;
    return [...devices].map(([deviceId, { label }]) => ({
      deviceId,
      label,
      openSessions: [...sessions.values()].filter((session) => session.deviceId === deviceId).length,
    }));
  }

  private async run(userId: string, command: UserCommand, meta: CommandMeta) {
    try {
      return await this.executor.execute({ streamId: streams.user(userId), decider: userDecider, command, meta });
    } catch (error) {
      // A refused refresh is an authentication failure, not a business refusal.
      if (command.type === 'RefreshSession' && error instanceof DomainError && error.kind === 'forbidden')
        throw new UnauthorizedException({ message: error.message, code: error.code, params: error.params });
      throw error;
    }
  }
}

/** Sessions are the user's own doing: a command of its own each time. */
const ownMeta = (profile: UserProfile, device?: string): CommandMeta => ({
  commandId: randomUUID(),
  actor: { userId: profile.userId, role: profile.role },
  ...(device ? { device } : {}),
});

const callerMeta = ({ user, device, correlationId }: RequestContext): CommandMeta => ({
  commandId: randomUUID(),
  actor: { userId: user.userId, role: user.role },
  ...(device ? { device } : {}),
  ...(correlationId ? { correlationId } : {}),
});
