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

function formatter(currency: string, locale: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
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

export function formatMoney(minor: number, currency: string, locale = 'fr'): string {
  const text = formatter(currency, locale).format(minor / 10 ** fractionDigits(currency));
  return isCfa(currency) ? `${text}\u00a0FCFA` : text;
}

/** The short currency label shown beside amount fields. */
export function currencyLabel(currency: string): string {
  return isCfa(currency) ? 'FCFA' : currency;
}

export type ParsedAmount =
  | { ok: true; minor: number }
  | { ok: false; reason: 'empty' | 'invalid' | 'negative' | 'too-large' };

/** Parses what the seller types: "1 500", "1.500", "12,50", "500 F". */
export function parseAmount(input: string, currency: string): ParsedAmount {
  const digits = fractionDigits(currency);
  let s = input
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/(fcfa|cfa|f|dh|mad|€|eur|dzd|da|tnd|gnf|cdf)$/i, '');
  if (s === '') return { ok: false, reason: 'empty' };
  if (s.startsWith('-')) return { ok: false, reason: 'negative' };
  if (digits === 0) {
    // No decimals: dots and commas can only be thousands separators.
    if (!/^\d{1,3}([.,]\d{3})*$|^\d+$/.test(s)) return { ok: false, reason: 'invalid' };
    s = s.replace(/[.,]/g, '');
  } else {
    s = s.replace(',', '.');
    if (!/^\d+(\.\d+)?$/.test(s)) return { ok: false, reason: 'invalid' };
    const frac = s.split('.')[1];
    if (frac && frac.length > digits) return { ok: false, reason: 'invalid' };
  }
  const value = Math.round(Number(s) * 10 ** digits);
  if (!Number.isSafeInteger(value)) return { ok: false, reason: 'too-large' };
  if (value > 1e12) return { ok: false, reason: 'too-large' };
  return { ok: true, minor: value };
}

/** The amount as the seller would type it back into a field (no currency, no grouping). */
export function amountInputValue(minor: number, currency: string): string {
  const digits = fractionDigits(currency);
  const v = minor / 10 ** digits;
  return digits === 0
    ? String(v)
    : v
        .toFixed(digits)
        .replace('.', ',')
        .replace(/(,\d*?)0+$/, '$1')
        .replace(/,$/, '');
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Quantities and counts, written the seller's way ("1,5", "2 000"), with one formatter per language. */
export function formatNumber(n: number, locale = 'fr'): string {
  let f = numberFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    numberFormats.set(locale, f);
  }
  return f.format(n);
}
