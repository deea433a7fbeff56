import { useDeferredValue, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

const SETTLE_MS = 400;

/**
 * A search box's text, kept in the URL (so "back" from a card returns to the same results) but
 * written there only once typing pauses: a navigation on every keystroke would slow a cheap phone.
 */
export function useUrlQuery(name = 'q'): [string, (value: string) => void] {
  const [params, setParams] = useSearchParams();
  const [value, setValue] = useState(() => params.get(name) ?? '');
  const settled = useDeferredValue(value);
  useEffect(() => {
    const timer = window.setTimeout(() => {
      setParams(settled ? { [name]: settled } : {}, { replace: true });
    }, SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [settled, name, setParams]);
  return [value, setValue];
}
