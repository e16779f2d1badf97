// Offline and installable (issue 13, items 4): after one visit the app opens without a network,
// at "/" and under a sub-path; a new build is announced and only taken on the user's click,
// drafts intact; the manifest and its icons; the storage sentence on the start page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { serve } from './server.mjs';
import { browser, open, DIST, SHOTS } from './helpers.mjs';
import { bestanden, schrijfServiceWorker } from '../scripts/service-worker.mjs';

const PADEN = ['/', '/gemeente/apps/vangnet/'];
const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core, WCAG 2.1 A/AA (as e2e/a11y.test.mjs), on the page as it is. */
async function axe(page, wat) {
  await page.evaluate(AXE);
  const v = await page.evaluate(async () => (await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] }))
    .violations.map((x) => `${x.id}: ${x.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`));
  assert.deepEqual(v, [], `axe violations on ${wat}`);
}

/** Waits until a service worker controls the page and its cache is complete (activated). */
async function gecontroleerd(page) {
  // A synchronous predicate: waitForFunction does not await a promise (an async predicate
  // returns a promise, which is truthy at once). A controller that is 'activated' has finished
  // its install, so its cache is complete.
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, { timeout: 30_000, polling: 200 });
}

/** A new draft with a municipality name; returns its id once it is stored. */
async function nieuwConcept(page, gemeente) {
  await page.click('#nieuw-concept');
  await page.waitForSelector('#takenlijst');
  await page.click('nav.secties a[href$="/rekenen"]');
  await page.fill('#veld-gemeente', gemeente);
  await page.locator('#veld-gemeente').blur();
  await page.waitForFunction((g) => Object.keys(localStorage).some((k) => k.startsWith('vangnet.concept.') && localStorage.getItem(k).includes(g)), gemeente);
  return decodeURIComponent(page.url().match(/#\/concept\/([^/]+)/)[1]);
}

async function naar(page, hash, sel) {
  await page.evaluate((h) => { location.hash = h; }, hash);
  await page.waitForSelector(sel);
}

/** Cuts the network for real: the server stops and the browser is offline. */
function afsluiten(srv) {
  srv.server.closeAllConnections();
  return new Promise((r) => srv.server.close(r));
}

for (const sub of PADEN) {
  test(`offline after one visit (${sub}): drafts listed and editable, JSON export, print view and print file`, async () => {
    const srv = await serve(DIST, { subPath: sub });
    const b = await browser();
    try {
      const page = await open(b.ctx, b.watch, srv.base);
      const id = await nieuwConcept(page, 'Offlinegem');
      await gecontroleerd(page);
      // The worker's scope is the folder the app is served from.
      assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope), srv.base);

      await afsluiten(srv);
      await b.ctx.setOffline(true);
      // Really offline: a file the worker does not hold cannot be fetched (Chromium logs that
      // failure, the one console error this test expects).
      const vóór = b.problems.length;
      assert.equal(await page.evaluate((u) => fetch(u).then(() => 'bereikt', () => 'geen netwerk'), `${srv.base}niet-in-de-build.txt`), 'geen netwerk');
      assert.deepEqual(b.problems.splice(vóór), ['console: Failed to load resource: net::ERR_FAILED']);

      await naar(page, '#/', '#nieuw-concept');
      await page.reload();
      await page.waitForSelector('body[data-app-klaar="ja"]');
      assert.match(await page.textContent('#concepten'), /Offlinegem/);
      await page.click('#concepten a:text("Offlinegem")');
      await page.waitForSelector('#takenlijst');

      // Edit a field (on the draft pages' module, from the cache) and it is saved.
      await naar(page, `#/concept/${encodeURIComponent(id)}/a`, '#veld-a_analyse');
      await page.fill('#veld-a_analyse', 'Zonder netwerk geschreven.');
      await page.locator('#veld-a_analyse').blur();
      await page.waitForFunction((k) => (localStorage.getItem(k) || '').includes('Zonder netwerk geschreven.'), `vangnet.concept.${id}`);

      await naar(page, `#/concept/${encodeURIComponent(id)}/afronden`, '#download-json');
      const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);
      const json = JSON.parse(fs.readFileSync(await dl.path(), 'utf8'));
      assert.equal(json.aanvraag.a_analyse, 'Zonder netwerk geschreven.');
      assert.equal(json.aanvraag.gemeente, 'Offlinegem');

      await page.click('#naar-afdrukversie');
      await page.waitForSelector('#afdrukversie article');
      assert.match(await page.textContent('#afdrukversie'), /Zonder netwerk geschreven\./);
      const [dl2] = await Promise.all([page.waitForEvent('download'), page.click('#download-afdrukversie')]);
      assert.match(fs.readFileSync(await dl2.path(), 'utf8'), /Zonder netwerk geschreven\./);
      if (sub === '/') await page.screenshot({ path: path.join(SHOTS, '20-offline-afdrukversie.png') });
      assert.deepEqual(b.problems, []);
    } finally {
      await b.close();
      srv.server.closeAllConnections();
      srv.server.close();
    }
  });
}

/** Build B: a copy of dist/ with a visible change in index.html, and its own sw.js written the
 *  way post-build writes it (a new build id, the same file list). */
function bouwB() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vangnet-build-b-'));
  fs.cpSync(DIST, dir, { recursive: true });
  const index = path.join(dir, 'index.html');
  const html = fs.readFileSync(index, 'utf8');
  assert.ok(html.includes('<body>'));
  fs.writeFileSync(index, html.replace('<body>', '<body>\n  <p id="versie-b" class="hint">Versie B van de app</p>'));
  const a = fs.readFileSync(path.join(DIST, 'sw.js'), 'utf8');
  const bb = schrijfServiceWorker(dir);
  assert.ok(a.includes(`const BUILD = "`) && !a.includes(`const BUILD = "${bb.build}"`), 'a changed build gets a new build id');
  assert.deepEqual(bb.files, bestanden(DIST));
  return dir;
}

for (const sub of PADEN) {
  test(`update (${sub}): the new build waits, is announced in Dutch, is not swapped in while typing, Herladen shows it, drafts intact`, async () => {
    const dirB = bouwB();
    let bouw = DIST;
    const srv = await serve(() => bouw, { subPath: sub });
    const b = await browser();
    try {
      const page = await open(b.ctx, b.watch, srv.base);
      const id = await nieuwConcept(page, 'Updategem');
      await gecontroleerd(page);
      const concept = `#/concept/${encodeURIComponent(id)}/a`;
      await naar(page, concept, '#veld-a_analyse');
      await page.fill('#veld-a_analyse', 'Voor de update.');
      await page.locator('#veld-a_analyse').blur();
      await page.waitForFunction((k) => (localStorage.getItem(k) || '').includes('Voor de update.'), `vangnet.concept.${id}`);

      // Build B goes live; the next visit finds it.
      bouw = dirB;
      await page.reload();
      await page.waitForSelector('body[data-app-klaar="ja"]');
      assert.equal(await page.locator('#versie-b').count(), 0, 'the visit is still served build A');
      await page.evaluate(() => { window.__zelfdePagina = true; });
      await page.focus('#veld-a_analyse');
      await page.keyboard.press('End');
      const knop = page.locator('#nieuwe-versie-herladen');
      // Typing goes on while the new build installs and is announced.
      await page.keyboard.type(' Tijdens het typen', { delay: 30 });
      await knop.waitFor({ timeout: 30_000 });
      assert.equal(await page.textContent('#nieuwe-versie'), 'Er is een nieuwe versie. Herladen wanneer het u uitkomt. Herladen');
      assert.equal(await page.getAttribute('#nieuwe-versie', 'role'), 'status');
      assert.equal(await page.getAttribute('#nieuwe-versie', 'aria-live'), 'polite');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'veld-a_analyse', 'the banner does not take the focus');
      await page.keyboard.type(' verder.', { delay: 30 });
      await page.waitForTimeout(1500);
      assert.equal(await page.evaluate(() => window.__zelfdePagina), true, 'the page was not reloaded under the user');
      assert.equal(await page.locator('#versie-b').count(), 0);
      assert.equal(await page.inputValue('#veld-a_analyse'), 'Voor de update. Tijdens het typen verder.');
      if (sub === '/') await page.screenshot({ path: path.join(SHOTS, '21-nieuwe-versie.png') });
      await axe(page, 'a draft page with the update banner');

      // The button is reachable from the keyboard: the banner is first in the tab order, so
      // Shift+Tab from the app's first control lands on it.
      await page.evaluate(() => {
        const el = [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])')]
          .find((e) => !e.closest('#nieuwe-versie') && e.offsetParent !== null);
        el.focus();
      });
      await page.keyboard.press('Shift+Tab');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'nieuwe-versie-herladen');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#versie-b');
      await page.waitForSelector('body[data-app-klaar="ja"]');
      assert.equal(await page.evaluate(() => window.__zelfdePagina), undefined);
      await page.waitForSelector('#veld-a_analyse');
      assert.equal(await page.inputValue('#veld-a_analyse'), 'Voor de update. Tijdens het typen verder.', 'the draft survived the update');
      assert.equal(await page.locator('#nieuwe-versie-herladen').count(), 0);
      // The old build's cache is gone; one cache, B's, remains.
      await gecontroleerd(page);
      const caches_ = await page.evaluate(() => caches.keys());
      assert.equal(caches_.length, 1, caches_.join(', '));
      const swB = fs.readFileSync(path.join(dirB, 'sw.js'), 'utf8').match(/const BUILD = "([0-9a-f]+)"/)[1];
      assert.ok(caches_[0].endsWith(swB), `${caches_[0]} is build B's (${swB})`);
      assert.deepEqual(b.problems, []);
    } finally {
      await b.close();
      srv.server.closeAllConnections();
      srv.server.close();
      fs.rmSync(dirB, { recursive: true, force: true });
    }
  });
}

/** Width and height of a PNG (IHDR), or of an SVG (its viewBox). */
function afmeting(file) {
  const buf = fs.readFileSync(file);
  if (file.endsWith('.png')) {
    assert.deepEqual([...buf.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], `${file} is a PNG`);
    assert.equal(buf.subarray(12, 16).toString('ascii'), 'IHDR');
    return `${buf.readUInt32BE(16)}x${buf.readUInt32BE(20)}`;
  }
  const svg = buf.toString('utf8');
  assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/, `${file} is an SVG`);
  return 'any';
}

test('manifest: valid, relative start URL and scope, standalone, its icons in dist/ at the stated sizes; sw.js lists exactly dist/', async () => {
  const m = JSON.parse(fs.readFileSync(path.join(DIST, 'manifest.webmanifest'), 'utf8'));
  for (const k of ['start_url', 'scope']) assert.ok(!/^(\/|[a-z]+:)/i.test(m[k]), `${k} "${m[k]}" is relative`);
  assert.equal(m.display, 'standalone');
  assert.equal(m.lang, 'nl');
  assert.match(m.name, /Vangnetuitkering/);
  assert.ok(m.short_name.length <= 15, 'short_name fits under an icon');
  assert.match(m.theme_color, /^#[0-9a-f]{6}$/i);
  const maten = new Set();
  for (const icon of m.icons) {
    const f = path.join(DIST, icon.src);
    assert.ok(fs.existsSync(f), `${icon.src} is in dist/`);
    assert.equal(afmeting(f), icon.sizes, icon.src);
    assert.equal(icon.type, icon.src.endsWith('.png') ? 'image/png' : 'image/svg+xml');
    maten.add(icon.sizes);
  }
  assert.ok(maten.has('192x192') && maten.has('512x512'), 'installable: 192 and 512 px icons');
  assert.ok(m.icons.some((i) => i.purpose === 'maskable'));

  const sw = fs.readFileSync(path.join(DIST, 'sw.js'), 'utf8');
  const lijst = JSON.parse(sw.match(/^const BESTANDEN = (\[.*\]);$/m)[1]);
  const later = JSON.parse(sw.match(/^const OP_VERZOEK = (\[.*\]);$/m)[1]);
  assert.deepEqual([...lijst, ...later].sort(), bestanden(DIST), 'the worker knows every file of the build');
  assert.deepEqual(later, bestanden(DIST).filter((f) => /^split_word[-_]/.test(f)), 'only the Word module waits until it is asked for');
  assert.equal(later.length, 1, 'the Word module is in the build');
  for (const f of ['index.html', '__wasm_split.js', 'pwa.js', 'manifest.webmanifest']) assert.ok(lijst.includes(f), f);
  assert.ok(lijst.some((f) => /^split_concept/.test(f)) && lijst.some((f) => /_bg\.wasm$/.test(f)), 'the start module and the draft pages are precached');
  assert.match(fs.readFileSync(path.join(DIST, 'index.html'), 'utf8'), /worker-src 'self'/);

  // Chromium reads the manifest without errors and finds it installable-shaped.
  const srv = await serve(DIST, { subPath: '/sub/' });
  const b = await browser();
  try {
    const page = await open(b.ctx, b.watch, srv.base);
    const cdp = await b.ctx.newCDPSession(page);
    const r = await cdp.send('Page.getAppManifest');
    assert.deepEqual(r.errors, []);
    assert.equal(r.url, `${srv.base}manifest.webmanifest`);
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
    srv.server.close();
  }
});

test('start page: storage the drafts use and what is left, in Dutch; persistent storage asked once, with the reason', async () => {
  const srv = await serve(DIST);
  const b = await browser();
  try {
    const page = await open(b.ctx, b.watch, srv.base);
    await page.waitForSelector('#opslag-ruimte[data-gevuld="ja"]');
    const leeg = await page.textContent('#opslag-gebruik');
    assert.match(leeg, /^De concepten gebruiken 0 bytes van de opslag van deze browser\. Er is nog ongeveer \d{1,3}(,\d)? (kB|MB|GB|TB) vrij\.$/);
    assert.match(await page.textContent('#opslag-blijvend'), /zodat de browser uw concepten niet zomaar opruimt/);
    const gevraagd = await page.evaluate(() => localStorage.getItem('vangnet-opslag.blijvend-gevraagd'));
    assert.ok(gevraagd, 'the app remembers that it asked');

    // A draft of some size: the sentence counts the vangnet.* entries (UTF-16, so 2 bytes a unit).
    await nieuwConcept(page, 'Opslaggem');
    await page.click('nav.secties a[href$="/a"]');
    await page.fill('#veld-a_analyse', 'x'.repeat(6000));
    await page.locator('#veld-a_analyse').blur();
    await page.waitForFunction(() => Object.keys(localStorage).some((k) => (localStorage.getItem(k) || '').includes('x'.repeat(6000))));
    await naar(page, '#/', '#opslag-ruimte[data-gevuld="ja"]');
    const verwacht = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('vangnet.')).reduce((n, k) => n + 2 * (k.length + localStorage.getItem(k).length), 0));
    const tekst = await page.textContent('#opslag-gebruik');
    const m = tekst.match(/gebruiken (\d+)(?:,(\d))? kB/);
    assert.ok(m, tekst);
    assert.ok(Math.abs(Number(`${m[1]}.${m[2] || 0}`) * 1000 - verwacht) <= 500, `${tekst} ≈ ${verwacht} bytes`);
    assert.equal(await page.getAttribute('#opslag-ruimte', 'aria-labelledby'), 'opslag-ruimte-kop');
    // Asked once: the mark stays as it was.
    await page.reload();
    await page.waitForSelector('#opslag-ruimte[data-gevuld="ja"]');
    assert.equal(await page.evaluate(() => localStorage.getItem('vangnet-opslag.blijvend-gevraagd')), gevraagd);
    await page.screenshot({ path: path.join(SHOTS, '22-opslag-startpagina.png'), fullPage: true });
    await axe(page, 'the start page with the storage sentence');
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
    srv.server.close();
  }
});
