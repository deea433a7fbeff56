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

test('the launch’s modules ask V8 to compile them whole; the other screens’ do not', async ({
  page,
  request,
}) => {
  const HINT = '//# allFunctionsCalledOnLoad\n';
  const hinted = async (path: string) => {
    const text = await (await request.get(path)).text();
    expect(text.length).toBeGreaterThan(0);
    return text.startsWith(HINT);
  };
  const html = await (await request.get('/')).text();
  const first = [
    ...html.matchAll(
      /<script type="module"[^>]* src="([^"]+)"|<link rel="modulepreload"[^>]* href="([^"]+)"/g,
    ),
  ].map((m) => m[1] ?? m[2]!);
  // The entry, the bundler's runtime and the libraries.
  expect(first.length).toBeGreaterThanOrEqual(3);
  for (const src of first) expect(await hinted(src)).toBe(true);

  // The screens one tap from the home, fetched once it shows: Crédits' code is hinted too; the
  // customer list's, fetched when she opens it, keeps V8's lazy compilation.
  await new SetupPage(page).completeAsAwa();
  const loaded = (pattern: RegExp) =>
    page
      .waitForFunction(
        (source) =>
          performance
            .getEntriesByType('resource')
            .map((r) => new URL(r.name).pathname)
            .find((path) => new RegExp(source).test(path)),
        pattern.source,
      )
      .then((handle) => handle.jsonValue() as Promise<string>);
  // They come in one file (vite.config.ts): each request costs the main thread through the
  // service worker, and 48 of them once took 190 ms at 6× CPU right after the first screen.
  expect(await hinted(await loaded(/\/next-[\w-]+\.js$/))).toBe(true);
  const apart = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((r) => new URL(r.name).pathname)
      .filter((path) => /\/(customer-page|sale-page|credits-screen|outbox-screen)-/.test(path)),
  );
  expect(apart).toEqual([]);
  await page.getByRole('link', { name: 'Clients' }).click();
  expect(await hinted(await loaded(/\/customer-list-screen-[\w-]+\.js$/))).toBe(false);
});
