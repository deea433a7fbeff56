import type { Page } from '@playwright/test';

/** What the seller can tap or type in. */
const CONTROLS =
  'a[href], button, input:not([type=hidden]), select, textarea, [role=textbox], summary';

/**
 * Every control of the screen, brought into view as the seller would scroll to it, then hit-tested
 * at its centre: the ones a message (toast) lies over. Fails loudly if no message is showing, so
 * that the check cannot pass by accident.
 *
 * It checks the frame she sees: it waits for the next frame to be painted first. A message is in
 * the page from React's commit, but the room made for it (the screen's end padding, the page's
 * scroll-padding) is written when the browser lays that frame out, before painting it (ui/dock.tsx,
 * a ResizeObserver). A check run in between (the message found by a poll, the frame not drawn yet)
 * saw a state no screen ever shows: 81 px of padding missing, 8 controls of the sale "under" it.
 */
export function controlsUnderMessages(page: Page): Promise<string[]> {
  return page.evaluate(async (selector) => {
    // rAF runs in the frame's rendering step, before its layout and resize observers; a task
    // queued from there runs once that frame is painted.
    await new Promise<void>((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));
    // "BUTTON «Enregistrer la vente»": a control named for the failure message.
    const name = (el: Element) =>
      `${el.tagName} «${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}»`;
    const shown = () => document.querySelectorAll('[data-toast]').length > 0;
    if (!shown()) return ['(no message on screen)'];
    const under: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      if (el.closest('[data-toast]') || !el.getClientRects().length) continue;
      if (!el.closest('[data-dock]')) el.scrollIntoView({ block: 'nearest' });
      const box = el.getBoundingClientRect();
      // Hidden inputs of a label (sr-only): their label is checked as a control of its own.
      if (box.width < 4 || box.height < 4) continue;
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      if (hit?.closest('[data-toast]')) under.push(name(el));
    }
    if (!shown()) under.push('(the message went before the check ended)');
    return under;
  }, CONTROLS);
}

/** Where the screen's content shows: under the title bar, above the dock (bar, messages, tabs). */
export function visibleArea(page: Page): Promise<{ top: number; bottom: number }> {
  return page.evaluate(() => {
    const header = document.querySelector('[data-dock="top"]');
    let bottom = window.innerHeight;
    for (const el of Array.from(
      document.querySelectorAll<HTMLElement>('[data-dock]:not([data-dock="top"])'),
    )) {
      const top = el.getBoundingClientRect().top;
      if (el.offsetHeight > 0 && top < bottom) bottom = top;
    }
    return { top: header ? header.getBoundingClientRect().bottom : 0, bottom };
  });
}

export interface FitProblems {
  /** The page is wider than the phone: it scrolls sideways. */
  horizontalScroll: boolean;
  /** Controls and titles whose words run out of their box. */
  overflowing: string[];
  /** Controls smaller than 48 × 48 CSS px. */
  small: string[];
}

/**
 * One screen measured as a thumb and an eye would: no sideways scroll, no word running out of its
 * button, link, label or title, every target at least 48 px each way. A radio or tick box is
 * reached through its label, which is measured instead.
 */
export function fitProblems(page: Page): Promise<FitProblems> {
  return page.evaluate((selector) => {
    const name = (el: Element) =>
      `${el.tagName} «${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}»`;
    const root = document.documentElement;
    const overflowing: string[] = [];
    const small: string[] = [];
    const visible = (el: Element) =>
      el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    for (const el of Array.from(
      document.querySelectorAll<HTMLElement>(`${selector}, label, h1, h2`),
    )) {
      // A field scrolls its own text; a screen-reader-only label is 1 px by design.
      if (!visible(el) || el.matches('input, select, textarea')) continue;
      if (el.offsetWidth < 4) continue;
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'auto')
        overflowing.push(name(el));
    }
    for (const raw of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      let el: HTMLElement | null = raw;
      if (raw.matches('input[type=radio], input[type=checkbox], input[type=file]'))
        el = raw.closest('label') ?? document.querySelector(`label[for="${raw.id}"]`);
      if (!el || !visible(el)) continue;
      const box = el.getBoundingClientRect();
      if (box.width < 47.5 || box.height < 47.5)
        small.push(`${name(el)} ${Math.round(box.width)}×${Math.round(box.height)}`);
    }
    return {
      horizontalScroll: root.scrollWidth > root.clientWidth,
      overflowing: [...new Set(overflowing)],
      small: [...new Set(small)],
    };
  }, CONTROLS);
}
