import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig, ConfigError, DEMO_SECRETS, loadConfig, secretsFileOf } from '#platform';
import { createApp } from '../../apps/api/src/app.factory.js';
import { Client, removeFilesOf, startServer, type TestServer } from '../support/test-server.js';

/**
 * Issue 16 item 1: no secret has a default outside the demo, and the guard reads role, city and
 * trades from the users read model, so a token re-signed with the (public) demo secret gives nothing.
 */

describe('secrets', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'jiangxin-secrets-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('generates unset secrets at the first start beside the store, owner-only, and keeps them', () => {
    const sqliteFile = join(dir, 'store.sqlite');
    const first = loadConfig({}, { SQLITE_FILE: sqliteFile, SEED_DEMO: false });
    expect(first.JWT_SECRET).toMatch(/^[\w-]{43}$/);
    expect(first.PERSON_KEY_SECRET).toMatch(/^[\w-]{43}$/);
    expect(first.JWT_SECRET).not.toBe(first.PERSON_KEY_SECRET);
    const file = secretsFileOf(sqliteFile);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ JWT_SECRET: first.JWT_SECRET, PERSON_KEY_SECRET: first.PERSON_KEY_SECRET });
    const again = loadConfig({}, { SQLITE_FILE: sqliteFile, SEED_DEMO: false });
    expect([again.JWT_SECRET, again.PERSON_KEY_SECRET]).toEqual([first.JWT_SECRET, first.PERSON_KEY_SECRET]);
    // A variable that is set wins over the file.
    expect(loadConfig({ JWT_SECRET: 'x'.repeat(32) }, { SQLITE_FILE: sqliteFile }).JWT_SECRET).toBe('x'.repeat(32));
  });

  it('refuses the demo values with SEED_DEMO=false or in the distributed profile, and unset secrets in the distributed profile', () => {
    const sqliteFile = join(dir, 'store.sqlite');
    expect(() => loadConfig({ JWT_SECRET: DEMO_SECRETS.JWT_SECRET, SEED_DEMO: 'false' }, { SQLITE_FILE: sqliteFile })).toThrow(
      /JWT_SECRET is the public demo value, refused with SEED_DEMO=false/,
    );
    expect(() =>
      loadConfig({ PERSON_KEY_SECRET: DEMO_SECRETS.PERSON_KEY_SECRET, SEED_DEMO: 'false' }, { SQLITE_FILE: sqliteFile }),
    ).toThrow(/PERSON_KEY_SECRET is the public demo value/);
    const distributed = { DATABASE_URL: 'postgresql://localhost/none', SEED_DEMO: 'true' };
    expect(() => loadConfig({ ...distributed, JWT_SECRET: DEMO_SECRETS.JWT_SECRET, PERSON_KEY_SECRET: 'y'.repeat(32) })).toThrow(
      /JWT_SECRET is the public demo value, refused in the distributed profile/,
    );
    let refusal: unknown;
    try {
      loadConfig(distributed);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(ConfigError);
    expect((refusal as Error).message).toMatch(/JWT_SECRET is not set: the distributed profile needs the same secret on every node/);
    expect((refusal as Error).message).toMatch(/PERSON_KEY_SECRET is not set/);
    // The demo itself still runs with them (SEED_DEMO=true, embedded).
    expect(loadConfig({ JWT_SECRET: DEMO_SECRETS.JWT_SECRET }, { SQLITE_FILE: sqliteFile }).JWT_SECRET).toBe(DEMO_SECRETS.JWT_SECRET);
  });

  it('does not start with the demo secret and SEED_DEMO=false', async () => {
    await expect(
      createApp({ SQLITE_FILE: join(dir, 'store.sqlite'), SEED_DEMO: false, JWT_SECRET: DEMO_SECRETS.JWT_SECRET, LOG_LEVEL: 'warn' }),
    ).rejects.toThrow(/JWT_SECRET is the public demo value/);
  });

  it('refuses a secrets file others can read', () => {
    const sqliteFile = join(dir, 'store.sqlite');
    loadConfig({}, { SQLITE_FILE: sqliteFile });
    chmodSync(secretsFileOf(sqliteFile), 0o644);
    expect(() => loadConfig({}, { SQLITE_FILE: sqliteFile })).toThrow(/readable by its owner only: chmod 600/);
  });
});

describe('a token re-signed with the demo secret', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ JWT_SECRET: DEMO_SECRETS.JWT_SECRET, SEED_DEMO: true });
  }, 60_000);
  afterAll(async () => {
    await server.close();
    removeFilesOf(server);
  });

  it("gives nothing beyond the user's real role, city and trades", async () => {
    const reviewer = await new Client(server.url).login('reviewer-shenyang');
    const claims = JSON.parse(Buffer.from(reviewer.token!.split('.')[1], 'base64url').toString()) as Record<string, unknown>;
    const { exp: _exp, iat: _iat, ...kept } = claims;
    const forged = await new JwtService({ secret: server.app.get<AppConfig>(APP_CONFIG).JWT_SECRET }).signAsync(
      { ...kept, role: 'organiser', city: 'dalian', tradeIds: ['any'] },
      { expiresIn: 600 },
    );
    const asForged = Object.assign(new Client(server.url), { token: forged });
    // The signature holds (the secret is public), so the token authenticates ...
    const me = await asForged.get('/api/auth/me');
    expect(me.status).toBe(200);
    // ... but as who the server knows the user to be.
    expect(me.body).toMatchObject({ role: 'city_reviewer', city: 'shenyang' });
    const report = await asForged.get('/api/reports/registration');
    expect(report.status).toBe(403);
    expect(report.body.message).toMatch(/you are city_reviewer/);
    const audit = await asForged.get('/api/audit/export');
    expect(audit.status).toBe(403);
  });
});
