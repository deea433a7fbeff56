import { Dexie } from 'dexie';
import type { AssohDB } from '../../../db/db';
import { creditOverview, type CreditOverview, type CreditSort } from './lists';

export interface CreditOpening extends CreditOverview {
  /** The moment the figures were read: ages and broken promises are counted from it. */
  now: number;
}

interface Held {
  db: AssohDB;
  read: Promise<CreditOpening>;
  /** On screen: kept until the screen lets it go, whatever is written meanwhile. */
  shown: boolean;
}

/**
 * The Crédits screen's reads, one per opening (a visit of the screen, and its order): the screen
 * waits for its read before its first frame (React's use()), and each try of that frame must get
 * the same promise back. A read not yet on screen is dropped at any write to the customers (whose
 * rows keep the balances it reads), from this tab or another (Dexie's storagemutated event), so
 * what she sees is never older than what she wrote.
 */
const held = new Map<string, Held>();

/**
 * A read started by the tap that opens the screen, before the screen exists: the opening that
 * follows at once takes it over. Not taken after PRIMED_MS: a tap that led nowhere.
 */
let primed: { db: AssohDB; sort: CreditSort; at: number; read: Promise<CreditOpening> } | null =
  null;
const PRIMED_MS = 3000;

Dexie.on('storagemutated', (parts) => {
  if (!Object.keys(parts).some((part) => part.includes('/customers/'))) return;
  primed = null;
  for (const [key, h] of held) if (!h.shown) held.delete(key);
});

function read(db: AssohDB, sort: CreditSort): Promise<CreditOpening> {
  const now = Date.now();
  return creditOverview(db, sort, now).then((overview) => ({ ...overview, now }));
}

/** The tap on the way to Crédits: its figures are read while the screen's code runs. */
export function primeCreditOpening(db: AssohDB, sort: CreditSort): void {
  if (primed?.db === db && primed.sort === sort && Date.now() - primed.at < PRIMED_MS) return;
  const started = { db, sort, at: Date.now(), read: read(db, sort) };
  primed = started;
  started.read.catch(() => {
    if (primed === started) primed = null;
  });
}

export function creditOpening(
  db: AssohDB,
  opening: string,
  sort: CreditSort,
): Promise<CreditOpening> {
  const key = `${opening}|${sort}`;
  const found = held.get(key);
  if (found?.db === db) return found.read;
  const taken =
    primed?.db === db && primed.sort === sort && Date.now() - primed.at < PRIMED_MS
      ? primed.read
      : null;
  primed = null;
  const figures = taken ?? read(db, sort);
  held.set(key, { db, read: figures, shown: false });
  // A failed read is not kept: the next try reads again (the rejection still reaches the screen).
  figures.catch(() => {
    if (held.get(key)?.read === figures) held.delete(key);
  });
  return figures;
}

/** This opening's read is on screen; call the returned function when the screen leaves it. */
export function showCreditOpening(
  db: AssohDB,
  opening: string,
  sort: CreditSort,
  read: Promise<CreditOpening>,
): () => void {
  const key = `${opening}|${sort}`;
  held.set(key, { db, read, shown: true });
  return () => {
    if (held.get(key)?.read === read) held.delete(key);
  };
}
