/**
 * The api serves the built web app: its pages answer the app shell (never cached), hashed assets
 * are cached for a year, the service worker is served from the root; /api and socket.io are untouched.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { io } from 'socket.io-client';
import { removeFilesOf, startServer, type TestServer } from '../support/test-server.js';
import { ensureWebBuilt } from './support/browser.js';

let server: TestServer;

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer();
}, 120_000);

afterAll(async () => {
  await server?.close();
  if (server) removeFilesOf(server);
});

describe('serving the web app', () => {
  it('answers the app shell at each page, uncached', async () => {
    for (const path of ['/', '/register', '/judge', '/live', '/live?screen=1&trade=t001', '/admin', '/admin?section=results']) {
      const response = await fetch(server.url + path);
      expect({
        path,
        status: response.status,
        type: response.headers.get('content-type'),
        cache: response.headers.get('cache-control'),
      }).toEqual({
        path,
        status: 200,
        type: 'text/html; charset=utf-8',
        cache: 'no-cache',
      });
      expect(await response.text()).toMatch(/<div id="root"><\/div>/);
    }
  });

  it('caches hashed assets for a year and checks the service worker every time', async () => {
    const dir = fileURLToPath(new URL('../../dist/web/assets', import.meta.url));
    const script = readdirSync(dir).find((name) => name.endsWith('.js'))!;
    const asset = await fetch(`${server.url}/assets/${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const worker = await fetch(`${server.url}/sw.js`);
    expect(worker.status).toBe(200);
    expect(worker.headers.get('content-type')).toMatch(/javascript/);
    expect(worker.headers.get('cache-control')).toBe('no-cache');
    expect(await worker.text()).toContain(`/assets/${script}`);
  });

  it('leaves the API and socket.io alone, and answers 404 for other paths', async () => {
    const missing = await fetch(`${server.url}/api/nowhere`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/application\/json/);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    expect((await fetch(`${server.url}/elsewhere`)).status).toBe(404);

    const socket = io(`${server.url}/live`, { transports: ['websocket'], forceNew: true, reconnection: false });
    try {
      const snapshot = await new Promise<{ board: string }>((resolve, reject) => {
        socket.on('connect_error', reject);
        socket.on('board:snapshot', resolve);
        socket.on('connect', () => socket.emit('board:join', { board: 'trade:t001-iot-installer' }));
      });
      expect(snapshot.board).toBe('trade:t001-iot-installer');
    } finally {
      socket.close();
    }
  });
});
