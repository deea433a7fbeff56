// Renders public/logo.svg into the PNG icons the manifest names. Run after changing the logo:
// npm run icons. The PNGs are committed, so builds need no browser.
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

const svg = readFileSync('public/logo.svg', 'utf8');
// Maskable: the whole square is painted and the mark sits inside the 80% safe circle.
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><rect width="512" height="512" fill="#9a3412"/><g transform="translate(76.8 76.8) scale(0.7)">${svg.replace(/<\/?svg[^>]*>/g, '')}</g></svg>`;
// The rounded square's corners would show white on iOS: fill the corners for apple-touch-icon.
const square = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><rect width="512" height="512" fill="#9a3412"/>${svg.replace(/<\/?svg[^>]*>/g, '')}</svg>`;

// The tab's icon: a PNG, not the SVG, whose decoding builds a whole SVG document on the page's
// main thread, again at every change of address (Chrome fetches the icon after each navigation):
// 40 ms of each tap on a slow phone.
const targets = [
  { file: 'public/favicon-48.png', size: 48, source: svg },
  { file: 'public/icon-192.png', size: 192, source: svg },
  { file: 'public/icon-512.png', size: 512, source: svg },
  { file: 'public/icon-maskable-512.png', size: 512, source: maskable },
  { file: 'public/apple-touch-icon.png', size: 180, source: square },
  // The tab's icon: a PNG is decoded off the main thread, an SVG is parsed as a document on it
  // (about 20 ms of a launch on a slow phone, before the first screen's data).
  { file: 'public/favicon-48.png', size: 48, source: svg },
];

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage();
for (const { file, size, source } of targets) {
  await page.setViewportSize({ width: size, height: size });
  const html = `<html><body style="margin:0;background:transparent">${source.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`;
  await page.setContent(html);
  writeFileSync(
    file,
    await page.screenshot({
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    }),
  );
  console.log('wrote', file);
}
await browser.close();
