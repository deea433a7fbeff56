import type { AssohDB } from '../../db/db';
import type { Gift } from '../../lib/domain';
import { startOfDay } from '../../lib/dates';
import { fold } from '../../lib/text';

/** What the seller gave lately, most frequent first: the quick picks of the gift form. */
export async function giftQuickPicks(db: AssohDB, limit = 6): Promise<string[]> {
  const recent = await db.gifts.orderBy('at').reverse().limit(200).toArray();
  const counts = new Map<string, { what: string; n: number }>();
  for (const g of recent) {
    const key = fold(g.what);
    const entry = counts.get(key);
    if (entry) entry.n++;
    else counts.set(key, { what: g.what, n: 1 });
  }
  return [...counts.values()]
    .sort((a, b) => b.n - a.n)
    .slice(0, limit)
    .map((e) => e.what);
}

export async function giftsSince(
  db: AssohDB,
  since: number,
): Promise<{ count: number; valueMinor: number }> {
  let count = 0;
  let valueMinor = 0;
  await db.gifts
    .where('at')
    .aboveOrEqual(since)
    .each((g) => {
      count++;
      valueMinor += g.valueMinor ?? 0;
    });
  return { count, valueMinor };
}

export function giftsToday(db: AssohDB, now = Date.now()) {
  return giftsSince(db, startOfDay(now));
}

export async function getGift(db: AssohDB, id: string): Promise<Gift | null> {
  return (await db.gifts.get(id)) ?? null;
}
