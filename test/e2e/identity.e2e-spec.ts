import { createHash } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { io } from 'socket.io-client';
import { demoEmployers } from '#demo';
import { APP_CONFIG, type AppConfig } from '#platform';
import { Client, commandId, removeFilesOf, residentId, startServer, type TestServer } from '../support/test-server.js';

/**
 * Identity: short-lived access tokens and rotating, single-use refresh tokens; sign-out that closes
 * the session on every api node; a judge's tablet paired to the judge, whose marks carry the device;
 * throttling (429) of logins and public endpoints at the default limits; security headers; CORS.
 */

const ALLOWED_ORIGIN = 'https://results.example.cn';
const FOREIGN_ORIGIN = 'https://evil.example';

const post = (baseUrl: string, path: string, body: unknown, token?: string, headers: Record<string, string> = {}) =>
  fetch(baseUrl + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify(body),
  }).then(async (r) => ({ status: r.status, body: (await r.json().catch(() => undefined)) as any }));

const asBearer = (baseUrl: string, token: string) => Object.assign(new Client(baseUrl), { token });

describe('identity', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer({ CORS_ORIGINS: ALLOWED_ORIGIN });
  }, 60_000);

  afterAll(async () => {
    await server.close();
    removeFilesOf(server);
  });

  describe('tokens and sessions', () => {
    it('logs in with a short-lived access token and a refresh token', async () => {
      const { status, body } = await post(server.url, '/api/auth/login', { username: 'organiser', password: 'jiangxin-demo' });
      expect(status).toBe(200);
      expect(body).toMatchObject({ expiresIn: 900, user: { username: 'organiser', role: 'organiser' } });
      expect(body.refreshToken).toMatch(/^u-organiser\.[0-9a-f-]{36}\.[\w-]{43}$/);
      const claims = JSON.parse(Buffer.from(body.accessToken.split('.')[1], 'base64url').toString());
      expect(claims.exp - claims.iat).toBe(900);
      const me = await asBearer(server.url, body.accessToken).get('/api/auth/me');
      expect(me.body).toMatchObject({ userId: 'u-organiser', role: 'organiser', sessionId: expect.any(String) });
    });

    it('refuses an expired access token and a password that is wrong', async () => {
      const expired = await new JwtService({ secret: server.app.get<AppConfig>(APP_CONFIG).JWT_SECRET }).signAsync(
        { sub: 'u-organiser', username: 'organiser', role: 'organiser', sid: 'any' },
        { expiresIn: -10 },
      );
      const answer = await asBearer(server.url, expired).get('/api/reports/registration');
      expect(answer.status).toBe(401);
      expect(answer.body.message).toMatch(/expired/);
      expect((await post(server.url, '/api/auth/login', { username: 'organiser', password: 'wrong' })).status).toBe(401);
    });

    it('rotates the refresh token: each works once, and a reused one closes the session', async () => {
      const login = (await post(server.url, '/api/auth/login', { username: 'arbitration', password: 'jiangxin-demo' })).body;
      const first = await post(server.url, '/api/auth/refresh', { refreshToken: login.refreshToken });
      expect(first.status).toBe(200);
      expect(first.body.refreshToken).not.toBe(login.refreshToken);
      expect((await asBearer(server.url, first.body.accessToken).get('/api/auth/me')).body.sessionId).toBe(
        (await asBearer(server.url, login.accessToken).get('/api/auth/me')).body.sessionId,
      );
      const second = await post(server.url, '/api/auth/refresh', { refreshToken: first.body.refreshToken });
      expect(second.status).toBe(200);

      // The first refresh token again: somebody copied it. The session ends for every holder.
      const reused = await post(server.url, '/api/auth/refresh', { refreshToken: login.refreshToken });
      expect(reused.status).toBe(401);
      expect(reused.body.message).toMatch(/already used/);
      expect((await asBearer(server.url, second.body.accessToken).get('/api/auth/me')).status).toBe(401);
      expect((await post(server.url, '/api/auth/refresh', { refreshToken: second.body.refreshToken })).status).toBe(401);

      expect((await post(server.url, '/api/auth/refresh', { refreshToken: 'u-arbitration.not-a-token' })).status).toBe(401);
      expect((await post(server.url, '/api/auth/refresh', {})).status).toBe(400);
    });

    it('signs out: the session is closed on every api node, and the user’s other sessions stay open', async () => {
      const other = await startServer({ RUN_WORKER: false }, server);
      try {
        const phone = (await post(server.url, '/api/auth/login', { username: 'reviewer-dalian', password: 'jiangxin-demo' })).body;
        const desktop = (await post(server.url, '/api/auth/login', { username: 'reviewer-dalian', password: 'jiangxin-demo' })).body;
        // A session opened on one node is honoured by the other at once.
        expect((await asBearer(other.url, phone.accessToken).get('/api/entries')).status).toBe(200);

        const signedOut = await post(server.url, '/api/auth/sign-out', {}, phone.accessToken);
        expect(signedOut.status).toBe(200);
        expect((await asBearer(server.url, phone.accessToken).get('/api/entries')).status).toBe(401);
        expect((await post(server.url, '/api/auth/refresh', { refreshToken: phone.refreshToken })).status).toBe(401);
        // The other node learns it from the event store (its read model follows the store).
        let status = 0;
        const deadline = Date.now() + 3000;
        while (Date.now() < deadline && (status = (await asBearer(other.url, phone.accessToken).get('/api/entries')).status) !== 401) {
          await new Promise((r) => setTimeout(r, 20));
        }
        expect(status).toBe(401);
        expect((await asBearer(other.url, desktop.accessToken).get('/api/entries')).status).toBe(200);
      } finally {
        await other.close();
      }
    });
  });

  describe("a judge's tablet", () => {
    it('pairs the tablet: its session is bound to the device, and its marks carry the device, whatever the header says', async () => {
      const organiser = await new Client(server.url).login('organiser');
      const shenyang = await new Client(server.url).login('reviewer-shenyang');
      const trades = (await organiser.get('/api/catalogue/trades')).body as Array<{ id: string; teamSize: number }>;
      const tradeId = trades.filter((t) => t.teamSize === 1)[1].id;
      const panelEmployers = new Set(
        ((await organiser.get(`/api/users/judges?tradeId=${tradeId}`)).body as Array<{ employer?: { creditCode: string } }>).map(
          (j) => j.employer?.creditCode,
        ),
      );
      const employer = demoEmployers.find((e) => !panelEmployers.has(e.creditCode))!;
      const entered = await shenyang.post('/api/entries', {
        commandId: commandId(),
        tradeId,
        name: '周平',
        idNumber: residentId('1991-06-01', 31),
        phone: '13700137031',
        employer: { name: employer.name, creditCode: employer.creditCode, techBased: employer.techBased },
        city: 'shenyang',
        skillLevel: 'level-3',
      });
      expect(entered.status).toBe(201);
      expect((await shenyang.post(`/api/entries/${entered.body.entryId}/city-approval`, { commandId: commandId() })).status).toBe(200);
      expect((await organiser.post(`/api/entries/${entered.body.entryId}/confirmation`, { commandId: commandId() })).status).toBe(200);
      const seed = 'identity-e2e-seed';
      await organiser.post(`/api/trades/${tradeId}/draw/commitment`, {
        commandId: commandId(),
        commitment: createHash('sha256').update(seed).digest('hex'),
      });
      const draw = await organiser.post(`/api/trades/${tradeId}/draw`, { commandId: commandId(), seed });
      expect(draw.status).toBe(201);
      const competitorNumber = draw.body.assignments[0].competitorNumber as number;
      const scheme = (await organiser.get(`/api/catalogue/trades/${tradeId}`)).body.scheme as {
        subCriteria: Array<{ aspects: Array<{ id: string; type: string }> }>;
      };
      const aspect = scheme.subCriteria.flatMap((s) => s.aspects).find((a) => a.type === 'judgement')!;

      const judge = await new Client(server.url).login(`judge-${tradeId}-1`);
      const paired = await post(server.url, '/api/auth/devices', { label: 'Tablet 3, hall B' }, judge.token);
      expect(paired.status).toBe(201);
      const { deviceId, accessToken: tabletToken } = paired.body;
      expect(deviceId).toMatch(/^[0-9a-f-]{36}$/);
      expect((await asBearer(server.url, tabletToken).get('/api/auth/me')).body).toMatchObject({ deviceId });
      expect((await judge.get('/api/auth/devices')).body).toEqual([{ deviceId, label: 'Tablet 3, hall B', openSessions: 1 }]);

      const marked = await post(
        server.url,
        `/api/trades/${tradeId}/marks`,
        { commandId: commandId(), competitorNumber, aspectId: aspect.id, mark: 2 },
        tabletToken,
        { 'x-device-id': 'somebody-elses-tablet' },
      );
      expect(marked.status).toBe(201);
      const events = await server.store.readAll();
      const mark = events.filter((e) => e.type === 'MarkSubmitted').at(-1)!;
      expect(mark.metadata.device).toBe(deviceId);
      expect(mark.metadata.actor).toEqual({ userId: `u-judge-${tradeId}-1`, role: 'judge' });

      // Reported lost: the organiser unpairs it, and its session ends at once.
      const unpaired = await organiser.post(`/api/users/u-judge-${tradeId}-1/devices/${deviceId}/unpair`, {});
      expect(unpaired.status).toBe(200);
      expect((await asBearer(server.url, tabletToken).get('/api/auth/me')).status).toBe(401);
      expect((await judge.get('/api/auth/me')).status).toBe(200);
    });

    it('pairs devices to judges only', async () => {
      const organiser = await new Client(server.url).login('organiser');
      expect((await organiser.post('/api/auth/devices', { label: 'desk' })).status).toBe(403);
    });
  });

  describe('throttling (default limits)', () => {
    it('answers 429 after 10 login attempts for one username from one address, and not for another username', async () => {
      const attempts = [];
      for (let i = 0; i < 11; i++)
        attempts.push(await post(server.url, '/api/auth/login', { username: 'judge-nobody', password: 'guess' }));
      expect(attempts.slice(0, 10).map((a) => a.status)).toEqual(Array(10).fill(401));
      expect(attempts[10].status).toBe(429);
      expect(attempts[10].body.message).toMatch(/Too many login attempts for this username from your address: at most 10 per 60 s/);
      // Even the right password waits out the window: the limit is on attempts.
      expect((await post(server.url, '/api/auth/login', { username: 'judge-nobody', password: 'jiangxin-demo' })).status).toBe(429);
      expect((await post(server.url, '/api/auth/login', { username: 'reviewer-fushun', password: 'jiangxin-demo' })).status).toBe(200);
    });

    it('answers 429 after 300 requests a minute to a public endpoint from one address', async () => {
      const statuses: number[] = [];
      for (let batch = 0; batch < 301; batch += 50) {
        const size = Math.min(50, 301 - batch);
        statuses.push(
          ...(await Promise.all(Array.from({ length: size }, () => fetch(`${server.url}/api/catalogue/cities`).then((r) => r.status)))),
        );
      }
      expect(statuses.filter((s) => s === 200)).toHaveLength(300);
      expect(statuses.filter((s) => s === 429)).toHaveLength(1);
      const refused = await fetch(`${server.url}/api/catalogue/cities`);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after-public')).toMatch(/^\d+$/);
      expect(((await refused.json()) as { message: string }).message).toMatch(/Too many requests to public endpoints/);
      // Endpoints that need a login are not counted against the public limit.
      const organiser = await new Client(server.url).login('organiser');
      expect((await organiser.get('/api/reports/registration')).status).toBe(200);
    });
  });

  describe('security headers and CORS', () => {
    it('sends security headers (helmet) with a strict Content-Security-Policy', async () => {
      const response = await fetch(`${server.url}/api/health`);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self';");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-eval');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-powered-by')).toBeNull();
    });

    it('answers a configured origin with CORS headers and refuses an unknown one', async () => {
      // (Not /api/catalogue/cities: the throttling test used up its limit.)
      const allowed = await fetch(`${server.url}/api/catalogue/events`, { headers: { origin: ALLOWED_ORIGIN } });
      expect(allowed.status).toBe(200);
      expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);

      const foreign = await fetch(`${server.url}/api/catalogue/events`, { headers: { origin: FOREIGN_ORIGIN } });
      expect(foreign.status).toBe(403);
      expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
      expect(((await foreign.json()) as { message: string }).message).toMatch(/Origin https:\/\/evil.example is not allowed/);
      const preflight = await fetch(`${server.url}/api/entries`, {
        method: 'OPTIONS',
        headers: {
          origin: FOREIGN_ORIGIN,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization,content-type',
        },
      });
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull();

      // The server's own origin (its pages) is always allowed.
      expect((await fetch(`${server.url}/api/catalogue/events`, { headers: { origin: server.url } })).status).toBe(200);
    });

    it('refuses a live-board socket from an unknown origin and takes one from a configured origin', async () => {
      const connect = (origin: string) =>
        new Promise<'connected' | 'refused'>((resolve) => {
          const socket = io(`${server.url}/live`, {
            transports: ['websocket'],
            reconnection: false,
            forceNew: true,
            extraHeaders: { origin },
          });
          socket.once('connect', () => (socket.close(), resolve('connected')));
          socket.once('connect_error', () => (socket.close(), resolve('refused')));
        });
      expect(await connect(FOREIGN_ORIGIN)).toBe('refused');
      expect(await connect(ALLOWED_ORIGIN)).toBe('connected');
      expect(await connect(server.url)).toBe('connected');
    });
  });
});
