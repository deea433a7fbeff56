// Not part of `npm run bench`: the main thread's tasks, in order, between the profile-start and
// profile-end marks of a trace written by profile-*.mjs, each with its biggest inner slices and
// the idle gaps between them: where the wait from a tap to its frame goes.
//   node scripts/bench/trace-timeline.mjs /tmp/assoh-card-trace.json [minMs]
import { readFile } from 'node:fs/promises';
import { costsByFunction } from './trace-costs.mjs';

const file = process.argv[2];
const min = Number(process.argv[3] ?? 2);
const { traceEvents: events } = JSON.parse(await readFile(file, 'utf8'));
const mark = (n) => events.find((e) => e.name === n && e.cat.includes('user_timing'));
// A launch's trace (profile-launch.mjs) has no profile marks: from the tab's first task to app-ready.
const to = mark('profile-end') ?? mark('app-ready') ?? mark('profile-now');
const from =
  mark('profile-start') ??
  events
    .filter((e) => e.pid === to.pid && e.ph === 'X' && e.ts > 0)
    .reduce((a, b) => (b.ts < a.ts ? b : a));
const main = events.find(
  (e) => e.pid === from.pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
);
const slices = events
  .filter(
    (e) =>
      e.tid === main.tid && e.pid === main.pid && e.ph === 'X' && e.ts >= from.ts && e.ts <= to.ts,
  )
  .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
const ms = (us) => (us / 1000).toFixed(1).padStart(7);
let end = from.ts;
const tops = [];
for (const e of slices)
  if (e.ts >= end) {
    tops.push(e);
    end = e.ts + (e.dur ?? 0);
  }
let at = from.ts;
for (const t of tops) {
  if (t.ts - at > min * 1000) console.log(`${ms(at - from.ts)}  idle ${ms(t.ts - at)}`);
  at = t.ts + t.dur;
  if (t.dur < min * 1000) continue;
  const inner = slices.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur);
  // Self time by name inside this task, plus JS function names for FunctionCall.
  const self = new Map();
  const stack = [];
  for (const e of [t, ...inner]) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    const key = (x) =>
      x.name === 'FunctionCall' || x.name === 'v8.callFunction'
        ? `${x.name}(${x.args?.data?.functionName ?? ''} ${(x.args?.data?.url ?? '').split('/').pop()})`
        : x.name === 'EventDispatch'
          ? `Event ${x.args?.data?.type}`
          : x.name === 'TimerFire' || x.name === 'FireAnimationFrame'
            ? x.name
            : x.name;
    if (parent) self.set(key(parent), (self.get(key(parent)) ?? 0) - e.dur);
    self.set(key(e), (self.get(key(e)) ?? 0) + e.dur);
    stack.push(e);
  }
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5);
  const fns = process.env.FNS
    ? costsByFunction(
        events,
        main,
        t.ts,
        t.ts + t.dur,
        (f) =>
          `${f.functionName || '(anon)'}@${(f.url ?? '').split('/').pop().slice(0, 12)}:${f.columnNumber}`,
      )
        .filter(([n]) => !n.startsWith('(program)') && !n.startsWith('(idle)'))
        .slice(0, 6)
        .map(([n, d]) => `${n} ${d.toFixed(1)}`)
        .join(', ')
    : '';
  console.log(
    `${ms(t.ts - from.ts)}  ${t.name} ${ms(t.dur)}: ${top.map(([n, d]) => `${n} ${(d / 1000).toFixed(1)}`).join(', ')}${fns ? `\n           js: ${fns}` : ''}`,
  );
}
console.log(`${ms(to.ts - from.ts)}  end`);
// From the tap's first task on: the main thread's busy time (wall) and its own CPU time.
const tap = tops.find((t) =>
  slices.some(
    (e) =>
      e.name === 'EventDispatch' &&
      e.args?.data?.type === 'click' &&
      e.ts >= t.ts &&
      e.ts <= t.ts + t.dur,
  ),
);
const after = tops.filter((t) => tap && t.ts >= tap.ts);
const busy = after.reduce((sum, t) => sum + t.dur, 0);
const cpu = after.reduce((sum, t) => sum + (t.tdur ?? 0), 0);
console.log(
  `from the click's task to the end: ${ms(to.ts - (tap?.ts ?? from.ts))} ms, main thread busy ${ms(busy)} ms, its CPU ${ms(cpu)} ms`,
);
