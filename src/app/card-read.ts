/**
 * Her card's reads in bare IndexedDB, one readonly transaction: who she is, her sales and gifts,
 * how many she recommended, her credit entries and the sales they name. The same stores, indexes
 * and ranges as the Dexie queries customerCard and customerLedger, and the same definitions of
 * what they add up to (historyOf, ledgerOf); card-read.test.ts compares the two. A live query
 * over her 200 entries noted each key it read and re-ran at every write; this read runs again
 * after each write to her tables, at the cost of the read alone.
 */
import { useCallback, useEffect, useState } from 'react';
import { result } from '../db/bare';
import { db } from '../db/db';
import { nativeDb, onTablesWritten } from '../db/native';
import type { CreditEntry, Customer, Gift, Sale } from '../lib/domain';
import { DAY_MS, formatAgo } from '../lib/dates';
import type { Language } from '../lib/languages';
import { formatMoney, formatNumber } from '../lib/money';
import { formatDay, formatList, formatWhen } from '../lib/when';
import { historyOf, type CustomerHistory } from '../features/customers/queries';
import { ledgerOf, type CustomerLedger } from '../features/credit/queries/ledger';

export interface CardData {
  customer: Customer;
  history: CustomerHistory;
  ledger: CustomerLedger;
}

const STORES = ['customers', 'sales', 'gifts', 'creditEntries'];

export async function readCardBare(
  idb: IDBDatabase,
  id: string,
  now = Date.now(),
): Promise<CardData | null> {
  const tx = idb.transaction(STORES, 'readonly');
  const store = (name: string) => tx.objectStore(name);
  // [customerId+at] from [id, Dexie.minKey] up to [id, Dexie.maxKey] (an array sorts after numbers).
  const hers = IDBKeyRange.bound([id, -Infinity], [id, [[]]], false, true);
  const [customer, sales, gifts, recommended, entries] = await Promise.all([
    result(store('customers').get(id)) as Promise<Customer | undefined>,
    result(store('sales').index('[customerId+at]').getAll(hers)) as Promise<Sale[]>,
    result(store('gifts').index('[customerId+at]').getAll(hers)) as Promise<Gift[]>,
    result(store('customers').index('recommendedById').count(id)),
    result(store('creditEntries').index('[customerId+at]').getAll(hers)) as Promise<CreditEntry[]>,
  ]);
  if (!customer) return null;
  // Her entries name her own sales, already read; any other one is read by its id.
  const mine = new Map(sales.map((s) => [s.id, s]));
  const named = [...new Set(entries.map((e) => e.saleId).filter((s): s is string => !!s))];
  const others = await Promise.all(
    named
      .filter((s) => !mine.has(s))
      .map((s) => result(store('sales').get(s)) as Promise<Sale | undefined>),
  );
  const bySale = new Map<string, Sale>();
  for (const s of named) {
    const sale = mine.get(s);
    if (sale) bySale.set(s, sale);
  }
  for (const sale of others) if (sale) bySale.set(sale.id, sale);
  return {
    customer,
    history: historyOf(sales, gifts, recommended, now),
    ledger: ledgerOf(entries, bySale),
  };
}

/** Counts the writes to her tables: a read begun before one is not the latest. */
let generation = 0;
let counting = false;

interface Read {
  id: string;
  read: Promise<CardData | null>;
  /** Her card once read: a card opening with it draws it at once. */
  done?: { card: CardData | null };
  generation: number;
  at: number;
}

function startRead(id: string): Read {
  if (!counting) {
    counting = true;
    onTablesWritten(db, STORES, () => generation++);
  }
  const started: Read = {
    id,
    read: nativeDb(db).then((idb) => readCardBare(idb, id)),
    generation,
    at: Date.now(),
  };
  started.read.then(
    (card) => (started.done = { card }),
    () => undefined,
  );
  return started;
}

/** A read begun for a card about to open is used within moments, or not at all. */
const OPENING_FRESH_MS = 3000;
/** The read of the card opening: the one a link to it waits for, and its first render shows. */
let opening: Read | undefined;

/**
 * Begins reading her card now, for a card about to open (after "Enregistrer la vente"): it is
 * read while the screen changes.
 */
export function readCardAhead(id: string): void {
  opening = startRead(id);
}

/** The read her card opens with: one begun ahead, or a new one. */
function openingRead(id: string): Read {
  const known = opening;
  if (
    known?.id === id &&
    known.generation === generation &&
    Date.now() - known.at < OPENING_FRESH_MS
  )
    return known;
  opening = startRead(id);
  return opening;
}

/**
 * Her card's read, begun now unless it was a moment ago: a link to her card waits for it
 * (ui/link.tsx), and the card then draws whole in the frame it opens with.
 */
export function cardRead(id: string): Promise<unknown> {
  return openingRead(id).read;
}

interface Shown {
  id: string;
  card: CardData | null;
  error?: unknown;
}

export interface Card {
  /** Undefined until a read of the card shown is done (another customer on the same screen). */
  card: CardData | null | undefined;
  /**
   * Her row as a write on this card just committed it (a payment): her figures show it in the
   * same frame as the sheet closing, while her card is read again. Kept on the card shown until
   * the next read lands (the one this write starts), which replaces it.
   */
  showWritten: (customer: Customer) => void;
}

/**
 * Her card: drawn whole in the render that opens it when her read is in by then (links to her
 * card wait for it: cardRead), else her empty card first and the rest once read. Read again after
 * each write to her tables.
 */
export function useCard(id: string): Card {
  const [first] = useState(() => openingRead(id));
  const [latest, setLatest] = useState<Shown>();
  // In when the card opened: shown from its first frame, not read again.
  const [inAtOnce] = useState(() => first.done !== undefined);
  useEffect(() => {
    let active = true;
    let n = 0;
    const show = (read: Promise<CardData | null>) => {
      const k = ++n;
      read.then(
        (card) => active && k === n && setLatest({ id, card }),
        (error: unknown) => active && k === n && setLatest({ id, card: null, error }),
      );
    };
    const read = () => show(nativeDb(db).then((idb) => readCardBare(idb, id)));
    const stop = onTablesWritten(db, STORES, read);
    // The first read, unless something was written to her tables since it began.
    if (first.id !== id || first.generation !== generation) read();
    else if (!inAtOnce) show(first.read);
    return () => {
      active = false;
      stop();
    };
  }, [id, first, inAtOnce]);
  const mine = latest?.id === id ? latest : undefined;
  // As useLiveQuery does: a failed read throws for the nearest error boundary.
  if (mine?.error !== undefined) throw mine.error;
  const initial = inAtOnce && first.id === id ? first.done?.card : undefined;
  // Kept on the read it follows: the next read shown (the one this write starts) replaces both.
  const showWritten = useCallback(
    (customer: Customer) =>
      setLatest((was) => {
        const card = was ? was.card : initial;
        return card && card.customer.id === customer.id
          ? { id: customer.id, card: { ...card, customer } }
          : was;
      }),
    [initial],
  );
  return { card: mine ? mine.card : initial, showWritten };
}

/**
 * Makes the formatters her card uses (dates, lists, money), each once per language: the first of
 * each costs a long moment on a slow phone. Called while she picks products on the sale screen,
 * so the card opening after the sale does not pay for them.
 */
export function warmCardFormats(lang: Language, currency: string, now = Date.now()): void {
  formatWhen(now, lang, now);
  formatWhen(now - 3 * DAY_MS, lang, now);
  formatDay(now, lang, now);
  formatAgo(now - 3 * DAY_MS, lang, now);
  formatList(['1', '2'], lang);
  formatMoney(100, currency, lang);
  formatNumber(1, lang);
}
