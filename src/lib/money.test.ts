import { describe, expect, it } from 'vitest';
import { amountInputValue, formatMoney, fractionDigits, parseAmount } from './money';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('money', () => {
  it('knows which currencies have decimals', () => {
    expect(fractionDigits('XOF')).toBe(0);
    expect(fractionDigits('XAF')).toBe(0);
    expect(fractionDigits('MAD')).toBe(2);
    expect(fractionDigits('TND')).toBe(3);
  });
  it('writes FCFA with no decimals, as the stall says it', () => {
    expect(nbsp(formatMoney(1500, 'XOF'))).toBe('1 500 FCFA');
    expect(nbsp(formatMoney(250000, 'XAF'))).toBe('250 000 FCFA');
    expect(nbsp(formatMoney(1250, 'MAD'))).toBe('12,5 MAD');
  });
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
  });
  it('gives back a typed amount for editing', () => {
    expect(amountInputValue(1500, 'XOF')).toBe('1500');
    expect(amountInputValue(1250, 'MAD')).toBe('12,5');
  });
});
