import { type ExecutionContext, HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail, type ThrottlerModuleOptions, type ThrottlerRequest } from '@nestjs/throttler';
import type { Request } from 'express';
import { normaliseUsername } from '#domain';
import type { AppConfig } from '#platform';
import { httpAccess } from './permissions.js';
import { SharedThrottlerStorage } from './shared-throttler-storage.js';

/**
 * `login`: attempts per username and address; `public`: the endpoints anyone may call, per address;
 * `signup` and `signupNetwork`: sign-ups (each an argon2 hash and an event) per address and per
 * network (/24 for IPv4, /48 for IPv6), on top of `public`.
 */
type Bucket = 'login' | 'public' | 'signup' | 'signupNetwork';

const SIGN_UP = 'POST /api/auth/sign-up';

/** Logins, and activations of imported judges' accounts (a code guessed is a password guessed). */
const LOGINS = new Set(['POST /api/auth/login', 'POST /api/auth/activate']);

function bucketsOf(request: Request): Bucket[] {
  const template: string | undefined = request.route?.path;
  if (template === undefined) return [];
  const key = `${request.method} ${template}`;
  if (LOGINS.has(key)) return ['login'];
  if (key === SIGN_UP) return ['public', 'signup', 'signupNetwork'];
  return httpAccess(request.method, template) === 'public' ? ['public'] : [];
}

/** The network of an address: its /24 (IPv4, also IPv4-mapped IPv6) or /48 (IPv6). */
export function networkOf(address: string): string {
  const v4 = /^(?:::ffff:)?(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.\d{1,3}$/i.exec(address);
  if (v4) return `${v4[1]}.${v4[2]}.${v4[3]}.0/24`;
  if (address.includes(':')) {
    const [head = '', tail = ''] = address.split('::');
    const groups = [
      ...head.split(':').filter(Boolean),
      ...(address.includes('::') ? Array(8).fill('0') : []),
      ...tail.split(':').filter(Boolean),
    ];
    return `${groups.slice(0, 3).join(':')}::/48`;
  }
  return address;
}

export function throttlerOptions(config: AppConfig): ThrottlerModuleOptions {
  return {
    // Several api nodes: counters in Redis, shared by all. Without Redis (one node): in this process's memory.
    ...(config.REDIS_URL ? { storage: new SharedThrottlerStorage(config.REDIS_URL, config.QUEUE_PREFIX) } : {}),
    throttlers: [
      { name: 'login', limit: config.THROTTLE_LOGIN_LIMIT, ttl: config.THROTTLE_LOGIN_TTL_SECONDS * 1000 },
      { name: 'public', limit: config.THROTTLE_PUBLIC_LIMIT, ttl: config.THROTTLE_PUBLIC_TTL_SECONDS * 1000 },
      { name: 'signup', limit: config.THROTTLE_SIGNUP_LIMIT, ttl: config.THROTTLE_SIGNUP_TTL_SECONDS * 1000 },
      { name: 'signupNetwork', limit: config.THROTTLE_SIGNUP_NETWORK_LIMIT, ttl: config.THROTTLE_SIGNUP_TTL_SECONDS * 1000 },
    ],
    errorMessage: (context: ExecutionContext, detail: ThrottlerLimitDetail) => {
      const per = `at most ${detail.limit} per ${Math.round(detail.ttl / 1000)} s. Try again in ${detail.timeToBlockExpire} s.`;
      if (detail.tracker.startsWith('signup-network|')) return `Too many sign-ups from your network (${detail.tracker.slice(15)}): ${per}`;
      if (detail.tracker.startsWith('signup|')) return `Too many sign-ups from your address: ${per}`;
      const what = bucketsOf(context.switchToHttp().getRequest()).includes('login')
        ? 'login attempts for this username'
        : 'requests to public endpoints';
      return `Too many ${what} from your address: ${per}`;
    },
  };
}

/** Which limit was reached: a sign-up one (per address or network), the login one or the public one. */
function bucketOfRefusal(context: ExecutionContext, detail: ThrottlerLimitDetail): Bucket {
  if (detail.tracker.startsWith('signup-network|')) return 'signupNetwork';
  if (detail.tracker.startsWith('signup|')) return 'signup';
  return bucketsOf(context.switchToHttp().getRequest()).includes('login') ? 'login' : 'public';
}

/**
 * Throttling (@nestjs/throttler) of logins and of the public endpoints, per client address (behind a
 * proxy, set TRUST_PROXY). Logins count per username too, so one busy venue address does not lock
 * out every judge at once. Sign-ups are further limited per address and per network
 * (THROTTLE_SIGNUP_*). Counters are shared by the api nodes in Redis (REDIS_URL), in memory otherwise.
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
          bucket: bucketOfRefusal(context, detail),
        },
        message,
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }

  protected override async handleRequest(props: ThrottlerRequest): Promise<boolean> {
    const request = props.context.switchToHttp().getRequest<Request>();
    const name = props.throttler.name as Bucket;
    if (!bucketsOf(request).includes(name)) return true;
    if (name === 'signup' || name === 'signupNetwork') {
      const address = await super.getTracker(request);
      const tracker = name === 'signup' ? `signup|${address}` : `signup-network|${networkOf(address)}`;
      return super.handleRequest({ ...props, getTracker: async () => tracker });
    }
    return super.handleRequest(props);
  }

  // biome-ignore lint/suspicious/noExplicitAny: overrides @nestjs/throttler's getTracker(req: Record<string, any>)
  protected override async getTracker(request: Record<string, any>): Promise<string> {
    const address = await super.getTracker(request);
    if (!bucketsOf(request as Request).includes('login')) return address;
    const username: unknown = request.body?.username;
    return `${address}|${typeof username === 'string' ? normaliseUsername(username) : ''}`;
  }
}
