import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

/** A pause in her typing long enough to write the text into the address. */
const SETTLE_MS = 800;

/**
 * A search box's text, kept in the URL so that "back" from a card returns to the same results.
 * It is written straight into the current history entry (the router reads it back when the seller
 * returns) rather than through a navigation, which would re-render every route on each keystroke;
 * and only once she pauses, or at once when she taps anything (a result, a tab: before the tap's
 * own navigation), since each change of address costs a slow phone tens of milliseconds (the
 * browser fetches the page's icon again) that a letter she types need not wait for.
 */
export function useUrlQuery(name = 'q'): [string, (value: string) => void] {
  const [params] = useSearchParams();
  const [value, setValue] = useState(() => params.get(name) ?? '');
  useEffect(() => {
    const write = () => {
      const url = new URL(window.location.href);
      if ((url.searchParams.get(name) ?? '') === value) return;
      if (value) url.searchParams.set(name, value);
      else url.searchParams.delete(name);
      window.history.replaceState(window.history.state, '', url);
    };
    const timer = window.setTimeout(write, SETTLE_MS);
    document.addEventListener('click', write, { capture: true });
    window.addEventListener('pagehide', write);
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('click', write, { capture: true });
      window.removeEventListener('pagehide', write);
    };
  }, [value, name]);
  return [value, setValue];
}
