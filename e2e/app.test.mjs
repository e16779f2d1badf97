// End-to-end: the whole Arnhem 2019 application (seed 000) through the UI, in headless Chromium
// against the release dist/ served on 127.0.0.1.
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

const arnhem = fixture('arnhem-2019.json').aanvraag;
const HANDTEKENINGEN = {
  d_college: { datum: '2020-06-23', secretaris: 'M. de Secretaris', burgemeester: 'A. Marcouch' },
  raad: { datum: '2020-07-06', voorzitter: 'A. Marcouch', griffier: 'G. de Griffier' },
};
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vangnet-dl-'));

async function naar(page, slug) {
  await page.click(`nav.secties a[href$="/${slug}"]`);
  await page.waitForSelector('#pagina-kop');
}
async function datum(page, veld, iso) {
  const [j, m, d] = iso.split('-');
  await page.fill(`#veld-${veld}`, String(Number(d)));
  await page.fill(`#veld-${veld}-maand`, String(Number(m)));
  await page.fill(`#veld-${veld}-jaar`, j);
  await page.locator(`#veld-${veld}-jaar`).blur();
}
const bedrag = (s) => Number(s).toLocaleString('nl-NL');

test('Arnhem 2019: fill in, results, reload, checks, export, print, import, sub-path', { timeout: 300_000 }, async () => {
  const b = await browser();
  try {
    // The app reads "today" for the deadline: pretend it is July 2020, before 15-08-2020.
    await b.ctx.clock.setFixedTime(new Date('2020-07-10T10:00:00'));
    const page = await open(b.ctx, b.watch, srv.base);
    assert.match(await page.title(), /Concepten/);
    await page.screenshot({ path: path.join(SHOTS, '01-start.png'), fullPage: true });
    await page.selectOption('#nieuw-jaar', '2019');
    await page.click('#nieuw-concept');
    await page.waitForSelector('#takenlijst');

    // Rekenen.
    await naar(page, 'rekenen');
    assert.match(await page.title(), /^Stap 1 van 8: Rekenen/);
    await page.fill('#veld-gemeente', arnhem.gemeente);
    await page.check('#verleend_vorig_jaar-ja');
    await page.check('#verleend_twee_jaar_terug-ja');
    for (const j of arnhem.financien.jaren) {
      for (const f of ['lasten', 'baten', 'fout_onzeker', 'budget']) {
        await page.fill(`#veld-financien-${j.jaar}-${f}`, bedrag(j[f]));
      }
    }
    await page.locator('#veld-financien-2017-budget').blur();
    const hoofd = await page.textContent('#uitkomst-hoofd');
    assert.equal(hoofd, 'Recht op een vangnetuitkering van € 766.500');
    const jaren = await page.textContent('#tabel-jaren');
    assert.match(jaren, /€ 9\.198\.000/);
    assert.match(jaren, /9,00%/);
    assert.match(await page.textContent('#formulierversie'), /uitgebreid verzoek/);
    assert.match(await page.textContent('#uiterste-datum'), /15-08-2020 \(nog 36 dagen\)/);
    // A Dutch spelling error shows at the field after leaving it, and the text is kept.
    await page.fill('#veld-financien-2019-baten', '1.23.4');
    await page.locator('#veld-financien-2019-baten').blur();
    assert.match(await page.textContent('#veld-financien-2019-baten-fout'), /punten staan niet op de goede plek/);
    assert.equal(await page.inputValue('#veld-financien-2019-baten'), '1.23.4');
    assert.match(await page.textContent('#uitkomst-hoofd'), /Nog niet te bepalen/);
    await page.fill('#veld-financien-2019-baten', '0');
    await page.locator('#veld-financien-2019-baten').blur();
    assert.equal(await page.textContent('#uitkomst-hoofd'), 'Recht op een vangnetuitkering van € 766.500');
    await page.screenshot({ path: path.join(SHOTS, '02-rekenen.png'), fullPage: true });

    // A, B (B1/B2 with every measure), C.
    await naar(page, 'a');
    await page.fill('#veld-a_analyse', arnhem.a_analyse);
    await naar(page, 'b');
    await page.fill('#veld-b_toelichting', arnhem.b_toelichting);
    await page.fill('#veld-b1_toelichting', arnhem.b1_toelichting);
    await page.fill('#veld-b2_toelichting', arnhem.b2_toelichting);
    for (const m of arnhem.maatregelen) {
      await page.click(m.soort === 'extern' ? '#voeg-extern-toe' : '#voeg-intern-toe');
      const v = (f) => `#veld-maatregelen-${m.id}-${f}`;
      await page.waitForSelector(v('naam'));
      // Focus moves to the new measure's name.
      await page.waitForFunction((id) => document.activeElement.id === id, `veld-maatregelen-${m.id}-naam`);
      await page.fill(v('naam'), m.naam);
      await page.fill(v('groep'), m.groep);
      if (m.soort === 'extern') {
        await page.fill(v('externe_bron'), m.externe_bron);
        await page.fill(v('inzicht'), m.inzicht);
        await page.fill(v('getroffen_maatregel'), m.getroffen_maatregel);
      } else {
        await page.fill(v('omschrijving'), m.omschrijving);
      }
    }
    await page.screenshot({ path: path.join(SHOTS, '03-b.png') });
    await naar(page, 'c');
    await page.fill('#veld-c_effect', arnhem.c_effect);
    for (const [i, bron] of arnhem.bronnen.entries()) {
      await page.click('#bron-toevoegen');
      await page.waitForFunction((id) => document.activeElement.id === id, `veld-bronnen-${i}-titel`);
      for (const f of ['titel', 'auteur', 'datum']) await page.fill(`#veld-bronnen-${i}-${f}`, bron[f]);
    }

    // The error summary: D is still empty.
    await naar(page, 'd');
    await page.click('#controleer-sectie');
    await page.waitForSelector('#fout-samenvatting');
    await page.waitForFunction(() => document.activeElement.id === 'fout-samenvatting');
    assert.match(await page.title(), /^Fout: Stap 5 van 8/);
    await page.click('#fout-samenvatting a >> text=secretaris');
    await page.waitForFunction(() => document.activeElement.id === 'veld-d_college-secretaris');
    await page.screenshot({ path: path.join(SHOTS, '04-d-fouten.png'), fullPage: true });
    await datum(page, 'd_college-datum', HANDTEKENINGEN.d_college.datum);
    await page.fill('#veld-d_college-secretaris', HANDTEKENINGEN.d_college.secretaris);
    await page.fill('#veld-d_college-burgemeester', HANDTEKENINGEN.d_college.burgemeester);
    assert.match(await page.textContent('#verklaring-college'), /gemeente Arnhem verklaart/);
    await naar(page, 'raad');
    await datum(page, 'raad-datum', HANDTEKENINGEN.raad.datum);
    await page.fill('#veld-raad-voorzitter', HANDTEKENINGEN.raad.voorzitter);
    await page.fill('#veld-raad-griffier', HANDTEKENINGEN.raad.griffier);

    // Reload: everything is restored.
    await page.waitForSelector('#opslag-status:text-matches("Opgeslagen om \\\\d\\\\d:\\\\d\\\\d")');
    await page.reload();
    await page.waitForSelector('body[data-app-klaar="ja"]');
    assert.equal(await page.inputValue('#veld-raad-griffier'), HANDTEKENINGEN.raad.griffier);
    await naar(page, 'a');
    assert.equal(await page.inputValue('#veld-a_analyse'), arnhem.a_analyse);

    // Check your answers: "Wijzigen" goes to the field and comes back.
    await page.click('nav.secties a[href$="/antwoorden"]');
    await page.waitForSelector('#antwoorden-raad');
    const antwoorden = await page.textContent('main');
    for (const t of ['Gemeente', 'Arnhem', arnhem.maatregelen[0].naam, HANDTEKENINGEN.raad.griffier, '23-06-2020', arnhem.bronnen[0].titel]) {
      assert.ok(antwoorden.includes(t), `answers page shows ${t}`);
    }
    await page.click('a:has(span.visueel-verborgen:text-is(" Griffier"))');
    await page.waitForFunction(() => document.activeElement.id === 'veld-raad-griffier');
    assert.match(page.url(), /\/raad$/);
    await page.click('#terug-naar-antwoorden');
    await page.waitForSelector('#antwoorden-raad');
    await page.screenshot({ path: path.join(SHOTS, '05a-antwoorden.png') });

    // Controleren: no errors left.
    await naar(page, 'controleren');
    assert.equal(await page.locator('.controle--fout').count(), 0, await page.textContent('main'));
    await page.screenshot({ path: path.join(SHOTS, '05-controleren.png'), fullPage: true });

    // Export and compare with the fixture (plus signatures).
    await naar(page, 'afronden');
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);
    const jsonPad = path.join(tmp, 'export.json');
    await dl.saveAs(jsonPad);
    const export_ = JSON.parse(fs.readFileSync(jsonPad, 'utf8'));
    assert.equal(export_.schema_version, 1);
    assert.ok(export_.afgeleid.uitkomst, 'derived results are in the export');
    assert.deepEqual(export_.aanvraag, { ...arnhem, ...HANDTEKENINGEN, id: export_.aanvraag.id });

    // Print view: text in the form's order.
    await page.click('#naar-afdrukversie');
    await page.waitForSelector('#afdrukversie article');
    const tekst = await page.textContent('#afdrukversie');
    const volgorde = ['Aanvraag Vangnetuitkering Participatiewet over 2019', 'Versie: uitgebreid verzoek', '1. Verklaring college',
      'A. Analyse van de oorzaken', 'B1.', 'B2.', 'C. Beoogd', 'D. Ondertekening', '2. Instemming gemeenteraad', HANDTEKENINGEN.raad.griffier];
    let vorige = -1;
    for (const s of volgorde) {
      const i = tekst.indexOf(s, vorige + 1);
      assert.ok(i > vorige, `"${s}" after the previous heading`);
      vorige = i;
    }
    await page.screenshot({ path: path.join(SHOTS, '06-afdrukversie.png') });
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('nav.secties').isVisible(), false, 'navigation is not printed');
    await page.emulateMedia({ media: 'screen' });
    const [dl2] = await Promise.all([page.waitForEvent('download'), page.click('#download-afdrukversie')]);
    const htmlPad = path.join(tmp, 'afdruk.html');
    await dl2.saveAs(htmlPad);
    assert.deepEqual(b.problems, []);
    await b.close();

    // The print file opens complete with scripts disabled, and has no external references.
    const html = fs.readFileSync(htmlPad, 'utf8');
    assert.doesNotMatch(html, /<script|src=|href=|url\(/i);
    const nojs = await browser({ javaScriptEnabled: false });
    const p2 = nojs.ctx.pages()[0];
    await p2.goto('file://' + htmlPad);
    const t2 = await p2.textContent('body');
    for (const s of ['Gemeente Arnhem', '2. Instemming gemeenteraad', HANDTEKENINGEN.d_college.secretaris, '23-06-2020', arnhem.maatregelen.at(-1).naam]) {
      assert.ok(t2.includes(s), `print file contains ${s}`);
    }
    await p2.pdf({ path: path.join(SHOTS, '07-afdruk.pdf'), format: 'A4' }).catch(() => {});
    await nojs.close();

    // Import in a fresh browser profile gives the same application back.
    const b3 = await browser();
    await b3.ctx.clock.setFixedTime(new Date('2020-07-10T10:00:00'));
    const p3 = await open(b3.ctx, b3.watch, srv.base);
    await p3.setInputFiles('#import-bestand', jsonPad);
    await p3.waitForSelector('#takenlijst');
    await naar(p3, 'a');
    assert.equal(await p3.inputValue('#veld-a_analyse'), arnhem.a_analyse);
    await naar(p3, 'rekenen');
    assert.equal(await p3.textContent('#uitkomst-hoofd'), 'Recht op een vangnetuitkering van € 766.500');
    assert.deepEqual(b3.problems, []);
    await b3.close();
  } finally {
    await b.close().catch(() => {});
  }
});

test('dist/ works under a sub-path', { timeout: 60_000 }, async () => {
  const sub = await serve(DIST, { subPath: '/apps/vangnet/' });
  const b = await browser();
  try {
    const page = await open(b.ctx, b.watch, sub.base);
    await page.click('#nieuw-concept');
    await page.waitForSelector('#takenlijst');
    assert.match(page.url(), /\/apps\/vangnet\/#\/concept\//);
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
    sub.server.close();
  }
});

test('a bad import file is explained in Dutch', { timeout: 60_000 }, async () => {
  const b = await browser();
  try {
    const page = await open(b.ctx, b.watch, srv.base);
    const p = path.join(tmp, 'kapot.json');
    fs.writeFileSync(p, '{"formaat": "vangnetuitkering-aanvraag", "schema_version": 1, "aanv');
    await page.setInputFiles('#import-bestand', p);
    await page.waitForSelector('#import-fout');
    assert.match(await page.textContent('#import-fout'), /geen geldige JSON: het bestand houdt halverwege op/);
  } finally {
    await b.close();
  }
});

test('start page: duplicate and delete (with confirmation)', { timeout: 60_000 }, async () => {
  const b = await browser();
  try {
    const page = await open(b.ctx, b.watch, srv.base);
    await page.click('#nieuw-concept');
    await page.waitForSelector('#takenlijst');
    await naar(page, 'rekenen');
    await page.fill('#veld-gemeente', 'Zevenaar');
    await page.waitForFunction(() => (localStorage.getItem('vangnet.concepten') || '').includes('Zevenaar'));
    await page.goto(srv.base + '#/');
    await page.waitForSelector('#concepten');
    await page.getByRole('button', { name: 'Dupliceren Zevenaar' }).click();
    await page.waitForSelector('#takenlijst');
    await page.goto(srv.base + '#/');
    await page.waitForSelector('#concepten');
    const namen = await page.locator('#concepten tbody th').allTextContents();
    assert.deepEqual(namen.sort(), ['Zevenaar', 'Zevenaar (kopie)']);
    await page.locator('#concepten tr', { hasText: 'Zevenaar (kopie)' }).locator('button:text-is("Verwijderen")').click();
    await page.waitForFunction(() => document.activeElement.id === 'bevestig-verwijderen');
    await page.click('button:text-is("Nee")');
    assert.equal(await page.locator('#concepten tbody tr').count(), 2);
    await page.locator('#concepten tr', { hasText: 'Zevenaar (kopie)' }).locator('button:text-is("Verwijderen")').click();
    await page.click('#bevestig-verwijderen');
    await page.waitForFunction(() => document.querySelectorAll('#concepten tbody tr').length === 1);
    assert.deepEqual(await page.locator('#concepten tbody th').allTextContents(), ['Zevenaar']);
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});

test('rule parameters: shown with certainty, overridable, warned about everywhere and in print', { timeout: 90_000 }, async () => {
  const b = await browser();
  try {
    await b.ctx.clock.setFixedTime(new Date('2027-03-01T10:00:00'));
    const page = await open(b.ctx, b.watch, srv.base);
    await page.selectOption('#nieuw-jaar', '2026');
    await page.click('#nieuw-concept');
    await page.waitForSelector('#takenlijst');
    await naar(page, 'rekenen');
    await page.fill('#veld-gemeente', 'Voorbeeld');
    await page.check('#verleend_vorig_jaar-nee');
    await page.check('#verleend_twee_jaar_terug-nee');
    // 6% tekort in 2026, nothing before: below the 7,5% threshold, above 5%.
    const jaren = { 2026: '106.000.000', 2025: '100.000.000', 2024: '100.000.000', 2023: '100.000.000' };
    for (const [j, l] of Object.entries(jaren)) {
      await page.fill(`#veld-financien-${j}-lasten`, l);
      await page.fill(`#veld-financien-${j}-baten`, '0');
      await page.fill(`#veld-financien-${j}-fout_onzeker`, '0');
      await page.fill(`#veld-financien-${j}-budget`, '100.000.000');
    }
    assert.equal(await page.textContent('#uitkomst-hoofd'), 'Geen recht op een vangnetuitkering');
    await page.click('#gebruikte-regels summary');
    const regels = await page.textContent('#gebruikte-regels');
    assert.match(regels, /Toegangsdrempel \(tekort meer dan\)7,5%onzeker, niet geverifieerd/);
    assert.match(regels, /15-08-2027/);
    assert.equal(await page.locator('#waarschuwing-aanpassing').count(), 0);
    await page.check('#regels-aanpassen');
    await page.fill('#veld-regelaanpassing-drempel', '5');
    await page.fill('#veld-regelaanpassing-banden-0-vanaf', '5');
    await page.fill('#veld-regelaanpassing-reden', 'Regeling 2026, Stcrt. (voorbeeld)');
    await page.locator('#veld-regelaanpassing-reden').blur();
    // 50% of the 1 mln above 5%.
    assert.equal(await page.textContent('#uitkomst-hoofd'), 'Recht op een vangnetuitkering van € 500.000');
    assert.match(await page.textContent('#gebruikte-regels'), /door u aangepast/);
    for (const slug of ['a', 'controleren', 'afronden']) {
      await naar(page, slug);
      assert.match(await page.textContent('#waarschuwing-aanpassing'), /aangepaste regels.*Reden: Regeling 2026/);
    }
    await page.click('#naar-afdrukversie');
    await page.waitForSelector('#afdrukversie article');
    assert.match(await page.textContent('#waarschuwing-aanpassing'), /aangepaste regels/);
    assert.match(await page.textContent('#afdrukversie'), /aangepaste regels/);
    await naar(page, 'controleren');
    assert.match(await page.textContent('main'), /Er wordt gerekend met door u aangepaste regels/);
    await naar(page, 'rekenen');
    await page.uncheck('#regels-aanpassen');
    assert.equal(await page.textContent('#uitkomst-hoofd'), 'Geen recht op een vangnetuitkering');
    assert.equal(await page.locator('#waarschuwing-aanpassing').count(), 0);
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});

test('herindeling: the predecessors figures are summed for earlier years', { timeout: 60_000 }, async () => {
  const b = await browser();
  try {
    const page = await open(b.ctx, b.watch, srv.base);
    await page.selectOption('#nieuw-jaar', '2020');
    await page.click('#nieuw-concept');
    await page.waitForSelector('#takenlijst');
    await naar(page, 'rekenen');
    await page.fill('#veld-financien-2020-lasten', '109.000.000');
    for (const f of ['baten', 'fout_onzeker']) await page.fill(`#veld-financien-2020-${f}`, '0');
    await page.fill('#veld-financien-2020-budget', '100.000.000');
    await page.check('#herindeling');
    await page.waitForFunction(() => document.activeElement.id === 'veld-financien-voorgangers-1-naam');
    const voorgangers = [['Oud-A', '66.000.000', '60.000.000'], ['Oud-B', '42.000.000', '40.000.000']];
    for (const [i, [naam, lasten, budget]] of voorgangers.entries()) {
      await page.fill(`#veld-financien-voorgangers-${i}-naam`, naam);
      for (const j of [2019, 2018]) {
        await page.fill(`#veld-financien-voorgangers-${i}-${j}-lasten`, lasten);
        await page.fill(`#veld-financien-voorgangers-${i}-${j}-baten`, '0');
        await page.fill(`#veld-financien-voorgangers-${i}-${j}-fout_onzeker`, '0');
        await page.fill(`#veld-financien-voorgangers-${i}-${j}-budget`, budget);
      }
    }
    await page.locator('#veld-financien-voorgangers-1-2018-budget').blur();
    const tabel = await page.textContent('#tabel-jaren');
    assert.match(tabel, /2019€ 108\.000\.000€ 100\.000\.000€ 8\.000\.000/);
    assert.match(await page.textContent('#cumulatief'), /€ 25\.000\.000/);
    assert.match(await page.textContent('#stappen'), /som van de voorgangers/);
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});

test('a field is checked once changed and left, not while typing, and not before', { timeout: 60_000 }, async () => {
  const b = await browser();
  try {
    const page = await open(b.ctx, b.watch, srv.base);
    await page.click('#nieuw-concept');
    await page.waitForSelector('#takenlijst');
    await naar(page, 'a');
    assert.equal(await page.locator('#veld-a_analyse-fout').count(), 0, 'no error before anything happened');
    await page.fill('#veld-a_analyse', 'Eerste versie');
    await page.locator('#veld-a_analyse').blur();
    await page.fill('#veld-a_analyse', '');
    assert.equal(await page.locator('#veld-a_analyse-fout').count(), 0, 'no error while typing');
    await page.locator('#veld-a_analyse').blur();
    await page.waitForSelector('#veld-a_analyse-fout');
    assert.match(await page.textContent('#veld-a_analyse-fout'), /Beschrijf de analyse van de oorzaken/);
    assert.equal(await page.getAttribute('#veld-a_analyse', 'aria-invalid'), 'true');
    assert.match(await page.getAttribute('#veld-a_analyse', 'aria-describedby'), /veld-a_analyse-fout/);
    await page.fill('#veld-a_analyse', 'Het tekort van € 2 mln komt door de instroom.');
    assert.equal(await page.locator('#veld-a_analyse-fout').count(), 0, 'the error goes as soon as it is solved');
    await naar(page, 'c');
    assert.equal(await page.locator('#veld-c_effect-fout').count(), 0, 'other fields are not checked yet');
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});

test('task list statuses, official guidance at hand, measures: undo removal and reorder; noscript text', { timeout: 120_000 }, async () => {
  const b = await browser();
  try {
    await b.ctx.clock.setFixedTime(new Date('2020-07-10T10:00:00'));
    const page = await open(b.ctx, b.watch, srv.base);
    // Without JavaScript the page explains and points to the official form.
    const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
    assert.match(html, /<noscript>[\s\S]*JavaScript[\s\S]*aanvraagformulier \(Word\)[\s\S]*<\/noscript>/);

    await page.selectOption('#nieuw-jaar', '2019');
    await page.click('#nieuw-concept');
    await page.waitForSelector('#takenlijst');
    const status = async (slug) => page.textContent(`#status-${slug}`);
    assert.equal(await status('a'), 'Niet begonnen');
    assert.equal(await status('rekenen'), 'Niet begonnen');
    await naar(page, 'a');
    // The official guidance is at hand, collapsed, and opens.
    const toelichting = page.locator('details.toelichting').first();
    assert.equal(await toelichting.evaluate((d) => d.open), false);
    await toelichting.locator('summary').click();
    assert.match(await toelichting.textContent(), /omvang van het tekort/);
    await page.fill('#veld-a_analyse', 'Oorzaken, zonder bedrag.');
    await naar(page, 'overzicht');
    assert.equal(await status('a'), 'Klaar');
    await naar(page, 'rekenen');
    await page.fill('#veld-gemeente', 'Voorbeeld');
    await naar(page, 'overzicht');
    assert.equal(await status('rekenen'), 'Bezig');
    // A 2019 application with a tekort of 3%: no right, so Rekenen shows a problem.
    await naar(page, 'rekenen');
    await page.check('#verleend_vorig_jaar-ja');
    await page.check('#verleend_twee_jaar_terug-nee');
    for (const j of [2019, 2018, 2017]) {
      await page.fill(`#veld-financien-${j}-lasten`, '103.000.000');
      await page.fill(`#veld-financien-${j}-baten`, '0');
      await page.fill(`#veld-financien-${j}-fout_onzeker`, '0');
      await page.fill(`#veld-financien-${j}-budget`, '100.000.000');
    }
    await naar(page, 'overzicht');
    assert.equal(await status('rekenen'), 'Probleem');

    // Measures: three external ones, reorder, remove and undo.
    await naar(page, 'b');
    for (const naam of ['Eerste', 'Tweede', 'Derde']) {
      await page.click('#voeg-extern-toe');
      await page.waitForFunction(() => /^veld-maatregelen-m\d+-naam$/.test(document.activeElement.id));
      await page.keyboard.insertText(naam);
    }
    const namen = () => page.locator('section.kaart h3').allTextContents();
    assert.deepEqual(await namen(), ['Externe maatregel 1: Eerste', 'Externe maatregel 2: Tweede', 'Externe maatregel 3: Derde']);
    await page.click('#veld-maatregelen-m3-omhoog');
    assert.deepEqual(await namen(), ['Externe maatregel 1: Eerste', 'Externe maatregel 2: Derde', 'Externe maatregel 3: Tweede']);
    await page.waitForFunction(() => document.activeElement.id === 'veld-maatregelen-m3-omhoog', null, { timeout: 5000 });
    await page.click('#veld-maatregelen-m1-verwijder');
    assert.deepEqual(await namen(), ['Externe maatregel 1: Derde', 'Externe maatregel 2: Tweede']);
    await page.waitForFunction(() => document.activeElement.id === 'herstel-maatregel');
    assert.match(await page.textContent('#ongedaan-maken'), /Maatregel “Eerste” is verwijderd/);
    await page.click('#herstel-maatregel');
    assert.deepEqual(await namen(), ['Externe maatregel 1: Eerste', 'Externe maatregel 2: Derde', 'Externe maatregel 3: Tweede']);
    await page.waitForFunction(() => document.activeElement.id === 'veld-maatregelen-m1-naam');
    // The order is what is saved.
    await page.waitForFunction(() => {
      const id = location.hash.split('/')[2];
      const t = localStorage.getItem('vangnet.concept.' + id) || '';
      return t.indexOf('"Eerste"') < t.indexOf('"Derde"') && t.indexOf('"Derde"') < t.indexOf('"Tweede"');
    });
    // Controleren groups by section and links to the field.
    await naar(page, 'controleren');
    const groepen = await page.locator('.controle-groep h2').allTextContents();
    assert.deepEqual(groepen.slice(0, 3), ['Rekenen', 'A. Analyse van de oorzaken', 'B1. Interne maatregelen']);
    await page.click('.controle-groep li[data-id="b2.m2.bron"] a');
    await page.waitForFunction(() => document.activeElement.id === 'veld-maatregelen-m2-externe_bron');
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});
