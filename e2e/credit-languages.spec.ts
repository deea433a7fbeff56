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
  paid: string;
}

const SELLERS: Seller[] = [
  {
    lang: 'ar',
    name: 'أم سالم',
    country: 'MA',
    phone: '06 12 34 56 78',
    market: 'إنزكان',
    product: 'طماطم',
    price: '8',
    unit: 'كيلو',
    customer: 'فاطمة',
    paid: '10',
  },
  {
    lang: 'en',
    name: 'Mama Grace',
    country: 'CM',
    phone: '6 71 23 45 67',
    market: 'Bamenda',
    product: 'Fresh chili',
    price: '500',
    unit: 'heap',
    customer: 'Adèle',
    paid: '400',
  },
];

/**
 * The credit book in each language, offline: a sale part paid, her card, a payment, Crédits and
 * the relevé, with axe and nothing spilling out at 360 px and at 320 px.
 */
for (const s of SELLERS) {
  test(`${s.lang}: a sale part paid, a payment and Crédits, offline, nothing spilling at 320 px`, async ({
    page,
    context,
  }) => {
    test.setTimeout(150_000);
    const { say, like, starts } = speaking(s.lang);
    const shoot = (name: string) => shot(page, `credit-${s.lang}-${name}`);
    const check = async (screen: string) => {
      await expectNoSeriousViolations(page, `${s.lang} ${screen}`);
      await expectNothingOverflows(page, `${s.lang} ${screen} 360`);
      await page.setViewportSize({ width: 320, height: 640 });
      await expectNothingOverflows(page, `${s.lang} ${screen} 320`);
      await page.setViewportSize({ width: 360, height: 740 });
    };

    await page.goto('/');
    await page.locator('form').getByRole('combobox').first().selectOption(s.lang);
    await page.getByLabel(say('setup.sellerName')).fill(s.name);
    await page.getByLabel(say('setup.country')).selectOption(s.country);
    await page.getByLabel(say('setup.sellerPhone')).fill(s.phone);
    await page.getByLabel(say('setup.marketName')).fill(s.market);
    await page.getByLabel(say('setup.marketDay')).selectOption('3');
    await page.getByRole('button', { name: say('setup.start') }).click();
    await expect(
      page.getByRole('heading', { name: say('home.hello', { name: s.name }) }),
    ).toBeVisible();
    await waitForOfflineReady(page);
    await context.setOffline(true);

    await page.getByRole('link', { name: say('nav.more') }).click();
    await page.getByRole('link', { name: say('products.title') }).click();
    await page.getByRole('link', { name: say('products.addFirst') }).click();
    await page.getByLabel(say('products.name')).fill(s.product);
    await page.getByLabel(starts('products.price')).fill(s.price);
    await page.getByLabel(say('products.unit')).fill(s.unit);
    await page.getByRole('button', { name: say('common.save') }).click();
    // Saved (back on the list) before leaving: a tap meanwhile would be undone by its return.
    await expect(page.getByRole('link', { name: new RegExp(s.product) })).toBeVisible();
    await page.getByRole('link', { name: say('nav.customers') }).click();
    await page
      .getByRole('link', { name: say('customers.new') })
      .first()
      .click();
    await page.getByLabel(say('customers.firstName')).fill(s.customer);
    await page.getByRole('button', { name: say('common.save') }).click();
    await expect(page.getByRole('heading', { name: s.customer, level: 1 })).toBeVisible();

    // A sale of two, part paid, with a promise.
    await page
      .getByRole('link', { name: say('nav.sale'), exact: true })
      .first()
      .click();
    const tile = page.getByRole('button', { name: new RegExp(`^${s.product}`) });
    await tile.click();
    await tile.click();
    await page.getByRole('button', { name: say('payment.partial') }).click();
    await page.getByLabel(starts('payment.paidAmount')).fill(s.paid);
    await page.getByRole('button', { name: say('due.tomorrow') }).click();
    await expect(page.getByText(like('payment.rest'))).toBeVisible();
    await shoot('01-sale');
    await check('sale');
    await page.getByRole('button', { name: say('sales.save') }).click();
    await expect(page.getByText(like('sales.savedCredit'))).toBeVisible();

    // Her card: what she owes since today, her promise, her entries.
    await expect(page.getByText(like('credit.owesSince'))).toBeVisible();
    await expect(page.getByText(like('credit.promise')).first()).toBeVisible();
    await shoot('02-card');
    await check('card');
    await page.getByRole('button', { name: say('credit.paymentReceived') }).click();
    await page.getByRole('button', { name: say('credit.way.wave') }).click();
    await shoot('03-payment');
    await check('payment');
    await page.getByRole('button', { name: say('credit.savePayment') }).click();
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(page.getByText(say('credit.nothingOwed'))).toBeVisible();
    await expect(page.getByText(say('credit.balanceZero'))).toBeVisible();
    await shoot('03b-paid');
    await check('paid');

    // A new credit, then Crédits from the home screen.
    await page.getByRole('button', { name: say('credit.newCredit'), exact: true }).click();
    await page.getByLabel(starts('credit.amount')).fill(s.price);
    await page.getByRole('button', { name: say('credit.saveCredit') }).click();
    await expect(page.getByText(like('credit.owesSince'))).toBeVisible();
    await page.getByRole('link', { name: say('nav.home') }).click();
    await page.getByRole('link', { name: new RegExp(say('nav.credits')) }).click();
    await expect(page.getByText(say('credit.total'))).toBeVisible();
    await expect(page.getByRole('link', { name: new RegExp(`^${s.customer}`) })).toBeVisible();
    await shoot('04-credits');
    await check('credits');

    await page.getByRole('link', { name: new RegExp(`^${s.customer}`) }).click();
    await page.getByRole('link', { name: say('credit.statement') }).click();
    const image = page.getByRole('img', { name: say('credit.statementAlt', { name: s.customer }) });
    await expect(image).toBeVisible();
    // Shown with its room (width and height) before the picture is decoded: its width once loaded.
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBe(1080);
    await shoot('05-statement');
    await check('statement');
  });
}
