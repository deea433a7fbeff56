// npm run screenshots: every main screen of the built app, offline, on a 360×740 phone, into
// docs/screens/ (French; English, Arabic and 320×640 for a few), with docs/screens/README.md listing
// them and docs/screenshot.png (three phones side by side, for the README). The notebook comes
// from a backup file (scripts/screenshots/notebook.mjs) restored on the first-run screen, at a
// fixed date, so that two runs over the same build show the same screens.
//   SCREENS_DIST=dist  the build to photograph     SCREENS_OUT=docs/screens  where the PNGs go
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, expect } from '@playwright/test';
import { startServer } from '../e2e/server.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';
import { AWA, NOW, PIMENT, notebookFile } from './screenshots/notebook.mjs';

const DIST = process.env.SCREENS_DIST ?? 'dist';
const OUT = resolve(process.env.SCREENS_OUT ?? 'docs/screens');

/** Every main screen: [file name, path, its title, what to do before the picture]. */
const SCREENS = [
  ['01-home', '/', /^(Bonjour|Hello) Maman Awa/],
  ['02-customers', '/clients', /^(Clients|Customers)$/],
  ['03-customer-card', `/clients/${AWA}`, /^Awa/],
  ['04-new-customer', '/clients/nouveau', /^(Nouveau client|New customer)$/],
  ['05-sale-who', '/vente', /^(Vente|Sale)$/],
  [
    '06-sale',
    `/vente?client=${AWA}`,
    /^(Vente pour|Sale for) Awa/,
    async (page) => {
      await page.getByRole('button', { name: /^Piment frais/ }).click();
      await page.getByRole('button', { name: /^Piment frais/ }).click();
      await page.getByRole('button', { name: /^Tomate/ }).click();
    },
  ],
  ['07-gift', `/cadeau?client=${AWA}`, /^(Cadeau pour|Gift for) Awa/],
  ['08-messages', '/messages', /^(Messages à envoyer|Messages to send)$/],
  ['09-message-compose', `/messages/nouveau?client=${AWA}`, /^(Message pour|Message to) Awa/],
  ['10-announce', `/messages/annonce?produit=${PIMENT}`, /^(Annonce|Announcement)$/],
  ['11-products', '/produits', /^(Produits|Products)$/],
  ['12-new-product', '/produits/nouveau', /^(Nouveau produit|New product)$/],
  ['13-reservations', '/reservations', /^(Réservations|Reservations)$/],
  [
    '14-new-reservation',
    `/reservations/nouvelle?client=${AWA}`,
    /^(Réservation pour|Reservation for) Awa/,
  ],
  ['15-follow-up', '/relances', /^(À relancer|Follow up)$/],
  ['16-status', '/story', /^(Statut|Story|Status)$/],
  [
    '17-status-image',
    '/story',
    /^(Statut|Story|Status)$/,
    async (page) => {
      await page.getByRole('button', { name: /^Piment frais/ }).click();
      await expect(page.getByRole('img', { name: /Piment frais/ })).toBeVisible({
        timeout: 30_000,
      });
    },
  ],
  ['19-backup', '/sauvegarde', /^(Sauvegarde|Backup)$/],
  ['18-status-form', `/story?produit=${PIMENT}`, /^(Statut|Story|Status)$/],
  ['20-more', '/plus', /^(Plus|More)$/],
  ['21-settings', '/reglages', /^(Réglages|Settings)$/],
  ['22-credits', '/credits', /^(Crédits|Credits|الديون)$/],
  [
    '23-payment',
    `/clients/${AWA}`,
    /^Awa|^عائشة/,
    async (page) => {
      await page
        .getByRole('button', { name: /^(Paiement reçu|Payment received|استلام دفعة)$/ })
        .click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  ],
  ['24-statement', `/clients/${AWA}/releve`, /^(Relevé de|Statement for|كشف حساب) /],
  ['25-sync', '/reglages/synchronisation', /^(Synchronisation|Sync|المزامنة)$/],
];

/** The phones and languages photographed, and which screens each one takes. */
const RUNS = [
  { name: 'fr', language: 'fr', width: 360, height: 740, only: null, setup: true },
  { name: 'en', language: 'en', width: 360, height: 740, only: ['01', '03', '06', '08', '16'] },
  {
    name: 'fr-320',
    language: 'fr',
    width: 320,
    height: 640,
    only: ['01', '03', '06', '08', '21', '22', '23'],
  },
  { name: 'ar', language: 'ar', width: 360, height: 740, only: ['01', '03', '06', '08', '22'] },
];

/** Resolves once the page has not changed for a moment: every live query has answered. */
function settled(page) {
  return page.evaluate(
    () =>
      new Promise((done) => {
        let timer = 0;
        const observer = new MutationObserver(() => {
          window.clearTimeout(timer);
          timer = window.setTimeout(finish, 500);
        });
        const finish = () => {
          observer.disconnect();
          done(undefined);
        };
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        });
        timer = window.setTimeout(finish, 500);
      }),
  );
}

async function shoot(page, file) {
  // Passing messages (saved, ready offline…) are not part of the screen's picture.
  await expect(page.locator('[data-toast]')).toHaveCount(0, { timeout: 15_000 });
  await settled(page);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: file });
  console.log(`  ${file}`);
}

async function run(browser, url, backupPath, spec) {
  const context = await browser.newContext({
    baseURL: url,
    viewport: { width: spec.width, height: spec.height },
    screen: { width: spec.width, height: spec.height },
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
    locale: { fr: 'fr-FR', en: 'en-GB', ar: 'ar-MA' }[spec.language],
    timezoneId: 'Africa/Abidjan',
    serviceWorkers: 'allow',
  });
  const page = await context.newPage();
  await page.clock.setFixedTime(NOW);
  await page.goto(url);
  await expect(page.getByRole('heading', { name: 'Bienvenue sur Assoh' })).toBeVisible({
    timeout: 60_000,
  });
  // The whole app is precached once the worker controls the page (its first install).
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 120_000,
    polling: 200,
  });
  if (spec.setup) await shoot(page, join(OUT, `${spec.name}-00-setup.png`));

  // A new phone: the notebook comes back from its backup file, from the first-run screen.
  await page.getByText('Restaurer une sauvegarde').click();
  await page.locator('input[type="file"]').setInputFiles(backupPath);
  await page.getByRole('button', { name: 'Remplacer mes données' }).click();
  await page.getByRole('button', { name: 'Oui, remplacer' }).click();
  // Arabic titles are not matched word for word: any title shows the screen has drawn.
  const titled = (title) => (spec.language === 'ar' ? /\S/ : title);
  // The home screen's greeting, whatever the language: the restore is written.
  await expect(page.getByRole('heading', { level: 1, name: /Maman Awa/ })).toBeVisible({
    timeout: 60_000,
  });
  await context.setOffline(true);

  for (const [name, path, title, before] of SCREENS) {
    if (spec.only && !spec.only.includes(name.slice(0, 2))) continue;
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: titled(title) })).toBeVisible({
      timeout: 30_000,
    });
    if (before) await before(page);
    await shoot(page, join(OUT, `${spec.name}-${name}.png`));
  }
  await context.close();
}

/** What each picture shows, for the index. */
const CAPTIONS = {
  '00-setup': 'First run (setup, or restore from a backup)',
  '01-home': 'Home: today, search, "Nouvelle vente", seen recently; the backup reminder line',
  '02-customers': 'Customers A to Z',
  '03-customer-card': "A customer's card",
  '04-new-customer': 'New customer',
  '05-sale-who': 'Sale: for whom?',
  '06-sale': 'Sale: products tapped, the total bar',
  '07-gift': 'Gift',
  '08-messages': 'Messages to send',
  '09-message-compose': 'A message for one customer',
  '10-announce': 'Announcement to many',
  '11-products': 'Products',
  '12-new-product': 'New product',
  '13-reservations': 'Reservations ("pour quand ?", advance)',
  '14-new-reservation': 'New reservation',
  '15-follow-up': 'Follow up (À relancer)',
  '16-status': 'Status image: one tap on a product',
  '17-status-image': 'Status image, ready to share or save',
  '18-status-form': 'Status image: the words and the background',
  '19-backup': 'Backup, restore, export (under "Avancé")',
  '20-more': 'More',
  '21-settings': 'Settings',
  '22-credits': 'Crédits: who owes, oldest first, promises due on top',
  '23-payment': '"Paiement reçu" on her card',
  '24-statement': 'Her statement (relevé), ready to share as an image',
  '25-sync': 'Sync (Synchronisation), off',
};

/** The README's picture: three phones side by side, drawn by the browser itself. */
async function composite(browser, files, out) {
  const page = await browser.newPage({ viewport: { width: 1176, height: 788 } });
  const { readFile } = await import('node:fs/promises');
  const images = await Promise.all(files.map((f) => readFile(f, 'base64')));
  await page.setContent(
    `<body style="margin:0;background:#fff;display:flex;gap:24px;padding:24px;justify-content:center">${images
      .map(
        (b64) =>
          `<img style="width:360px;height:740px;border-radius:16px;box-shadow:0 2px 10px #0003" src="data:image/png;base64,${b64}">`,
      )
      .join('')}</body>`,
  );
  await page.screenshot({ path: out });
  await page.close();
}

async function writeIndex() {
  const lines = [
    '# Every main screen',
    '',
    'Made by `npm run screenshots` (scripts/screenshots.mjs) from the built app, offline, at a',
    'fixed date, with the small notebook of scripts/screenshots/notebook.mjs. Regenerate them after',
    'any change to what the seller sees.',
    '',
  ];
  for (const spec of RUNS) {
    lines.push(`## ${spec.name} (${spec.width}×${spec.height})`, '');
    const names = [...(spec.setup ? ['00-setup'] : []), ...SCREENS.map(([name]) => name)];
    for (const name of names) {
      if (spec.only && !spec.only.includes(name.slice(0, 2))) continue;
      lines.push(`- [${CAPTIONS[name] ?? name}](${spec.name}-${name}.png)`);
    }
    lines.push('');
  }
  await writeFile(join(OUT, 'README.md'), lines.join('\n'));
}

const server = await startServer({ root: DIST });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const dir = join(tmpdir(), `assoh-screens-${process.pid}`);
try {
  await mkdir(OUT, { recursive: true });
  await mkdir(dir, { recursive: true });
  for (const spec of RUNS) {
    const backupPath = join(dir, `assoh-sauvegarde-${spec.language}.json`);
    await writeFile(backupPath, await notebookFile(spec.language));
    console.log(`${spec.name} (${spec.width}×${spec.height})`);
    await run(browser, server.url, backupPath, spec);
  }
  await writeIndex();
  await composite(
    browser,
    ['01-home', '06-sale', '08-messages'].map((n) => join(OUT, `fr-${n}.png`)),
    resolve(OUT, '..', 'screenshot.png'),
  );
} finally {
  await browser.close();
  await server.close();
  await rm(dir, { recursive: true, force: true });
}
