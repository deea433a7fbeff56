/**
 * The notebook lives only on the phone: ask the browser not to evict it. Chrome grants this
 * without a prompt to sites the seller engages with (or installed), so we ask after the first
 * saved record and again at install.
 */
let asked = false;

export async function requestPersistence(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  if (await navigator.storage.persisted()) return true;
  return navigator.storage.persist();
}

/** Called after a successful write: asks once per session, never blocks the write. */
export function persistAfterFirstWrite(): void {
  if (asked) return;
  asked = true;
  requestPersistence().catch(() => {
    asked = false;
  });
}

export interface StorageInfo {
  persisted: boolean;
  usage?: number;
  quota?: number;
}

export async function storageInfo(): Promise<StorageInfo> {
  const persisted = (await navigator.storage?.persisted?.()) ?? false;
  const estimate = await navigator.storage?.estimate?.();
  return { persisted, usage: estimate?.usage, quota: estimate?.quota };
}
