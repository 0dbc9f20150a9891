import { chromium } from '@playwright/test';
import { launchOptions } from './browser.mjs';
const b = await chromium.launch(launchOptions());
const p = await b.newPage();
await p.goto('http://127.0.0.1:4391/sok/');
const r = await p.evaluate(async () => {
  const pf = await import('/pagefind/pagefind.js');
  await pf.init();
  const s = await pf.search('lägesbild', { filters: { utgava: '2024' } });
  return { filters: s.filters, total: s.totalFilters, n: s.results.length };
});
console.log(JSON.stringify(r).slice(0, 800));
await b.close();
