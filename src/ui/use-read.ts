import { useEffect, useState } from 'react';

/**
 * A one-off read for big result sets. Dexie's live queries note every key a query returns (to
 * know what to watch); over thousands of rows that bookkeeping costs more than the read. Use
 * this where the screen is for the moment (a search, a report), useLiveQuery everywhere else.
 * While a new read runs, the previous result stays on screen.
 */
export function useRead<T>(read: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let current = true;
    read().then(
      (result) => current && setValue(result),
      (error: unknown) => console.error('read failed', error),
    );
    return () => {
      current = false;
    };
    // The caller names what the read depends on, as with useLiveQuery.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return value;
}
