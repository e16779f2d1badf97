// Baseline 1, the floor: the form's fields as plain HTML, no script, no CSS.
// index.html is the empty form; concept.html the same form with the big draft filled in.
const esc = (s) => String(s ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const tekst = (id, label, v) => `<p><label for="${id}">${esc(label)}</label><br><input type="text" id="${id}" name="${id}" value="${esc(v)}"></p>`;
const lang = (id, label, v, rows = 12) => `<p><label for="${id}">${esc(label)}</label><br><textarea id="${id}" name="${id}" rows="${rows}" cols="80">${esc(v)}</textarea></p>`;
const datum = (id, legend, iso) => {
  const [j, m, d] = iso ? iso.split('-') : ['', '', ''];
  return `<fieldset><legend>${esc(legend)}</legend>${tekst(`${id}-dag`, 'Dag', d && Number(d))}${tekst(`${id}-maand`, 'Maand', m && Number(m))}${tekst(`${id}-jaar`, 'Jaar', j)}</fieldset>`;
};
const janee = (id, legend, v) => `<fieldset><legend>${esc(legend)}</legend>
<label><input type="radio" name="${id}" id="${id}-ja" value="ja"${v === true ? ' checked' : ''}> Ja</label>
<label><input type="radio" name="${id}" id="${id}-nee" value="nee"${v === false ? ' checked' : ''}> Nee</label></fieldset>`;

function maatregel(m, i) {
  const p = `maatregel-${i}`;
  const extern = m.soort === 'extern';
  return `<section><h3>${extern ? 'Externe maatregel' : 'Maatregel'} ${i + 1}${m.naam ? ': ' + esc(m.naam) : ''}</h3>
${tekst(`${p}-naam`, 'Naam van de maatregel', m.naam)}
${tekst(`${p}-groep`, 'Inspanningslijn of groep', m.groep)}
${extern
    ? lang(`${p}-externe_bron`, 'a) Externe bron', m.externe_bron, 4) + lang(`${p}-inzicht`, 'b) Inzicht', m.inzicht, 4) + lang(`${p}-getroffen_maatregel`, 'c) Getroffen maatregel', m.getroffen_maatregel, 4)
    : lang(`${p}-omschrijving`, 'Omschrijving', m.omschrijving, 4)}
${datum(`${p}-datum`, 'Datum waarop de maatregel is getroffen', m.datum_getroffen)}
</section>`;
}

export function plainPage(a) {
  const leeg = !a;
  a = a || { financien: { tekortjaar: 2025, jaren: [] }, maatregelen: [{ soort: 'intern' }], d_college: {}, raad: {}, bronnen: [] };
  const t = a.financien.tekortjaar;
  const jaar = (j) => a.financien.jaren.find((x) => x.jaar === j) || {};
  const jaren = [t, t - 1, t - 2].map((j) => `<fieldset><legend>${j}</legend>
${tekst(`lasten-${j}`, 'Lasten (A)', jaar(j).lasten)}${tekst(`baten-${j}`, 'Baten (R)', jaar(j).baten)}
${tekst(`fout-${j}`, 'Fout/onzeker volgens accountant (D)', jaar(j).fout_onzeker)}${tekst(`budget-${j}`, 'Definitief budget (B)', jaar(j).budget)}</fieldset>`).join('\n');
  const opties = Array.from({ length: 11 }, (_, i) => 2025 - i).map((j) => `<option${j === t ? ' selected' : ''}>${j}</option>`).join('');
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Vangnetuitkering – baseline zonder script${leeg ? '' : ' (groot concept)'}</title>
</head>
<body>
<h1>Aanvraag vangnetuitkering Participatiewet</h1>
<form>
<h2>Rekenen</h2>
${tekst('gemeente', 'Naam van de gemeente', a.gemeente)}
<p><label for="tekortjaar">Tekortjaar</label><br><select id="tekortjaar" name="tekortjaar">${opties}</select></p>
${janee('verleend_vorig_jaar', `Is over ${t - 1} een vangnetuitkering verleend?`, a.financien.verleend_vorig_jaar)}
${janee('verleend_twee_jaar_terug', `Is over ${t - 2} een vangnetuitkering verleend?`, a.financien.verleend_twee_jaar_terug)}
${jaren}
<h2>A. Analyse van de oorzaken van het tekort</h2>
${lang('a_analyse', 'Analyse van de oorzaken van het tekort', a.a_analyse)}
<h2>B. Getroffen interne en externe maatregelen</h2>
${lang('b_toelichting', 'Toelichting op de maatregelen', a.b_toelichting)}
${lang('b1_toelichting', 'Inleiding interne maatregelen', a.b1_toelichting, 4)}
${lang('b2_toelichting', 'Inleiding externe maatregelen', a.b2_toelichting, 4)}
${a.maatregelen.map(maatregel).join('\n')}
<h2>C. Beoogd effect van de maatregelen</h2>
${lang('c_effect', 'Beoogd effect van de genoemde maatregelen', a.c_effect)}
${(a.bronnen.length ? a.bronnen : [{}]).map((b, i) => tekst(`bron-${i}-titel`, 'Titel brondocument', b.titel) + tekst(`bron-${i}-auteur`, 'Auteur', b.auteur) + tekst(`bron-${i}-datum`, 'Datum', b.datum)).join('\n')}
<h2>D. Ondertekening door het college</h2>
${datum('d-datum', 'Datum', a.d_college.datum)}
${tekst('d-secretaris', 'De secretaris', a.d_college.secretaris)}${tekst('d-burgemeester', 'De burgemeester', a.d_college.burgemeester)}
<h2>2. Instemming gemeenteraad</h2>
${datum('raad-datum', 'Datum', a.raad.datum)}
${tekst('raad-voorzitter', 'De voorzitter', a.raad.voorzitter)}${tekst('raad-griffier', 'De griffier', a.raad.griffier)}
</form>
</body>
</html>
`;
}
