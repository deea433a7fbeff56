import { describe, expect, it } from 'vitest';
import { shardsOf } from '../../db/debtor-shards';
import { startOfDay, startOfDayOffset } from '../../lib/dates';
import type { Customer } from '../../lib/domain';
import { customerRow } from '../../test/fixtures';
import { dueTodayOf } from './queries/today';

function customer(id: string, balance: number, promised?: number): Customer {
  return customerRow(id, {
    ...(balance !== 0 ? { creditBalanceMinor: balance } : {}),
    ...(balance > 0 ? { owedSince: 1 } : {}),
    ...(promised !== undefined ? { promisedAt: promised } : {}),
  });
}

describe("the home screen's « À encaisser aujourd'hui » line, from the debtor shards", () => {
  it('counts the promises due today or before, their total, and everyone who owes', () => {
    // A minute before midnight: a promise dated today (its day's start) is due, tomorrow's is not.
    const now = startOfDayOffset(Date.now(), 1) - 60_000;
    const today = startOfDay(now);
    const shards = shardsOf([
      customer('Awa', 100, startOfDayOffset(today, -3)),
      customer('Bintou', 250, today),
      customer('Chantal', 300, startOfDayOffset(today, 1)),
      customer('Djeneba', 50),
      customer('Esi', 0),
      customer('Fanta', -200),
    ]);
    expect(dueTodayOf(shards, now)).toEqual({ count: 2, totalMinor: 350, debtors: 4 });
  });

  it('is empty when no one owes', () => {
    expect(dueTodayOf(shardsOf([customer('Esi', 0)]), Date.now())).toEqual({
      count: 0,
      totalMinor: 0,
      debtors: 0,
    });
  });
});
