import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { SetupPage } from './pages/setup-page';

async function expectNoSeriousViolations(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${screen}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(serious).toEqual([]);
}

test('every main screen passes axe with no serious or critical violation', async ({ page }) => {
  const setup = new SetupPage(page);
  await setup.open();
  await expectNoSeriousViolations(page, 'setup');
  await setup.completeAsAwa();
  for (const [path, heading] of [
    ['/', 'Bonjour Maman Awa'],
    ['/plus', 'Plus'],
    ['/reglages', 'Réglages'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
    await expectNoSeriousViolations(page, path);
  }
});
