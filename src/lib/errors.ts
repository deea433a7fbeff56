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
