/**
 * The start frame: for each language, the first screen's frame rendered at build time from the
 * real components (scripts/start-frame-plugin.ts), carried as HTML text by a tiny script (this
 * function, serialised by the plugin: the CSP forbids inline scripts) that builds the one to
 * show before any of the app's code has arrived. Only that one is parsed: as <template>s in
 * index.html, the browser built every language's frame at each launch to show one. It shows
 * nothing rather than a wrong language or a wrong screen; React replaces it with the same screen,
 * filled.
 */

/** Which first screen the last start showed, kept beside the notebook (localStorage). */
export const START_SCREEN_KEY = 'assoh-start';
export type StartScreen = 'home' | 'setup';

export interface StartFrameConfig {
  base: string;
  languageKey: string;
  screenKey: string;
  /** Every language the app speaks, with its direction. */
  languages: Record<string, 'ltr' | 'rtl'>;
  /** The language of a first visit (nothing remembered yet). */
  fallback: string;
  /** Each frame's HTML, by startFrameId. */
  frames: Record<string, string>;
  /** Where the frame leaves its bars' heights for the app (window[dockKey], see START_DOCK_KEY). */
  dockKey: string;
}

/** window[START_DOCK_KEY]: the frame's title bar and navigation heights (px), by dock part. */
export const START_DOCK_KEY = '__assohDock';

/** One frame, as src/app/start-frame.tsx renders it at build time. */
export interface RenderedFrame {
  id: string;
  html: string;
}

/** The template's id for a screen and a language. */
export function startFrameId(screen: StartScreen, lang: string): string {
  return `start-${screen}-${lang}`;
}

/**
 * Runs in the page, serialised: it must use nothing but its argument and the browser (its ids
 * follow startFrameId, written out again here for that reason; a test keeps them equal).
 */
export function showStartFrame(config: StartFrameConfig): void {
  const read = (key: string): string | null => {
    try {
      return localStorage.getItem(key);
    } catch (error) {
      console.warn('start frame: storage unreadable', error);
      return null;
    }
  };
  const lang = read(config.languageKey) ?? config.fallback;
  const dir = config.languages[lang];
  if (!dir) return;
  // The document speaks her language from the very first frame, right to left included.
  document.documentElement.lang = lang;
  document.documentElement.dir = dir;
  let screen = read(config.screenKey);
  // Nothing remembered: a first visit (no service worker yet) opens on the setup screen; an
  // update from a version that remembered nothing shows no frame at all.
  if (screen === null && !navigator.serviceWorker?.controller) screen = 'setup';
  const path = location.pathname.slice(config.base.length - 1);
  const here =
    (screen === 'home' && path === '/') ||
    (screen === 'setup' && (path === '/' || path === '/bienvenue'));
  if (!here) return;
  // A setup frame exists in the first visit's language only: no frame rather than a wrong one.
  const html = config.frames[`start-${screen}-${lang}`];
  const root = document.getElementById('root');
  if (typeof html !== 'string' || !root || root.firstChild) return;
  const template = document.createElement('template');
  // The app's own frame, rendered at build time from its components: no seller text in it.
  // eslint-disable-next-line no-restricted-syntax
  template.innerHTML = html;
  const frame = template.content;
  // Drawn offline (the strip under the title); online, the app draws no strip.
  if (navigator.onLine) frame.querySelector('[data-offline-strip]')?.remove();
  root.replaceChildren(frame);
  // The dock's heights (ui/dock.tsx), measured on the frame's title bar and navigation, which are
  // the app's own: the app's first screen starts from them and finds nothing to change. Left on
  // window, where no style depends on them (the browser lays the frame out for its paint anyway).
  const heights: Record<string, number> = {};
  for (const part of ['top', 'nav']) {
    const el = root.querySelector(`[data-dock="${part}"]`);
    if (el instanceof HTMLElement) heights[part] = el.offsetHeight;
  }
  (window as unknown as Record<string, unknown>)[config.dockKey] = heights;
}

/** The heights the start frame measured (px, by dock part), if it showed. */
export function startFrameDock(): Record<string, number> {
  const known = (window as unknown as Record<string, unknown>)[START_DOCK_KEY];
  return known && typeof known === 'object' ? (known as Record<string, number>) : {};
}

/** Written at each start, for the next one's frame. */
export function rememberStartScreen(screen: StartScreen): void {
  try {
    localStorage.setItem(START_SCREEN_KEY, screen);
  } catch (error) {
    // Storage refused (private mode, full): the next start shows no frame, nothing worse.
    console.warn('start screen not remembered', error);
  }
}
