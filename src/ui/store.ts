import { create } from 'zustand';

export interface Toast {
  id: number;
  text: string;
  tone: 'info' | 'success' | 'error';
  action?: { label: string; run: () => void };
  /** ms before it goes; 0 keeps it until closed. */
  duration: number;
}

interface UiState {
  toasts: Toast[];
  showToast: (toast: Omit<Toast, 'id' | 'duration'> & { duration?: number }) => number;
  dismissToast: (id: number) => void;
}

let nextId = 1;

/** Passing UI state only: domain data lives in Dexie, what the URL can hold lives in the URL. */
export const useUiStore = create<UiState>((set) => ({
  toasts: [],
  showToast: (toast) => {
    const id = nextId++;
    // One at a time: a pile of notices would hide the screen on a small phone.
    set({ toasts: [{ duration: 4000, ...toast, id }] });
    return id;
  },
  dismissToast: (id) => set((s) => ({ toasts: s.toasts.filter((x) => x.id !== id) })),
}));

export const showToast = (toast: Parameters<UiState['showToast']>[0]) =>
  useUiStore.getState().showToast(toast);
