import { type CanActivate, type ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Role } from '#domain';
import { type AuthUser, IS_PUBLIC, ROLES } from './auth.decorators.js';

/** Every endpoint needs a valid access token unless marked @Public; @Roles narrows who may call it. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest();
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets);
    const user = await this.userOf(request.headers.authorization, !isPublic);
    if (user) request.user = user;
    if (isPublic) return true;

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(user!.role)) {
      throw new ForbiddenException(`This needs the role ${roles.join(' or ')}; you are ${user!.role}`);
    }
    return true;
  }

  private async userOf(header: unknown, required: boolean): Promise<AuthUser | undefined> {
    const token = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7) : undefined;
    if (!token) {
      if (required) throw new UnauthorizedException('Log in first: this needs an access token (Authorization: Bearer …)');
      return undefined;
    }
    try {
      const payload = await this.jwt.verifyAsync<AuthUser & { sub: string }>(token);
      return { userId: payload.sub, username: payload.username, role: payload.role, city: payload.city, tradeIds: payload.tradeIds };
    } catch {
      if (required) throw new UnauthorizedException('The access token is invalid or has expired; log in again');
      return undefined;
    }
  }
}
