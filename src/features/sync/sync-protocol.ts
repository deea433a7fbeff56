/** Messages between the page (runner.ts) and the sync's worker (sync.worker.ts). */
export type SyncRequest = { kind: 'run' };
export type SyncResponse = { kind: 'done' } | { kind: 'error'; message: string };
