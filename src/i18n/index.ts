import { create } from 'zustand';
import frCore from './fr/core';
import type { MessageKey } from './keys';
import { frenchSpacing } from '../lib/grammar';
import { LANGUAGES, isLanguage, type Language } from '../lib/languages';

export type { MessageKey };
type Dict = Partial<Record<MessageKey, string>>;
export type Params = Record<string, string | number>;

interface I18nState {
  lang: Language;
  dict: Dict;
}

const useI18nStore = create<I18nState>(() => ({ lang: 'fr', dict: frCore }));

/**
 * One folder of dictionaries per language (src/i18n/<code>/<area>.ts), each loaded on demand:
 * only French's core comes with the first screen.
 */
const DICTIONARIES = import.meta.glob<Dict>(['./*/*.ts', '!./**/*.test.ts', '!./fr/core.ts'], {
  import: 'default',
});

function dictionary(lang: Language, area: 'core' | Area): Promise<Dict> {
  if (lang === 'fr' && area === 'core') return Promise.resolve(frCore);
  const load = DICTIONARIES[`./${lang}/${area}.ts`];
  if (!load) throw new Error(`no dictionary ${lang}/${area}`);
  return load();
}

/** Strings that come with their screens rather than with the first one. */
export type Area = 'stall' | 'backup' | 'followup' | 'stories';
const loadedAreas = new Set<Area>();

async function areaStrings(areas: Iterable<Area>, lang: Language): Promise<Dict> {
  const parts = await Promise.all([...areas].map((a) => dictionary(lang, a)));
  return Object.assign({}, ...parts) as Dict;
}

/** Loads an area's strings in the current language; the lazy routes await it with their code. */
export async function loadArea(area: Area): Promise<void> {
  if (loadedAreas.has(area)) return;
  loadedAreas.add(area);
  const lang = useI18nStore.getState().lang;
  const strings = await areaStrings([area], lang);
  // A language switch meanwhile reloads every loaded area itself.
  if (useI18nStore.getState().lang === lang)
    useI18nStore.setState((s) => ({ dict: { ...s.dict, ...strings } }));
}

/** Switches language; other languages are fetched on demand so French-speaking sellers never pay for them. */
export async function setLanguage(lang: Language): Promise<void> {
  if (lang === useI18nStore.getState().lang) return;
  const [base, areas] = await Promise.all([
    dictionary(lang, 'core'),
    areaStrings(loadedAreas, lang),
  ]);
  useI18nStore.setState({ lang, dict: { ...base, ...areas } });
  document.documentElement.lang = lang;
  document.documentElement.dir = LANGUAGES[lang].dir;
  rememberLanguage(lang);
}

const LANG_KEY = 'assoh-lang';

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

function interpolate(text: string, params: Params | undefined, lang: Language): string {
  const filled = params
    ? text.replace(/\{(\w+)\}/g, (m, name: string) =>
        Object.hasOwn(params, name) ? String(params[name]) : m,
      )
    : text;
  // French puts a no-break space before ! ? : ; so that "?" never starts a line alone.
  return lang === 'fr' ? frenchSpacing(filled) : filled;
}

export type T = (key: MessageKey, params?: Params) => string;

/** For code outside React (commands' error messages are keys, not text: prefer those). */
export const t: T = (key, params) => {
  const { dict, lang } = useI18nStore.getState();
  return interpolate(dict[key] ?? key, params, lang);
};

export function useT(): T {
  const dict = useI18nStore((s) => s.dict);
  const lang = useI18nStore((s) => s.lang);
  return (key, params) => interpolate(dict[key] ?? key, params, lang);
}

export function useLang(): Language {
  return useI18nStore((s) => s.lang);
}

/** Plural choice through Intl rules: keys `x.one` / `x.other`. */
export function plural(lang: Language, n: number): 'one' | 'other' {
  return new Intl.PluralRules(lang).select(n) === 'one' ? 'one' : 'other';
}

type PluralBase<K> = K extends `${infer B}.one` ? B : never;
export type PluralKey = PluralBase<MessageKey>;

/** "{n} vente" / "{n} ventes": picks `base.one` or `base.other` by the language's plural rules. */
export function useTn(): (base: PluralKey, n: number) => string {
  const t = useT();
  const lang = useLang();
  return (base, n) =>
    t(`${base}.${plural(lang, n)}` as MessageKey, { n: new Intl.NumberFormat(lang).format(n) });
}
