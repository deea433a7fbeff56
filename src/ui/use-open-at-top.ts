import { useEffect } from 'react';

/**
 * A screen opened from a scrolled one starts at its top, not where the last one was left
 * (the router keeps the window's scroll between screens).
 */
export function useOpenAtTop(): void {
  useEffect(() => {
    // Braces: Chromium's scrollTo now returns a promise, which React would take for a cleanup.
    window.scrollTo(0, 0);
  }, []);
}
