/**
 * Resolves once the phone has a quiet moment (a second at most), or at once when the seller leaves
 * the app (another app, the home screen, the phone locked): work put off so as not to stand
 * between her tap and the next screen is then done while the page may still run, not lost with it.
 */
export function whenQuietOrLeaving(timeoutMs = 1000): Promise<void> {
  return new Promise((resolve) => {
    let idle = 0;
    let timer = 0;
    const done = () => {
      document.removeEventListener('visibilitychange', done);
      window.removeEventListener('pagehide', done);
      if (idle && typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
      window.clearTimeout(timer);
      resolve();
    };
    document.addEventListener('visibilitychange', done);
    window.addEventListener('pagehide', done);
    if (typeof requestIdleCallback === 'function')
      idle = requestIdleCallback(done, { timeout: timeoutMs });
    else timer = window.setTimeout(done, Math.min(300, timeoutMs));
  });
}
