import { writeFile } from 'node:fs/promises';
import { expect, type Page, type TestInfo } from '@playwright/test';
import { AWA, PIMENT, notebookFile } from '../../scripts/screenshots/notebook.mjs';

export { AWA, PIMENT };

/**
 * A small realistic notebook (the documentation screenshots' own: scripts/screenshots/notebook.mjs),
 * restored from the first-run screen as a new phone would: eight customers, two Awa, six
 * products, a fortnight of sales, reservations and messages waiting.
 */
export async function restoreNotebook(
  page: Page,
  testInfo: TestInfo,
  language: 'fr' | 'en' = 'fr',
) {
  const file = testInfo.outputPath(`assoh-sauvegarde-${language}.json`);
  await writeFile(file, await notebookFile(language, Date.now()));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Bienvenue sur Assoh' })).toBeVisible();
  await page.getByText('Restaurer une sauvegarde').click();
  await page.locator('input[type="file"]').setInputFiles(file);
  await page.getByRole('button', { name: /^Remplacer/ }).click();
  await page.getByRole('button', { name: /^Oui/ }).click();
  await expect(page.getByRole('heading', { name: /^(Bonjour|Hello) Maman Awa/ })).toBeVisible();
}
