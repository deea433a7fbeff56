/**
 * Whether a finger (or the mouse button) is down on the page, for useSyncExternalStore. A message that comes or goes under her finger between pressing a button and lifting it
 * takes the tap: the press was on the button, the release on the message, and no click happens
 * (the "Prêt à fonctionner hors ligne" notice, arriving at its own moment, once took a tap on "Voir
 * l'image" so). The docked messages wait for the finger to lift (ui/toasts.tsx).
 */
const down = new Set<number>();
const listeners = new Set<() => void>();
/** A press held longer is not a tap (a long press, a finger resting): messages show anyway. */
const LONGEST_MS = 1500;
/** What the screens are told: down from the first press until just after the last lift. */
let held = false;
let installed = false;
let longest: number | undefined;

const tell = () => {
  for (const run of [...listeners]) run();
};

function lifted(): void {
  down.clear();
  window.clearTimeout(longest);
  // After the tap's click, which the browser dispatches right after the finger lifts.
  window.setTimeout(() => {
    if (down.size > 0 || !held) return;
    held = false;
    tell();
  });
}

function install(): void {
  if (installed || typeof window === 'undefined') return;
  installed = true;
  const options = { capture: true, passive: true };
  window.addEventListener(
    'pointerdown',
    (e) => {
      down.add(e.pointerId ?? 0);
      window.clearTimeout(longest);
      longest = window.setTimeout(lifted, LONGEST_MS);
      if (held) return;
      held = true;
      tell();
    },
    options,
  );
  window.addEventListener(
    'pointerup',
    (e) => {
      down.delete(e.pointerId ?? 0);
      if (down.size === 0) lifted();
    },
    options,
  );
  // A press that turns into a scroll, or a page left with a finger down, is over too.
  window.addEventListener('pointercancel', lifted, options);
  window.addEventListener('blur', lifted, options);
}

export function fingerDown(): boolean {
  install();
  return held;
}

/** For useSyncExternalStore: `run` is called when a finger goes down or the last one lifts. */
export function subscribeFinger(run: () => void): () => void {
  install();
  listeners.add(run);
  return () => listeners.delete(run);
}
