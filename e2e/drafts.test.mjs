// End-to-end: drafts in localStorage under stress: two tabs on one draft, a full quota, storage
// that throws, corrupt and old/newer stored drafts, reload right after typing, a 1 MB draft,
// hostile text everywhere, and no CSP violation on any page. Headless Chromium against dist/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from './server.mjs';
import { browser, open, fixture, ROOT, DIST } from './helpers.mjs';

let srv;
before(async () => { srv = await serve(DIST); });
after(() => srv.server.close());

const KLAAR = 'body[data-app-klaar="ja"]';
const arnhem = fixture('arnhem-2019.json');
const CONCEPT_V1 = fs.readFileSync(path.join(ROOT, 'tests', 'fixtures', 'concept-v1.json'), 'utf8');

const idVan = (page) => decodeURIComponent(new URL(page.url()).hash.split('/')[2] || '');
const sleutel = (id) => `vangnet.concept.${id}`;
const lees = (page, k) => page.evaluate((k) => localStorage.getItem(k), k);
const index = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('vangnet.concepten') || '[]'));
/** The stored draft's aanvraag (parsed), or null. */
const opgeslagen = (page, id) => page.evaluate((k) => { const t = localStorage.getItem(k); return t ? JSON.parse(t).aanvraag : null; }, sleutel(id));

async function nieuwePagina(b, url) {
  const p = await b.ctx.newPage();
  b.watch(p);
  await p.goto(url);
  await p.waitForSelector(KLAAR);
  return p;
}
async function nieuwConcept(page) {
  await page.click('#nieuw-concept');
  await page.waitForSelector('#takenlijst');
  return idVan(page);
}
async function naar(page, slug) {
  // The print view is reached from Afronden, not from the navigation.
  if (slug === 'afdrukken') await page.click('#naar-afdrukversie');
  else await page.click(`nav.secties a[href$="/${slug}"]`);
  await page.waitForFunction((s) => location.hash.endsWith(`/${s}`), slug);
  await page.waitForSelector('#pagina-kop');
}
/** Waits until field `veld` of the stored draft equals `waarde`. */
async function wachtOpOpslag(page, id, veld, waarde, timeout = 5000) {
  await page.waitForFunction(([k, veld, waarde]) => {
    try { return JSON.parse(localStorage.getItem(k)).aanvraag[veld] === waarde; } catch { return false; }
  }, [sleutel(id), veld, waarde], { timeout, polling: 50 });
}
async function download(page, klik) {
  const [dl] = await Promise.all([page.waitForEvent('download'), klik()]);
  return fs.readFileSync(await dl.path(), 'utf8');
}
async function importeer(page, bestand) {
  await page.setInputFiles('#import-bestand', { name: 'aanvraag.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bestand)) });
  await page.waitForSelector('#takenlijst');
  return idVan(page);
}
/** The part of `w` with the shape of `vorm` (objects: only `vorm`'s keys; arrays element-wise). */
function deel(w, vorm) {
  if (Array.isArray(vorm)) return Array.isArray(w) ? w.map((x, i) => deel(x, vorm[i])) : w;
  if (vorm && typeof vorm === 'object') return w && typeof w === 'object' ? Object.fromEntries(Object.keys(vorm).map((k) => [k, deel(w[k], vorm[k])])) : w;
  return w;
}
/** Puts raw `tekst` under draft `id` (and its revision) and opens the draft in a fresh load. */
async function plantEnOpen(page, id, tekst, revisie, slug = 'a') {
  await page.goto(srv.base);
  await page.waitForSelector(KLAAR);
  await page.evaluate(([id, t, r]) => {
    localStorage.setItem(`vangnet.concept.${id}`, t);
    if (r !== null) localStorage.setItem(`vangnet.revisie.${id}`, r);
  }, [id, tekst, revisie]);
  await page.goto('about:blank');
  await page.goto(`${srv.base}#/concept/${id}/${slug}`);
  await page.waitForSelector(KLAAR);
}

test('1. two tabs on one draft: conflict banner, nothing overwritten, load newer, keep mine as a copy', { timeout: 60_000 }, async () => {
  const b = await browser();
  try {
    const p1 = await open(b.ctx, b.watch, srv.base);
    const id = await nieuwConcept(p1);
    await naar(p1, 'a');
    await p1.fill('#veld-a_analyse', 'Tekst uit venster 1.');
    await wachtOpOpslag(p1, id, 'a_analyse', 'Tekst uit venster 1.');

    // The same draft in a second tab, opened the way a user does: start page, click the draft.
    const p2 = await nieuwePagina(b, srv.base);
    await p2.click(`#concepten a[href*="${id}"]`);
    await p2.waitForSelector('#takenlijst');
    await naar(p2, 'a');
    assert.equal(await p2.inputValue('#veld-a_analyse'), 'Tekst uit venster 1.');
    await p2.waitForTimeout(700);
    assert.equal(await p1.locator('#banner-conflict').count(), 0, 'only opening the draft in another tab is no conflict');

    await p2.fill('#veld-a_analyse', 'Tekst uit venster 2.');
    await wachtOpOpslag(p2, id, 'a_analyse', 'Tekst uit venster 2.');
    // Tab 1 hears of it (storage event) and stops saving.
    await p1.waitForSelector('#banner-conflict', { timeout: 5000 });
    assert.match(await p1.textContent('#banner-conflict'), /ander tabblad of venster nieuwer opgeslagen/);
    // Typing on in tab 1 does not overwrite tab 2's text, not even when tab 1 is hidden.
    await p1.fill('#veld-a_analyse', 'Tekst uit venster 1, verder getypt.');
    await p1.waitForTimeout(800);
    await p1.evaluate(() => { Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true }); document.dispatchEvent(new Event('visibilitychange')); delete document.visibilityState; });
    assert.equal((await opgeslagen(p1, id)).a_analyse, 'Tekst uit venster 2.');
    assert.match(await p1.textContent('#opslag-status'), /Niet opgeslagen/);

    // "Nieuwere versie laden": tab 1 shows tab 2's text, and loading is not a save.
    await p1.click('#banner-conflict button:text("Nieuwere versie laden")');
    await p1.waitForSelector('#banner-conflict', { state: 'detached' });
    assert.equal(await p1.inputValue('#veld-a_analyse'), 'Tekst uit venster 2.');
    await p1.waitForTimeout(700);
    assert.equal(await p2.locator('#banner-conflict').count(), 0, 'loading the newer version in tab 1 puts tab 2 in conflict');

    // Tab 2 saves again; tab 1 (behind again) keeps its own text as a copy.
    await p2.fill('#veld-a_analyse', 'Tekst uit venster 2, tweede versie.');
    await wachtOpOpslag(p2, id, 'a_analyse', 'Tekst uit venster 2, tweede versie.');
    await p1.waitForSelector('#banner-conflict', { timeout: 5000 });
    await p1.fill('#veld-a_analyse', 'Mijn eigen tekst in venster 1.');
    await p1.click('#banner-conflict button:text("Mijn versie als kopie bewaren")');
    await p1.waitForFunction((id) => location.hash.startsWith('#/concept/') && !location.hash.includes(id), id);
    await p1.waitForSelector('#takenlijst');
    const kopie = idVan(p1);
    assert.notEqual(kopie, id);
    assert.equal(await p1.locator('#banner-conflict').count(), 0);
    const regels = await index(p1);
    assert.equal(regels.length, 2, JSON.stringify(regels));
    assert.deepEqual(regels.map((r) => r.id).sort(), [id, kopie].sort());
    assert.equal((await opgeslagen(p1, kopie)).a_analyse, 'Mijn eigen tekst in venster 1.');
    assert.equal((await opgeslagen(p1, id)).a_analyse, 'Tekst uit venster 2, tweede versie.');
    await naar(p1, 'a');
    assert.equal(await p1.inputValue('#veld-a_analyse'), 'Mijn eigen tekst in venster 1.');
    assert.equal(await p2.locator('#banner-conflict').count(), 0, 'a copy does not disturb the original');
    // The start page lists both.
    await p1.goto(`${srv.base}#/`);
    await p1.waitForSelector('#concepten');
    assert.equal(await p1.locator('#concepten tbody tr').count(), 2);
    assert.match(await p1.textContent('#concepten'), /\(kopie\)/);
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});

/** Fills localStorage with junk until it throws QuotaExceededError (down to single characters). */
const vulOpslag = (page) => page.evaluate(() => {
  let n = 0;
  for (let grootte = 1 << 20; grootte >= 1; grootte >>= 1) {
    const s = 'x'.repeat(grootte);
    for (;;) {
      try { localStorage.setItem(`vulsel.${n}`, s); n++; } catch (e) { if (e.name !== 'QuotaExceededError') throw e; break; }
    }
  }
  return n;
});
const maakVrij = (page) => page.evaluate(() => { for (const k of Object.keys(localStorage)) if (k.startsWith('vulsel.')) localStorage.removeItem(k); });

test('2. storage full: banner, the app keeps working, JSON download, saving resumes', { timeout: 60_000 }, async () => {
  const b = await browser();
  try {
    const page = await open(b.ctx, b.watch, srv.base);
    const id = await importeer(page, JSON.parse(CONCEPT_V1));
    await wachtOpOpslag(page, id, 'gemeente', 'Voorbeeldstad');
    await naar(page, 'rekenen');
    const voor = await page.textContent('#uitkomst-hoofd');
    assert.equal(voor, 'Recht op een vangnetuitkering van € 495.000');

    assert.ok(await vulOpslag(page) > 0);
    const naam = 'Voorbeeldstad aan de Rijn, gewijzigd terwijl de opslag vol is';
    await page.fill('#veld-gemeente', naam);
    await page.waitForSelector('#banner-opslag', { timeout: 5000 });
    assert.match(await page.textContent('#banner-opslag'), /De opslag van de browser is vol/);
    assert.match(await page.textContent('#opslag-status'), /Niet opgeslagen/);
    // Still working: the text stays, the results follow the figures.
    assert.equal(await page.inputValue('#veld-gemeente'), naam);
    await page.fill('#veld-financien-2024-lasten', '53.400.000');
    await page.locator('#veld-financien-2024-lasten').blur();
    await page.waitForFunction((v) => document.querySelector('#uitkomst-hoofd').textContent !== v, voor);
    assert.match(await page.textContent('#uitkomst-hoofd'), /^Recht op een vangnetuitkering van € [\d.]+$/);
    assert.equal((await opgeslagen(page, id)).gemeente, 'Voorbeeldstad', 'nothing half-written');
    // The download holds what is on screen.
    const json = JSON.parse(await download(page, () => page.click('#banner-opslag button:text("Download als bestand (JSON)")')));
    assert.equal(json.aanvraag.gemeente, naam);
    assert.equal(json.aanvraag.financien.jaren.find((j) => j.jaar === 2024).lasten, '53400000');

    // Space freed, typing again: saved.
    await maakVrij(page);
    await page.fill('#veld-gemeente', `${naam}.`);
    await page.waitForSelector('#banner-opslag', { state: 'detached', timeout: 5000 });
    await page.waitForSelector('#opslag-status:text-matches("Opgeslagen om \\\\d\\\\d:\\\\d\\\\d")');
    await wachtOpOpslag(page, id, 'gemeente', `${naam}.`);
    assert.equal((await opgeslagen(page, id)).financien.jaren.find((j) => j.jaar === 2024).lasten, '53400000');

    // Full again, then "Opnieuw proberen" after freeing space.
    await vulOpslag(page);
    await page.fill('#veld-gemeente', `${naam}, en nog een keer vol gelopen.`);
    await page.waitForSelector('#banner-opslag', { timeout: 5000 });
    await page.click('#banner-opslag button:text("Opnieuw proberen")');
    assert.match(await page.textContent('#banner-opslag'), /vol/, 'still full: still the banner');
    await maakVrij(page);
    await page.click('#banner-opslag button:text("Opnieuw proberen")');
    await page.waitForSelector('#banner-opslag', { state: 'detached', timeout: 5000 });
    assert.match(await page.textContent('#opslag-status'), /^Opgeslagen om \d\d:\d\d$/);
    assert.equal((await opgeslagen(page, id)).gemeente, `${naam}, en nog een keer vol gelopen.`);
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});

const GEEN_OPSLAG = {
  'localStorage getter throws': () => {
    Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('Toegang geweigerd', 'SecurityError'); } });
  },
  'Storage methods throw': () => {
    const gooi = function () { throw new DOMException('Toegang geweigerd', 'SecurityError'); };
    for (const m of ['getItem', 'setItem', 'removeItem', 'key', 'clear']) Storage.prototype[m] = gooi;
    Object.defineProperty(Storage.prototype, 'length', { configurable: true, get: gooi });
  },
};

test('3. storage that throws on access: the app opens, explains, and still works with a download', { timeout: 60_000 }, async () => {
  for (const [naam, script] of Object.entries(GEEN_OPSLAG)) {
    const b = await browser();
    try {
      await b.ctx.addInitScript(script);
      const page = await open(b.ctx, b.watch, srv.base);
      assert.match(await page.textContent('main'), /De browser staat opslaan niet toe/, naam);
      await nieuwConcept(page);
      await page.waitForSelector('#banner-opslag');
      assert.match(await page.textContent('#banner-opslag'), /De browser staat opslaan niet toe/, naam);
      await naar(page, 'rekenen');
      await page.fill('#veld-gemeente', 'Zonder opslag');
      await naar(page, 'a');
      await page.fill('#veld-a_analyse', 'Getypt zonder opslag.');
      await page.waitForTimeout(600);
      assert.equal(await page.inputValue('#veld-a_analyse'), 'Getypt zonder opslag.', naam);
      assert.match(await page.textContent('#opslag-status'), /Niet opgeslagen/, naam);
      await naar(page, 'rekenen');
      assert.equal(await page.inputValue('#veld-gemeente'), 'Zonder opslag', naam);
      const json = JSON.parse(await download(page, () => page.click('#banner-opslag button:text("Download als bestand (JSON)")')));
      assert.equal(json.aanvraag.a_analyse, 'Getypt zonder opslag.', naam);
      assert.equal(json.aanvraag.gemeente, 'Zonder opslag', naam);
      assert.deepEqual(b.problems, [], naam);
    } finally {
      await b.close();
    }
  }
});

test('4. a corrupt stored draft: the app opens, explains in Dutch, keeps and offers the original text', { timeout: 60_000 }, async () => {
  const gevallen = [
    ['onleesbaar', 'Dit is geen JSON: {{ kapot € é', /geen geldige JSON/],
    ['verkeerde-vorm', '{"formaat":"vangnetuitkering-aanvraag","schema_version":1,"aanvraag":{"maatregelen":{}}}', /maatregelen/],
    ['afgebroken', CONCEPT_V1.slice(0, Math.floor(CONCEPT_V1.length * 0.6)), /houdt halverwege op/],
  ];
  const b = await browser();
  try {
    const page = await open(b.ctx, b.watch, srv.base);
    for (const [id, tekst, uitleg] of gevallen) {
      await plantEnOpen(page, id, tekst, '3');
      await page.waitForSelector('#banner-melding');
      const melding = await page.textContent('#banner-melding');
      assert.match(melding, /Het opgeslagen concept kon niet worden gelezen/, id);
      assert.match(melding, uitleg, id);
      assert.match(melding, /apart bewaard/, id);
      assert.equal(await lees(page, `vangnet.onleesbaar.${id}`), tekst, id);
      const ruw = await download(page, () => page.click('#banner-melding button:text("Oorspronkelijke tekst downloaden")'));
      assert.equal(ruw, tekst, id);
      // The app works on: typing saves a readable draft, the original stays aside.
      await page.fill('#veld-a_analyse', `Opnieuw begonnen (${id}).`);
      await wachtOpOpslag(page, id, 'a_analyse', `Opnieuw begonnen (${id}).`);
      assert.equal(await lees(page, `vangnet.onleesbaar.${id}`), tekst, id);
      assert.equal(await lees(page, `vangnet.revisie.${id}`), '4', id);
    }
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});

test('5. a stored draft of schema version 1 loads; one of version 99 is never overwritten', { timeout: 60_000 }, async () => {
  const v1 = JSON.parse(CONCEPT_V1);
  assert.equal(v1.schema_version, 1);
  const b = await browser();
  try {
    const page = await open(b.ctx, b.watch, srv.base);
    await plantEnOpen(page, 'voorbeeldstad-2024', CONCEPT_V1, String(v1.revisie), 'rekenen');
    await page.waitForSelector('#uitkomst-hoofd');
    assert.equal(await page.inputValue('#veld-gemeente'), 'Voorbeeldstad');
    assert.equal(await page.textContent('#uitkomst-hoofd'), 'Recht op een vangnetuitkering van € 495.000');
    assert.equal(await page.locator('#banner-melding, #banner-nieuwer, #banner-opslag').count(), 0);
    await naar(page, 'a');
    assert.equal(await page.inputValue('#veld-a_analyse'), v1.aanvraag.a_analyse);
    await naar(page, 'b');
    assert.equal(await page.inputValue('#veld-maatregelen-m2-naam'), 'Jobhunters voor statushouders');
    await naar(page, 'c');
    await page.fill('#veld-c_effect', `${v1.aanvraag.c_effect} Aangevuld.`);
    await wachtOpOpslag(page, 'voorbeeldstad-2024', 'c_effect', `${v1.aanvraag.c_effect} Aangevuld.`);
    const nu = JSON.parse(await lees(page, sleutel('voorbeeldstad-2024')));
    assert.equal(nu.revisie, v1.revisie + 1);
    assert.equal(nu.schema_version, 1);
    // Every field of the old draft is kept as it was (fields added since may appear with defaults).
    assert.deepEqual(deel({ ...nu.aanvraag, c_effect: '' }, v1.aanvraag), { ...v1.aanvraag, c_effect: '' });

    // Newer schema: a banner, and the stored text stays byte for byte.
    const nieuwer = '{"formaat":"vangnetuitkering-aanvraag","schema_version":99,"app_versie":"9.0.0","revisie":7,"opgeslagen_op":"2031-01-01T00:00:00.000Z","aanvraag":{"gemeente":"Toekomststad","a_analyse":"Geschreven met een nieuwere app.","nieuw_veld":{"x":1}}}';
    await plantEnOpen(page, 'toekomst', nieuwer, '7');
    await page.waitForSelector('#banner-nieuwer');
    assert.match(await page.textContent('#banner-nieuwer'), /nieuwere versie van de app \(schemaversie 99\).*nieuwste versie/);
    await page.fill('#veld-a_analyse', 'Dit mag de opgeslagen tekst niet vervangen.');
    await page.waitForTimeout(800);
    assert.match(await page.textContent('#opslag-status'), /Niet opgeslagen/);
    assert.equal(await lees(page, sleutel('toekomst')), nieuwer);
    assert.equal(await lees(page, 'vangnet.revisie.toekomst'), '7');
    // Not on leaving the page either.
    const p2 = await nieuwePagina(b, srv.base);
    await page.fill('#veld-a_analyse', 'Nog een keer, vlak voor het sluiten.');
    await page.close({ runBeforeUnload: true });
    await p2.waitForTimeout(300);
    assert.equal(await lees(p2, sleutel('toekomst')), nieuwer);
    assert.equal(await lees(p2, 'vangnet.revisie.toekomst'), '7');
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});

test('6. reload or close right after typing: nothing lost', { timeout: 60_000 }, async () => {
  const b = await browser();
  try {
    const page = await open(b.ctx, b.watch, srv.base);
    const id = await nieuwConcept(page);
    await naar(page, 'a');
    await page.fill('#veld-a_analyse', 'Getypt en meteen herladen.');
    await page.reload();
    await page.waitForSelector(KLAAR);
    await page.waitForSelector('#veld-a_analyse');
    assert.equal(await page.inputValue('#veld-a_analyse'), 'Getypt en meteen herladen.');

    await page.fill('#veld-a_analyse', 'Getypt en meteen gesloten.');
    const url = page.url();
    const leeg = await b.ctx.newPage();
    await page.close({ runBeforeUnload: true });
    await leeg.close();
    const p2 = await nieuwePagina(b, url);
    await p2.waitForSelector('#veld-a_analyse');
    assert.equal(await p2.inputValue('#veld-a_analyse'), 'Getypt en meteen gesloten.');
    assert.equal((await opgeslagen(p2, id)).a_analyse, 'Getypt en meteen gesloten.');
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});

test('7. a 1 MB draft with 150 measures: import, edit measure 150, reload', { timeout: 90_000 }, async () => {
  const zin = (i, veld) => `Maatregel ${i} (${veld}): de gemeente spreekt werkgevers in de regio en begeleidt inwoners met een bijstandsuitkering naar betaald werk. `;
  const tekst = (i, veld, n) => zin(i, veld).repeat(Math.ceil(n / zin(i, veld).length)).slice(0, n);
  const maatregelen = [];
  for (let i = 1; i <= 150; i++) {
    const soort = i % 3 === 0 ? 'intern' : 'extern';
    maatregelen.push({
      id: `m${i}`, soort, naam: `Maatregel ${i}`, groep: `${(i % 5) + 1}. Inspanningslijn ${(i % 5) + 1}`,
      omschrijving: soort === 'intern' ? tekst(i, 'omschrijving', 7000) : '',
      externe_bron: soort === 'extern' ? tekst(i, 'bron', 2400) : '',
      inzicht: soort === 'extern' ? tekst(i, 'inzicht', 2300) : '',
      getroffen_maatregel: soort === 'extern' ? tekst(i, 'maatregel', 2300) : '',
      datum_getroffen: null, effect: null,
    });
  }
  const bestand = { ...arnhem, aanvraag: { ...arnhem.aanvraag, maatregelen } };
  const json = JSON.stringify(bestand);
  const tekens = maatregelen.reduce((n, m) => n + m.naam.length + m.groep.length + m.omschrijving.length + m.externe_bron.length + m.inzicht.length + m.getroffen_maatregel.length, 0);
  assert.ok(tekens >= 1_000_000 && json.length >= 1_000_000, `${tekens} characters`);

  const b = await browser();
  try {
    const page = await open(b.ctx, b.watch, srv.base);
    let t = Date.now();
    const id = await importeer(page, bestand);
    const tImport = Date.now() - t;
    await page.waitForFunction((k) => (localStorage.getItem(k) || '').length > 1_000_000, sleutel(id), { polling: 50 });
    const tOpslaan = Date.now() - t;
    const regels = await index(page);
    assert.equal(regels.length, 1);
    assert.equal(regels[0].gemeente, 'Arnhem');

    t = Date.now();
    await naar(page, 'b');
    await page.waitForSelector('#veld-maatregelen-m150-naam');
    const tB = Date.now() - t;
    assert.equal(await page.locator('section.kaart').count(), 150);
    assert.equal(await page.inputValue('#veld-maatregelen-m150-naam'), 'Maatregel 150');
    const oud = await page.inputValue('#veld-maatregelen-m150-omschrijving');
    assert.equal(oud, maatregelen[149].omschrijving);
    const nieuw = `${oud.slice(0, 3000)}Ж${oud.slice(3001)}`;
    t = Date.now();
    await page.fill('#veld-maatregelen-m150-omschrijving', nieuw);
    await page.waitForFunction((k) => (localStorage.getItem(k) || '').includes('Ж'), sleutel(id), { polling: 50 });
    const tWijzig = Date.now() - t;

    t = Date.now();
    await page.reload();
    await page.waitForSelector(KLAAR);
    await page.waitForSelector('#veld-maatregelen-m150-omschrijving');
    const tHerladen = Date.now() - t;
    assert.equal(await page.inputValue('#veld-maatregelen-m150-omschrijving'), nieuw);
    assert.equal(await page.inputValue('#veld-maatregelen-m149-getroffen_maatregel'), maatregelen[148].getroffen_maatregel);
    const opgeslagenTekst = await lees(page, sleutel(id));
    console.log(`# 1 MB draft (${json.length} bytes as file, ${opgeslagenTekst.length} characters stored, ${tekens} characters of measure text): ` +
      `import ${tImport} ms, import+save ${tOpslaan} ms, open B with 150 measures ${tB} ms, edit→saved ${tWijzig} ms, reload to B ${tHerladen} ms`);
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});

// Text that would run if anything put user text into the DOM as HTML or into a URL.
const VIJANDIG = '<script>alert(1)</script> <img src=x onerror=alert(1)> "><svg onload=alert(1)> javascript:alert(1) \u202Eomgekeerd\u202C \u2066geïsoleerd\u2069';
const HTML_DELEN = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', 'javascript:alert(1)'];
const zonderBidi = (s) => s.replace(/[\u202A-\u202E\u2066-\u2069]/g, '');
const VELDEN = {
  rekenen: ['gemeente'],
  a: ['a_analyse'],
  b: ['b_toelichting', 'b1_toelichting', 'b2_toelichting', 'maatregelen-m1-naam', 'maatregelen-m1-groep', 'maatregelen-m1-omschrijving',
    'maatregelen-m2-naam', 'maatregelen-m2-groep', 'maatregelen-m2-externe_bron', 'maatregelen-m2-inzicht', 'maatregelen-m2-getroffen_maatregel'],
  c: ['c_effect'],
  d: ['d_college-secretaris', 'd_college-burgemeester'],
  raad: ['raad-voorzitter', 'raad-griffier'],
};
const waarde = (veld) => `${veld} ${VIJANDIG}`;
const ALLE_PAGINAS = ['overzicht', 'rekenen', 'a', 'b', 'c', 'd', 'raad', 'controleren', 'afronden', 'afdrukken'];
/** Elements user text could have created. */
const GEVAARLIJK = 'img, svg, script, iframe, object, embed, [onerror], [onload], a[href^="javascript:" i]';

test('8. hostile text in every field: shown literally everywhere, nothing runs, exported unchanged', { timeout: 90_000 }, async () => {
  const a = arnhem.aanvraag;
  const klein = { ...arnhem, aanvraag: { ...a, maatregelen: [{ ...a.maatregelen[0], id: 'm1' }, { ...a.maatregelen.find((m) => m.soort === 'extern'), id: 'm2' }] } };
  const b = await browser();
  try {
    const page = await open(b.ctx, b.watch, srv.base);
    const id = await importeer(page, klein);
    for (const [slug, velden] of Object.entries(VELDEN)) {
      await naar(page, slug);
      for (const v of velden) await page.fill(`#veld-${v}`, waarde(v));
      for (const v of velden) assert.equal(await page.inputValue(`#veld-${v}`), waarde(v), v);
    }
    await page.waitForFunction((k) => { try { return JSON.parse(localStorage.getItem(k)).aanvraag.raad.griffier.startsWith('raad-griffier'); } catch { return false; } }, sleutel(id));
    await page.reload();
    await page.waitForSelector(KLAAR);

    const gemeenteLetterlijk = `Gemeente ${waarde('gemeente')}`;
    for (const slug of ALLE_PAGINAS) {
      await naar(page, slug);
      assert.equal(await page.locator(`main :is(${GEVAARLIJK})`).count(), 0, slug);
      const main = await page.textContent('main');
      assert.ok(main.includes(gemeenteLetterlijk), `${slug}: gemeente shown literally`);
      for (const v of VELDEN[slug] || []) assert.equal(await page.inputValue(`#veld-${v}`), waarde(v), `${v} after reload`);
      if (slug === 'b') {
        assert.ok((await page.textContent('#veld-maatregelen-m2-kop')).includes(`Externe maatregel 1: ${waarde('maatregelen-m2-naam')}`));
      }
      if (slug === 'd') assert.ok((await page.textContent('#verklaring-college')).includes(HTML_DELEN[0]));
    }
    // Print view (inner HTML built by print.rs): every text literally, bidi controls stripped.
    const afdruk = await page.textContent('#afdrukversie');
    for (const velden of Object.values(VELDEN)) for (const v of velden) assert.ok(afdruk.includes(zonderBidi(waarde(v))), `print view shows ${v}`);
    assert.doesNotMatch(afdruk, /[\u202A-\u202E\u2066-\u2069]/);
    assert.equal(await page.locator(`#afdrukversie :is(${GEVAARLIJK})`).count(), 0);

    // The downloaded print file, opened with scripts on.
    const html = await download(page, () => page.click('#download-afdrukversie'));
    for (const d of HTML_DELEN.slice(0, 3)) assert.ok(!html.includes(d), `print file escapes ${d}`);
    const bestand = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vangnet-afdruk-')), 'afdruk.html');
    fs.writeFileSync(bestand, html);
    const p2 = await b.ctx.newPage();
    b.watch(p2);
    await p2.goto(`file://${bestand}`);
    await p2.waitForTimeout(300);
    assert.equal(await p2.locator(GEVAARLIJK).count(), 0);
    const t2 = await p2.textContent('body');
    for (const velden of Object.values(VELDEN)) for (const v of velden) assert.ok(t2.includes(zonderBidi(waarde(v))), `print file shows ${v}`);
    await p2.close();
    fs.rmSync(path.dirname(bestand), { recursive: true, force: true });

    // The exported JSON gives back exactly what was typed, bidi controls included.
    await naar(page, 'afronden');
    const json = JSON.parse(await download(page, () => page.click('#download-json')));
    const e = json.aanvraag;
    const m1 = e.maatregelen.find((m) => m.id === 'm1');
    const m2 = e.maatregelen.find((m) => m.id === 'm2');
    const terug = {
      gemeente: e.gemeente, a_analyse: e.a_analyse, b_toelichting: e.b_toelichting, b1_toelichting: e.b1_toelichting, b2_toelichting: e.b2_toelichting,
      'maatregelen-m1-naam': m1.naam, 'maatregelen-m1-groep': m1.groep, 'maatregelen-m1-omschrijving': m1.omschrijving,
      'maatregelen-m2-naam': m2.naam, 'maatregelen-m2-groep': m2.groep, 'maatregelen-m2-externe_bron': m2.externe_bron,
      'maatregelen-m2-inzicht': m2.inzicht, 'maatregelen-m2-getroffen_maatregel': m2.getroffen_maatregel, c_effect: e.c_effect,
      'd_college-secretaris': e.d_college.secretaris, 'd_college-burgemeester': e.d_college.burgemeester,
      'raad-voorzitter': e.raad.voorzitter, 'raad-griffier': e.raad.griffier,
    };
    for (const v of Object.values(VELDEN).flat()) assert.equal(terug[v], waarde(v), `export of ${v}`);

    // Read back in: the same strings.
    await page.goto(`${srv.base}#/`);
    await page.waitForSelector('#import-bestand');
    await importeer(page, json);
    await naar(page, 'a');
    assert.equal(await page.inputValue('#veld-a_analyse'), waarde('a_analyse'));
    assert.equal(await page.locator(`main :is(${GEVAARLIJK})`).count(), 0);
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});

test('9. no CSP violation (or any other problem) on any page', { timeout: 60_000 }, async () => {
  const b = await browser();
  try {
    await b.ctx.addInitScript(() => {
      window.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const page = await open(b.ctx, b.watch, srv.base);
    const schendingen = () => page.evaluate(() => window.__csp);
    await page.click('footer a[href="#/toegankelijkheid"]');
    await page.waitForSelector('h1:text("Toegankelijkheid")');
    await page.click('a.kop__naam');
    await page.waitForSelector('#import-bestand');
    await importeer(page, arnhem);
    for (const slug of ALLE_PAGINAS) {
      await naar(page, slug);
      if (slug === 'rekenen') await page.click('#stappen summary');
      if (slug === 'd') await page.click('#controleer-sectie');
      if (slug === 'afronden') await download(page, () => page.click('#download-json'));
      if (slug === 'afdrukken') {
        await page.waitForSelector('#afdrukversie article');
        await download(page, () => page.click('#download-afdrukversie'));
        await page.emulateMedia({ media: 'print' });
        await page.emulateMedia({ media: 'screen' });
      }
      await page.waitForTimeout(50);
      assert.deepEqual(await schendingen(), [], slug);
      assert.deepEqual(b.problems, [], slug);
    }
    await page.goto(`${srv.base}#/`);
    await page.waitForSelector('#concepten');
    assert.deepEqual(await schendingen(), []);
    assert.deepEqual(b.problems, []);

    // The detection itself works: an inline script is blocked and reported.
    await page.evaluate(() => { const s = document.createElement('script'); s.textContent = 'window.__ran = 1'; document.body.append(s); });
    await page.waitForFunction(() => window.__csp.length > 0);
    assert.equal(await page.evaluate(() => window.__ran), undefined);
    assert.ok(b.problems.some((p) => /CSP violation/.test(p)), 'helpers report CSP violations as problems');
  } finally {
    await b.close();
  }
});
