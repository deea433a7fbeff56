import { useEffect } from 'react';
import { loadDb } from '../db/connection';
import { isSyncOn } from '../features/sync/queries';

/**
 * At start, once the first screen shows: if sync is on, its code (the worker and PouchDB) loads
 * and a round begins. A seller who never turned it on loads none of it.
 */
export function useSyncAtStart(ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    const idle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 1500));
    idle(() => {
      loadDb()
        .then(isSyncOn)
        .then(async (on) => {
          if (on) (await import('../features/sync/runner')).startSync();
        })
        .catch((error: unknown) => console.warn('sync not started', error));
    });
  }, [ready]);
}
