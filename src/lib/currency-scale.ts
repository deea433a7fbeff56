/**
 * A notebook switched to another currency keeps the figures the seller typed ("1 500 FCFA"
 * becomes "1 500 MAD"): each amount's minor units are scaled to the new currency's decimals
 * (rounded when it has fewer). The one list of the fields that hold amounts, used when the
 * seller switches (db/currency.ts) and when a synced document written in another currency is
 * read (features/sync). Cached balances are never scaled: they are rebuilt from the entries.
 */
import type { RecordTable } from './domain';

export type Scale = (minor: number) => number;

export function scaler(fromDigits: number, toDigits: number): Scale {
  return (minor) => Math.round(minor * 10 ** (toDigits - fromDigits));
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Scales in place the amounts of a row (or of a document's body, not yet checked: a field that
 * is not a number is left for the normaliser to refuse). Returns whether anything was scaled.
 */
export function scaleAmounts(
  table: RecordTable,
  row: Record<string, unknown>,
  scale: Scale,
): boolean {
  const field = (name: string, atLeast = -Infinity) => {
    const v = row[name];
    if (!isNumber(v)) return false;
    row[name] = Math.max(atLeast, scale(v));
    return true;
  };
  switch (table) {
    case 'products':
      return field('priceMinor');
    case 'sales': {
      if (Array.isArray(row.lines))
        for (const line of row.lines as Array<Record<string, unknown>>)
          if (line && isNumber(line.unitPriceMinor))
            line.unitPriceMinor = scale(line.unitPriceMinor);
      return field('totalMinor');
    }
    case 'gifts':
      return field('valueMinor');
    case 'reservations':
      return field('advanceMinor');
    case 'creditEntries':
      // A figure never rounds to nothing: an entry keeps at least one unit.
      return field('amountMinor', 1);
    default:
      return false;
  }
}

/** The tables whose rows hold amounts. */
export const MONEY_TABLES = [
  'products',
  'sales',
  'gifts',
  'reservations',
  'creditEntries',
] as const;
