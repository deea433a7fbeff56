/**
 * The default message texts of every language (src/i18n/<lang>/templates.ts). Unlike the other
 * dictionaries they are all bundled with the screens that prepare messages, not fetched on
 * demand: a message is written inside a database transaction, which cannot wait for a file, and in
 * the seller's saved language whatever the screen shows. They are a few hundred bytes each.
 */
import type { Language } from '../lib/languages';
import { intlLocale } from '../lib/languages';
import { fold, tidy } from '../lib/text';
import { frenchWeekday } from '../lib/french';
import type { TemplateKind, TemplateValues } from '../lib/templates';
import type fr from './fr/templates';

type Texts = Record<keyof typeof fr, string>;

const FILES = import.meta.glob<Texts>('./*/templates.ts', { import: 'default', eager: true });

function texts(lang: Language): Texts {
  const found = FILES[`./${lang}/templates.ts`];
  if (!found) throw new Error(`no templates for ${lang}`);
  return found;
}

/** The text a message of `kind` starts from when the seller has not written her own. */
export function defaultTemplate(lang: Language, kind: TemplateKind): string {
  return texts(lang)[`template.${kind}`];
}

export function templateText(
  kind: TemplateKind,
  custom: Partial<Record<TemplateKind, string>> | undefined,
  lang: Language,
): string {
  return custom?.[kind]?.trim() || defaultTemplate(lang, kind);
}

/** The day of the market as a message says it: "samedi", "on Saturday", "يوم السبت", "tous les jours". */
export function marketDayText(day: number, lang: Language): string {
  const words = texts(lang);
  if (day < 0 || day > 6) return words['template.everyDay'];
  // 4 January 1970 was a Sunday (getDay() === 0); noon UTC keeps every time zone on that date.
  const date = Date.UTC(1970, 0, 4 + day, 12);
  const name =
    (intlLocale(lang) === 'fr' ? frenchWeekday(day) : null) ??
    new Intl.DateTimeFormat(intlLocale(lang), { weekday: 'long', timeZone: 'UTC' }).format(date);
  return words['template.onDay'].replace('{day}', name);
}

/**
 * The market as a sentence says it: "marché d'Adjamé", "marché de Treichville", "Adjamé
 * market", "سوق إنزكان"; a name that already holds the word stays as typed ("Grand marché de
 * Bouaké"), so that a message never says "marché de marché".
 */
export function marketPhrase(name: string, lang: Language): string {
  const words = texts(lang);
  const typed = tidy(name);
  const folded = fold(typed);
  if (folded.split(' ').includes(fold(words['template.marketWord']))) return typed;
  const key = /^[aeiouyh]/.test(folded) ? 'template.marketVowel' : 'template.market';
  return words[key].replace('{name}', typed);
}

interface SellerLike {
  sellerName: string;
  marketName: string;
  marketDay: number;
  language: Language;
}

/** What every message knows of the seller: {vendeur}, {marche} ("marché d'Adjamé"), {jour}. */
export function sellerValues(s: SellerLike): TemplateValues {
  return {
    vendeur: s.sellerName,
    marche: marketPhrase(s.marketName, s.language),
    jour: marketDayText(s.marketDay, s.language),
  };
}
