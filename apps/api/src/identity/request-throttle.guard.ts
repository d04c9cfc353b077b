import { type ExecutionContext, HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail, type ThrottlerModuleOptions, type ThrottlerRequest } from '@nestjs/throttler';
import type { Request } from 'express';
import { normaliseUsername } from '#domain';
import type { AppConfig } from '#platform';
import { httpAccess } from './permissions.js';
import { SharedThrottlerStorage } from './shared-throttler-storage.js';

/** `login`: attempts per username and address; `public`: the endpoints anyone may call, per address. */
type Bucket = 'login' | 'public';

/** Logins, and activations of imported judges' accounts (a code guessed is a password guessed). */
const LOGINS = new Set(['POST /api/auth/login', 'POST /api/auth/activate']);

function bucketOf(request: Request): Bucket | undefined {
  const template: string | undefined = request.route?.path;
  if (template === undefined) return undefined;
  if (LOGINS.has(`${request.method} ${template}`)) return 'login';
  return httpAccess(request.method, template) === 'public' ? 'public' : undefined;
}

export function throttlerOptions(config: AppConfig): ThrottlerModuleOptions {
  return {
    // Several api nodes: counters in Redis, shared by all. Without Redis (one node): in this process's memory.
    ...(config.REDIS_URL ? { storage: new SharedThrottlerStorage(config.REDIS_URL, config.QUEUE_PREFIX) } : {}),
    throttlers: [
      { name: 'login', limit: config.THROTTLE_LOGIN_LIMIT, ttl: config.THROTTLE_LOGIN_TTL_SECONDS * 1000 },
      { name: 'public', limit: config.THROTTLE_PUBLIC_LIMIT, ttl: config.THROTTLE_PUBLIC_TTL_SECONDS * 1000 },
    ],
    errorMessage: (context: ExecutionContext, detail: ThrottlerLimitDetail) => {
      const what =
        bucketOf(context.switchToHttp().getRequest()) === 'login' ? 'login attempts for this username' : 'requests to public endpoints';
      return `Too many ${what} from your address: at most ${detail.limit} per ${Math.round(detail.ttl / 1000)} s. Try again in ${detail.timeToBlockExpire} s.`;
    },
  };
}

/**
 * Throttling (@nestjs/throttler) of logins and of the public endpoints, per client address (behind a
 * proxy, set TRUST_PROXY). Logins count per username too, so one busy venue address does not lock
 * out every judge at once. Counters are shared by the api nodes in Redis (REDIS_URL), in memory otherwise.
 */
@Injectable()
export class RequestThrottleGuard extends ThrottlerGuard {
  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    return context.getType() !== 'http';
  }

  /** The refusal with its code (`request.throttled`) and numbers, so that screens say it in the user's language. */
  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const message = await this.getErrorMessage(context, detail);
    throw new HttpException(
      {
        statusCode: HttpStatus.TOO_MANY_REQUESTS,
        error: 'too_many_requests',
        code: 'request.throttled',
        params: {
          limit: detail.limit,
          seconds: Math.round(detail.ttl / 1000),
          retryIn: detail.timeToBlockExpire,
          bucket: bucketOf(context.switchToHttp().getRequest()) ?? 'public',
        },
        message,
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }

  protected override async handleRequest(props: ThrottlerRequest): Promise<boolean> {
    const request = props.context.switchToHttp().getRequest<Request>();
    if (bucketOf(request) !== props.throttler.name) return true;
    return super.handleRequest(props);
  }

  protected override async getTracker(request: Record<string, any>): Promise<string> {
    const address = await super.getTracker(request);
    if (bucketOf(request as Request) !== 'login') return address;
    const username: unknown = request.body?.username;
    return `${address}|${typeof username === 'string' ? normaliseUsername(username) : ''}`;
  }
}
