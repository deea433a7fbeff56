import { coreEn } from './core.en';

/** English: the second language, loaded only when chosen; areas as in fr.ts. */
export const en = {
  ...coreEn,
};
