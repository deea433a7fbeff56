import { useDeferredValue, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A search box's text, kept in the URL so that "back" from a card returns to the same results.
 * It is written straight into the current history entry (the router reads it back when the seller
 * returns) rather than through a navigation, which would re-render every route on each keystroke.
 */
export function useUrlQuery(name = 'q'): [string, (value: string) => void] {
  const [params] = useSearchParams();
  const [value, setValue] = useState(() => params.get(name) ?? '');
  const settled = useDeferredValue(value);
  useEffect(() => {
    const url = new URL(window.location.href);
    if ((url.searchParams.get(name) ?? '') === settled) return;
    if (settled) url.searchParams.set(name, settled);
    else url.searchParams.delete(name);
    window.history.replaceState(window.history.state, '', url);
  }, [settled, name]);
  return [value, setValue];
}
