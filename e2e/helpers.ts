import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Waits until the service worker controls the page: from then on it works with no network. The
 * app hears it at the same moment and readies its "Prêt à fonctionner hors ligne", which waits for
 * the next screen she opens (it never lies over the one she is on): this lets that moment pass, so
 * the next screen the test opens is the one that says it.
 */
export async function waitForOfflineReady(page: Page) {
  // waitForFunction does not await a promise (an async predicate is truthy at once): the
  // promise of an active worker is awaited through evaluate, then control is polled.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.evaluate(
    () =>
      new Promise<void>((done) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0))),
      ),
  );
}

/**
 * Notes, from the first page of a fresh context on, where "Prêt à fonctionner hors ligne" shows:
 * in a screen's flow (inside <main>), or docked over the screen (anywhere else). Read it with
 * `offlineNoticeSeen`.
 */
export async function watchOfflineNotice(page: Page, text = 'Prêt à fonctionner hors ligne') {
  await page.addInitScript((words) => {
    const seen = { inFlow: false, docked: false };
    (window as unknown as { offlineNotice: typeof seen }).offlineNotice = seen;
    new MutationObserver(() => {
      for (const el of Array.from(document.querySelectorAll('[data-toast]'))) {
        if (!el.textContent?.includes(words)) continue;
        if (el.closest('main')) seen.inFlow = true;
        else seen.docked = true;
      }
    }).observe(document, { childList: true, subtree: true });
  }, text);
}

export function offlineNoticeSeen(page: Page): Promise<{ inFlow: boolean; docked: boolean }> {
  return page.evaluate(
    () =>
      (window as unknown as { offlineNotice: { inFlow: boolean; docked: boolean } }).offlineNotice,
  );
}

/** axe over the whole screen: no serious or critical violation. */
export async function expectNoSeriousViolations(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${screen}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(serious).toEqual([]);
}

/**
 * Nothing wider than the phone, and no words spilling out of their button, label or line: the
 * text of each element must lie inside its box (a badge placed over a corner on purpose, text cut
 * with an ellipsis and screen-reader-only text are left alone).
 */
export async function expectNothingOverflows(page: Page, screen: string) {
  const problems = await page.evaluate(() => {
    const out: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width + 1)
      out.push(`the page is ${document.documentElement.scrollWidth}px wide`);
    const selector = 'button, a, label, h1, h2, h3, p, legend, output, li, option';
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      if (el.closest('.sr-only, select') || getComputedStyle(el).overflowX !== 'visible') continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0) continue;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || !node.textContent?.trim()) continue;
        // Text in an absolutely placed child (a count badge) or a cut-off line is not spilling.
        let inner: HTMLElement | null = parent;
        let skip = false;
        while (inner && inner !== el) {
          const style = getComputedStyle(inner);
          if (style.position === 'absolute' || style.overflowX !== 'visible') skip = true;
          inner = inner.parentElement;
        }
        if (skip) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const r of Array.from(range.getClientRects())) {
          if (
            r.left < box.left - 1 ||
            r.right > box.right + 1 ||
            r.right > width + 1 ||
            r.left < -1
          )
            out.push(
              `"${node.textContent.trim().slice(0, 40)}" spills out of <${el.tagName.toLowerCase()}>`,
            );
        }
      }
    }
    return [...new Set(out)];
  });
  expect(problems, screen).toEqual([]);
}

/**
 * The phone's messages app and dialer are outside this machine: a tap on an sms: or tel: link
 * runs the app's own handler (marking the message opened) but hands nothing to the system. Headless
 * Chromium would otherwise open an invisible "open with?" prompt that swallows later taps.
 */
export async function keepPhoneLinksInPage(page: Page) {
  await page.addInitScript(() => {
    document.addEventListener(
      'click',
      (event) => {
        const link = (event.target as Element | null)?.closest?.(
          'a[href^="sms:"], a[href^="tel:"]',
        );
        if (link) event.preventDefault();
      },
      true,
    );
  });
}

/** A text with amounts as the app writes them: (narrow) no-break spaces where a space is typed. */
export const fcfa = (text: string) =>
  new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s'));
