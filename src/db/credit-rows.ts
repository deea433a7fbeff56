/**
 * Writing the credit book, for every feature that writes in it (a sale's unpaid part, a payment,
 * a correction). Entries are only added, and each addition rebuilds the derived fields of her
 * customer row in the same transaction, so the cached balance never disagrees with the entries.
 * Every function runs inside the caller's transaction, which must hold creditEntries, customers,
 * sales and gifts (what refreshCustomers reads).
 */
import { newId, type AssohDB } from './db';
import { refreshCustomers } from './customer-activity';
import type { CreditEntry, CreditKind, Customer, PaymentWay } from '../lib/domain';
import { correctionOf, linesOf, voidOf, type Line } from '../lib/ledger';

export interface NewLine {
  customerId: string;
  kind: CreditKind;
  amountMinor: number;
  at: number;
  saleId?: string;
  way?: PaymentWay;
  dueAt?: number;
  note?: string;
}

/** The first version of a new line: its id is the line's. */
export function firstVersion(input: NewLine, now = Date.now()): CreditEntry {
  const id = newId();
  const entry: CreditEntry = { id, lineId: id, ...input, createdAt: now, updatedAt: now };
  for (const key of Object.keys(entry) as Array<keyof CreditEntry>)
    if (entry[key] === undefined) delete entry[key];
  return entry;
}

/**
 * Adds versions (never replaces one), without their customers' derived fields: the caller
 * rebuilds them (refreshCustomers) before its transaction ends. appendEntries does both.
 */
export async function addEntries(db: AssohDB, entries: readonly CreditEntry[]): Promise<void> {
  if (entries.length > 0) await db.creditEntries.bulkAdd([...entries]);
}

/**
 * Adds versions (never replaces one) and rebuilds their customers' derived fields; returns those
 * customers' rows as rebuilt.
 */
export async function appendEntries(
  db: AssohDB,
  entries: readonly CreditEntry[],
): Promise<Customer[]> {
  if (entries.length === 0) return [];
  await addEntries(db, entries);
  return refreshCustomers(
    db,
    entries.map((e) => e.customerId),
  );
}

/** Every version of her entries. */
export function customerEntries(db: AssohDB, customerId: string): Promise<CreditEntry[]> {
  return db.creditEntries
    .where('[customerId+at]')
    .between([customerId, -Infinity], [customerId, Infinity])
    .toArray();
}

/** A line of hers by id, with all its versions; undefined when it is not hers or not there. */
export async function lineOf(
  db: AssohDB,
  customerId: string,
  lineId: string,
): Promise<Line | undefined> {
  const entries = await customerEntries(db, customerId);
  return linesOf(entries.filter((e) => e.lineId === lineId))[0];
}

/** The lines holding a sale's unpaid part (one, unless two phones each wrote one). */
export async function saleLines(db: AssohDB, saleId: string): Promise<Line[]> {
  return linesOf(await db.creditEntries.where('saleId').equals(saleId).toArray());
}

/** What the sale's unpaid part is now: the sum of its live lines. */
export function saleCreditOf(lines: readonly Line[]): number {
  return lines.filter((l) => l.live).reduce((sum, l) => sum + l.current.amountMinor, 0);
}

/**
 * Brings a sale's unpaid part to `credit` through new versions: nothing to do when it already is;
 * a correction of its line when the amount or the promise changed; a void when nothing is owed
 * any more (deleted sale, or paid in full); a new line when there was none. Never a silent
 * change: each leaves a version the card shows ("corrigé le …", "annulé le …").
 */
export async function setSaleCredit(
  db: AssohDB,
  sale: { id: string; customerId?: string; at: number },
  credit: { amountMinor: number; dueAt?: number } | null,
  now = Date.now(),
): Promise<void> {
  const lines = (await saleLines(db, sale.id)).filter((l) => l.live);
  const [first, ...extra] = lines;
  const versions: CreditEntry[] = extra.map((l) => voidOf(l, newId(), now));
  if (!credit || credit.amountMinor <= 0) {
    if (first) versions.push(voidOf(first, newId(), now));
  } else if (!first) {
    if (!sale.customerId) return;
    versions.push(
      firstVersion(
        {
          customerId: sale.customerId,
          kind: 'credit',
          amountMinor: credit.amountMinor,
          at: sale.at,
          saleId: sale.id,
          dueAt: credit.dueAt,
        },
        now,
      ),
    );
  } else if (
    first.current.amountMinor !== credit.amountMinor ||
    first.current.dueAt !== credit.dueAt
  ) {
    versions.push(
      correctionOf(first, { amountMinor: credit.amountMinor, dueAt: credit.dueAt }, newId(), now),
    );
  }
  await appendEntries(db, versions);
}
