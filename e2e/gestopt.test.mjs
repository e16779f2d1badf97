// End-to-end: when the wasm dies anyway (issue 13). A panic aborts the wasm (`unreachable`); the
// screen of js/gestopt.js, outside the wasm, then says in Dutch that the app stopped, when the
// draft was saved, offers a reload and a download of the stored draft that works without the
// wasm. A draft page that stopped the app while opening is not opened by itself again: the start
// page marks it and offers "Download (JSON)" and "Toch openen".
//
// The panics come from a test-only hook (cargo feature `testhaak`, src/ui/gestopt.rs), built
// into dist-testhaak/ by `trunk build --release --features testhaak --dist dist-testhaak`
// (scripts/test.sh); the first test shows that the release build in dist/ does not hold it.
// The trap alone (no panic hook) is shown on the release build itself.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { serve } from './server.mjs';
import { browser, open, DIST, ROOT, SHOTS } from './helpers.mjs';

const require = createRequire(import.meta.url);
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
/** axe-core, WCAG 2.1 A/AA (as in a11y.test.mjs). */
async function axe(page, wat) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE);
  const v = await page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return r.violations.map((x) => `${x.id}: ${x.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
  });
  assert.deepEqual(v, [], `axe violations on ${wat}`);
}

const TESTHAAK = process.env.DIST_TESTHAAK || path.join(ROOT, 'dist-testhaak');
const ARNHEM = path.join(ROOT, 'tests', 'fixtures', 'arnhem-2019.json');
const KLAAR = 'body[data-app-klaar="ja"]';
const idVan = (page) => decodeURIComponent(new URL(page.url()).hash.split('/')[2] || '');
// What a panic leaves in the console and as page errors: expected here, nothing else is.
const VERWACHT = /testhaak|unreachable|RuntimeError|panicked|gestopt/i;

let srv;
let srvHaak;
before(async () => {
  assert.ok(fs.existsSync(path.join(TESTHAAK, 'index.html')),
    `${TESTHAAK} is missing: build it with \`trunk build --release --features testhaak --dist dist-testhaak\` (scripts/test.sh does)`);
  srv = await serve(DIST);
  srvHaak = await serve(TESTHAAK);
});
after(() => { srv.server.close(); srvHaak.server.close(); });

function hookIn(dir) {
  return fs.readdirSync(dir).filter((f) => /\.(js|wasm|html)$/.test(f))
    .filter((f) => fs.readFileSync(path.join(dir, f)).includes('testhaak'));
}

async function download(page, klik) {
  const [dl] = await Promise.all([page.waitForEvent('download'), klik()]);
  const p = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gestopt-')), dl.suggestedFilename());
  await dl.saveAs(p);
  return { naam: dl.suggestedFilename(), tekst: fs.readFileSync(p, 'utf8'), pad: p };
}

// "14:32" for a stored ISO time, in the browser's local time (as the screen shows it).
const tijdVan = (page, iso) => page.evaluate((iso) => {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}, iso);

test('the release build holds no test hook; the test build does (so the check can fail)', () => {
  assert.deepEqual(hookIn(DIST), [], 'dist/ must not contain the test-only panic hook');
  assert.ok(hookIn(TESTHAAK).some((f) => f.endsWith('.wasm')), 'dist-testhaak/ has the hook in its wasm');
});

test('a panic while a draft is open: the Dutch screen with the save time, a JSON download that imports again', { timeout: 90_000 }, async () => {
  const b = await browser();
  try {
    const page = await open(b.ctx, b.watch, srvHaak.base);
    await page.setInputFiles('#import-bestand', ARNHEM);
    await page.waitForSelector('#takenlijst');
    const id = idVan(page);
    await page.click('nav.secties a[href$="/a"]');
    await page.waitForSelector('#veld-a_analyse');
    await page.fill('#veld-a_analyse', 'Tekst van vlak voor de fout.');
    await page.waitForFunction((id) => (localStorage.getItem(`vangnet.concept.${id}`) || '').includes('Tekst van vlak voor de fout.'), id);
    const opgeslagen = await page.evaluate((id) => localStorage.getItem(`vangnet.concept.${id}`), id);
    const tijd = await tijdVan(page, JSON.parse(opgeslagen).opgeslagen_op);

    // The hook panics inside a wasm event listener: the panic hook, then the trap.
    await page.evaluate(() => window.dispatchEvent(new Event('vangnet-testhaak')));
    await page.waitForSelector('#gestopt[role="alert"]');
    assert.equal(await page.textContent('#gestopt-kop'), 'De app is gestopt door een fout.');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'gestopt-kop', 'focus is on the heading');
    assert.equal(await page.textContent('#gestopt-veilig'), `Uw concept is bewaard om ${tijd}. Wat u daarna wijzigde, is mogelijk niet bewaard.`);
    assert.match(await page.textContent('#gestopt'), /testhaak: paniek op verzoek/, 'the panic message is in the technical details');
    // The dead app is out of reach: inert, and its fields no longer take focus.
    assert.ok(await page.evaluate(() => [...document.body.children].filter((c) => c.id !== 'gestopt' && c.tagName !== 'SCRIPT').every((c) => c.hasAttribute('inert'))),
      'everything beside the screen is inert');
    await axe(page, 'the app-stopped screen');
    await page.screenshot({ path: path.join(SHOTS, '13-app-gestopt.png'), fullPage: false });

    // Keyboard only: Tab from the heading reaches "Opnieuw laden", then the download.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'gestopt-herladen');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.concept), id);
    const dl = await download(page, () => page.keyboard.press('Enter'));
    assert.equal(dl.tekst, opgeslagen, 'the download is the stored draft, unchanged');
    assert.match(dl.naam, /^concept-arnhem-.*\.json$/);

    // Reload: the app works again and the draft (not marked: it had opened fine) reopens.
    await page.focus('#gestopt-herladen');
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    await page.waitForSelector(KLAAR);
    await page.waitForSelector('#veld-a_analyse');
    assert.equal(await page.inputValue('#veld-a_analyse'), 'Tekst van vlak voor de fout.');

    // The downloaded file reads back through "Bestand inlezen" on the start page.
    await page.goto(`${srvHaak.base}#/`);
    await page.waitForSelector('#import-bestand');
    await page.setInputFiles('#import-bestand', dl.pad);
    await page.waitForSelector('#takenlijst');
    assert.notEqual(idVan(page), id, 'imported as a new draft');
    await page.click('nav.secties a[href$="/a"]');
    await page.waitForSelector('#veld-a_analyse');
    assert.equal(await page.inputValue('#veld-a_analyse'), 'Tekst van vlak voor de fout.');
    assert.deepEqual(b.problems.filter((p) => !VERWACHT.test(p)), []);
  } finally {
    await b.close();
  }
});

test('a panic while a draft opens: after a reload the start page marks it, does not open it, offers download and "Toch openen"', { timeout: 90_000 }, async () => {
  const b = await browser();
  try {
    const page = await open(b.ctx, b.watch, srvHaak.base);
    await page.setInputFiles('#import-bestand', ARNHEM);
    await page.waitForSelector('#takenlijst');
    const id = idVan(page);
    await page.goto(`${srvHaak.base}#/`);
    await page.waitForSelector('#concepten');
    const opgeslagen = await page.evaluate((id) => localStorage.getItem(`vangnet.concept.${id}`), id);

    // The next draft page to open panics.
    await page.evaluate(() => localStorage.setItem('vangnet.testhaak', 'openen'));
    await page.click(`#concepten a[href*="${id}"]`);
    await page.waitForSelector('#gestopt[role="alert"]');
    assert.equal(await page.evaluate(() => localStorage.getItem('vangnet.openen')), id, 'the opening mark stayed');
    assert.match(await page.textContent('#gestopt-veilig'), /^Uw concept is bewaard (om|op) /);

    // The hook is off again, so "Toch openen" can succeed; the reload must not open the draft.
    await page.evaluate(() => localStorage.removeItem('vangnet.testhaak'));
    await Promise.all([page.waitForEvent('load'), page.click('#gestopt-herladen')]);
    await page.waitForSelector(KLAAR);
    await page.waitForSelector('#gestopt-concept');
    assert.equal(new URL(page.url()).hash, '#/', 'back on the start page, not in the draft');
    assert.equal(await page.locator('#takenlijst').count(), 0, 'the draft was not opened');
    assert.match(await page.textContent('#concepten'), /Deze versie stopte de app bij het openen/);
    assert.match(await page.textContent('#gestopt-concept'), /stopte de app bij het openen/);
    await axe(page, 'the start page with a marked draft');
    await page.screenshot({ path: path.join(SHOTS, '13-gestopt-bij-openen.png'), fullPage: true });

    const dl = await download(page, () => page.click('#gestopt-download'));
    assert.equal(dl.tekst, opgeslagen, 'the download is the stored draft, unchanged');

    await page.click('#gestopt-openen');
    await page.waitForSelector('#takenlijst');
    assert.equal(idVan(page), id);
    // Rendered: the mark is gone, and the start page shows the draft as usual again.
    await page.waitForFunction(() => localStorage.getItem('vangnet.openen') === null);
    await page.goto(`${srvHaak.base}#/`);
    await page.waitForSelector('#concepten');
    assert.equal(await page.locator('#gestopt-concept').count(), 0);
    assert.deepEqual(b.problems.filter((p) => !VERWACHT.test(p)), []);
  } finally {
    await b.close();
  }
});

test('release build: a wasm trap without a panic hook also shows the screen; no draft: said honestly', { timeout: 60_000 }, async () => {
  const b = await browser();
  try {
    const page = await open(b.ctx, b.watch, srv.base);
    await page.evaluate(() => setTimeout(() => { throw new WebAssembly.RuntimeError('unreachable'); }, 0));
    await page.waitForSelector('#gestopt[role="alert"]');
    assert.equal(await page.textContent('#gestopt-veilig'), 'Er zijn geen concepten in deze browser bewaard.');
    // In a draft that was never saved.
    await page.goto(`${srv.base}#/concept/nooitbewaard/a`);
    await page.reload();
    await page.waitForSelector(KLAAR);
    await page.evaluate(() => localStorage.removeItem('vangnet.concept.nooitbewaard'));
    await page.evaluate(() => { Promise.reject(new WebAssembly.RuntimeError('unreachable')); });
    await page.waitForSelector('#gestopt');
    assert.equal(await page.textContent('#gestopt-veilig'), 'Van dit concept is nog niets bewaard in deze browser.');
    assert.deepEqual(b.problems.filter((p) => !VERWACHT.test(p)), []);
  } finally {
    await b.close();
  }
});
