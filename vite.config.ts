/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { VitePWA } from 'vite-plugin-pwa';
import { startFramePlugin } from './scripts/start-frame-plugin.ts';
import { compileHintsPlugin } from './scripts/compile-hints-plugin.ts';

/** Where sellers live (UTC+0, UTC+1, Morocco's clock changes) and a zone far from UTC. */
const ZONES = ['Africa/Abidjan', 'Africa/Douala', 'Africa/Casablanca', 'Pacific/Auckland'];
/** The tests of days, months, "today" and visits: run again under each of ZONES. */
const ZONED_TESTS = [
  'src/lib/dates.test.ts',
  'src/features/insights/*.test.ts',
  'src/features/sales/*.test.ts',
  'src/features/customers/*.test.ts',
  'src/features/backup/csv.test.ts',
  'src/features/backup/queries.test.ts',
];

/**
 * The screens fetched right after the first one (see the file): one chunk with what they import
 * (the group below), compiled whole as they arrive (compileHintsPlugin).
 */
const NEXT_SCREENS = fileURLToPath(new URL('./src/app/next-screens.ts', import.meta.url));

// BASE_PATH lets the same build live under a sub-path (https://example.org/assoh/).
const base = normaliseBase(process.env.BASE_PATH);

/**
 * Sync reaches the notebook's CouchDB at the app's own origin (the reverse proxy serves the app
 * and /db/), so connect-src stays 'self'. SYNC_ORIGIN names one other origin (CouchDB served
 * apart, with CORS): it is then the only one added.
 */
const syncOrigin = normaliseOrigin(process.env.SYNC_ORIGIN);

function normaliseOrigin(raw: string | undefined): string {
  if (!raw) return '';
  const url = new URL(raw);
  if (url.protocol !== 'https:') throw new Error(`SYNC_ORIGIN must be https: ${raw}`);
  return url.origin;
}

/**
 * A strict Content-Security-Policy: nothing but the app's own files, so no third-party script,
 * font or tracker can run or be fetched. Only in the build: the dev server injects inline styles.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  `connect-src 'self'${syncOrigin ? ` ${syncOrigin}` : ''}`,
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

function cspPlugin(): Plugin {
  return {
    name: 'assoh-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
        injectTo: 'head-prepend',
      },
    ],
  };
}

function normaliseBase(raw: string | undefined): string {
  if (!raw || raw === '/') return '/';
  return `/${raw.replace(/^\/+|\/+$/g, '')}/`;
}

export default defineConfig({
  base,
  define: { 'import.meta.env.VITE_SYNC_ORIGIN': JSON.stringify(syncOrigin) },
  plugins: [
    react(),
    cspPlugin(),
    startFramePlugin(base),
    compileHintsPlugin({ nextScreens: NEXT_SCREENS }),
    tailwindcss(),
    VitePWA({
      // A seller may be halfway through a sale: a new version waits for "Recharger".
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon-48.png', 'apple-touch-icon.png'],
      manifest: {
        id: base,
        name: 'Assoh — le carnet de clients',
        short_name: 'Assoh',
        description:
          'Le carnet de clients du vendeur au marché : clients, ventes, cadeaux, WhatsApp.',
        lang: 'fr',
        dir: 'ltr',
        start_url: base,
        scope: base,
        display: 'standalone',
        orientation: 'portrait',
        theme_color: '#9a3412',
        background_color: '#fff7ed',
        categories: ['business', 'productivity'],
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: 'icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,woff2}'],
        navigateFallback: 'index.html',
        // The notebook's server lives under /db/ at the same origin: never the app shell.
        navigateFallbackDenylist: [/\/db\//],
        // First install: take control of the open tab so it keeps working when the network
        // drops, lazy screens included. Later updates still wait (no skipWaiting).
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    // OUT_DIR lets parallel work build side by side without overwriting dist/.
    outDir: process.env.OUT_DIR ?? 'dist',
    target: 'es2022',
    sourcemap: process.env.SOURCEMAP === '1',
    // MINIFY=0: readable function names in a profile (scripts/bench/profile-*.mjs).
    minify: process.env.MINIFY !== '0',
    rolldownOptions: {
      output: {
        // The first route in two files rather than two dozen: every request of a launch goes
        // through the service worker, one by one. Libraries apart from the app's own code, so
        // that an update of the app does not make the phone download React and Dexie again.
        codeSplitting: {
          groups: [
            // Dexie loads after the first screen (its data is read with bare IndexedDB).
            { name: 'dexie', test: /[\\/]node_modules[\\/]dexie[\\/]/, priority: 3 },
            { name: 'libs', test: /[\\/]node_modules[\\/]/, tags: ['$initial'], priority: 2 },
            { name: 'start', tags: ['$initial'], priority: 1 },
            // The screens one tap from the home, fetched as soon as it shows, in one file with
            // what they import beyond the first route (their 48 files' requests took 190 ms of
            // the main thread at 6× CPU right after the first screen; Lighthouse counted them).
            // The screens opened later import from it what they share with them.
            {
              name: (id, ctx) =>
                ctx.getModuleInfo(NEXT_SCREENS)?.dynamicallyImportedIds.includes(id)
                  ? 'next'
                  : null,
              debugName: 'next',
            },
          ],
        },
      },
    },
  },
  preview: { host: true, port: 4173, strictPort: true },
  test: {
    environment: 'node',
    setupFiles: ['src/test/setup.ts'],
    // Every test once in the machine's zone, and the date-related ones again in each zone of
    // ZONES: a project's env is given to its test processes as they start, as TZ must be.
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.{ts,tsx}'] } },
      ...ZONES.map((zone) => ({
        extends: true as const,
        test: { name: zone, include: ZONED_TESTS, env: { TZ: zone } },
      })),
    ],
  },
});
