// End-to-end: the calendar of issue 15 (rulebook §9). A new draft defaults to the tekortjaar
// whose deadline has not passed, by the browser's date; Rekenen warns when the deadline falls on
// a weekend and shows what follows after submission; the unverified 2,5% eigen risico scenario
// is a labelled switch that changes the result and shows in the print view. Headless Chromium
// against dist/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { serve } from './server.mjs';
import { browser, open, DIST, SHOTS } from './helpers.mjs';

let srv;
before(async () => { srv = await serve(DIST); });
after(() => srv.server.close());

async function naar(page, slug) {
  if (slug === 'afdrukken') await page.click('#naar-afdrukversie');
  else await page.click(`nav.secties a[href$="/${slug}"]`);
  await page.waitForFunction((s) => location.hash.endsWith(`/${s}`), slug);
  await page.waitForSelector('#pagina-kop');
}

test('a new draft defaults to the tekortjaar whose deadline has not passed', { timeout: 60_000 }, async () => {
  const b = await browser();
  try {
    // 15-08-2026 is the last day for 2025: still 2025.
    await b.ctx.clock.setFixedTime(new Date('2026-08-15T10:00:00'));
    const page = await open(b.ctx, b.watch, srv.base);
    assert.equal(await page.inputValue('#nieuw-jaar'), '2025');
    // The day after, and on 1 December 2026 (issue 15): 2026.
    await b.ctx.clock.setFixedTime(new Date('2026-08-16T10:00:00'));
    await page.reload();
    await page.waitForSelector('body[data-app-klaar="ja"]');
    assert.equal(await page.inputValue('#nieuw-jaar'), '2026');
    await b.ctx.clock.setFixedTime(new Date('2026-12-01T10:00:00'));
    await page.reload();
    await page.waitForSelector('body[data-app-klaar="ja"]');
    assert.equal(await page.inputValue('#nieuw-jaar'), '2026');
    await page.click('#nieuw-concept');
    await page.waitForSelector('#takenlijst');
    assert.match(await page.textContent('.kop-context'), /Tekortjaar 2026/);
    await naar(page, 'rekenen');
    assert.equal(await page.inputValue('#veld-financien-tekortjaar'), '2026');
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});

test('Rekenen: weekend warning, the timeline after submission, and the 2,5% scenario', { timeout: 180_000 }, async () => {
  const b = await browser();
  try {
    await b.ctx.clock.setFixedTime(new Date('2026-12-01T10:00:00'));
    const page = await open(b.ctx, b.watch, srv.base);
    await page.click('#nieuw-concept');
    await page.waitForSelector('#takenlijst');
    await naar(page, 'rekenen');
    // 15-08-2027 is a Sunday; the date does not move (rulebook §9).
    assert.match(await page.textContent('#uiterste-datum'), /15-08-2027 \(nog 257 dagen\)/);
    assert.match(await page.textContent('#weekend-advies'), /De termijn eindigt op zondag 15-08-2027; dien uiterlijk vrijdag 13-08-2027 in\./);
    assert.match(await page.textContent('#weekend-advies'), /afgeleid/);
    const tijdlijn = await page.locator('#na-indienen li').allTextContents();
    assert.deepEqual(tijdlijn.map((t) => t.split(':')[0]), ['uiterlijk 31-10-2027', 'uiterlijk 31-12-2027', 'eerste kwartaal 2028']);

    await page.fill('#veld-gemeente', 'Voorbeeld');
    await page.check('#verleend_vorig_jaar-nee');
    await page.check('#verleend_twee_jaar_terug-nee');
    // 4% in 2026 (above 2,5%, below 5%); 6% in 2025 and 2024: the uitgebreid track's look-back is met.
    const lasten = { 2026: '104.000.000', 2025: '106.000.000', 2024: '106.000.000', 2023: '101.000.000' };
    for (const [j, l] of Object.entries(lasten)) {
      await page.fill(`#veld-financien-${j}-lasten`, l);
      await page.fill(`#veld-financien-${j}-baten`, '0');
      await page.fill(`#veld-financien-${j}-fout_onzeker`, '0');
      await page.fill(`#veld-financien-${j}-budget`, '100.000.000');
    }
    await page.locator('#veld-financien-2023-budget').blur();
    assert.equal(await page.textContent('#uitkomst-hoofd'), 'Geen recht op een vangnetuitkering');

    // The switch: off by default, labelled, described, and keyboard-operable.
    const schakel = page.locator('#veld-scenario_eigen_risico');
    assert.equal(await schakel.isChecked(), false);
    assert.match(await page.getByLabel('Rekenen met het scenario 2,5% eigen risico (niet geverifieerd)').getAttribute('id'), /scenario/);
    const hint = await schakel.getAttribute('aria-describedby');
    assert.match(await page.textContent(`#${hint}`), /niet gepubliceerd/);
    await schakel.focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(() => /^Scenario/.test(document.querySelector('#uitkomst-hoofd')?.textContent ?? ''));
    assert.equal(await page.textContent('#uitkomst-hoofd'), 'Scenario 2,5% eigen risico (niet geverifieerd): recht op een vangnetuitkering van € 750.000');
    assert.match(await page.textContent('#voorlopig'), /Scenario 2,5% eigen risico \(niet geverifieerd\): het uitgebreide vangnet is berekend met een eigen risico van 2,5%/);
    await page.locator('#uitkomsten').screenshot({ path: path.join(SHOTS, 'kalender-scenario-rekenen.png') });

    // The print view's internal appendix says it is a scenario.
    await naar(page, 'afronden');
    await naar(page, 'afdrukken');
    await page.waitForSelector('#afdrukversie article');
    assert.match(await page.textContent('#afdrukversie .scenario'), /Scenario 2,5% eigen risico \(niet geverifieerd\)/);
    assert.match(await page.textContent('#afdrukversie'), /Vangnetuitkering: € 750\.000 \(volgens het uitgebreid vangnet[^)]*\)\) — scenario 2,5% eigen risico, niet geverifieerd/);
    assert.match(await page.textContent('#afdrukversie'), /dien uiterlijk vrijdag 13-08-2027 in/);
    assert.match(await page.textContent('#afdrukversie .na-indienen'), /uiterlijk 31-10-2027/);

    // Off again: the result and the print view are back to the rules.
    await page.goBack();
    await naar(page, 'rekenen');
    await page.uncheck('#veld-scenario_eigen_risico');
    assert.equal(await page.textContent('#uitkomst-hoofd'), 'Geen recht op een vangnetuitkering');
    await naar(page, 'afronden');
    await naar(page, 'afdrukken');
    await page.waitForSelector('#afdrukversie article');
    assert.equal(await page.locator('#afdrukversie .scenario').count(), 0);
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});
