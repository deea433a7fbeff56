// Where a traced action spends its main-thread time (for the profile-*.mjs scripts, not the bench).

export const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'blink',
  'loading',
  'blink.user_timing',
  'disabled-by-default-v8.cpu_profiler',
];

/** Self time per trace event name on the renderer's main thread, between two timestamps (µs). */
export function costsByKind(events, tid, from, to) {
  const slices = events
    .filter((e) => e.tid === tid && e.ph === 'X' && e.ts >= from && e.ts <= to && e.dur > 0)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  for (const e of slices) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur);
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur);
    stack.push(e);
  }
  return [...self.entries()].map(([name, us]) => [name, us / 1000]).sort((a, b) => b[1] - a[1]);
}

/**
 * Self time per `by(callFrame)` from the V8 sampling profiler's chunks in the trace: the main
 * thread's profile only (the service worker's thread, in the same process, has its own).
 */
export function costsByFunction(events, main, from, to, by) {
  const profiles = new Map();
  for (const e of events) {
    if (e.pid !== main.pid) continue;
    if (e.name === 'Profile') {
      profiles.set(e.id, {
        tid: e.tid,
        time: e.args?.data?.startTime ?? 0,
        nodes: new Map(),
      });
    }
  }
  const self = new Map();
  for (const e of events) {
    if (e.pid !== main.pid || e.name !== 'ProfileChunk') continue;
    const p = profiles.get(e.id);
    if (!p || p.tid !== main.tid) continue;
    const data = e.args?.data?.cpuProfile;
    for (const n of data?.nodes ?? []) p.nodes.set(n.id, n);
    const deltas = e.args?.data?.timeDeltas ?? [];
    (data?.samples ?? []).forEach((id, i) => {
      p.time += deltas[i] ?? 0;
      if (p.time < from || p.time > to) return;
      const key = by(p.nodes.get(id)?.callFrame ?? {});
      self.set(key, (self.get(key) ?? 0) + (deltas[i] ?? 0) / 1000);
    });
  }
  return [...self.entries()].sort((a, b) => b[1] - a[1]);
}

/** A sampled frame as "name file:line:column". */
export const byFunction = (f) => {
  const where = f.url ? `${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}` : '';
  return `${f.functionName || '(anonymous)'} ${where}`.trim();
};

/**
 * Prints the main thread's self time by kind, then by function, between two timestamps (µs).
 * `span` ends each heading (" up to app-ready").
 */
export function printCosts(events, main, from, to, { kinds = 14, functions = 20, span = '' } = {}) {
  console.log(`Main thread, self time by kind${span}:`);
  for (const [name, ms] of costsByKind(events, main.tid, from, to).slice(0, kinds))
    console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
  console.log(`Functions, self time${span} (V8 sampling profiler):`);
  for (const [name, ms] of costsByFunction(events, main, from, to, byFunction).slice(0, functions))
    console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
}
