// The credit book's part of `npm run bench`, in one module so the bench's own files change by a
// few lines only: 20,000 credit entries added to the data set, the two measures of issue 11
// (Crédits painted after the tap; a payment shown on her card) and their rows in the table.
export const CREDIT_ENTRIES = 20_000;
const DAY = 86_400_000;
const WAYS = ['especes', 'especes', 'especes', 'wave', 'orange-money', 'mtn-momo', 'moov-money'];

function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * Entries as the app writes them (src/lib/domain.ts CreditEntry): credits from her sales (the
 * unpaid part) or without one, payments in cash and mobile money, a few corrections and voids,
 * promises past and to come. The card customer ends owing, so a payment can be timed on her card.
 */
export function creditEntries({ people, sales, now, cardId, count = CREDIT_ENTRIES }) {
  const random = rng(11);
  const byCustomer = new Map();
  for (const s of sales) {
    if (!s.customerId) continue;
    const list = byCustomer.get(s.customerId) ?? [];
    list.push(s);
    byCustomer.set(s.customerId, list);
  }
  const midnight = (at) => at - (at % DAY); // the bench runs in Africa/Abidjan (UTC)
  const entries = [];
  let n = 0;
  const add = (e) => {
    const id = `bench-e${n++}`;
    const created = e.createdAt ?? e.at;
    const row = { ...e, id, lineId: e.lineId ?? id, createdAt: created, updatedAt: created };
    entries.push(row);
    return row;
  };
  // A new version of the line: its time stays the line's, its createdAt is the correction's.
  const correct = (line, at, changes) => add({ ...line, ...changes, createdAt: at });

  /** One customer's story: credits, then payments settling most of them. */
  const story = (customerId, size, endOwing) => {
    const mine = byCustomer.get(customerId) ?? [];
    let owed = 0;
    for (let i = 0; i < size; i++) {
      const sale = mine.length && random() < 0.7 ? mine[Math.floor(random() * mine.length)] : null;
      const at = sale ? sale.at : now - Math.floor(random() * 200) * DAY - 3_600_000;
      if (random() < 0.55 || owed === 0) {
        const amountMinor = Math.max(
          50,
          Math.round(((sale?.totalMinor ?? 2000) * (0.3 + random() * 0.7)) / 50) * 50,
        );
        const promise =
          random() < 0.3 ? midnight(now + Math.floor(-20 + random() * 50) * DAY) : null;
        const line = add({
          customerId,
          kind: 'credit',
          amountMinor,
          at,
          ...(sale ? { saleId: sale.id } : {}),
          ...(promise !== null ? { dueAt: promise } : {}),
        });
        owed += amountMinor;
        const fix = random();
        if (fix < 0.04) correct(line, Math.min(now, at + DAY), { amountMinor: amountMinor + 100 });
        else if (fix < 0.06) correct(line, Math.min(now, at + DAY), { voided: true });
      } else {
        const amountMinor = Math.max(50, Math.round((owed * (0.4 + random() * 0.6)) / 50) * 50);
        add({
          customerId,
          kind: 'paiement',
          amountMinor,
          at: Math.min(now - 60_000, at + Math.floor(random() * 20) * DAY),
          way: WAYS[Math.floor(random() * WAYS.length)],
        });
        owed = Math.max(0, owed - amountMinor);
      }
    }
    if (endOwing)
      add({
        customerId,
        kind: 'credit',
        amountMinor: 5000,
        at: now - 2 * DAY,
        dueAt: midnight(now),
      });
  };

  story(cardId, 40, true);
  const regulars = people.filter((c) => c.id.startsWith('bench-c'));
  while (entries.length < count) {
    const c = regulars[Math.floor(random() * regulars.length)];
    story(c.id, 2 + Math.floor(random() * 12), false);
  }
  return entries.slice(0, count);
}

/** Waits, in the page, for the first frame painted once `ready()` holds after the next tap. */
async function timedTap(page, ready, tap) {
  await page.evaluate(ready);
  await tap();
  const at = await page.evaluate(() => window.__bench.pending);
  return page.evaluate((at) => at - window.__bench.lastClick, at);
}

/**
 * Home → tap the credit line → Crédits painted with its total and its first ten debtors: rows
 * with a link to her card (each row has two links, her card and "Payer": counting links counted
 * five debtors as ten).
 */
export async function openCredits(page, url) {
  await page.goto(`${url}/`);
  const link = page.locator('a[href="/credits"]');
  await link.waitFor();
  return timedTap(
    page,
    () => {
      const w = window.__bench;
      w.pending = w.painted(
        () =>
          location.pathname === '/credits' &&
          /\d/.test(document.querySelector('main')?.textContent ?? '') &&
          [...document.querySelectorAll('main li')].filter((li) =>
            li.querySelector('a[href^="/clients/"]'),
          ).length >= 10,
        60_000,
      );
    },
    () => link.click(),
  );
}

/** Her card (200 sales and gifts, 40 credit entries): Paiement reçu → her new balance painted. */
export async function paymentOnCard(page, url, cardId) {
  await page.goto(`${url}/clients/${cardId}`);
  const owes = page.getByText(/^Doit /).first();
  await owes.waitFor();
  const before = await owes.textContent();
  await page.getByRole('button', { name: 'Paiement reçu' }).click();
  await page.getByLabel('Montant reçu (FCFA)').fill('100');
  return timedTap(
    page,
    () => {
      const w = window.__bench;
      const text = () =>
        [...document.querySelectorAll('main p')].find((p) => p.textContent.startsWith('Doit '))
          ?.textContent;
      const was = text();
      w.pending = w.painted(
        () => !document.querySelector('dialog[open]') && text() !== was,
        60_000,
      );
    },
    () => page.getByRole('button', { name: 'Enregistrer le paiement' }).click(),
  ).then((ms) => ({ ms, before }));
}

/** The table's rows for these measures (table.mjs `timing`). */
export function creditRows({ timing, warm, under }) {
  timing(
    `Crédits: tap on the home screen's line → total and debtors painted (${CREDIT_ENTRIES.toLocaleString('en')} entries)`,
    'notebook.credits',
    warm,
    '≤ 200 ms',
    under(200),
  );
  timing(
    'Paiement reçu: tap "Enregistrer le paiement" → new balance shown on her card',
    'notebook.payment.ms',
    warm,
    '≤ 200 ms',
    under(200),
  );
}
