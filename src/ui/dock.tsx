import { useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';

/**
 * The bottom of the screen is a dock, from the bottom up: the navigation bar, the screen's own
 * bar (a sale's total and "Enregistrer"), then the messages. Each part writes its height in a CSS
 * variable on <html>; the screen pads its end by their sum and the page keeps a focused field
 * above them (scroll-padding, see index.css), so what the seller needs is never under the dock.
 */
export type DockPart = '--dock-nav' | '--dock-bar' | '--dock-toasts' | '--dock-top';

/** Heights to measure, by part: read together, then written together (see `measure`). */
const pending = new Map<DockPart, HTMLElement>();

function height(part: DockPart): string {
  // index.css starts every part at 0px.
  return document.documentElement.style.getPropertyValue(part) || '0px';
}

/**
 * Reads every waiting part's height first, then writes only those that changed. Each write to
 * <html> restyles the whole page, and a read after a write lays it out again: on a first screen
 * with three parts, reading and writing one at a time cost three full layouts before the paint.
 * The browser then lays out again what the new heights move, still before the paint.
 */
function flush(): void {
  const heights = [...pending].map(([part, el]) => [part, `${el.offsetHeight}px`] as const);
  pending.clear();
  const root = document.documentElement.style;
  // Writing the same height again would restyle the page for nothing.
  for (const [part, value] of heights) if (height(part) !== value) root.setProperty(part, value);
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
      document.documentElement.style.removeProperty(part);
    };
  }, [ref, part]);
}

/** The screen's bar just above the navigation: always in reach of the thumb, never over a field. */
export function DockBar({ children, label }: { children: ReactNode; label?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useDockHeight(ref, '--dock-bar');
  return (
    <div
      ref={ref}
      role={label ? 'region' : undefined}
      aria-label={label}
      data-dock="bar"
      className="fixed start-0 end-0 bottom-[var(--dock-nav)] z-20 border-t border-stone-200 bg-brand-50/95 backdrop-blur"
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
