import { useEffect, useState } from 'react';
import type { AssohDB } from '../db/db';
import { loadDbModule } from '../db/connection';

let painted: Promise<void> | undefined;

/**
 * Resolves once the frame after the first call is painted. The first call comes from the first
 * screen's commit: Dexie's code then loads and runs after that screen is on show, not before.
 */
function afterFirstPaint(): Promise<void> {
  return (painted ??= new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function') resolve();
    else requestAnimationFrame(() => setTimeout(resolve, 0));
  }));
}

/** A query on the notebook, ready to run. */
export type DbQuery<T> = (db: AssohDB) => Promise<T>;

/**
 * Dexie's useLiveQuery for the first screen, which loads no Dexie: `prepare` gives the query
 * (importing its module when that module brings Dexie), and the query runs once Dexie is loaded,
 * after the first screen is painted, then again whenever what it read changes. Until then the screen
 * shows `initial` (what the start's reads found). A failed query throws in the render, for the
 * nearest error boundary, as useLiveQuery does.
 */
export function useLiveDb<T, I = undefined>(
  prepare: () => Promise<DbQuery<T>>,
  deps: readonly unknown[],
  initial: I,
): T | I {
  const [state, setState] = useState<{ value: T | I; error?: unknown }>({ value: initial });
  useEffect(() => {
    let active = true;
    let subscription: { unsubscribe(): void } | undefined;
    const fail = (error: unknown) => {
      if (active) setState((s) => ({ value: s.value, error }));
    };
    afterFirstPaint()
      .then(() => Promise.all([loadDbModule(), prepare()]))
      .then(([{ db, liveQuery }, query]) => {
        if (!active) return;
        subscription = liveQuery(() => query(db)).subscribe({
          next: (value) => setState({ value }),
          error: fail,
        });
      }, fail);
    return () => {
      active = false;
      subscription?.unsubscribe();
    };
    // The caller names what the query depends on, as with useLiveQuery.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  if (state.error !== undefined) throw state.error;
  return state.value;
}
