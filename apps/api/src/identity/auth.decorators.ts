import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '#domain';

export const IS_PUBLIC = 'jiangxin:public';
export const ROLES = 'jiangxin:roles';

/** Spectators and sign-up: no login needed. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
/** Only these roles may call the endpoint. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

/** The logged-in user as the access token describes it. */
export interface AuthUser {
  userId: string;
  username: string;
  role: Role;
  city?: string;
  tradeIds?: string[];
}

export interface RequestContext {
  user: AuthUser;
  device?: string;
  correlationId?: string;
}

/** The caller (user, device, correlation id) for the command's metadata. */
export const Caller = createParamDecorator((_: unknown, context: ExecutionContext): RequestContext => {
  const request = context.switchToHttp().getRequest();
  return {
    user: request.user,
    device: headerValue(request.headers['x-device-id']),
    correlationId: headerValue(request.headers['x-correlation-id']),
  };
});

const headerValue = (value: unknown) => (typeof value === 'string' && value.length > 0 ? value.slice(0, 200) : undefined);
