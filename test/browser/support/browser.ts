/**
 * Browser tests: Debian's Chromium (/usr/bin/chromium, with fonts-noto-cjk) driven by
 * playwright-core against a real server (test/support/test-server.ts). Never `npx playwright install`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { removeFilesOf, startServer, type TestServer } from '../../support/test-server.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const WEB_SOURCES = [join(ROOT, 'apps/web')];
const WEB_INDEX = join(ROOT, 'dist/web/index.html');

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    stat.mtimeMs,
    ...readdirSync(path)
      .filter((name) => name !== 'node_modules')
      .map((name) => newestMtime(join(path, name))),
  );
}

/** `npm test` builds the web app before jest; a single test file run builds it here when dist/web is missing or older than apps/web. */
export function ensureWebBuilt(): void {
  if (existsSync(WEB_INDEX) && statSync(WEB_INDEX).mtimeMs >= Math.max(...WEB_SOURCES.map(newestMtime))) return;
  // build:web sets NODE_ENV=production itself: jest's NODE_ENV=test would give React's development bundle and no service worker.
  execFileSync('npm', ['run', 'build:web'], { cwd: ROOT, stdio: 'inherit' });
}

export interface BrowserTestbed {
  readonly server: TestServer;
  readonly browser: Browser;
}

/**
 * What every browser test file needs: the web app built, a fresh server on its own SQLite file and
 * Chromium, started before the file's tests (`seed` prepares `testbed.server` through its API in
 * between) and closed after them. The fields are set once the file's tests run.
 */
export function browserTestbed(seed?: () => Promise<void>): BrowserTestbed {
  const testbed = {} as { server: TestServer; browser: Browser };
  beforeAll(async () => {
    ensureWebBuilt();
    testbed.server = await startServer();
    await seed?.();
    testbed.browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    await testbed.browser?.close();
    await testbed.server?.close();
    if (testbed.server) removeFilesOf(testbed.server);
  });
  return testbed;
}

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: apt-get install chromium fonts-noto-cjk (never npx playwright install)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export const TABLET = { viewport: { width: 1280, height: 800 }, hasTouch: true } satisfies BrowserContextOptions;
export const PHONE = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
} satisfies BrowserContextOptions;
export const DESKTOP = { viewport: { width: 1920, height: 1080 } } satisfies BrowserContextOptions;

/** A fresh context (its own storage, IndexedDB and service workers), Chinese by default as the app is. */
export async function newContext(browser: Browser, options: BrowserContextOptions = TABLET): Promise<BrowserContext> {
  return browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', ...options });
}

const NETWORK_LOG = /Failed to load resource|WebSocket connection to .* failed|net::ERR_/;

/** Page errors fail the test: they are collected here and checked at the end. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // The browser logs refused requests and connections cut by the tests (offline) itself; the app shows those.
    if (message.type() === 'error' && !NETWORK_LOG.test(message.text())) errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/** Logs in through the page's login form. */
export async function logIn(page: Page, username: string, password = 'jiangxin-demo'): Promise<void> {
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('form.login-form button[type="submit"]').click();
}

/** What these tests read of the page's globals (the test code compiles without the DOM types). */
interface PageGlobals {
  navigator: { serviceWorker: { controller: unknown } };
}

/**
 * Waits until the service worker controls the page: from then on the app shell loads without
 * network. (A function, not a string: the app's Content-Security-Policy forbids eval.)
 */
export async function serviceWorkerControls(page: Page): Promise<void> {
  await page.waitForFunction(() => (globalThis as unknown as PageGlobals).navigator.serviceWorker.controller !== null, undefined, {
    timeout: 20_000,
  });
}
