import { afterEach, describe, expect, it, vi } from 'vitest';
import { openAtVersion } from '../db/bare';
import { createDb, DB_NAME } from '../db/db';
import { NATIVE_VERSION } from '../db/schema';
import { sellerSettings } from '../features/backup/fixtures';
import { EARLY_OPEN_KEY, openEarly, takeEarlyOpen } from './early-open';
import { readNotebook } from './start';

const CONFIG = { key: EARLY_OPEN_KEY, name: DB_NAME, version: NATIVE_VERSION };
const slots = globalThis as unknown as Record<string, unknown>;

afterEach(() => {
  delete slots[EARLY_OPEN_KEY];
  vi.restoreAllMocks();
});

async function notebook(): Promise<void> {
  const db = createDb(DB_NAME);
  await db.delete();
  await db.open();
  await db.settings.put(sellerSettings(Date.UTC(2026, 9, 1)));
  db.close();
}

describe('the notebook opened by the launch script', () => {
  it('is the one the start reads: IndexedDB opens once', async () => {
    await notebook();
    const opens = vi.spyOn(indexedDB, 'open');
    openEarly(openAtVersion, CONFIG);
    expect(opens).toHaveBeenCalledTimes(1);
    expect(await readNotebook()).toMatchObject({ sellerName: 'Maman Awa' });
    expect(opens).toHaveBeenCalledTimes(1);
  });

  it('opens nothing when the app came first: the app opens and closes its own', async () => {
    await notebook();
    const opens = vi.spyOn(indexedDB, 'open');
    expect(await readNotebook()).toMatchObject({ sellerName: 'Maman Awa' });
    openEarly(openAtVersion, CONFIG);
    expect(opens).toHaveBeenCalledTimes(1);
    expect(takeEarlyOpen()).toBeUndefined();
  });

  it('is taken once', async () => {
    await notebook();
    openEarly(openAtVersion, CONFIG);
    const early = takeEarlyOpen();
    expect(early).toBeInstanceOf(Promise);
    expect(takeEarlyOpen()).toBeUndefined();
    (await early)?.close();
  });

  it('leaves the start to Dexie where there is no IndexedDB', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('refused', 'SecurityError');
    });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    openEarly(openAtVersion, CONFIG);
    expect(await takeEarlyOpen()).toBeNull();
  });
});
