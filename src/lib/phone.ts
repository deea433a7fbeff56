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

/** As the number's own country writes it; with its +code when it is not the seller's country. */
export function formatPhoneWith(lib: PhoneLib, e164: string, sellerCountry: string): string {
  const parsed = lib.parsePhoneNumberFromString(e164);
  if (!parsed) return e164;
  return parsed.country === sellerCountry ? parsed.formatNational() : parsed.formatInternational();
}

export async function formatPhone(e164: string, sellerCountry: string): Promise<string> {
  return formatPhoneWith(await loadPhoneLib(), e164, sellerCountry);
}

/** The digits of an E.164 number, as a wa.me path wants them (no "+"). */
export function waDigits(e164: string): string {
  return e164.replace(/\D/g, '');
}
