import { describe, expect, it } from 'vitest';
import { allowsFraction, parseQuantity } from './quantity';

describe('parseQuantity', () => {
  it('reads what the seller types, decimals only for what is weighed or measured', () => {
    expect(parseQuantity('5', 'tas')).toEqual({ ok: true, value: 5 });
    expect(parseQuantity(' 12 ', 'sachet')).toEqual({ ok: true, value: 12 });
    expect(parseQuantity('1,5', 'kg')).toEqual({ ok: true, value: 1.5 });
    expect(parseQuantity('0.25', 'Litres')).toEqual({ ok: true, value: 0.25 });
    expect(parseQuantity('1,5', 'tas')).toEqual({ ok: false, reason: 'whole' });
    expect(parseQuantity('', 'tas')).toEqual({ ok: false, reason: 'empty' });
    expect(parseQuantity('0', 'tas')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseQuantity('deux', 'tas')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseQuantity('1 000', 'tas')).toEqual({ ok: false, reason: 'too-large' });
    expect(parseQuantity('999', 'tas')).toEqual({ ok: true, value: 999 });
  });

  it('reads Arabic-Indic and Persian digits and the Arabic decimal mark as the same figures', () => {
    expect(parseQuantity('٥', 'tas')).toEqual({ ok: true, value: 5 });
    expect(parseQuantity('۱۲', 'sachet')).toEqual({ ok: true, value: 12 });
    expect(parseQuantity('١٫٥', 'kg')).toEqual({ ok: true, value: 1.5 });
    expect(parseQuantity('\u200f٣', 'tas')).toEqual({ ok: true, value: 3 });
    expect(parseQuantity('١٫٥', 'tas')).toEqual({ ok: false, reason: 'whole' });
  });

  it('knows the units that are weighed or measured, accents and case aside', () => {
    expect(['kg', 'Kilo', 'gramme', 'litre', 'L', 'mètre'].every(allowsFraction)).toBe(true);
    expect(['tas', 'sachet', 'pièce', 'sac de 5 kg', 'panier'].some(allowsFraction)).toBe(false);
  });
});
