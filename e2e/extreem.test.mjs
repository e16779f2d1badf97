// End-to-end: the generated corpus of extreme values (tests/fixtures/extreem/, made and kept
// current by tests/extreem_bestanden.rs). Each extreme-but-valid file is imported through
// "Bestand inlezen" and every page of the app is opened: the pages are found by following the
// app's own links from the draft's first page (the section navigation, "Afdrukversie", the
// review pages of each part, the accessibility statement), not from a list kept here. Each page
// must show its heading, with no "app gestopt" screen, no console error and no wasm trap. Every
// out-of-bounds file is imported too and must give, on the start page, the Dutch message
// verwacht.json names.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from './server.mjs';
import { browser, open, DIST, ROOT } from './helpers.mjs';

const MAP = path.join(ROOT, 'tests', 'fixtures', 'extreem');
const VERWACHT = JSON.parse(fs.readFileSync(path.join(MAP, 'verwacht.json'), 'utf8'));
const GELDIG = Object.keys(VERWACHT).filter((f) => VERWACHT[f] === 'OK');
const FOUT = Object.keys(VERWACHT).filter((f) => VERWACHT[f] !== 'OK');

let srv;
before(async () => { srv = await serve(DIST); });
after(() => srv.server.close());

const idVan = (url) => decodeURIComponent(new URL(url).hash.split('/')[2] || '');

// The page is up: its heading is there, and nothing stopped.
async function bekijk(page, b, wat) {
  await page.waitForFunction(() => document.querySelector('#gestopt') || document.querySelector('main h1'), null, { timeout: 20_000 });
  assert.equal(await page.locator('#gestopt').count(), 0, `${wat}: the app stopped`);
  const kop = (await page.textContent('main h1'))?.trim();
  assert.ok(kop, `${wat}: no heading`);
  // A page settles over a frame or two (effects, the chart): still alive after that?
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.equal(await page.locator('#gestopt').count(), 0, `${wat}: the app stopped after rendering`);
  assert.deepEqual(b.problems, [], `${wat}: console errors or page errors`);
  return kop;
}

test('every page of the app renders each extreme-but-valid file', { timeout: 600_000 }, async (t) => {
  assert.ok(GELDIG.length >= 3, 'valid edge files in the corpus');
  const b = await browser();
  const overzicht = {};
  try {
    const page = await open(b.ctx, b.watch, srv.base);
    for (const bestand of GELDIG) {
      await page.goto(`${srv.base}#/`);
      await page.waitForSelector('#import-bestand');
      await page.setInputFiles('#import-bestand', path.join(MAP, bestand));
      await page.waitForSelector('#takenlijst', { timeout: 20_000 }).catch(() => {});
      await bekijk(page, b, `${bestand}: after import`);
      const id = idVan(page.url());
      assert.ok(id, `${bestand} opened as a draft`);
      // Breadth-first over the app's own links: the draft's pages, then the links off the draft.
      const gezien = new Set();
      const rij = [page.url()];
      const titels = [];
      while (rij.length) {
        const url = rij.shift();
        const hash = new URL(url).hash;
        if (gezien.has(hash)) continue;
        gezien.add(hash);
        await page.goto(url);
        const kop = await bekijk(page, b, `${bestand} ${hash}`);
        titels.push(`${hash.replace(`#/concept/${id}/`, '')}: ${kop}`);
        const links = await page.evaluate(() => [...document.querySelectorAll('a[href^="#/"]')].map((a) => a.href));
        for (const l of links) {
          const h = new URL(l).hash;
          // This draft's pages and the app's own pages (not the start page: another import).
          if ((h.startsWith(`#/concept/${id}/`) || h === '#/toegankelijkheid') && !gezien.has(h)) rij.push(l);
        }
      }
      overzicht[bestand] = titels;
      t.diagnostic(`${bestand}: ${titels.length} pages: ${titels.map((x) => x.split(':')[0]).join(', ')}`);
      // Every page the section navigation names was among them, and the print view and a review page.
      const slugs = titels.map((x) => x.split(':')[0]);
      for (const s of ['overzicht', 'rekenen', 'a', 'b', 'c', 'd', 'raad', 'controleren', 'afronden', 'afdrukken', 'antwoorden', 'analyse', 'antwoorden-rekenen', '#/toegankelijkheid']) {
        assert.ok(slugs.includes(s), `${bestand}: page ${s} was not reached through the app's links (${slugs.join(', ')})`);
      }
    }
    fs.writeFileSync(path.join(ROOT, 'e2e', 'screenshots', 'extreem-paginas.json'), JSON.stringify(overzicht, null, 2));
  } finally {
    await b.close();
  }
});

test('every out-of-bounds file gives its Dutch message on the start page, naming the field and the range', { timeout: 600_000 }, async () => {
  assert.ok(FOUT.length >= 100);
  const b = await browser();
  try {
    const page = await open(b.ctx, b.watch, srv.base);
    for (const bestand of FOUT) {
      // An empty file first: another message, so the next one is seen to come from this file.
      await page.setInputFiles('#import-bestand', { name: 'leeg.json', mimeType: 'application/json', buffer: Buffer.from('') });
      await page.waitForFunction(() => document.querySelector('#import-fout')?.textContent === 'Het bestand is leeg.');
      await page.setInputFiles('#import-bestand', path.join(MAP, bestand));
      await page.waitForFunction((m) => document.querySelector('#import-fout')?.textContent === m, VERWACHT[bestand], { timeout: 10_000 })
        .catch(async () => assert.fail(`${bestand}: expected «${VERWACHT[bestand]}», shown «${await page.textContent('#import-fout').catch(() => '')}»`));
      assert.match(VERWACHT[bestand], /^Fout in het bestand bij aanvraag\.[^:]+: dit getal (ligt buiten het toegestane bereik \(.+ tot en met .+\)|heeft meer dan \d+ decimalen)\.$/);
      assert.equal(new URL(page.url()).hash || '#/', '#/', `${bestand}: stays on the start page`);
    }
    assert.equal(await page.locator('#concepten tbody tr').count(), 0, 'no refused file became a draft');
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});
