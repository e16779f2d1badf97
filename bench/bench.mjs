// Size and speed benchmark of the release build (issue 6). Run it with `bash scripts/bench.sh`
// (which installs what is missing and builds dist/ first); this file only measures.
//
// Prints a table and writes bench/report.json. Environment knobs (defaults in brackets):
//   BENCH_RUNS [15]                  fresh loads per start-up scenario, unthrottled
//   BENCH_THROTTLED_RUNS [15]        fresh loads of the app at 4x CPU + Slow 3G
//   BENCH_BASELINE_THROTTLED_RUNS [5] loads of the baselines at 4x CPU + Slow 3G, and of every
//                                    scenario at 4x CPU only (an extra, to separate CPU from network)
//   BENCH_DIST [dist/]               measure another build (e.g. an experiment's dist/)
//   BENCH_FIXTURE [tests/fixtures/arnhem-2019.json] the export the big draft is made from
//   CHROMIUM [/usr/bin/chromium]
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, compressed } from './lib/server.mjs';
import { instrument } from './lib/instrument.mjs';
import { groteConcept, tekstTekens } from './lib/draft.mjs';
import { plainPage } from './lib/plain.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(BENCH, '..');
const DIST = path.resolve(process.env.BENCH_DIST || path.join(ROOT, 'dist'));
const WORK = path.join(BENCH, '.work');
const PLAIN = path.join(BENCH, 'baseline-plain');
const SJS = path.join(BENCH, 'baseline-surveyjs');
const int = (v, d) => (v === undefined || v === '' ? d : Math.max(1, parseInt(v, 10)));
const RUNS = int(process.env.BENCH_RUNS, 15);
const T_RUNS = int(process.env.BENCH_THROTTLED_RUNS, 15);
const TB_RUNS = int(process.env.BENCH_BASELINE_THROTTLED_RUNS, 5);
// Same flags as e2e/helpers.mjs.
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
// Chrome DevTools' "Slow 3G" preset (now called "3G"): 400 ms x 5 latency, 500 kbit/s x 0.8.
const SLOW_3G = { offline: false, latency: 2000, downloadThroughput: 50_000, uploadThroughput: 50_000 };
const PROFILES = {
  none: { label: 'unthrottled' },
  cpu4: { label: '4x CPU', cpu: 4 },
  slow: { label: '4x CPU + Slow 3G', cpu: 4, net: SLOW_3G },
};
const KB = 1000; // sizes in KB = 1000 bytes throughout
const t0All = Date.now();
setTimeout(() => { console.error('bench: gave up after 25 minutes'); process.exit(2); }, 25 * 60_000).unref();
/** Rejects when `p` takes longer than `ms` (no step of the benchmark may hang). */
const binnen = (p, ms, wat) => Promise.race([p, new Promise((_, rej) => setTimeout(() => rej(new Error(`timeout after ${ms} ms: ${wat}`)), ms).unref())]);
const log = (...a) => console.error(`[bench ${((Date.now() - t0All) / 1000).toFixed(0).padStart(3)}s]`, ...a);

// ---------- statistics ----------
const sorted = (xs) => xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
const q = (xs, p) => { const s = sorted(xs); if (!s.length) return null; const i = (s.length - 1) * p; const lo = Math.floor(i); return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo); };
const stats = (xs) => { const s = sorted(xs); return s.length ? { n: s.length, p50: q(s, 0.5), p95: q(s, 0.95), max: s.at(-1), min: s[0] } : { n: 0 }; };
const r1 = (x) => (x === null || x === undefined ? null : Math.round(x * 10) / 10);
const fmtMs = (x) => (x === null || x === undefined ? '–' : `${x < 10 ? x.toFixed(1) : Math.round(x)} ms`);
const fmtKB = (b) => `${(b / KB).toFixed(1)} KB`;

// ---------- sizes ----------
function sizeOf(file) {
  const raw = fs.statSync(file).size;
  // The same bytes the server sends (compressed once with the CLI tools, cached).
  const gzip = compressed(file, 'gzip').length;
  const brotli = compressed(file, 'br').length;
  return { raw, gzip, brotli };
}
function kindOf(name) {
  // The app's wasm is split (docs/TOOLCHAIN.md): the main module loads first; the draft pages'
  // module is fetched after the start page is interactive, so it is not part of the first load.
  if (/^split_.*\.wasm$/.test(name)) return 'wasm (draft pages, after start)';
  if (name === 'sw.js') return 'service worker (after start)';
  if (name.endsWith('.wasm')) return 'wasm';
  if (/^vangnet-.*\.js$/.test(name)) return 'JS glue';
  if (name.endsWith('.js')) return 'JS';
  if (name.endsWith('.css')) return 'CSS';
  if (name.endsWith('.html')) return 'HTML';
  return 'other';
}
function sizesOf(dir, files) {
  const rows = files.map((f) => ({ file: f, kind: kindOf(path.basename(f)), ...sizeOf(path.join(dir, f)) }));
  const sum = (rs) => rs.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  // total = the first load (everything but modules fetched later); all = every file.
  return { files: rows, total: sum(rows.filter((r) => !r.kind.includes('after start'))), all: sum(rows) };
}

// ---------- preparation ----------
fs.mkdirSync(WORK, { recursive: true });
fs.mkdirSync(PLAIN, { recursive: true });
const concept = groteConcept(ROOT, process.env.BENCH_FIXTURE || undefined);
const conceptTekst = JSON.stringify(concept, null, 2);
const conceptPad = path.join(WORK, 'concept-groot.json');
fs.writeFileSync(conceptPad, conceptTekst);
fs.writeFileSync(path.join(PLAIN, 'index.html'), plainPage(null));
fs.writeFileSync(path.join(PLAIN, 'concept.html'), plainPage(concept.aanvraag));
const vendor = path.join(SJS, 'vendor');
fs.mkdirSync(vendor, { recursive: true });
for (const f of ['survey-core/survey.core.min.js', 'survey-core/survey-core.fontless.min.css', 'survey-core/i18n/dutch.min.js', 'survey-js-ui/survey-js-ui.min.js']) {
  fs.copyFileSync(path.join(BENCH, 'node_modules', f), path.join(vendor, path.basename(f)));
}
const sjsVersion = JSON.parse(fs.readFileSync(path.join(BENCH, 'node_modules/survey-core/package.json'), 'utf8')).version;
const distFiles = fs.readdirSync(DIST).filter((f) => fs.statSync(path.join(DIST, f)).isFile()).sort();
const sizes = {
  app: sizesOf(DIST, distFiles),
  plain: sizesOf(PLAIN, ['index.html']),
  surveyjs: sizesOf(SJS, ['index.html', 'form.js', 'vendor/survey.core.min.js', 'vendor/dutch.min.js', 'vendor/survey-js-ui.min.js', 'vendor/survey-core.fontless.min.css']),
};
compressed(path.join(PLAIN, 'concept.html'), 'br'); // warm the server's cache (brotli -q 11 is slow)
log(`big draft: ${concept.aanvraag.maatregelen.length} measures, ${tekstTekens(concept.aanvraag)} characters of text, ${conceptTekst.length} bytes JSON`);

// ---------- browser ----------
const srv = await serve({ '/app/': DIST, '/plain/': PLAIN, '/surveyjs/': SJS, '/plain-warm/': PLAIN, '/surveyjs-warm/': SJS }, { cacheable: ['/plain-warm/', '/surveyjs-warm/'] });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: ARGS });
const chromeVersion = browser.version();
const otherHosts = new Set();
const pageErrors = [];

async function newPage({ ready, first, storage, profile = 'none', httpCache = false }) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  ctx.on('request', (r) => {
    const u = new URL(r.url());
    if (!['http:', 'https:', 'ws:', 'wss:'].includes(u.protocol)) return; // data:, blob:
    if (u.hostname !== '127.0.0.1') otherHosts.add(r.url());
  });
  if (storage) await ctx.addInitScript((s) => { if (!sessionStorage.getItem('bench.gevuld')) { for (const [k, v] of Object.entries(s)) localStorage.setItem(k, v); sessionStorage.setItem('bench.gevuld', '1'); } }, storage);
  await ctx.addInitScript(instrument, { ready, first });
  const page = await ctx.newPage();
  page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: !httpCache });
  const transfer = { bytes: 0, requests: 0 };
  cdp.on('Network.loadingFinished', (e) => { transfer.bytes += e.encodedDataLength; transfer.requests += 1; });
  await throttle(cdp, profile);
  return { ctx, page, cdp, transfer };
}
async function throttle(cdp, profile) {
  const p = PROFILES[profile];
  if (p.cpu) await cdp.send('Emulation.setCPUThrottlingRate', { rate: p.cpu });
  if (p.net) await cdp.send('Network.emulateNetworkConditions', p.net);
}

// ---------- start-up ----------
async function startOnce(sc, profile) {
  const { ctx, page, transfer } = await newPage({ ...sc, profile });
  try {
    await page.goto(sc.url, { waitUntil: 'commit', timeout: 120_000 });
    await binnen(page.evaluate(() => window.__bench.whenReady), 120_000, `${sc.key} interactive`);
    await page.evaluate(() => window.__bench.afterPaint());
    const m = await page.evaluate(() => {
      const B = window.__bench;
      const nav = performance.getEntriesByType('navigation')[0];
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      const lt = B.longtasks.filter((t) => t.start < B.ready);
      return { ready: B.ready, klaar: B.klaar, fcp: fcp && fcp.startTime, dcl: nav && nav.domContentLoadedEventEnd,
        longtasks: lt.length, longest: lt.reduce((x, t) => Math.max(x, t.dur), 0) };
    });
    // The first field really takes typed input (not timed).
    if (sc.typeCheck) {
      // A text field gets an "x"; a select (the app's #nieuw-jaar) moves on with ArrowDown.
      // (The app moves focus to the page heading once it is up, so focus the field again first.)
      const voor = await page.evaluate((sel) => { const el = document.querySelector(sel); el.focus(); return { tag: el.tagName, value: el.value }; }, sc.first);
      await page.keyboard.press(voor.tag === 'SELECT' ? 'ArrowDown' : 'x');
      m.typed = await page.evaluate(([sel, v]) => {
        const el = document.querySelector(sel);
        return document.activeElement === el && (v.tag === 'SELECT' ? el.value !== v.value : el.value.length === v.value.length + 1);
      }, [sc.first, voor]);
    }
    await page.waitForTimeout(50); // let the last responses finish for the byte count
    return { ...m, transferBytes: transfer.bytes, requests: transfer.requests };
  } finally {
    await ctx.close();
  }
}

async function startup(sc, profile, runs) {
  const res = [];
  for (let i = 0; i < runs; i++) res.push(await startOnce({ ...sc, typeCheck: i === 0 && sc.typeCheck }, profile));
  const s = {
    scenario: sc.key, label: sc.label, profile, runs,
    ready: stats(res.map((r) => r.ready)), klaar: stats(res.map((r) => r.klaar)), fcp: stats(res.map((r) => r.fcp)),
    longtasks_max: Math.max(...res.map((r) => r.longtasks)), longest_task: Math.max(...res.map((r) => r.longest)),
    transfer_bytes: q(res.map((r) => r.transferBytes), 0.5), requests: q(res.map((r) => r.requests), 0.5),
    typed: res[0].typed, samples: res.map((r) => r1(r.ready)),
  };
  log(`start-up ${sc.key.padEnd(14)} ${PROFILES[profile].label.padEnd(17)} median ${fmtMs(s.ready.p50)} (n=${runs}, FCP ${fmtMs(s.fcp.p50)}, ${fmtKB(s.transfer_bytes)} transferred)`);
  return s;
}

// ---------- start-up, repeat visit ----------
// One context: a first visit unthrottled, until the app's service worker controls the page with
// its cache complete (the baselines have none: their server sends max-age=3600 instead of
// no-store, so the HTTP cache is warm), then the throttling, then the same URL again: measured.
async function repeatOnce(sc, profile) {
  // The HTTP cache stays on for the app too: its server sends no-store, so only the worker can
  // help (and DevTools' "cache disabled" also keeps the worker out of a navigation).
  const { ctx, page, cdp } = await newPage({ ...sc, profile: 'none', httpCache: true });
  try {
    await page.goto(sc.url, { waitUntil: 'load', timeout: 120_000 });
    await binnen(page.evaluate(() => window.__bench.whenReady), 120_000, `${sc.key} first visit`);
    if (sc.warm === 'sw') {
      // A synchronous predicate: waitForFunction does not await a promise (an async predicate
      // returns a promise, which is truthy at once). A controller that is 'activated' has
      // finished its install, so its cache is complete.
      await binnen(page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated',
        null, { polling: 100, timeout: 60_000 }), 60_000, `${sc.key} service worker`);
    }
    await throttle(cdp, profile);
    // What the server really sent for the repeat visit (DevTools counts worker-served bytes too).
    const n0 = srv.log.length;
    await page.goto(sc.url, { waitUntil: 'commit', timeout: 120_000 });
    await binnen(page.evaluate(() => window.__bench.whenReady), 120_000, `${sc.key} repeat visit`);
    await page.evaluate(() => window.__bench.afterPaint());
    const m = await page.evaluate(() => ({ ready: window.__bench.ready, fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      sw: Boolean(navigator.serviceWorker && navigator.serviceWorker.controller) }));
    await page.waitForTimeout(50);
    const sent = srv.log.slice(n0);
    return { ...m, transferBytes: sent.reduce((t, r) => t + r.bytes, 0), requests: sent.length, files: sent.map((r) => r.file) };
  } finally {
    await ctx.close();
  }
}
async function repeatVisit(sc, profile, runs) {
  const res = [];
  for (let i = 0; i < runs; i++) res.push(await repeatOnce(sc, profile));
  const s = {
    scenario: sc.key, label: sc.label, profile, runs, warm: sc.warm, ready: stats(res.map((r) => r.ready)), fcp: stats(res.map((r) => r.fcp)),
    transfer_bytes: q(res.map((r) => r.transferBytes), 0.5), requests: q(res.map((r) => r.requests), 0.5),
    controlled: res.every((r) => r.sw), samples: res.map((r) => r1(r.ready)), files_from_server: res[0].files,
  };
  log(`repeat visit ${sc.key.padEnd(10)} ${PROFILES[profile].label.padEnd(17)} median ${fmtMs(s.ready.p50)} (n=${runs}, ${sc.warm === 'sw' ? 'service worker' : 'HTTP cache'} warm, ${fmtKB(s.transfer_bytes)} transferred)`);
  return s;
}

// ---------- typing ----------
const TEKST = 'de gemeente heeft extra maatregelen genomen om het tekort te beperken ';
const tekens = (n, tekst = TEKST) => Array.from({ length: n }, (_, i) => ({ key: tekst[i % tekst.length] }));

/** Types `keys` into the focused field, one at a time, and waits for each measurement. */
async function typeSeries(page, keys, { snap }) {
  await page.evaluate((snapSrc) => {
    const B = window.__bench;
    B.snap = new Function(`return (${snapSrc})();`);
    if (B.snap() === undefined) throw new Error('snapshot element missing');
    B.series = { start: performance.now(), from: B.samples.length, saves: B.saves.length, writes: B.setItems.length };
  }, snap);
  let n = await page.evaluate(() => window.__bench.samples.length);
  for (const k of keys) {
    if (k.press) await page.keyboard.press(k.key); else await page.keyboard.type(k.key);
    if (k.noInput) continue;
    await binnen(page.evaluate((i) => window.__bench.waitSample(i), n++), 30_000, 'keystroke');
  }
  const r = await page.evaluate(() => {
    const B = window.__bench;
    const end = performance.now();
    const samples = B.samples.slice(B.series.from);
    const lt = B.longtasks.filter((t) => t.start >= B.series.start && t.start <= end);
    return {
      samples: samples.map((s) => ({ handled: s.handled, dom: s.dom, paint: s.paint, raf2: s.raf2, lag: s.lag })),
      missed: samples.filter((s) => typeof s.paint !== 'number').length,
      longtasks: lt.length, longest: lt.reduce((x, t) => Math.max(x, t.dur), 0),
      longtaskList: lt.map((t) => ({ at: Math.round(t.start - B.series.start), dur: Math.round(t.dur),
        save: B.saves.some((v) => v.start >= t.start - 1 && v.start <= t.start + t.dur) })),
      writesInKeystroke: B.setItems.slice(B.series.writes).filter((w) => w.inInput).length,
      savesDuring: B.saves.length - B.series.saves,
      savesList: B.saves.slice(B.series.saves).map((v) => ({ at: Math.round(v.start - B.series.start), sync: Math.round(v.sync * 10) / 10, writes: v.writes })),
    };
  });
  const pick = (f) => stats(r.samples.map((s) => s[f]));
  return {
    keystrokes: r.samples.length, missed: r.missed, handled: pick('handled'), dom: pick('dom'), paint: pick('paint'), raf2: pick('raf2'),
    longtasks: r.longtasks, longest_task: r1(r.longest), longtask_list: r.longtaskList, writes_in_keystroke: r.writesInKeystroke, saves_during: r.savesDuring, saves_list: r.savesList,
  };
}

async function focusEnd(page, sel) {
  await page.waitForSelector(sel);
  await page.evaluate((s) => { const el = document.querySelector(s); el.scrollIntoView({ block: 'center' }); el.focus(); const n = el.value.length; el.setSelectionRange(n, n); }, sel);
}
async function gaNaar(page, hash, sel) {
  await page.evaluate((h) => { location.hash = h; }, hash);
  await page.waitForSelector(sel, { timeout: 60_000 });
  await page.evaluate(() => window.__bench.afterPaint());
}
const typLog = (name, t) => log(`typing ${name.padEnd(28)} to paint p50 ${fmtMs(t.paint.p50)} p95 ${fmtMs(t.paint.p95)} max ${fmtMs(t.paint.max)}; to DOM p95 ${fmtMs(t.dom.p95)}; long tasks ${t.longtasks}${t.missed ? `; ${t.missed} NOT UPDATED` : ''}`);

// ---------- the app: import, typing, autosave, export, print ----------
async function appSession() {
  const out = {};
  const { ctx, page, cdp } = await newPage({ ready: 'klaar', first: '#nieuw-jaar' });
  try {
    await page.goto(`${srv.base}/app/`);
    await binnen(page.evaluate(() => window.__bench.whenReady), 60_000, 'app interactive');

    // Import (5x from the start page; each import also saves the new draft at once).
    const imports = [];
    let id = null;
    let storage = null;
    for (let i = 0; i < 5; i++) {
      if (i > 0) await gaNaar(page, '#/', '#import-bestand');
      const w = page.evaluate(() => Promise.race([window.__bench.waitFor('#takenlijst'), window.__bench.waitFor('#import-fout')]));
      await page.setInputFiles('#import-bestand', conceptPad);
      const { dom, paint } = await binnen(w, 60_000, 'import');
      if (await page.$('#import-fout')) throw new Error(`import of the big draft failed: ${await page.textContent('#import-fout')}`);
      const c = await page.evaluate(() => window.__bench.changes.at(-1).t0);
      const lt = await page.evaluate((t) => window.__bench.longtasks.filter((x) => x.start >= t - 1).reduce((m, x) => Math.max(m, x.dur), 0), c);
      imports.push({ dom: dom - c, paint: paint - c, longest: lt });
      if (i === 0) {
        id = decodeURIComponent(page.url().match(/#\/concept\/([^/]+)/)[1]);
        storage = await page.evaluate((cid) => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('vangnet.')).map((k) => [k, localStorage.getItem(k)])), id);
      }
    }
    out.import = { runs: imports.length, dom: stats(imports.map((x) => x.dom)), paint: stats(imports.map((x) => x.paint)), longest_task: r1(Math.max(...imports.map((x) => x.longest))) };
    log(`import: median ${fmtMs(out.import.paint.p50)} to the task list painted (longest task ${fmtMs(out.import.longest_task)})`);
    // Continue in the last imported draft.
    const cur = decodeURIComponent(page.url().match(/#\/concept\/([^/]+)/)[1]);
    const route = (p) => `#/concept/${cur}/${p}`;

    // Typing in A: 200 keystrokes at the end of the ~35 KB analysis.
    await gaNaar(page, route('a'), '#veld-a_analyse');
    await focusEnd(page, '#veld-a_analyse');
    const voorA = await page.inputValue('#veld-a_analyse');
    out.typingA = await typeSeries(page, tekens(200), { snap: "() => document.getElementById('veld-a_analyse-telling')?.textContent" });
    const naA = await page.inputValue('#veld-a_analyse');
    out.typingA.text_ok = naA === voorA + tekens(200).map((k) => k.key).join('');
    out.typingA.counter_ok = await page.evaluate(() => {
      const n = [...document.getElementById('veld-a_analyse').value].length;
      return document.getElementById('veld-a_analyse-telling').textContent.replace(/\D/g, '') === String(n);
    });
    typLog('A (200 keys)', out.typingA);

    // Autosave: the save after the typing pause, then 6 more single-key edits with a pause.
    await page.waitForTimeout(900);
    for (let i = 0; i < 6; i++) {
      await page.keyboard.type('.');
      await page.waitForTimeout(700);
    }

    // Typing in an amount in Rekenen: 5 x (select all, 9 digits, Backspace) = 50 keystrokes.
    await gaNaar(page, route('rekenen'), '#veld-financien-2019-lasten');
    await focusEnd(page, '#veld-financien-2019-lasten');
    const bedragKeys = [];
    for (let i = 0; i < 5; i++) {
      bedragKeys.push({ key: 'Control+A', press: true, noInput: true });
      for (const d of '111398000') bedragKeys.push({ key: d });
      bedragKeys.push({ key: 'Backspace', press: true });
    }
    out.typingAmount = await typeSeries(page, bedragKeys, { snap: "() => document.getElementById('tabel-jaren')?.textContent + '|' + document.getElementById('uitkomst-hoofd')?.textContent" });
    out.typingAmount.result = await page.textContent('#uitkomst-hoofd');
    typLog('amount in Rekenen (50 keys)', out.typingAmount);
    await page.waitForTimeout(700);

    // Extra: typing in the name of measure 75 of 150 on page B (150 cards on the page).
    const b0 = await page.evaluate(() => performance.now());
    await gaNaar(page, route('b'), '#veld-maatregelen-m150-naam');
    out.renderB = { ms: r1(await page.evaluate((t) => performance.now() - t, b0)) };
    await focusEnd(page, '#veld-maatregelen-m75-naam');
    // Letters only: the card heading shows the trimmed name, so a space changes nothing visible.
    out.typingB = await typeSeries(page, tekens(50, 'maatregelnaam'), { snap: "() => document.getElementById('veld-maatregelen-m75-kop')?.textContent" });
    typLog('measure name on B (50 keys)', out.typingB);
    await page.waitForTimeout(700);

    // Extra: typing in A at 4x CPU.
    await gaNaar(page, route('a'), '#veld-a_analyse');
    await focusEnd(page, '#veld-a_analyse');
    const savesVoor4x = await page.evaluate(() => window.__bench.saves.filter((v) => v.writes > 0).length);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    out.typingA4x = await typeSeries(page, tekens(50), { snap: "() => document.getElementById('veld-a_analyse-telling')?.textContent" });
    await page.waitForTimeout(900);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    typLog('A at 4x CPU (50 keys)', out.typingA4x);

    // Autosave results (every debounced save of this session, unthrottled ones only for the budget).
    // Only timeouts that wrote to storage are saves (a skipped save writes nothing).
    const saves = (await page.evaluate(() => window.__bench.saves)).filter((v) => v.writes > 0);
    const writes = await page.evaluate(() => window.__bench.setItems);
    const onthrottled = saves.slice(0, savesVoor4x);
    out.autosave = {
      saves: saves.length, sync: stats(onthrottled.map((s) => s.sync)), task: stats(onthrottled.map((s) => s.task)),
      at4x: stats(saves.slice(savesVoor4x).map((s) => s.sync)).p50, bytes: Math.max(...writes.map((w) => w.len)),
      writes_in_keystroke: writes.filter((w) => w.inInput).length,
    };
    log(`autosave: ${out.autosave.saves} saves, median ${fmtMs(out.autosave.sync.p50)}, max ${fmtMs(out.autosave.sync.max)} (${fmtKB(out.autosave.bytes * 2)} UTF-16 written), ${out.autosave.writes_in_keystroke} writes inside a keystroke`);

    // Export: 5 clicks on "Download aanvraag (JSON)".
    await gaNaar(page, route('afronden'), '#download-json');
    const exports = [];
    for (let i = 0; i < 5; i++) {
      const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);
      const c = await page.evaluate(() => new Promise((r) => setTimeout(() => r(window.__bench.clicks.filter((k) => k.id === 'download-json').at(-1)), 100)));
      if (i === 0) {
        const p = await dl.path();
        const j = JSON.parse(fs.readFileSync(p, 'utf8'));
        out.exportCheck = { bytes: fs.statSync(p).size, measures: j.aanvraag.maatregelen.length };
      }
      exports.push(c.task);
    }
    out.export = { runs: exports.length, task: stats(exports), ...out.exportCheck };
    log(`export: median ${fmtMs(out.export.task.p50)} (${fmtKB(out.export.bytes)}, ${out.export.measures} measures)`);

    // Print view of the big draft: 5 x afronden -> afdrukken.
    const prints = [];
    for (let i = 0; i < 5; i++) {
      await gaNaar(page, route('afronden'), '#download-json');
      const r = await binnen(page.evaluate((h) => {
        const B = window.__bench;
        const t = performance.now();
        const w = B.waitFor('#afdrukversie article');
        location.hash = h;
        return w.then((x) => ({ dom: x.dom - t, paint: x.paint - t, start: t }));
      }, route('afdrukken')), 60_000, 'print view');
      r.longest = await page.evaluate((t) => window.__bench.longtasks.filter((x) => x.start >= t - 1).reduce((m, x) => Math.max(m, x.dur), 0), r.start);
      prints.push(r);
    }
    out.print = { runs: prints.length, dom: stats(prints.map((x) => x.dom)), paint: stats(prints.map((x) => x.paint)), longest_task: r1(Math.max(...prints.map((x) => x.longest))) };
    log(`print view: median ${fmtMs(out.print.paint.p50)} to painted`);
    return { out, id, storage };
  } finally {
    await ctx.close();
  }
}

// ---------- baselines: typing in A with the big draft ----------
async function baselineTyping({ url, ready, first, storage, snap, sel, extra }) {
  const { ctx, page } = await newPage({ ready, first, storage });
  try {
    await page.goto(url);
    await binnen(page.evaluate(() => window.__bench.whenReady), 60_000, `${url} interactive`);
    await focusEnd(page, sel);
    const r = await typeSeries(page, tekens(200), { snap });
    await page.waitForTimeout(900);
    const saves = (await page.evaluate(() => window.__bench.saves)).filter((v) => v.writes > 0);
    r.autosave = stats(saves.map((s) => s.sync));
    if (extra) r.extra = await extra(page);
    return r;
  } finally {
    await ctx.close();
  }
}

// ================= run =================
const load0 = os.loadavg();
log(`Chromium ${chromeVersion}, ${os.cpus().length} CPUs, load average ${load0.map((x) => x.toFixed(1)).join(' ')}`);
const app = await appSession();
const appStorage = app.storage;
const sjsStorage = { 'bench.concept': JSON.stringify(concept) };
const SJS_FIRST = '#survey input.sd-input, #survey textarea';
const SC = {
  app: { key: 'app', label: 'app, start page', url: `${srv.base}/app/`, ready: 'klaar', first: '#nieuw-jaar', typeCheck: true },
  appConcept: { key: 'app-concept', label: 'app, big draft at A', url: `${srv.base}/app/#/concept/${encodeURIComponent(app.id)}/a`, ready: 'klaar', first: '#veld-a_analyse', storage: appStorage, typeCheck: true },
  plain: { key: 'plain', label: 'plain HTML, empty', url: `${srv.base}/plain/`, ready: 'dom', first: '#gemeente', typeCheck: true },
  plainConcept: { key: 'plain-concept', label: 'plain HTML, big draft', url: `${srv.base}/plain/concept.html`, ready: 'dom', first: '#a_analyse', typeCheck: true },
  sjs: { key: 'surveyjs', label: 'SurveyJS, empty', url: `${srv.base}/surveyjs/`, ready: 'klaar', first: SJS_FIRST, typeCheck: true },
  sjsConcept: { key: 'surveyjs-concept', label: 'SurveyJS, big draft at A', url: `${srv.base}/surveyjs/?concept=1&pagina=a`, ready: 'klaar', first: '#survey textarea', storage: sjsStorage, typeCheck: true },
};
// The baselines' typing right after the app's, so all three see the same machine load.
const plainTyping = await baselineTyping({ url: SC.plainConcept.url, ready: 'dom', first: '#a_analyse', sel: '#a_analyse', snap: '() => null' });
typLog('plain HTML A (200 keys)', plainTyping);
const sjsTyping = await baselineTyping({
  url: SC.sjsConcept.url, ready: 'klaar', first: '#survey textarea', storage: sjsStorage, sel: '#survey textarea',
  snap: "() => String((window.survey.getValue('a_analyse') || '').length)",
  extra: async (page) => {
    // SurveyJS page B with the 150 panels: render time (for comparison with the app's page B).
    const ms = await page.evaluate(() => {
      const t = performance.now();
      window.survey.currentPage = window.survey.getPageByName('b');
      return new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now() - t), 0)));
    });
    return { renderB: r1(ms), panels: await page.evaluate(() => window.survey.getQuestionByName('maatregelen').panels.length) };
  },
});
typLog('SurveyJS A (200 keys)', sjsTyping);
const start = [];
for (const sc of Object.values(SC)) start.push(await startup(sc, 'none', RUNS));
for (const sc of [SC.app, SC.appConcept, SC.plain, SC.sjs, SC.sjsConcept]) start.push(await startup(sc, 'cpu4', TB_RUNS));
start.push(await startup(SC.app, 'slow', T_RUNS));
for (const sc of [SC.plain, SC.sjs]) start.push(await startup(sc, 'slow', TB_RUNS));
// Repeat visits: the app with its service worker warm; the baselines (no worker) HTTP cache warm.
const REPEAT = {
  app: { ...SC.app, typeCheck: false, warm: 'sw' },
  plain: { ...SC.plain, key: 'plain', url: `${srv.base}/plain-warm/`, typeCheck: false, warm: 'http' },
  sjs: { ...SC.sjs, key: 'surveyjs', url: `${srv.base}/surveyjs-warm/`, typeCheck: false, warm: 'http' },
};
// A build without a worker (BENCH_DIST of an older build) has no app repeat visit to measure.
if (!fs.existsSync(path.join(DIST, 'sw.js'))) { log('no sw.js in the build: no repeat visit of the app'); delete REPEAT.app; }
const repeat = [];
for (const sc of Object.values(REPEAT)) repeat.push(await repeatVisit(sc, 'none', RUNS));
if (REPEAT.app) repeat.push(await repeatVisit(REPEAT.app, 'slow', T_RUNS));
for (const sc of [REPEAT.plain, REPEAT.sjs]) repeat.push(await repeatVisit(sc, 'slow', TB_RUNS));
const rp = (key, profile) => repeat.find((s) => s.scenario === key && s.profile === profile);
const st = (key, profile) => start.find((s) => s.scenario === key && s.profile === profile);
await browser.close();
srv.server.close();
const load1 = os.loadavg();

// ---------- budgets ----------
const wasm = sizes.app.files.find((f) => f.kind === 'wasm');
const A = app.out;
const ratio = (a, b) => (a && b ? Math.round((a / b) * 100) / 100 : null);
const cmp = {
  first_load_brotli: { app: sizes.app.total.brotli, plain: sizes.plain.total.brotli, surveyjs: sizes.surveyjs.total.brotli },
  startup_median_ms: { app: st('app', 'none').ready.p50, plain: st('plain', 'none').ready.p50, surveyjs: st('surveyjs', 'none').ready.p50 },
  startup_big_draft_median_ms: { app: st('app-concept', 'none').ready.p50, plain: st('plain-concept', 'none').ready.p50, surveyjs: st('surveyjs-concept', 'none').ready.p50 },
  startup_throttled_median_ms: { app: st('app', 'slow').ready.p50, plain: st('plain', 'slow').ready.p50, surveyjs: st('surveyjs', 'slow').ready.p50 },
  repeat_visit_median_ms: { app: rp('app', 'none')?.ready.p50, plain: rp('plain', 'none').ready.p50, surveyjs: rp('surveyjs', 'none').ready.p50 },
  repeat_visit_throttled_median_ms: { app: rp('app', 'slow')?.ready.p50, plain: rp('plain', 'slow').ready.p50, surveyjs: rp('surveyjs', 'slow').ready.p50 },
  typing_a_p95_paint_ms: { app: A.typingA.paint.p95, plain: plainTyping.paint.p95, surveyjs: sjsTyping.paint.p95 },
  typing_a_p95_dom_ms: { app: A.typingA.dom.p95, plain: plainTyping.dom.p95, surveyjs: sjsTyping.dom.p95 },
};
for (const v of Object.values(cmp)) { v.app_vs_surveyjs = ratio(v.app, v.surveyjs); v.app_vs_plain = ratio(v.app, v.plain); }
const budgets = [
  ['wasm ≤ 200 KB brotli (main module; loaded before interactive)', `${fmtKB(wasm.brotli)} (draft pages module ${sizes.app.files.filter((f) => f.kind.startsWith('wasm') && f.kind.includes('after start')).map((f) => fmtKB(f.brotli)).join(' + ') || 'none'}, fetched after start)`, wasm.brotli <= 200 * KB],
  ['total first load ≤ 250 KB brotli', fmtKB(sizes.app.total.brotli), sizes.app.total.brotli <= 250 * KB],
  ['no request to another host', otherHosts.size ? [...otherHosts].slice(0, 3).join(', ') : 'none', otherHosts.size === 0],
  ['start-up unthrottled ≤ 300 ms (median)', fmtMs(st('app', 'none').ready.p50), st('app', 'none').ready.p50 <= 300],
  ['start-up 4x CPU + Slow 3G ≤ 3 s (median)', fmtMs(st('app', 'slow').ready.p50), st('app', 'slow').ready.p50 <= 3000],
  ['repeat visit (SW warm) 4x CPU + Slow 3G ≤ 1,5 s (median)', rp('app', 'slow') ? `${fmtMs(rp('app', 'slow').ready.p50)} (unthrottled ${fmtMs(rp('app', 'none').ready.p50)}${rp('app', 'slow').controlled ? '' : '; NOT CONTROLLED BY THE WORKER'})` : 'no service worker in this build', rp('app', 'slow')?.ready.p50 <= 1500 && rp('app', 'slow')?.controlled],
  ['typing p95 ≤ 16 ms (A: input → change painted)', `${fmtMs(A.typingA.paint.p95)} (to DOM ${fmtMs(A.typingA.dom.p95)}; plain HTML floor ${fmtMs(plainTyping.paint.p95)})`, A.typingA.paint.p95 <= 16],
  ['typing p95 ≤ 16 ms (amount in Rekenen: → results painted)', `${fmtMs(A.typingAmount.paint.p95)} (to DOM ${fmtMs(A.typingAmount.dom.p95)})`, A.typingAmount.paint.p95 <= 16],
  ['no task > 50 ms while typing (A + amount)', `${A.typingA.longtasks + A.typingAmount.longtasks} long tasks (longest ${fmtMs(Math.max(A.typingA.longest_task, A.typingAmount.longest_task))})`, A.typingA.longtasks + A.typingAmount.longtasks === 0],
  ['autosave ≤ 20 ms (max)', `median ${fmtMs(A.autosave.sync.p50)}, max ${fmtMs(A.autosave.sync.max)}`, A.autosave.sync.max <= 20],
  ['autosave not on the keystroke path', `${A.autosave.writes_in_keystroke} storage writes inside a keystroke task; ${A.typingA.saves_during} saves while typing 200 keys in A (debounce 400 ms)`, A.autosave.writes_in_keystroke === 0],
  ['print view of big draft ≤ 300 ms (median, to painted)', fmtMs(A.print.paint.p50), A.print.paint.p50 <= 300],
  ['vs SurveyJS: smaller first load (ratio < 1)', `${cmp.first_load_brotli.app_vs_surveyjs}`, cmp.first_load_brotli.app_vs_surveyjs < 1],
  ['vs SurveyJS: faster start-up (ratio < 1)', `${cmp.startup_median_ms.app_vs_surveyjs} (big draft: ${cmp.startup_big_draft_median_ms.app_vs_surveyjs})`, cmp.startup_median_ms.app_vs_surveyjs < 1],
  ['vs SurveyJS: lower typing p95 in A (ratio < 1)', `${cmp.typing_a_p95_paint_ms.app_vs_surveyjs}`, cmp.typing_a_p95_paint_ms.app_vs_surveyjs < 1],
].map(([budget, measured, met]) => ({ budget, measured, met: Boolean(met) }));

// ---------- report ----------
const report = {
  generated: new Date().toISOString(), chromium: chromeVersion, node: process.version, cpus: os.cpus().length,
  load_average: { start: load0, end: load1 }, units: 'KB = 1000 bytes; times in ms (performance.now(), from navigation start)',
  method: {
    repeat_visit: 'one context per run, HTTP cache on: a first visit unthrottled (app: served no-store, until its service worker controls the page with its cache complete; baselines: no worker, served with max-age=3600), then the throttling, then the same URL again; interactive as for start-up; bytes = what the server sent during the repeat visit; median',
    startup: 'fresh browser context per load, cache disabled; interactive = body[data-app-klaar="ja"] (DOMContentLoaded for the plain page) AND the first field takes focus; median',
    slow_3g: SLOW_3G, cpu_throttling: 4, server: 'node on 127.0.0.1, brotli -q 11 (Accept-Encoding br), no-store',
    typing: 'one key at a time (playwright keyboard); per input event (t0 = first listener): handled = after the page\'s own input handlers; dom = the page shows the change (A counter / results table / SurveyJS model value; MutationObserver + per-frame checks); paint = the frame showing it has been painted (rAF after the change + MessageChannel message) — the budget figure; raf2 = second requestAnimationFrame after the input',
    autosave: 'sync duration of each 400 ms debounced timeout callback (window.setTimeout wrapped in the page); storage writes inside a keystroke task counted via Storage.prototype.setItem',
  },
  big_draft: { measures: concept.aanvraag.maatregelen.length, text_chars: tekstTekens(concept.aanvraag), json_bytes: conceptTekst.length },
  sizes, surveyjs_version: sjsVersion,
  startup: start, repeat_visit: repeat, app: A, baselines: { plain: { typingA: plainTyping }, surveyjs: { typingA: sjsTyping } },
  comparison: cmp, budgets, other_hosts: [...otherHosts], page_errors: pageErrors,
  runtime_s: Math.round((Date.now() - t0All) / 1000),
};
fs.writeFileSync(path.join(BENCH, 'report.json'), JSON.stringify(report, null, 2) + '\n');

// ---------- table ----------
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const out = [];
out.push('', `Vangnet benchmark — ${report.generated}, Chromium ${chromeVersion}, ${os.cpus().length} CPUs, load avg ${load0[0].toFixed(1)}→${load1[0].toFixed(1)}; KB = 1000 B`);
out.push('', 'SIZE (first load)                     raw        gzip -9   brotli -11');
for (const f of sizes.app.files) out.push(`  ${pad(`${f.kind}: ${f.file}`.slice(0, 34), 34)}${lpad(fmtKB(f.raw), 11)}${lpad(fmtKB(f.gzip), 11)}${lpad(fmtKB(f.brotli), 11)}`);
out.push(`  ${pad('app total first load', 34)}${lpad(fmtKB(sizes.app.total.raw), 11)}${lpad(fmtKB(sizes.app.total.gzip), 11)}${lpad(fmtKB(sizes.app.total.brotli), 11)}`);
out.push(`  ${pad('app all files (incl. later module)', 34)}${lpad(fmtKB(sizes.app.all.raw), 11)}${lpad(fmtKB(sizes.app.all.gzip), 11)}${lpad(fmtKB(sizes.app.all.brotli), 11)}`);
out.push(`  ${pad('plain HTML total', 34)}${lpad(fmtKB(sizes.plain.total.raw), 11)}${lpad(fmtKB(sizes.plain.total.gzip), 11)}${lpad(fmtKB(sizes.plain.total.brotli), 11)}`);
out.push(`  ${pad(`SurveyJS ${sjsVersion} total`, 34)}${lpad(fmtKB(sizes.surveyjs.total.raw), 11)}${lpad(fmtKB(sizes.surveyjs.total.gzip), 11)}${lpad(fmtKB(sizes.surveyjs.total.brotli), 11)}`);
out.push('', 'START-UP to interactive (median; FCP; transferred)');
for (const s of start) out.push(`  ${pad(s.label, 26)}${pad(PROFILES[s.profile].label, 18)}${lpad(fmtMs(s.ready.p50), 9)}  (n=${s.runs}, p95 ${fmtMs(s.ready.p95)}, FCP ${fmtMs(s.fcp.p50)}, ${fmtKB(s.transfer_bytes)}, longest task ${fmtMs(s.longest_task)}${s.typed === false ? ', FIRST FIELD DID NOT TAKE INPUT' : ''})`);
out.push('', 'START-UP, REPEAT VISIT (app: service worker warm; baselines: no worker, HTTP cache warm)');
for (const s of repeat) out.push(`  ${pad(s.label, 26)}${pad(PROFILES[s.profile].label, 18)}${lpad(fmtMs(s.ready.p50), 9)}  (n=${s.runs}, p95 ${fmtMs(s.ready.p95)}, FCP ${fmtMs(s.fcp.p50)}, ${fmtKB(s.transfer_bytes)} in ${s.requests} requests from the server${s.warm === 'sw' && !s.controlled ? ', NOT CONTROLLED BY THE WORKER' : ''})`);
out.push('', 'TYPING (big draft: 150 measures, ~300 KB text)  input → painted p50 / p95 / max   → DOM p95  2×rAF p95  long tasks');
const trow = (label, t) => out.push(`  ${pad(label, 46)}${lpad(`${fmtMs(t.paint.p50)} / ${fmtMs(t.paint.p95)} / ${fmtMs(t.paint.max)}`, 28)}${lpad(fmtMs(t.dom.p95), 11)}${lpad(fmtMs(t.raf2.p95), 11)}${lpad(`${t.longtasks}${t.longtasks ? ` (max ${fmtMs(t.longest_task)})` : ''}`, 15)}${t.missed ? `  ${t.missed} not updated!` : ''}`);
trow(`app: A, ${A.typingA.keystrokes} keys`, A.typingA);
trow(`app: amount in Rekenen, ${A.typingAmount.keystrokes} keys`, A.typingAmount);
trow(`app: measure 75 name on B, ${A.typingB.keystrokes} keys (extra)`, A.typingB);
trow(`app: A at 4x CPU, ${A.typingA4x.keystrokes} keys (extra)`, A.typingA4x);
trow(`plain HTML: A, ${plainTyping.keystrokes} keys`, plainTyping);
trow(`SurveyJS: A, ${sjsTyping.keystrokes} keys`, sjsTyping);
out.push('', 'BIG DRAFT OPERATIONS (app, unthrottled)');
out.push(`  autosave (main-thread, sync)        median ${fmtMs(A.autosave.sync.p50)}, max ${fmtMs(A.autosave.sync.max)} (n=${A.autosave.sync.n}; incl. follow-up task ${fmtMs(A.autosave.task.p50)}; at 4x CPU ${fmtMs(A.autosave.at4x)}; writes ${fmtKB(A.autosave.bytes)} chars)`);
out.push(`  autosave SurveyJS (same debounce)   median ${fmtMs(sjsTyping.autosave.p50)}`);
out.push(`  JSON export (click handler)         median ${fmtMs(A.export.task.p50)}, max ${fmtMs(A.export.task.max)} (${fmtKB(A.export.bytes)}, ${A.export.measures} measures)`);
out.push(`  JSON import (change → task list)    median ${fmtMs(A.import.paint.p50)}, max ${fmtMs(A.import.paint.max)} (longest task ${fmtMs(A.import.longest_task)})`);
out.push(`  print view (route → painted)        median ${fmtMs(A.print.paint.p50)}, max ${fmtMs(A.print.paint.max)} (DOM ${fmtMs(A.print.dom.p50)}, longest task ${fmtMs(A.print.longest_task)})`);
out.push(`  page B with 150 cards (route → DOM) ${fmtMs(A.renderB.ms)}   (SurveyJS page B with ${sjsTyping.extra.panels} panels: ${fmtMs(sjsTyping.extra.renderB)})`);
out.push('', 'COMPARISON                         app          plain HTML   SurveyJS     app/SurveyJS  app/plain');
const crow = (label, v, f) => out.push(`  ${pad(label, 33)}${lpad(f(v.app), 12)}${lpad(f(v.plain), 13)}${lpad(f(v.surveyjs), 13)}${lpad(v.app_vs_surveyjs ?? '–', 14)}${lpad(v.app_vs_plain ?? '–', 11)}`);
crow('first load, brotli', cmp.first_load_brotli, fmtKB);
crow('start-up, empty (median)', cmp.startup_median_ms, fmtMs);
crow('start-up, big draft (median)', cmp.startup_big_draft_median_ms, fmtMs);
crow('start-up, 4x CPU + Slow 3G', cmp.startup_throttled_median_ms, fmtMs);
crow('repeat visit, unthrottled', cmp.repeat_visit_median_ms, fmtMs);
crow('repeat visit, 4x CPU + Slow 3G', cmp.repeat_visit_throttled_median_ms, fmtMs);
crow('typing A p95 (→ painted)', cmp.typing_a_p95_paint_ms, fmtMs);
crow('typing A p95 (→ DOM)', cmp.typing_a_p95_dom_ms, fmtMs);
out.push('', 'BUDGETS');
for (const b of budgets) out.push(`  ${b.met ? 'met    ' : 'NOT MET'}  ${pad(b.budget, 56)} ${b.measured}`);
if (pageErrors.length) out.push('', `PAGE ERRORS: ${pageErrors.slice(0, 5).join(' | ')}`);
out.push('', `Report: bench/report.json (runtime ${report.runtime_s} s)`);
console.log(out.join('\n'));
