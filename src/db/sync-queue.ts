/**
 * Every change to a record, whatever wrote it (a command, a restore, a cascade), is noted in
 * `syncQueue` in the same transaction, while sync is on: so the sync sends only what changed,
 * and never misses a change. A Dexie middleware, as dexie-cloud tracks its mutations: it adds
 * `sync` and `syncQueue` to every read-write transaction over a record table.
 */
import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import { RECORD_TABLES, type RecordTable } from '../lib/domain';
import { WHOLE_NOTEBOOK, type SyncConfig, type SyncQueueEntry } from './sync-state';

const TRACKED: ReadonlySet<string> = new Set<string>([...RECORD_TABLES, 'tombstones']);

function keysOf(
  table: string,
  req: DBCoreMutateRequest,
  res: DBCoreMutateResponse,
): Array<Pick<SyncQueueEntry, 'table' | 'id'>> {
  if (req.type === 'deleteRange') return [WHOLE_NOTEBOOK];
  const keys: unknown[] = req.type === 'delete' ? req.keys : (res.results ?? []);
  if (table === 'tombstones') {
    return keys
      .filter((k): k is [RecordTable, string] => Array.isArray(k) && k.length === 2)
      .map(([t, id]) => ({ table: t, id }));
  }
  return keys
    .filter((k): k is string => typeof k === 'string')
    .map((id) => ({ table: table as RecordTable, id }));
}

/** The IndexedDB transaction under Dexie's: only it says which stores it holds. */
function holdsQueue(trans: unknown): boolean {
  const t = trans as Partial<IDBTransaction>;
  return t.mode === 'readwrite' && Boolean(t.objectStoreNames?.contains('syncQueue'));
}

export const syncQueueMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'sync-queue',
  create(down: DBCore): Partial<DBCore> {
    // The sync settings as a transaction read them, once for all its writes (a sale writes two
    // or three tables: each read is a round trip on a slow phone); forgotten when it writes them.
    const configs = new WeakMap<DBCoreTransaction, Promise<SyncConfig | undefined>>();
    const configIn = (trans: DBCoreTransaction) => {
      let config = configs.get(trans);
      if (!config) {
        config = down.table('sync').get({ trans, key: 'config' }) as Promise<
          SyncConfig | undefined
        >;
        configs.set(trans, config);
      }
      return config;
    };
    return {
      ...down,
      transaction(stores, mode, options) {
        const tracked = mode === 'readwrite' && stores.some((s) => TRACKED.has(s));
        const known = down.schema.tables.some((t) => t.name === 'syncQueue');
        const scope = tracked && known ? [...new Set([...stores, 'sync', 'syncQueue'])] : stores;
        return down.transaction(scope, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name === 'sync') {
          return {
            ...table,
            mutate(req) {
              configs.delete(req.trans);
              return table.mutate(req);
            },
          };
        }
        if (!TRACKED.has(name)) return table;
        return {
          ...table,
          async mutate(req) {
            const res = await table.mutate(req);
            // An upgrade (versionchange) runs before sync's tables exist or while they are empty.
            if (!holdsQueue(req.trans)) return res;
            const config = await configIn(req.trans);
            if (!config?.enabled) return res;
            const entries = keysOf(name, req, res).map((k) => ({ ...k, n: Math.random() }));
            if (entries.length > 0)
              await down
                .table('syncQueue')
                .mutate({ type: 'put', trans: req.trans, values: entries });
            return res;
          },
        };
      },
    };
  },
};
