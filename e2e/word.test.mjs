// Word (issue 14): the form, the raadsvoorstel and the raadsbesluit as .docx, made in the
// browser by a wasm module that is fetched only when a Word button is pressed. Each file is
// opened by LibreOffice (headless, converted to PDF), read back with pdftotext and checked for
// every part in order, table cells and signature blocks; the converted pages are screenshots
// in e2e/screenshots/word-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { serve } from './server.mjs';
import { browser, open, fixture, DIST, ROOT, SHOTS } from './helpers.mjs';

let srv;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vangnet-word-'));
before(async () => { srv = await serve(DIST); });
after(() => { srv.server.close(); fs.rmSync(tmp, { recursive: true, force: true }); });

// Arnhem 2019 as a user who filled in the history on Inzicht (2009–2016) and pressed
// "Grafiek invoegen" in A: the chart goes into the form and into the raadsvoorstel.
const ARNHEM = (() => {
  const f = fixture('arnhem-2019.json');
  const gemeente = ['0.02', '0.03', '0.01', '0.04', '0.05', '0.06', '0.11', '0.12'];
  const land = ['0.01', '0.02', '0.03', '0.05', '0.04', '0.03', '0.02', '0.06'];
  f.aanvraag.historie = gemeente.map((g, i) => ({ jaar: 2016 - i, percentage_gemeente: g, percentage_landelijk: land[i] }));
  f.aanvraag.a_analyse = `${f.aanvraag.a_analyse}\n[grafiek]\nNa de grafiek volgt de toelichting.`;
  const pad = path.join(tmp, 'arnhem-2019-met-grafiek.json');
  fs.writeFileSync(pad, JSON.stringify(f));
  return pad;
})();
// The chart's vertical axis title (src/analyse/svg.rs AS_TITEL_KORT), which pdftotext puts on
// a line of its own; the text has "9,00% van het budget" inside sentences, the table under the
// chart says "percentage".
const AS_TITEL = '% van het budget';
const AS_TITEL_REGEL = /^\s*% van het budget\s*$/m;
const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core with the WCAG 2.1 A/AA rules (as e2e/a11y.test.mjs). */
async function axe(page, wat) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE);
  const v = await page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return r.violations.map((x) => `${x.id} [${x.impact}] ${x.help}: ${x.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
  assert.deepEqual(v, [], `axe violations on ${wat}`);
}
// The Word module's file name (scripts/post-build.mjs: split_word-<hash>.wasm).
const isWord = (url) => /\/split_word[^/]*\.wasm$/.test(new URL(url).pathname);

/** The .docx opened by LibreOffice and converted to PDF; its text (pdftotext) and page count. */
function docxNaarTekst(docx, naam) {
  const uit = path.join(tmp, naam);
  fs.mkdirSync(uit, { recursive: true });
  // A profile of its own: no clash with another soffice, nothing left in $HOME.
  const profiel = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profiel}`, '--headless', '--convert-to', 'pdf', '--outdir', uit, docx],
      { timeout: 180_000, stdio: 'pipe' });
  } finally {
    fs.rmSync(profiel, { recursive: true, force: true });
  }
  const pdf = path.join(uit, path.basename(docx).replace(/\.docx$/, '.pdf'));
  assert.ok(fs.existsSync(pdf), `LibreOffice made no PDF of ${docx}`);
  const tekst = execFileSync('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 64 << 20 }).toString('utf8');
  const info = execFileSync('pdfinfo', [pdf]).toString('utf8');
  const paginas = Number(/Pages:\s+(\d+)/.exec(info)?.[1] || 0);
  // Screenshots of the first pages (and the last) of the converted document, and of the page
  // with the chart.
  for (const f of fs.readdirSync(SHOTS).filter((f) => f.startsWith(`word-${naam}-`))) fs.rmSync(path.join(SHOTS, f));
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '4', pdf, path.join(SHOTS, `word-${naam}`)]);
  if (paginas > 4) execFileSync('pdftoppm', ['-png', '-r', '70', '-f', String(paginas), '-l', String(paginas), pdf, path.join(SHOTS, `word-${naam}`)]);
  const perPagina = tekst.split('\f');
  const grafiekPagina = perPagina.findIndex((t) => AS_TITEL_REGEL.test(t)) + 1;
  if (grafiekPagina > 0) {
    execFileSync('pdftoppm', ['-png', '-r', '90', '-singlefile', '-f', String(grafiekPagina), '-l', String(grafiekPagina), pdf, path.join(SHOTS, `word-${naam}-grafiek`)]);
  }
  return { tekst, paginas, grafiekPagina, pdf };
}

/** Asserts that `delen` occur in `tekst` in this order (whitespace-insensitive). */
function inVolgorde(tekst, delen, wat) {
  const plat = tekst.replace(/\s+/g, ' ');
  let vanaf = 0;
  for (const d of delen) {
    const i = plat.indexOf(d.replace(/\s+/g, ' '), vanaf);
    assert.ok(i >= 0, `${wat}: "${d}" not found after position ${vanaf}:\n${plat.slice(vanaf, vanaf + 600)}`);
    vanaf = i + d.length;
  }
}

async function importeerArnhem(page) {
  await page.setInputFiles('#import-bestand', ARNHEM);
  await page.waitForSelector('#takenlijst');
}

async function naar(page, slug) {
  await page.click(`nav.secties a[href$="/${slug}"]`).catch(async () => {
    await page.evaluate((s) => { location.hash = location.hash.replace(/\/[^/]*$/, `/${s}`); }, slug);
  });
  await page.waitForFunction((s) => location.hash.endsWith(`/${s}`) && document.activeElement?.id === 'pagina-kop', slug);
}

async function download(page, knop, naam) {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click(knop)]);
  const p = path.join(tmp, naam);
  await d.saveAs(p);
  return { pad: p, voorgesteld: d.suggestedFilename() };
}

test('Word: the Arnhem 2019 form as .docx — module fetched only on the click, opens in LibreOffice with every part in order', { timeout: 400_000 }, async () => {
  const b = await browser();
  try {
    const page = b.ctx.pages()[0] || await b.ctx.newPage();
    b.watch(page);
    let wordVerzoeken = 0;
    page.on('request', (r) => { if (isWord(r.url())) wordVerzoeken += 1; });
    await page.goto(srv.base);
    await page.waitForSelector('body[data-app-klaar="ja"]');
    await importeerArnhem(page);
    await naar(page, 'afronden');
    await page.waitForSelector('#download-word');
    // Everything else has loaded; the Word module has not.
    await page.waitForTimeout(1500);
    assert.equal(wordVerzoeken, 0, 'the Word module was fetched before any Word button was pressed');
    assert.equal(await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /\/split_word[^/]*\.wasm$/.test(e.name)).length), 0);

    const { pad, voorgesteld } = await download(page, '#download-word', 'formulier.docx');
    assert.equal(wordVerzoeken, 1, 'the Word module is fetched once, on the click');
    assert.equal(voorgesteld, 'vangnetuitkering-arnhem-2019.docx');
    await page.waitForFunction(() => /is gedownload/.test(document.querySelector('#download-word-status')?.textContent || ''));
    // A second file needs no second fetch.
    await download(page, '#download-word', 'formulier-2.docx');
    assert.equal(wordVerzoeken, 1);
    assert.equal(fs.readFileSync(pad).subarray(0, 2).toString(), 'PK');

    const { tekst, paginas, grafiekPagina } = docxNaarTekst(pad, 'formulier');
    assert.ok(paginas >= 5, `${paginas} pages`);
    inVolgorde(tekst, [
      'Aanvraag Vangnetuitkering Participatiewet over 2019',
      'Gemeente Arnhem',
      '1. Verklaring college',
      'A. Analyse van de oorzaken van het tekort',
      'B. Getroffen interne en externe maatregelen',
      'B1. Beschrijving getroffen interne maatregelen',
      'B2. Beschrijving getroffen externe maatregelen',
      'C. Beoogd effect',
      'D. Ondertekening',
      'De secretaris,',
      'Naam van de ondertekenaar:',
      'De burgemeester,',
      'Naam van de ondertekenaar:',
      '2. Instemming gemeenteraad',
      'De voorzitter,',
      'Naam van de ondertekenaar:',
      'De griffier,',
      'Naam van de ondertekenaar:',
      'Bijlage voor intern gebruik',
    ], 'form');
    // Table cells (the appendix's figures), the header and the page numbers of the footer.
    for (const cel of ['€ 102.200.000', '€ 9.198.000', '9,00%']) assert.ok(tekst.includes(cel), `table cell ${cel}`);
    // The chart in A, as a native Word chart that LibreOffice draws: its caption, its legend
    // and vertical axis, then its figures as a table, all before B.
    inVolgorde(tekst, [
      'A. Analyse van de oorzaken van het tekort',
      'Grafiek: tekort als percentage van het budget',
      AS_TITEL,
      'Tekort als percentage van het budget per jaar, 2009–2019',
      'Na de grafiek volgt de toelichting.',
      'B. Getroffen interne en externe maatregelen',
    ], 'form with the chart');
    assert.ok(grafiekPagina > 0, 'the chart (its axis title on a line of its own) is in the converted form');
    const grafiekTekst = tekst.split('\f')[grafiekPagina - 1];
    inVolgorde(grafiekTekst, ['Grafiek: tekort als percentage van het budget', '2009', '2019', 'Arnhem', 'Nederland', 'Toegangsdrempel', 'Begin hoogste vergoedingsband', 'Tekort als percentage van het budget per jaar'], 'the chart: caption, axis, legend, then its table');
    assert.ok(tekst.includes('Gemeente Arnhem – vangnetuitkering over 2019'), 'kantlijn in the header');
    assert.ok(tekst.includes(`pagina 1 van ${paginas}`) && tekst.includes(`pagina ${paginas} van ${paginas}`), 'page x of y in the footer');
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});

test('Raadsstukken: edit, saved with the draft, print preview, and both .docx open in LibreOffice with the figures and signatures', { timeout: 400_000 }, async () => {
  const b = await browser();
  try {
    const page = await open(b.ctx, b.watch, srv.base);
    await importeerArnhem(page);
    await naar(page, 'afronden');
    await page.click('#naar-raadsstukken');
    await page.waitForFunction(() => location.hash.endsWith('/raadsstukken') && document.activeElement?.id === 'pagina-kop');
    // The generated texts carry the figures from the rules.
    const tekort = await page.inputValue('#veld-raadsstukken-tekort');
    assert.match(tekort, /€ 9\.198\.000/);
    const voorbeeld = await page.textContent('#raadsvoorstel-afdruk');
    for (const d of ['Voorgesteld besluit', 'in te stemmen met de verklaring van het college van burgemeester en wethouders van Arnhem', '€ 766.500', 'Dit bedrag is voorlopig', '15 augustus 2020', 'geen betrekking op het inhoudelijk oordeel']) {
      assert.ok(voorbeeld.includes(d), `print preview: ${d}`);
    }
    // An edit (hostile text included) is kept, shown in the preview and saved with the draft.
    const eigen = 'Eigen aanleiding <w:p>]]> & "test" \u202Eeinde.';
    await page.fill('#veld-raadsstukken-aanleiding', eigen);
    await page.locator('#veld-raadsstukken-aanleiding').blur();
    const schoon = 'Eigen aanleiding <w:p>]]> & "test" einde.';
    await page.waitForFunction((s) => document.querySelector('#raadsvoorstel-afdruk')?.textContent.includes(s), schoon);
    await page.waitForFunction(() => Object.keys(localStorage).some((k) => (localStorage.getItem(k) || '').includes('Eigen aanleiding')));
    await page.screenshot({ path: path.join(SHOTS, '09-raadsstukken.png'), fullPage: true });
    assert.equal(await page.locator('h1').count(), 1, 'one h1 on the page');
    await axe(page, 'Raadsstukken');
    // Back to the generated text: the stored edit goes, the figures are live again.
    await page.click('#herstel-aanleiding');
    await page.waitForFunction(() => /vraagt over 2019 een vangnetuitkering/.test(document.querySelector('#veld-raadsstukken-aanleiding')?.value || ''));
    await page.waitForFunction(() => !Object.keys(localStorage).some((k) => (localStorage.getItem(k) || '').includes('Eigen aanleiding')));
    await page.fill('#veld-raadsstukken-aanleiding', eigen);
    await page.locator('#veld-raadsstukken-aanleiding').blur();
    await page.waitForFunction(() => Object.keys(localStorage).some((k) => (localStorage.getItem(k) || '').includes('Eigen aanleiding')));
    await page.reload();
    await page.waitForSelector('body[data-app-klaar="ja"]');
    await page.waitForSelector('#veld-raadsstukken-aanleiding');
    assert.equal(await page.inputValue('#veld-raadsstukken-aanleiding'), eigen);

    const voorstel = await download(page, '#download-raadsvoorstel-word', 'raadsvoorstel.docx');
    assert.equal(voorstel.voorgesteld, 'raadsvoorstel-vangnetuitkering-arnhem-2019.docx');
    const v = docxNaarTekst(voorstel.pad, 'raadsvoorstel');
    inVolgorde(v.tekst, [
      'Raadsvoorstel: instemming met de verklaring van het college',
      'Voorgesteld besluit',
      'in te stemmen met de verklaring van het college van burgemeester en wethouders van Arnhem',
      'Aanleiding',
      schoon,
      'Het tekort',
      '€ 9.198.000',
      'Het tekort per jaar',
      'Grafiek: tekort als percentage van het budget',
      AS_TITEL,
      'Tekort als percentage van het budget per jaar',
      'De verwachte vangnetuitkering',
      '€ 766.500',
      'Dit bedrag is voorlopig',
      'Het aanvraagformulier',
      'uitgebreid verzoek',
      'De maatregelen',
      'Bemiddelen aan de poort',
      'Wat uw instemming betekent',
      'De instemming heeft geen betrekking op het inhoudelijk oordeel',
      'Planning',
      '15 augustus 2020',
      'Burgemeester en wethouders van Arnhem',
      'De secretaris',
      'Naam van de ondertekenaar:',
      'De burgemeester',
      'Naam van de ondertekenaar:',
    ], 'raadsvoorstel');
    for (const cel of ['€ 99.000.000', '€ 101.000.000', '€ 102.200.000', '10,00%', '8,10%']) assert.ok(v.tekst.includes(cel), `table cell ${cel}`);
    assert.ok(v.grafiekPagina > 0, 'the raadsvoorstel has the history chart');
    inVolgorde(v.tekst.split('\f')[v.grafiekPagina - 1], ['Grafiek: tekort als percentage van het budget', '2009', '2019', 'Arnhem', 'Nederland', 'Toegangsdrempel', 'Tekort als percentage van het budget per jaar'], 'raadsvoorstel chart');
    // One kantlijn for every document of the application.
    assert.ok(v.tekst.includes('Gemeente Arnhem – vangnetuitkering over 2019'), 'kantlijn of the raadsvoorstel');

    const besluit = await download(page, '#download-raadsbesluit-word', 'raadsbesluit.docx');
    const r = docxNaarTekst(besluit.pad, 'raadsbesluit');
    inVolgorde(r.tekst, [
      'Raadsbesluit',
      'De raad van de gemeente Arnhem;',
      'gelezen het voorstel van het college',
      'besluit:',
      'in te stemmen met de verklaring van het college van burgemeester en wethouders van Arnhem',
      'Aldus besloten in de openbare vergadering van',
      'De raad van de gemeente Arnhem',
      'De voorzitter',
      'Naam van de ondertekenaar:',
      'De griffier',
      'Naam van de ondertekenaar:',
    ], 'raadsbesluit');
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});

test('Word module unavailable: explained at the button, the next click works', { timeout: 120_000 }, async () => {
  // page.route does not see what the service worker fetches (it caches the Word module once
  // used): without the worker, as on a first visit that never registered it.
  const b = await browser({ serviceWorkers: 'block' });
  try {
    const page = await open(b.ctx, b.watch, srv.base);
    let blokkeer = true;
    await page.route((u) => isWord(u.href), (route) => (blokkeer ? route.abort('internetdisconnected') : route.continue()));
    await importeerArnhem(page);
    await naar(page, 'afronden');
    await page.click('#download-word');
    await page.waitForFunction(() => /kon niet worden geladen/.test(document.querySelector('#download-word-status')?.textContent || ''));
    blokkeer = false;
    const { pad } = await download(page, '#download-word', 'opnieuw.docx');
    assert.ok(fs.statSync(pad).size > 10_000);
    const rest = b.problems.filter((p) => !/internetdisconnected|ERR_INTERNET_DISCONNECTED|Failed to fetch|TypeError|Failed to load resource/i.test(p));
    assert.deepEqual(rest, []);
  } finally {
    await b.close();
  }
});
