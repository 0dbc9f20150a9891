// npm run bench: builds the handbook and prints what a reader pays for it — page weight, JavaScript,
// build time (also for a 1 000-chapter corpus), search latency and bytes, and the offline copy —
// each compared with its budget. Exits 1 when a budget is exceeded.
import { chromium } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchOptions } from './browser.mjs';
import { ensureTools } from './tools.mjs';

const KiB = 1024;
const PORT = Number(process.env.HANDBOOK_BENCH_PORT ?? 4353);
const CHAPTER = '/kapitel/steg-2-egna-forberedelser/';
const rows = [];
const kib = (n) => `${(n / KiB).toFixed(1)} KiB`;
const ms = (n) => `${Math.round(n)} ms`;
const s = (n) => `${(n / 1000).toFixed(1)} s`;
/** One figure; with a budget it gets a verdict. */
function report(label, value, shown, budget, budgetShown) {
  rows.push({ label, shown, budget: budgetShown ?? '', ok: budget === undefined ? null : value <= budget });
}

function build(env = {}) {
  const start = performance.now();
  const result = spawnSync('npx', ['astro', 'build'], { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`Bygget misslyckades:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  return performance.now() - start;
}

function files(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

ensureTools(['chromium', 'nginx']);

// 1. The real handbook.
console.log('Bygger handboken …');
const buildMs = build();
report('Bygg av handboken (hela kedjan)', buildMs, s(buildMs));
const dist = path.resolve('dist');
const all = files(dist);
const distBytes = all.reduce((n, f) => n + statSync(f).size, 0);
report('dist/ totalt', distBytes, `${(distBytes / KiB / KiB).toFixed(2)} MiB i ${all.length} filer`);
const pagefindBytes = files(path.join(dist, 'pagefind')).reduce((n, f) => n + statSync(f).size, 0);
report('Sökindex (dist/pagefind)', pagefindBytes, kib(pagefindBytes));

// 2. Serve it like production.
const nginx = spawn('node', ['scripts/nginx.mjs', String(PORT), dist], { stdio: 'ignore' });
const base = `http://127.0.0.1:${PORT}`;
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(`${base}/`)).ok) break;
  } catch {
    await new Promise((r) => setTimeout(r, 100));
  }
}
const browser = await chromium.launch(launchOptions());

try {
  // 3. A typical chapter page: HTML + CSS + eager JS, gzip as served.
  {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const responses = [];
    page.on('response', (r) => responses.push(r));
    await page.goto(`${base}${CHAPTER}`, { waitUntil: 'load' });
    const eager = responses.filter((r) => r.request().resourceType() === 'script');
    const html = readFileSync(path.join(dist, CHAPTER, 'index.html'));
    const css = responses.filter((r) => r.request().resourceType() === 'stylesheet').map((r) => readFileSync(path.join(dist, new URL(r.url()).pathname)));
    const js = eager.map((r) => readFileSync(path.join(dist, new URL(r.url()).pathname)));
    const inlineJs = [...html.toString().matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => Buffer.from(m[1])).filter((b) => b.length);
    const gz = (bufs) => bufs.reduce((n, b) => n + gzipSync(b, { level: 6 }).length, 0);
    const raw = (bufs) => bufs.reduce((n, b) => n + b.length, 0);
    report('Kapitelsida: HTML', gz([html]), `${kib(raw([html]))} (gzip ${kib(gz([html]))})`);
    report('Kapitelsida: CSS', gz(css), `${kib(raw(css))} (gzip ${kib(gz(css))}) i ${css.length} fil`);
    report('Kapitelsida: JS vid laddning', gz(js), `${kib(raw(js))} (gzip ${kib(gz(js))}) i ${js.length} förfrågningar, + ${inlineJs.length} inbäddade skript (${raw(inlineJs)} B)`, 4 * KiB, '≤ 4 KiB gzip');
    report('Kapitelsida: JS-förfrågningar vid laddning', js.length, String(js.length), 2, '≤ 2');
    const total = gz([html]) + gz(css) + gz(js) + gz(inlineJs);
    report('Kapitelsida: HTML + CSS + JS', total, `gzip ${kib(total)}`, 16 * KiB, '≤ 16 KiB (Starlight 27,6)');
    // What loads after the page: the offline registration (workbox-window), fetched once load is done.
    await page.waitForTimeout(1500);
    const later = responses.filter((r) => r.request().resourceType() === 'script' && !eager.includes(r)).map((r) => readFileSync(path.join(dist, new URL(r.url()).pathname)));
    report('Kapitelsida: JS efter laddning (offline)', gz(later), `gzip ${kib(gz(later))} i ${later.length} förfrågningar`);
    await context.close();
  }

  // 4. Search: bytes for a first query, time from last keystroke to first result, cold and warm.
  async function searchRun({ throttle }) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (throttle) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await cdp.send('Network.enable');
      // Lighthouse's "slow 4G": 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up.
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
    }
    let bytes = 0;
    const counted = [];
    // What a search costs: Pagefind's code, WASM, metadata, index and filters, the shards of page text the
    // hits are shown from, and the search page's own modules (its page script, the shared hit and ranking
    // code, the search strings and their fill()). Not the page's HTML/CSS or the site-wide scripts.
    const searchCode = /^\/pagefind\/|^\/sokdata\/|^\/_astro\/(sok\.astro_astro_type_script[^/]*|render\.[^/]*|search\.[^/]*|fill\.[^/]*)\.js$/;
    page.on('requestfinished', async (request) => {
      const url = new URL(request.url());
      if (!searchCode.test(url.pathname)) return;
      const sizes = await request.sizes().catch(() => null);
      if (sizes) {
        bytes += sizes.responseBodySize + sizes.responseHeadersSize;
        counted.push(`${url.pathname} ${sizes.responseBodySize}`);
      }
    });
    await page.goto(`${base}/sok/`, { waitUntil: 'domcontentloaded' });
    const input = page.locator('#sok-q');
    await input.waitFor();
    // From the last keystroke to the first hit rendered for the final query (the list carries its query),
    // and to every hit on screen with its excerpt in place (hits below the fold fetch their text when
    // they are scrolled to).
    const measure = async (query) => {
      await page.evaluate((final) => {
        const list = document.querySelector('[data-search-results]');
        window.__hb = { last: 0, first: 0, complete: 0 };
        document.addEventListener('keydown', () => (window.__hb.last = performance.now()), true);
        new MutationObserver((_, observer) => {
          if (list.dataset.query !== final) return;
          const excerpts = [...list.querySelectorAll('.search-hit__excerpt')];
          if (excerpts.length && !window.__hb.first) window.__hb.first = performance.now();
          const onScreen = excerpts.filter((p) => p.closest('.search-hit').getBoundingClientRect().top < window.innerHeight);
          if (onScreen.length && onScreen.every((p) => p.textContent.trim())) {
            window.__hb.complete = performance.now();
            observer.disconnect();
          }
        }).observe(list, { childList: true, attributes: true, subtree: true });
      }, query);
      await input.fill('');
      await input.pressSequentially(query, { delay: 30 });
      await page.waitForFunction(() => window.__hb.complete > 0, null, { timeout: 60_000 });
      return page.evaluate(() => ({ first: window.__hb.first - window.__hb.last, complete: window.__hb.complete - window.__hb.last }));
    };
    const cold = await measure('lägesbild');
    // Everything the first search fetched, the filter counts after the hits included.
    await page.waitForTimeout(1000);
    const coldBytes = bytes;
    const warm = await measure('samverkan');
    await context.close();
    return { cold, warm, coldBytes, counted };
  }
  const fast = await searchRun({ throttle: false });
  if (process.env.BENCH_VERBOSE) console.log(fast.counted.join('\n'));
  report('Sök: första sökningen, tangent → träff', fast.cold.first, ms(fast.cold.first), 250, '≤ 250 ms (Starlight 480–580)');
  report('Sök: första sökningen, tangent → utdragen på skärmen', fast.cold.complete, ms(fast.cold.complete));
  report('Sök: upprepad sökning', fast.warm.first, ms(fast.warm.first), 100, '≤ 100 ms (Starlight ~311)');
  report('Sök: upprepad sökning, utdragen på skärmen', fast.warm.complete, ms(fast.warm.complete));
  report('Sök: byte för första sökningen (kod, index, utdrag)', fast.coldBytes, kib(fast.coldBytes), 120 * KiB, '≤ 120 KiB (Starlight 128–132)');
  const slow = await searchRun({ throttle: true });
  report('Sök, mobil (4× CPU, långsam 4G): första', slow.cold.first, ms(slow.cold.first), 2000, '≤ 2 s (Starlight 4,1–4,3 s)');
  report('Sök, mobil (4× CPU, långsam 4G): första, utdragen på skärmen', slow.cold.complete, ms(slow.cold.complete));
  report('Sök, mobil (4× CPU, långsam 4G): upprepad', slow.warm.first, ms(slow.warm.first));

  // 5. The offline copy: size as transferred, and time until complete.
  {
    const manifest = JSON.parse(readFileSync(path.join(dist, 'version.json'), 'utf8'));
    const swSource = readFileSync(path.join(dist, 'sw.js'), 'utf8');
    const urls = [...swSource.matchAll(/"?url"?:"([^"]+)"/g)].map((m) => m[1]);
    if (urls.length !== manifest.files) throw new Error(`Hittade ${urls.length} adresser i sw.js men ${manifest.files} i version.json`);
    const compressedAlready = /\.(pagefind|pf_meta|pf_index|pf_fragment|pf_filter|png)$/;
    const transferred = urls.reduce((n, u) => {
      const file = readFileSync(path.join(dist, u.replace(/^\//, '')));
      return n + (compressedAlready.test(u) ? file.length : gzipSync(file, { level: 6 }).length);
    }, 0);
    report('Offlinekopia: filer', manifest.files, `${manifest.files} filer, ${kib(manifest.bytes)} okomprimerat`);
    report('Offlinekopia: överfört (komprimerat)', transferred, kib(transferred), 3 * KiB * KiB, '≤ 3 MiB');
    const context = await browser.newContext();
    const page = await context.newPage();
    const start = Date.now();
    await page.goto(`${base}/`);
    await page.waitForFunction(() => document.querySelector('[data-offline-status]')?.getAttribute('data-copy') === 'ready', null, { timeout: 60_000 });
    const readyMs = Date.now() - start;
    report('Offlinekopia: klar efter första besöket', readyMs, ms(readyMs), 10_000, '≤ 10 s');
    await context.close();
  }
} finally {
  await browser.close();
  nginx.kill('SIGTERM');
}

// 6. Scale: the whole pipeline over 1 000 synthetic chapters (plus the real book around them), written as
// plain Markdown (the budgeted figure: chapters without components) and as MDX (for information).
for (const extension of ['md', 'mdx']) {
  const temp = mkdtempSync(path.join(tmpdir(), 'hb-bench-'));
  try {
    const content = path.join(temp, 'content');
    cpSync('content', content, { recursive: true });
    const words = readFileSync('content/chapters/grunderna.mdx', 'utf8').split('---').slice(2).join(' ').replace(/<[^>]+>|[#*[\]()`|]|\/[a-z0-9/#-]+\//g, ' ').split(/\s+/).filter((w) => /^[\p{L}]{3,}$/u.test(w));
    const sentence = (i, n) => {
      const out = [];
      for (let k = 0; k < n; k++) out.push(words[(i * 7919 + k * 104729) % words.length]);
      const text = out.join(' ');
      return `${text[0].toUpperCase()}${text.slice(1)}.`;
    };
    for (let c = 1; c <= 1000; c++) {
      const sections = Array.from({ length: 6 }, (_, h) => `## Avsnitt ${h + 1} i kapitel ${c}\n\n${Array.from({ length: 4 }, (_, p) => Array.from({ length: 5 }, (_, q) => sentence(c * 131 + h * 17 + p * 5 + q, 12)).join(' ')).join('\n\n')}`);
      writeFileSync(
        path.join(content, 'chapters', `syntetiskt-${String(c).padStart(4, '0')}.${extension}`),
        `---\ntitle: "Syntetiskt kapitel ${c}"\nsummary: "Ett genererat kapitel för att mäta hur bygget klarar en stor bok."\npart: fordjupning\norder: ${1000 + c}\nupdated: 2024-06-01\neditions: ["2024"]\n---\n\n${sentence(c, 20)}\n\n${sections.join('\n\n')}\n`,
      );
    }
    console.log(`Bygger 1 000 syntetiska kapitel (.${extension}) …`);
    const scaleMs = build({ HANDBOOK_CONTENT_DIR: content, HANDBOOK_OUT_DIR: path.join(temp, 'dist') });
    const pages = files(path.join(temp, 'dist')).filter((f) => f.endsWith('.html')).length;
    if (extension === 'md') report('Bygg med 1 000 syntetiska kapitel, .md (hela kedjan)', scaleMs, `${s(scaleMs)} för ${pages} sidor`, 45_000, '≤ 45 s (Starlight ~49 s)');
    else report('Bygg med 1 000 syntetiska kapitel, .mdx (hela kedjan)', scaleMs, `${s(scaleMs)} för ${pages} sidor`, 45_000, '≤ 45 s');
  } finally {
    rmSync(temp, { recursive: true, force: true });
    // Its content cache is keyed by the temporary folder and never reused.
    rmSync(path.join('.tmp/cache'), { recursive: true, force: true });
  }
}

const width = Math.max(...rows.map((r) => r.label.length));
console.log('\nSamverkanshandboken – mätvärden\n');
for (const r of rows) {
  const verdict = r.ok === null ? '' : r.ok ? '  OK  ' : '  ÖVER ';
  console.log(`${r.label.padEnd(width)}  ${r.shown}${r.budget ? `   [budget ${r.budget}]${verdict}` : ''}`);
}
const over = rows.filter((r) => r.ok === false);
console.log(over.length ? `\n${over.length} budget(ar) överskridna.` : '\nAlla budgetar hålls.');
process.exit(over.length ? 1 : 0);
