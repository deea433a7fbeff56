import { writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { SetupPage } from './pages/setup-page';
import { waitForOfflineReady } from './helpers';

const MAX_BYTES = 400_000;

/** Width and height from a JPEG's start-of-frame marker, read in Node, not by the app. */
function jpegSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 2).toString('hex')).toBe('ffd8');
  let i = 2;
  while (i < bytes.length) {
    const marker = bytes.readUInt16BE(i);
    const length = bytes.readUInt16BE(i + 2);
    if (marker >= 0xffc0 && marker <= 0xffc3) {
      return { height: bytes.readUInt16BE(i + 5), width: bytes.readUInt16BE(i + 7) };
    }
    i += 2 + length;
  }
  throw new Error('no SOF marker');
}

/** Spread of luminance over a grid of pixels: a blank or single-colour image is near 0. */
async function sharedLuminanceSpread(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const file = (window as unknown as { sharedFiles: File[] }).sharedFiles[0]!;
    const bitmap = await createImageBitmap(file);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    const values: number[] = [];
    for (let p = 0; p < data.length; p += 4 * 97) {
      values.push(0.2126 * data[p]! + 0.7152 * data[p + 1]! + 0.0722 * data[p + 2]!);
    }
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    return Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
  });
}

async function makeArrivage(page: Page, shots?: (name: string) => string) {
  await page.getByRole('link', { name: 'Plus' }).click();
  await page.getByRole('link', { name: 'Statut WhatsApp' }).click();
  await expect(page.getByRole('heading', { name: 'Statut' })).toBeVisible();
  // No product in her list yet: she writes one.
  await page.getByRole('button', { name: 'Autre produit' }).click();
  await expect(page.getByRole('radio', { name: 'Arrivage' })).toBeChecked();
  await page.getByLabel('Produit', { exact: true }).fill('Piment frais');
  await page.getByLabel('Prix (FCFA)').fill('500');
  await page.getByLabel('Unité').fill('tas');
  // The day and market come from Réglages.
  await expect(page.getByLabel('Quand et où')).toHaveValue('Samedi au marché de Treichville');
  await page.getByRole('radio', { name: '🌶️' }).check();
  if (shots) await page.screenshot({ path: shots('form-360x740.png'), fullPage: true });
  await page.getByRole('button', { name: "Voir l'image" }).click();
  await expect(page.getByRole('img', { name: "L'image du statut : Piment frais" })).toBeVisible();
}

async function renderTimes(page: Page) {
  return page.evaluate(() =>
    performance.getEntriesByName('story-render').map((e) => ({
      ms: Math.round(e.duration),
      ...((e as PerformanceMeasure).detail as { bytes: number; quality: number; where: string }),
    })),
  );
}

test('offline, the seller makes an "Arrivage" Status image and shares a 1080×1920 JPEG of at most 400 KB', async ({
  page,
  context,
}, testInfo) => {
  // What the phone's share sheet would receive.
  await page.addInitScript(() => {
    const w = window as unknown as { sharedFiles: File[] };
    w.sharedFiles = [];
    Object.defineProperty(navigator, 'canShare', {
      configurable: true,
      value: (data?: ShareData) =>
        Boolean(data?.files?.length) &&
        data!.files!.every((f) => f.type === 'image/jpeg' && f.name.endsWith('.jpg')),
    });
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: async (data: ShareData) => {
        w.sharedFiles.push(...(data.files ?? []));
      },
    });
  });
  await new SetupPage(page).completeAsAwa();
  await waitForOfflineReady(page);
  await context.setOffline(true);

  await makeArrivage(page, (name) => testInfo.outputPath(name));
  await expect(page.getByText(/Ko, prête à partager/)).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('preview-360x740.png') });

  // WhatsApp often drops text sent with an image: the same announcement goes as a wa.me link.
  const waHref = await page
    .getByRole('link', { name: 'Envoyer le texte sur WhatsApp' })
    .getAttribute('href');
  expect(waHref).toMatch(/^https:\/\/wa\.me\/\?text=/);
  const waText = decodeURIComponent(waHref!.split('text=')[1]!).replace(/[\u00a0\u202f]/g, ' ');
  expect(waText).toContain('Le piment frais est arrivé ! 500 FCFA le tas.');
  expect(waText).toContain('Samedi au marché de Treichville');
  expect(waText).toContain('Maman Awa WhatsApp 07 07 00 00 01');

  await page.getByRole('button', { name: 'Partager' }).click();
  await page.waitForFunction(
    () => (window as unknown as { sharedFiles: File[] }).sharedFiles.length === 1,
  );
  const shared = await page.evaluate(async () => {
    const file = (window as unknown as { sharedFiles: File[] }).sharedFiles[0]!;
    const bitmap = await createImageBitmap(file);
    const dataUrl = await new Promise<string>((ok) => {
      const reader = new FileReader();
      reader.onload = () => ok(String(reader.result));
      reader.readAsDataURL(file);
    });
    return {
      name: file.name,
      type: file.type,
      size: file.size,
      width: bitmap.width,
      height: bitmap.height,
      dataUrl,
    };
  });
  expect(shared.name).toMatch(/^assoh-statut-piment-frais-\d{4}-\d{2}-\d{2}\.jpg$/);
  expect(shared.type).toBe('image/jpeg');
  expect(shared.size).toBeLessThanOrEqual(MAX_BYTES);
  expect({ width: shared.width, height: shared.height }).toEqual({ width: 1080, height: 1920 });
  const bytes = Buffer.from(shared.dataUrl.split(',')[1]!, 'base64');
  expect(jpegSize(bytes)).toEqual({ width: 1080, height: 1920 });
  expect(await sharedLuminanceSpread(page)).toBeGreaterThan(20);
  await writeFile(testInfo.outputPath('arrivage-piment.jpg'), bytes);
  // A PNG copy of what was shared, to look at (the JPEG itself is saved beside it).
  const png = await page.evaluate(async () => {
    const file = (window as unknown as { sharedFiles: File[] }).sharedFiles[0]!;
    const bitmap = await createImageBitmap(file);
    const canvas = new OffscreenCanvas(540, 960);
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0, 540, 960);
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    return new Promise<string>((ok) => {
      const reader = new FileReader();
      reader.onload = () => ok(String(reader.result));
      reader.readAsDataURL(blob);
    });
  });
  await writeFile(
    testInfo.outputPath('arrivage-piment-half.png'),
    Buffer.from(png.split(',')[1]!, 'base64'),
  );

  // Back to the words: what she typed is still there.
  await page.getByRole('link', { name: 'Modifier' }).click();
  await expect(page.getByLabel('Produit', { exact: true })).toHaveValue('Piment frais');
  await expect(page.getByRole('radio', { name: '🌶️' })).toBeChecked();

  const times = await renderTimes(page);
  expect(times.length).toBeGreaterThan(0);
  // Drawn off the main thread where the browser has OffscreenCanvas (Chromium does).
  expect(times[0]!.where).toBe('worker');
  testInfo.annotations.push({ type: 'story-render', description: JSON.stringify(times) });
  console.log(`story-render: ${JSON.stringify(times)}`);
});

test('where files cannot be shared, "Enregistrer l\'image" downloads the 1080×1920 image', async ({
  page,
}, testInfo) => {
  await page.addInitScript(() => {
    // A browser with no Web Share for files.
    Object.defineProperty(navigator, 'canShare', { configurable: true, value: undefined });
    Object.defineProperty(navigator, 'share', { configurable: true, value: undefined });
  });
  await new SetupPage(page).completeAsAwa();
  await makeArrivage(page);
  await expect(page.getByRole('button', { name: 'Partager' })).toHaveCount(0);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: "Enregistrer l'image" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^assoh-statut-piment-frais-.*\.jpg$/);
  const path = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(path);
  const { readFile } = await import('node:fs/promises');
  const bytes = await readFile(path);
  expect(bytes.length).toBeLessThanOrEqual(MAX_BYTES);
  expect(jpegSize(bytes)).toEqual({ width: 1080, height: 1920 });
});

/** Rows written straight into the app's IndexedDB, as the product and customer screens would. */
async function seed(page: Page, rows: { products?: object[]; customers?: object[] }) {
  await page.evaluate(
    (r) =>
      new Promise<void>((ok, fail) => {
        const open = indexedDB.open('assoh');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const tx = idb.transaction(['products', 'customers'], 'readwrite');
          for (const p of r.products ?? []) tx.objectStore('products').put(p);
          for (const c of r.customers ?? []) tx.objectStore('customers').put(c);
          tx.oncomplete = () => {
            idb.close();
            ok();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    rows,
  );
}

test('"Faire un statut" from a product opens it prefilled; a thank-you card names only customers who accept messages', async ({
  page,
}) => {
  await new SetupPage(page).completeAsAwa();
  const now = Date.now();
  const customer = (
    id: string,
    firstName: string,
    acceptsMessages: boolean,
    nickname?: string,
  ) => ({
    id,
    firstName,
    nickname,
    acceptsMessages,
    searchWords: [firstName.toLowerCase()],
    nameKey: `${firstName} ${nickname ?? ''}`.toLowerCase(),
    lastSeenAt: now,
    createdAt: now,
    updatedAt: now,
  });
  await seed(page, {
    products: [
      {
        id: 'p-gombo',
        name: 'Gombo',
        nameKey: 'gombo',
        priceMinor: 1500,
        unit: 'bassine',
        available: true,
        emoji: '🥬',
        createdAt: now,
        updatedAt: now,
      },
    ],
    customers: [
      customer('c-adele', 'Adèle', true, 'du quartier Zongo'),
      customer('c-bintou', 'Bintou', false),
    ],
  });

  await page.goto('/story?produit=p-gombo');
  await expect(page.getByLabel('Produit', { exact: true })).toHaveValue('Gombo');
  await expect(page.getByLabel('Prix (FCFA)')).toHaveValue('1500');
  await expect(page.getByLabel('Unité')).toHaveValue('bassine');
  await expect(page.getByLabel('Produit de ma liste')).toHaveValue('p-gombo');
  await expect(page.getByRole('radio', { name: '🥬' })).toBeChecked();

  // A wrong price is refused in French before anything is drawn.
  await page.getByLabel('Prix (FCFA)').fill('mille');
  await page.getByRole('button', { name: "Voir l'image" }).click();
  await expect(page.getByText('Écrivez un prix en chiffres, par exemple 500.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Statut' })).toBeVisible();

  await page.getByRole('radio', { name: 'Merci' }).check();
  const who = page.getByLabel('Client à remercier');
  await expect(who.locator('option')).toHaveText(['Tous mes clients', 'Adèle — du quartier Zongo']);
  await who.selectOption('c-adele');
  await page.getByRole('button', { name: "Voir l'image" }).click();
  await expect(page.getByRole('img', { name: "L'image du statut : Merci Adèle !" })).toBeVisible();
  const waHref = await page
    .getByRole('link', { name: 'Envoyer le texte sur WhatsApp' })
    .getAttribute('href');
  expect(decodeURIComponent(waHref!).replace(/[\u00a0\u202f]/g, ' ')).toContain('Merci Adèle !');
});

test('a camera photo is kept downsized and becomes the background', async ({ page }, testInfo) => {
  await new SetupPage(page).completeAsAwa();
  await page.goto('/story?modifier=1');
  // A 12 MP "camera" photo, made in the browser so the test needs no image file.
  const big = await page.evaluate(async () => {
    const canvas = new OffscreenCanvas(3000, 4000);
    const ctx = canvas.getContext('2d')!;
    const g = ctx.createLinearGradient(0, 0, 3000, 4000);
    g.addColorStop(0, '#16a34a');
    g.addColorStop(1, '#dc2626');
    ctx.fillStyle = g;
    ctx.fillRect(0, 0, 3000, 4000);
    for (let i = 0; i < 400; i++) {
      ctx.fillStyle = `hsl(${(i * 37) % 360} 80% 50%)`;
      ctx.beginPath();
      ctx.arc((i * 733) % 3000, (i * 1117) % 4000, 60 + (i % 90), 0, 2 * Math.PI);
      ctx.fill();
    }
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.95 });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let s = '';
    for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]!);
    return btoa(s);
  });
  const buffer = Buffer.from(big, 'base64');
  expect(buffer.length).toBeGreaterThan(1_000_000);
  await page
    .getByLabel('Prendre une photo')
    .setInputFiles({ name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer });
  await expect(page.getByRole('img', { name: 'La photo du fond' })).toBeVisible();

  const stored = await page.evaluate(
    () =>
      new Promise<Array<{ width: number; height: number; size: number }>>((ok, fail) => {
        const open = indexedDB.open('assoh');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('photos').objectStore('photos').getAll();
          req.onsuccess = () => {
            open.result.close();
            ok(
              (req.result as Array<{ width: number; height: number; blob: Blob }>).map((p) => ({
                width: p.width,
                height: p.height,
                size: p.blob.size,
              })),
            );
          };
        };
      }),
  );
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ width: 810, height: 1080 });
  expect(stored[0]!.size).toBeLessThan(buffer.length / 3);

  await page.getByLabel('Produit', { exact: true }).fill('Tomates');
  await page.getByLabel('Prix (FCFA)').fill('1000');
  await page.getByLabel('Unité').fill('tas');
  await page.getByRole('button', { name: "Voir l'image" }).click();
  const img = page.getByRole('img', { name: "L'image du statut : Tomates" });
  await expect(img).toBeVisible();
  expect(Number(await img.getAttribute('data-bytes'))).toBeLessThanOrEqual(MAX_BYTES);
  await page.screenshot({ path: testInfo.outputPath('photo-preview-360x740.png') });
});
