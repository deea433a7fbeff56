import { describe, expect, it } from 'vitest';
import { formatMoney, formatNumber, fractionDigits } from './money';

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
});

describe('numbers in Arabic', () => {
  it('are written with Latin digits, as prices are in the Maghreb', () => {
    expect(formatNumber(1500, 'ar')).toBe('1,500');
    expect(formatMoney(150000, 'XOF', 'ar')).toBe('150,000\u00a0FCFA');
    expect(formatMoney(1250, 'MAD', 'ar')).toMatch(/^\u200f?12\.5\u00a0د\.م\.\u200f?$/);
  });
});
