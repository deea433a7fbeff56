import { writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations, expectNothingOverflows, waitForOfflineReady } from './helpers';
import { speaking } from './pages/speaking';

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screens/${name}.png` });

interface Seller {
  lang: 'ar' | 'en';
  name: string;
  country: string;
  phone: string;
  market: string;
  product: string;
  price: string;
  unit: string;
  customer: string;
  nickname: string;
  otherNickname: string;
  customerPhone: string;
  gift: string;
  giftValue: string;
  /** Today's total after two units, as the home screen writes it. */
  todayTotal: RegExp;
}

const FATIMA: Seller = {
  lang: 'ar',
  name: 'أم سالم',
  country: 'MA',
  phone: '06 12 34 56 78',
  market: 'إنزكان',
  product: 'طماطم',
  // Typed with the Arabic-Indic digits of an Arabic keyboard.
  price: '٨',
  unit: 'كيلو',
  customer: 'فاطمة',
  nickname: 'من حي السلام',
  otherNickname: 'السيدة ذات الوشاح الأزرق',
  customerPhone: '06 61 23 45 67',
  gift: 'ربطة نعناع',
  giftValue: '٥',
  // Latin digits, the dirham's Arabic symbol: 2 × 8 د.م.
  todayTotal: /^\u200f?16\sد\.م\.\u200f?$/,
};

const GRACE: Seller = {
  lang: 'en',
  name: 'Mama Grace',
  country: 'CM',
  phone: '6 71 23 45 67',
  market: 'Bamenda',
  product: 'Fresh chili',
  price: '500 F',
  unit: 'heap',
  customer: 'Adèle',
  nickname: 'from Ntarikon',
  otherNickname: 'the lady with the blue scarf',
  customerPhone: '6 77 12 34 56',
  gift: 'a handful of peanuts',
  giftValue: '100',
  todayTotal: /^1,000\sFCFA$/,
};

/** Arabic-Indic or Persian digits anywhere on screen: prices in the Maghreb are Latin. */
const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/;

/**
 * The stall journey of stall.spec.ts, in another language chosen first on the setup screen:
 * a product, a customer, a sale, a gift, a second customer of the same first name, search after
 * a reload, all offline; axe on each screen, screenshots to look at.
 */
async function stallJourney(page: Page, s: Seller, goOffline: () => Promise<void>) {
  const { say, like, starts } = speaking(s.lang);
  const dir = s.lang === 'ar' ? 'rtl' : 'ltr';
  const html = page.locator('html');
  const shoot = (name: string) => shot(page, `${s.lang}-${name}`);

  // The setup screen offers the language first; choosing it switches the screen at once.
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Bienvenue sur Assoh' })).toBeVisible();
  const firstField = page.locator('form').getByRole('combobox').first();
  await expect(firstField).toHaveAccessibleName('Langue');
  await firstField.selectOption(s.lang);
  await expect(page.getByRole('heading', { name: say('setup.title') })).toBeVisible();
  await expect(html).toHaveAttribute('lang', s.lang);
  await expect(html).toHaveAttribute('dir', dir);
  await expect(page.getByLabel(say('setup.language'))).toHaveValue(s.lang);
  await expectNoSeriousViolations(page, `${s.lang} setup`);
  await page.getByLabel(say('setup.sellerName')).fill(s.name);
  await page.getByLabel(say('setup.country')).selectOption(s.country);
  await page.getByLabel(say('setup.sellerPhone')).fill(s.phone);
  await page.getByLabel(say('setup.marketName')).fill(s.market);
  await page.getByLabel(say('setup.marketDay')).selectOption('3');
  await shoot('01-setup');
  await page.getByRole('button', { name: say('setup.start') }).click();
  await expect(
    page.getByRole('heading', { name: say('home.hello', { name: s.name }) }),
  ).toBeVisible();
  // (Its "ready offline" notice may have come and gone during the setup's checks.)
  await waitForOfflineReady(page);
  await goOffline();
  await expect(page.getByText(say('net.offline'), { exact: true })).toBeVisible();
  await shoot('02-home-empty');
  await expectNoSeriousViolations(page, `${s.lang} home`);

  // A product, its price typed the seller's way.
  await page.getByRole('link', { name: say('nav.more') }).click();
  await page.getByRole('link', { name: say('products.title') }).click();
  await page.getByRole('link', { name: say('products.addFirst') }).click();
  await page.getByLabel(say('products.name')).fill(s.product);
  await page.getByLabel(starts('products.price')).fill(s.price);
  await page.getByLabel(say('products.unit')).fill(s.unit);
  await shoot('03-product-form');
  await expectNoSeriousViolations(page, `${s.lang} product form`);
  await page.getByRole('button', { name: say('common.save') }).click();
  await expect(page.getByText(like('products.perUnit', { unit: s.unit }))).toBeVisible();
  await shoot('04-products');
  if (dir === 'rtl') {
    // The arrow back points right, the way a right-to-left reader goes back.
    const back = page.getByRole('button', { name: say('nav.back') }).locator('svg');
    await expect(back).toHaveCSS('scale', '-1 1');
  }

  // A customer, with her number.
  await page.getByRole('link', { name: say('nav.customers') }).click();
  await page
    .getByRole('link', { name: say('customers.new') })
    .first()
    .click();
  await page.getByLabel(say('customers.firstName')).fill(s.customer);
  await page.getByLabel(say('customers.nickname')).fill(s.nickname);
  await page.getByLabel(say('customers.phone')).fill(s.customerPhone);
  await shoot('05-customer-form');
  await expectNoSeriousViolations(page, `${s.lang} customer form`);
  await page.getByRole('button', { name: say('common.save') }).click();
  await expect(page.getByRole('heading', { name: s.customer, level: 1 })).toBeVisible();
  // Her number reads left to right whatever the language around it.
  const number = page.locator('main [dir="ltr"]').first();
  await expect(number).toHaveText(/^\d[\d ]+\d$/);
  await expect(number).toHaveCSS('direction', 'ltr');

  // A sale of two units, with her thank-you prepared.
  await page
    .getByRole('link', { name: say('nav.sale'), exact: true })
    .first()
    .click();
  const tile = page.getByRole('button', { name: new RegExp(`^${s.product}`) });
  await tile.click();
  await tile.click();
  await shoot('06-sale');
  await expectNoSeriousViolations(page, `${s.lang} sale`);
  await page.getByRole('button', { name: say('sales.save') }).click();
  await expect(page.getByText(like('sales.saved'))).toBeVisible();
  await expect(page.getByRole('heading', { name: s.customer, level: 1 })).toBeVisible();

  // A gift, given with that sale.
  await page.getByRole('link', { name: say('gifts.title'), exact: true }).click();
  await expect(page.getByText(like('gifts.withSale'))).toBeVisible();
  await page.getByLabel(say('gifts.what')).fill(s.gift);
  await page.getByLabel(say('gifts.reason.fidelite')).check();
  await page.getByLabel(starts('gifts.value')).fill(s.giftValue);
  await shoot('07-gift');
  await expectNoSeriousViolations(page, `${s.lang} gift`);
  await page.getByRole('button', { name: say('gifts.save') }).click();
  await expect(page.getByText(say('gifts.given', { what: s.gift }))).toBeVisible();
  await shoot('08-card');
  await expectNoSeriousViolations(page, `${s.lang} card`);

  // Her thank-you waits, in the seller's language.
  await page.getByRole('link', { name: say('nav.messages') }).click();
  await expect(page.getByRole('heading', { name: say('outbox.title'), level: 1 })).toBeVisible();
  await expect(
    page.getByText(say('template.merci', { prenom: s.customer, vendeur: s.name })),
  ).toBeVisible();
  await shoot('09-messages');
  await expectNoSeriousViolations(page, `${s.lang} messages`);

  // A second customer with the same first name.
  await page.getByRole('link', { name: say('nav.customers') }).click();
  await page
    .getByRole('link', { name: say('customers.new') })
    .first()
    .click();
  await page.getByLabel(say('customers.firstName')).fill(s.customer);
  await page.getByLabel(say('customers.nickname')).fill(s.otherNickname);
  await page.getByRole('button', { name: say('common.save') }).click();
  await expect(page.getByText(say('customers.historyEmpty'))).toBeVisible();

  // Reload, still offline: search finds both, told apart by their nicknames.
  await page.goto('/');
  await page.reload();
  await expect(html).toHaveAttribute('dir', dir);
  await expect(page.getByText(say('home.salesCount.one', { n: '1' }))).toBeVisible();
  await expect(page.getByText(s.todayTotal)).toBeVisible();
  await shoot('10-home');
  await page.getByLabel(say('customers.searchLabel')).fill(s.customer);
  const found = page.getByRole('link', { name: new RegExp(`^${s.customer} `) });
  await expect(found).toHaveCount(2);
  await expect(
    page.getByRole('link', { name: new RegExp(`^${s.customer} ${s.nickname}`) }),
  ).toBeVisible();
  await expect(
    page.getByRole('link', { name: new RegExp(`^${s.customer} ${s.otherNickname}`) }),
  ).toBeVisible();
  await shoot('11-search');
  await expectNoSeriousViolations(page, `${s.lang} search`);
  await page
    .getByRole('link', { name: new RegExp(s.nickname) })
    .first()
    .click();
  await expect(page.getByText(say('gifts.given', { what: s.gift }))).toBeVisible();
  const body = (await page.locator('body').textContent()) ?? '';
  expect(body).not.toMatch(EASTERN_DIGITS);
}

test('Arabic, right to left, at the stall offline: setup in Arabic first, product, customer, sale, gift, search after reload', async ({
  page,
  context,
}) => {
  test.setTimeout(150_000);
  await stallJourney(page, FATIMA, () => context.setOffline(true));
  const { say } = speaking('ar');

  // The next start is Arabic and right to left from its first frame: never a French one.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { frames_: string[] }).frames_ = seen;
    new MutationObserver(() => {
      // The app's root, where a screen (or a frame drawn in index.html) shows.
      if (document.getElementById('root')?.textContent?.trim())
        seen.push(`${document.documentElement.lang}/${document.documentElement.dir}`);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto('/');
  await expect(
    page.getByRole('heading', { name: say('home.hello', { name: FATIMA.name }) }),
  ).toBeVisible();
  const frames = await page.evaluate(() => (window as unknown as { frames_: string[] }).frames_);
  expect(frames.length).toBeGreaterThan(0);
  expect(frames.filter((f) => f !== 'ar/rtl')).toEqual([]);
});

test('English at the stall offline, checked the same way: setup in English first, product, customer, sale, gift, search after reload', async ({
  page,
  context,
}) => {
  test.setTimeout(150_000);
  await stallJourney(page, GRACE, () => context.setOffline(true));
});

const NARROW = {
  ar: {
    name: 'خديجة بنت محمد الأمين',
    country: 'MR',
    market: 'سوق العاصمة الكبير',
    product: 'فلفل حار طازج من المزرعة',
    unit: 'كيس كبير',
    customer: 'عائشة',
    nickname: 'بائعة الخبز قرب المسجد الكبير',
    phone: '22 12 34 56',
  },
  en: {
    name: 'Mama Grace Vegetables',
    country: 'CM',
    market: 'Bamenda Main Market',
    product: 'Fresh chili from the farm',
    unit: 'big bag',
    customer: 'Aisha',
    nickname: 'the bread seller near the big mosque',
    phone: '6 77 12 34 56',
  },
} as const;

for (const lang of ['ar', 'en'] as const) {
  test(`${lang} at 320×640: nothing wider than the phone, no word out of its button, on every main screen`, async ({
    page,
  }) => {
    test.setTimeout(150_000);
    await page.setViewportSize({ width: 320, height: 640 });
    const { say, starts } = speaking(lang);
    const d = NARROW[lang];
    await page.goto('/');
    await page.locator('form').getByRole('combobox').first().selectOption(lang);
    await expectNothingOverflows(page, 'setup');
    await shot(page, `${lang}-320-setup`);
    await page.getByLabel(say('setup.sellerName')).fill(d.name);
    await page.getByLabel(say('setup.country')).selectOption(d.country);
    await page.getByLabel(say('setup.marketName')).fill(d.market);
    await page.getByRole('button', { name: say('setup.start') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(d.name);

    await page.goto('/produits/nouveau');
    await page.getByLabel(say('products.name')).fill(d.product);
    await page.getByLabel(starts('products.price')).fill('1500');
    await page.getByLabel(say('products.unit')).fill(d.unit);
    await page.getByRole('button', { name: say('common.save') }).click();
    // Saved once the form has gone: leaving earlier could cut the write short.
    await page.waitForURL((url) => !url.pathname.endsWith('/nouveau'));
    await page.goto('/clients/nouveau');
    await page.getByLabel(say('customers.firstName')).fill(d.customer);
    await page.getByLabel(say('customers.nickname')).fill(d.nickname);
    await page.getByLabel(say('customers.phone')).fill(d.phone);
    await page.getByRole('button', { name: say('common.save') }).click();
    await expect(page.getByRole('heading', { name: d.customer, level: 1 })).toBeVisible();
    const card = new URL(page.url()).pathname;
    await page
      .getByRole('link', { name: say('nav.sale'), exact: true })
      .first()
      .click();
    await page.getByRole('button', { name: new RegExp(`^${d.product.split(' ')[0]}`) }).click();
    await expectNothingOverflows(page, 'sale');
    await shot(page, `${lang}-320-sale`);
    await page.getByRole('button', { name: say('sales.save') }).click();
    await expect(page.getByRole('heading', { name: d.customer, level: 1 })).toBeVisible();

    for (const [path, name] of [
      ['/', 'home'],
      ['/clients', 'customers'],
      [card, 'card'],
      ['/clients/nouveau', 'customer-form'],
      ['/vente', 'sale-picker'],
      [`/cadeau?client=${card.split('/').pop()}`, 'gift'],
      ['/messages', 'messages'],
      ['/messages/annonce', 'announce'],
      ['/produits', 'products'],
      ['/reservations', 'reservations'],
      ['/relances', 'insights'],
      ['/story', 'story'],
      ['/sauvegarde', 'backup'],
      ['/plus', 'more'],
      ['/reglages', 'settings'],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
      await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
      await expectNothingOverflows(page, name);
      await shot(page, `${lang}-320-${name}`);
    }
  });
}

test('an Arabic Status image: drawn right to left, price and number kept whole, shared as a 1080×1920 JPEG', async ({
  page,
}, testInfo) => {
  // What the phone's share sheet would receive.
  await page.addInitScript(() => {
    const w = window as unknown as { sharedFiles: File[] };
    w.sharedFiles = [];
    Object.defineProperty(navigator, 'canShare', { configurable: true, value: () => true });
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: async (data: ShareData) => {
        w.sharedFiles.push(...(data.files ?? []));
      },
    });
  });
  const { say, starts } = speaking('ar');
  await page.goto('/');
  await page.locator('form').getByRole('combobox').first().selectOption('ar');
  await page.getByLabel(say('setup.sellerName')).fill(FATIMA.name);
  await page.getByLabel(say('setup.country')).selectOption('MA');
  await page.getByLabel(say('setup.sellerPhone')).fill(FATIMA.phone);
  await page.getByLabel(say('setup.marketName')).fill(FATIMA.market);
  await page.getByLabel(say('setup.marketDay')).selectOption('3');
  await page.getByRole('button', { name: say('setup.start') }).click();
  await expect(
    page.getByRole('heading', { name: say('home.hello', { name: FATIMA.name }) }),
  ).toBeVisible();

  await page.getByRole('link', { name: say('nav.more') }).click();
  await page.getByRole('link', { name: say('stories.menu') }).click();
  // No product in her list yet: she writes one.
  await page.getByRole('button', { name: say('stories.otherProduct') }).click();
  await page.getByLabel(say('stories.productName'), { exact: true }).fill('طماطم');
  await page.getByLabel(starts('stories.price')).fill('١٥');
  await page.getByLabel(say('stories.unit'), { exact: true }).fill('كيلو');
  await expect(page.getByLabel(say('stories.when'))).toHaveValue('الأربعاء في سوق إنزكان');
  await page.getByRole('radio', { name: '🌶️' }).check();
  await page.getByRole('button', { name: say('stories.next') }).click();
  await expect(page.getByRole('img', { name: `صورة الحالة: طماطم` })).toBeVisible();
  await shot(page, 'ar-story-preview');

  // The same words as a WhatsApp text: the number between left-to-right marks.
  const waHref = await page
    .getByRole('link', { name: say('stories.sendText') })
    .getAttribute('href');
  const waText = decodeURIComponent(waHref!.split('text=')[1]!);
  expect(waText).toContain('وصل جديد: طماطم!');
  expect(waText).toMatch(/15\s?د\.م\..* لكل\s?كيلو/);
  expect(waText).toContain('الأربعاء في سوق إنزكان');
  expect(waText).toMatch(/واتساب \u200e[\d ]+\u200e$/);

  await page.getByRole('button', { name: say('stories.share') }).click();
  await page.waitForFunction(
    () => (window as unknown as { sharedFiles: File[] }).sharedFiles.length === 1,
  );
  const shared = await page.evaluate(async () => {
    const file = (window as unknown as { sharedFiles: File[] }).sharedFiles[0]!;
    const bitmap = await createImageBitmap(file);
    // A half-size PNG to look at.
    const canvas = new OffscreenCanvas(540, 960);
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0, 540, 960);
    const png = await canvas.convertToBlob({ type: 'image/png' });
    const dataUrl = await new Promise<string>((ok) => {
      const reader = new FileReader();
      reader.onload = () => ok(String(reader.result));
      reader.readAsDataURL(png);
    });
    return {
      type: file.type,
      size: file.size,
      width: bitmap.width,
      height: bitmap.height,
      dataUrl,
    };
  });
  expect(shared.type).toBe('image/jpeg');
  expect(shared.size).toBeLessThanOrEqual(400_000);
  expect({ width: shared.width, height: shared.height }).toEqual({ width: 1080, height: 1920 });
  await writeFile(
    testInfo.outputPath('ar-story-half.png'),
    Buffer.from(shared.dataUrl.split(',')[1]!, 'base64'),
  );
  await writeFile(
    'test-results/screens/ar-story-half.png',
    Buffer.from(shared.dataUrl.split(',')[1]!, 'base64'),
  );
});
