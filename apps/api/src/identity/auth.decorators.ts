import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Role } from '#domain';

// Who may call an endpoint is not declared here: the permission table (permissions.ts) says it, for all of them.

/** The logged-in user as the access token describes it. */
export interface AuthUser {
  userId: string;
  username: string;
  role: Role;
  city?: string;
  tradeIds?: string[];
  /** The session the access token belongs to (POST /api/auth/sign-out ends it). */
  sessionId: string;
  /** A device-bound session's paired device (a judge's tablet). */
  deviceId?: string;
}

export interface RequestContext {
  user: AuthUser;
  device?: string;
  correlationId?: string;
}

/**
 * The caller (user, device, correlation id) for the command's metadata. A device-bound session's
 * device is its paired device id, whatever the x-device-id header says; otherwise the header is
 * taken as the client describes itself.
 */
export const Caller = createParamDecorator((_: unknown, context: ExecutionContext): RequestContext => {
  const request = context.switchToHttp().getRequest();
  const user: AuthUser | undefined = request.user;
  return {
    user: request.user,
    device: user?.deviceId ?? headerValue(request.headers['x-device-id']),
    correlationId: headerValue(request.headers['x-correlation-id']),
  };
});

const headerValue = (value: unknown) => (typeof value === 'string' && value.length > 0 ? value.slice(0, 200) : undefined);
