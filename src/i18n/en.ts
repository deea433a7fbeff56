import { coreEn } from './core.en';
import type { MessageKey } from './fr';

/** English: the second language, loaded only when chosen. */
export const en: Record<MessageKey, string> = {
  ...coreEn,
};
