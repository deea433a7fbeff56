import { Dexie } from 'dexie';
import type { AssohDB } from '../../db/db';
import type { Customer, Gift, Sale } from '../../lib/domain';
import { localDay } from '../../lib/dates';
import { byRecency, looksUpPhone, queryTerms, wordOf } from './search-terms';

/**
 * The ids a word finds: by prefix of a folded word of her name, nickname or quartier, and, for
 * digits, by the beginning of her number as the seller types it (see phonePrefixesWith).
 */
async function keysFor(db: AssohDB, term: string, country: string | undefined) {
  const byWord = db.customers.where('searchWords').startsWith(wordOf(term)).primaryKeys();
  if (!looksUpPhone(term, country)) return byWord;
  // Digits only: the phone helpers and their metadata stay out of the first screen's code.
  const { loadPhoneLib, phonePrefixesWith } = await import('../../lib/phone');
  const prefixes = phonePrefixesWith(await loadPhoneLib(), term, country);
  const byPhone = prefixes.map((p) => db.customers.where('phone').startsWith(p).primaryKeys());
  return [...new Set((await Promise.all([byWord, ...byPhone])).flat())];
}

/**
 * Accent-, case- and punctuation-blind prefix search on first name, nickname and quartier, and on
 * the digits of her number. Keys only until the end: each typed word's matches come from the
 * multi-entry searchWords index (and the phone index) as primary keys, the most recently seen of
 * them are picked from the lastSeenAt index's keys, and only those `limit` rows are read. People
 * seen today come first, then the most recent. A query with neither letter nor digit (emoji only)
 * finds no one; an empty one lists the people seen lately.
 */
export async function searchCustomers(
  db: AssohDB,
  query: string,
  limit = 30,
  /** The seller's country: digits are read as a number of that country first. */
  country?: string,
): Promise<Customer[]> {
  if (!query.trim()) return recentCustomers(db, limit);
  const words = queryTerms(query);
  if (words.length === 0) return [];
  const perWord = await Promise.all(words.map((w) => keysFor(db, w, country)));
  let matches = new Set(perWord[0]);
  for (const keys of perWord.slice(1)) {
    const next = new Set(keys);
    matches = new Set([...matches].filter((id) => next.has(id)));
  }
  let ids = [...matches];
  if (ids.length > limit) {
    // Walking the recency order from its end gives the most recent.
    const byRecency = await idsByRecency(db);
    ids = [];
    for (let i = byRecency.length - 1; i >= 0 && ids.length < limit; i--) {
      const id = byRecency[i];
      if (id !== undefined && matches.has(id)) ids.push(id);
    }
  }
  const rows = await db.customers.bulkGet(ids);
  return rows.filter((c): c is Customer => Boolean(c)).sort(byRecency);
}

/**
 * Every customer's id, least recently seen first (one getAllKeys of the lastSeenAt index), kept
 * between keystrokes: each letter typed used to read the 5,000 keys again. Any write to the
 * customers, from this tab or another, drops it (Dexie's storagemutated event).
 */
let recency: { db: AssohDB; ids: Promise<string[]> } | null = null;
Dexie.on('storagemutated', (parts) => {
  if (Object.keys(parts).some((part) => part.includes('/customers/'))) recency = null;
});

function idsByRecency(db: AssohDB): Promise<string[]> {
  if (recency?.db !== db) {
    const ids = db.customers.orderBy('lastSeenAt').primaryKeys();
    recency = { db, ids };
    // A failed read is not kept: the next keystroke reads again.
    ids.catch(() => {
      if (recency?.ids === ids) recency = null;
    });
  }
  return recency.ids;
}

export function recentCustomers(db: AssohDB, limit = 8): Promise<Customer[]> {
  return db.customers.orderBy('lastSeenAt').reverse().limit(limit).toArray();
}

/** The A–Z list, one page at a time. */
export function listCustomersPage(db: AssohDB, offset: number, limit: number): Promise<Customer[]> {
  return db.customers.orderBy('nameKey').offset(offset).limit(limit).toArray();
}

export function countCustomers(db: AssohDB): Promise<number> {
  return db.customers.count();
}

export async function getCustomer(db: AssohDB, id: string): Promise<Customer | null> {
  return (await db.customers.get(id)) ?? null;
}

export interface CustomerSummary {
  /** Days she bought something. */
  visits: number;
  totalSpentMinor: number;
  /** Her last sale or gift: a gift means she came too. */
  lastVisitAt?: number;
  giftCount: number;
  giftValueMinor: number;
  recommendedCount: number;
}

function historyRange(id: string): [unknown[], unknown[]] {
  return [
    [id, Dexie.minKey],
    [id, Dexie.maxKey],
  ];
}

export type TimelineEntry =
  { kind: 'sale'; at: number; sale: Sale } | { kind: 'gift'; at: number; gift: Gift };

export interface CustomerHistory {
  summary: CustomerSummary;
  /** Sales and gifts, newest first. */
  entries: TimelineEntry[];
  /** Her sale of the last few minutes: a gift given now goes with it. */
  recentSaleId?: string;
}

/** A gift given within this time of a sale goes with that sale. */
const GIFT_WITH_SALE_MS = 15 * 60 * 1000;

/**
 * Everything the card shows of her past, from one read of each table through [customerId+at]:
 * two getAll round trips beat walking two reverse cursors entry by entry on a slow phone, and the
 * summary and the history come from the same rows. A stall's customer has hundreds of entries at
 * most, so reading them all stays cheap; the card still paints them a page at a time.
 */
export async function customerHistory(
  db: AssohDB,
  id: string,
  now = Date.now(),
): Promise<CustomerHistory> {
  const [sales, gifts, recommendedCount] = await Promise.all([
    db.sales
      .where('[customerId+at]')
      .between(...historyRange(id))
      .toArray(),
    db.gifts
      .where('[customerId+at]')
      .between(...historyRange(id))
      .toArray(),
    db.customers.where('recommendedById').equals(id).count(),
  ]);
  return historyOf(sales, gifts, recommendedCount, now);
}

/**
 * Her history from her sales and gifts (each oldest first, as [customerId+at] gives them) and how
 * many customers she recommended: the one definition customerHistory and the card's bare read
 * (app/card-read.ts) share.
 */
export function historyOf(
  sales: readonly Sale[],
  gifts: readonly Gift[],
  recommendedCount: number,
  now = Date.now(),
): CustomerHistory {
  const days = new Set(sales.map((s) => localDay(s.at)));
  const summary: CustomerSummary = {
    visits: days.size,
    totalSpentMinor: sales.reduce((sum, s) => sum + s.totalMinor, 0),
    lastVisitAt: Math.max(sales.at(-1)?.at ?? 0, gifts.at(-1)?.at ?? 0) || undefined,
    giftCount: gifts.length,
    giftValueMinor: gifts.reduce((sum, g) => sum + (g.valueMinor ?? 0), 0),
    recommendedCount,
  };
  const entries: TimelineEntry[] = [
    ...sales.map((sale) => ({ kind: 'sale' as const, at: sale.at, sale })),
    ...gifts.map((gift) => ({ kind: 'gift' as const, at: gift.at, gift })),
  ];
  const last = sales.at(-1);
  const recentSaleId = last && now - last.at < GIFT_WITH_SALE_MS ? last.id : undefined;
  return { summary, entries: entries.sort((x, y) => y.at - x.at), recentSaleId };
}

/** Her card: who she is and her whole history, read together so the card draws once, whole. */
export async function customerCard(
  db: AssohDB,
  id: string,
  now = Date.now(),
): Promise<{ customer: Customer; history: CustomerHistory } | null> {
  const [customer, history] = await Promise.all([
    getCustomer(db, id),
    customerHistory(db, id, now),
  ]);
  return customer ? { customer, history } : null;
}
