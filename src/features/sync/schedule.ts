/**
 * When a round may start by itself. A refusal (wrong identifiant or mot de passe, a notebook
 * that is not hers, no notebook at the address) is not cured by asking again: a proxy that
 * counts failed logins would lock her out, and each try costs data. Automatic rounds then stop
 * until she changes the three ("Activer") or taps "Réessayer". A server that does not answer is
 * tried again by itself, less and less often; no signal costs nothing (no request leaves).
 */
import type { SyncStatus, SyncStatusKind } from '../../db/sync-state';

/** What asks for a round: the app starting, signal returning, the app shown again, the clock, her. */
export type Trigger = 'start' | 'online' | 'visible' | 'timer' | 'manual';

/** While the app is open: often enough to share a sale, rarely enough to spare data. */
export const EVERY_MS = 5 * 60_000;

/** The longest wait between two tries at a server that does not answer. */
export const BACKOFF_MAX_MS = 60 * 60_000;

/** Answers that only she can cure. */
export const REFUSED: ReadonlySet<SyncStatusKind> = new Set([
  'unauthorized',
  'forbidden',
  'not-found',
]);

/**
 * Failures in a row whose next try waits: unreachable, failed for another reason, or the phone
 * full (each try downloads a batch it cannot write, until she makes room).
 */
const FAILED: ReadonlySet<SyncStatusKind> = new Set(['unreachable', 'failed', 'full']);

/** The wait before the next automatic try after `failures` failures in a row: 5, 10, 20, 40, 60 min. */
export function backoffMs(failures: number): number {
  return Math.min(EVERY_MS * 2 ** Math.max(0, failures - 1), BACKOFF_MAX_MS);
}

export function mayRun(status: SyncStatus | null, trigger: Trigger, now: number): boolean {
  if (trigger === 'manual' || !status) return true;
  if (REFUSED.has(status.kind)) return false;
  // Signal returning or the app starting does not make room on the phone: only time may.
  if (status.kind === 'full') return now - status.at >= backoffMs(status.failures ?? 1);
  // The phone's start and signal's return each get one try; the clock and the screen wait.
  if (FAILED.has(status.kind) && (trigger === 'timer' || trigger === 'visible'))
    return now - status.at >= backoffMs(status.failures ?? 1);
  return true;
}

/**
 * Failures in a row once the status becomes `kind`, `before` being the status it replaces: a
 * round starting ('syncing') or finding no signal keeps the count, a failure adds one, anything
 * else ends the run of failures.
 */
export function failuresAfter(
  before: SyncStatus | undefined,
  kind: SyncStatusKind,
): number | undefined {
  if (kind === 'syncing' || kind === 'offline') return before?.failures;
  if (FAILED.has(kind)) return (before?.failures ?? 0) + 1;
  return undefined;
}
