import { useSyncExternalStore } from 'react';
import { create } from 'zustand';
import frCore from './fr/core';
import type { MessageKey } from './keys';
import { frenchSpacing } from '../lib/grammar';
import {
  LANGUAGES,
  LANGUAGE_MEMORY_KEY,
  intlLocale,
  isLanguage,
  type Language,
} from '../lib/languages';
import { frenchPlural } from '../lib/french';
import { formatNumber } from '../lib/money';

export type { MessageKey };
/** French keys, plus the plural forms a language has beyond "one" and "other" ("x.few"…). */
type Dict = Readonly<Record<string, string>>;
export type Params = Record<string, string | number>;

interface I18nState {
  lang: Language;
  /** The language's own copy: an area's strings are added to it in place (see loadArea). */
  dict: Record<string, string>;
}

const useI18nStore = create<I18nState>(() => ({ lang: 'fr', dict: { ...frCore } }));

/**
 * One folder of dictionaries per language (src/i18n/<code>/<area>.ts), each loaded on demand:
 * only French's core comes with the first screen.
 */
const DICTIONARIES = import.meta.glob<Dict>(
  ['./*/*.ts', '!./**/*.test.ts', '!./fr/core.ts', '!./*/templates.ts'],
  { import: 'default' },
);

function dictionary(lang: Language, area: 'core' | Area): Promise<Dict> {
  if (lang === 'fr' && area === 'core') return Promise.resolve(frCore);
  const load = DICTIONARIES[`./${lang}/${area}.ts`];
  if (!load) throw new Error(`no dictionary ${lang}/${area}`);
  return load();
}

/** Strings that come with their screens rather than with the first one. */
export type Area = 'stall' | 'backup' | 'followup' | 'stories' | 'credit' | 'sync';

async function areaStrings(areas: Iterable<Area>, lang: Language): Promise<Dict> {
  const parts = await Promise.all([...areas].map((a) => dictionary(lang, a)));
  return Object.assign({}, ...parts) as Dict;
}

/**
 * Each area's load, under way or done: every caller waits for the same one. Its areas are the
 * loaded ones: a language switch loads them all in the new language.
 */
const areaLoads = new Map<Area, Promise<void>>();

/**
 * Loads an area's strings in the current language; the lazy routes await it with their code.
 * A second call while the first is on its way waits for it: the home screen's Crédits line
 * fetches the credit strings, and a tap on it at once must not draw Crédits before they are in.
 */
export function loadArea(area: Area): Promise<void> {
  const known = areaLoads.get(area);
  if (known) return known;
  const lang = useI18nStore.getState().lang;
  const load = areaStrings([area], lang).then((strings) => {
    // A language switch meanwhile reloads every loaded area itself.
    const state = useI18nStore.getState();
    // Added in place, telling no one: an area brings keys of its own, so no string already on
    // screen changes, and the screens that speak them render after it loads (app/router.tsx).
    // Telling the store would draw every visible text again, on a slow phone, while a screen
    // opens.
    if (state.lang === lang) Object.assign(state.dict, strings);
  });
  areaLoads.set(area, load);
  // A load that failed (its file unreachable) is tried again by the next call.
  load.catch(() => {
    if (areaLoads.get(area) === load) areaLoads.delete(area);
  });
  return load;
}

/**
 * The strings of `lang` (core and every loaded area), with no effect on the document: all that
 * the start frames rendered at build time need (scripts/start-frame-plugin.ts).
 */
export async function switchStrings(lang: Language): Promise<void> {
  if (lang === useI18nStore.getState().lang) return;
  const [base, areas] = await Promise.all([
    dictionary(lang, 'core'),
    areaStrings(areaLoads.keys(), lang),
  ]);
  useI18nStore.setState({ lang, dict: { ...base, ...areas } });
}

/** Switches language; other languages are fetched on demand so French-speaking sellers never pay for them. */
export async function setLanguage(lang: Language): Promise<void> {
  if (lang === useI18nStore.getState().lang) return;
  await switchStrings(lang);
  applyDocumentLanguage(lang);
  rememberLanguage(lang);
}

/** The page's language and direction: screen readers, fonts, hyphenation and right-to-left follow. */
export function applyDocumentLanguage(lang: Language): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = LANGUAGES[lang].dir;
}

const LANG_KEY = LANGUAGE_MEMORY_KEY;

/** Kept beside the notebook so the next start speaks the seller's language from its first frame. */
function rememberLanguage(lang: Language): void {
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch (error) {
    // Storage refused (private mode, full): the settings still hold the language.
    console.warn('language not remembered', error);
  }
}

/** The language of the last session, before the settings are read (null: French). */
export function rememberedLanguage(): Language | null {
  try {
    const lang = localStorage.getItem(LANG_KEY);
    return isLanguage(lang) ? lang : null;
  } catch {
    return null;
  }
}

function interpolate(text: string, params: Params | undefined, lang?: Language): string {
  const filled = params
    ? text.replace(/\{(\w+)\}/g, (m, name: string) =>
        Object.hasOwn(params, name) ? String(params[name]) : m,
      )
    : text;
  // French puts a no-break space before ! ? : ; so that "?" never starts a line alone.
  return lang === 'fr' ? frenchSpacing(filled) : filled;
}

export type T = (key: MessageKey, params?: Params) => string;

/**
 * The `t` of one dictionary: a missing key shows as itself, so it is seen and fixed. In French,
 * a no-break space before ! ? : ; so that "?" never starts a line alone.
 */
export function translator(dict: Dict, lang?: Language): T {
  return (key, params) => interpolate(dict[key] ?? key, params, lang);
}

/** For code outside React (commands' error messages are keys, not text: prefer those). */
export const t: T = (key, params) => {
  const { dict, lang } = useI18nStore.getState();
  return translator(dict, lang)(key, params);
};

/**
 * A piece of the store's state. Its current state on the server too, where zustand would give
 * the initial one (French): the start frames are rendered at build time in every language.
 */
function useI18n<V>(pick: (s: I18nState) => V): V {
  const get = () => pick(useI18nStore.getState());
  return useSyncExternalStore(useI18nStore.subscribe, get, get);
}

export function useT(): T {
  return translator(
    useI18n((s) => s.dict),
    useI18n((s) => s.lang),
  );
}

export function useLang(): Language {
  return useI18n((s) => s.lang);
}

const pluralRules = new Map<Language, Intl.PluralRules>();

/**
 * The key of `base` for the count `n`: French and English have `base.one` / `base.other`; Arabic
 * adds `base.zero`, `base.two`, `base.few` and `base.many` (Intl.PluralRules' categories). A
 * category a dictionary does not have falls back to `base.other`.
 */
export function pluralKey(dict: Dict, lang: Language, base: string, n: number): string {
  // French counts need no Intl at start (see lib/french.ts).
  let category = intlLocale(lang) === 'fr' ? frenchPlural(n) : null;
  if (category === null) {
    let rules = pluralRules.get(lang);
    if (!rules) {
      rules = new Intl.PluralRules(intlLocale(lang));
      pluralRules.set(lang, rules);
    }
    category = rules.select(n);
  }
  const key = `${base}.${category}`;
  return key in dict ? key : `${base}.other`;
}

type PluralBase<K> = K extends `${infer B}.one` ? B : never;
export type PluralKey = PluralBase<MessageKey>;

/** "{n} vente" / "{n} ventes": the form of `base` the language's plural rules pick for `n`. */
export function useTn(): (base: PluralKey, n: number) => string {
  const dict = useI18n((s) => s.dict);
  const lang = useLang();
  return (base, n) => {
    const key = pluralKey(dict, lang, base, n);
    return interpolate(dict[key] ?? key, { n: formatNumber(n, lang) }, lang);
  };
}
