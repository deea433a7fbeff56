import { describe, expect, it } from 'vitest';
import { getCountryCallingCode, type CountryCode } from 'libphonenumber-js/max';
import { COUNTRIES } from './countries';
import { formatPhone, parsePhone, waDigits } from './phone';

describe('parsePhone (full metadata, seller country as default)', () => {
  it("Côte d'Ivoire: 10 digits typed with spaces, the leading 0 stays", async () => {
    expect(await parsePhone('07 07 12 34 56', 'CI')).toMatchObject({
      ok: true,
      e164: '+2250707123456',
    });
  });
  it('Benin: the new 01 prefix of 2024', async () => {
    expect(await parsePhone('01 97 12 34 56', 'BJ')).toMatchObject({
      ok: true,
      e164: '+2290197123456',
    });
    expect(await parsePhone('+229 01 97 12 34 56', 'CI')).toMatchObject({
      ok: true,
      e164: '+2290197123456',
    });
  });
  it('Morocco: the trunk 0 is dropped', async () => {
    expect(await parsePhone('06 12 34 56 78', 'MA')).toMatchObject({
      ok: true,
      e164: '+212612345678',
    });
  });
  it('Senegal and Cameroon', async () => {
    expect(await parsePhone('77 123 45 67', 'SN')).toMatchObject({
      ok: true,
      e164: '+221771234567',
    });
    expect(await parsePhone('6 71 23 45 67', 'CM')).toMatchObject({
      ok: true,
      e164: '+237671234567',
    });
  });
  it('an international number typed with + or 00 ignores the default country', async () => {
    expect(await parsePhone('+33 6 12 34 56 78', 'CI')).toMatchObject({
      ok: true,
      e164: '+33612345678',
    });
    expect(await parsePhone('00 221 77 123 45 67', 'CI')).toMatchObject({
      ok: true,
      e164: '+221771234567',
    });
  });
  it('refuses garbage, short and long numbers with a reason', async () => {
    expect(await parsePhone('', 'CI')).toEqual({ ok: false, reason: 'empty' });
    expect(await parsePhone('bonjour', 'CI')).toEqual({ ok: false, reason: 'too-short' });
    expect(await parsePhone('07 07', 'CI')).toEqual({ ok: false, reason: 'too-short' });
    expect(await parsePhone('07 07 12 34 56 78 90', 'CI')).toEqual({
      ok: false,
      reason: 'too-long',
    });
    // The old 8-digit Ivorian plan is gone since 2021.
    expect((await parsePhone('07 12 34 56', 'CI')).ok).toBe(false);
  });
  it('formats the way the number’s country writes it', async () => {
    expect(await formatPhone('+2250707123456', 'CI')).toBe('07 07 12 3456');
    expect(await formatPhone('+2290197123456', 'CI')).toBe('+229 01 97 12 34 56');
  });
  it('gives wa.me the digits only', () => {
    expect(waDigits('+2250707123456')).toBe('2250707123456');
  });
});

describe('COUNTRIES', () => {
  it('has the dialling code libphonenumber-js knows for each country', () => {
    for (const c of COUNTRIES)
      expect(getCountryCallingCode(c.code as CountryCode), c.code).toBe(c.callingCode);
  });
});
