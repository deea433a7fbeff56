import { createContext, useContext, useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/**
 * What a frame rendered ahead of time (index.html's start frames, built before any phone is
 * known) shows: it is drawn once online and once offline, and the phone picks the right one.
 */
export const StaticOnline = createContext<boolean | null>(null);

export function useOnline(): boolean {
  const fixed = useContext(StaticOnline);
  const live = useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );
  return fixed ?? live;
}
