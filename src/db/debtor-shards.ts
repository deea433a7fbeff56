/**
 * Who owes, kept apart from the customer rows so the Crédits screen reads it in one short read.
 *
 * Crédits needs every debtor's balance, oldest debt and promise (for the total, the ages and the
 * order), but only the first few names. Reading every debtor's customer row took most of the tap
 * on a slow phone: IndexedDB pays per row, and at 6× CPU 1,889 customer rows cost 47–86 ms to
 * read, where the same lines packed in 16 rows cost 11–20 ms. So each debtor has one line
 * (`DebtorLine`) in one of 16 shard rows, chosen by her id: a write to one customer rewrites one
 * shard (about a sixteenth of the debtors), never the whole list.
 *
 * The lines are a projection of the customer rows and nothing else: a Dexie middleware (as the
 * sync queue's) writes them in the same transaction as every write to `customers`, whatever made
 * it (a command, a restore, the sync, an upgrade), and `rebuildDebtorShards` recomputes them from
 * the customers. A property test proves the kept lines always equal the rebuilt ones. They are in
 * no backup and no sync: each phone derives its own.
 */
import {
  cmp,
  type DBCore,
  type DBCoreKeyRange,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreTransaction,
  type Middleware,
  type Transaction,
} from 'dexie';
import type { Customer } from '../lib/domain';
import { SHARDS, SHARD_TABLE, type DebtorLine, type DebtorShard } from './debtor-lines';

/** Her line when she owes something; null when she owes nothing (or has paid in advance). */
export function debtorLine(c: Customer): DebtorLine | null {
  const balance = c.creditBalanceMinor ?? 0;
  if (!(balance > 0)) return null;
  return [
    c.id,
    c.firstName,
    c.nickname || null,
    balance,
    c.owedSince ?? null,
    c.promisedAt ?? null,
  ];
}

/** The shard of an id: FNV-1a over its UTF-16 code units. */
export function shardOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % SHARDS;
}

/** The shards as the customers make them: what the kept shards must always equal. */
export function shardsOf(customers: Iterable<Customer>): DebtorShard[] {
  const shards = Array.from({ length: SHARDS }, (_, id): DebtorShard => ({ id, lines: [] }));
  for (const c of customers) {
    const line = debtorLine(c);
    if (line) shards[shardOf(c.id)]!.lines.push(line);
  }
  return shards;
}

/**
 * Rebuilds the shards from the customer rows, in the caller's transaction (the v8 upgrade's):
 * `shardsOf` written whole.
 */
export async function rebuildDebtorShards(tx: Transaction): Promise<void> {
  const customers = (await tx.table('customers').toArray()) as Customer[];
  await tx.table(SHARD_TABLE).bulkPut(shardsOf(customers));
}

const sameLine = (a: DebtorLine | undefined, b: DebtorLine | null) =>
  a === undefined ? b === null : b !== null && a.every((x, i) => x === b[i]);

/** The shard with these customers' lines set (null: removed); the same object when unchanged. */
function withLines(shard: DebtorShard, changes: Map<string, DebtorLine | null>): DebtorShard {
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
function holdsShards(trans: unknown): boolean {
  const t = trans as Partial<IDBTransaction>;
  return t.mode !== 'readonly' && Boolean(t.objectStoreNames?.contains(SHARD_TABLE));
}

export const debtorShardsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'debtor-shards',
  create(down: DBCore): Partial<DBCore> {
    // One update of the shards at a time per transaction: two writes to customers in flight in
    // one transaction would otherwise both read a shard before either wrote it back.
    const queues = new WeakMap<DBCoreTransaction, Promise<unknown>>();
    const known = () => down.schema.tables.some((t) => t.name === SHARD_TABLE);

    async function mirror(
      req: DBCoreMutateRequest,
      done: Promise<DBCoreMutateResponse>,
    ): Promise<void> {
      const shards = down.table(SHARD_TABLE);
      const { trans } = req;
      if (req.type === 'deleteRange') {
        const [res, all] = await Promise.all([
          done,
          shards.getMany({ trans, keys: [...Array(SHARDS).keys()] }) as Promise<
            Array<DebtorShard | undefined>
          >,
        ]);
        if (res.numFailures) return;
        const values = all
          .filter((s): s is DebtorShard => s !== undefined)
          .map((s) => ({ s, kept: s.lines.filter((l) => !inRange(l[0], req.range)) }))
          .filter(({ s, kept }) => kept.length !== s.lines.length)
          .map(({ s, kept }) => ({ id: s.id, lines: kept }));
        if (values.length) await shards.mutate({ type: 'put', trans, values });
        return;
      }
      // Her new line, from the request itself: the rows as this write leaves them.
      const ids: unknown[] =
        req.type === 'delete' ? req.keys : req.values.map((v) => (v as Customer).id);
      const shardIds = [...new Set(ids.filter((id) => typeof id === 'string').map(shardOf))];
      // The shards are read while the customers' write runs (one round trip, not two).
      const [res, rows] = await Promise.all([
        done,
        shards.getMany({ trans, keys: shardIds }) as Promise<Array<DebtorShard | undefined>>,
      ]);
      const changes = new Map<number, Map<string, DebtorLine | null>>();
      for (const [i, id] of ids.entries()) {
        if (typeof id !== 'string' || i in res.failures) continue;
        const line = req.type === 'delete' ? null : debtorLine(req.values[i] as Customer);
        const shard = shardOf(id);
        const of = changes.get(shard) ?? new Map<string, DebtorLine | null>();
        of.set(id, line);
        changes.set(shard, of);
      }
      const values: DebtorShard[] = [];
      for (const [i, id] of shardIds.entries()) {
        const row = rows[i] ?? { id, lines: [] };
        const next = withLines(row, changes.get(id) ?? new Map());
        if (next !== row) values.push(next);
      }
      if (values.length) await shards.mutate({ type: 'put', trans, values });
    }

    return {
      ...down,
      transaction(stores, mode, options) {
        const adds = mode === 'readwrite' && stores.includes('customers') && known();
        return down.transaction(
          adds ? [...new Set([...stores, SHARD_TABLE])] : stores,
          mode,
          options,
        );
      },
      table(name) {
        const table = down.table(name);
        if (name !== 'customers') return table;
        return {
          ...table,
          async mutate(req) {
            const done = table.mutate(req);
            // An upgrade from before v8 writes customers before the shards' store exists: the
            // v8 upgrade builds them from the customers then.
            if (!holdsShards(req.trans) || !known()) return done;
            const before = queues.get(req.trans) ?? Promise.resolve();
            const update = before.then(() => mirror(req, done));
            queues.set(
              req.trans,
              update.catch(() => undefined),
            );
            await update;
            return done;
          },
        };
      },
    };
  },
};
