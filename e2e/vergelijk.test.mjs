// End-to-end: compare and merge (issue 15, item 3). The Arnhem 2019 fixture compared with an
// edited copy: take over one whole part and one single field, check, undo, check it is back;
// a file of another gemeente says so and can still be compared on purpose; a broken file gets
// the import's Dutch explanation; a version mark is created, compared with and restored, and
// the marks are bounded. Screenshot of the compare view: e2e/screenshots/10-vergelijken.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { serve } from './server.mjs';
import { browser, open, fixture, DIST, SHOTS } from './helpers.mjs';

let srv;
before(async () => { srv = await serve(DIST); });
after(() => srv.server.close());

const arnhem = fixture('arnhem-2019.json');
const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core, WCAG 2.1 A/AA, on the current state (as in a11y.test.mjs). */
async function axe(page, wat) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE);
  const v = await page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return r.violations.map((x) => `${x.id}: ${x.help} ${x.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
  });
  assert.deepEqual(v, [], `axe violations on ${wat}`);
}
const idVan = (page) => decodeURIComponent(new URL(page.url()).hash.split('/')[2] || '');
const opgeslagen = (page, id) => page.evaluate((k) => JSON.parse(localStorage.getItem(k)).aanvraag, `vangnet.concept.${id}`);
const bestand = (inhoud, name = 'aanvraag.json') => ({ name, mimeType: 'application/json', buffer: Buffer.from(typeof inhoud === 'string' ? inhoud : JSON.stringify(inhoud)) });

/** The colleague's copy: a sentence added to A, a measure renamed, C rewritten. */
function bewerkteKopie() {
  const b = structuredClone(arnhem);
  b.aanvraag.a_analyse += '\n\nAanvulling van de afdeling Financiën.';
  b.aanvraag.maatregelen[1].naam = 'Poortfunctie versterkt';
  b.aanvraag.c_effect = 'Het beoogde effect, herschreven door de afdeling Beleid.';
  return b;
}

async function importeer(page, inhoud) {
  await page.goto(srv.base);
  await page.waitForSelector('body[data-app-klaar="ja"]');
  await page.setInputFiles('#import-bestand', bestand(inhoud));
  await page.waitForSelector('#takenlijst');
  return idVan(page);
}

async function naarVergelijken(page) {
  await page.click('#naar-vergelijken');
  await page.waitForFunction(() => location.hash.endsWith('/vergelijken'));
  await page.waitForSelector('#versie-markeren');
}

/** Waits until the stored draft satisfies `f` (polled from here: the page's CSP forbids eval). */
async function wachtOp(page, id, f, timeout = 5000) {
  const tot = Date.now() + timeout;
  for (;;) {
    try { if (f(await opgeslagen(page, id))) return; } catch { /* not stored yet */ }
    if (Date.now() > tot) throw new Error(`the stored draft never satisfied ${f}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

test('1. compare the fixture with an edited copy: take over part A and field C, confirm, undo', { timeout: 120_000 }, async () => {
  const b = await browser();
  try {
    const page = await open(b.ctx, b.watch, srv.base);
    const kopie = bewerkteKopie();
    const idKopie = await importeer(page, kopie);
    const id = await importeer(page, arnhem);
    assert.notEqual(id, idKopie);
    await naarVergelijken(page);
    await page.selectOption('#ander-concept', idKopie);
    await page.click('#vergelijk-concept');
    await page.waitForSelector('#verschillen-kop');
    // One section per part with differences: A, B (the renamed measure) and C.
    const delen = await page.$$eval('.vergelijk__deel h3', (hs) => hs.map((h) => h.textContent));
    assert.deepEqual(delen, ['A. Analyse van de oorzaken', 'B. Maatregelen', 'C. Beoogd effect en bronnen']);
    const kolommen = await page.$$eval('#verschillen-a thead th', (ths) => ths.map((t) => t.textContent));
    assert.deepEqual(kolommen, ['Overnemen', 'Veld', 'Huidig', 'Ander concept']);
    const maatregel = await page.textContent('#verschillen-b .vergelijk__maatregel');
    assert.match(maatregel, /Maatregel ‘Poortfunctie versterkt’ \(gewijzigd\)/);
    assert.match(maatregel, /Versterken poortfunctie Cluster W&I/);
    await page.screenshot({ path: path.join(SHOTS, '10-vergelijken.png'), fullPage: true });
    // The differences as they first meet the eye, for the note.
    await page.evaluate(() => document.getElementById('verschillen-kop').scrollIntoView());
    await page.screenshot({ path: path.join(SHOTS, '10-vergelijken-verschillen.png') });
    await axe(page, 'the compare view');

    // Choose the whole part A and the single field C; nothing is written yet.
    await page.check('#kies-onderdeel-a');
    assert.equal(await page.isChecked('#kies-veld-a_analyse'), true, 'the part checks its fields');
    await page.check('#kies-veld-c_effect');
    await page.click('#overnemen');
    await page.waitForSelector('#bevestig-kop');
    const lijst = await page.$$eval('#te-wijzigen li', (lis) => lis.map((l) => l.textContent));
    assert.equal(lijst.length, 2, lijst.join('\n'));
    await axe(page, 'the confirmation');
    assert.match(lijst[0], /^A\. Analyse van de oorzaken – Analyse van de oorzaken van het tekort: /);
    assert.match(lijst[1], /^C\. Beoogd effect en bronnen – Beoogd effect van de genoemde maatregelen: .* → Het beoogde effect, herschreven/);
    await page.waitForTimeout(600);
    let a = await opgeslagen(page, id);
    assert.equal(a.a_analyse, arnhem.aanvraag.a_analyse, 'nothing changes before the confirmation');
    assert.equal(a.c_effect, arnhem.aanvraag.c_effect);

    await page.click('#bevestig-overnemen');
    await page.waitForSelector('#ongedaan-maken');
    assert.match(await page.textContent('#melding'), /2 wijzigingen overgenomen uit het concept ‘Arnhem 2019’/);
    await wachtOp(page, id, (a) => a.c_effect.startsWith('Het beoogde effect, herschreven'));
    a = await opgeslagen(page, id);
    assert.equal(a.a_analyse, kopie.aanvraag.a_analyse);
    assert.equal(a.c_effect, kopie.aanvraag.c_effect);
    assert.equal(a.maatregelen[1].naam, arnhem.aanvraag.maatregelen[1].naam, 'part B was not chosen');
    // What is left to compare: only part B.
    assert.deepEqual(await page.$$eval('.vergelijk__deel h3', (hs) => hs.map((h) => h.textContent)), ['B. Maatregelen']);

    // Undo: back to the state before the merge.
    await page.click('#ongedaan-maken');
    await wachtOp(page, id, (a) => !a.c_effect.startsWith('Het beoogde effect, herschreven'));
    a = await opgeslagen(page, id);
    assert.equal(a.a_analyse, arnhem.aanvraag.a_analyse);
    assert.equal(a.c_effect, arnhem.aanvraag.c_effect);
    assert.match(await page.textContent('#melding'), /ongedaan gemaakt/);
    assert.equal(await page.$('#ongedaan-maken'), null);
    assert.equal((await page.$$('.vergelijk__deel')).length, 3);
    // The page is reached from Afronden too.
    await page.goto(`${srv.base}#/concept/${id}/afronden`);
    await page.waitForSelector('#download-json');
    await naarVergelijken(page);
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});

test('2. another gemeente says so and can still be compared; a broken file is explained and changes nothing', { timeout: 60_000 }, async () => {
  const b = await browser();
  try {
    const page = await open(b.ctx, b.watch, srv.base);
    const id = await importeer(page, arnhem);
    await naarVergelijken(page);
    await page.setInputFiles('#vergelijk-bestand', bestand('{"formaat": "vangnetuitkering-aanvraag", "schema_version": 1, "aanv', 'kapot.json'));
    await page.waitForSelector('#vergelijk-fout');
    const fout = await page.textContent('#vergelijk-fout');
    assert.match(fout, /Het bestand is geen geldige JSON/);
    assert.match(fout, /Er is niets veranderd/);
    assert.equal(await page.$('#verschillen-kop'), null);

    const zevenaar = structuredClone(arnhem);
    zevenaar.aanvraag.gemeente = 'Zevenaar';
    zevenaar.aanvraag.financien.tekortjaar = 2018;
    await page.setInputFiles('#vergelijk-bestand', bestand(zevenaar, 'zevenaar.json'));
    await page.waitForSelector('#andere-herkomst');
    assert.equal(await page.$('#vergelijk-fout'), null);
    assert.match(await page.textContent('#andere-herkomst'),
      /Dit bestand is van gemeente Zevenaar, tekortjaar 2018; uw concept is van gemeente Arnhem, tekortjaar 2019\./);
    assert.equal(await page.$('#verschillen-kop'), null, 'no comparison before the deliberate choice');
    await axe(page, 'the other-gemeente warning');
    await page.click('#toch-vergelijken');
    await page.waitForSelector('#verschillen-kop');
    assert.match(await page.textContent('#herkomst-let-op'), /gemeente Zevenaar/);
    const rekenen = await page.textContent('#verschillen-rekenen');
    assert.match(rekenen, /Naam van de gemeente/);
    assert.match(rekenen, /Zevenaar/);
    await page.waitForTimeout(600);
    assert.equal((await opgeslagen(page, id)).gemeente, 'Arnhem');
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});

test('3. a version mark: created, edited after, compared with, restored, undone; at most 20', { timeout: 180_000 }, async () => {
  const b = await browser();
  try {
    const page = await open(b.ctx, b.watch, srv.base);
    const id = await importeer(page, arnhem);
    await naarVergelijken(page);
    assert.match(await page.inputValue('#versie-naam'), /^Versie van \d\d-\d\d-\d{4}$/);
    await page.fill('#versie-naam', 'Versie voor het college');
    await page.click('#versie-markeren');
    await page.waitForSelector('#versies');
    assert.match(await page.textContent('#versies tbody tr'), /Versie voor het college/);
    await wachtOp(page, id, (a) => a.versies && a.versies.length === 1);
    let a = await opgeslagen(page, id);
    assert.equal(a.versies[0].naam, 'Versie voor het college');
    assert.equal(a.versies[0].aanvraag.versies, undefined, 'a snapshot holds no marks');

    // Edit after the mark.
    await page.click('nav.secties a[href$="/a"]');
    await page.waitForSelector('#veld-a_analyse');
    await page.fill('#veld-a_analyse', 'Een heel andere analyse.');
    await wachtOp(page, id, (a) => a.a_analyse === 'Een heel andere analyse.');
    await page.click('nav.secties a[href$="/overzicht"]');
    await page.waitForSelector('#takenlijst');
    await naarVergelijken(page);

    // Compare with the mark.
    await page.click('#versies .versie-vergelijken');
    await page.waitForSelector('#verschillen-kop');
    assert.match(await page.textContent('#verschillen-kop'), /Verschillen met versie ‘Versie voor het college’/);
    assert.deepEqual(await page.$$eval('.vergelijk__deel h3', (hs) => hs.map((h) => h.textContent)), ['A. Analyse van de oorzaken']);
    const rij = await page.textContent('#verschillen-a tbody tr');
    assert.match(rij, /Een heel andere analyse\./);

    // Restore: merge everything, after confirmation; the marks stay.
    await page.click('#versies .versie-herstellen');
    await page.waitForSelector('#bevestig-kop');
    assert.equal((await page.$$('#te-wijzigen li')).length, 1);
    await page.click('#bevestig-overnemen');
    await wachtOp(page, id, (a) => a.a_analyse !== 'Een heel andere analyse.');
    a = await opgeslagen(page, id);
    assert.equal(a.a_analyse, arnhem.aanvraag.a_analyse);
    assert.equal(a.versies.length, 1);
    assert.match(await page.textContent('#geen-verschillen'), /geen verschillen/);
    // And the restore can be undone.
    await page.click('#ongedaan-maken');
    await wachtOp(page, id, (a) => a.a_analyse === 'Een heel andere analyse.');

    // The marks travel in the exported file.
    await page.goto(`${srv.base}#/concept/${id}/afronden`);
    await page.waitForSelector('#download-json');
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);
    const json = JSON.parse(await (await import('node:fs')).promises.readFile(await dl.path(), 'utf8'));
    assert.equal(json.aanvraag.versies[0].naam, 'Versie voor het college');
    assert.equal(json.aanvraag.versies[0].aanvraag.a_analyse, arnhem.aanvraag.a_analyse);

    // Bounded: the 21st mark is refused with a message that says what to do.
    await naarVergelijken(page);
    for (let i = 2; i <= 20; i++) {
      await page.fill('#versie-naam', `Versie ${i}`);
      await page.click('#versie-markeren');
      await page.waitForFunction((n) => document.querySelectorAll('#versies tbody tr').length === n, i);
    }
    await page.fill('#versie-naam', 'Een te veel');
    await page.click('#versie-markeren');
    await page.waitForSelector('#versie-fout');
    assert.match(await page.textContent('#versie-fout'), /U bewaart al 20 versies, het maximum\. Verwijder eerst een oudere versie/);
    assert.equal(await page.getAttribute('#versie-naam', 'aria-invalid'), 'true');
    assert.equal(await page.getAttribute('#versie-naam', 'aria-describedby'), 'versie-fout');
    await axe(page, 'the full list of marks');
    // Delete the oldest (after a confirmation); then marking works again.
    await page.click('#versies tbody tr:first-child .versie-verwijderen');
    await page.click('#bevestig-versie-verwijderen');
    await page.waitForFunction(() => document.querySelectorAll('#versies tbody tr').length === 19);
    await page.click('#versie-markeren');
    await page.waitForFunction(() => document.querySelectorAll('#versies tbody tr').length === 20);
    await wachtOp(page, id, (a) => a.versies.length === 20 && a.versies[0].naam === 'Versie 2' && a.versies[19].naam === 'Een te veel');
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});
