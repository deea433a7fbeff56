// Builds the empty React page (scripts/bench/empty/) that every timing is compared with.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('./empty/', import.meta.url));
export const EMPTY_DIST = fileURLToPath(new URL('./empty/dist/', import.meta.url));

export async function buildEmptyPage() {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: [],
    oxc: { jsx: { runtime: 'automatic' } },
    build: { outDir: EMPTY_DIST, emptyOutDir: true, target: 'es2022' },
  });
  return EMPTY_DIST;
}
