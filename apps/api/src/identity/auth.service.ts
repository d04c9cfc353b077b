import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { normaliseUsername, type UserProfile } from '#domain';
import { ProjectionsService } from '../projections/projections.service.js';
import type { AuthUser } from './auth.decorators.js';
import { PasswordHasher } from './password-hasher.js';

@Injectable()
export class AuthService {
  constructor(
    private readonly projections: ProjectionsService,
    private readonly hasher: PasswordHasher,
    private readonly jwt: JwtService,
  ) {}

  async login(username: string, password: string): Promise<{ accessToken: string; user: UserProfile }> {
    const normalised = normaliseUsername(username);
    let record = this.projections.models.users.findByUsername(normalised);
    if (!record) {
      // A sign-up a moment ago may not be in the read model yet.
      await this.projections.catchUpToHead();
      record = this.projections.models.users.findByUsername(normalised);
    }
    if (!record || !(await this.hasher.verify(record.passwordHash, password))) {
      throw new UnauthorizedException('Wrong username or password');
    }
    const { profile } = record;
    const claims: Omit<AuthUser, 'userId'> & { sub: string } = {
      sub: profile.userId,
      username: profile.username,
      role: profile.role,
      ...(profile.city ? { city: profile.city } : {}),
      ...(profile.tradeIds ? { tradeIds: profile.tradeIds } : {}),
    };
    return { accessToken: await this.jwt.signAsync(claims), user: profile };
  }
}
