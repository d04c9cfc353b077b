import type { NextFunction, Request, Response } from 'express';

/**
 * `navigator.sendBeacon` cannot set headers: the judge page puts its access token (`token`) and its
 * tablet id (`device`) in the beacon's form body. They are moved to `Authorization` and
 * `x-device-id` here, before the guard, so the beacon is authenticated and scoped like any request
 * (permissions.ts) and the token is never read from a URL. A request that has headers keeps them.
 */
export function beaconCredentials(request: Request, _response: Response, next: NextFunction): void {
  const body = request.body as Record<string, unknown> | undefined;
  if (body && typeof body === 'object') {
    const { token, device } = body;
    if (typeof token === 'string' && token.length > 0 && !request.headers.authorization) request.headers.authorization = `Bearer ${token}`;
    if (typeof device === 'string' && device.length > 0 && !request.headers['x-device-id']) request.headers['x-device-id'] = device;
    delete body.token;
    delete body.device;
  }
  next();
}
