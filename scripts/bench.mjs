// npm run bench: builds the handbook and prints what a reader pays for it — page weight, JavaScript,
// build time, CPU and memory phase by phase (also for a 1 000-chapter corpus), search latency and bytes, the offline copy and the import of a
// 1 MiB answer file —
// each compared with its budget. Exits 1 when a budget is exceeded.
import { chromium } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchOptions } from './browser.mjs';
import { ensureTools } from './tools.mjs';
import { makeCorpusContent } from './corpus.mjs';
import { mutationScores, percent } from './mutation-score.mjs';

const KiB = 1024;
const PORT = Number(process.env.HANDBOOK_BENCH_PORT ?? 4353);
const CHAPTER = '/kapitel/steg-2-egna-forberedelser/';
const rows = [];
// BENCH_ONLY=kapitel,statistik,sok,offline,import,besok,skala,korpus,dokument measures only those parts (to check one
// figure without the whole run); BENCH_REUSE_DIST=1 skips the build and measures the dist/ already there.
const only = process.env.BENCH_ONLY?.split(',').map((x) => x.trim());
const want = (part) => !only || only.includes(part);
const load = () => loadavg().map((x) => x.toFixed(2).replace('.', ',')).join(' ');
const kib = (n) => `${(n / KiB).toFixed(1)} KiB`;
const ms = (n) => `${Math.round(n)} ms`;
const s = (n) => `${(n / 1000).toFixed(1)} s`;
/**
 * Temporary builds are removed when the run ends, not between measurements. This disk's ext4 has no journal,
 * and it then skips every inode freed in the last minute or more, one check each, when it creates a file: the
 * 1 000-chapter corpus built right after deleting the 16 000 files of the scale run spent 5–10 s of CPU in
 * the kernel on that (perf: recently_deleted, find_inode_bit), the same build 1.8 s without.
 */
const leftovers = [];
const removeAtEnd = (dir) => leftovers.push(dir);
function removeLeftovers() {
  for (const dir of leftovers.splice(0)) rmSync(dir, { recursive: true, force: true });
}
process.on('exit', removeLeftovers);
/** One figure; with a budget it gets a verdict. */
function report(label, value, shown, budget, budgetShown) {
  rows.push({ label, shown, budget: budgetShown ?? '', ok: budget === undefined ? null : value <= budget });
}

/**
 * One build, with its profile (src/build/integrations/build-profile.ts): wall time of the whole command, and
 * per phase wall time, CPU seconds (user + system, Pagefind's and esbuild's processes included) and peak
 * memory. The machine may be shared: compare CPU seconds between runs, not wall time.
 */
function build(env = {}) {
  const profileFile = path.join(mkdtempSync(path.join(tmpdir(), 'hb-profil-')), 'profil.json');
  const start = performance.now();
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
    env: { ...process.env, ...env, HANDBOOK_BUILD_PROFILE: '1', HANDBOOK_BUILD_PROFILE_FILE: profileFile },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`Bygget misslyckades:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  const ms = performance.now() - start;
  const profile = JSON.parse(readFileSync(profileFile, 'utf8'));
  rmSync(path.dirname(profileFile), { recursive: true, force: true });
  // Peak memory: the largest sum of the build's processes (sampled every 100 ms), or the Astro process's
  // own peak as the kernel counted it, whichever is larger.
  const peakMiB = Math.max(profile.total.peakRssMiB, profile.processMaxRssMiB);
  return { ms, cpuMs: profile.total.cpuMs, peakMiB, profile };
}

/** The build's figures and, indented below, its profile phase by phase. */
function reportBuild(label, run, budgets = {}) {
  report(`${label}: vägg`, run.ms, s(run.ms), budgets.ms, budgets.msShown);
  report(`${label}: CPU (user + system)`, run.cpuMs, `${s(run.cpuMs)} CPU`);
  report(`${label}: toppminne`, run.peakMiB, `${run.peakMiB.toFixed(0)} MiB`, budgets.mib, budgets.mibShown);
  for (const phase of run.profile.phases) {
    if (phase.cpuMs < 50 && phase.wallMs < 50) continue;
    report(`  · ${phase.phase}`, phase.cpuMs, `${s(phase.cpuMs)} CPU, ${s(phase.wallMs)} vägg, topp ${phase.peakRssMiB.toFixed(0)} MiB`);
  }
}

/** The access log scripts/nginx.mjs keeps for a port: what a visit really cost on the wire (SW fetches included). */
const accessLog = (port) => path.resolve(`.tmp/nginx-${port}/access.log`);
const logMark = (port) => (existsSync(accessLog(port)) ? statSync(accessLog(port)).size : 0);
function sentSince(port, mark) {
  const text = readFileSync(accessLog(port)).subarray(mark).toString();
  let bytes = 0;
  let requests = 0;
  for (const m of text.matchAll(/"[A-Z]+ \S+ HTTP\/[\d.]+" \d{3} (\d+)/g)) {
    bytes += Number(m[1]);
    requests += 1;
  }
  return { bytes, requests };
}

async function startServer(port, root) {
  const server = spawn('node', ['scripts/nginx.mjs', String(port), root], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return server;
}

/**
 * A cold first visit to one page on a throttled phone (4× CPU, slow 4G, as the search figures): its LCP,
 * and — with the service worker — everything sent until the offline copy is ready (or, without, until
 * the network is idle).
 */
async function firstVisit(browser, port, pathname, serviceWorker) {
  const context = await browser.newContext({ serviceWorkers: serviceWorker ? 'allow' : 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  await page.addInitScript(() => {
    window.__lcp = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  const mark = logMark(port);
  await page.goto(`http://127.0.0.1:${port}${pathname}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__lcp > 0);
  const lcp = await page.evaluate(() => window.__lcp);
  if (serviceWorker) {
    await page.waitForFunction(() => document.querySelector('[data-offline-status]')?.getAttribute('data-copy') === 'ready', null, { timeout: 180_000 });
  } else await page.waitForLoadState('networkidle');
  // The log line is written when a response ends; give the last ones a moment.
  await page.waitForTimeout(300);
  const sent = sentSince(port, mark);
  await context.close();
  return { lcp, ...sent };
}

/** CPU time of the page's main thread in a Chrome trace: all its top-level tasks, and its layout. */
function mainThreadCpu(events) {
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const on = (main, names) => events.filter((e) => e.ph === 'X' && names.includes(e.name) && e.pid === main.pid && e.tid === main.tid).reduce((n, e) => n + (e.tdur ?? 0) / 1000, 0);
  // Other renderers (closed pages) may be in the trace too: the page is the busiest one. A task is a
  // top-level event ("toplevel" category), named RunTask in older Chromium.
  const tasks = ['ThreadControllerImpl::RunTask', 'RunTask'];
  const busiest = mains.map((main) => ({ total: on(main, tasks), layout: on(main, ['Layout']) })).sort((a, b) => b.total - a.total);
  return busiest[0] ?? { total: 0, layout: 0 };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function files(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

ensureTools(['chromium', 'nginx']);

// 1. The real handbook.
report('Maskinens last vid start (1, 5, 15 min)', 0, load());
console.log('Bygger handboken …');
if (!process.env.BENCH_REUSE_DIST) {
  reportBuild('Bygg av handboken (hela kedjan)', build(), { ms: 8000, msShown: '≤ 8 s (40 kapitel: Starlight 8,1 s)' });
}
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
  // 3. A typical chapter page: HTML + CSS + eager JS, gzip as served. Eager is everything the browser
  // asked for before the load event (every stylesheet, print ones included: Chromium fetches them too),
  // plus the static imports of those scripts (a module imported before load may arrive after it). What a
  // script starts after load (the offline copy, the chapter's revision switch, at idle) is reported apart.
  if (want('kapitel')) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${base}${CHAPTER}`, { waitUntil: 'load' });
    await page.waitForTimeout(1500);
    const { resources, loadAt } = await page.evaluate(() => ({
      loadAt: performance.getEntriesByType('navigation')[0].loadEventStart,
      resources: performance.getEntriesByType('resource').map((r) => ({ path: new URL(r.name).pathname, start: r.startTime, type: r.initiatorType })),
    }));
    const isJs = (p) => p.endsWith('.js');
    const isCss = (p) => p.endsWith('.css');
    const fileOf = (p) => readFileSync(path.join(dist, p));
    // Static imports ("import … from" / "export … from" / bare "import"), not import(): those are lazy.
    const staticImports = (p) => [...fileOf(p).toString().matchAll(/(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)].map((m) => path.posix.join(path.posix.dirname(p), m[1]));
    const eagerJs = new Set(resources.filter((r) => r.start <= loadAt && isJs(r.path)).map((r) => r.path));
    for (const p of eagerJs) for (const dep of staticImports(p)) eagerJs.add(dep);
    const eagerCss = [...new Set(resources.filter((r) => r.start <= loadAt && isCss(r.path)).map((r) => r.path))];
    if (process.env.BENCH_VERBOSE) console.log('eager', [...eagerJs, ...eagerCss].join('\n'));
    const html = readFileSync(path.join(dist, CHAPTER, 'index.html'));
    const css = eagerCss.map(fileOf);
    const js = [...eagerJs].map(fileOf);
    const inlineJs = [...html.toString().matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => Buffer.from(m[1])).filter((b) => b.length);
    const gz = (bufs) => bufs.reduce((n, b) => n + gzipSync(b, { level: 6 }).length, 0);
    const raw = (bufs) => bufs.reduce((n, b) => n + b.length, 0);
    report('Kapitelsida: HTML', gz([html]), `${kib(raw([html]))} (gzip ${kib(gz([html]))})`);
    report('Kapitelsida: CSS', gz(css), `${kib(raw(css))} (gzip ${kib(gz(css))}) i ${css.length} fil`);
    report('Kapitelsida: JS vid laddning', gz(js), `${kib(raw(js))} (gzip ${kib(gz(js))}) i ${js.length} förfrågningar, + ${inlineJs.length} inbäddade skript (${raw(inlineJs)} B)`, 4 * KiB, '≤ 4 KiB gzip');
    report('Kapitelsida: JS-förfrågningar vid laddning', js.length, String(js.length), 2, '≤ 2');
    const total = gz([html]) + gz(css) + gz(js) + gz(inlineJs);
    report('Kapitelsida: HTML + CSS + JS', total, `gzip ${kib(total)}`, 16 * KiB, '≤ 16 KiB (Starlight 27,6)');
    // What loads after the page, at idle: the offline registration (workbox-window) and the chapter's
    // revision switch, with the styles those parts adopt.
    const later = [...new Set(resources.filter((r) => r.start > loadAt && (isJs(r.path) || isCss(r.path)) && !eagerJs.has(r.path)).map((r) => r.path))].map(fileOf);
    report('Kapitelsida: JS efter laddning (offline, ändringsmarkeringar)', gz(later), `gzip ${kib(gz(later))} i ${later.length} förfrågningar`);
    await context.close();
  }

  // 3c. Documents from an arbetsyta (/dokument/): the page's JavaScript, the Word library (docx) that is
  // fetched only when the reader asks for the file, and the time from the click to the saved .docx of
  // the Strandvik example's åtgärdsplan (first click: with fetching the library; second: building only).
  if (want('dokument')) {
    const context = await browser.newContext({ serviceWorkers: 'block', acceptDownloads: true });
    const page = await context.newPage();
    const scripts = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    const answers = JSON.parse(readFileSync('tests/fixtures/strandvik-arbetsyta.json', 'utf8'));
    await page.goto(`${base}/dokument/`, { waitUntil: 'load' });
    await page.evaluate((data) => {
      localStorage.setItem('hb:arbetsytor:v1', JSON.stringify({ version: 1, current: 'ay-strandvik', list: [{ id: 'ay-strandvik', name: 'Strandvik', created: '2024-01-01T00:00:00.000Z' }] }));
      localStorage.setItem('hb:svar:v1:ay-strandvik', JSON.stringify(data));
      localStorage.setItem('hb:dokument:v1:ay-strandvik', JSON.stringify({ version: 1, kommun: 'Strandviks kommun', organ: 'Kommunstyrelsen' }));
    }, answers);
    scripts.length = 0;
    await page.goto(`${base}/dokument/atgardsplan/`, { waitUntil: 'load' });
    await page.waitForSelector('[data-docpage][data-ready="ja"]');
    const gzOf = (list) => list.reduce((n, u) => n + gzipSync(readFileSync(path.join(dist, u)), { level: 6 }).length, 0);
    const eager = [...new Set(scripts)];
    report('Dokumentsidan: JS vid laddning', gzOf(eager), `gzip ${kib(gzOf(eager))} i ${eager.length} förfrågningar`);
    const wordFile = async () => {
      const start = performance.now();
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-doc-docx]')]);
      await download.path();
      return performance.now() - start;
    };
    const first = await wordFile();
    const library = [...new Set(scripts)].filter((u) => !eager.includes(u));
    report('Word-biblioteket (docx), hämtas först vid klick', gzOf(library), `${kib(library.reduce((n, u) => n + statSync(path.join(dist, u)).size, 0))} (gzip ${kib(gzOf(library))}) i ${library.length} fil`);
    report('Word-fil av Strandviks åtgärdsplan, första klicket (med hämtning)', first, ms(first), 3000, '≤ 3 s');
    const again = [];
    for (let i = 0; i < 3; i++) again.push(await wordFile());
    report('Word-fil av Strandviks åtgärdsplan, bygget (median av 3)', median(again), ms(median(again)), 1000, '≤ 1 s');
    await context.close();
  }

  // 3b. The statistics page: its JavaScript (eager, then what loads for the first chart: the file reader's
  // worker and Observable Plot, which no other page loads), and the time from choosing a 10 000-row CSV
  // to the drawn chart (reading in the worker, mapping, saving, drawing).
  if (want('statistik')) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const scripts = [];
    // On the context, so the worker's own script is counted too.
    context.on('response', (r) => {
      if (['script', 'other'].includes(r.request().resourceType()) && new URL(r.url()).pathname.endsWith('.js')) scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(`${base}/statistik/`, { waitUntil: 'load' });
    await page.waitForSelector('[data-stats][data-ready="ja"]');
    const gzOf = (list) => list.reduce((n, u) => n + gzipSync(readFileSync(path.join(dist, u)), { level: 6 }).length, 0);
    const eager = [...new Set(scripts)];
    if (process.env.BENCH_VERBOSE) console.log(eager.join('\n'));
    report('Statistiksidan: JS vid laddning', gzOf(eager), `gzip ${kib(gzOf(eager))} i ${eager.length} förfrågningar`);
    const places = Array.from({ length: 50 }, (_, i) => `Område ${i + 1}`);
    const lines = ['Område;År;Brottstyp;Antal;Folkmängd'];
    for (const place of places) for (let year = 2005; year < 2025; year++) for (const crime of ['Misshandel', 'Rån', 'Stöld', 'Skadegörelse', 'Hot', 'Bedrägeri', 'Inbrott', 'Narkotika', 'Trafik', 'Övrigt']) lines.push(`${place};${year};${crime};${(year * 7 + crime.length * 13) % 400};${20000 + year}`);
    const csv = Buffer.from(`${lines.join('\n')}\n`);
    // Two steps, the reader's pause between them left out: the file read and mapped until "Importera" can be
    // pressed, then the press until the chart is drawn. The press is timed in the page: Playwright's click
    // would first wait out the page's smooth scrolling to the button (about half a second, no work).
    const start = performance.now();
    await page.setInputFiles('[data-stats-file]', { name: 'bench.csv', mimeType: 'text/csv', buffer: csv });
    await page.waitForSelector('[data-stats-import]:not([disabled])');
    const previewMs = performance.now() - start;
    const drawMs = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const pressed = performance.now();
          new MutationObserver((_, observer) => {
            if (!document.querySelector('article.stats-chart[data-rendered="ja"]')) return;
            observer.disconnect();
            resolve(performance.now() - pressed);
          }).observe(document.body, { subtree: true, childList: true, attributes: true });
          document.querySelector('[data-stats-import]:not([disabled])').click();
        }),
    );
    const chartMs = previewMs + drawMs;
    report('Statistiksidan: fil → diagram, 10 000 rader', chartMs, `${ms(chartMs)} (fil → förhandsvisning ${ms(previewMs)}, Importera → diagram ${ms(drawMs)})`, 1000, '≤ 1 s');
    const all = [...new Set(scripts)];
    report('Statistiksidan: JS med första diagrammet (läsare + Plot)', gzOf(all), `gzip ${kib(gzOf(all))} i ${all.length} filer`);
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
  if (want('sok')) {
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
  }

  // 5. The offline copy: size as transferred, and time until complete.
  if (want('offline')) {
    const manifest = JSON.parse(readFileSync(path.join(dist, 'version.json'), 'utf8'));
    const swSource = readFileSync(path.join(dist, 'sw.js'), 'utf8');
    const urls = [...swSource.matchAll(/"?url"?:"([^"]+)"/g)].map((m) => m[1]);
    if (urls.length !== manifest.files) throw new Error(`Hittade ${urls.length} adresser i sw.js men ${manifest.files} i version.json`);
    const compressedAlready = /\.(pagefind|pf_meta|pf_index|pf_fragment|pf_filter|png)$/;
    const transferred = urls.reduce((n, u) => {
      const file = readFileSync(path.join(dist, u.replace(/^\//, '')));
      return n + (compressedAlready.test(u) ? file.length : gzipSync(file, { level: 6 }).length);
    }, 0);
    report('Offlinekopia: filer', manifest.files, `${manifest.files} filer, ${kib(manifest.size)} okomprimerat`);
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

  // 6. Import of one arbetsyta from a file: a 1 MiB file within the limits (200 table rows of long cells),
  // from choosing the file to the preview, and to the answers on screen; and a 10 000-row file, from
  // choosing it to the refusal.
  if (want('import')) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${base}/arbetsblad/forutsattningar-for-samverkan/`);
    await page.locator('[data-save-status]').filter({ hasText: /sparas på den här enheten/ }).waitFor();
    const exportFile = (rows) =>
      Buffer.from(JSON.stringify({ format: 'samverkanshandboken-arbetsyta', version: 1, exported: new Date().toISOString(), workspace: { name: 'Bänk' }, worksheets: { 'forutsattningar-for-samverkan': { updated: new Date().toISOString(), fields: { resurser: rows } } } }));
    const cell = 'Analysstöd från ekonomiavdelningen, halvtid. '.repeat(52);
    let big = exportFile(Array.from({ length: 200 }, (_, i) => [`Resurs ${i + 1}`, cell, cell, cell.slice(0, 200)]));
    if (big.length > 1024 * 1024) big = exportFile(Array.from({ length: 200 }, (_, i) => [`Resurs ${i + 1}`, cell, cell.slice(0, 1200), '']));
    const choose = async (name, buffer) => {
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Importera …' }).click();
      const started = await page.evaluate(() => performance.now());
      await (await chooser).setFiles({ name, mimeType: 'application/json', buffer });
      return started;
    };
    const started = await choose('stor.json', big);
    const dialog = page.getByRole('dialog', { name: 'Importera svar' });
    await dialog.waitFor();
    const previewMs = (await page.evaluate(() => performance.now())) - started;
    // The page's main-thread CPU time from the click to the answers on screen (a trace's thread time):
    // on a loaded machine the wall clock mostly measures the other processes, this measures our work.
    await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline'] });
    await dialog.getByRole('button', { name: /Ersätt alla svar/ }).click();
    await page.getByRole('textbox', { name: 'Resurs, rad 200' }).waitFor();
    await page.locator('[data-save-status]').filter({ hasText: /Importerade/ }).waitFor();
    const renderedMs = (await page.evaluate(() => performance.now())) - started;
    const cpu = mainThreadCpu(JSON.parse((await browser.stopTracing()).toString()).traceEvents);
    report(`Import: ${kib(big.length)} fil (200 rader) → förhandsvisning`, previewMs, ms(previewMs));
    report(`Import: ${kib(big.length)} fil (200 rader) → svaren på sidan`, renderedMs, ms(renderedMs), 1000, '≤ 1 s');
    report(`Import: ${kib(big.length)} fil → svaren på sidan, huvudtrådens CPU-tid (varav layout)`, cpu.total, `${ms(cpu.total)} (${ms(cpu.layout)})`, 1000, '≤ 1 s');
    const rows = exportFile(Array.from({ length: 10_000 }, (_, i) => [`Resurs ${i + 1}`, 'x', 'y', '']));
    const refusedStart = await choose('rader.json', rows);
    await page.getByRole('dialog', { name: 'Filen kunde inte importeras' }).waitFor();
    const refusedMs = (await page.evaluate(() => performance.now())) - refusedStart;
    report(`Import: 10 000 rader (${kib(rows.length)}) → tydligt nej`, refusedMs, ms(refusedMs), 1000, '≤ 1 s');
    await context.close();
  }
  // 5b. The first chapter load on a throttled phone, cold, with and without the service worker.
  if (want('besok')) {
    const runs = { without: [], with: [] };
    for (let i = 0; i < 5; i++) {
      runs.without.push(await firstVisit(browser, PORT, CHAPTER, false));
      runs.with.push(await firstVisit(browser, PORT, CHAPTER, true));
    }
    const lcpWithout = median(runs.without.map((r) => r.lcp));
    const lcpWith = median(runs.with.map((r) => r.lcp));
    report('Första kapitelbesöket, mobil: LCP utan service worker (median av 5)', lcpWithout, ms(lcpWithout));
    report('Första kapitelbesöket, mobil: LCP med service worker (median av 5)', lcpWith, ms(lcpWith));
    const diff = ((lcpWith - lcpWithout) / lcpWithout) * 100;
    report('Första kapitelbesöket, mobil: LCP-skillnad med service worker', diff, `${diff.toFixed(1).replace('.', ',')} %`, 5, '≤ 5 %');
    const without = runs.without[0];
    const visit = runs.with[0];
    report('Första besöket utan service worker: överfört', without.bytes, `${kib(without.bytes)} i ${without.requests} förfrågningar`);
    report('Första besöket med offlinekopia (riktiga boken): överfört', visit.bytes, `${kib(visit.bytes)} i ${visit.requests} förfrågningar`, 3 * KiB * KiB, '≤ 3 MiB');
  }
} finally {
  await browser.close();
  nginx.kill('SIGTERM');
}

// 7. Scale: the whole pipeline over 1 000 synthetic chapters (plus the real book around them), written as
// plain Markdown. The MDX figure comes from the shared corpus below.
for (const extension of want('skala') ? ['md'] : []) {
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
    const scale = build({ HANDBOOK_CONTENT_DIR: content, HANDBOOK_OUT_DIR: path.join(temp, 'dist') });
    const pages = files(path.join(temp, 'dist')).filter((f) => f.endsWith('.html')).length;
    report(`Bygg med 1 000 syntetiska kapitel, .${extension} (hela kedjan)`, scale.ms, `${s(scale.ms)} för ${pages} sidor, ${s(scale.cpuMs)} CPU`, 45_000, '≤ 45 s (Starlight ~49 s)');
  } finally {
    removeAtEnd(temp);
    // Its content cache is keyed by the temporary folder and never reused.
    removeAtEnd(path.join('.tmp/cache'));
  }
}

// 7. The shared 1 000-chapter MDX corpus (html callouts) as chapters of the real book (scripts/corpus.mjs):
// the whole pipeline's time and memory, phase by phase, then the first visit's cost, served like production.
if (want('korpus')) {
  const temp = mkdtempSync(path.join(tmpdir(), 'hb-bench-korpus-'));
  const corpusPort = Number(process.env.HANDBOOK_BENCH_CORPUS_PORT ?? PORT + 1);
  let server;
  let browser;
  try {
    const { content, chapters } = makeCorpusContent(temp);
    console.log('Bygger handboken med korpusen om 1 000 kapitel (MDX) …');
    const out = path.join(temp, 'dist');
    const run = build({ HANDBOOK_CONTENT_DIR: content, HANDBOOK_OUT_DIR: out });
    const pages = files(out).filter((f) => f.endsWith('.html')).length;
    reportBuild(`Korpus 1 000 kapitel, .mdx, ${pages} sidor (hela kedjan)`, run, {
      ms: 35_000,
      msShown: '≤ 35 s (Starlight ~46 s)',
      mib: 1500,
      mibShown: '≤ 1 500 MiB (Starlight 2 193)',
    });
    const version = JSON.parse(readFileSync(path.join(out, 'version.json'), 'utf8'));
    report('Korpus 1 000 kapitel: hela gällande utgåvan över nätet', version.total, kib(version.total));
    server = await startServer(corpusPort, out);
    browser = await chromium.launch(launchOptions());
    const first = `/kapitel/${chapters[0].replace(/\.mdx$/, '').replace(/^/, 'korpus-')}/`;
    const visit = await firstVisit(browser, corpusPort, existsSync(path.join(out, first, 'index.html')) ? first : '/kapitel/grunderna/', true);
    report('Korpus 1 000 kapitel: första besöket med offlinekopia, överfört', visit.bytes, `${kib(visit.bytes)} i ${visit.requests} förfrågningar`, 3 * KiB * KiB, '≤ 3 MiB');
  } finally {
    await browser?.close();
    server?.kill('SIGTERM');
    removeAtEnd(temp);
    removeAtEnd(path.join('.tmp/cache'));
  }
}

// 8. The unit tests' mutation score (npm run test:mutation), as the committed incremental result records it:
// measured apart, because a run takes longer than this whole bench.
{
  const { rows, total } = mutationScores();
  const lowest = rows.filter((r) => percent(r) !== undefined).sort((a, b) => percent(a) - percent(b))[0];
  const pct = (r) => `${percent(r).toFixed(1).replace('.', ',')} %`;
  report('Mutationstest, biblioteksmodulerna: upptäckta mutanter', -percent(total), `${pct(total)} av ${total.detected + total.undetected} i ${rows.length} moduler`, -80, '≥ 80 %');
  report('Mutationstest: lägsta modul', -percent(lowest), `${lowest.name} ${pct(lowest)}`, -80, '≥ 80 %');
}

report('Maskinens last vid slut (1, 5, 15 min)', 0, load());
const width = Math.max(...rows.map((r) => r.label.length));
console.log('\nSamverkanshandboken – mätvärden\n');
for (const r of rows) {
  const verdict = r.ok === null ? '' : r.ok ? '  OK  ' : '  ÖVER ';
  console.log(`${r.label.padEnd(width)}  ${r.shown}${r.budget ? `   [budget ${r.budget}]${verdict}` : ''}`);
}
console.log('\nVäggtider beror på hur mycket annat maskinen kör; jämför CPU-sekunder mellan körningar (byggprofilen: HANDBOOK_BUILD_PROFILE=1).');
const over = rows.filter((r) => r.ok === false);
removeLeftovers();
console.log(over.length ? `\n${over.length} budget(ar) överskridna.` : '\nAlla budgetar hålls.');
process.exit(over.length ? 1 : 0);
