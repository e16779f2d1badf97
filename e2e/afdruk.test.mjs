// The print on A4 (issue 14): the Arnhem 2019 application with, in A, the chart (inserted with
// "Grafiek invoegen") and a table pasted from Excel; the live preview under the field; the
// print view and the print file measured in print media at the A4 content width; the print
// file printed to PDF by Chromium and read back with pdftotext: page count, "pagina x van y"
// and the kantlijn, no empty page, no heading at the bottom of a page, the form's order.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from './server.mjs';
import { browser, open, fixture, DIST, SHOTS } from './helpers.mjs';

let srv;
before(async () => { srv = await serve(DIST); });
after(() => srv.server.close());

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vangnet-afdruk-'));
// A4 minus the 2 cm margins of style/afdruk.css: 17 cm wide, in CSS px (96 per inch).
const INHOUD_BREEDTE = (17 / 2.54) * 96;
const KANTLIJN = 'Gemeente Arnhem – vangnetuitkering over 2019';

// Arnhem 2019 plus eight history years (2009–2016), so the chart has data.
function arnhemMetHistorie() {
  const f = fixture('arnhem-2019.json');
  const gemeente = ['0.02', '0.03', '0.01', '0.04', '0.05', '0.06', '0.11', '0.12'];
  const land = ['0.01', '0.02', '0.03', '0.05', '0.04', '0.03', '0.02', '0.06'];
  f.aanvraag.historie = gemeente.map((g, i) => ({ jaar: 2016 - i, percentage_gemeente: g, percentage_landelijk: land[i] }));
  const pad = path.join(tmp, 'arnhem.json');
  fs.writeFileSync(pad, JSON.stringify(f));
  return pad;
}

// As Excel puts it on the clipboard: tab-separated, one row per line; seven columns, one with
// long text, so the table must shrink to fit the page.
const TABEL = [
  ['Jaar', 'Lasten', 'Baten', 'Budget', 'Tekort', 'Percentage', 'Toelichting'],
  ['2017', '€ 108.900.000', '€ 0', '€ 99.000.000', '€ 9.900.000', '10,00%', 'Eerste jaar van het objectieve verdeelmodel met een ongekend groot tekort'],
  ['2018', '€ 109.181.000', '€ 0', '€ 101.000.000', '€ 8.181.000', '8,10%', 'Daling door de maatregelen'],
  ['2019', '€ 111.398.000', '€ 0', '€ 102.200.000', '€ 9.198.000', '9,00%', 'Tekortjaar'],
].map((r) => r.join('\t')).join('\n');

const pdftotext = (pdf, ...args) => execFileSync('pdftotext', ['-layout', ...args, pdf, '-'], { encoding: 'utf8' });
const norm = (s) => s.replace(/\s+/g, ' ').trim();

/** Every table's box, and the content box, in print media at the A4 content width. */
async function tabelMaten(page, houder) {
  await page.setViewportSize({ width: Math.floor(INHOUD_BREEDTE), height: 1100 });
  await page.emulateMedia({ media: 'print' });
  const maten = await page.evaluate((sel) => {
    const art = document.querySelector(sel);
    const a = art.getBoundingClientRect();
    return { links: a.left, rechts: a.right, tabellen: [...art.querySelectorAll('table')].map((t) => {
      const r = t.getBoundingClientRect();
      return { wat: (t.caption?.textContent || t.rows[0]?.textContent || '').slice(0, 40), links: r.left, rechts: r.right, breed: t.scrollWidth, zicht: t.clientWidth };
    }) };
  }, houder);
  // Back to the page's own media (page.pdf prints in screen media after emulateMedia('screen')).
  await page.emulateMedia({ media: null });
  await page.setViewportSize({ width: 1280, height: 900 });
  return maten;
}

function assertTabellenPassen(maten, waar) {
  assert.ok(maten.rechts - maten.links <= INHOUD_BREEDTE + 1, `${waar}: the article is ${maten.rechts - maten.links} px wide`);
  assert.ok(maten.tabellen.length >= 5, `${waar}: ${maten.tabellen.length} tables`);
  for (const t of maten.tabellen) {
    assert.ok(t.links >= maten.links - 0.5 && t.rechts <= maten.links + INHOUD_BREEDTE + 0.5, `${waar}: table "${t.wat}" (${t.links}–${t.rechts}) inside the content box`);
    assert.ok(t.breed <= t.zicht + 1, `${waar}: table "${t.wat}" has no hidden overflow (${t.breed} > ${t.zicht})`);
  }
}

test('Arnhem 2019 with chart and pasted table: preview, print view and print file fit A4', { timeout: 300_000 }, async () => {
  const b = await browser();
  let htmlPad;
  try {
    const page = await open(b.ctx, b.watch, srv.base);
    await page.setInputFiles('#import-bestand', arnhemMetHistorie());
    await page.waitForSelector('#takenlijst');
    await page.click('nav.secties a[href$="/a"]');
    await page.waitForSelector('#veld-a_analyse');

    // "Grafiek invoegen" at the end of the answer, then a pasted table after it.
    const veld = page.locator('#veld-a_analyse');
    const voor = await veld.inputValue();
    await veld.focus();
    await page.keyboard.press('Control+End');
    await page.click('#veld-a_analyse-grafiek-invoegen');
    assert.equal(await veld.inputValue(), `${voor}\n[grafiek]\n`, 'the marker on a line of its own at the cursor');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'veld-a_analyse', 'focus back in the field');
    await page.keyboard.insertText(`\n${TABEL}`);
    // The live preview shows the chart, its table and the pasted table (after a pause).
    const voorbeeld = page.locator('#veld-a_analyse-voorbeeld');
    await page.waitForFunction(() => document.querySelectorAll('#veld-a_analyse-voorbeeld table').length >= 2);
    assert.equal(await voorbeeld.locator('svg.grafiek').count(), 1);
    assert.equal(await voorbeeld.locator('table th[scope="col"]', { hasText: 'Toelichting' }).count(), 1);
    assert.equal(await voorbeeld.locator('td.bedrag', { hasText: '€ 9.198.000' }).count(), 1, 'figure columns right-aligned');
    assert.ok((await page.getAttribute('#veld-a_analyse', 'aria-describedby')).includes('veld-a_analyse-opmaak-melding'));
    await page.locator('.opmaak', { has: page.locator('#veld-a_analyse-voorbeeld') }).screenshot({ path: path.join(SHOTS, 'afdruk-voorbeeld-a.png') });
    await veld.blur();
    // What is stored is the text as typed.
    await page.waitForFunction((t) => Object.keys(localStorage).some((k) => (localStorage.getItem(k) || '').includes(t)), 'Eerste jaar van het objectieve verdeelmodel');

    // The in-app print view: every table inside the A4 content width in print media.
    await page.click('nav.secties a[href$="/afronden"]');
    await page.click('#naar-afdrukversie');
    await page.waitForSelector('#afdrukversie article');
    assertTabellenPassen(await tabelMaten(page, '#afdrukversie article'), 'print view');
    // The kantlijn is in the page's CSS (margin boxes), not in the article.
    const pagina = await page.evaluate(() => [...document.styleSheets].flatMap((s) => { try { return [...s.cssRules]; } catch { return []; } }).map((r) => r.cssText).filter((t) => t.startsWith('@page')).join('\n'));
    assert.match(pagina, /vangnetuitkering over 2019/);
    assert.match(pagina, /counter\(pages\)/);
    const inApp = path.join(tmp, 'app.pdf');
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: inApp, format: 'A4', preferCSSPageSize: true });
    const eerste = pdftotext(inApp, '-f', '1', '-l', '1');
    assert.ok(eerste.includes(KANTLIJN), `in-app print page 1 has the kantlijn:\n${eerste.slice(0, 300)}`);
    assert.match(eerste, /pagina 1 van \d+/);
    await page.emulateMedia({ media: null });

    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#download-afdrukversie')]);
    htmlPad = path.join(tmp, 'afdruk.html');
    await dl.saveAs(htmlPad);
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }

  // The print file, with scripts off, printed to PDF by Chromium.
  const nojs = await browser({ javaScriptEnabled: false });
  const pdf = path.join(tmp, 'afdruk.pdf');
  let koppen;
  try {
    const p = nojs.ctx.pages()[0];
    await p.goto('file://' + htmlPad);
    assertTabellenPassen(await tabelMaten(p, 'article.afdruk'), 'print file');
    koppen = await p.evaluate(() => [...document.querySelectorAll('h1, h2, h3, h4, h5, .tussenkop, caption, .bijschrift')].map((h) => h.textContent));
    await p.emulateMedia({ media: 'print' });
    await p.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
  } finally {
    await nojs.close();
  }

  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const n = Number(info.match(/Pages:\s+(\d+)/)[1]);
  const paginas = Array.from({ length: n }, (_, i) => pdftotext(pdf, '-f', String(i + 1), '-l', String(i + 1)));
  // The page count. Arnhem's application is long: its A–C answers and measures are about 1.500
  // lines of text; at 40–45 lines per A4 page that is 33–38 pages, plus the forced new pages
  // (introduction, part 1, part 2, the two appendices) and the chart. Fewer than 30 means
  // content is lost, more than 50 means broken or empty pages.
  assert.ok(n >= 30 && n <= 50, `${n} pages`);
  const inhoud = (t) => t.split('\n').map((r) => r.trim()).filter((r) => r && r !== KANTLIJN && !/^pagina \d+ van \d+$/.test(r) && !r.startsWith(KANTLIJN));
  paginas.forEach((t, i) => {
    // "pagina x van y" and the kantlijn in the margin of every page.
    assert.ok(t.includes(`pagina ${i + 1} van ${n}`), `page ${i + 1} has "pagina ${i + 1} van ${n}"`);
    assert.ok(t.includes(KANTLIJN), `page ${i + 1} has the kantlijn`);
    // No empty page (also not the last).
    const regels = inhoud(t);
    assert.ok(regels.length > 0, `page ${i + 1} is empty`);
    // No heading as the last thing on a page.
    const laatste = norm(regels.at(-1));
    const kop = koppen.find((k) => norm(k).length > 0 && (norm(k) === laatste || (laatste.length >= 12 && norm(k).endsWith(laatste))));
    assert.equal(kop, undefined, `page ${i + 1} ends with the heading "${kop}"`);
  });
  assert.match(paginas[0], /pagina 1 van \d+/);

  // The official form's text in order, the chart and the pasted table in A, the appendix.
  const alles = norm(paginas.join('\n'));
  const volgorde = ['Aanvraag Vangnetuitkering Participatiewet', 'over 2019', 'Versie: uitgebreid verzoek', '1. Verklaring college bij een uitgebreid verzoek',
    'A. Analyse van de oorzaken', 'Grafiek: tekort als percentage van het budget', 'Eerste jaar van het objectieve', 'B. Getroffen', 'B1.', 'B2.', 'C. Beoogd',
    'D. Ondertekening', '2. Instemming gemeenteraad', 'Bijlage voor intern gebruik: berekening', 'Cijfers per jaar', 'Bijlage voor intern gebruik: analyse'];
  let vorige = -1;
  for (const s of volgorde) {
    const i = alles.indexOf(s, vorige + 1);
    assert.ok(i > vorige, `"${s}" after the previous part`);
    vorige = i;
  }
  // "Cijfers per jaar": the caption, then its header row, then its rows — and all columns.
  const cijfers = paginas.find((t) => t.includes('Cijfers per jaar'));
  const c = cijfers.split('\n');
  const ci = c.findIndex((r) => r.includes('Cijfers per jaar'));
  const kopregel = c.findIndex((r, i) => i > ci && /Jaar/.test(r) && /Netto lasten/.test(r));
  assert.ok(kopregel > ci, 'the header row under the caption, not beside it');
  assert.ok(!c[ci].includes('Netto lasten'), 'the header does not float beside the caption');
  assert.ok(c.slice(kopregel, kopregel + 3).join(' ').includes('% van het'), 'the last column is on the page');
  assert.match(cijfers, /9,00%/);

  // Screenshots of the print pages: the first, the chart, the pasted table, the appendix table, the last.
  const kies = new Set([1, paginas.findIndex((t) => t.includes('Grafiek: tekort als')) + 1, paginas.findIndex((t) => t.includes('Eerste jaar van het')) + 1,
    paginas.indexOf(cijfers) + 1, n]);
  for (const f of fs.readdirSync(SHOTS).filter((f) => /^afdruk-pagina-\d+\.png$/.test(f))) fs.rmSync(path.join(SHOTS, f));
  for (const nr of kies) {
    execFileSync('pdftoppm', ['-r', '60', '-png', '-singlefile', '-f', String(nr), '-l', String(nr), pdf, path.join(SHOTS, `afdruk-pagina-${String(nr).padStart(2, '0')}`)]);
  }
});

test('bad input in the answers: ragged and empty tables, chart without history, hostile text, 1 MB', { timeout: 180_000 }, async () => {
  const b = await browser();
  try {
    const f = fixture('arnhem-2019.json');
    f.aanvraag.historie = [];
    const pad = path.join(tmp, 'zonder-historie.json');
    fs.writeFileSync(pad, JSON.stringify(f));
    const page = await open(b.ctx, b.watch, srv.base);
    await page.setInputFiles('#import-bestand', pad);
    await page.waitForSelector('#takenlijst');
    await page.click('nav.secties a[href$="/c"]');
    await page.waitForSelector('#veld-c_effect');
    const vijandig = '<script>alert(1)</script></style><img src=x onerror=alert(2)>\u202Eomgekeerd';
    const tekst = `${vijandig}\n\nA\tB\tC\n1\t2\n\n\t\t\n\t\t\n\n[grafiek]`;
    await page.fill('#veld-c_effect', tekst);
    const meldingen = page.locator('#veld-c_effect-opmaak-melding');
    await page.waitForFunction(() => document.querySelectorAll('#veld-c_effect-opmaak-melding p').length === 3);
    const m = await meldingen.textContent();
    assert.match(m, /Niet alle rijen van de tabel hebben evenveel cellen/);
    assert.match(m, /De geplakte tabel bevat geen tekst/);
    assert.match(m, /Geen gegevens voor de grafiek: vul op Inzicht de historie in\./);
    const vb = page.locator('#veld-c_effect-voorbeeld');
    assert.equal(await vb.locator('script, img').count(), 0, 'hostile text is inert in the preview');
    assert.ok((await vb.textContent()).includes('<script>alert(1)</script>'));
    assert.ok(!(await vb.textContent()).includes('\u202E'), 'bidi controls are dropped');
    await page.locator('.opmaak', { has: page.locator('#veld-c_effect-voorbeeld') }).screenshot({ path: path.join(SHOTS, 'afdruk-voorbeeld-fouten.png') });

    // A 1 MB answer: nothing freezes, and the preview is not live for such a long text (it
    // would slow typing) but updated on request, showing its first 200 blocks.
    const groot = ('Een regel tekst met een opsomming:\n- punt\n- punt\nJaar\tBedrag\n2019\t€ 1.000\n\n').repeat(13_000);
    await page.evaluate((g) => { const el = document.querySelector('#veld-c_effect'); el.value = g; el.dispatchEvent(new Event('input', { bubbles: true })); }, groot);
    await page.waitForSelector('#veld-c_effect-voorbeeld-bijwerken');
    const start = Date.now();
    await page.locator('#veld-c_effect').press('End');
    await page.keyboard.type('xyz');
    const typen = Date.now() - start;
    // The app itself needs about 3 s per key in a 1 MB field on this machine (before issue 14
    // too: 8,4 s for three keys); the preview must add no parse per key.
    console.log(`three keys in a 1 MB answer: ${typen} ms`);
    assert.ok(typen < 30_000, `typing three characters into a 1 MB answer took ${typen} ms`);
    assert.ok((await page.locator('#veld-c_effect').inputValue()).endsWith('xyz'));
    await page.click('#veld-c_effect-voorbeeld-bijwerken');
    await page.waitForFunction(() => /de eerste 200 van \d+ onderdelen/.test(document.querySelector('#veld-c_effect-voorbeeld')?.textContent || ''), null, { timeout: 60_000 });
    assert.ok(await page.locator('#veld-c_effect-voorbeeld table').count() > 50);
    await page.evaluate((g) => { const el = document.querySelector('#veld-c_effect'); el.value = g; el.dispatchEvent(new Event('input', { bubbles: true })); }, tekst);
    await page.click('#veld-c_effect-voorbeeld-bijwerken').catch(() => {});
    await page.waitForFunction(() => document.querySelectorAll('#veld-c_effect-opmaak-melding p').length === 3);

    // The print view and the print file: the same notes, the hostile text inert.
    await page.click('nav.secties a[href$="/afronden"]');
    await page.click('#naar-afdrukversie');
    await page.waitForSelector('#afdrukversie article');
    const art = page.locator('#afdrukversie article');
    assert.equal(await art.locator('script, img').count(), 0);
    assert.match(await art.textContent(), /Geen gegevens voor de grafiek/);
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#download-afdrukversie')]);
    const htmlPad = path.join(tmp, 'vijandig.html');
    await dl.saveAs(htmlPad);
    const html = fs.readFileSync(htmlPad, 'utf8');
    assert.doesNotMatch(html, /<script|<img|onerror=|\u202E/i);
    assert.match(html, /Niet alle rijen van de tabel/);
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});
