/**
 * Amounts mean what they say only in their notebook's currency, which the server's `notebook`
 * document holds. Each document of a record with amounts names the currency it was written in
 * (documents from before any switch name none: the notebook's first currency), and a phone reads
 * it in its own (lib/currency-scale.ts: figures kept), so a version is never shown in the wrong
 * currency, whichever phone wrote it and whenever.
 *
 * "Passer le carnet en …" on one phone travels once: that phone writes the new currency into
 * the `notebook` document; every other phone then keeps a copy of its notebook and switches it
 * the same way (its rows keep their times, see db/currency.ts), once, before it reads anything. Two phones that
 * switched apart: the later switch wins, the other phone follows it.
 *
 * A phone joining with records in another currency exchanges nothing ('currency' status); an
 * empty one takes the notebook's.
 */
import type { AssohDB } from '../../../db/db';
import { hasRecords, keepFiguresInNewCurrency } from '../../../db/currency';
import { keepCopyBeforeChange } from '../../../db/safety-copies';
import type { SyncConfig, SyncCurrency } from '../../../db/sync-state';
import { editTime } from '../../../lib/merge';
import { fractionDigits } from '../../../lib/money';
import { NOTEBOOK_DOC } from './docs';
import type { Replica } from './replica';

/** How this phone reads and writes documents' amounts. */
export interface Reading {
  /** The phone's currency: what it reads every document in, and tags its own with. */
  currency: string;
  /** The currency of documents that name none. */
  untagged: string;
}

interface NotebookDoc {
  _rev?: string;
  currency?: unknown;
  first?: unknown;
  switchedAt?: unknown;
}

export type Agreement = { kind: 'agreed'; reading: Reading } | { kind: 'apart'; server: string };

async function serverDoc(remote: Replica): Promise<NotebookDoc | null> {
  try {
    return (await remote.get(NOTEBOOK_DOC)) as NotebookDoc;
  } catch (error) {
    const e = error as { status?: number; reason?: string };
    if (e.status === 404 && (e.reason === 'missing' || e.reason === 'deleted')) return null;
    throw error;
  }
}

const text = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

/** Agrees this phone and the server on the notebook's currency, switching one side if need be. */
export async function agreeOnCurrency(
  db: AssohDB,
  remote: Replica,
  now: number,
): Promise<Agreement | null> {
  const [settings, config, agreed] = await Promise.all([
    db.settings.get('seller'),
    db.sync.get('config') as Promise<SyncConfig | undefined>,
    db.sync.get('currency') as Promise<SyncCurrency | undefined>,
  ]);
  if (!settings) return null;
  const url = config?.url ?? '';
  const mine = settings.currency;
  const known = agreed?.url === url ? agreed : undefined;
  const agree = async (a: Omit<SyncCurrency, 'id' | 'url'>): Promise<Agreement> => {
    await db.sync.put({ ...a, id: 'currency', url });
    return { kind: 'agreed', reading: { currency: a.currency, untagged: a.first } };
  };
  const doc = await serverDoc(remote);
  if (!doc) {
    await remote.put({ _id: NOTEBOOK_DOC, currency: mine, first: mine, switchedAt: 0 });
    return agree({ currency: mine, first: mine, switchedAt: 0 });
  }
  const theirs = text(doc.currency) ?? mine;
  const first = text(doc.first) ?? theirs;
  const theirAt = typeof doc.switchedAt === 'number' ? doc.switchedAt : 0;
  if (theirs === mine) return agree({ currency: mine, first, switchedAt: theirAt });
  if (!known) {
    if (await hasRecords(db)) return { kind: 'apart', server: theirs };
    await db.settings.update('seller', (s) => {
      s.currency = theirs;
      s.updatedAt = editTime(s.updatedAt, now);
    });
    return agree({ currency: theirs, first, switchedAt: theirAt });
  }
  // The seller's own switch is the one change of the settings since the agreement that matters.
  const iSwitched = mine !== known.currency;
  const myAt = settings.updatedAt;
  if (iSwitched && (theirs === known.currency || myAt > theirAt)) {
    await remote.put({ ...doc, _id: NOTEBOOK_DOC, currency: mine, first, switchedAt: myAt });
    return agree({ currency: mine, first, switchedAt: myAt });
  }
  // Another phone switched: this one follows, once, before reading anything in the new currency,
  // after keeping a copy of its notebook as it was (listed on Sauvegarde), as the switching phone
  // kept one before its own switch: a rescale to fewer decimals rounds.
  await keepCopyBeforeChange(db, now);
  await db.transaction(
    'rw',
    [
      db.settings,
      db.products,
      db.customers,
      db.sales,
      db.gifts,
      db.reservations,
      db.creditEntries,
      db.sync,
    ],
    async () => {
      await keepFiguresInNewCurrency(db, fractionDigits(mine), fractionDigits(theirs), null);
      await db.settings.update('seller', (s) => {
        s.currency = theirs;
        s.updatedAt = editTime(s.updatedAt, now);
      });
      await db.sync.put({ id: 'currency', url, currency: theirs, first, switchedAt: theirAt });
    },
  );
  return { kind: 'agreed', reading: { currency: theirs, untagged: first } };
}
