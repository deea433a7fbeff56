// Builds the empty React page (scripts/bench/empty/) that every timing is compared with. It has
// the app's service worker setup (vite-plugin-pwa's generateSW with the same Workbox options,
// registered after the first frame), so a home-screen launch of either is served alike.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const root = fileURLToPath(new URL('./empty/', import.meta.url));
export const EMPTY_DIST = fileURLToPath(new URL('./empty/dist/', import.meta.url));

export async function buildEmptyPage() {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: [
      VitePWA({
        registerType: 'prompt',
        injectRegister: false,
        manifest: false,
        workbox: {
          globPatterns: ['**/*.{js,css,html}'],
          navigateFallback: 'index.html',
          clientsClaim: true,
          cleanupOutdatedCaches: true,
        },
      }),
    ],
    oxc: { jsx: { runtime: 'automatic' } },
    build: { outDir: EMPTY_DIST, emptyOutDir: true, target: 'es2022' },
  });
  return EMPTY_DIST;
}
