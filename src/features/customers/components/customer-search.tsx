import { useDeferredValue, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { loadDb } from '../../../db/connection';
import type { Customer } from '../../../lib/domain';
import { keepSearchIndex, type Found as FoundNow, type LoadedIndex } from '../search-index';
import { useT } from '../../../i18n';
import { Icon } from '../../../ui/icon';
import { useRead } from '../../../ui/use-read';
import { useSettings } from '../../../ui/settings-context';

/** The search's code and Dexie: loaded when she taps the box, so her first letter waits on neither. */
function loadSearch() {
  return Promise.all([loadDb(), import('../queries')]);
}

interface SearchBoxProps {
  value: string;
  onChange: (value: string) => void;
  autoFocus?: boolean;
  /** Its results come from the in-memory index (useSearchNow), not the notebook's reads. */
  inMemory?: boolean;
}

export function CustomerSearchBox({ value, onChange, autoFocus, inMemory }: SearchBoxProps) {
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
        onFocus={() => {
          if (inMemory) return index ? index.refresh() : askIndex();
          loadSearch()
            .then(([db, { prepareSearch }]) => prepareSearch(db))
            .catch((error: unknown) => console.warn('search not loaded', error));
        }}
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

/** What a search found, with the text it was found for (the box may hold a newer one). */
export interface Found {
  query: string;
  customers: Customer[];
}

/**
 * Matches for `query`, read as soon as it changes. A one-off read (useRead), not a live query: a
 * one-letter prefix returns thousands of keys. `blankFinds: false`: a blank query reads nothing
 * (finds no one) instead of listing the people seen lately.
 */
export function useSearchRead(query: string, limit = 30, blankFinds = true): Found | undefined {
  const { country } = useSettings();
  return useRead(async () => {
    if (!blankFinds && !query.trim()) return { query, customers: [] };
    // The search's code (and Dexie) is not on the first screen's route: it loads at the first
    // letter, or before, once the first screen is up (both are cached after that).
    const [db, { searchCustomers }] = await loadSearch();
    return { query, customers: await searchCustomers(db, query, limit, country) };
  }, [query, limit, country, blankFinds]);
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
export function useSearchNow(query: string, limit: number): FoundNow | undefined {
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
  const fallback = useSearchRead(loaded === null ? query : '', limit, false);
  if (!searching) return undefined;
  return loaded === null ? fallback : now;
}

/** Matches for a typed query; the deferred value keeps typing smooth on a slow phone. */
export function useCustomerSearch(query: string, limit = 30): Customer[] | undefined {
  return useSearchRead(useDeferredValue(query), limit)?.customers;
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
