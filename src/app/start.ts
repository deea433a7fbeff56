import type { AssohDB } from '../db/db';
import type { Settings } from '../lib/domain';
import { getSettings } from '../features/settings/queries';
import { countPending } from '../features/outbox/queries';
import { rememberedLanguage, setLanguage } from '../i18n';
import { readHome } from './home-data';
import { rememberPending } from './layout';

export interface StartData {
  /** undefined: the reads failed; the screens read again themselves (and say what is wrong). */
  settings: Settings | null | undefined;
}

/** The first-run screen's code: fetched during the start's reads when there is no notebook. */
export const loadSetupScreen = () => import('../features/settings/components/setup-screen');

/**
 * Everything the first screen needs, in one round of reads started before React has rendered
 * anything (IndexedDB opens meanwhile): the settings, the home screen's data, the badge, and
 * the strings of the seller's language. React draws the first screen only once all are here,
 * so it never shows a half-filled screen (index.html's start frame stays until then).
 */
export function readStart(db: AssohDB): Promise<StartData> {
  return readAll(db).catch((error: unknown) => {
    console.error('start: reads failed', error);
    return { settings: undefined };
  });
}

async function readAll(db: AssohDB): Promise<StartData> {
  const remembered = rememberedLanguage();
  const [settings] = await Promise.all([
    getSettings(db),
    readHome(db),
    countPending(db).then(rememberPending),
    remembered && remembered !== 'fr' ? setLanguage(remembered) : undefined,
  ]);
  // The notebook's language wins over the remembered one (storage cleared, another tab).
  if (settings) await setLanguage(settings.language);
  else await loadSetupScreen();
  return { settings };
}
