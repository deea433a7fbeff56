import { useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';

/**
 * The bottom of the screen is a dock, from the bottom up: the navigation bar, the screen's own
 * bar (a sale's total and "Enregistrer"), then the messages. Each part writes its height in a CSS
 * variable on <html>; the screen pads its end by their sum and the page keeps a focused field
 * above them (scroll-padding, see index.css), so what the seller needs is never under the dock.
 */
export type DockPart = '--dock-nav' | '--dock-bar' | '--dock-toasts' | '--dock-top';

export function useDockHeight(ref: RefObject<HTMLElement | null>, part: DockPart): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const root = document.documentElement.style;
    // Measured before the first paint, then whenever it changes (a line wraps, a message comes).
    const write = () => root.setProperty(part, `${el.offsetHeight}px`);
    write();
    const observer = new ResizeObserver(write);
    observer.observe(el);
    return () => {
      observer.disconnect();
      root.removeProperty(part);
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
