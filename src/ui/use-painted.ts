import { useEffect, useState } from 'react';

/**
 * False for the first frame of what `ready` shows, true once that frame is painted. A long list
 * draws what the screen shows first and the rest (below the fold) in the next frame, so what she
 * came for is painted sooner on a slow phone and nothing in view moves.
 */
export function usePainted(ready = true): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready || painted) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [ready, painted]);
  return painted;
}

/**
 * True once a frame showing `value` (a list of results, say) is painted; false again for each new
 * value, until its first frame is painted in turn.
 */
export function usePaintedFor(value: unknown): boolean {
  const [painted, setPainted] = useState<{ value: unknown } | null>(null);
  const done = painted !== null && Object.is(painted.value, value);
  useEffect(() => {
    if (done) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setPainted({ value }), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [value, done]);
  return done;
}
