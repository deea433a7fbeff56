import { useEffect, useState } from 'react';

/**
 * Calls `fn` once the frame about to be drawn is painted (its animation frame, then the task
 * after it). Returns the way to call it off (an effect's cleanup).
 */
export function afterPaint(fn: () => void): () => void {
  let timer = 0;
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}

/**
 * False for the first frame of what `ready` shows, true once that frame is painted. A long list
 * draws what the screen shows first and the rest (below the fold) in the next frame, so what she
 * came for is painted sooner on a slow phone and nothing in view moves.
 */
export function usePainted(ready = true): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready || painted) return;
    return afterPaint(() => setPainted(true));
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
    return afterPaint(() => setPainted({ value }));
  }, [value, done]);
  return done;
}
