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
  /** About the app, not the screen ("Prêt à fonctionner hors ligne"): stays when the screen changes. */
  app?: boolean;
  /** The history entry (screen) it belongs to; set just after it is shown. */
  screen?: string;
}

export type ToastInput = Omit<Toast, 'id' | 'duration' | 'screen'> & { duration?: number };

interface UiState {
  /** In the order they came. */
  toasts: Toast[];
  showToast: (toast: ToastInput) => number;
  dismissToast: (id: number) => void;
  /** The screen shown now: messages of other screens close, undos stay. */
  enterScreen: (screen: string) => void;
}

let nextId = 1;

/** The history entry of the page now (React Router keeps its key in history.state). */
function currentScreen(): string {
  const state = window.history.state as { key?: unknown } | null;
  return typeof state?.key === 'string' ? state.key : 'default';
}

/**
 * What shows at once: every undo still running, then one other message: the latest about what she
 * just did (a new one takes the place of the one before: "Rappel ajouté" must not wait behind
 * "Crédit enregistré"), or else the app's own news ("Prêt à fonctionner hors ligne"), which waits
 * its turn rather than wipe her confirmation. Never more, so notices never hide a small phone.
 */
export function visibleToasts(toasts: readonly Toast[]): Toast[] {
  const undos = toasts.filter((t) => t.undo);
  const next = toasts.findLast((t) => !t.undo && !t.app) ?? toasts.find((t) => !t.undo && t.app);
  return next ? [...undos, next] : undos;
}

/** Passing UI state only: domain data lives in Dexie, what the URL can hold lives in the URL. */
export const useUiStore = create<UiState>((set) => ({
  toasts: [],
  showToast: (toast) => {
    const id = nextId++;
    // An undo keeps its time whatever comes after it, and so does the app's news; a message
    // about what she did replaces the one before it.
    const replaces = !toast.undo && !toast.app;
    set((s) => ({
      toasts: [
        ...s.toasts.filter((t) => !replaces || t.undo || t.app),
        { duration: 4000, ...toast, id },
      ],
    }));
    // A message shown just before a navigation belongs to the screen it leads to: the screen is
    // read once the current task is over, when navigate() has already written the new entry.
    queueMicrotask(() => {
      const screen = currentScreen();
      set((s) => ({ toasts: s.toasts.map((t) => (t.id === id ? { ...t, screen } : t)) }));
    });
    return id;
  },
  dismissToast: (id) => set((s) => ({ toasts: s.toasts.filter((x) => x.id !== id) })),
  enterScreen: (screen) =>
    set((s) => {
      const kept = s.toasts.filter(
        (t) => t.undo || t.app || t.screen === undefined || t.screen === screen,
      );
      return kept.length === s.toasts.length ? s : { toasts: kept };
    }),
}));

export const showToast = (toast: ToastInput) => useUiStore.getState().showToast(toast);
