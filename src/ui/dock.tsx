import { useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';

/**
 * The bottom of the screen is a dock, from the bottom up: the navigation bar, the screen's own
 * bar (a sale's total and "Enregistrer"), then the messages. Each part's height is measured; the
 * screen pads its end by their sum and the page keeps a focused field above them and under the
 * title bar (scroll-padding), so what the seller needs is never under the dock.
 *
 * The heights are written straight into the few properties that use them (the page's
 * scroll-padding, the screen's end padding, where the bar and the messages sit), never as CSS
 * variables on <html>: a variable there is inherited by every element, so each new message or
 * bar made the browser restyle the whole page (about 25 ms of a tap on her card at 6× CPU).
 */
export type DockPart = 'top' | 'nav' | 'bar' | 'toasts';

export type DockHeights = Record<DockPart, number>;

/** The heights now, in px. */
const heights: DockHeights = { top: 0, nav: 0, bar: 0, toasts: 0 };

/**
 * Heights known before the first screen is drawn: index.html's start frame measures its title
 * bar and navigation for its first paint (start-frame-boot.ts). The first screen starts from
 * them and finds nothing to change.
 */
export function seedDockHeights(known: Partial<DockHeights>): void {
  for (const part of Object.keys(heights) as DockPart[]) {
    const value = known[part];
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) heights[part] = value;
  }
  padPage(heights);
}

/** The dock's height above the bottom of the screen: navigation, bar and messages. */
function dockBottom(h: Readonly<DockHeights>): number {
  return h.nav + h.bar + h.toasts;
}

type Consumer = (h: Readonly<DockHeights>) => void;
const consumers = new Set<Consumer>();

/** Scrolling to a field (focus, an error, a search result) keeps it between the bars. */
function padPage(h: Readonly<DockHeights>): void {
  document.documentElement.style.scrollPaddingBlock = `calc(${h.top}px + 0.5rem) calc(${dockBottom(h)}px + 0.5rem)`;
}

function apply(): void {
  padPage(heights);
  for (const consumer of consumers) consumer(heights);
}

/** Heights to measure, by part: read together, then written together (see `flush`). */
const pending = new Map<DockPart, HTMLElement>();

/**
 * Reads every waiting part's height first, then writes only if one changed: a read after a
 * write would lay the page out a second time. What the new heights move is laid out again
 * before the paint.
 */
function flush(): void {
  const measured = [...pending].map(([part, el]) => [part, el.offsetHeight] as const);
  pending.clear();
  let changed = false;
  for (const [part, value] of measured) {
    if (heights[part] !== value) {
      heights[part] = value;
      changed = true;
    }
  }
  if (changed) apply();
}

function measure(el: HTMLElement, part: DockPart): void {
  if (pending.size === 0) queueMicrotask(flush);
  pending.set(part, el);
}

export function useDockHeight(ref: RefObject<HTMLElement | null>, part: DockPart): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // Measured before the first paint and whenever it changes (a line wraps, a message comes):
    // a ResizeObserver reports once the browser has laid the frame out, before it paints it, so
    // the read costs nothing. A read here, inside React's commit, would lay the whole new
    // screen out at once ahead of the browser (tens of ms of a launch on a slow phone).
    const observer = new ResizeObserver(() => measure(el, part));
    observer.observe(el);
    return () => {
      observer.disconnect();
      pending.delete(part);
      // A screen's bar leaving takes its room with it: a message above it goes down to the
      // navigation with the new screen rather than float over the next screen's content.
      if (heights[part] !== 0) {
        heights[part] = 0;
        apply();
      }
    };
  }, [ref, part]);
}

/**
 * Writes what `place` makes of the dock's heights on the element: at once (in the commit that
 * draws it, before its first paint) and at every change. `place` (a function made once, outside
 * any component) sets properties that are not inherited (padding, bottom, transform): only that
 * element is restyled.
 */
export function useDockPlace<E extends HTMLElement>(
  ref: RefObject<E | null>,
  place: (el: E, h: Readonly<DockHeights>) => void,
): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const consumer: Consumer = (h) => place(el, h);
    consumer(heights);
    consumers.add(consumer);
    return () => {
      consumers.delete(consumer);
    };
  }, [ref, place]);
}

/** The screen's end clears the dock, so its last line can always be scrolled into view. */
export function padScreenEnd(el: HTMLElement, h: Readonly<DockHeights>): void {
  el.style.paddingBlockEnd = `calc(${dockBottom(h)}px + 1.5rem)`;
}

/** Just above the navigation. */
export function aboveNav(el: HTMLElement, h: Readonly<DockHeights>): void {
  el.style.bottom = `${h.nav}px`;
}

/** The screen's bar just above the navigation: always in reach of the thumb, never over a field. */
export function DockBar({ children, label }: { children: ReactNode; label?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useDockHeight(ref, 'bar');
  useDockPlace(ref, aboveNav);
  return (
    <div
      ref={ref}
      role={label ? 'region' : undefined}
      aria-label={label}
      data-dock="bar"
      className="fixed start-0 end-0 bottom-0 z-20 border-t border-stone-200 bg-brand-50/95 backdrop-blur"
    >
      <div className="mx-auto flex w-full max-w-xl flex-col gap-2 px-4 py-2">{children}</div>
    </div>
  );
}

/**
 * Where the seller's view ends at the bottom: the top of the dock, or of the on-screen keyboard
 * when it covers more.
 */
export function visibleBottom(): number {
  const viewport = window.visualViewport;
  const screenBottom = viewport ? viewport.offsetTop + viewport.height : window.innerHeight;
  let bottom = screenBottom;
  for (const el of document.querySelectorAll<HTMLElement>('[data-dock]:not([data-dock="top"])')) {
    const top = el.getBoundingClientRect().top;
    if (el.offsetHeight > 0 && top < bottom) bottom = top;
  }
  return bottom;
}

/** Where it starts at the top: under the screen's sticky title bar. */
export function visibleTop(): number {
  const header = document.querySelector<HTMLElement>('[data-dock="top"]');
  return header ? Math.max(0, header.getBoundingClientRect().bottom) : 0;
}
