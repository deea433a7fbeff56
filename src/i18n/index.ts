import { create } from 'zustand';
import { fr, type MessageKey } from './fr';
import type { Language } from '../db/types';

export type { MessageKey };
type Dict = Record<MessageKey, string>;
export type Params = Record<string, string | number>;

interface I18nState {
  lang: Language;
  dict: Dict;
}

const useI18nStore = create<I18nState>(() => ({ lang: 'fr', dict: fr }));

/** Switches language; English is fetched on demand so French-speaking sellers never pay for it. */
export async function setLanguage(lang: Language): Promise<void> {
  if (lang === useI18nStore.getState().lang) return;
  const dict = lang === 'en' ? (await import('./en')).en : fr;
  useI18nStore.setState({ lang, dict });
  document.documentElement.lang = lang;
}

function interpolate(text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) =>
    name in params ? String(params[name]) : m,
  );
}

export type T = (key: MessageKey, params?: Params) => string;

/** For code outside React (commands' error messages are keys, not text: prefer those). */
export const t: T = (key, params) => interpolate(useI18nStore.getState().dict[key], params);

export function useT(): T {
  const dict = useI18nStore((s) => s.dict);
  return (key, params) => interpolate(dict[key], params);
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
