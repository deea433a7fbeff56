import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';

/** Where the seller had scrolled each screen she left, by history entry. */
const positions = new Map<string, number>();

/** Content may still be arriving (a live query, a lazy screen and its strings, a slow and busy
 * phone: 4 s was seen to fall short): try for ten seconds at most, then let go. Her own finger
 * stops it at once. */
const RESTORE_MS = 10_000;

/** What she does that ends a restoring still under way. */
const STOPS = ['touchstart', 'pointerdown', 'wheel', 'keydown'] as const;

function restore(y: number): () => void {
  // The top is always there to go to: no need to read where the page is, a read that would lay
  // the whole new screen out at once, inside React's commit (about 75 ms of a launch at 6× CPU,
  // where the home screen opens as a POP).
  if (y === 0) {
    window.scrollTo(0, 0);
    return () => undefined;
  }
  const until = performance.now() + RESTORE_MS;
  let frame = 0;
  const stop = () => {
    cancelAnimationFrame(frame);
    for (const type of STOPS) window.removeEventListener(type, stop);
  };
  // Her own finger (or keyboard) wins over the restoring.
  for (const type of STOPS) window.addEventListener(type, stop, { passive: true });
  const attempt = () => {
    window.scrollTo(0, y);
    if (Math.abs(window.scrollY - y) < 2 || performance.now() > until) stop();
    else frame = requestAnimationFrame(attempt);
  };
  attempt();
  return stop;
}

/**
 * A navigation's `state` for an address that changes under the same screen, which stays where she
 * had scrolled it (a sheet over her card, whose opening the address keeps).
 */
export const KEEP_SCROLL = { keepScroll: true } as const;

function keepsScroll(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'keepScroll' in state;
}

/**
 * Every new screen opens at its top; Back (or Forward) returns to where she was on that screen.
 * The browser's own restoring is off: it runs before a screen's rows have arrived.
 */
export function useScrollRestoration(): void {
  const { key, state } = useLocation();
  const type = useNavigationType();
  // The screen on show: a scroll belongs to it from the moment it is drawn.
  const shown = useRef(key);

  useEffect(() => {
    window.history.scrollRestoration = 'manual';
    const remember = () => positions.set(shown.current, window.scrollY);
    window.addEventListener('scroll', remember, { passive: true });
    // A scroll event comes with the next frame: on a busy phone a tap can leave the screen
    // before it, and Back would then find the place before. Her tap (every way out of a screen
    // in the app) and the phone's Back (before the router hears it) note it at once, while the
    // screen she leaves is still the one laid out.
    document.addEventListener('click', remember, { capture: true });
    window.addEventListener('popstate', remember, { capture: true });
    return () => {
      window.removeEventListener('scroll', remember);
      document.removeEventListener('click', remember, { capture: true });
      window.removeEventListener('popstate', remember, { capture: true });
    };
  }, []);

  useLayoutEffect(() => {
    shown.current = key;
    if (type === 'POP') return restore(positions.get(key) ?? 0);
    if (!keepsScroll(state)) window.scrollTo(0, 0);
  }, [key, type, state]);
}
