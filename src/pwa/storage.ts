import { whenQuietOrLeaving } from '../ui/idle';

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

/**
 * Called after a successful write: asks once per session, when the phone is next idle (or the
 * seller leaves the app). Not in the write's own task: the page's first touch of
 * `navigator.storage` makes its object (16 ms of a traced sale at 6× CPU, the session's first
 * write), and the screen the write leads to (her card after a sale) would wait for it.
 */
export function persistAfterFirstWrite(): void {
  if (asked) return;
  asked = true;
  void whenQuietOrLeaving(5000)
    .then(requestPersistence)
    .catch(() => {
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
