import { useCallback, useEffect, useState } from 'react';
import { afterPaint } from './use-painted';

/**
 * Whether a screen's long lists may leave their rows away from the screen out of style, layout
 * and paint (`rows-lazy`) because a sheet covers the screen: from the sheet's opening until one
 * frame after it closes. A modal sheet's opening and closing restyle the whole page behind it (it
 * becomes inert, then not), in the same frame as what the sheet's save changed (her card's new
 * balance after "Enregistrer le paiement"); the rows come back a frame later, at the heights they
 * had (`rows-sized`), off the path from her tap to what it changed. `set` is called in the same
 * render as the sheet's own open state; `openedWithSheet`: the screen opens under its sheet.
 */
export function useCover(openedWithSheet: boolean): {
  lazy: boolean;
  set: (covered: boolean) => void;
} {
  const [state, setState] = useState<'open' | 'closing' | null>(openedWithSheet ? 'open' : null);
  useEffect(() => {
    if (state !== 'closing') return;
    return afterPaint(() => setState(null));
  }, [state]);
  const set = useCallback(
    (covered: boolean) => setState((s) => (covered ? 'open' : s && 'closing')),
    [],
  );
  return { lazy: state !== null, set };
}
