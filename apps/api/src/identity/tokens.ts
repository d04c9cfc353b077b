import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Role, SessionGrant, UserProfile } from '#domain';
import { APP_CONFIG, type AppConfig, CLOCK, type Clock } from '#platform';
import type { AuthUser } from './auth.decorators.js';

/** What the client keeps: a short-lived access token and the refresh token that renews it. */
export interface TokenPair {
  accessToken: string;
  /** Works once: POST /api/auth/refresh answers a new pair. */
  refreshToken: string;
  /** Seconds the access token lives. */
  expiresIn: number;
  refreshExpiresAt: string;
}

interface AccessClaims {
  sub: string;
  username: string;
  role: Role;
  city?: string;
  tradeIds?: string[];
  sid: string;
  dev?: string;
}

/** `<userId>.<sessionId>.<secret>`: a user id never holds a dot (USERNAME_PATTERN), a session id is a UUID. */
const REFRESH_TOKEN = /^(u-[a-z0-9_-]+)\.([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/;

export const refreshTokenHash = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/**
 * Access tokens (JWT, ACCESS_TOKEN_TTL_SECONDS) carry the account's role and scope and the session
 * they belong to; refresh tokens are random and only their hash is stored, in the user's stream.
 */
@Injectable()
export class Tokens {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** A new session's grant and the refresh token it was made from (kept only by the client). */
  newSession(userId: string, deviceId?: string): { grant: SessionGrant; refreshToken: string } {
    const sessionId = randomUUID();
    const { token, hash, expiresAt } = this.nextRefreshToken(userId, sessionId);
    return { grant: { sessionId, refreshTokenHash: hash, expiresAt, ...(deviceId ? { deviceId } : {}) }, refreshToken: token };
  }

  nextRefreshToken(userId: string, sessionId: string): { token: string; hash: string; expiresAt: string } {
    const token = `${userId}.${sessionId}.${randomBytes(32).toString('base64url')}`;
    const expiresAt = new Date(this.clock().getTime() + this.config.REFRESH_TOKEN_TTL_SECONDS * 1000).toISOString();
    return { token, hash: refreshTokenHash(token), expiresAt };
  }

  /** Whose session a refresh token claims to be; undefined when it is not shaped like one. */
  parseRefreshToken(token: string): { userId: string; sessionId: string } | undefined {
    const match = REFRESH_TOKEN.exec(token);
    return match ? { userId: match[1], sessionId: match[2] } : undefined;
  }

  async pair(
    profile: UserProfile,
    session: { sessionId: string; deviceId?: string },
    refresh: { token: string; expiresAt: string },
  ): Promise<TokenPair> {
    const claims: AccessClaims = {
      sub: profile.userId,
      username: profile.username,
      role: profile.role,
      ...(profile.city ? { city: profile.city } : {}),
      ...(profile.tradeIds ? { tradeIds: profile.tradeIds } : {}),
      sid: session.sessionId,
      ...(session.deviceId ? { dev: session.deviceId } : {}),
    };
    const expiresIn = this.config.ACCESS_TOKEN_TTL_SECONDS;
    return {
      accessToken: await this.jwt.signAsync(claims, { expiresIn }),
      refreshToken: refresh.token,
      expiresIn,
      refreshExpiresAt: refresh.expiresAt,
    };
  }

  /** The user an access token describes, if its signature and lifetime hold (the session is checked by the guard). */
  async verifyAccessToken(token: string): Promise<AuthUser | undefined> {
    try {
      const claims = await this.jwt.verifyAsync<AccessClaims>(token);
      if (typeof claims.sid !== 'string' || typeof claims.sub !== 'string') return undefined;
      return {
        userId: claims.sub,
        username: claims.username,
        role: claims.role,
        ...(claims.city ? { city: claims.city } : {}),
        ...(claims.tradeIds ? { tradeIds: claims.tradeIds } : {}),
        sessionId: claims.sid,
        ...(claims.dev ? { deviceId: claims.dev } : {}),
      };
    } catch {
      return undefined;
    }
  }
}
