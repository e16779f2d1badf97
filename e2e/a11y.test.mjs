// Accessibility (issue 5), in headless Chromium against the release dist/:
// 1. axe-core (WCAG 2.1 A/AA) on every view and state, plus one h1 and "Stap x van y" per view;
// 2. the whole Arnhem 2019 application with the keyboard only, with a visible focus indicator;
// 3. the error summary; 4. 320 px wide without horizontal scrolling; 5. forced colors;
// 6. targets of at least 24×24 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { serve } from './server.mjs';
import { browser, open, fixture, DIST, SHOTS } from './helpers.mjs';

const require = createRequire(import.meta.url);
const AXE_PAD = require.resolve('axe-core/axe.min.js');
const AXE = fs.readFileSync(AXE_PAD, 'utf8');
const AXE_VERSIE = JSON.parse(fs.readFileSync(path.join(path.dirname(AXE_PAD), 'package.json'), 'utf8')).version;
console.log(`axe-core ${AXE_VERSIE}, rules: wcag2a, wcag2aa, wcag21a, wcag21aa`);
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let srv;
before(async () => { srv = await serve(DIST); });
after(() => srv.server.close());

// "Today" for the deadline: July 2020, before the Arnhem 2019 deadline of 15-08-2020.
const VANDAAG = new Date('2020-07-10T10:00:00');
const ARNHEM = fixture('arnhem-2019.json');
const arnhem = ARNHEM.aanvraag;
const HANDTEKENINGEN = {
  d_college: { datum: '2020-06-23', secretaris: 'M. de Secretaris', burgemeester: 'A. Marcouch' },
  raad: { datum: '2020-07-06', voorzitter: 'A. Marcouch', griffier: 'G. de Griffier' },
};
const STAPPEN = ['rekenen', 'a', 'b', 'c', 'd', 'raad', 'controleren', 'afronden'];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vangnet-a11y-'));
const COMPLEET = path.join(tmp, 'arnhem-compleet.json');
fs.writeFileSync(COMPLEET, JSON.stringify({ ...ARNHEM, aanvraag: { ...arnhem, ...HANDTEKENINGEN } }));

async function start(opts) {
  const b = await browser(opts);
  await b.ctx.clock.setFixedTime(VANDAAG);
  const page = await open(b.ctx, b.watch, srv.base);
  return { b, page };
}

const slugVan = (page) => page.evaluate(() => location.hash.split('/').filter(Boolean).slice(-1)[0] || '');

/** Goes to a page of the open draft with the mouse (every test but the keyboard-only one). */
async function naar(page, slug) {
  if (slug === 'afdrukken') {
    await page.evaluate(() => { location.hash = location.hash.replace(/\/[^/]*$/, '/afdrukken'); });
  } else {
    await page.click(`nav.secties a[href$="/${slug}"]`);
  }
  await page.waitForFunction((s) => location.hash.endsWith(`/${s}`) && document.activeElement?.id === 'pagina-kop', slug);
}

async function naarHash(page, hash) {
  await page.evaluate((h) => { location.hash = h; }, hash);
  await page.waitForFunction((h) => location.hash === h && document.activeElement?.id === 'pagina-kop', hash);
}

async function nieuwConcept(page, jaar = '2019') {
  await page.selectOption('#nieuw-jaar', jaar);
  await page.click('#nieuw-concept');
  await page.waitForSelector('#takenlijst');
  await page.waitForFunction(() => document.activeElement?.id === 'pagina-kop');
}

async function importeerCompleet(page) {
  await page.setInputFiles('#import-bestand', COMPLEET);
  await page.waitForSelector('#takenlijst');
  await page.waitForFunction(() => document.activeElement?.id === 'pagina-kop');
}

/** axe-core with the WCAG 2.1 A/AA rules; fails with every violation's id, impact, targets and help. */
async function axe(page, wat) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    // Via DevTools: the app's CSP (no inline script) does not apply to this.
    await page.evaluate(AXE);
  }
  const v = await page.evaluate(async (tags) => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((x) => ({ id: x.id, impact: x.impact, help: x.help, targets: x.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary.replace(/\s+/g, ' ')}`) }));
  }, WCAG);
  const tekst = v.map((x) => `  ${x.id} [${x.impact}] ${x.help}\n${x.targets.map((t) => `      ${t}`).join('\n')}`).join('\n');
  assert.equal(v.length, 0, `axe violations on ${wat}:\n${tekst}`);
}

/** Exactly one h1; on a step "Stap x van y" right above the h1 and at the start of the title. */
async function structuur(page, wat) {
  assert.equal(await page.locator('h1').count(), 1, `${wat}: exactly one h1`);
  const slug = await slugVan(page);
  const concept = await page.evaluate(() => location.hash.startsWith('#/concept/'));
  const i = concept ? STAPPEN.indexOf(slug) : -1;
  if (i >= 0) {
    const verwacht = `Stap ${i + 1} van ${STAPPEN.length}`;
    const kop = await page.evaluate(() => {
      const h1 = document.querySelector('h1');
      const stap = document.getElementById('stap');
      return { stap: stap?.textContent.trim(), vlakVoor: !!stap && h1.previousElementSibling === stap, zichtbaar: !!stap?.checkVisibility() };
    });
    assert.equal(kop.stap, verwacht, `${wat}: step text`);
    assert.ok(kop.vlakVoor && kop.zichtbaar, `${wat}: "${verwacht}" is shown right above the h1`);
    await page.waitForFunction((re) => new RegExp(re).test(document.title), `^(Fout: )?${verwacht}: `, { timeout: 3000 })
      .catch(async () => assert.fail(`${wat}: title "${await page.title()}" does not start with "${verwacht}: "`));
  } else {
    assert.equal(await page.locator('#stap').count(), 0, `${wat}: no step count outside the steps`);
  }
  assert.match(await page.title(), / – Vangnetuitkering Participatiewet$/, `${wat}: page title`);
  const h1 = (await page.textContent('h1')).trim();
  assert.ok((await page.title()).includes(h1) || !concept || slug === 'afdrukken', `${wat}: title "${await page.title()}" names the h1 "${h1}"`);
}

/** Structure and axe on the current view; failures are collected so one run shows them all. */
let fouten = [];
async function view(page, wat, { alleenAxe = false } = {}) {
  for (const f of alleenAxe ? [axe] : [structuur, axe]) {
    try { await f(page, wat); } catch (e) { fouten.push(e.message); }
  }
}

test('1. axe-core: no WCAG 2.1 A/AA violation on any view or state; one h1 and the step per view', { timeout: 300_000 }, async () => {
  const { b, page } = await start();
  fouten = [];
  try {
    await view(page, 'start page (empty)');
    // A bad import file: the error at the file field.
    const kapot = path.join(tmp, 'kapot.json');
    fs.writeFileSync(kapot, '{"formaat": "vangnetuitkering-aanvraag", "schema_version": 1, "aanv');
    await page.setInputFiles('#import-bestand', kapot);
    await page.waitForSelector('#import-fout');
    await view(page, 'start page with an import error', { alleenAxe: true });

    // An empty draft, every page (Uitgebreid: both grants before were "ja").
    await nieuwConcept(page);
    await view(page, 'overzicht (empty draft)');
    await naar(page, 'rekenen');
    await view(page, 'rekenen (empty draft)');
    await page.check('#verleend_vorig_jaar-ja');
    await page.check('#verleend_twee_jaar_terug-ja');
    await page.click('#gebruikte-regels summary');
    await page.click('#stappen summary');
    await view(page, 'rekenen (empty draft, details open)');
    await page.check('#regels-aanpassen');
    await page.check('#herindeling');
    await page.waitForSelector('#veld-financien-voorgangers-1-naam');
    await view(page, 'rekenen (rule override and herindeling open)');
    await page.uncheck('#regels-aanpassen');
    await page.uncheck('#herindeling');
    for (const slug of ['a', 'b']) {
      await naar(page, slug);
      await view(page, `${slug} (empty draft)`);
    }
    await page.click('#voeg-intern-toe');
    await page.waitForFunction(() => /^veld-maatregelen-m\d+-naam$/.test(document.activeElement?.id));
    await page.click('#voeg-extern-toe');
    await page.waitForFunction(() => document.querySelectorAll('section.kaart').length === 2);
    for (const d of await page.locator('details').all()) await d.locator('summary').click();
    await view(page, 'b (uitgebreid, an internal and an external measure card, guidance open)');
    await page.click('section.kaart >> nth=0 >> button:has-text("Verwijderen")');
    await page.waitForSelector('#ongedaan-maken');
    await view(page, 'b (measure removed, undo offered)');
    await page.click('#herstel-maatregel');
    await naar(page, 'c');
    await page.click('#bron-toevoegen');
    await page.waitForSelector('#veld-bronnen-0-titel');
    await view(page, 'c (empty draft, one source document)');
    for (const slug of ['d', 'raad', 'antwoorden', 'analyse']) {
      await naar(page, slug);
      await view(page, `${slug} (empty draft)`);
    }
    await naarHash(page, (await page.evaluate(() => location.hash)).replace(/[^/]*$/, 'antwoorden-b'));
    await view(page, 'antwoorden-b (empty draft)');

    // Errors shown: "Controleer dit onderdeel" on D, then the other parts with their errors.
    await naar(page, 'd');
    await page.click('#controleer-sectie');
    await page.waitForFunction(() => document.activeElement?.id === 'fout-samenvatting');
    await view(page, 'd with the error summary');
    for (const slug of ['rekenen', 'a', 'b', 'c', 'raad']) {
      await naar(page, slug);
      await page.waitForSelector('#fout-samenvatting');
      await view(page, `${slug} with errors shown`);
    }
    for (const slug of ['controleren', 'afronden', 'afdrukken', 'overzicht']) {
      await naar(page, slug);
      await view(page, `${slug} (empty draft)`);
    }

    // The start page with drafts listed, and the delete confirmation.
    await page.click('.kop__naam');
    await page.waitForSelector('#concepten');
    await view(page, 'start page with drafts');
    await page.click('#concepten button:text-is("Verwijderen")');
    await page.waitForFunction(() => document.activeElement?.id === 'bevestig-verwijderen');
    await view(page, 'start page, delete confirmation', { alleenAxe: true });
    await page.click('#concepten button:text-is("Nee")');

    // A complete draft: Arnhem 2019 with signatures.
    await importeerCompleet(page);
    await view(page, 'overzicht (complete)');
    for (const slug of [...STAPPEN, 'antwoorden', 'analyse', 'afdrukken']) {
      await naar(page, slug);
      await view(page, `${slug} (complete)`);
    }
    assert.equal(await page.locator('.controle--fout').count(), 0, 'the complete draft has no errors');

    // The accessibility statement.
    await page.click('footer a[href="#/toegankelijkheid"]');
    await page.waitForSelector('h1:text("Toegankelijkheid")');
    await view(page, 'toegankelijkheidsverklaring');
    // The statement names the axe-core version these tests use.
    assert.match(await page.textContent('main'), new RegExp(`axe-core ${AXE_VERSIE.replaceAll('.', '\\.')}`));
    assert.deepEqual(fouten, [], fouten.join('\n\n'));
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});

/** Presses Tab (or Shift+Tab) until the focused element matches `doel` (a CSS selector or a
 *  predicate run in the page). Only reads the DOM; focus only moves by the keyboard. */
async function tabTo(page, doel, { terug = false, max = 200 } = {}) {
  const past = () => page.evaluate((sel) => !!document.activeElement && document.activeElement.matches(sel), doel);
  for (let i = 0; i <= max; i++) {
    if (await past()) return;
    await page.keyboard.press(terug ? 'Shift+Tab' : 'Tab');
  }
  const nu = await page.evaluate(() => `${document.activeElement?.tagName}#${document.activeElement?.id}`);
  assert.fail(`tabTo: ${doel} not reached in ${max} presses (focus on ${nu})`);
}

const focusOp = (page, id) => page.waitForFunction((id) => document.activeElement?.id === id, id, { timeout: 5000 });

/** The focused element shows a focus indicator: an outline (not "none", ≥ 2 px) or a box-shadow. */
async function focusZichtbaar(page, wat) {
  const s = await page.evaluate(() => {
    const e = document.activeElement;
    const cs = getComputedStyle(e);
    return { el: `${e.tagName.toLowerCase()}#${e.id}`, stijl: cs.outlineStyle, breedte: parseFloat(cs.outlineWidth), schaduw: cs.boxShadow };
  });
  assert.ok((s.stijl !== 'none' && s.breedte >= 2) || s.schaduw !== 'none', `${wat}: focus indicator visible on ${s.el} (${JSON.stringify(s)})`);
}

/** Through the section navigation, with the keyboard: back from the page heading to the link, Enter. */
async function kbNaar(page, slug) {
  await tabTo(page, `nav.secties a[href$="/${slug}"]`, { terug: true });
  await page.keyboard.press('Enter');
  await page.waitForFunction((s) => location.hash.endsWith(`/${s}`) && document.activeElement?.id === 'pagina-kop', slug);
}

async function typVeld(page, id, tekst) {
  await tabTo(page, `#${id}`);
  // Short answers key by key; longer ones as one text input (as pasting or dictation would), which
  // keeps the whole application within the test's time.
  if (tekst.length > 40) await page.keyboard.insertText(tekst);
  else await page.keyboard.type(tekst);
}

async function kbDatum(page, veld, iso) {
  const [j, m, d] = iso.split('-');
  await typVeld(page, `veld-${veld}`, String(Number(d)));
  await page.keyboard.press('Tab');
  await focusOp(page, `veld-${veld}-maand`);
  await page.keyboard.type(String(Number(m)));
  await page.keyboard.press('Tab');
  await focusOp(page, `veld-${veld}-jaar`);
  await page.keyboard.type(j);
  await page.keyboard.press('Tab');
}

test('2. keyboard only: the whole Arnhem 2019 application, with a visible focus indicator', { timeout: 300_000 }, async () => {
  const { b, page } = await start();
  try {
    await focusOp(page, 'pagina-kop');
    // The skip link: first in the tab order, visible when focused, Enter puts focus on the content.
    await tabTo(page, 'a.overslaan', { terug: true });
    const overslaan = await page.evaluate(() => { const r = document.activeElement.getBoundingClientRect(); return r.left >= 0 && r.top >= 0 && r.width > 0; });
    assert.ok(overslaan, 'the skip link is visible when focused');
    await focusZichtbaar(page, 'skip link');
    await page.keyboard.press('Enter');
    await focusOp(page, 'hoofdinhoud');
    await tabTo(page, '#nieuw-jaar');
    await focusZichtbaar(page, 'year select');
    for (let i = 0; i < 20 && (await page.inputValue('#nieuw-jaar')) !== '2019'; i++) await page.keyboard.press('ArrowDown');
    assert.equal(await page.inputValue('#nieuw-jaar'), '2019');
    await tabTo(page, '#nieuw-concept');
    await focusZichtbaar(page, 'button');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#takenlijst');
    await focusOp(page, 'pagina-kop');

    // Rekenen.
    await kbNaar(page, 'rekenen');
    await focusZichtbaar(page, 'heading after navigation');
    await typVeld(page, 'veld-gemeente', arnhem.gemeente);
    await focusZichtbaar(page, 'text input');
    await tabTo(page, '#verleend_vorig_jaar-ja');
    await page.keyboard.press('Space');
    await focusZichtbaar(page, 'radio');
    await page.keyboard.press('Tab');
    await focusOp(page, 'verleend_twee_jaar_terug-ja');
    await page.keyboard.press('ArrowRight');
    assert.ok(await page.isChecked('#verleend_twee_jaar_terug-nee'), 'arrow keys choose in a radio group');
    await page.keyboard.press('ArrowLeft');
    assert.ok(await page.isChecked('#verleend_vorig_jaar-ja') && await page.isChecked('#verleend_twee_jaar_terug-ja'));
    for (const j of arnhem.financien.jaren) {
      for (const f of ['lasten', 'baten', 'fout_onzeker', 'budget']) {
        await typVeld(page, `veld-financien-${j.jaar}-${f}`, Number(j[f]).toLocaleString('nl-NL'));
      }
    }
    await page.keyboard.press('Tab');
    assert.equal(await page.textContent('#uitkomst-hoofd'), 'Recht op een vangnetuitkering van € 766.500');
    assert.match(await page.textContent('#formulierversie'), /uitgebreid verzoek/);

    // A.
    await kbNaar(page, 'a');
    await typVeld(page, 'veld-a_analyse', arnhem.a_analyse);
    await focusZichtbaar(page, 'textarea');
    await page.keyboard.press('Tab');

    // B: the texts and every measure of the application (internal first, as in the fixture).
    const intern = arnhem.maatregelen.filter((m) => m.soort === 'intern');
    const extern = arnhem.maatregelen.filter((m) => m.soort === 'extern');
    assert.deepEqual([...intern, ...extern], arnhem.maatregelen, 'the fixture lists internal measures first');
    const nieuweMaatregel = async (knop, m, velden) => {
      const voor = await page.evaluate(() => [...document.querySelectorAll('section.kaart')].map((s) => s.id));
      await tabTo(page, knop);
      await page.keyboard.press('Enter');
      await page.waitForFunction((voor) => {
        const id = document.activeElement?.id || '';
        return /^veld-maatregelen-m\d+-naam$/.test(id) && !voor.includes(id.replace(/-naam$/, ''));
      }, voor);
      const pre = (await page.evaluate(() => document.activeElement.id)).replace(/-naam$/, '');
      if (m.naam.length > 40) await page.keyboard.insertText(m.naam);
      else await page.keyboard.type(m.naam);
      for (const f of velden) await typVeld(page, `${pre}-${f}`, m[f]);
      await page.keyboard.press('Tab');
    };
    await kbNaar(page, 'b');
    await typVeld(page, 'veld-b_toelichting', arnhem.b_toelichting);
    await typVeld(page, 'veld-b1_toelichting', arnhem.b1_toelichting);
    for (const m of intern) await nieuweMaatregel('#voeg-intern-toe', m, ['groep', 'omschrijving']);
    await typVeld(page, 'veld-b2_toelichting', arnhem.b2_toelichting);
    for (const m of extern) await nieuweMaatregel('#voeg-extern-toe', m, ['groep', 'externe_bron', 'inzicht', 'getroffen_maatregel']);

    // C, with every source document: forward to "Verder" below the 39 measures, as a keyboard user would.
    await tabTo(page, '#volgende', { max: 60 });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash.endsWith('/c') && document.activeElement?.id === 'pagina-kop');
    await typVeld(page, 'veld-c_effect', arnhem.c_effect);
    for (const [i, bron] of arnhem.bronnen.entries()) {
      await tabTo(page, '#bron-toevoegen');
      await page.keyboard.press('Enter');
      await focusOp(page, `veld-bronnen-${i}-titel`);
      if (bron.titel.length > 40) await page.keyboard.insertText(bron.titel);
      else await page.keyboard.type(bron.titel);
      await typVeld(page, `veld-bronnen-${i}-auteur`, bron.auteur);
      await typVeld(page, `veld-bronnen-${i}-datum`, bron.datum);
      await page.keyboard.press('Tab');
    }

    // D and 2: the date as dag/maand/jaar, and the names.
    await kbNaar(page, 'd');
    await kbDatum(page, 'd_college-datum', HANDTEKENINGEN.d_college.datum);
    await typVeld(page, 'veld-d_college-secretaris', HANDTEKENINGEN.d_college.secretaris);
    await typVeld(page, 'veld-d_college-burgemeester', HANDTEKENINGEN.d_college.burgemeester);
    await page.keyboard.press('Tab');
    await kbNaar(page, 'raad');
    await focusZichtbaar(page, 'navigation link (after Enter)');
    await kbDatum(page, 'raad-datum', HANDTEKENINGEN.raad.datum);
    await typVeld(page, 'veld-raad-voorzitter', HANDTEKENINGEN.raad.voorzitter);
    await typVeld(page, 'veld-raad-griffier', HANDTEKENINGEN.raad.griffier);
    await page.keyboard.press('Tab');

    // Controleren: no errors.
    await kbNaar(page, 'controleren');
    assert.equal(await page.locator('.controle--fout').count(), 0, await page.textContent('main'));

    // Afronden: the JSON file, with Enter.
    await kbNaar(page, 'afronden');
    await tabTo(page, '#download-json');
    await focusZichtbaar(page, 'download button');
    const [dl] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const uit = JSON.parse(fs.readFileSync(await dl.path(), 'utf8')).aanvraag;
    // The whole application: exactly the fixture plus the signatures.
    assert.deepEqual(uit, { ...arnhem, ...HANDTEKENINGEN, id: uit.id });

    // The focus indicator also on a nav link reached by Shift+Tab.
    await tabTo(page, 'nav.secties a', { terug: true });
    await focusZichtbaar(page, 'navigation link');
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});

/** The error summary of the current page: focused, "Er is een probleem", each item a link to its
 *  field with the field's own message; title "Fout: …"; aria-invalid and aria-describedby. */
async function foutSamenvatting(page, wat) {
  await page.click('#controleer-sectie');
  await page.waitForSelector('#fout-samenvatting');
  await focusOp(page, 'fout-samenvatting');
  assert.equal((await page.textContent('#fout-samenvatting h2')).trim(), 'Er is een probleem');
  await page.waitForFunction(() => document.title.startsWith('Fout: '), null, { timeout: 3000 })
    .catch(async () => assert.fail(`${wat}: title "${await page.title()}" does not start with "Fout: "`));
  const links = await page.locator('#fout-samenvatting li a').all();
  assert.ok(links.length > 0, `${wat}: the summary lists the errors`);
  for (const link of links) {
    const tekst = (await link.textContent()).trim();
    const doel = (await link.getAttribute('href')).replace(/^#/, '');
    assert.match(doel, /^veld-/, `${wat}: "${tekst}" links to a field`);
    await link.focus();
    await page.keyboard.press('Enter');
    // The field (or, for a radio group, its first radio) gets the focus.
    await page.waitForFunction((id) => {
      const doel = document.getElementById(id);
      const a = document.activeElement;
      return !!doel && (a === doel || (doel.tagName === 'FIELDSET' && doel.contains(a) && a.matches('input')));
    }, doel, { timeout: 3000 }).catch(async () => assert.fail(`${wat}: Enter on "${tekst}" did not move focus to #${doel} (focus on #${await page.evaluate(() => document.activeElement?.id)})`));
    const veld = await page.evaluate((id) => {
      const a = document.activeElement;
      const groep = document.getElementById(id);
      const fout = document.getElementById(`${id}-fout`);
      return {
        control: a.matches('input, textarea, select'),
        fout: fout ? fout.textContent : null,
        verborgen: fout?.querySelector('.visueel-verborgen')?.textContent ?? null,
        invalid: a.getAttribute('aria-invalid'),
        describedby: (a.getAttribute('aria-describedby') || '').split(/\s+/),
        groepDescribedby: (groep.getAttribute('aria-describedby') || '').split(/\s+/),
      };
    }, doel);
    assert.ok(veld.fout !== null, `${wat}: #${doel}-fout exists`);
    assert.equal(veld.verborgen, 'Fout: ', `${wat}: the message at #${doel} starts with a visually hidden "Fout: "`);
    assert.equal(veld.fout.replace(/^Fout: /, '').trim(), tekst, `${wat}: the summary item equals the message at the field`);
    // A form control is marked invalid; a group's heading (e.g. "B1", for "add at least one
    // measure") cannot be, but carries the message below it like a field.
    if (veld.control) assert.equal(veld.invalid, 'true', `${wat}: #${doel} has aria-invalid="true"`);
    else assert.ok(await page.evaluate((id) => document.getElementById(id).matches('h2, h3, fieldset'), doel), `${wat}: #${doel} is a group heading`);
    assert.ok(veld.describedby.includes(`${doel}-fout`), `${wat}: #${doel} aria-describedby has the error id (${veld.describedby})`);
  }
}

test('3. error summary: focused, "Er is een probleem", links to the fields, same words, Fout: in the title, ARIA at the field', { timeout: 120_000 }, async () => {
  const { b, page } = await start();
  try {
    await nieuwConcept(page);
    await naar(page, 'd');
    await foutSamenvatting(page, 'D');
    assert.match(await page.title(), /^Fout: Stap 5 van 8: D\. Ondertekening door het college/);
    // Also the other kinds of field: radios and amounts (Rekenen), a measure card (B).
    await naar(page, 'rekenen');
    await foutSamenvatting(page, 'Rekenen');
    await page.check('#verleend_vorig_jaar-ja');
    await naar(page, 'b');
    await page.click('#voeg-extern-toe');
    await page.waitForSelector('section.kaart');
    await foutSamenvatting(page, 'B');
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});

test('4. 320 px wide: no horizontal scrolling on any page (screenshots in e2e/screenshots/320-*.png)', { timeout: 300_000 }, async () => {
  const { b, page } = await start({ viewport: { width: 320, height: 640 } });
  try {
    const meet = async (naam) => {
      const w = await page.evaluate(() => {
        const breed = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5 && e.checkVisibility())
          .slice(0, 5).map((e) => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}.${[...e.classList].join('.')} (right ${Math.round(e.getBoundingClientRect().right)})`);
        return { scroll: document.documentElement.scrollWidth, hoogte: document.documentElement.scrollHeight, breed };
      });
      assert.ok(w.scroll <= 320, `${naam}: scrollWidth ${w.scroll} > 320; too wide: ${w.breed.join(', ')}`);
      // At 320 px page B with its measures is some 66.000 px tall, and a full-page shot of that
      // takes Chromium longer than the timeout: a tall page gets a shot of its first screen (the
      // whole page is measured above).
      await page.screenshot({ path: path.join(SHOTS, `320-${naam}.png`), fullPage: w.hoogte <= 8000 });
    };
    // The start page with a draft listed.
    await importeerCompleet(page);
    await page.click('.kop__naam');
    await page.waitForSelector('#concepten');
    await meet('start');
    await page.click('#concepten th a');
    await page.waitForSelector('#takenlijst');
    await meet('overzicht');
    for (const slug of ['rekenen', 'a', 'b', 'c', 'd', 'raad', 'controleren', 'afronden', 'antwoorden', 'analyse', 'afdrukken']) {
      await naar(page, slug);
      if (slug === 'rekenen') {
        await page.click('#gebruikte-regels summary');
        await page.click('#stappen summary');
      }
      await meet(slug);
    }
    await page.click('footer a[href="#/toegankelijkheid"]');
    await page.waitForSelector('h1:text("Toegankelijkheid")');
    await meet('toegankelijkheid');
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});

test('5. forced colors: focus indicator and error summary border stay visible; no axe violations', { timeout: 120_000 }, async () => {
  const { b, page } = await start();
  try {
    await page.emulateMedia({ forcedColors: 'active' });
    assert.ok(await page.evaluate(() => matchMedia('(forced-colors: active)').matches));
    await nieuwConcept(page);
    await naar(page, 'd');
    await page.click('#controleer-sectie');
    await focusOp(page, 'fout-samenvatting');
    const rand = await page.evaluate(() => {
      const cs = getComputedStyle(document.getElementById('fout-samenvatting'));
      return { stijl: cs.borderTopStyle, breedte: parseFloat(cs.borderTopWidth), kleur: cs.borderTopColor, achter: getComputedStyle(document.body).backgroundColor };
    });
    assert.ok(rand.stijl !== 'none' && rand.breedte >= 2 && rand.kleur !== rand.achter, `error summary border visible: ${JSON.stringify(rand)}`);
    const focusRand = async (wat) => {
      const s = await page.evaluate(() => {
        const cs = getComputedStyle(document.activeElement);
        return { el: document.activeElement.id, stijl: cs.outlineStyle, breedte: parseFloat(cs.outlineWidth), kleur: cs.outlineColor, achter: getComputedStyle(document.body).backgroundColor };
      });
      // Forced colors drop box-shadows: the outline itself must show.
      assert.ok(s.stijl !== 'none' && s.breedte >= 2 && s.kleur !== s.achter, `${wat}: focus outline visible in forced colors: ${JSON.stringify(s)}`);
    };
    await page.keyboard.press('Tab');
    assert.ok(await page.evaluate(() => document.activeElement.matches('#fout-samenvatting a')));
    await focusRand('error summary link');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.matches('input'));
    await focusRand('text field');
    await tabTo(page, '#controleer-sectie');
    await focusRand('button');
    await tabTo(page, 'nav.secties a', { terug: true });
    await focusRand('navigation link');
    await axe(page, 'd with errors, forced colors');
    await naar(page, 'rekenen');
    await axe(page, 'rekenen with errors, forced colors');
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});

/** Buttons, navigation links, radios, checkboxes (and button-like links, summaries) that are
 *  visible and smaller than 24×24 px. */
const kleineDoelen = (page) => page.evaluate(() => {
  const sel = 'button, a.knop, [role="button"], nav a, input[type="radio"], input[type="checkbox"], input[type="file"], summary';
  return [...document.querySelectorAll(sel)].filter((e) => e.checkVisibility()).map((e) => {
    const r = e.getBoundingClientRect();
    return { el: `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''} "${(e.textContent || e.getAttribute('aria-label') || '').trim().slice(0, 30)}"`, w: Math.round(r.width * 10) / 10, h: Math.round(r.height * 10) / 10 };
  }).filter((d) => d.w < 24 || d.h < 24);
});

test('6. targets: every visible button, navigation link, radio and checkbox is at least 24×24 px', { timeout: 180_000 }, async () => {
  const { b, page } = await start();
  try {
    const klein = [];
    const meet = async (wat) => { for (const d of await kleineDoelen(page)) klein.push(`${wat}: ${d.el} ${d.w}×${d.h}`); };
    await meet('start');
    await nieuwConcept(page);
    await naar(page, 'rekenen');
    await page.check('#verleend_vorig_jaar-ja');
    await page.check('#regels-aanpassen');
    await meet('rekenen');
    await page.uncheck('#regels-aanpassen');
    await naar(page, 'b');
    await page.click('#voeg-extern-toe');
    await page.click('#controleer-sectie');
    await page.waitForSelector('#fout-samenvatting');
    await meet('b with a measure and errors');
    await page.click('.kop__naam');
    await page.waitForSelector('#concepten');
    await meet('start with drafts');
    await importeerCompleet(page);
    await meet('overzicht');
    for (const slug of [...STAPPEN, 'antwoorden', 'analyse', 'afdrukken']) {
      await naar(page, slug);
      await meet(slug);
    }
    for (const breed of [320]) {
      await page.setViewportSize({ width: breed, height: 640 });
      for (const slug of ['rekenen', 'b']) {
        await naar(page, slug);
        await meet(`${slug} at ${breed} px`);
      }
    }
    assert.deepEqual(klein, [], `targets smaller than 24×24 px:\n${klein.join('\n')}`);
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});
