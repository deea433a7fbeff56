import {
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { useLocation } from 'react-router';
import { useShallow } from 'zustand/react/shallow';
import { aboveNav, useDockHeight, useDockPlace, type DockHeights } from './dock';
import { fingerDown, subscribeFinger } from './finger';
import { arrivingOn, stillArriving, useUiStore, visibleToasts, type Toast } from './store';

/**
 * Above the navigation, and lifted above the screen's bar by a transform: when the bar leaves (a
 * sale saved, her card opens) the messages slide down to the navigation instead of jumping there.
 */
function placeToasts(el: HTMLElement, h: Readonly<DockHeights>): void {
  aboveNav(el, h);
  el.style.transform = `translateY(${-h.bar}px)`;
}

/**
 * One message. Over the screen (`inline` false), it goes when its time is over or when closed.
 * In a screen's flow (`inline`), it keeps its room once its time is over, its button gone but its
 * place kept: what is below it never moves. It has no close button there: it covers nothing.
 */
function ToastItem({
  toast,
  closeLabel,
}: {
  toast: Toast;
  /** Over the screen: its close button's name. In a screen's flow there is none. */
  closeLabel?: string;
}) {
  const inline = closeLabel === undefined;
  const dismiss = useUiStore((s) => s.dismissToast);
  const expire = useUiStore((s) => s.expireToast);
  const live = !toast.spent;
  // Its time runs from when it shows: a message that waited its turn still gets all of it.
  useEffect(() => {
    if (!toast.duration || !live) return;
    const timer = window.setTimeout(() => expire(toast.id), toast.duration);
    return () => window.clearTimeout(timer);
  }, [toast.id, toast.duration, live, expire]);
  const tone =
    toast.tone === 'error'
      ? 'bg-red-800'
      : toast.tone === 'success'
        ? 'bg-leaf-700'
        : 'bg-stone-800';
  return (
    <div
      // A message still in its time (what the e2e checks and the screenshots wait for).
      data-toast={live ? (toast.undo ? 'undo' : 'message') : undefined}
      // A button at its end brings its own room; words alone get the same room as at the start.
      className={`pointer-events-auto flex min-h-12 items-center gap-2 rounded-2xl ps-4 py-1 text-white ${inline && !toast.action ? 'pe-4' : 'pe-1'} ${inline ? '' : 'shadow-lg'} ${tone}`}
    >
      <p
        className={`flex-1 py-1 text-base font-semibold ${toast.spent === 'acted' ? 'line-through' : ''}`}
      >
        {toast.text}
      </p>
      {toast.action && (
        <button
          type="button"
          disabled={!live}
          aria-hidden={!live || undefined}
          // Gone when its time is over, but its width kept: the words do not rewrap.
          className={`min-h-12 min-w-12 shrink-0 rounded-xl px-2 text-base font-bold underline underline-offset-4 ${live ? '' : 'invisible'}`}
          onClick={() => {
            toast.action?.run();
            expire(toast.id, 'acted');
          }}
        >
          {toast.action.label}
        </button>
      )}
      {!toast.action && !inline && (
        <button
          type="button"
          aria-label={closeLabel}
          className="flex size-12 shrink-0 items-center justify-center rounded-xl text-2xl"
          onClick={() => dismiss(toast.id)}
        >
          ×
        </button>
      )}
    </div>
  );
}

/**
 * At the top of a screen: the messages that came with it (a sale's "Vente enregistrée" and its
 * Annuler on her card). They take their own room in the screen's first frame instead of lying
 * over its buttons at the bottom, and keep it until she leaves, so nothing below them moves.
 */
export function Arrivals() {
  // Another address is another screen, even drawn by the same components (one card to
  // another); the same address with another history entry (a sheet) is the same screen.
  const { pathname } = useLocation();
  return <ScreenArrivals key={pathname} />;
}

function ScreenArrivals() {
  const owner = useId();
  const { key } = useLocation();
  // The history entry it was first drawn for: a sheet opened through the address later is not
  // a new screen, and takes no new arrivals.
  const [entry] = useState(key);
  const claim = useUiStore((s) => s.claimArrivals);
  const release = useUiStore((s) => s.releaseArrivals);
  const mine = useUiStore(useShallow((s) => s.toasts.filter((t) => t.placed === owner)));
  // Drawn by the first render, claimed before the first paint: the message never shows over
  // the screen, then moves into it, and nothing below it moves when it is claimed.
  const [arriving] = useState(() => arrivingOn(entry));
  useLayoutEffect(() => {
    claim(owner, entry, arriving);
    return () => release(owner, entry);
  }, [owner, entry, arriving, claim, release]);
  const shown = mine.length > 0 ? mine : arriving.filter(stillArriving);
  if (shown.length === 0) return null;
  return (
    <div role="status" className="flex flex-col gap-2">
      {shown.map((toast) => (
        <ToastItem key={toast.id} toast={toast} />
      ))}
    </div>
  );
}

/**
 * The messages as they were when her finger went down, until it lifts: one that came (or went)
 * under it in between would take her tap (ui/finger.ts).
 */
function useHeldUnderFinger(current: Toast[]): Toast[] {
  const down = useSyncExternalStore(subscribeFinger, fingerDown);
  const [held, setHeld] = useState(current);
  // What she sees while her finger is down; caught up as soon as it lifts (or never held).
  if (!down && held !== current) setHeld(current);
  return down ? held : current;
}

/**
 * The messages that come while she is on a screen, docked just above the screen's bar and the
 * navigation: they take their own room at the bottom (the screen's end moves up to make way)
 * rather than lying over the title, the total or the field being typed in. Those that came with
 * the screen lie in its flow instead (`Arrivals`). A new screen closes the previous screen's
 * messages, except an undo, which stays its time. `extra` (the update prompt) docks with them.
 */
export function Toasts({ closeLabel, extra }: { closeLabel: string; extra?: ReactNode }) {
  const visible = useHeldUnderFinger(useUiStore(useShallow((s) => visibleToasts(s.toasts))));
  const enterScreen = useUiStore((s) => s.enterScreen);
  const { key } = useLocation();
  // Every screen (every history entry) has its own key: entering one closes the others' messages.
  useLayoutEffect(() => enterScreen(key), [key, enterScreen]);
  const ref = useRef<HTMLDivElement>(null);
  useDockHeight(ref, 'toasts');
  useDockPlace(ref, placeToasts);
  return (
    <div
      ref={ref}
      role="status"
      aria-live="polite"
      data-dock="toasts"
      className="pointer-events-none fixed start-0 end-0 bottom-0 z-30 mx-auto flex max-w-xl flex-col gap-2 px-3 transition-transform duration-200 empty:hidden motion-reduce:transition-none [&>*:last-child]:mb-2"
    >
      {extra}
      {visible.map((toast) => (
        <ToastItem key={toast.id} toast={toast} closeLabel={closeLabel} />
      ))}
    </div>
  );
}
