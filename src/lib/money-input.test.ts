import { describe, expect, it } from 'vitest';
import { amountInputValue, parseAmount } from './money-input';

describe('money input', () => {
  it('reads what the seller types', () => {
    expect(parseAmount('1 500', 'XOF')).toEqual({ ok: true, minor: 1500 });
    expect(parseAmount('1.500', 'XOF')).toEqual({ ok: true, minor: 1500 });
    expect(parseAmount('500 F', 'XOF')).toEqual({ ok: true, minor: 500 });
    expect(parseAmount('12,50', 'MAD')).toEqual({ ok: true, minor: 1250 });
    expect(parseAmount('12,5', 'XOF')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseAmount('-3', 'XOF')).toEqual({ ok: false, reason: 'negative' });
    expect(parseAmount('abc', 'XOF')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseAmount('', 'XOF')).toEqual({ ok: false, reason: 'empty' });
    expect(parseAmount('99999999999999999', 'XOF')).toEqual({ ok: false, reason: 'too-large' });
    // No larger than a backup file may hold (lib/limits.ts), so what is saved always restores.
    expect(parseAmount('100000000000', 'XOF')).toEqual({ ok: true, minor: 1e11 });
    expect(parseAmount('100000000001', 'XOF')).toEqual({ ok: false, reason: 'too-large' });
  });
  it('gives back a typed amount for editing', () => {
    expect(amountInputValue(1500, 'XOF')).toBe('1500');
    expect(amountInputValue(1250, 'MAD')).toBe('12,5');
  });
});

describe('money as it is typed', () => {
  const reads = (input: string, currency: string, minor: number) =>
    expect(parseAmount(input, currency), input).toEqual({ ok: true, minor });

  it('reads the franc CFA by any of its names, before or after the amount', () => {
    reads('500 F', 'XOF', 500);
    reads('500F', 'XOF', 500);
    reads('500 FCFA', 'XOF', 500);
    reads('500 F CFA', 'XOF', 500);
    reads('500 CFA', 'XOF', 500);
    reads('500 XOF', 'XOF', 500);
    reads('500 XAF', 'XAF', 500);
    reads('500 xaf', 'XOF', 500);
    reads('FCFA 500', 'XOF', 500);
  });

  it('reads other currencies of the region in front of the amount', () => {
    reads('GNF 500', 'GNF', 500);
    reads('500 FG', 'GNF', 500);
    reads('DH 12', 'MAD', 1200);
    reads('12 DH', 'MAD', 1200);
    reads('1500 DA', 'DZD', 150000);
  });

  it('reads thousands grouped with a dot, a comma or a space', () => {
    reads('1.500', 'XOF', 1500);
    reads('1,500', 'XOF', 1500);
    reads('1 500', 'XOF', 1500);
    reads('1\u00a0500', 'XOF', 1500);
    reads('1\u202f500 FCFA', 'XOF', 1500);
    reads('1.500.000', 'XOF', 1500000);
    reads('10 000 F', 'XOF', 10000);
  });

  it('tells decimals from thousands in a currency with decimals', () => {
    reads('12,50', 'MAD', 1250);
    reads('12.5', 'MAD', 1250);
    reads('1.500,50', 'MAD', 150050);
    reads('1,500.50', 'MAD', 150050);
    reads('1 500,5', 'MAD', 150050);
    // Three digits after a lone mark group thousands, unless the currency has three decimals.
    reads('1.500', 'MAD', 150000);
    reads('1.500', 'TND', 1500);
  });

  it('reads Arabic-Indic and Persian digits', () => {
    reads('١٥٠٠', 'XOF', 1500);
    reads('۱۵۰۰', 'XOF', 1500);
    reads('١٬٥٠٠', 'XOF', 1500);
    reads('١٢٫٥', 'MAD', 1250);
  });

  it('reads the currency words a seller in the Maghreb types in Arabic', () => {
    reads('15 درهم', 'MAD', 1500);
    reads('15 دراهم', 'MAD', 1500);
    reads('١٥ درهمًا', 'MAD', 1500);
    reads('درهم 15', 'MAD', 1500);
    reads('15 د.م.', 'MAD', 1500);
    reads('200 دينار', 'DZD', 20000);
    reads('200 د.ج', 'DZD', 20000);
    reads('3 د.ت', 'TND', 3000);
    reads('100 أوقية', 'MRU', 10000);
    // An Arabic keyboard may leave direction marks around the digits.
    reads('\u200f15\u200f درهم', 'MAD', 1500);
  });

  it('still refuses what is not an amount', () => {
    expect(parseAmount('1.5.00', 'XOF').ok).toBe(false);
    expect(parseAmount('15 ريال', 'MAD').ok).toBe(false);
    expect(parseAmount('1 50', 'XOF').ok).toBe(false);
    expect(parseAmount('12,', 'MAD').ok).toBe(false);
    expect(parseAmount('12,345', 'MAD').ok).toBe(true);
    expect(parseAmount('12,345', 'TND')).toEqual({ ok: true, minor: 12345 });
    expect(parseAmount('1,5,00', 'MAD').ok).toBe(false);
    expect(parseAmount('FCFA', 'XOF')).toEqual({ ok: false, reason: 'empty' });
    expect(parseAmount('− 3', 'XOF')).toEqual({ ok: false, reason: 'negative' });
  });
});
