import { expect, test, type Page } from '@playwright/test';
import { fcfa } from './helpers';
import { Stall } from './pages/stall';
import {
  newPhone,
  newSeller,
  serverDocs,
  serverFirstNames,
  SyncPage,
  type SellerAccount,
} from './pages/sync-page';

const SHOTS = process.env.E2E_SHOTS;
// Two phones and a server in each test: on a busy machine (load 20 on 2 cores) 60 s fell short.
test.describe.configure({ timeout: 150_000 });
const SYNCED = /^Synchronisé à \d\d:\d\d$/;

async function openCustomer(page: Page, name: string) {
  await page.getByRole('link', { name: 'Clients' }).click();
  await page.getByRole('link', { name: new RegExp(`^${name}`) }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

async function writeNotes(page: Page, name: string, notes: string) {
  await openCustomer(page, name);
  await page.getByRole('link', { name: 'Modifier' }).click();
  await page.getByLabel('Notes').fill(notes);
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

async function customersShown(page: Page): Promise<Page> {
  await page.getByRole('link', { name: 'Clients' }).click();
  return page;
}

/** Sync turned on with her three (address, name, password), and a first round done. */
async function joinNotebook(page: Page, account: SellerAccount): Promise<SyncPage> {
  const sync = new SyncPage(page);
  await sync.open();
  await sync.turnOn(account);
  await expect(sync.status()).toHaveText(SYNCED);
  return sync;
}

/** A round on this phone: the server's copy of her notes is what `check` says. */
async function syncAndWait(page: Page, account: SellerAccount, check: () => Promise<unknown>) {
  const sync = new SyncPage(page);
  await sync.open();
  await sync.syncNow();
  await expect.poll(check).toBeTruthy();
  await expect(sync.status()).toHaveText(SYNCED);
}

test('two phones, one notebook: what one notes, the other receives; deletions and offline edits too', async ({
  browser,
  baseURL,
}) => {
  const account = await newSeller(baseURL ?? '');
  const a = await newPhone(browser);
  await new Stall(a).addCustomer('Adjoua');

  // Phone A turns sync on: Adjoua goes to the server.
  const syncA = new SyncPage(a);
  await syncA.open();
  if (SHOTS) await a.screenshot({ path: `${SHOTS}/sync-off.png`, fullPage: true });
  await syncA.turnOn(account);
  await expect(syncA.status()).toHaveText(SYNCED);
  expect(await serverFirstNames(account)).toEqual(['Adjoua']);
  if (SHOTS) await a.screenshot({ path: `${SHOTS}/sync-on.png`, fullPage: true });

  // Phone B, turned on with the same three, receives her.
  const b = await newPhone(browser);
  const syncB = await joinNotebook(b, account);
  await expect((await customersShown(b)).getByRole('link', { name: /^Adjoua/ })).toBeVisible();

  // B adds one; A receives it.
  await new Stall(b).addCustomer('Zoé');
  await syncAndWait(b, account, async () => (await serverFirstNames(account)).includes('Zoé'));
  await syncA.open();
  await syncA.syncNow();
  await expect((await customersShown(a)).getByRole('link', { name: /^Zoé/ })).toBeVisible();

  // A deletes Zoé; she leaves B too.
  await openCustomer(a, 'Zoé');
  await a.getByRole('button', { name: 'Supprimer' }).click();
  await a.getByRole('dialog').getByRole('button', { name: 'Supprimer' }).click();
  // The deletion takes her back to the list once written: a tap before that is overtaken.
  await expect(a.getByRole('heading', { name: 'Clients', level: 1 })).toBeVisible();
  await syncAndWait(a, account, async () => (await serverDocs(account)).deleted.length === 1);
  await syncB.open();
  await syncB.syncNow();
  await expect(syncB.status()).toHaveText(SYNCED);
  const listB = await customersShown(b);
  await expect(listB.getByRole('link', { name: /^Adjoua/ })).toBeVisible();
  await expect(listB.getByRole('link', { name: /^Zoé/ })).toHaveCount(0);

  // Both edit Adjoua with no signal; once signal returns, both keep the later edit.
  await a.context().setOffline(true);
  await b.context().setOffline(true);
  await writeNotes(a, 'Adjoua', 'aime le piment fort');
  await writeNotes(b, 'Adjoua', 'son fils est malade');
  await syncA.open();
  await expect(syncA.status()).toHaveText('En attente du réseau');
  if (SHOTS) await a.screenshot({ path: `${SHOTS}/sync-offline.png`, fullPage: true });
  // Signal returns: each phone exchanges by itself.
  await a.context().setOffline(false);
  await b.context().setOffline(false);
  const notesOnServer = async () =>
    (await serverDocs(account)).live.find((d) => d.firstName === 'Adjoua')?.notes;
  await expect.poll(notesOnServer).toBe('son fils est malade');
  await syncAndWait(a, account, async () => true);
  await syncAndWait(b, account, async () => true);
  for (const phone of [a, b]) {
    await openCustomer(phone, 'Adjoua');
    await expect(phone.getByText('son fils est malade')).toBeVisible();
    await expect(phone.getByText('aime le piment fort')).toHaveCount(0);
  }
  await a.context().close();
  await b.context().close();
});

test('a wrong password is said in French, nothing is exchanged, and the app stops asking until she does', async ({
  browser,
  baseURL,
}) => {
  const account = await newSeller(baseURL ?? '');
  const page = await newPhone(browser);
  await new Stall(page).addCustomer('Adjoua');
  const sync = new SyncPage(page);
  await sync.open();
  await sync.turnOn({ ...account, password: 'pas-le-bon' });
  await expect(sync.status()).toHaveText('Identifiant ou mot de passe incorrect');
  // The form stays, to correct it; the app tries no more by itself.
  await expect(
    page.getByText('Plus aucun essai automatique. Corrigez, puis touchez « Activer ».'),
  ).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/sync-refused.png`, fullPage: true });
  const docs = await serverDocs(account);
  expect(docs.live).toEqual([]);
  expect(docs.deleted).toEqual([]);

  // The app starts again (a round at start), signal goes and comes back (a round when it
  // returns): none of them asks the server. Only "Réessayer" does: one request, refused again.
  const asked: string[] = [];
  page.context().on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/db/')) asked.push(r.url());
  });
  const started = page.waitForEvent('worker');
  await page.reload();
  // The sync's worker is made, and asked for the start's round, in the same task.
  await started;
  await page.context().setOffline(true);
  await page.context().setOffline(false);
  await page.getByRole('button', { name: 'Réessayer' }).click();
  await expect.poll(() => asked.length).toBe(1);
  await expect(sync.status()).toHaveText('Identifiant ou mot de passe incorrect');
  // Rounds run one after the other: one the app asked for itself would have come first.
  expect(asked).toEqual([`${account.url}/notebook`]);

  // Corrected: now it goes.
  await page.getByLabel('Mot de passe').fill(account.password);
  await page.getByRole('button', { name: 'Activer' }).click();
  await expect(sync.status()).toHaveText(SYNCED);
  expect(await serverFirstNames(account)).toEqual(['Adjoua']);
});

test('the credit book travels: a sale on credit on A shows as owed on B; B’s payment reaches A', async ({
  browser,
  baseURL,
}) => {
  const account = await newSeller(baseURL ?? '');
  const a = await newPhone(browser);
  const stallA = new Stall(a);
  await stallA.addProduct('Piment frais', '500', 'tas');
  await stallA.addCustomer('Adèle');
  await a.getByRole('link', { name: 'Vente', exact: true }).first().click();
  await a.getByRole('button', { name: /^Piment frais/ }).click();
  await a.getByRole('button', { name: /^Piment frais/ }).click();
  await a.getByRole('button', { name: 'À crédit' }).click();
  await a.getByRole('button', { name: 'Enregistrer la vente' }).click();
  await expect(a.getByText(fcfa('Doit 1 000 FCFA depuis le'))).toBeVisible();
  const syncA = await joinNotebook(a, account);

  // B receives the notebook: Adèle owes 1 000 there too.
  const b = await newPhone(browser);
  await joinNotebook(b, account);
  await openCustomer(b, 'Adèle');
  await expect(b.getByText(fcfa('Doit 1 000 FCFA depuis le'))).toBeVisible();

  // She pays 400 at B's end of the stall.
  await b.getByRole('button', { name: 'Paiement reçu' }).click();
  await b.getByLabel('Montant reçu (FCFA)').fill('400');
  await b.getByLabel('Préparer un reçu WhatsApp').uncheck();
  await b.getByRole('button', { name: 'Enregistrer le paiement' }).click();
  await expect(b.getByText(fcfa('Doit 600 FCFA depuis le'))).toBeVisible();
  await syncAndWait(b, account, async () =>
    (await serverDocs(account)).live.some((d) => d.kind === 'paiement'),
  );

  // A receives it: her balance there is what the two entries add up to.
  await syncA.open();
  await syncA.syncNow();
  await openCustomer(a, 'Adèle');
  await expect(a.getByText(fcfa('Doit 600 FCFA depuis le'))).toBeVisible();
  await a.context().close();
  await b.context().close();
});

test('a currency switch on one phone reaches the other once: figures kept, in the new currency', async ({
  browser,
  baseURL,
}) => {
  const account = await newSeller(baseURL ?? '');
  const a = await newPhone(browser);
  const stallA = new Stall(a);
  await stallA.addProduct('Piment', '1 500', 'tas');
  await stallA.addCustomer('Adèle');
  await stallA.sellFromCard('Piment');
  await joinNotebook(a, account);
  const b = await newPhone(browser);
  const syncB = await joinNotebook(b, account);
  await b.goto('/produits');
  await expect(b.getByRole('link', { name: /Piment/ })).toContainText(fcfa('1 500 FCFA'));

  // On A she moves to Morocco and passes the notebook to dirhams.
  await a.goto('/reglages');
  await expect(a.getByRole('heading', { name: 'Réglages', level: 1 })).toBeVisible();
  // The form takes her saved settings as it opens: a choice made before that is undone.
  await expect(async () => {
    await a.getByLabel('Pays').selectOption('MA');
    await a.getByLabel('Passer le carnet en MAD').check({ timeout: 2000 });
  }).toPass();
  await a.getByRole('button', { name: 'Enregistrer mes informations' }).click();
  await expect(a.getByText('Réglages enregistrés')).toBeVisible();
  await syncAndWait(
    a,
    account,
    async () =>
      (await serverDocs(account)).live.find((d) => d._id === 'notebook')?.currency === 'MAD',
  );

  // B follows at its next round: the same figures, in MAD, her sale and the product alike.
  await syncB.open();
  await syncB.syncNow();
  await expect(syncB.status()).toHaveText(SYNCED);
  await b.goto('/produits');
  await expect(b.getByRole('link', { name: /Piment/ })).toContainText(/1\s500\sMAD/);
  await openCustomer(b, 'Adèle');
  await expect(b.getByText(/1\s500\sMAD/).first()).toBeVisible();
  await expect(b.getByText(/FCFA/)).toHaveCount(0);

  // A second round changes nothing: the switch is not made twice.
  await syncB.open();
  await syncB.syncNow();
  await expect(syncB.status()).toHaveText(SYNCED);
  await b.goto('/produits');
  await expect(b.getByRole('link', { name: /Piment/ })).toContainText(/1\s500\sMAD/);
  await a.context().close();
  await b.context().close();
});
