/**
 * The languages the app speaks. Adding one is a folder of dictionaries in src/i18n/ (named by its
 * code, typed by the French files) and one line here. `locale` is what every Intl formatter of the
 * language uses: Arabic writes Latin digits and a 24-hour clock, as prices and times are written in
 * the Maghreb (Intl's plain `ar` writes Arabic-Indic digits).
 */
export const LANGUAGES = {
  fr: { name: 'Français', dir: 'ltr', locale: 'fr' },
  en: { name: 'English', dir: 'ltr', locale: 'en' },
  ar: { name: 'العربية', dir: 'rtl', locale: 'ar-u-hc-h23-nu-latn' },
} as const satisfies Record<string, { name: string; dir: 'ltr' | 'rtl'; locale: string }>;

export type Language = keyof typeof LANGUAGES;

export const LANGUAGE_CODES = Object.keys(LANGUAGES) as Language[];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && Object.hasOwn(LANGUAGES, value);
}

/** The Intl locale of a language: pass it to every NumberFormat, DateTimeFormat, PluralRules… */
export function intlLocale(lang: Language): string {
  return LANGUAGES[lang].locale;
}

/**
 * Text that reads left to right whatever surrounds it (a phone number, "+225"): inside Arabic,
 * "+225" would show as "225+" and "07 07 12" as "12 07 07". A left-to-right mark before it, and
 * one after (so a following full stop stays after it): plain characters every phone renders,
 * fit for <option> labels, a canvas and WhatsApp texts alike.
 */
export function leftToRight(text: string): string {
  return text ? `\u200e${text}\u200e` : text;
}

/**
 * Where the last session's language is kept (localStorage, beside the notebook): read before any
 * script of the app by the start frame (index.html) and by the first render, so a seller who
 * chose English (or a right-to-left language) never sees a French first frame.
 */
export const LANGUAGE_MEMORY_KEY = 'assoh-lang';
