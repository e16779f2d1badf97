// End-to-end: for drafts in which every check fires, every link in Controleren and in the error
// summary ("Controleer dit onderdeel") moves focus to its field: the focused element is that
// control (or, for a radio group, one of its radios), not the body; the field shows the same
// message (after a visually hidden "Fout: ") and has aria-invalid="true" (not a group heading).
// All problems are collected and reported together. Headless Chromium against dist/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve } from './server.mjs';
import { browser, open, fixture, DIST } from './helpers.mjs';

let srv;
before(async () => { srv = await serve(DIST); });
after(() => srv.server.close());

// "Today" for the deadline: the deadline of 2025 (15-08-2026) and of every older year has passed.
const VANDAAG = new Date('2026-12-01T10:00:00');
const ARNHEM = fixture('arnhem-2019.json');
const arnhem = ARNHEM.aanvraag;
const WACHT = 5000;

const idVan = (page) => decodeURIComponent(new URL(page.url()).hash.split('/')[2] || '');
/** The DOM id of a field from its pointer in the file (`Veld::dom_id`): `maatregelen.m3.naam` → `veld-maatregelen-m3-naam`. */
const domId = (pad) => `veld-${pad.replaceAll('.', '-')}`;
const norm = (t) => (t ?? '').replace(/\s+/g, ' ').trim();

/** Goes to a page of the open draft with the navigation (nothing to do when already there). */
async function naar(page, slug) {
  if (await page.evaluate((s) => location.hash.endsWith(`/${s}`), slug)) return;
  await page.click(`nav.secties a[href$="/${slug}"]`, { timeout: WACHT });
  await page.waitForFunction((s) => location.hash.endsWith(`/${s}`) && document.activeElement?.id === 'pagina-kop', slug, { timeout: WACHT });
}
async function importeer(page, bestand) {
  await page.goto(`${srv.base}#/`);
  await page.waitForSelector('#import-bestand');
  await page.setInputFiles('#import-bestand', { name: 'aanvraag.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bestand)) });
  await page.waitForSelector('#takenlijst');
  return idVan(page);
}
/** The checks of the open draft as the app exports them (id, ernst, tekst, veld as pointer). */
async function controlesUitExport(page) {
  await naar(page, 'afronden');
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);
  const json = JSON.parse(fs.readFileSync(await dl.path(), 'utf8'));
  return new Map(json.afgeleid.controles.map((k) => [k.id, k]));
}

/** True when focus is on element `id`, or inside it when it is a group (fieldset, radio group). */
function focusOpDoel(id) {
  const d = document.getElementById(id);
  const a = document.activeElement;
  if (!d || !a || a === document.body) return false;
  const groep = d.tagName === 'FIELDSET' || ['group', 'radiogroup'].includes(d.getAttribute('role'));
  return a === d || (groep && d.contains(a) && a.matches('input, select, textarea, button'));
}

/** What the page shows at target `id`: focus, its error element, aria-invalid. */
function staatBijDoel(id) {
  const d = document.getElementById(id);
  const a = document.activeElement;
  const groep = !!d && (d.tagName === 'FIELDSET' || ['group', 'radiogroup'].includes(d.getAttribute('role')));
  const f = document.getElementById(`${id}-fout`);
  return {
    bestaat: !!d,
    doelTag: d ? d.tagName : null,
    doelZichtbaar: d ? d.checkVisibility() : false,
    actief: a ? `${a.tagName.toLowerCase()}${a.id ? `#${a.id}` : ''}` : '(niets)',
    body: !a || a === document.body,
    opDoel: !!d && !!a && a !== document.body && (a === d || (groep && d.contains(a))),
    invalid: a ? a.getAttribute('aria-invalid') : null,
    fout: f ? f.textContent : null,
    foutZichtbaar: f ? f.checkVisibility() : false,
    verborgen: f?.querySelector('.visueel-verborgen')?.textContent ?? null,
    hash: location.hash,
  };
}

/**
 * After a link to `doel` was clicked: waits for the focus, lets it settle (a later focus move,
 * e.g. to the page heading, would show), then lists what is wrong. For an error (`fout`) also the
 * message at the field and aria-invalid; a warning is not shown at its field, only focus counts.
 */
async function landing(page, doel, tekst, fout) {
  const mis = [];
  await page.waitForFunction(focusOpDoel, doel, { timeout: WACHT, polling: 'raf' }).catch(() => {});
  await page.waitForTimeout(150);
  const s = await page.evaluate(staatBijDoel, doel);
  if (!s.bestaat) return [`#${doel} is not on the page (${s.hash}); focus on ${s.actief}`];
  if (s.body) mis.push('focus stayed on the body');
  else if (!s.opDoel) mis.push(`focus on ${s.actief}, not on #${doel}`);
  if (!s.doelZichtbaar) mis.push(`#${doel} is not visible`);
  if (!fout) return mis;
  if (s.fout === null) {
    mis.push(`no #${doel}-fout`);
  } else {
    if (!s.foutZichtbaar) mis.push(`#${doel}-fout is not visible`);
    if (norm(s.verborgen) !== 'Fout:') mis.push(`#${doel}-fout does not start with a visually hidden "Fout: " (${JSON.stringify(s.verborgen)})`);
    const bijVeld = norm(s.fout).replace(/^Fout:\s*/, '');
    if (!bijVeld.includes(norm(tekst))) mis.push(`#${doel}-fout says "${bijVeld}", the link says "${norm(tekst)}"`);
  }
  // A group's heading (B1/B2: "add at least one measure") cannot be invalid; every control can.
  if (!/^H[1-6]$/.test(s.doelTag) && s.opDoel && s.invalid !== 'true') mis.push(`aria-invalid="${s.invalid}" on ${s.actief}`);
  return mis;
}

/** The links of Controleren: check id, error or warning, link text and href. */
const controleLinks = (page) => page.evaluate(() => [...document.querySelectorAll('li.controle')].map((li) => {
  const a = li.querySelector('a');
  return { id: li.dataset.id, fout: li.classList.contains('controle--fout'), tekst: a ? a.textContent : null, href: a ? a.getAttribute('href') : null };
}));

test('every link in Controleren and in the error summary lands on its field, with the same message and aria-invalid', { timeout: 120_000 }, async () => {
  const begin = Date.now();
  const problemen = [];
  const gedaan = new Set();
  let links = 0;
  const b = await browser();
  try {
    await b.ctx.clock.setFixedTime(VANDAAG);
    const page = await open(b.ctx, b.watch, srv.base);

    /** Every check on Controleren: present as expected, and each link lands on its field. */
    const controleren = async (naam, verwacht = {}) => {
      const controles = await controlesUitExport(page);
      await naar(page, 'controleren');
      await page.waitForSelector('#controle-samenvatting', { timeout: WACHT });
      const lijst = await controleLinks(page);
      const ids = new Set(lijst.map((k) => k.id));
      for (const [id, doel] of Object.entries(verwacht)) {
        if (!ids.has(id)) problemen.push(`${naam}: check ${id} is not listed on Controleren (listed: ${[...ids].join(', ')})`);
        else if (controles.has(id) && domId(controles.get(id).veld) !== doel) problemen.push(`${naam}: check ${id} names field ${domId(controles.get(id).veld)}, expected ${doel}`);
      }
      for (const k of lijst) {
        const wat = `${naam}, Controleren, ${k.fout ? 'fout' : 'waarschuwing'} ${k.id}`;
        const uitExport = controles.get(k.id);
        if (!uitExport) { problemen.push(`${wat}: not among the exported checks`); continue; }
        if ((uitExport.ernst === 'fout') !== k.fout) problemen.push(`${wat}: severity in the export is ${uitExport.ernst}`);
        if (k.href === null) {
          if (k.fout) problemen.push(`${wat}: not a link`);
          continue;
        }
        if (gedaan.has(k.id)) continue;
        gedaan.add(k.id);
        // The target: the href when it names a field, else the check's field from the export.
        const m = /#(veld-[^/#?]+)$/.exec(k.href);
        const doel = m ? m[1] : domId(uitExport.veld);
        if (m && m[1] !== domId(uitExport.veld)) problemen.push(`${wat}: the link goes to #${m[1]}, the check's field is ${domId(uitExport.veld)}`);
        if (norm(k.tekst) !== norm(uitExport.tekst)) problemen.push(`${wat}: link text "${norm(k.tekst)}" differs from the check's "${norm(uitExport.tekst)}"`);
        try {
          await naar(page, 'controleren');
          await page.click(`li.controle[data-id="${k.id}"] a`, { timeout: WACHT });
          links++;
          for (const p of await landing(page, doel, k.tekst, k.fout)) problemen.push(`${wat} → #${doel}: ${p}`);
        } catch (e) {
          problemen.push(`${wat} → #${doel}: ${e.message.split('\n')[0]}`);
        }
      }
    };

    /** The error summary of page `slug`: every link lands on its field. */
    const samenvatting = async (naam, slug) => {
      const wat = `${naam}, summary on ${slug}`;
      try {
        await naar(page, 'controleren');
        await naar(page, slug);
        await page.click('#controleer-sectie');
        await page.waitForSelector('#fout-samenvatting', { timeout: WACHT });
        await page.waitForFunction(() => document.activeElement?.id === 'fout-samenvatting', null, { timeout: WACHT });
        const items = await page.evaluate(() => [...document.querySelectorAll('#fout-samenvatting li a')].map((a) => ({ tekst: a.textContent, href: a.getAttribute('href') })));
        if (items.length === 0) problemen.push(`${wat}: no links in the summary`);
        for (const [i, it] of items.entries()) {
          const doel = (it.href || '').replace(/^#/, '');
          if (!doel.startsWith('veld-')) { problemen.push(`${wat}, "${norm(it.tekst)}": href ${it.href} names no field`); continue; }
          try {
            await page.locator('#fout-samenvatting li a').nth(i).click({ timeout: WACHT });
            links++;
            for (const p of await landing(page, doel, it.tekst, true)) problemen.push(`${wat}, "${norm(it.tekst)}" → #${doel}: ${p}`);
          } catch (e) {
            problemen.push(`${wat}, "${norm(it.tekst)}" → #${doel}: ${e.message.split('\n')[0]}`);
          }
        }
      } catch (e) {
        problemen.push(`${wat}: ${e.message.split('\n')[0]}`);
      }
    };

    // 1. An empty draft of 2025: the deadline has passed, the grants question is open, every
    //    figure is missing, A, B, C, D and 2 are empty.
    await page.selectOption('#nieuw-jaar', '2025');
    await page.click('#nieuw-concept');
    await page.waitForSelector('#takenlijst');
    await controleren('1 (empty 2025)', {
      'gemeente.leeg': 'veld-gemeente',
      'termijn.verstreken': 'veld-financien-tekortjaar',
      'versie.onbekend': 'veld-financien-verleend_vorig_jaar',
      'cijfers.ontbreken.2025': 'veld-financien-2025-lasten',
      'a.leeg': 'veld-a_analyse',
      'b.leeg': 'veld-b_toelichting',
      'c.leeg': 'veld-c_effect',
      'd.datum': 'veld-d_college-datum',
      'd.secretaris': 'veld-d_college-secretaris',
      'd.burgemeester': 'veld-d_college-burgemeester',
      'raad.datum': 'veld-raad-datum',
      'raad.voorzitter': 'veld-raad-voorzitter',
      'raad.griffier': 'veld-raad-griffier',
    });
    for (const slug of ['rekenen', 'a', 'b', 'c', 'd', 'raad']) await samenvatting('1 (empty 2025)', slug);

    // 2. Arnhem 2019 with an unusable rule override (a threshold of 200%).
    await importeer(page, { ...ARNHEM, aanvraag: { ...arnhem, regelaanpassing: { drempel: '2' } } });
    await naar(page, 'rekenen');
    if (!(await page.isChecked('#regels-aanpassen', { timeout: WACHT }).catch(() => false))) problemen.push('2 (override): #regels-aanpassen is not checked for a draft with regelaanpassing');
    if (!(await page.locator('#veld-regelaanpassing-drempel').isVisible())) problemen.push('2 (override): #veld-regelaanpassing-drempel is not visible');
    await controleren('2 (override)', { 'regels.ongeldig': 'veld-regelaanpassing-drempel' });
    await samenvatting('2 (override)', 'rekenen');

    // 3. A 2016 draft without inhabitants (2016 also has the € 30 per inhabitant route).
    await importeer(page, {
      ...ARNHEM,
      aanvraag: {
        ...arnhem,
        financien: { ...arnhem.financien, tekortjaar: 2016, inwoners: null, voorgangers: [], jaren: [{ jaar: 2016, lasten: '111398000', baten: '0', fout_onzeker: '0', budget: '102200000' }] },
        maatregelen: [],
      },
    });
    await controleren('3 (2016)', { 'inwoners.ontbreken': 'veld-financien-inwoners' });

    // 4. Arnhem 2019 with three measures (one internal, two external) whose answers are gone, and no A.
    const intern = arnhem.maatregelen.find((m) => m.soort === 'intern');
    const extern = arnhem.maatregelen.filter((m) => m.soort === 'extern').slice(0, 2);
    const leeg = [intern, ...extern].map((m) => ({ ...m, naam: '', ...(m.soort === 'extern' ? { externe_bron: '', inzicht: '', getroffen_maatregel: '' } : {}) }));
    const verwacht4 = { 'a.leeg': 'veld-a_analyse' };
    for (const m of leeg) {
      verwacht4[`maatregel.${m.id}.naam`] = `veld-maatregelen-${m.id}-naam`;
      if (m.soort === 'extern') {
        verwacht4[`b2.${m.id}.bron`] = `veld-maatregelen-${m.id}-externe_bron`;
        verwacht4[`b2.${m.id}.inzicht`] = `veld-maatregelen-${m.id}-inzicht`;
        verwacht4[`b2.${m.id}.maatregel`] = `veld-maatregelen-${m.id}-getroffen_maatregel`;
      }
    }
    await importeer(page, { ...ARNHEM, aanvraag: { ...arnhem, a_analyse: '', maatregelen: leeg } });
    await controleren('4 (measures without answers)', verwacht4);
    await samenvatting('4 (measures without answers)', 'b');

    // 5. Arnhem 2019, uitgebreid (granted over t−1), without any measure: B1 and B2 headings.
    await importeer(page, { ...ARNHEM, aanvraag: { ...arnhem, financien: { ...arnhem.financien, verleend_vorig_jaar: true }, maatregelen: [] } });
    await controleren('5 (no measures)', { 'b1.geen': 'veld-maatregelen-intern', 'b2.geen': 'veld-maatregelen-extern' });
    await samenvatting('5 (no measures)', 'b');

    for (const p of b.problems) problemen.push(`browser: ${p}`);
    console.log(`# ${links} links followed (${gedaan.size} checks on Controleren) in ${Math.round((Date.now() - begin) / 1000)} s`);
    assert.ok(problemen.length === 0, `${problemen.length} problem(s):\n${problemen.join('\n')}`);
  } finally {
    await b.close();
  }
});
