import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CreditEntry } from './domain';
import {
  correctionOf,
  ledgerState,
  linesOf,
  liveEntries,
  statementOf,
  voidOf,
  type Line,
} from './ledger';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 3, 9);
let n = 0;

function entry(
  over: Partial<CreditEntry> & Pick<CreditEntry, 'kind' | 'amountMinor'>,
): CreditEntry {
  const id = over.id ?? `e${n++}`;
  const at = over.at ?? T0;
  return {
    id,
    lineId: id,
    customerId: 'c',
    at,
    createdAt: at,
    updatedAt: at,
    ...over,
  };
}
const credit = (amountMinor: number, at: number, dueAt?: number) =>
  entry({ kind: 'credit', amountMinor, at, ...(dueAt === undefined ? {} : { dueAt }) });
const payment = (amountMinor: number, at: number) =>
  entry({ kind: 'paiement', amountMinor, at, way: 'especes' });
const lineOf = (entries: CreditEntry[], id: string) =>
  linesOf(entries).find((l) => l.lineId === id) as Line;

describe('the balance', () => {
  it('is what the credits and payments add up to, oldest debt first', () => {
    const a = credit(600, T0, T0 + 7 * DAY);
    const b = credit(1000, T0 + DAY, T0 + 3 * DAY);
    // A partial payment settles the oldest credit first: 200 of the first is still owed.
    const p = payment(400, T0 + 2 * DAY);
    expect(ledgerState([a, b, p])).toEqual({
      balanceMinor: 1200,
      owedSince: T0,
      promisedAt: T0 + 3 * DAY,
    });
    // Paying those 200 moves "since" to the second credit, and its promise with it.
    expect(ledgerState([a, b, p, payment(200, T0 + 3 * DAY)])).toEqual({
      balanceMinor: 1000,
      owedSince: T0 + DAY,
      promisedAt: T0 + 3 * DAY,
    });
  });

  it('keeps what was paid beyond the debt as an advance, used by the next credit', () => {
    const paid = [credit(600, T0), payment(800, T0 + DAY)];
    expect(ledgerState(paid)).toEqual({ balanceMinor: -200 });
    expect(ledgerState([...paid, credit(500, T0 + 2 * DAY)])).toEqual({
      balanceMinor: 300,
      owedSince: T0 + 2 * DAY,
    });
    // A credit the advance covers whole leaves nothing owed.
    expect(ledgerState([...paid, credit(150, T0 + 2 * DAY)])).toEqual({ balanceMinor: -50 });
  });

  it('counts a corrected entry once, at its new amount, and a voided one not at all', () => {
    const a = credit(600, T0);
    const fix = correctionOf(lineOf([a], a.id), { amountMinor: 450 }, 'fix', T0 + DAY);
    expect(fix).toMatchObject({ lineId: a.id, amountMinor: 450, at: T0, createdAt: T0 + DAY });
    expect(ledgerState([a, fix]).balanceMinor).toBe(450);
    const gone = voidOf(lineOf([a, fix], a.id), 'void', T0 + 2 * DAY);
    expect(ledgerState([a, fix, gone])).toEqual({ balanceMinor: 0 });
    expect(liveEntries([a, fix, gone])).toEqual([]);
  });

  it('writes a new version after the current one even when this phone’s clock is behind', () => {
    const a = { ...credit(600, T0), createdAt: T0 + 10 * DAY };
    const fix = correctionOf(lineOf([a], a.id), { amountMinor: 100 }, 'fix', T0);
    expect(fix.createdAt).toBe(T0 + 10 * DAY + 1);
    expect(ledgerState([a, fix]).balanceMinor).toBe(100);
  });

  it('settles two phones’ corrections of one entry the same way: the later one, never both', () => {
    const a = credit(600, T0);
    const line = lineOf([a], a.id);
    const mine = correctionOf(line, { amountMinor: 500 }, 'x-mine', T0 + DAY);
    const theirs = correctionOf(line, { amountMinor: 300 }, 'y-theirs', T0 + DAY + 5);
    expect(ledgerState([a, mine, theirs]).balanceMinor).toBe(300);
    expect(ledgerState([theirs, a, mine]).balanceMinor).toBe(300);
    // Same millisecond: a void beats a correction, then the greater id, on every phone.
    const fixSame = correctionOf(line, { amountMinor: 500 }, 'z', T0 + DAY);
    const voidSame = voidOf(line, 'a', T0 + DAY);
    expect(ledgerState([a, fixSame, voidSame]).balanceMinor).toBe(0);
    expect(ledgerState([voidSame, a, fixSame]).balanceMinor).toBe(0);
  });
});

describe('the statement', () => {
  it('shows every version, the replaced ones with how and when, and the running balance', () => {
    const a = credit(600, T0);
    const p = payment(200, T0 + DAY);
    const fix = correctionOf(lineOf([a], a.id), { amountMinor: 700 }, 'fix', T0 + 2 * DAY);
    const v = voidOf(lineOf([p], p.id), 'void', T0 + 3 * DAY);
    const { rows, state } = statementOf([v, fix, p, a]);
    expect(rows.map((r) => [r.entry.id, r.balanceMinor, r.replaced?.how])).toEqual([
      [a.id, undefined, 'corrected'],
      ['fix', 700, undefined],
      [p.id, undefined, 'voided'],
    ]);
    expect(rows[0]?.replaced?.at).toBe(T0 + 2 * DAY);
    expect(state).toEqual({ balanceMinor: 700, owedSince: T0 });
  });
});

/** A random history of one customer's book: entries, corrections and voids, with times. */
type Step =
  | { op: 'credit'; amount: number; day: number; due?: number }
  | { op: 'payment'; amount: number; day: number }
  | { op: 'correct'; pick: number; amount: number }
  | { op: 'void'; pick: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    op: fc.constant('credit' as const),
    amount: fc.integer({ min: 1, max: 5000 }),
    day: fc.integer({ min: 0, max: 90 }),
    due: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
  }),
  fc.record({
    op: fc.constant('payment' as const),
    amount: fc.integer({ min: 1, max: 5000 }),
    day: fc.integer({ min: 0, max: 90 }),
  }),
  fc.record({
    op: fc.constant('correct' as const),
    pick: fc.nat(),
    amount: fc.integer({ min: 1, max: 5000 }),
  }),
  fc.record({ op: fc.constant('void' as const), pick: fc.nat() }),
);

/** Plays the steps as one phone would (each new version written "now", a step later). */
function play(steps: Step[], prefix: string, start: CreditEntry[] = [], clock = T0): CreditEntry[] {
  const entries = [...start];
  let now = clock;
  let k = 0;
  for (const s of steps) {
    now += 1000;
    const id = `${prefix}${k++}`;
    if (s.op === 'credit' || s.op === 'payment') {
      const at = T0 + s.day * DAY;
      entries.push(
        entry({
          id,
          kind: s.op === 'credit' ? 'credit' : 'paiement',
          amountMinor: s.amount,
          at,
          ...(s.op === 'credit' && s.due !== undefined ? { dueAt: T0 + s.due * DAY } : {}),
          createdAt: now,
          updatedAt: now,
        }),
      );
      continue;
    }
    const live = linesOf(entries).filter((l) => l.live);
    const line = live[s.pick % Math.max(1, live.length)];
    if (!line) continue;
    entries.push(
      s.op === 'void'
        ? voidOf(line, id, now)
        : correctionOf(line, { amountMinor: s.amount }, id, now),
    );
  }
  return entries;
}

/** The naive sum of the versions that count: what the cached balance must always equal. */
function naiveBalance(entries: CreditEntry[]): number {
  let sum = 0;
  for (const l of linesOf(entries))
    if (l.live) sum += l.current.kind === 'credit' ? l.current.amountMinor : -l.current.amountMinor;
  return sum;
}

describe('the balance is a function of the set of entries', () => {
  it('whatever order the entries come in, and equal to the sum of what counts', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), fc.nat(), (steps, seed) => {
        const entries = play(steps, 'p');
        const shuffled = [...entries].sort(
          (a, b) => ((hash(a.id) ^ seed) >>> 0) - ((hash(b.id) ^ seed) >>> 0),
        );
        const state = ledgerState(entries);
        expect(ledgerState(shuffled)).toEqual(state);
        expect(state.balanceMinor).toBe(naiveBalance(entries));
        // "Since" exists exactly when something is owed.
        expect(state.owedSince !== undefined).toBe(state.balanceMinor > 0);
        // The statement's last running balance is the balance, and each running balance is
        // what the lines that count add up to so far (credits less payments).
        const rows = statementOf(shuffled).rows.filter((r) => r.balanceMinor !== undefined);
        expect(rows.at(-1)?.balanceMinor ?? 0).toBe(state.balanceMinor);
        let sum = 0;
        for (const { entry, balanceMinor } of rows) {
          sum += entry.kind === 'credit' ? entry.amountMinor : -entry.amountMinor;
          expect(balanceMinor).toBe(sum);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('two phones that each corrected and voided offline agree on the union, in any merge order', () => {
    fc.assert(
      fc.property(
        fc.array(step, { maxLength: 15 }),
        fc.array(step, { maxLength: 15 }),
        fc.array(step, { maxLength: 15 }),
        (shared, onA, onB) => {
          const base = play(shared, 's');
          // Both phones start from the same book and write at overlapping times.
          const a = play(onA, 'a', base, T0 + 100_000);
          const b = play(onB, 'b', base, T0 + 100_000);
          const ab = union(a, b);
          const ba = union(b, a);
          expect(ledgerState(ab)).toEqual(ledgerState(ba));
          // One version per line counts: two corrections of one entry never both count.
          const live = liveEntries(ab);
          expect(new Set(live.map((e) => e.lineId)).size).toBe(live.length);
          expect(ledgerState(ab).balanceMinor).toBe(naiveBalance(ab));
          // Merging again changes nothing.
          expect(ledgerState(union(ab, b))).toEqual(ledgerState(ab));
        },
      ),
      { numRuns: 300 },
    );
  });
});

function union(x: CreditEntry[], y: CreditEntry[]): CreditEntry[] {
  const byId = new Map<string, CreditEntry>();
  for (const e of [...x, ...y]) byId.set(e.id, e);
  return [...byId.values()];
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h;
}
