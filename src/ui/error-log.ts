/**
 * A small log of the errors the seller met, kept on the phone (localStorage: it works even when
 * the database is what failed) for Réglages to show. Nothing is ever sent anywhere.
 */
const KEY = 'assoh-errors';
const KEPT = 20;

export interface LoggedError {
  at: number;
  message: string;
  /** Where it happened: the screen's path, and the first lines of the stack. */
  where?: string;
}

export function readErrorLog(): LoggedError[] {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(raw) ? (raw as LoggedError[]) : [];
  } catch (error) {
    console.warn('error log unreadable', error);
    return [];
  }
}

export function recordError(error: unknown, where?: string): void {
  const message =
    error instanceof Error ? `${error.name}: ${error.message}` : String(error ?? 'error');
  const stack = error instanceof Error ? error.stack?.split('\n').slice(1, 4).join('\n') : '';
  const entry: LoggedError = {
    at: Date.now(),
    message: message.slice(0, 300),
    where: [where, stack].filter(Boolean).join('\n').slice(0, 600) || undefined,
  };
  try {
    localStorage.setItem(KEY, JSON.stringify([entry, ...readErrorLog()].slice(0, KEPT)));
  } catch (storageError) {
    // A full or refused storage: the error still shows on screen, only its trace is lost.
    console.warn('error not logged', storageError);
  }
}
