/** Messages between the page (runner.ts) and the sync's worker (sync.worker.ts). */
import type { Trigger } from './schedule';

export type SyncRequest = { kind: 'run'; trigger: Trigger };
export type SyncResponse = { kind: 'done' } | { kind: 'error'; message: string };
