import { expect, test, type Page } from '@playwright/test';
import { SetupPage } from './pages/setup-page';

// The app's entry script is refused here, so what shows is index.html's start frame alone:
// the service worker is kept out, as it would serve the script from its cache.
test.use({ serviceWorkers: 'block' });

const withoutTheApp = (page: Page) => page.route(/\/assets\/index-[\w-]+\.js$/, (r) => r.abort());

test('before any of its scripts, a first visit shows the setup screen, inert, in French', async ({
  page,
}) => {
  await withoutTheApp(page);
  await page.goto('/');
  await expect(page.locator('#root h1')).toHaveText('Bienvenue sur Assoh');
  await expect(page.locator('#root > [inert]')).toHaveCount(1);
  await expect(page.locator('#root input').first()).not.toBeFocused();
});

test('the next start paints the home screen’s frame in her language, then the app replaces it', async ({
  page,
}) => {
  await new SetupPage(page).completeAsAwa();
  // The app took the frame's place: one search box, nothing inert left.
  await expect(page.getByRole('searchbox')).toHaveCount(1);
  await expect(page.locator('#root [inert]')).toHaveCount(0);

  // A seller who reads English: her frame is English, never French, from the first paint.
  await page.evaluate(() => localStorage.setItem('assoh-lang', 'en'));
  await withoutTheApp(page);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#root h1')).toHaveText('Hello');
  await expect(page.locator('#root input[type="search"]')).toHaveAttribute(
    'placeholder',
    'Name, area or number…',
  );
  await expect(page.locator('#root nav')).toContainText('Home');
  await expect(page.locator('#root')).not.toContainText('Accueil');
  // Online: no offline strip under the title (the app draws none, so nothing would move).
  await expect(page.locator('#root [data-offline-strip]')).toHaveCount(0);

  // Offline (as the phone says), the strip is there from the first frame, as the app has it.
  await page.addInitScript(() =>
    Object.defineProperty(Navigator.prototype, 'onLine', { get: () => false }),
  );
  await page.reload();
  await expect(page.locator('#root [data-offline-strip]')).toContainText('Offline');
});

test('a start reads her notebook without Dexie: its code loads only after the first screen', async ({
  page,
}) => {
  await new SetupPage(page).completeAsAwa();
  await page.reload();
  await expect(page.getByRole('searchbox')).toHaveCount(1);
  const before = await page.evaluate(async () => {
    while (performance.getEntriesByName('app-ready').length === 0)
      await new Promise((r) => setTimeout(r, 20));
    const ready = performance.getEntriesByName('app-ready')[0]!.startTime;
    return performance
      .getEntriesByType('resource')
      .filter((r) => r.startTime < ready && r.name.endsWith('.js'))
      .map((r) => new URL(r.name).pathname);
  });
  expect(before.length).toBeGreaterThan(0);
  expect(before.filter((path) => /dexie/.test(path))).toEqual([]);
});
