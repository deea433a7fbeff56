import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../lib/languages';
import { pluralKey } from './index';

/** Every dictionary file of every language, by path ("./ar/stall.ts"). */
const FILES = import.meta.glob<Record<string, string>>(['./*/*.ts', '!./**/*.test.ts'], {
  import: 'default',
  eager: true,
});

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const PLURAL = /\.(zero|one|two|few|many|other)$/;

describe('dictionaries', () => {
  it('exist for every language the app offers, area by area', () => {
    const areas = Object.keys(FILES)
      .filter((p) => p.startsWith('./fr/'))
      .map((p) => p.slice('./fr/'.length));
    for (const lang of LANGUAGE_CODES)
      for (const area of areas) expect(FILES[`./${lang}/${area}`], `${lang}/${area}`).toBeDefined();
  });

  it('keep the French {placeholders} in every translation', () => {
    const wrong: string[] = [];
    for (const [path, dict] of Object.entries(FILES)) {
      if (path.startsWith('./fr/')) continue;
      const french = FILES[path.replace(/^\.\/\w+\//, './fr/')] ?? {};
      for (const [key, text] of Object.entries(dict)) {
        // A language's extra plural forms ("x.few") follow the French "x.other".
        const source = french[key] ?? french[key.replace(PLURAL, '.other')];
        if (source === undefined) {
          wrong.push(`${path} ${key}: no French key`);
          continue;
        }
        let want = placeholders(source);
        // "زبون واحد", "زبونان", "لا زبائن": a form for one number may say it in words.
        if (/\.(zero|one|two)$/.test(key)) want = want.filter((p) => p !== 'n');
        const got = placeholders(text).filter((p) => !/\.(zero|one|two)$/.test(key) || p !== 'n');
        if (want.join() !== got.join()) wrong.push(`${path} ${key}: {${got}} for {${want}}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('pluralKey', () => {
  const dict = { 'x.one': '', 'x.other': '', 'y.one': '', 'y.two': '', 'y.few': '', 'y.other': '' };
  it('picks Arabic’s forms by Intl’s rules, and "other" where a form is missing', () => {
    expect(pluralKey(dict, 'ar', 'y', 2)).toBe('y.two');
    expect(pluralKey(dict, 'ar', 'y', 7)).toBe('y.few');
    expect(pluralKey(dict, 'ar', 'y', 103)).toBe('y.few');
    expect(pluralKey(dict, 'ar', 'y', 11)).toBe('y.other');
    expect(pluralKey(dict, 'ar', 'x', 2)).toBe('x.other');
    expect(pluralKey(dict, 'ar', 'x', 1)).toBe('x.one');
  });
  it('keeps French and English as they were', () => {
    expect(pluralKey(dict, 'fr', 'x', 0)).toBe('x.one');
    expect(pluralKey(dict, 'fr', 'x', 2)).toBe('x.other');
    expect(pluralKey(dict, 'en', 'x', 0)).toBe('x.other');
    expect(pluralKey(dict, 'en', 'x', 1)).toBe('x.one');
  });
});
