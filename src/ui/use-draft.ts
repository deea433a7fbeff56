import { useCallback, useEffect, useRef, useState } from 'react';

const PREFIX = 'assoh-draft:';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function read<T>(key: string, initial: T): T {
  try {
    const raw = sessionStorage.getItem(PREFIX + key);
    if (raw === null) return initial;
    const draft: unknown = JSON.parse(raw);
    // A draft kept by the previous version of a form lacks the fields added since: they keep
    // their defaults (a new version arrives with "Recharger", in the middle of a form).
    return (isRecord(initial) && isRecord(draft) ? { ...initial, ...draft } : draft) as T;
  } catch (error) {
    // A draft from an older form shape or a disabled storage: start from the form's defaults.
    console.warn('draft unreadable, starting afresh', key, error);
    return initial;
  }
}

/**
 * A half-filled form that survives a reload (the seller taps "Recharger" for a new version, or
 * Android drops the tab): kept in sessionStorage, so it lives as long as the tab and no longer.
 * `clear()` once the form is saved, as it leaves: the draft is forgotten, the form keeps showing
 * what it saved. Values must be JSON (strings, numbers, arrays).
 */
export function useDraft<T>(
  key: string,
  initial: T,
): [T, (next: T | ((prev: T) => T)) => void, () => void, () => void] {
  const [value, setValue] = useState<T>(() => read(key, initial));
  const kept = useRef(false);

  const set = useCallback(
    (next: T | ((prev: T) => T)) => {
      setValue((prev) => {
        const v = typeof next === 'function' ? (next as (p: T) => T)(prev) : next;
        try {
          sessionStorage.setItem(PREFIX + key, JSON.stringify(v));
        } catch (error) {
          // Full or disabled storage: the form still works, only the reload safety net is lost.
          console.warn('draft not kept', key, error);
        }
        return v;
      });
    },
    [key],
  );

  // The form is saved and leaving: the draft is forgotten at once (a reload now must not bring
  // back a sale already recorded), and what the form shows stays as it is until the next screen
  // replaces it: emptied first, the form would be drawn again on a slow phone's way to the next
  // screen, and show her an empty form for a moment.
  const clear = useCallback(() => {
    sessionStorage.removeItem(PREFIX + key);
  }, [key]);

  /** Leaving for a moment to come back (a product added from the sale): the draft waits. */
  const keep = useCallback(() => {
    kept.current = true;
  }, []);

  // Leaving the form inside the app (back, another tab of the app) forgets the draft: only a
  // reload, or a `keep()` before leaving, brings it back, so a sale abandoned earlier never
  // reappears pre-filled later.
  useEffect(
    () => () => {
      if (!kept.current) sessionStorage.removeItem(PREFIX + key);
    },
    [key],
  );

  return [value, set, clear, keep];
}
