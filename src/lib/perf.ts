let marked = false;
const waiting = new Set<() => void>();

/** Marks the moment the first screen shows the seller's data; the benchmark reads it. */
export function markAppReady(): void {
  if (marked) return;
  marked = true;
  performance.mark('app-ready');
  for (const resolve of waiting) resolve();
  waiting.clear();
}

/** Resolves once the first screen is up: what can wait (updates, prefetches) waits for it. */
export function whenAppReady(): Promise<void> {
  if (marked) return Promise.resolve();
  return new Promise((resolve) => waiting.add(resolve));
}
