import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from './helpers';
import { SetupPage } from './pages/setup-page';
import { Stall } from './pages/stall';

test('every main screen passes axe with no serious or critical violation', async ({ page }) => {
  // Sixteen screens, each scanned whole: more than one test's usual minute on a shared machine.
  test.setTimeout(180_000);
  const setup = new SetupPage(page);
  await setup.open();
  await expectNoSeriousViolations(page, 'setup');
  await setup.completeAsAwa();
  const stall = new Stall(page);
  await stall.addProduct('Piment frais', '500', 'tas');
  await stall.addCustomer('Adèle', { nickname: 'du quartier Zongo', phone: '07 07 12 34 56' });
  await stall.sellFromCard('Piment frais');
  const card = new URL(page.url()).pathname;
  for (const [path, heading] of [
    ['/', 'Bonjour Maman Awa'],
    ['/clients', 'Clients'],
    [card, 'Adèle'],
    ['/clients/nouveau', 'Nouveau client'],
    ['/vente', 'Vente'],
    [`/vente?client=${card.split('/').pop()}`, 'Vente pour Adèle'],
    ['/cadeau?client=passage', 'Cadeau'],
    ['/messages', 'Messages à envoyer'],
    ['/messages/annonce', 'Annonce'],
    ['/produits', 'Produits'],
    ['/reservations', 'Réservations'],
    ['/relances', 'À relancer'],
    ['/story', 'Statut'],
    ['/story?modifier=1', 'Statut'],
    ['/sauvegarde', 'Sauvegarde'],
    ['/plus', 'Plus'],
    ['/reglages', 'Réglages'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
    await expectNoSeriousViolations(page, path);
  }
});
