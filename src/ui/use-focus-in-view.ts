import { useEffect } from 'react';
import { visibleBottom, visibleTop } from './dock';

const MARGIN = 8;

const TYPED =
  'input:not([type=checkbox],[type=radio],[type=button],[type=submit],[type=file]), textarea, select, [contenteditable=true]';

/** A field she types in or picks from, in the page (not one inside the dock or the title bar). */
function isTypedInto(el: Element | null): el is HTMLElement {
  return el instanceof HTMLElement && el.matches(TYPED) && !el.closest('[data-dock]');
}

/** Scrolls just enough for the field to show whole between the title bar and the dock. */
export function revealField(el: HTMLElement): void {
  const box = el.getBoundingClientRect();
  const top = visibleTop() + MARGIN;
  const bottom = visibleBottom() - MARGIN;
  if (box.bottom > bottom) window.scrollBy(0, Math.min(box.bottom - bottom, box.top - top));
  else if (box.top < top) window.scrollBy(0, box.top - top);
}

/**
 * A field being typed in always shows whole above the dock (the sale's total bar, "Enregistrer",
 * the navigation) and above the on-screen keyboard. Browsers do not scroll on a tap if any part
 * of the field shows, and scroll-padding only guides their own scrolling: this covers the rest.
 */
export function useFocusInView(): void {
  useEffect(() => {
    let frame = 0;
    const reveal = () => {
      cancelAnimationFrame(frame);
      // After the browser's own scrolling and the keyboard's first frame.
      frame = requestAnimationFrame(() => {
        const el = document.activeElement;
        if (isTypedInto(el)) revealField(el);
      });
    };
    const onFocus = (e: FocusEvent) => {
      if (isTypedInto(e.target as Element)) reveal();
    };
    document.addEventListener('focusin', onFocus);
    window.visualViewport?.addEventListener('resize', reveal);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('focusin', onFocus);
      window.visualViewport?.removeEventListener('resize', reveal);
    };
  }, []);
}
