import { commandId, removeFilesOf, startServer, type TestServer } from '../support/test-server.js';
import { networkOf } from '../../apps/api/src/identity/request-throttle.guard.js';

/**
 * Issue 16 item 6: sign-ups are limited per address and per network (configurable), with a 429 that
 * says which limit was reached; a refused sign-up writes nothing.
 */

describe('sign-up limits', () => {
  let server: TestServer;
  beforeAll(async () => {
    // Behind a proxy on loopback: the client address is X-Forwarded-For's.
    server = await startServer({ TRUST_PROXY: 'loopback', THROTTLE_SIGNUP_LIMIT: 2, THROTTLE_SIGNUP_NETWORK_LIMIT: 3 });
  }, 120_000);
  afterAll(async () => {
    await server.close();
    removeFilesOf(server);
  });

  let n = 0;
  const signUp = async (address: string) => {
    n++;
    const response = await fetch(`${server.url}/api/auth/sign-up`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({
        commandId: commandId(),
        username: `limit-${n}-${Date.now()}`,
        password: 'long enough 1',
        displayName: '限额',
      }),
    });
    return { status: response.status, body: (await response.json()) as { message?: string } };
  };

  it('refuses a third sign-up from one address and a fourth from its network, with a 429 that says which', async () => {
    expect((await signUp('203.0.113.1')).status).toBe(201);
    expect((await signUp('203.0.113.1')).status).toBe(201);
    const before = await server.quietHead();
    const address = await signUp('203.0.113.1');
    expect(address.status).toBe(429);
    expect(address.body.message).toMatch(/Too many sign-ups from your address: at most 2 per 3600 s/);
    expect(await server.store.headPosition()).toBe(before);

    expect((await signUp('203.0.113.2')).status).toBe(201);
    const network = await signUp('203.0.113.3');
    expect(network.status).toBe(429);
    expect(network.body.message).toMatch(/Too many sign-ups from your network \(203\.0\.113\.0\/24\): at most 3 per 3600 s/);
    // Another network is not concerned.
    expect((await signUp('198.51.100.7')).status).toBe(201);
  });

  it('groups addresses by /24 and /48', () => {
    expect(networkOf('10.1.2.3')).toBe('10.1.2.0/24');
    expect(networkOf('::ffff:10.1.2.3')).toBe('10.1.2.0/24');
    expect(networkOf('2001:db8:1:2::5')).toBe('2001:db8:1::/48');
    expect(networkOf('2001:db8::1')).toBe('2001:db8:0::/48');
  });
});
