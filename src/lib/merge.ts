/**
 * The merge rule for one id, shared by "Ajouter au carnet" and, later, sync: of all the versions
 * of a row that two phones know (edits, or its deletion), the greatest wins, in a total order:
 *
 *   1. the later time (an edit's updatedAt, a deletion's deletedAt);
 *   2. on the same millisecond, a deletion beats an edit (what the seller removed stays removed);
 *   3. between two edits of the same millisecond, the greater canonical JSON (keys sorted, derived
 *      fields left out), compared as strings: the same answer on every phone, with nothing to
 *      keep per phone (a device id would travel with a "replace" that brings another phone's
 *      settings, and two phones would then share it).
 *
 * A total order makes the merge a "max": commutative, associative and idempotent, so phones that
 * exchange what they know, in any order and as often as they like, end with the same notebook.
 */

export interface RowVersion<T> {
  kind: 'row';
  row: T;
}
export interface DeletedVersion {
  kind: 'deleted';
  deletedAt: number;
}
export type Version<T> = RowVersion<T> | DeletedVersion;

/** What the rule needs of a row: its time. */
export interface Timed {
  id: string;
  updatedAt: number;
}

/**
 * The time a change made here is stamped with: now, or just after the version it changes when
 * the phone's clock reads earlier (a sync that moved that version a millisecond on, another
 * phone whose clock runs ahead, a clock set back). A change is always the newest version of what
 * it changes: the merge rule never takes it for an older one, which would undo it on every phone.
 * (Credit entries' new versions follow it too: lib/ledger.ts, nextVersionTime.)
 */
export function editTime(previous: number | undefined, now = Date.now()): number {
  return previous === undefined ? now : Math.max(now, previous + 1);
}

export function versionTime(v: Version<Timed>): number {
  return v.kind === 'row' ? v.row.updatedAt : v.deletedAt;
}

/**
 * JSON with object keys sorted at every depth, leaving out the top-level keys in `omit` (fields
 * derived from others, or a photo's Blob, which JSON cannot show and which never changes under
 * one id). Undefined values are left out, as JSON.stringify does.
 */
export function canonicalJson(value: unknown, omit?: ReadonlySet<string>): string {
  return JSON.stringify(sortKeys(value, omit));
}

function sortKeys(value: unknown, omit?: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((v) => sortKeys(v));
  if (value === null || typeof value !== 'object' || value instanceof Blob) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    if (omit?.has(key)) continue;
    out[key] = sortKeys((value as Record<string, unknown>)[key]);
  }
  return out;
}

/** Negative when a loses to b, positive when a wins, 0 when they are the same version. */
export function compareVersions<T extends Timed>(
  a: Version<T>,
  b: Version<T>,
  omit?: ReadonlySet<string>,
): number {
  const time = versionTime(a) - versionTime(b);
  if (time !== 0) return time;
  if (a.kind !== b.kind) return a.kind === 'deleted' ? 1 : -1;
  if (a.kind === 'deleted' || b.kind === 'deleted') return 0;
  const x = canonicalJson(a.row, omit);
  const y = canonicalJson(b.row, omit);
  return x === y ? 0 : x > y ? 1 : -1;
}

/** The winning version of the two; `a` when they are the same version. */
export function winner<T extends Timed>(
  a: Version<T>,
  b: Version<T>,
  omit?: ReadonlySet<string>,
): Version<T> {
  return compareVersions(a, b, omit) >= 0 ? a : b;
}
