/**
 * The notebook's database, opened at the very start of a launch: index.html's head loads a tiny
 * script (scripts/start-frame-plugin.ts) that runs `openEarly` before the app's own code has
 * arrived, so IndexedDB opens its files while the page is parsed, the start frame drawn and the
 * app's modules evaluated, instead of after all of them (on a slow phone, a few hundred ms).
 * The app takes that open (start.ts) or, when it came first, opens the notebook itself.
 */
import type { openAtVersion } from '../db/bare';

/** Where the launch script leaves its open for the app: a property of the page's global object. */
export const EARLY_OPEN_KEY = '__assohNotebook';

export interface EarlyOpenConfig {
  key: string;
  name: string;
  version: number;
}

type Slots = Record<string, unknown>;

/**
 * Runs in the page, serialised with `open` (bare.ts's openAtVersion): it must use nothing but its
 * arguments and the browser. It does nothing when the app has already taken the slot.
 */
export function openEarly(open: typeof openAtVersion, config: EarlyOpenConfig): void {
  const slots = globalThis as unknown as Slots;
  if (slots[config.key] !== undefined) return;
  try {
    slots[config.key] = open(indexedDB, config.name, config.version);
  } catch (error) {
    // No IndexedDB here: the app opens it through Dexie, and says what is wrong.
    console.warn('start: IndexedDB not opened early', error);
  }
}

/**
 * The launch script's open, taken once (the app then closes it after its reads); undefined when
 * there was none. Either way the slot is closed: a launch script that runs late opens nothing.
 */
export function takeEarlyOpen(): Promise<IDBDatabase | null> | undefined {
  const slots = globalThis as unknown as Slots;
  const early = slots[EARLY_OPEN_KEY];
  slots[EARLY_OPEN_KEY] = null;
  return early instanceof Promise ? (early as Promise<IDBDatabase | null>) : undefined;
}
