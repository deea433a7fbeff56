import { intlLocale, type Language } from './languages';

/** The sellers' countries: dialling code (checked against libphonenumber-js in a test) and currency. */
export interface Country {
  code: string;
  callingCode: string;
  currency: string;
}

export const COUNTRIES: readonly Country[] = [
  // UEMOA: franc CFA of the BCEAO (XOF)
  { code: 'BJ', callingCode: '229', currency: 'XOF' },
  { code: 'BF', callingCode: '226', currency: 'XOF' },
  { code: 'CI', callingCode: '225', currency: 'XOF' },
  { code: 'GW', callingCode: '245', currency: 'XOF' },
  { code: 'ML', callingCode: '223', currency: 'XOF' },
  { code: 'NE', callingCode: '227', currency: 'XOF' },
  { code: 'SN', callingCode: '221', currency: 'XOF' },
  { code: 'TG', callingCode: '228', currency: 'XOF' },
  // CEMAC: franc CFA of the BEAC (XAF)
  { code: 'CM', callingCode: '237', currency: 'XAF' },
  { code: 'CF', callingCode: '236', currency: 'XAF' },
  { code: 'TD', callingCode: '235', currency: 'XAF' },
  { code: 'CG', callingCode: '242', currency: 'XAF' },
  { code: 'GQ', callingCode: '240', currency: 'XAF' },
  { code: 'GA', callingCode: '241', currency: 'XAF' },
  // Maghreb
  { code: 'MA', callingCode: '212', currency: 'MAD' },
  { code: 'DZ', callingCode: '213', currency: 'DZD' },
  { code: 'TN', callingCode: '216', currency: 'TND' },
  { code: 'MR', callingCode: '222', currency: 'MRU' },
  // Others
  { code: 'GN', callingCode: '224', currency: 'GNF' },
  { code: 'CD', callingCode: '243', currency: 'CDF' },
  { code: 'BI', callingCode: '257', currency: 'BIF' },
  { code: 'RW', callingCode: '250', currency: 'RWF' },
  { code: 'DJ', callingCode: '253', currency: 'DJF' },
  { code: 'KM', callingCode: '269', currency: 'KMF' },
  { code: 'MG', callingCode: '261', currency: 'MGA' },
  { code: 'HT', callingCode: '509', currency: 'HTG' },
  { code: 'FR', callingCode: '33', currency: 'EUR' },
  { code: 'BE', callingCode: '32', currency: 'EUR' },
];

export const DEFAULT_COUNTRY = 'CI';

export function findCountry(code: string): Country | undefined {
  return COUNTRIES.find((c) => c.code === code);
}

const regionNames = new Map<Language, Intl.DisplayNames>();

/** The country's name in the seller's language, from the browser's own data (no table to keep). */
export function countryName(code: string, lang: Language): string {
  let names = regionNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([intlLocale(lang)], { type: 'region' });
    regionNames.set(lang, names);
  }
  return names.of(code) ?? code;
}
