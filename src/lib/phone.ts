/**
 * Phone numbers through libphonenumber-js with its full metadata ("max"), loaded only when a
 * number is typed or shown so the first screen stays light. National plans change (Côte d'Ivoire
 * to 10 digits in 2021, Benin to 01… in 2024): the library's metadata knows, hand rules would not.
 */
import type { CountryCode } from 'libphonenumber-js/max';

type PhoneLib = typeof import('libphonenumber-js/max');

let loading: Promise<PhoneLib> | undefined;

export function loadPhoneLib(): Promise<PhoneLib> {
  loading ??= import('libphonenumber-js/max');
  return loading;
}

export type PhoneParse =
  | { ok: true; e164: string; country: string | undefined }
  | { ok: false; reason: 'empty' | 'invalid' | 'too-short' | 'too-long' };

export async function parsePhone(input: string, defaultCountry: string): Promise<PhoneParse> {
  return parsePhoneWith(await loadPhoneLib(), input, defaultCountry);
}

export function parsePhoneWith(lib: PhoneLib, input: string, defaultCountry: string): PhoneParse {
  const text = input.trim();
  if (!text) return { ok: false, reason: 'empty' };
  const digits = text.replace(/\D/g, '');
  if (digits.length < 6) return { ok: false, reason: 'too-short' };
  if (digits.length > 17) return { ok: false, reason: 'too-long' };
  const country = defaultCountry as CountryCode;
  const parsed = lib.parsePhoneNumberFromString(text, { defaultCountry: country });
  if (!parsed || !parsed.isValid()) {
    const length = lib.validatePhoneNumberLength(text, { defaultCountry: country });
    if (length === 'TOO_SHORT') return { ok: false, reason: 'too-short' };
    if (length === 'TOO_LONG') return { ok: false, reason: 'too-long' };
    return { ok: false, reason: 'invalid' };
  }
  return { ok: true, e164: parsed.number, country: parsed.country };
}

/**
 * How people of a country group the digits of a national number, where it differs from
 * libphonenumber-js's national format (which stays the rule everywhere else). Each entry splits
 * the national significant number, which in these countries has no trunk prefix, so the national
 * form and the part after "+code" are the same digits. A number of another length keeps the
 * library's format.
 */
export const DISPLAY_GROUPS: Readonly<Record<string, readonly number[]>> = {
  // "07 07 12 34 56": ten digits in pairs since 2021 (the library writes "07 07 12 3456").
  CI: [2, 2, 2, 2, 2],
  // "06 612 34 56" (the library writes "06 612 3456").
  CG: [2, 3, 2, 2],
  // "3410 1234" (the library writes "34 10 1234").
  HT: [4, 4],
};

function grouped(digits: string, groups: readonly number[] | undefined): string | null {
  if (!groups || groups.reduce((a, b) => a + b, 0) !== digits.length) return null;
  const parts: string[] = [];
  let at = 0;
  for (const size of groups) {
    parts.push(digits.slice(at, at + size));
    at += size;
  }
  return parts.join(' ');
}

/**
 * As the number's own country writes it ("07 07 12 34 56"); with its +code when it is not the
 * seller's country ("+229 01 97 12 34 56"). On the card, in the outbox, on Status images.
 */
export function formatPhoneWith(lib: PhoneLib, e164: string, sellerCountry: string): string {
  const parsed = lib.parsePhoneNumberFromString(e164);
  if (!parsed) return e164;
  const home = parsed.country === sellerCountry;
  const local = grouped(parsed.nationalNumber, parsed.country && DISPLAY_GROUPS[parsed.country]);
  if (local) return home ? local : `+${parsed.countryCallingCode} ${local}`;
  return home ? parsed.formatNational() : parsed.formatInternational();
}

export async function formatPhone(e164: string, sellerCountry: string): Promise<string> {
  return formatPhoneWith(await loadPhoneLib(), e164, sellerCountry);
}

/** The digits of an E.164 number, as a wa.me path wants them (no "+"). */
export function waDigits(e164: string): string {
  return e164.replace(/\D/g, '');
}

/**
 * The beginnings of E.164 numbers that a run of typed digits can be, for search: her number as
 * the seller types it in her own country's form ("0707" in Côte d'Ivoire is "+2250707"; "06" in
 * Morocco, whose trunk 0 is not part of the number, is "+2126"), or in international form
 * ("+225 07", "00225 07", or "225 07" with the + left out).
 */
export function phonePrefixesWith(lib: PhoneLib, typed: string, sellerCountry: string): string[] {
  const digits = typed.replace(/\D/g, '');
  if (!digits) return [];
  const international = /^\s*(\+|00)/.test(typed);
  const asTyped = new lib.AsYouType(international ? undefined : (sellerCountry as CountryCode));
  asTyped.input(
    international
      ? `+${typed
          .trim()
          .replace(/^(\+|00)/, '')
          .replace(/\D/g, '')}`
      : digits,
  );
  const prefixes = new Set<string>();
  const value = asTyped.getNumberValue();
  if (value && value.length > 1) prefixes.add(value);
  // Without its "+", an international number starts with its country code (3 digits in Africa):
  // a shorter run of digits is too short to say so, and would match whole countries.
  if (!international && !digits.startsWith('0') && digits.length >= 4) prefixes.add(`+${digits}`);
  return [...prefixes];
}
