import { followupFr } from './followup.fr';
import { coreFr } from './core.fr';
import { storiesFr } from './stories.fr';
import { stallFr } from './stall.fr';
import { backupFr } from './backup.fr';

/**
 * French: the default language. Every visible string lives in a `<area>.fr.ts` file beside this
 * one, with its English twin in `<area>.en.ts`; the type below makes a missing English key an error.
 */
export const fr = {
  ...coreFr,
  ...followupFr,
  ...backupFr,
  ...stallFr,
  ...storiesFr,
};

export type MessageKey = keyof typeof fr;
