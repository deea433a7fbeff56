import arBackup from '../../src/i18n/ar/backup';
import arCore from '../../src/i18n/ar/core';
import arCredit from '../../src/i18n/ar/credit';
import arFollowup from '../../src/i18n/ar/followup';
import arStall from '../../src/i18n/ar/stall';
import arStories from '../../src/i18n/ar/stories';
import arTemplates from '../../src/i18n/ar/templates';
import enBackup from '../../src/i18n/en/backup';
import enCore from '../../src/i18n/en/core';
import enCredit from '../../src/i18n/en/credit';
import enFollowup from '../../src/i18n/en/followup';
import enStall from '../../src/i18n/en/stall';
import enStories from '../../src/i18n/en/stories';
import enTemplates from '../../src/i18n/en/templates';
import type frTemplates from '../../src/i18n/fr/templates';
import type { MessageKey } from '../../src/i18n/keys';

type Key = MessageKey | keyof typeof frTemplates;
const DICTIONARIES: Record<'ar' | 'en', Record<string, string>> = {
  ar: {
    ...arCore,
    ...arStall,
    ...arFollowup,
    ...arBackup,
    ...arStories,
    ...arTemplates,
    ...arCredit,
  },
  en: {
    ...enCore,
    ...enStall,
    ...enFollowup,
    ...enBackup,
    ...enStories,
    ...enTemplates,
    ...enCredit,
  },
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The app's own words in one language, so one journey drives every language. What the seller
 * reads still has to appear on screen: a French or missing string fails the journey.
 * `say(key, params)` is the text; `like(key, params)` a RegExp of the whole text in which the
 * placeholders not given match anything (an amount, a time).
 */
export function speaking(lang: 'ar' | 'en') {
  const dict = DICTIONARIES[lang];
  const text = (key: Key) => {
    const found = dict[key];
    if (found === undefined) throw new Error(`no ${lang} string ${key}`);
    return found;
  };
  const say = (key: Key, params: Record<string, string> = {}): string =>
    text(key).replace(/\{(\w+)\}/g, (m, name: string) => params[name] ?? m);
  const like = (key: Key, params: Record<string, string> = {}): RegExp =>
    new RegExp(
      `^${text(key)
        .split(/(\{\w+\})/)
        .map((part) => {
          const name = /^\{(\w+)\}$/.exec(part)?.[1];
          if (!name) return escape(part);
          return params[name] === undefined ? '.+?' : escape(params[name]);
        })
        .join('')}$`,
    );
  /** A label that goes on after the string: "Prix (FCFA)", "Valeur estimée (FCFA) (facultatif)". */
  const starts = (key: Key): RegExp => new RegExp(`^${escape(text(key))}`);
  return { say, like, starts };
}
