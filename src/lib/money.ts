import { frenchWhole } from './french';
import { intlLocale, type Language } from './languages';

/**
 * Amounts are stored as whole numbers of the currency's smallest unit in use
 * (1 franc CFA, 1 centime of dirham), so sums never drift.
 */
const digitsCache = new Map<string, number>();

export function fractionDigits(currency: string): number {
  // ISO 4217: the franc CFA has no minor unit. Known without Intl's currency data, whose first
  // load cost the home screen's first figures tens of milliseconds on a slow phone.
  if (isCfa(currency)) return 0;
  let d = digitsCache.get(currency);
  if (d === undefined) {
    d =
      new Intl.NumberFormat('fr', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits ?? 0;
    digitsCache.set(currency, d);
  }
  return d;
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(currency: string, lang: Language): Intl.NumberFormat {
  const key = `${lang}|${currency}`;
  const locale = intlLocale(lang);
  let f = formatters.get(key);
  if (!f) {
    const digits = fractionDigits(currency);
    // On the stall everyone says "FCFA", whichever bank issues it (XOF or XAF).
    f = isCfa(currency)
      ? new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })
      : new Intl.NumberFormat(locale, {
          style: 'currency',
          currency,
          minimumFractionDigits: 0,
          maximumFractionDigits: digits,
        });
    formatters.set(key, f);
  }
  return f;
}

function isCfa(currency: string): boolean {
  return currency === 'XOF' || currency === 'XAF';
}

export function formatMoney(minor: number, currency: string, lang: Language = 'fr'): string {
  // Francs CFA in French, the home screen's figures, need no Intl (see french.ts).
  const whole = isCfa(currency) && intlLocale(lang) === 'fr' ? frenchWhole(minor) : null;
  const text = whole ?? formatter(currency, lang).format(minor / 10 ** fractionDigits(currency));
  return isCfa(currency) ? `${text}\u00a0FCFA` : text;
}

/** The short currency label shown beside amount fields. */
export function currencyLabel(currency: string): string {
  return isCfa(currency) ? 'FCFA' : currency;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Quantities and counts, written the seller's way ("1,5", "2 000"), with one formatter per language. */
export function formatNumber(n: number, lang: Language = 'fr'): string {
  const whole = intlLocale(lang) === 'fr' ? frenchWhole(n) : null;
  if (whole !== null) return whole;
  let f = numberFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits: 2 });
    numberFormats.set(lang, f);
  }
  return f.format(n);
}

/** A storage size in megabytes, with the language's own unit ("2,4 Mo", "2.4 MB"). */
export function formatMegabytes(bytes: number, lang: Language): string {
  const mb = bytes / (1024 * 1024);
  return new Intl.NumberFormat(intlLocale(lang), {
    style: 'unit',
    unit: 'megabyte',
    maximumFractionDigits: mb < 10 ? 1 : 0,
  }).format(mb);
}
