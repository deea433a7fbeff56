import { useState } from 'react';

/**
 * A long list shown newest first, a page at a time, with "Voir plus" for the older rows (her
 * credit book, her history). How many of the oldest wait behind "Voir plus" is counted from the
 * oldest once the list is known, so that a row added while the list shows (a payment, a sale
 * from the other phone) comes on top and takes no row away from below, where she may be looking:
 * the row under her eyes would go, and the browser's scroll anchor with it (18 px of a payment at
 * 6× CPU). `count` is undefined until the list is read; `more` shows `step` older rows; after
 * deletions a page at least stays shown.
 */
export function usePageFromOldest(
  count: number | undefined,
  page: number,
  step = page,
): { shown: number; more: () => void } {
  const firstHidden = count === undefined ? undefined : Math.max(0, count - page);
  // Known at once when the list comes with the screen; else set by the render that brings it.
  const [hidden, setHidden] = useState(firstHidden);
  if (hidden === undefined && firstHidden !== undefined) setHidden(firstHidden);
  const shown =
    count === undefined
      ? page
      : Math.max(count - (hidden ?? firstHidden ?? 0), Math.min(count, page));
  return { shown, more: () => setHidden((n) => Math.max(0, (n ?? 0) - step)) };
}
