import { describe, expect, it } from 'vitest';
import { customerSearchWords, fold, graphemeLength, searchWords, tidy } from './text';

describe('fold', () => {
  it('makes accents, case and punctuation vanish', () => {
    expect(fold('Adèle')).toBe('adele');
    expect(fold('  ÉLÉONORE ')).toBe('eleonore');
    expect(fold('Zoé-Fatou')).toBe('zoe fatou');
    expect(fold('Cœur')).toBe('coeur');
  });

  it('keeps letters of other scripts and drops emoji', () => {
    expect(fold('فاطمة')).toBe('فاطمه');
    expect(fold('Awa 🌶️')).toBe('awa');
    expect(fold('🌶️ 👩🏾‍🌾')).toBe('');
  });

  it('reads the letters of Fula, Hausa, Wolof, Bambara, Ewe and Fon names as plain ones', () => {
    const pairs: Array<[string, string]> = [
      ['ɓ', 'b'],
      ['ɗ', 'd'],
      ['ƴ', 'y'],
      ['ŋ', 'n'],
      ['ɲ', 'n'],
      ['ɛ', 'e'],
      ['ɔ', 'o'],
      ['ø', 'o'],
      ['ł', 'l'],
      ['đ', 'd'],
      ['ɖ', 'd'],
      ['ƙ', 'k'],
      ['ƒ', 'f'],
      ['ɣ', 'g'],
      ['ʋ', 'v'],
    ];
    for (const [letter, plain] of pairs) {
      expect(fold(`a${letter}a`), letter).toBe(`a${plain}a`);
      expect(fold(`a${letter.toLocaleUpperCase('fr')}a`), letter.toUpperCase()).toBe(`a${plain}a`);
    }
    expect(fold('Ɓinta Ɗiallo')).toBe('binta diallo');
    expect(fold('Ŋɔnɔ')).toBe('nono');
    expect(fold('Ɲɛlɛ')).toBe('nele');
    expect(fold('Ƴero')).toBe('yero');
    expect(fold('Søren Łukasz Đorđe')).toBe('soren lukasz dorde');
    expect(fold('Ñdeye')).toBe('ndeye');
  });

  it('keeps an apostrophe inside a name instead of splitting it', () => {
    expect(fold("N'Guessan")).toBe('nguessan');
    expect(fold('N’Guessan')).toBe('nguessan');
    expect(fold('Kaʼbiru')).toBe('kabiru');
  });

  it('gives one spelling to the Arabic forms a name is written in', () => {
    // Alef with hamza above or below, with madda, and alef wasla.
    for (const alef of ['أ', 'إ', 'آ', 'ٱ', 'ا']) expect(fold(`${alef}حمد`), alef).toBe('احمد');
    // Taa marbuta and haa; alef maqsura and yaa.
    expect(fold('عائشة')).toBe(fold('عائشه'));
    expect(fold('مصطفى')).toBe('مصطفي');
    // Tatweel stretches a word without changing it; diacritics (harakat, shadda) go.
    expect(fold('محـــمد')).toBe('محمد');
    expect(fold('مُحَمَّد')).toBe('محمد');
    // Persian keyboard forms of kaf and yeh.
    expect(fold('زکی')).toBe(fold('زكي'));
  });

  it('reads Arabic-Indic and Persian digits as 0–9', () => {
    expect(fold('٠٧٠٧')).toBe('0707');
    expect(fold('۰۷۰۷')).toBe('0707');
  });
});

describe('searchWords', () => {
  it('gathers the folded words of every part, once each', () => {
    expect(searchWords('Adèle', 'du quartier Zongo', undefined)).toEqual([
      'adele',
      'du',
      'quartier',
      'zongo',
    ]);
    expect(searchWords('Awa', 'Awa')).toEqual(['awa']);
  });

  it('finds a name with an apostrophe whole and by its parts', () => {
    expect(searchWords('N’Guessan')).toEqual(['nguessan', 'n', 'guessan']);
    expect(searchWords("Awa d'Adjamé")).toEqual(['awa', 'dadjame', 'd', 'adjame']);
  });

  it('includes the quartier of a customer', () => {
    expect(customerSearchWords({ firstName: 'Awa', area: 'Treichville' })).toEqual([
      'awa',
      'treichville',
    ]);
  });
});

describe('tidy and graphemeLength', () => {
  it('collapses white space but keeps spelling', () => {
    expect(tidy('  Maman   Awa ')).toBe('Maman Awa');
  });
  it('counts an emoji as one character', () => {
    expect(graphemeLength('Awa 👩🏾‍🌾')).toBe(5);
  });
});
