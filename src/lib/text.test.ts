import { describe, expect, it } from 'vitest';
import { fold, graphemeLength, searchWords, tidy } from './text';

describe('fold', () => {
  it('makes accents, case and punctuation vanish', () => {
    expect(fold('Adèle')).toBe('adele');
    expect(fold('  ÉLÉONORE ')).toBe('eleonore');
    expect(fold("N'Guessan")).toBe('n guessan');
    expect(fold('Zoé-Fatou')).toBe('zoe fatou');
    expect(fold('Cœur')).toBe('coeur');
  });
  it('keeps letters of other scripts and drops emoji', () => {
    expect(fold('فاطمة')).toBe('فاطمة');
    expect(fold('Awa 🌶️')).toBe('awa');
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
});

describe('tidy and graphemeLength', () => {
  it('collapses white space but keeps spelling', () => {
    expect(tidy('  Maman   Awa ')).toBe('Maman Awa');
  });
  it('counts an emoji as one character', () => {
    expect(graphemeLength('Awa 👩🏾‍🌾')).toBe(5);
  });
});
