// Renders the app icons (PNG) from public/favicon.svg with the test browser, so the icons and the
// favicon stay one design. Run once after changing the logo: node scripts/make-icons.mjs
import { chromium } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { launchOptions } from './browser.mjs';

const svg = await readFile(new URL('../public/favicon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch(launchOptions());
const page = await browser.newPage();
for (const [name, size, padding] of [['icon-192', 192, 0], ['icon-512', 512, 0], ['maskable-512', 512, 0.1], ['maskable-192', 192, 0.1]]) {
  await page.setViewportSize({ width: size, height: size });
  const inner = Math.round(size * (1 - padding * 2));
  // Maskable icons keep the logo inside the safe zone on a full-bleed background.
  const html = `<body style="margin:0;background:#1d5b87;display:grid;place-items:center;height:${size}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</body>`;
  await page.setContent(html);
  await page.screenshot({ path: `public/icons/${name}.png`, omitBackground: false });
}
await browser.close();
