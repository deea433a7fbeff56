import { describe, expect, it } from 'vitest';
import { getCountryCallingCode, getExampleNumber, type CountryCode } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { COUNTRIES } from './countries';
import { DISPLAY_GROUPS, formatPhone, parsePhone, waDigits } from './phone';

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
    expect(await formatPhone('+2250707123456', 'CI')).toBe('07 07 12 34 56');
    expect(await formatPhone('+2250707123456', 'SN')).toBe('+225 07 07 12 34 56');
    expect(await formatPhone('+221771234567', 'SN')).toBe('77 123 45 67');
    expect(await formatPhone('+2290197123456', 'BJ')).toBe('01 97 12 34 56');
    expect(await formatPhone('+2290197123456', 'CI')).toBe('+229 01 97 12 34 56');
    expect(await formatPhone('+212612345678', 'MA')).toBe('06 12 34 56 78');
  });
  it('keeps the library’s format for a length the table does not know', async () => {
    // An old 8-digit Ivorian number (before 2021): not cut into the 10-digit pairs.
    expect(await formatPhone('+22507123456', 'CI')).toBe('07123456');
  });
  it('gives wa.me the digits only', () => {
    expect(waDigits('+2250707123456')).toBe('2250707123456');
  });
});

/**
 * Each setup-list country's mobile number as people there write it: where the library's national
 * format differs from that habit, DISPLAY_GROUPS in phone.ts says how (CI, CG, HT).
 */
const LOCAL_HABIT: Record<string, string> = {
  BJ: '01 95 12 34 56',
  BF: '70 12 34 56',
  CI: '01 23 45 67 89',
  GW: '955 012 345',
  ML: '65 01 23 45',
  NE: '93 12 34 56',
  SN: '70 123 45 67',
  TG: '90 11 23 45',
  CM: '6 71 23 45 67',
  CF: '70 01 23 45',
  TD: '63 01 23 45',
  CG: '06 123 45 67',
  GQ: '222 123 456',
  GA: '06 03 12 34',
  MA: '06 50 12 34 56',
  DZ: '0551 23 45 67',
  TN: '20 123 456',
  MR: '22 12 34 56',
  GN: '601 12 34 56',
  CD: '0991 234 567',
  BI: '79 56 12 34',
  RW: '0720 123 456',
  DJ: '77 83 10 01',
  KM: '321 23 45',
  MG: '032 12 345 67',
  HT: '3410 1234',
  FR: '06 12 34 56 78',
  BE: '0450 00 12 34',
};

describe('numbers as each country writes them', () => {
  it('shows every setup-list country’s mobile number in its local grouping', async () => {
    for (const c of COUNTRIES) {
      const example = getExampleNumber(c.code as CountryCode, examples);
      if (!example) throw new Error(`no example for ${c.code}`);
      expect(await formatPhone(example.number, c.code), c.code).toBe(LOCAL_HABIT[c.code]);
    }
  });
  it('groups only countries whose national number has no trunk prefix', async () => {
    for (const code of Object.keys(DISPLAY_GROUPS)) {
      const example = getExampleNumber(code as CountryCode, examples);
      if (!example) throw new Error(`no example for ${code}`);
      const national = example.formatNational().replace(/\D/g, '');
      expect(national, code).toBe(example.nationalNumber);
    }
  });
});

describe('COUNTRIES', () => {
  it('has the dialling code libphonenumber-js knows for each country', () => {
    for (const c of COUNTRIES)
      expect(getCountryCallingCode(c.code as CountryCode), c.code).toBe(c.callingCode);
  });
});

describe('phonePrefixesWith (search by the digits of a number)', () => {
  it('reads digits as typed in the seller’s country, or in international form', async () => {
    const { loadPhoneLib, phonePrefixesWith } = await import('./phone');
    const lib = await loadPhoneLib();
    expect(phonePrefixesWith(lib, '0707', 'CI')).toEqual(['+2250707']);
    expect(phonePrefixesWith(lib, '07 07 12', 'CI')).toEqual(['+225070712']);
    expect(phonePrefixesWith(lib, '06', 'MA')).toEqual(['+2126']);
    expect(phonePrefixesWith(lib, '77 1', 'SN')).toEqual(['+221771']);
    expect(phonePrefixesWith(lib, '77 12', 'SN')).toEqual(['+2217712', '+7712']);
    expect(phonePrefixesWith(lib, '+229 01 97', 'CI')).toEqual(['+2290197']);
    expect(phonePrefixesWith(lib, '00229 0197', 'CI')).toEqual(['+2290197']);
    expect(phonePrefixesWith(lib, '2250707', 'CI')).toEqual(['+2252250707', '+2250707']);
    expect(phonePrefixesWith(lib, 'awa', 'CI')).toEqual([]);
  });
});
