/**
 * The languages the app speaks. Adding one is a folder of dictionaries in src/i18n/ (named by its
 * code, typed by the French files) and one line here.
 */
export const LANGUAGES = {
  fr: { name: 'Français', dir: 'ltr' },
  en: { name: 'English', dir: 'ltr' },
} as const satisfies Record<string, { name: string; dir: 'ltr' | 'rtl' }>;

export type Language = keyof typeof LANGUAGES;

export const LANGUAGE_CODES = Object.keys(LANGUAGES) as Language[];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && Object.hasOwn(LANGUAGES, value);
}

/**
 * Where the last session's language is kept (localStorage, beside the notebook): read before any
 * script of the app by the start frame (index.html) and by the first render, so a seller who
 * chose English (or a right-to-left language) never sees a French first frame.
 */
export const LANGUAGE_MEMORY_KEY = 'assoh-lang';
