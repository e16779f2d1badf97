// "Volgend jaar voorbereiden" (issue 15) in a real browser: Arnhem 2019 → a 2020 draft with
// shifted figures, the measures carried over as voortgezet, A–C marked te herzien, the
// predecessor on the task list; a realised effect entered (a non-number gets the field's Dutch
// message) and printed in the print view's appendix. Headless Chromium against dist/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { serve } from './server.mjs';
import { browser, open, fixture, DIST, SHOTS } from './helpers.mjs';

let srv;
before(async () => { srv = await serve(DIST); });
after(() => srv.server.close());

const WACHT = 10_000;
const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** axe-core, WCAG 2.1 A/AA, as in a11y.test.mjs: no violation on the current view. */
async function axe(page, wat) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE);
  const v = await page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return r.violations.map((x) => `${x.id}: ${x.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
  assert.deepEqual(v, [], `axe violations on ${wat}`);
}
const idVan = (page) => decodeURIComponent(new URL(page.url()).hash.split('/')[2] || '');
async function naar(page, slug) {
  await page.click(`nav.secties a[href$="/${slug}"]`, { timeout: WACHT });
  await page.waitForFunction((s) => location.hash.endsWith(`/${s}`) && document.activeElement?.id === 'pagina-kop', slug, { timeout: WACHT });
}

test('Arnhem 2019 → Volgend jaar voorbereiden → a 2020 draft; a realised effect entered and printed', { timeout: 120_000 }, async () => {
  const b = await browser();
  try {
    const page = await open(b.ctx, b.watch, srv.base);
    const f = fixture('arnhem-2019.json');
    await page.setInputFiles('#import-bestand', { name: 'arnhem.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(f)) });
    await page.waitForSelector('#takenlijst');
    const bronId = idVan(page);

    // From the task list to the next-year page; record the outcome of 2019.
    await page.click('#volgend-jaar');
    await page.waitForSelector('#maak-volgend-jaar');
    assert.match(await page.textContent('#maak-volgend-jaar'), /Concept voor 2020 maken/);
    await axe(page, 'Volgend jaar voorbereiden');
    await page.check('#afloop-toegekend');
    await page.fill('#veld-vorig_concept-bedrag', '1.250.000');
    await page.press('#veld-vorig_concept-bedrag', 'Tab');
    await page.fill('#veld-vorig_concept-datum_beschikking', '15');
    await page.fill('#veld-vorig_concept-datum_beschikking-maand', '12');
    await page.fill('#veld-vorig_concept-datum_beschikking-jaar', '2020');
    await page.press('#veld-vorig_concept-datum_beschikking-jaar', 'Tab');
    await page.click('#maak-volgend-jaar');
    await page.waitForFunction((id) => location.hash.includes('/overzicht') && !location.hash.includes(id), bronId, { timeout: WACHT });
    await page.waitForSelector('#vorig-concept');
    const nieuwId = idVan(page);
    assert.notEqual(nieuwId, bronId);

    // The task list: tekortjaar 2020, the predecessor (a link back, its outcome).
    assert.match(await page.textContent('.kop-context'), /Gemeente Arnhem · Tekortjaar 2020 · uitgebreid verzoek/);
    const vorig = await page.textContent('#vorig-concept');
    assert.match(vorig, /Voorbereid uit het concept Arnhem, tekortjaar 2019\./);
    assert.match(vorig, /toegekend, € 1\.250\.000/);
    assert.equal(await page.getAttribute('#vorig-concept a', 'href'), `#/concept/${bronId}/overzicht`);
    await page.screenshot({ path: path.join(SHOTS, 'volgend-jaar-takenlijst.png'), fullPage: true });
    await axe(page, 'the next-year task list');

    // Shifted figures: 2019 is now t−1, 2020 is empty; granted over 2019 → Ja.
    await naar(page, 'rekenen');
    assert.equal(await page.inputValue('#veld-financien-2019-lasten'), '111.398.000');
    assert.equal(await page.inputValue('#veld-financien-2020-lasten'), '');
    assert.ok(await page.isChecked('#verleend_vorig_jaar-ja'), 'granted over 2019');
    assert.ok(await page.isChecked('#verleend_twee_jaar_terug-ja'), 'the 2018 grant is now t−2');

    // A–C carried over, marked te herzien until edited.
    await naar(page, 'a');
    const markering = '#veld-a_analyse-markering';
    assert.match(await page.textContent(markering), /Te herzien: deze tekst komt uit de aanvraag over 2019/);
    assert.match(await page.getAttribute('#veld-a_analyse', 'aria-describedby'), /veld-a_analyse-markering/);
    await axe(page, 'A with the te-herzien note');
    assert.ok((await page.inputValue('#veld-a_analyse')).startsWith('Arnhem kent sinds de invoering'));
    await page.focus('#veld-a_analyse');
    await page.keyboard.press('End');
    await page.keyboard.type(' Bijgewerkt voor 2020.');
    await page.waitForSelector(markering, { state: 'detached', timeout: WACHT });

    // Measures carried over, marked voortgezet with their first year.
    await naar(page, 'b');
    assert.equal(await page.locator('.label-voortgezet').count(), f.aanvraag.maatregelen.length);
    assert.equal(await page.textContent('#veld-maatregelen-m1-voortgezet'), 'Voortgezet, sinds 2019');
    await axe(page, 'B with carried-over measures');

    // A realised effect that is not a number: the field's Dutch message, tied to the control.
    const gerealiseerd = '#veld-maatregelen-m1-resultaat-gerealiseerd_minder_uitkeringen';
    await page.fill(gerealiseerd, 'veel');
    await page.press(gerealiseerd, 'Tab');
    await page.waitForSelector(`${gerealiseerd}-fout`, { timeout: WACHT });
    assert.match(await page.textContent(`${gerealiseerd}-fout`), /Het gerealiseerde effect moet een aantal zijn/);
    assert.equal(await page.getAttribute(gerealiseerd, 'aria-invalid'), 'true');
    assert.match(await page.getAttribute(gerealiseerd, 'aria-describedby'), /-fout/);
    assert.equal(await page.inputValue(gerealiseerd), 'veel', 'the typed text stays');
    await page.fill(gerealiseerd, '32');
    await page.press(gerealiseerd, 'Tab');
    await page.waitForSelector(`${gerealiseerd}-fout`, { state: 'detached', timeout: WACHT });
    await page.fill('#veld-maatregelen-m1-resultaat-gerealiseerd_besparing', '480.000');
    await page.press('#veld-maatregelen-m1-resultaat-gerealiseerd_besparing', 'Tab');
    await page.fill('#veld-maatregelen-m1-resultaat-evaluatie', 'Minder dan beoogd door de instroom.');
    await page.press('#veld-maatregelen-m1-resultaat-evaluatie', 'Tab');

    // Controleren warns that every measure is only continued.
    await naar(page, 'controleren');
    assert.match(await page.textContent('body'), /alle maatregelen zijn voortgezet/);

    // Inzicht shows the table; the print view's appendix prints it.
    await naar(page, 'analyse');
    const rij = await page.locator('#resultaat-tabel tbody tr').first().evaluate((tr) => [...tr.children].map((c) => c.textContent));
    assert.deepEqual(rij.slice(0, 2).concat(rij.slice(3, 4), rij.slice(5, 7)), ['Bemiddelen aan de poort', '2019', '32', '€ 480.000', 'Minder dan beoogd door de instroom.']);
    await naar(page, 'afronden');
    await page.click('#naar-afdrukversie');
    await page.waitForSelector('#afdrukversie article');
    const bijlage = await page.textContent('#afdrukversie .analyse-resultaat');
    assert.match(bijlage, /Wat de maatregelen bereikten/);
    assert.match(bijlage, /Bemiddelen aan de poort/);
    assert.match(bijlage, /€ 480\.000/);
    assert.match(bijlage, /Minder dan beoogd door de instroom\./);

    // Both drafts are in this browser; each row has its small "Volgend jaar voorbereiden" link.
    await page.goto(`${srv.base}#/`);
    await page.waitForSelector('#concepten');
    assert.equal(await page.locator('#concepten a[href$="/volgend-jaar"]').count(), 2);
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});
