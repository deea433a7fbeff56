import type { AssohDB } from '../../db/db';
import { WHOLE_NOTEBOOK, type SyncConfig } from '../../db/sync-state';
import { ValidationError, type FieldError } from '../../i18n/errors';
import { checkAddress, type SyncInput } from './address';

const NAME_MAX = 200;

/**
 * "Activer": keeps the three on this phone and asks for a whole comparison of the notebook with
 * the server, the first time and after every time sync was off (changes made meanwhile were not
 * noted). Nothing leaves the phone here: the worker's first round does that.
 */
export async function enableSync(
  db: AssohDB,
  input: SyncInput,
  origins: readonly string[],
  now = Date.now(),
): Promise<SyncConfig> {
  const errors: Record<string, FieldError> = {};
  const address = checkAddress(input.url, origins);
  if (!address.ok) errors.url = address.error;
  const username = input.username.trim();
  if (!username || username.length > NAME_MAX) errors.username = { key: 'sync.errorUsername' };
  if (!input.password || input.password.length > NAME_MAX)
    errors.password = { key: 'sync.errorPassword' };
  if (!address.ok || Object.keys(errors).length > 0) throw new ValidationError(errors);
  const config: SyncConfig = {
    id: 'config',
    url: address.url,
    username,
    password: input.password,
    enabled: true,
    since: now,
  };
  await db.transaction('rw', db.sync, db.syncQueue, async () => {
    await db.sync.put(config);
    await db.sync.put({ id: 'status', kind: 'syncing', at: now });
    await db.syncQueue.put({ ...WHOLE_NOTEBOOK, n: Math.random() });
  });
  return config;
}

/**
 * Off: the notebook stays whole on the phone (and the replica, so turning it on again costs no
 * data); the password goes, the address and identifiant stay for next time.
 */
export async function disableSync(db: AssohDB): Promise<void> {
  await db.transaction('rw', db.sync, db.syncQueue, async () => {
    const config = (await db.sync.get('config')) as SyncConfig | undefined;
    if (config) await db.sync.put({ ...config, password: '', enabled: false });
    await db.sync.delete('status');
    await db.syncQueue.clear();
  });
}
