/**
 * Phones and a server for the sync's unit tests, all in memory: each phone is a notebook (the
 * seller's Dexie connection, which notes her changes, and the sync's own connection, which does
 * not, as in the app's worker) and a replica; the server is one more PouchDB database. The
 * replicas use PouchDB's memory adapter under pouchdb-browser's core (the app's IndexedDB adapter
 * needs a real browser: the e2e tests run that one).
 */
import './pouch-env';
import PouchDB from 'pouchdb-browser';
import memory from 'pouchdb-adapter-memory';
import { createDb, type AssohDB } from '../db/db';
import { WHOLE_NOTEBOOK } from '../db/sync-state';
import type { Replica } from '../features/sync/engine/replica';
import { syncRound, type RoundDeps } from '../features/sync/engine/round';
import type { Settings } from '../lib/domain';

PouchDB.plugin(memory);

export function memoryReplica(name = `replica-${crypto.randomUUID()}`): Replica {
  return new PouchDB(name, { adapter: 'memory', auto_compaction: true }) as Replica;
}

export const SETTINGS: Settings = {
  id: 'seller',
  sellerName: 'Maman Awa',
  country: 'CI',
  currency: 'XOF',
  marketName: 'Marché de Treichville',
  marketDay: 6,
  language: 'fr',
  templates: {},
  inactiveDays: 21,
  createdAt: 1,
  updatedAt: 1,
};

export interface Phone {
  /** The seller's connection: what the app's screens write through. */
  db: AssohDB;
  /** The sync's own connection to the same database. */
  engine: AssohDB;
  local: Replica;
  sync(overrides?: Partial<RoundDeps>): ReturnType<typeof syncRound>;
  close(): Promise<void>;
}

export async function makePhone(
  server: Replica,
  settings: Partial<Settings> = {},
  online = () => true,
): Promise<Phone> {
  const name = `phone-${crypto.randomUUID()}`;
  const db = createDb(name);
  const engine = createDb(name, Infinity, { recordChanges: false });
  await db.settings.put({ ...SETTINGS, ...settings });
  const local = memoryReplica();
  return {
    db,
    engine,
    local,
    sync: (overrides = {}) =>
      syncRound({ db: engine, local, remote: server, online, ...overrides }),
    close: async () => {
      engine.close();
      db.close();
      await db.delete();
    },
  };
}

/** What "Activer" writes: the configuration, and a whole comparison to start from. */
export async function turnOn(phone: Phone, at = Date.now()): Promise<void> {
  await phone.db.transaction('rw', phone.db.sync, phone.db.syncQueue, async () => {
    await phone.db.sync.put({
      id: 'config',
      url: 'http://127.0.0.1/db/assoh-awa',
      username: 'awa',
      password: 'secret',
      enabled: true,
      since: at,
    });
    await phone.db.syncQueue.put({ ...WHOLE_NOTEBOOK, n: Math.random() });
  });
}

/** The notebook as the merge sees it: records and tombstones, derived fields included. */
/** Two phones on one server, both turned on; listed in `opened` for the test to close. */
export async function twoPhones(opened: Phone[]) {
  const server = memoryReplica();
  const a = await makePhone(server);
  const b = await makePhone(server);
  opened.push(a, b);
  await turnOn(a);
  await turnOn(b);
  return { server, a, b };
}

export async function notebookOf(db: AssohDB) {
  const tables = [
    'products',
    'customers',
    'sales',
    'creditEntries',
    'gifts',
    'reservations',
    'outbox',
  ] as const;
  const out: Record<string, unknown[]> = {};
  for (const t of tables) out[t] = await db.table(t).orderBy('id').toArray();
  out.tombstones = (await db.tombstones.toArray()).sort((a, b) =>
    `${a.table}/${a.id}`.localeCompare(`${b.table}/${b.id}`),
  );
  return out;
}
