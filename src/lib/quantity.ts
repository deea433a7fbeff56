/**
 * Quantities as the seller types them. Things sold by weight or volume take decimals ("1,5" kg);
 * things counted (tas, sachets, pièces) take whole numbers, and "1,5 tas" gets a message rather
 * than being read as 15.
 */
import { latinDigits } from './digits';
import { QUANTITY_MAX } from './limits';
import { fold } from './text';

/** Units measured rather than counted, folded (accents and case aside). */
const MEASURED = new Set([
  'kg',
  'kilo',
  'kilos',
  'kilogramme',
  'kilogrammes',
  'g',
  'gr',
  'gramme',
  'grammes',
  't',
  'tonne',
  'tonnes',
  'l',
  'litre',
  'litres',
  'liter',
  'liters',
  'cl',
  'ml',
  'm',
  'metre',
  'metres',
  'meter',
  'meters',
  'lb',
  'livre',
  'livres',
]);

export function allowsFraction(unit: string): boolean {
  return MEASURED.has(fold(unit));
}

export type ParsedQuantity =
  { ok: true; value: number } | { ok: false; reason: 'empty' | 'invalid' | 'whole' | 'too-large' };

/** At most three decimals (grams of a kilo): more is a typing slip, not a quantity. */
const NUMBER = /^\d+(?:[.,]\d{1,3})?$/;

export function parseQuantity(text: string, unit: string): ParsedQuantity {
  // Direction marks an Arabic keyboard leaves go with the spaces.
  const s = latinDigits(text).replace(/[\s\u00a0\u202f\u200e\u200f\u061c]/g, '');
  if (s === '') return { ok: false, reason: 'empty' };
  if (!NUMBER.test(s)) return { ok: false, reason: 'invalid' };
  const value = Number(s.replace(',', '.'));
  if (!(value > 0)) return { ok: false, reason: 'invalid' };
  return checkQuantity(value, unit);
}

/** The same rules for a number already parsed (what a command receives). */
export function checkQuantity(value: number, unit: string): ParsedQuantity {
  if (!Number.isFinite(value) || !(value > 0)) return { ok: false, reason: 'invalid' };
  if (value > QUANTITY_MAX) return { ok: false, reason: 'too-large' };
  if (!Number.isInteger(value) && !allowsFraction(unit)) return { ok: false, reason: 'whole' };
  return { ok: true, value };
}
