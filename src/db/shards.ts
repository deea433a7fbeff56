/**
 * A projection of the customer rows kept in 16 shard rows, so a screen that needs a few fields of
 * every customer reads 16 rows instead of thousands: IndexedDB pays per row. Each customer has at
 * most one line (`line(c)`, null for none) in the shard her id picks: a write to one customer
 * rewrites one shard, never the whole list.
 *
 * The lines are the customer rows' and nothing else's: a Dexie middleware (as the sync queue's)
 * writes them in the same transaction as every write to `customers`, whatever made it (a command,
 * a restore, the sync, an upgrade), and `rebuildShards` recomputes them from the customers. A
 * property test proves the kept lines always equal the rebuilt ones. They are in no backup and no
 * sync: each phone derives its own. Two projections exist: who owes (debtor-shards.ts) and the
 * search's (search-shards.ts).
 */
import {
  cmp,
  Dexie,
  type DBCore,
  type DBCoreKeyRange,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreTransaction,
  type Middleware,
  type Transaction,
} from 'dexie';
import type { Customer } from '../lib/domain';
import { SHARDS, type Shard, type ShardLine } from './shard-rows';

/** What a projection keeps: its table, and each customer's line. */
export interface Projection<L extends ShardLine> {
  table: string;
  line(c: Customer): L | null;
}

/** The shard of an id: FNV-1a over its UTF-16 code units. */
export function shardOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % SHARDS;
}

/** The shards as the customers make them: what the kept shards must always equal. */
export function projectShards<L extends ShardLine>(
  customers: Iterable<Customer>,
  line: (c: Customer) => L | null,
): Array<Shard<L>> {
  const shards = Array.from({ length: SHARDS }, (_, id): Shard<L> => ({ id, lines: [] }));
  for (const c of customers) {
    const l = line(c);
    if (l) shards[shardOf(c.id)]!.lines.push(l);
  }
  return shards;
}

/**
 * Rebuilds the shards from the customer rows, in the caller's transaction (an upgrade's):
 * `projectShards` written whole.
 */
export async function rebuildShards<L extends ShardLine>(
  tx: Transaction,
  { table, line }: Projection<L>,
): Promise<void> {
  const customers = (await tx.table('customers').toArray()) as Customer[];
  await tx.table(table).bulkPut(projectShards(customers, line));
}

const sameLine = (a: ShardLine | undefined, b: ShardLine | null) =>
  a === undefined
    ? b === null
    : b !== null && a.length === b.length && a.every((x, i) => x === b[i]);

/** The shard with these customers' lines set (null: removed); the same object when unchanged. */
function withLines<L extends ShardLine>(shard: Shard<L>, changes: Map<string, L | null>): Shard<L> {
  let lines = shard.lines;
  for (const [id, line] of changes) {
    const at = lines.findIndex((l) => l[0] === id);
    if (sameLine(at < 0 ? undefined : lines[at], line)) continue;
    if (lines === shard.lines) lines = [...lines];
    if (at >= 0) lines.splice(at, 1);
    if (line) lines.push(line);
  }
  return lines === shard.lines ? shard : { id: shard.id, lines };
}

function inRange(key: unknown, range: DBCoreKeyRange): boolean {
  // DBCoreRangeType: 1 equal, 2 range, 3 any, 4 never.
  if (range.type === 3) return true;
  if (range.type === 4) return false;
  // An end left undefined is open (Dexie's aboveOrEqual has no upper end).
  const low = range.lower === undefined ? 1 : cmp(key, range.lower);
  const high = range.upper === undefined ? -1 : cmp(key, range.upper);
  return (range.lowerOpen ? low > 0 : low >= 0) && (range.upperOpen ? high < 0 : high <= 0);
}

/** The IndexedDB transaction under Dexie's: only it says which stores it holds. */
/** Undoes the whole transaction: its shards could not follow its customers. */
function abort(trans: unknown): void {
  try {
    (trans as IDBTransaction).abort();
  } catch {
    // Already over (aborted by the failure itself).
  }
}

function holds(trans: unknown, table: string): boolean {
  const t = trans as Partial<IDBTransaction>;
  return t.mode !== 'readonly' && Boolean(t.objectStoreNames?.contains(table));
}

/**
 * The middleware that keeps the projections' shards in every write's transaction. One middleware
 * for all of them: each layer of Dexie middleware that awaits in `mutate` risks losing Dexie's
 * transaction zone for the layers above it (the sync queue's read of its settings then failed).
 */
export function shardsMiddleware(
  name: string,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each keeps its own line type
  projections: ReadonlyArray<Projection<any>>,
): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name,
    create(down: DBCore): Partial<DBCore> {
      // One update of the shards at a time per transaction: two writes to customers in flight in
      // one transaction would otherwise both read a shard before either wrote it back.
      const queues = new WeakMap<DBCoreTransaction, Promise<unknown>>();
      const known = (table: string) => down.schema.tables.some((t) => t.name === table);

      // A write to customers answers once its shards' new rows are asked for, not written:
      // IndexedDB runs a transaction's requests in order, so whatever the caller asks next sees
      // them, and a write that changes a line costs its caller no more round trips than one that
      // does not. Waiting for the shards' write too was a round trip more, after which Dexie had
      // lost the caller's transaction (its zone follows a native await for a few steps only): a
      // sale's next read ran outside it, and the sale failed ("committed too early"). The shards'
      // write, once asked for: a failure aborts the whole transaction (Dexie's own handler
      // would let it commit without them).
      const abortOnFailure = (trans: DBCoreTransaction, put: Promise<DBCoreMutateResponse>) =>
        put.then(
          (res) => res.numFailures > 0 && abort(trans),
          () => abort(trans),
        );

      function mirror<L extends ShardLine>(
        { table: shardTable, line }: Projection<L>,
        req: DBCoreMutateRequest,
        done: Promise<DBCoreMutateResponse>,
      ): Promise<void> {
        const shards = down.table(shardTable);
        const { trans } = req;
        const put = (values: Array<Shard<L>>) => {
          if (values.length)
            void abortOnFailure(trans, shards.mutate({ type: 'put', trans, values }));
        };
        if (req.type === 'deleteRange') {
          const all = shards.getMany({ trans, keys: [...Array(SHARDS).keys()] }) as Promise<
            Array<Shard<L> | undefined>
          >;
          return Dexie.Promise.all([done, all]).then(([res, rows]) => {
            if (res.numFailures) return;
            put(
              rows
                .filter((s): s is Shard<L> => s !== undefined)
                .map((s) => ({ s, kept: s.lines.filter((l) => !inRange(l[0], req.range)) }))
                .filter(({ s, kept }) => kept.length !== s.lines.length)
                .map(({ s, kept }) => ({ id: s.id, lines: kept })),
            );
          });
        }
        // Her new line, from the request itself: the rows as this write leaves them.
        const ids: unknown[] =
          req.type === 'delete' ? req.keys : req.values.map((v) => (v as Customer).id);
        const shardIds = [...new Set(ids.filter((id) => typeof id === 'string').map(shardOf))];
        // The shards are read while the customers' write runs (one round trip, not two).
        const read = shards.getMany({ trans, keys: shardIds }) as Promise<
          Array<Shard<L> | undefined>
        >;
        return Dexie.Promise.all([done, read]).then(([res, rows]) => {
          const changes = new Map<number, Map<string, L | null>>();
          for (const [i, id] of ids.entries()) {
            if (typeof id !== 'string' || i in res.failures) continue;
            const l = req.type === 'delete' ? null : line(req.values[i] as Customer);
            const shard = shardOf(id);
            const of = changes.get(shard) ?? new Map<string, L | null>();
            of.set(id, l);
            changes.set(shard, of);
          }
          const values: Array<Shard<L>> = [];
          for (const [i, id] of shardIds.entries()) {
            const row = rows[i] ?? { id, lines: [] };
            const next = withLines(row, changes.get(id) ?? new Map());
            if (next !== row) values.push(next);
          }
          put(values);
        });
      }

      return {
        ...down,
        transaction(stores, mode, options) {
          const added =
            mode === 'readwrite' && stores.includes('customers')
              ? projections.map((p) => p.table).filter(known)
              : [];
          return down.transaction(
            added.length ? [...new Set([...stores, ...added])] : stores,
            mode,
            options,
          );
        },
        table(name) {
          const table = down.table(name);
          if (name !== 'customers') return table;
          return {
            ...table,
            mutate(req) {
              const done = table.mutate(req);
              // An upgrade from before a projection's version writes customers before its
              // store exists: that version's upgrade builds its shards from the customers then.
              const kept = projections.filter((p) => holds(req.trans, p.table) && known(p.table));
              if (kept.length === 0) return done;
              const before = queues.get(req.trans) ?? Dexie.Promise.resolve();
              const update = before.then(() =>
                Dexie.Promise.all(kept.map((p) => mirror(p, req, done))),
              );
              queues.set(
                req.trans,
                update.catch(() => undefined),
              );
              return update.then(() => done);
            },
          };
        },
      };
    },
  };
}
