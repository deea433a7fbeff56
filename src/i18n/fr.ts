import { coreFr } from './core.fr';
import type { stallFr } from './stall.fr';
import type { backupFr } from './backup.fr';
import type { followupFr } from './followup.fr';
import type { storiesFr } from './stories.fr';

/**
 * French: the default language. Every visible string lives in a `<area>.fr.ts` file beside this
 * one, with its English twin in `<area>.en.ts` (typed by the French keys, so none is missing).
 * The shell's and the home screen's strings come with the first screen; the other areas' arrive with
 * their screens (see AREAS in index.ts), keeping the first load small.
 */
export const fr = {
  ...coreFr,
};

export type MessageKey =
  | keyof typeof coreFr
  | keyof typeof stallFr
  | keyof typeof backupFr
  | keyof typeof followupFr
  | keyof typeof storiesFr;
