import { useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { loadDb } from '../../../db/connection';
import type { Customer } from '../../../lib/domain';
import { keepSearchIndex, type Found, type LoadedIndex } from '../search-index';
import { useT } from '../../../i18n';
import { Icon } from '../../../ui/icon';
import { useRead } from '../../../ui/use-read';
import { useSettings } from '../../../ui/settings-context';

interface SearchBoxProps {
  value: string;
  onChange: (value: string) => void;
  autoFocus?: boolean;
}

/** The search box; its results come from the in-memory index (useSearchNow). */
export function CustomerSearchBox({ value, onChange, autoFocus }: SearchBoxProps) {
  const t = useT();
  return (
    <div className="relative">
      <label htmlFor="customer-search" className="sr-only">
        {t('customers.searchLabel')}
      </label>
      <Icon
        name="search"
        className="pointer-events-none absolute start-3 top-1/2 size-6 -translate-y-1/2 text-stone-500"
      />
      <input
        id="customer-search"
        type="search"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onFocus={() => (index ? index.refresh() : askIndex())}
        placeholder={t('customers.searchPlaceholder')}
        autoComplete="off"
        autoCorrect="off"
        spellCheck={false}
        enterKeyHint="search"
        // Focus only where the seller came to search: a keyboard popping up elsewhere hides the screen.
        autoFocus={autoFocus}
        className="block min-h-14 w-full rounded-2xl border-2 border-stone-300 bg-white py-2 ps-11 pe-3 text-lg placeholder:text-stone-500 focus:border-brand-600"
      />
    </div>
  );
}

/**
 * Matches for `query` read from the notebook: the search where its index in memory cannot be
 * read. A one-off read (useRead), not a live query: a one-letter prefix returns thousands of
 * keys. A blank query reads nothing (finds no one).
 */
function useSearchRead(query: string, limit: number): Found | undefined {
  const { country } = useSettings();
  return useRead(async () => {
    if (!query.trim()) return { query, customers: [] };
    // The search's code (and Dexie) is not on the first screen's route.
    const [db, { searchCustomers }] = await Promise.all([loadDb(), import('../queries')]);
    return { query, customers: await searchCustomers(db, query, limit, country) };
  }, [query, limit, country]);
}

/**
 * The search's index in memory (search-index.ts): undefined until it is read, null if it cannot
 * be. Read once the home screen shows (or at her finger on the box, or at her first letter),
 * then kept fresh after each write.
 */
let index: LoadedIndex | null | undefined;
let indexAsked = false;
const indexListeners = new Set<() => void>();

/** Reads the search's index now, if not yet. */
export function askIndex() {
  if (indexAsked) return;
  indexAsked = true;
  keepSearchIndex((loaded) => {
    index = loaded;
    for (const listener of indexListeners) listener();
  });
}

function subscribeIndex(listener: () => void) {
  indexListeners.add(listener);
  return () => indexListeners.delete(listener);
}

/**
 * Matches for `query` found in memory, in the same render as the letter: the frame that shows
 * the letter shows its results. A blank query finds no one. Until the index is read, nothing is
 * found (undefined); where it cannot be read, the notebook is searched instead (useSearchRead).
 * While the phone library loads for a first number, the results before it stay.
 */
export function useSearchNow(query: string, limit: number): Found | undefined {
  const { country } = useSettings();
  const loaded = useSyncExternalStore(subscribeIndex, () => index);
  const searching = query.trim() !== '';
  useEffect(() => {
    if (searching) askIndex();
  }, [searching]);
  const now = useMemo(
    () => (loaded && searching ? loaded.find(query, limit, country) : undefined),
    [loaded, searching, query, limit, country],
  );
  const fallback = useSearchRead(loaded === null ? query : '', limit);
  if (!searching) return undefined;
  return loaded === null ? fallback : now;
}

/** The name as a block: first name, then the nickname in full (it is what tells people apart). */
export function CustomerNameBlock({
  customer,
  extra,
}: {
  customer: Pick<Customer, 'firstName' | 'nickname'>;
  extra?: ReactNode;
}) {
  return (
    <span className="flex min-w-0 flex-col">
      <span className="truncate text-lg leading-tight font-semibold text-stone-900">
        {customer.firstName}
      </span>
      {customer.nickname && (
        <span className="line-clamp-2 text-base leading-tight text-stone-700">
          {customer.nickname}
        </span>
      )}
      {extra && <span className="text-sm text-stone-500">{extra}</span>}
    </span>
  );
}

export function customerLabel(c: Pick<Customer, 'firstName' | 'nickname'>): string {
  return c.nickname ? `${c.firstName} (${c.nickname})` : c.firstName;
}
