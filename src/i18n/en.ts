import { followupEn } from './followup.en';
import { coreEn } from './core.en';
import { storiesEn } from './stories.en';
import { stallEn } from './stall.en';
import type { MessageKey } from './fr';
import { backupEn } from './backup.en';

/** English: the second language, loaded only when chosen. */
export const en: Record<MessageKey, string> = {
  ...coreEn,
  ...followupEn,
  ...backupEn,
  ...stallEn,
  ...storiesEn,
};
