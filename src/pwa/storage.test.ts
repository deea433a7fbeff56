// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.resetModules();
});

/** What the write's own task still runs after it: its promise callbacks. */
async function endOfTask() {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

/** A phone whose `navigator.storage` counts how often the page touches it. */
function phone() {
  const seen = { touches: 0, asked: 0 };
  const storage = {
    persisted: () => Promise.resolve(false),
    persist: () => {
      seen.asked++;
      return Promise.resolve(true);
    },
  };
  vi.stubGlobal('navigator', {
    get storage() {
      seen.touches++;
      return storage;
    },
  });
  return seen;
}

describe('persistAfterFirstWrite', () => {
  it('asks the browser to keep the notebook once, later, never in the write’s own task', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const seen = phone();
    const { persistAfterFirstWrite } = await import('./storage');
    persistAfterFirstWrite();
    // The screen the write leads to draws first: nothing of navigator.storage yet.
    await endOfTask();
    expect(seen.touches).toBe(0);
    await vi.advanceTimersByTimeAsync(1000);
    expect(seen.asked).toBe(1);
    persistAfterFirstWrite();
    await vi.advanceTimersByTimeAsync(1000);
    expect(seen.asked).toBe(1);
  });

  it('waits for the phone to be idle where it can tell', async () => {
    const idle: Array<() => void> = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
    const seen = phone();
    const { persistAfterFirstWrite } = await import('./storage');
    persistAfterFirstWrite();
    await endOfTask();
    expect(seen.touches).toBe(0);
    idle.forEach((run) => run());
    await vi.waitFor(() => expect(seen.asked).toBe(1));
  });
});
