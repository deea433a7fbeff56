import { create } from 'zustand';

export interface Toast {
  id: number;
  text: string;
  tone: 'info' | 'success' | 'error';
  action?: { label: string; run: () => void };
  /** ms before it goes, counted from when it shows; 0 keeps it until closed. */
  duration: number;
  /**
   * An undo ("Annuler" after a sale) stays its whole time: across screens, and whatever message
   * comes after it. Other messages close when the screen changes.
   */
  undo?: boolean;
  /** About the app, not the screen ("Réseau revenu", the news of `showNews`): stays when the screen changes. */
  app?: boolean;
  /** The history entry (screen) it belongs to; set just after it is shown. */
  screen?: string;
  /**
   * The screen (one drawing of `Arrivals`) in whose flow it lies, at its top, instead of over the
   * screen at the bottom: a message that came with the screen takes its own room there.
   */
  placed?: string;
  /** Its time is over (or its action ran) but it lies in a screen's flow: it keeps its room. */
  spent?: 'expired' | 'acted';
}

export type ToastInput = Omit<Toast, 'id' | 'duration' | 'screen'> & { duration?: number };

interface UiState {
  /** In the order they came. */
  toasts: Toast[];
  showToast: (toast: ToastInput) => number;
  /**
   * A message for the screen a navigation started in the same task leads to: nothing is drawn
   * until that screen's first frame, which shows it in its flow.
   */
  showOnNextScreen: (toast: ToastInput) => number;
  /**
   * The app's own news ("Prêt à fonctionner hors ligne"): it comes at a moment of its own, not
   * after a tap of hers, so it never shows over the screen she is using (it would lie over the
   * button she is reaching for, and take the tap). It waits, however long, for the next screen
   * she opens, and lies at the top of that screen's flow from its first frame.
   */
  showNews: (toast: ToastInput) => number;
  dismissToast: (id: number) => void;
  /** The screen shown now: messages of other screens close, undos stay. */
  enterScreen: (screen: string) => void;
  /**
   * A screen's first frame (`owner`, shown for history entry `screen`) takes the messages that
   * came with it into its own flow: those shown just before the navigation that opened it, and
   * running undos. A sheet opened or closed through the address is the same screen: no new claim.
   */
  claimArrivals: (owner: string, screen: string, drawn: readonly Toast[]) => void;
  /**
   * The screen is gone: spent messages and the app's news go with it, a running undo may go to
   * the next screen.
   */
  releaseArrivals: (owner: string, screen: string) => void;
  /** Its time is over: gone, or, in a screen's flow, kept in its place without its button. */
  expireToast: (id: number, how?: 'expired' | 'acted') => void;
}

let nextId = 1;

/**
 * Messages about what she just did that lead to another screen (a sale saved → her card), not
 * in the state yet: the next screen's first frame takes them into its flow (`claimArrivals`).
 * Shown at once instead, they were drawn over the screen she was leaving, a whole commit and
 * paint of it (about 30 ms on a slow phone) before the next screen could start.
 */
let waiting: Toast[] = [];
/**
 * The app's news waiting for the next screen (`showNews`). A screen takes only those its first
 * render drew (`arrivingOn`): news that comes while it is being drawn waits for the one after.
 */
let news: Toast[] = [];
/**
 * What lay in the flow of screens she has left, by history entry, as she last saw it (spent):
 * coming back to that entry (Back) draws it again in its place, so the screen is as she left it
 * and her scroll position lands where it was. The latest entries only.
 */
const left = new Map<string, Toast[]>();
const LEFT_MAX = 50;
/** A message waits no longer than this for its screen (no screen came): it then shows as usual. */
export const ARRIVAL_WAIT_MS = 1500;

/** The history entry of the page now (React Router keeps its key in history.state). */
export function currentScreen(): string {
  const state = window.history.state as { key?: unknown } | null;
  return typeof state?.key === 'string' ? state.key : 'default';
}

/**
 * What shows at once: every undo still running, then one other message: the latest about what she
 * just did (a new one takes the place of the one before: "Rappel ajouté" must not wait behind
 * "Crédit enregistré"), or else the app's own news ("Réseau revenu"), which waits
 * its turn rather than wipe her confirmation. Never more, so notices never hide a small phone.
 */
export function visibleToasts(all: readonly Toast[]): Toast[] {
  const toasts = all.filter((t) => t.placed === undefined);
  const undos = toasts.filter((t) => t.undo);
  const next = toasts.findLast((t) => !t.undo && !t.app) ?? toasts.find((t) => !t.undo && t.app);
  return next ? [...undos, next] : undos;
}

/** Passing UI state only: domain data lives in Dexie, what the URL can hold lives in the URL. */
export const useUiStore = create<UiState>((set) => {
  /** A message as it comes: over the screen she is on, which it belongs to. */
  const add = (row: Toast) => {
    // An undo keeps its time whatever comes after it, and so does the app's news; a message
    // about what she did replaces the one before it.
    const replaces = !row.undo && !row.app;
    set((s) => ({
      toasts: [
        // One lying in a screen's flow stays there: removing it would move what is below it.
        ...s.toasts.filter((t) => !replaces || t.undo || t.app || t.placed !== undefined),
        row,
      ],
    }));
    // A message shown just before a navigation belongs to the screen it leads to: the screen is
    // read once the current task is over, when navigate() has already written the new entry.
    queueMicrotask(() => {
      const screen = currentScreen();
      set((s) => ({ toasts: s.toasts.map((t) => (t.id === row.id ? { ...t, screen } : t)) }));
    });
    return row.id;
  };
  const rowOf = (toast: ToastInput): Toast => ({ duration: 4000, ...toast, id: nextId++ });
  return {
    toasts: [],
    showToast: (toast) => add(rowOf(toast)),
    showOnNextScreen: (toast) => {
      const row = rowOf(toast);
      waiting.push(row);
      // No screen came to take it (she had left already): it comes where she is, as any other.
      window.setTimeout(() => {
        if (!waiting.includes(row)) return;
        waiting = waiting.filter((t) => t !== row);
        add(row);
      }, ARRIVAL_WAIT_MS);
      return row.id;
    },
    showNews: (toast) => {
      const row = rowOf({ ...toast, app: true });
      news.push(row);
      return row.id;
    },
    dismissToast: (id) => set((s) => ({ toasts: s.toasts.filter((x) => x.id !== id) })),
    expireToast: (id, how = 'expired') =>
      set((s) => ({
        toasts: s.toasts.flatMap((t) =>
          t.id !== id ? [t] : t.placed === undefined ? [] : [{ ...t, spent: how }],
        ),
      })),
    enterScreen: (screen) =>
      set((s) => {
        const kept = s.toasts.filter(
          // One lying in a screen's flow is that screen's to release (`releaseArrivals`).
          (t) =>
            t.placed !== undefined ||
            t.undo ||
            t.app ||
            t.screen === undefined ||
            t.screen === screen,
        );
        return kept.length === s.toasts.length ? s : { toasts: kept };
      }),
    claimArrivals: (owner, screen, drawn) => {
      // What lay there when she left this entry, the ones waiting for this screen, and the news
      // its first render drew: in its flow, in that order.
      const kept = left.get(screen) ?? [];
      left.delete(screen);
      const told = news.filter((t) => drawn.includes(t));
      news = news.filter((t) => !told.includes(t));
      const came = [...waiting, ...told].map((t) => ({ ...t, screen, placed: owner }));
      waiting = [];
      set((s) => {
        const arrives = (t: Toast) => arrivesOn(t, screen);
        // An undo she left running comes back live (released by the screen she leaves, in this
        // same commit), not also as it was drawn.
        const before = drawn.filter(
          (t) => kept.includes(t) && !s.toasts.some((x) => x.id === t.id && arrives(x)),
        );
        if (!before.length && !came.length && !s.toasts.some(arrives)) return s;
        return {
          toasts: [
            ...before.map((t) => ({ ...t, placed: owner })),
            ...s.toasts.map((t) => (arrives(t) ? { ...t, placed: owner } : t)),
            ...came,
          ],
        };
      });
    },
    releaseArrivals: (owner, screen) =>
      set((s) => {
        const mine = s.toasts.filter((t) => t.placed === owner);
        if (!mine.length) return s;
        left.delete(screen);
        left.set(
          screen,
          mine.map((t) => ({ ...t, placed: undefined, spent: t.spent ?? 'expired' })),
        );
        for (const old of [...left.keys()].slice(0, -LEFT_MAX)) left.delete(old);
        return {
          // The app's news has been said: it never follows her over the next screen.
          toasts: s.toasts.flatMap((t) =>
            t.placed !== owner ? [t] : t.spent || t.app ? [] : [{ ...t, placed: undefined }],
          ),
        };
      }),
  };
});

/**
 * Shown just before the navigation that opened `screen` (its screen not yet written, or written
 * as this one), or an undo still running from the screen before: it moves into the new screen.
 */
function arrivesOn(t: Toast, screen: string): boolean {
  return (
    !t.app &&
    !t.spent &&
    t.placed === undefined &&
    (t.undo || t.screen === undefined || t.screen === screen)
  );
}

/**
 * What `claimArrivals` will place on the screen of history entry `screen`, in its order: the
 * screen's first render draws them already, so its first commit holds them (claimed in a layout
 * effect, they came in a second commit, and what was below them was counted as moved).
 */
export function arrivingOn(screen: string): Toast[] {
  const now = useUiStore.getState().toasts.filter((t) => arrivesOn(t, screen));
  // An undo she left running comes back live, not also as it was drawn.
  const before = (left.get(screen) ?? []).filter((t) => !now.some((n) => n.id === t.id));
  return [...before, ...now, ...waiting, ...news];
}

/** Not yet claimed by a screen (`arrivingOn` said it would be). */
export function stillArriving(toast: Toast): boolean {
  return (
    waiting.includes(toast) ||
    news.includes(toast) ||
    [...left.values()].some((rows) => rows.includes(toast)) ||
    useUiStore.getState().toasts.some((t) => t.id === toast.id && t.placed === undefined)
  );
}

export const showToast = (toast: ToastInput) => useUiStore.getState().showToast(toast);
export const showOnNextScreen = (toast: ToastInput) =>
  useUiStore.getState().showOnNextScreen(toast);
export const showNews = (toast: ToastInput) => useUiStore.getState().showNews(toast);

/** For the tests: news no screen has taken yet. */
export function newsWaiting(): readonly Toast[] {
  return news;
}
