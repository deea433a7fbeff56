// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenQuietOrLeaving } from './idle';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** Settles within the microtasks of now, or not. */
async function settledNow(p: Promise<void>): Promise<boolean> {
  let settled = false;
  void p.then(() => (settled = true));
  for (let i = 0; i < 5; i++) await Promise.resolve();
  return settled;
}

describe('whenQuietOrLeaving', () => {
  it('waits for a quiet moment while the seller stays', async () => {
    const callbacks: Array<() => void> = [];
    vi.stubGlobal('requestIdleCallback', (fn: () => void) => callbacks.push(fn));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    const quiet = whenQuietOrLeaving();
    expect(await settledNow(quiet)).toBe(false);
    callbacks[0]!();
    expect(await settledNow(quiet)).toBe(true);
  });

  it('resolves at once when she leaves the app, and forgets the idle wait', async () => {
    const cancel = vi.fn();
    vi.stubGlobal('requestIdleCallback', () => 7);
    vi.stubGlobal('cancelIdleCallback', cancel);
    const quiet = whenQuietOrLeaving();
    expect(await settledNow(quiet)).toBe(false);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(await settledNow(quiet)).toBe(true);
    expect(cancel).toHaveBeenCalledWith(7);
  });

  it('resolves when the page is put away (pagehide)', async () => {
    vi.stubGlobal('requestIdleCallback', () => 1);
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    const quiet = whenQuietOrLeaving();
    window.dispatchEvent(new Event('pagehide'));
    expect(await settledNow(quiet)).toBe(true);
  });

  it('without idle callbacks, waits a short moment', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const quiet = whenQuietOrLeaving();
    expect(await settledNow(quiet)).toBe(false);
    vi.advanceTimersByTime(300);
    expect(await settledNow(quiet)).toBe(true);
  });
});
