import { expect, test, type Locator, type Page } from '@playwright/test';
import { controlsUnderMessages, fitProblems, visibleArea } from './pages/checks';
import { offlineNoticeSeen, waitForOfflineReady, watchOfflineNotice } from './helpers';
import { AWA, PIMENT, restoreNotebook } from './pages/notebook';
import { SetupPage } from './pages/setup-page';

/** Every main screen, with its title (French, English). */
const SCREENS: Array<[path: string, fr: RegExp, en: RegExp]> = [
  ['/', /^Bonjour Maman Awa/, /^Hello Maman Awa/],
  ['/clients', /^Clients$/, /^Customers$/],
  [`/clients/${AWA}`, /^Awa$/, /^Awa$/],
  [`/clients/${AWA}/modifier`, /^Modifier le client$/, /^Edit customer$/],
  ['/clients/nouveau', /^Nouveau client$/, /^New customer$/],
  ['/vente', /^Vente$/, /^Sale$/],
  [`/vente?client=${AWA}`, /^Vente pour Awa$/, /^Sale for Awa$/],
  [`/vente?client=${AWA}&reservation=r-koffi-piment`, /^Vente pour Awa$/, /^Sale for Awa$/],
  [`/cadeau?client=${AWA}`, /^Cadeau pour Awa$/, /^Gift for Awa$/],
  ['/messages', /^Messages à envoyer$/, /^Messages to send$/],
  [`/messages/nouveau?client=${AWA}&modele=excuse`, /^Message pour Awa$/, /^Message for Awa$/],
  ['/messages/annonce', /^Annonce$/, /^Announcement$/],
  ['/produits', /^Produits$/, /^Products$/],
  ['/produits/nouveau', /^Nouveau produit$/, /^New product$/],
  [`/produits/${PIMENT}`, /^Modifier le produit$/, /^Edit product$/],
  ['/reservations', /^Réservations$/, /^Reservations$/],
  [`/reservations/nouvelle?client=${AWA}`, /^Réservation pour Awa$/, /^Reservation for Awa$/],
  ['/relances', /^À relancer$/, /^Follow up$/],
  ['/story', /^Statut$/, /^Status$/],
  ['/story?modifier=1', /^Statut$/, /^Status$/],
  ['/sauvegarde', /^Sauvegarde$/, /^Backup$/],
  ['/plus', /^Plus$/, /^More$/],
  ['/reglages', /^Réglages$/, /^Settings$/],
];

const heading = (page: Page, name: RegExp) => page.getByRole('heading', { level: 1, name });

test.describe('at 320 × 640, the smallest phone', () => {
  test.use({ viewport: { width: 320, height: 640 }, screen: { width: 320, height: 640 } });

  for (const lang of ['fr', 'en'] as const) {
    test(`in ${lang === 'fr' ? 'French' : 'English'}, no screen scrolls sideways, every word fits its button and every target is 48 px`, async ({
      page,
    }, testInfo) => {
      test.setTimeout(120_000);
      await restoreNotebook(page, testInfo, lang);
      const problems: Record<string, unknown> = {};
      for (const [path, fr, en] of SCREENS) {
        await page.goto(path);
        await expect(heading(page, lang === 'fr' ? fr : en)).toBeVisible();
        // The screen's rows are drawn (live queries answer after the title).
        await expect(page.getByRole('navigation', { name: /Navigation|navigation/ })).toBeVisible();
        await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
        const found = await fitProblems(page);
        if (found.horizontalScroll || found.overflowing.length || found.small.length)
          problems[path] = found;
      }
      expect(problems).toEqual({});
    });
  }
});

/** Scrolls so that the field lies half under the dock, as a thumb leaves it, then taps its top. */
async function tapHalfHidden(page: Page, field: Locator) {
  let point = { x: 0, y: 0 };
  // On a busy machine the screen may still be settling: measure until the top of the field is
  // what a finger would touch there, then tap.
  await expect(async () => {
    const { bottom } = await visibleArea(page);
    await field.evaluate((el, dockTop) => {
      const box = el.getBoundingClientRect();
      window.scrollBy(0, box.top - (dockTop - box.height / 2));
    }, bottom);
    const box = await field.boundingBox();
    if (!box) throw new Error('field not drawn');
    expect(box.y + box.height).toBeGreaterThan(bottom);
    point = { x: box.x + box.width / 2, y: box.y + 6 };
    const hit = await field.evaluate((el, p) => el === document.elementFromPoint(p.x, p.y), point);
    expect(hit).toBe(true);
  }).toPass();
  await page.touchscreen.tap(point.x, point.y);
  await expect(field).toBeFocused();
}

async function expectWholeInView(page: Page, field: Locator) {
  await expect
    .poll(async () => {
      const box = await field.boundingBox();
      const area = await visibleArea(page);
      return Boolean(box && box.y >= area.top - 0.5 && box.y + box.height <= area.bottom + 0.5);
    })
    .toBe(true);
}

for (const [width, height] of [
  [360, 740],
  [320, 640],
] as const) {
  test.describe(`at ${width} × ${height}`, () => {
    test.use({ viewport: { width, height }, screen: { width, height } });

    test('a field she taps shows whole above the bars while she types', async ({
      page,
    }, testInfo) => {
      await restoreNotebook(page, testInfo);
      await page.getByRole('link', { name: 'Clients', exact: true }).click();
      await page.getByRole('link', { name: 'Nouveau client' }).click();
      // The fields low enough in the form to be left half under the bar.
      for (const label of ['Quartier / village', 'Recommandé par', 'Notes']) {
        const field = page.getByLabel(label, { exact: false }).first();
        await tapHalfHidden(page, field);
        await expectWholeInView(page, field);
      }
      // Her suggestions for "Recommandé par" come whole above the bar, with the field.
      const recommend = page.getByLabel('Recommandé par', { exact: false }).first();
      await tapHalfHidden(page, recommend);
      await recommend.pressSequentially('a');
      const suggestions = page.getByRole('group', { name: /^Recommandé par/ }).getByRole('button');
      await expect(suggestions.nth(2)).toBeAttached();
      await expectWholeInView(page, suggestions.last());
      await expectWholeInView(page, recommend);

      // The sale's total bar and "Montant tapé à la main".
      await page.goto(`/vente?client=${AWA}`);
      await page.getByRole('button', { name: 'Montant tapé à la main' }).click();
      const amount = page.getByLabel('Montant tapé à la main (FCFA)');
      await tapHalfHidden(page, amount);
      await expectWholeInView(page, amount);
    });

    test('her card opens with Vente and Cadeau whole in view, above her notes', async ({
      page,
    }, testInfo) => {
      await restoreNotebook(page, testInfo);
      // Awa has it all: a nickname, a phone, her quarter, a profile and notes.
      await page.goto(`/clients/${AWA}`);
      await expect(page.getByText(/^Aime le piment fort/)).toBeAttached();
      for (const name of ['Vente', 'Cadeau']) {
        await expectWholeInView(
          page,
          page.getByRole('main').getByRole('link', { name, exact: true }),
        );
      }
    });

    test('every screen opens at its top, and Back returns to where she was', async ({
      page,
    }, testInfo) => {
      await restoreNotebook(page, testInfo);
      const scrollY = () => page.evaluate(() => window.scrollY);

      // The customer list, scrolled to its end, then a card.
      await page.getByRole('link', { name: 'Clients', exact: true }).click();
      // Exact: the home's "Restauration terminée : 8 clients, 9 ventes." matched too, and the
      // scroll below then went to the home, still on show while the list came (CI, once).
      await expect(heading(page, /^Clients$/)).toBeVisible();
      await expect(page.getByText('8 clients', { exact: true })).toBeVisible();
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      const listY = await scrollY();
      expect(listY).toBeGreaterThan(100);
      await page.getByRole('link', { name: /^Yao/ }).click();
      await expect(heading(page, /^Yao$/)).toBeVisible();
      expect(await scrollY()).toBe(0);
      await page.getByRole('button', { name: 'Retour' }).click();
      await expect(heading(page, /^Clients$/)).toBeVisible();
      await expect.poll(scrollY).toBe(listY);

      // Réglages, from a scrolled screen; then Sauvegarde from the end of Réglages, and back.
      await page.getByRole('link', { name: 'Plus' }).click();
      await page.getByRole('link', { name: 'Réglages' }).click();
      await expect(heading(page, /^Réglages$/)).toBeVisible();
      expect(await scrollY()).toBe(0);
      await page.getByRole('link', { name: 'Sauvegarder ou restaurer' }).scrollIntoViewIfNeeded();
      const settingsY = await scrollY();
      expect(settingsY).toBeGreaterThan(100);
      await page.getByRole('link', { name: 'Sauvegarder ou restaurer' }).click();
      await expect(heading(page, /^Sauvegarde$/)).toBeVisible();
      expect(await scrollY()).toBe(0);
      await page.goBack();
      await expect(heading(page, /^Réglages$/)).toBeVisible();
      await expect.poll(scrollY).toBe(settingsY);

      // Annonce, from the end of the messages.
      await page.getByRole('link', { name: /^Messages/ }).click();
      await page.getByRole('link', { name: 'Annonce' }).scrollIntoViewIfNeeded();
      expect(await scrollY()).toBeGreaterThan(0);
      await page.getByRole('link', { name: 'Annonce' }).click();
      await expect(heading(page, /^Annonce$/)).toBeVisible();
      expect(await scrollY()).toBe(0);

      // A sale scrolled down to its bar: saving opens her card at its top.
      await page.goto(`/vente?client=${AWA}`);
      await page.getByRole('button', { name: /^Gombo/ }).click();
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      expect(await scrollY()).toBeGreaterThan(0);
      await page.getByRole('button', { name: 'Enregistrer la vente' }).click();
      await expect(heading(page, /^Awa$/)).toBeVisible();
      expect(await scrollY()).toBe(0);
    });
  });
}

test('no message ever lies over a control: after a sale, a new product, back online on a sale, saved settings', async ({
  page,
  context,
}, testInfo) => {
  test.setTimeout(90_000);
  // The app's own news ("Prêt à fonctionner hors ligne") comes at a moment of its own: it lies
  // in the flow of the next screen she opens, never over the one she is on (docked over the
  // forms, it took taps: "Quartier / village" once, "Prochaine récolte" another time).
  await watchOfflineNotice(page);
  await restoreNotebook(page, testInfo);
  await waitForOfflineReady(page);

  // Three taps from home: the sale's "Annuler" shows on her card, over nothing she needs.
  await page.getByRole('link', { name: 'Vente pour Awa du quartier Zongo' }).click();
  await page.getByRole('button', { name: /^Piment frais/ }).click();
  await page.getByRole('button', { name: 'Enregistrer la vente' }).click();
  await expect(page.getByRole('button', { name: 'Annuler' })).toBeVisible();
  expect(await controlsUnderMessages(page)).toEqual([]);

  // A new product: the list shows it, the message lies over nothing.
  await page.getByRole('link', { name: 'Plus' }).click();
  await page.getByRole('link', { name: 'Produits' }).click();
  await page.getByRole('link', { name: 'Nouveau produit' }).click();
  await page.getByLabel('Nom du produit').fill('Zoom');
  await page.getByLabel('Prix (FCFA)').fill('700');
  await page.getByLabel('Unité').fill('sachet');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  // It comes with the list, in its flow (not docked over the form first, then over the list).
  await expect(page.getByRole('main').getByText('Produit enregistré')).toBeVisible();
  expect(await controlsUnderMessages(page)).toEqual([]);
  await expect(page.getByRole('link', { name: /^Zoom/ })).toBeInViewport();

  // On a sale, the network comes back: the message docks above the total and its button.
  await page.getByRole('link', { name: 'Vente', exact: true }).click();
  await page.getByRole('button', { name: /^Koffi/ }).click();
  await page.getByRole('button', { name: /^Tomate/ }).click();
  await context.setOffline(true);
  await context.setOffline(false);
  await expect(page.getByText(/^Réseau revenu/)).toBeVisible();
  expect(await controlsUnderMessages(page)).toEqual([]);
  await expect(page.getByRole('button', { name: 'Enregistrer la vente' })).toBeInViewport();

  // Whenever the worker got ready meanwhile, its news came over none of this.
  expect((await offlineNoticeSeen(page)).docked).toBe(false);

  // Saved settings: the message stays clear of every field of the long Réglages screen.
  await page.goto('/reglages');
  await page.getByRole('button', { name: 'Enregistrer mes informations' }).click();
  await expect(page.getByText('Réglages enregistrés')).toBeVisible();
  expect(await controlsUnderMessages(page)).toEqual([]);
  expect((await offlineNoticeSeen(page)).docked).toBe(false);
});

test('“Prêt à fonctionner hors ligne” never comes over the screen she is on: it opens the next one', async ({
  page,
}) => {
  await watchOfflineNotice(page);
  await new SetupPage(page).completeAsAwa();
  await waitForOfflineReady(page);
  // The worker is ready while she is on the home screen: nothing comes over it, however long.
  await page.waitForTimeout(1000);
  await expect(page.locator('[data-toast]')).toHaveCount(0);
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  const main = page.getByRole('main');
  await expect(main.getByText('Prêt à fonctionner hors ligne')).toBeVisible();
  // At the top of the screen's flow, above its first control.
  const notice = await main.getByText('Prêt à fonctionner hors ligne').boundingBox();
  const first = await main.getByRole('link', { name: 'Nouveau client' }).first().boundingBox();
  expect(notice!.y).toBeLessThan(first!.y);
  expect(await offlineNoticeSeen(page)).toEqual({ inFlow: true, docked: false });
  // Said once: the next screen opens without it.
  await page.getByRole('link', { name: 'Vente', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vente' })).toBeVisible();
  await expect(page.getByText('Prêt à fonctionner hors ligne')).toHaveCount(0);
});
