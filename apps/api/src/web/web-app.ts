import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/** The web app's pages: each is the single-page app, which routes on the client. */
export const WEB_PAGES = ['/register', '/judge', '/live', '/admin'] as const;

const isPage = (path: string) => path === '/' || WEB_PAGES.some((page) => path === page || path.startsWith(`${page}/`));

/** dist/web of the repository, found from this file (apps/api/src/web in the sources, dist/apps/api/src/web once built). */
export function webDistDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('No package.json above apps/api/src/web');
    dir = parent;
  }
  return join(dir, 'dist', 'web');
}

/**
 * Serves the built web app (vite → dist/web) beside the API: hashed assets cached for a year, the
 * service worker and the shell never cached, and the app's pages answered with its index.html. API
 * routes (/api/*) and socket.io (/socket.io/*) are not touched. Registered before Nest's routes.
 */
export function serveWebApp(app: NestExpressApplication, dir = webDistDir()): void {
  const index = resolve(dir, 'index.html');
  if (!existsSync(index)) {
    new Logger('WebApp').warn(
      `The web app is not built (${index} is missing): run \`npm run build:web\`. Its pages answer 503 until then.`,
    );
    app.use((request: Request, response: Response, next: NextFunction) => {
      if ((request.method !== 'GET' && request.method !== 'HEAD') || !isPage(request.path)) return next();
      response.status(503).type('text/plain').send('The web app is not built: run `npm run build:web`.');
    });
    return;
  }

  app.use((request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || !isPage(request.path)) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
  app.useStaticAssets(dir, {
    index: false,
    // Only the hashed files may be kept for long; the shell and the service worker are checked each time.
    setHeaders: (response, path) => {
      const hashed = path.includes(`${join(dir, 'assets')}`);
      response.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
}
