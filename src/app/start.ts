import type { Settings } from '../lib/domain';
import { openNotebook } from '../db/bare';
import { askSearchLines } from '../db/search-lines';
import { loadDb } from '../db/connection';
import { getSettings } from '../features/settings/queries';
import { rememberedLanguage, setLanguage } from '../i18n';
import { forgetHome, rememberHome } from './home-last';
import { rememberPending } from './layout';
import { readStartBare } from './start-reads';
import { takeEarlyOpen } from './early-open';

export interface StartData {
  /** undefined: the reads failed; the screens read again themselves (and say what is wrong). */
  settings: Settings | null | undefined;
}

/** The first-run screen's code: fetched during the start's reads when there is no notebook. */
export const loadSetupScreen = () => import('../features/settings/components/setup-screen');

/**
 * Everything the first screen needs, in one round of reads started before React has rendered
 * anything: the settings, the home screen's data, the badge, and the strings of the seller's
 * language. React draws the first screen only once all are here, so it never shows a
 * half-filled screen (index.html's start frame stays until then).
 */
export function readStart(): Promise<StartData> {
  return readAll().catch((error: unknown) => {
    console.error('start: reads failed', error);
    return { settings: undefined };
  });
}

async function readAll(): Promise<StartData> {
  const remembered = rememberedLanguage();
  const [settings] = await Promise.all([
    readNotebook(),
    remembered && remembered !== 'fr' ? setLanguage(remembered) : undefined,
  ]);
  // The notebook's language wins over the remembered one (storage cleared, another tab).
  if (settings) await setLanguage(settings.language);
  else await loadSetupScreen();
  return { settings };
}

/**
 * Bare IndexedDB first (start-reads.ts): Dexie's code then loads after the first screen. When the
 * notebook is not there as the latest version stores it (a first visit, a migration to run, an
 * open that fails or waits, a read that fails), through Dexie, as the screens would.
 */
export async function readNotebook(factory?: IDBFactory, name?: string): Promise<Settings | null> {
  // The app's own notebook: opened already by index.html's launch script, as a rule.
  const early = (factory ?? name) === undefined ? takeEarlyOpen() : undefined;
  const idb = await (early ?? openNotebook(factory, name));
  if (idb) {
    try {
      const bare = await readStartBare(idb);
      if (bare.home && bare.settings) rememberHome(bare.home);
      if (bare.pending !== undefined) rememberPending(bare.pending);
      if (bare.settings) askSearchLines(idb);
      return bare.settings;
    } catch (error) {
      console.warn('start: bare reads failed, reading through Dexie', error);
    } finally {
      idb.close();
    }
  }
  const [db, { readHome }, { countPending }] = await Promise.all([
    loadDb(),
    import('./home-data'),
    import('../features/outbox/queries'),
  ]);
  const [settings] = await Promise.all([
    getSettings(db),
    readHome(db),
    countPending(db).then(rememberPending),
  ]);
  if (!settings) forgetHome();
  return settings;
}
