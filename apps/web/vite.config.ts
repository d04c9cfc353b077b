/**
 * The web app's build: `vite build --config apps/web/vite.config.ts` writes dist/web, which the api
 * serves. JSX goes through vite's own Oxc transform (no React plugin). The service worker is built
 * beside the bundle with the list of files it keeps on the device.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, transformWithOxc, type Plugin } from 'vite';

const root = import.meta.dirname;

/** Emits /sw.js: the service worker source with the bundle's files and a version derived from them. */
function serviceWorker(): Plugin {
  const source = resolve(root, 'src/sw/service-worker.ts');
  return {
    name: 'jiangxin-service-worker',
    apply: 'build',
    async generateBundle(_options, bundle) {
      const files = [...Object.keys(bundle), ...readdirSync(resolve(root, 'public'))]
        .filter((name) => name !== 'index.html' && !name.endsWith('.map'))
        .map((name) => `/${name}`)
        .sort();
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
      const { code } = await transformWithOxc(readFileSync(source, 'utf8'), source, { lang: 'ts' });
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        // A classic worker script: the `export {}` that makes the source a module for the type checker goes.
        source: code
          .replace('__PRECACHE__', JSON.stringify(files))
          .replace('__VERSION__', JSON.stringify(version))
          .replace(/^export \{\};?\s*$/m, ''),
      });
    },
  };
}

export default defineConfig({
  root,
  base: '/',
  publicDir: resolve(root, 'public'),
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  plugins: [serviceWorker()],
  build: {
    outDir: resolve(root, '../../dist/web'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 600,
  },
});
