// Puts the first screen's frame into index.html at build time, so a launch paints the header,
// the search box and the bottom bar (or the setup screen) before any script has run.
// The frames come from the real components (src/app/start-frame.tsx, rendered through Vite's
// SSR loader), one per language; a small external script (the CSP forbids inline ones) shows
// the one that fits the seller's remembered language and screen (src/app/start-frame-boot.ts).
import { createHash } from 'node:crypto';
import react from '@vitejs/plugin-react';
import { createServer, type Plugin } from 'vite';
import { LANGUAGES, LANGUAGE_MEMORY_KEY } from '../src/lib/languages.ts';
import { openAtVersion } from '../src/db/bare.ts';
import { DB_NAME, NATIVE_VERSION } from '../src/db/schema.ts';
import { EARLY_OPEN_KEY, openEarly, type EarlyOpenConfig } from '../src/app/early-open.ts';
import {
  START_DOCK_KEY,
  START_SCREEN_KEY,
  showStartFrame,
  type RenderedFrame,
  type StartFrameConfig,
} from '../src/app/start-frame-boot.ts';

const ROOT = '<div id="root"></div>';
const TITLE = '</title>';

/** The language of a first visit: the app's default, French. */
const FALLBACK = 'fr';

async function renderFrames(root: string): Promise<RenderedFrame[]> {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    plugins: [react()],
    server: { middlewareMode: true, hmr: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const mod = (await server.ssrLoadModule('/src/app/start-frame.tsx')) as {
      renderStartFrames: (fallback: string) => Promise<RenderedFrame[]>;
    };
    return await mod.renderStartFrames(FALLBACK);
  } finally {
    await server.close();
  }
}

/** The boot script: showStartFrame's own code, called with the app's constants and frames. */
function bootScript(base: string, frames: RenderedFrame[]): string {
  const config: StartFrameConfig = {
    base,
    languageKey: LANGUAGE_MEMORY_KEY,
    screenKey: START_SCREEN_KEY,
    languages: Object.fromEntries(Object.entries(LANGUAGES).map(([code, l]) => [code, l.dir])),
    fallback: FALLBACK,
    // Inert: a tap or a letter typed on the frame is not lost, it simply waits for the app.
    frames: Object.fromEntries(frames.map((f) => [f.id, `<div inert>${f.html}</div>`])),
    dockKey: START_DOCK_KEY,
  };
  return `(${showStartFrame.toString()})(${JSON.stringify(config)});\n`;
}

/** The launch script: opens the notebook (src/app/early-open.ts) while the page is parsed. */
function earlyOpenScript(): string {
  const config: EarlyOpenConfig = { key: EARLY_OPEN_KEY, name: DB_NAME, version: NATIVE_VERSION };
  return `(${openEarly.toString()})(${openAtVersion.toString()}, ${JSON.stringify(config)});\n`;
}

/** Emits `source` as a hashed asset; returns its file name. */
function emitScript(
  emit: (file: { type: 'asset'; fileName: string; source: string }) => string,
  name: string,
  source: string,
): string {
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 10);
  const fileName = `assets/${name}-${hash}.js`;
  emit({ type: 'asset', fileName, source });
  return fileName;
}

export function startFramePlugin(base: string): Plugin {
  let root = process.cwd();
  return {
    name: 'assoh-start-frame',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      root = config.root;
    },
    async generateBundle(_options, bundle) {
      const html = bundle['index.html'];
      if (!html || html.type !== 'asset') return;
      const source = String(html.source);
      if (!source.includes(ROOT)) this.error(`start frame: ${ROOT} not found in index.html`);
      if (!source.includes(TITLE)) this.error(`start frame: ${TITLE} not found in index.html`);
      const emit = this.emitFile.bind(this);
      const fileName = emitScript(emit, 'start-frame', bootScript(base, await renderFrames(root)));
      const early = emitScript(emit, 'open-notebook', earlyOpenScript());
      // Async: it never holds the page's parsing up, and runs as soon as it is there.
      html.source = source
        .replace(TITLE, `${TITLE}\n    <script async src="${base}${early}"></script>`)
        .replace(ROOT, `${ROOT}\n    <script src="${base}${fileName}"></script>`);
    },
  };
}
