import type { MessageKey, Params } from '../i18n';

/** A refusal the seller can act on: carries the message key, never raw text. */
export class UserError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params?: Params,
  ) {
    super(key);
    this.name = 'UserError';
  }
}

/** IndexedDB reports a full disk as QuotaExceededError, sometimes wrapped by Dexie. */
export function isQuotaError(error: unknown): boolean {
  let e: unknown = error;
  for (let i = 0; i < 3 && e && typeof e === 'object'; i++) {
    const name = (e as { name?: string }).name;
    if (name === 'QuotaExceededError') return true;
    e = (e as { inner?: unknown }).inner;
  }
  return false;
}

export interface FieldError {
  key: MessageKey;
  params?: Params;
}

/** Several fields refused at once; the form shows each message beside its field. */
export class ValidationError extends Error {
  constructor(readonly fields: Record<string, FieldError>) {
    super(Object.keys(fields).join(', '));
    this.name = 'ValidationError';
  }
}
