// Insight page (issue 7) in a real browser: the chart for a known draft, its table alternative,
// what-if through the rule engine, and the AEF ambition table entered through the UI.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from './server.mjs';
import { browser, open, fixture, DIST, SHOTS } from './helpers.mjs';

let srv;
before(async () => { srv = await serve(DIST); });
after(() => srv.server.close());

// Arnhem 2019 plus eight history years (2009–2016) for the gemeente and the country.
function bekendConcept() {
  const f = fixture('arnhem-2019.json');
  const gemeente = ['0.02', '0.03', '0.01', '0.04', '0.05', '0.06', '0.11', '0.12'];
  const land = ['0.01', '0.02', '0.03', '0.05', '0.04', '0.03', '0.02', '0.06'];
  f.aanvraag.historie = gemeente.map((g, i) => ({ jaar: 2016 - i, percentage_gemeente: g, percentage_landelijk: land[i] }));
  const pad = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vangnet-an-')), 'concept.json');
  fs.writeFileSync(pad, JSON.stringify(f));
  return pad;
}

async function naarAnalyse(page) {
  await page.click('nav.secties a[href$="/analyse"]');
  await page.waitForSelector('#verloop-kop');
}

test('chart: right number of points and threshold lines; the table holds the same numbers', { timeout: 90_000 }, async () => {
  const b = await browser();
  try {
    const page = await open(b.ctx, b.watch, srv.base);
    await page.setInputFiles('#import-bestand', bekendConcept());
    await page.waitForSelector('#takenlijst');
    await naarAnalyse(page);
    await page.waitForSelector('#grafiek svg');
    // 8 history years + 3 computed by the rules (2017–2019) for the gemeente; 8 national.
    assert.equal(await page.locator('#grafiek .punt--gemeente').count(), 11);
    assert.equal(await page.locator('#grafiek .punt--landelijk').count(), 8);
    // Thresholds exist from 2015: 2015–2019 = 5 years, one entry and one band segment each.
    assert.equal(await page.locator('#grafiek .drempel--toegang').count(), 5);
    assert.equal(await page.locator('#grafiek .drempel--band').count(), 5);
    assert.equal(await page.getAttribute('#grafiek svg', 'role'), 'img');
    assert.match(await page.textContent('#grafiek svg title'), /Arnhem|tekort/i);
    // The table alternative: same years and numbers as the chart's point titles.
    await page.click('.grafiek-tabel summary');
    const rijen = await page.locator('#grafiek-tabel tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    assert.equal(rijen.length, 11);
    const r2019 = rijen.find((r) => r[0] === '2019');
    assert.match(r2019[1], /^9,0%/);
    const r2012 = rijen.find((r) => r[0] === '2012');
    assert.deepEqual(r2012.slice(1, 3), ['5,0%', '4,0%']);
    const puntTitels = await page.locator('#grafiek .punt--gemeente').evaluateAll((ps) => ps.map((p) => (p.querySelector('title') || p.parentElement.querySelector('title'))?.textContent || ''));
    for (const r of rijen) {
      const waarde = r[1].replace(/ \(berekend\)$/, '');
      assert.ok(puntTitels.some((t) => t.includes(r[0]) && t.includes(waarde)), `chart point for ${r[0]} shows ${waarde}`);
    }
    await page.screenshot({ path: path.join(SHOTS, '08-inzicht.png'), fullPage: true });
    // At 320 px the chart scales and its table scrolls in its own box, not the page.
    await page.setViewportSize({ width: 320, height: 640 });
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), 'no horizontal page scroll at 320 px');
    await page.screenshot({ path: path.join(SHOTS, '320-inzicht.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    // The print view carries the chart too.
    await page.click('nav.secties a[href$="/afronden"]');
    await page.click('#naar-afdrukversie');
    await page.waitForSelector('#afdrukversie article');
    assert.equal(await page.locator('#afdrukversie svg .punt--gemeente').count(), 11);
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});

test('what-if agrees with Rekenen; the AEF example through the UI', { timeout: 90_000 }, async () => {
  const b = await browser();
  try {
    const page = await open(b.ctx, b.watch, srv.base);
    await page.setInputFiles('#import-bestand', bekendConcept());
    await page.waitForSelector('#takenlijst');
    await naarAnalyse(page);
    // Arnhem: tekort € 9.198.000 on € 102.200.000; 7,5% is € 7.665.000, so € 1.533.000 lower ends the right.
    assert.match(await page.textContent('#wat-als-grenzen'), /€ 1\.533\.000/);
    await page.fill('#veld-wat_als-verlaging', '1.533.000');
    await page.waitForSelector('#wat-als-uitkomst');
    assert.match(await page.textContent('#wat-als-uitkomst'), /€ 0 \(geen recht\), nu € 766\.500 \(recht\)/);
    await page.fill('#veld-wat_als-verlaging', '1.532.999');
    assert.match(await page.textContent('#wat-als-uitkomst'), /€ 1 \(recht\)/);

    // AEF Bijlage B: start 7.700, 500 extra over 4 years from 2018, trends as in the report.
    await page.check('#ambitie-aan');
    await page.fill('#veld-ambitie-startjaar', '2018');
    await page.locator('#veld-ambitie-startjaar').blur();
    await page.fill('#veld-ambitie-aantal_jaren', '4');
    await page.locator('#veld-ambitie-aantal_jaren').blur();
    await page.fill('#veld-ambitie-startaantal', '7.700');
    await page.fill('#veld-ambitie-extra_daling', '500');
    const trends = { 2018: ['-2,4', '-2,8', '7.350'], 2019: ['-2,0', '-1,5', '7.150'], 2020: ['0,8', '0,3', '7.070'], 2021: ['2,5', '2,7', '6.970'] };
    for (const [jaar, [prognose, realisatie, aantal]] of Object.entries(trends)) {
      await page.fill(`#veld-ambitie-${jaar}-prognose`, prognose);
      await page.fill(`#veld-ambitie-${jaar}-realisatie`, realisatie);
      await page.fill(`#veld-ambitie-${jaar}-aantal`, aantal);
    }
    await page.locator('#veld-ambitie-2021-aantal').blur();
    const tabel = await page.locator('#ambitie-tabel tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    const rij = (j) => tabel.find((r) => r[0].startsWith(j));
    assert.equal(rij('2019')[2], '-365');
    assert.equal(rij('2020')[2], '-269');
    assert.equal(rij('2021')[2], '-121');
    assert.equal(rij('Achteraf')[3], '-606');
    // Saved with the draft.
    await page.reload();
    await page.waitForSelector('#ambitie-tabel');
    assert.equal((await page.locator('#ambitie-tabel tbody tr').count()), 5);
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});

test('effect of measures: yearly rate and a split per calendar year, totals against tekort', { timeout: 90_000 }, async () => {
  const b = await browser();
  try {
    const page = await open(b.ctx, b.watch, srv.base);
    await page.setInputFiles('#import-bestand', bekendConcept());
    await page.waitForSelector('#takenlijst');
    await naarAnalyse(page);
    await page.fill('#veld-effect_instellingen-kosten_per_uitkering', '20.000');
    // m1: 5 fewer uitkeringen a year (undivided); m11: split over 2020 and 2021.
    await page.fill('#veld-maatregelen-m1-effect-minder_uitkeringen', '5');
    await page.click('#veld-effect-m11-jaar-toevoegen');
    await page.waitForFunction(() => document.activeElement.id === 'veld-effect_jaren-m11-2020-minder_uitkeringen');
    await page.keyboard.insertText('10');
    await page.click('#veld-effect-m11-jaar-toevoegen');
    await page.waitForFunction(() => document.activeElement.id === 'veld-effect_jaren-m11-2021-minder_uitkeringen');
    await page.keyboard.insertText('20');
    await page.locator('#veld-effect_jaren-m11-2021-minder_uitkeringen').blur();
    const rijen = await page.locator('#effect-totalen tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    assert.deepEqual(rijen.map((r) => r.slice(0, 3)), [
      ['Per jaar', '5', '€ 100.000'],
      ['2020', '10', '€ 200.000'],
      ['2021', '20', '€ 400.000'],
      ['Totaal', '35', '€ 700.000'],
    ]);
    // € 700.000 of the € 9.198.000 tekort.
    assert.equal(rijen[3][3], '7,6%');
    // Saved and exported with the draft.
    await page.reload();
    await page.waitForSelector('#effect-totalen');
    assert.equal(await page.locator('#effect-totalen tbody tr').count(), 4);
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});
