import { useRef, useState } from 'react';
import type { T } from '../i18n';
import { ValidationError, UserError, type FieldError } from '../i18n/errors';
import { isQuotaError } from '../lib/errors';
import { showToast } from './store';
import { recordError } from './error-log';

/**
 * A save that takes longer than this shows its form busy (buttons off). A quicker one shows
 * nothing between her tap and its result: on a slow phone, drawing the busy form was a frame of
 * its own (the whole sale screen, or her card under the payment sheet) before the save went on.
 */
export const BUSY_AFTER_MS = 300;

/**
 * Runs a command for a form: field errors go beside their fields, a full disk or any other
 * failure becomes a clear message, and what the seller typed stays in the form either way.
 */
export function useFormErrors(t: T) {
  const [errors, setErrors] = useState<Record<string, FieldError>>({});
  const [busy, setBusy] = useState(false);
  // Known at once, not at the next render: a second tap in the same moment does nothing.
  const running = useRef(false);

  /**
   * `leaves`: a success takes her to another screen (a sale, a gift): the form stays busy until
   * it is gone (shown so if the next screen is slow to come), so a second tap while the next
   * screen comes does not record it twice.
   */
  async function run<R>(
    action: () => Promise<R>,
    { leaves = false }: { leaves?: boolean } = {},
  ): Promise<R | undefined> {
    if (running.current) return undefined;
    running.current = true;
    const slow = window.setTimeout(() => setBusy(true), BUSY_AFTER_MS);
    let done = false;
    try {
      const result = await action();
      // The same state when there were none: no render of the whole form on the way from her tap
      // to what follows (her card after a sale), only to draw what it already shows.
      setErrors(none);
      done = true;
      return result;
    } catch (error) {
      reportError(t, error, setErrors);
      return undefined;
    } finally {
      if (!(done && leaves)) {
        window.clearTimeout(slow);
        running.current = false;
        setBusy(false);
      }
    }
  }

  const message = (field: string): string | undefined => {
    const e = errors[field];
    return e ? t(e.key, e.params) : undefined;
  };

  /** The seller changed the field: its error goes (it comes back at the next try if still true). */
  const clear = (...fields: string[]) =>
    setErrors((prev) => {
      if (!fields.some((f) => f in prev)) return prev;
      const next = { ...prev };
      for (const f of fields) delete next[f];
      return next;
    });

  return { run, message, busy, setErrors, clear };
}

/** No errors: the state as it was when it had none already (React then draws nothing). */
const none = (errors: Record<string, FieldError>) =>
  Object.keys(errors).length === 0 ? errors : {};

export function reportError(
  t: T,
  error: unknown,
  setErrors?: (errors: Record<string, FieldError>) => void,
): void {
  if (error instanceof ValidationError && setErrors) {
    setErrors(error.fields);
    // Bring the first refused field into view: on a small screen it may be far above the button.
    requestAnimationFrame(() => {
      const first = document.querySelector<HTMLElement>('[aria-invalid="true"], [role="alert"]');
      first?.scrollIntoView({ block: 'center' });
      if (first?.matches('input, select, textarea')) first.focus({ preventScroll: true });
    });
    return;
  }
  if (error instanceof UserError) {
    showToast({ text: t(error.key, error.params), tone: 'error', duration: 8000 });
    return;
  }
  console.error(error);
  recordError(error, window.location.pathname);
  const text = isQuotaError(error) ? t('common.quotaExceeded') : t('common.error');
  showToast({ text, tone: 'error', duration: 0 });
}
