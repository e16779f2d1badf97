// Baseline 2: the vangnet form in SurveyJS, with the same fields as the app, per-keystroke model
// updates (textUpdateMode "onTyping", like the app), a live result expression, and the same
// 400 ms debounced autosave to localStorage.
// ?concept=1 loads the draft the benchmark put in localStorage ("bench.concept", the app's export
// format; 150 measures become 150 panels of a dynamic panel); ?pagina=a opens page A.
(function () {
  var q = new URLSearchParams(location.search);
  var jaarVelden = function (k, jaar) {
    return [
      { type: 'text', name: 'lasten_' + k, title: 'Lasten (A) ' + jaar, maskType: 'numeric', maskSettings: { thousandsSeparator: '.', decimalSeparator: ',' } },
      { type: 'text', name: 'baten_' + k, title: 'Baten (R) ' + jaar, maskType: 'numeric', maskSettings: { thousandsSeparator: '.', decimalSeparator: ',' } },
      { type: 'text', name: 'fout_' + k, title: 'Fout/onzeker volgens accountant (D) ' + jaar, maskType: 'numeric', maskSettings: { thousandsSeparator: '.', decimalSeparator: ',' } },
      { type: 'text', name: 'budget_' + k, title: 'Definitief budget (B) ' + jaar, maskType: 'numeric', maskSettings: { thousandsSeparator: '.', decimalSeparator: ',' } },
    ];
  };
  var datum = function (name, title) { return { type: 'text', inputType: 'date', name: name, title: title }; };
  var json = {
    locale: 'nl',
    textUpdateMode: 'onTyping',
    checkErrorsMode: 'onValueChanged',
    showProgressBar: 'top',
    pages: [
      { name: 'rekenen', title: 'Rekenen: tekort en vangnetuitkering', elements: [
        { type: 'text', name: 'gemeente', title: 'Naam van de gemeente', isRequired: true },
        { type: 'dropdown', name: 'tekortjaar', title: 'Tekortjaar', choices: [2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017, 2016, 2015], defaultValue: 2025 },
        { type: 'boolean', name: 'verleend_vorig_jaar', title: 'Is over het vorige jaar een vangnetuitkering verleend?' },
        { type: 'boolean', name: 'verleend_twee_jaar_terug', title: 'Is over twee jaar terug een vangnetuitkering verleend?' },
      ].concat(jaarVelden(0, 'tekortjaar'), jaarVelden(1, 'jaar ervoor'), jaarVelden(2, 'twee jaar ervoor'), [
        { type: 'expression', name: 'tekort', title: 'Tekort in het tekortjaar (€)', expression: '{lasten_0} - {baten_0} - {fout_0} - {budget_0}', displayStyle: 'decimal' },
        { type: 'expression', name: 'tekort_pct', title: 'Tekort als percentage van het budget', expression: 'iif({budget_0} > 0, ({lasten_0} - {baten_0} - {fout_0} - {budget_0}) / {budget_0} * 100, 0)', displayStyle: 'decimal', maximumFractionDigits: 2 },
      ]) },
      { name: 'a', title: 'A. Analyse van de oorzaken van het tekort', elements: [
        { type: 'comment', name: 'a_analyse', title: 'Analyse van de oorzaken van het tekort', description: 'Noem ook de omvang van het tekort (bedrag of percentage).', rows: 12, isRequired: true, maxLength: 1000000 },
      ] },
      { name: 'b', title: 'B. Getroffen interne en externe maatregelen', elements: [
        { type: 'comment', name: 'b_toelichting', title: 'Toelichting op de maatregelen', rows: 12 },
        { type: 'comment', name: 'b1_toelichting', title: 'Inleiding interne maatregelen', rows: 4 },
        { type: 'comment', name: 'b2_toelichting', title: 'Inleiding externe maatregelen', rows: 4 },
        { type: 'paneldynamic', name: 'maatregelen', title: 'Maatregelen', maxPanelCount: 1000, panelAddText: 'Maatregel toevoegen', templateTitle: 'Maatregel {panelIndex}: {panel.naam}', templateElements: [
          { type: 'radiogroup', name: 'soort', title: 'Soort', choices: [{ value: 'intern', text: 'Intern' }, { value: 'extern', text: 'Extern' }], defaultValue: 'intern' },
          { type: 'text', name: 'naam', title: 'Naam van de maatregel', isRequired: true },
          { type: 'text', name: 'groep', title: 'Inspanningslijn of groep' },
          { type: 'comment', name: 'omschrijving', title: 'Omschrijving', rows: 4, visibleIf: "{panel.soort} = 'intern'" },
          { type: 'comment', name: 'externe_bron', title: 'a) Externe bron', rows: 4, visibleIf: "{panel.soort} = 'extern'" },
          { type: 'comment', name: 'inzicht', title: 'b) Inzicht', rows: 4, visibleIf: "{panel.soort} = 'extern'" },
          { type: 'comment', name: 'getroffen_maatregel', title: 'c) Getroffen maatregel', rows: 4, visibleIf: "{panel.soort} = 'extern'" },
          datum('datum_getroffen', 'Datum waarop de maatregel is getroffen'),
        ] },
      ] },
      { name: 'c', title: 'C. Beoogd effect van de maatregelen', elements: [
        { type: 'comment', name: 'c_effect', title: 'Beoogd effect van de genoemde maatregelen', rows: 12, isRequired: true },
        { type: 'paneldynamic', name: 'bronnen', title: 'Brondocumenten', templateElements: [
          { type: 'text', name: 'titel', title: 'Titel' }, { type: 'text', name: 'auteur', title: 'Auteur' }, { type: 'text', name: 'datum', title: 'Datum' },
        ] },
      ] },
      { name: 'd', title: 'D. Ondertekening door het college', elements: [
        datum('d_datum', 'Datum'), { type: 'text', name: 'd_secretaris', title: 'De secretaris' }, { type: 'text', name: 'd_burgemeester', title: 'De burgemeester' },
      ] },
      { name: 'raad', title: '2. Instemming gemeenteraad', elements: [
        datum('raad_datum', 'Datum'), { type: 'text', name: 'raad_voorzitter', title: 'De voorzitter' }, { type: 'text', name: 'raad_griffier', title: 'De griffier' },
      ] },
    ],
  };

  function uitConcept(c) {
    var a = c.aanvraag, f = a.financien, d = {
      gemeente: a.gemeente, tekortjaar: f.tekortjaar,
      verleend_vorig_jaar: f.verleend_vorig_jaar, verleend_twee_jaar_terug: f.verleend_twee_jaar_terug,
      a_analyse: a.a_analyse, b_toelichting: a.b_toelichting, b1_toelichting: a.b1_toelichting, b2_toelichting: a.b2_toelichting,
      c_effect: a.c_effect, bronnen: a.bronnen,
      maatregelen: a.maatregelen.map(function (m) {
        return { soort: m.soort, naam: m.naam, groep: m.groep, omschrijving: m.omschrijving, externe_bron: m.externe_bron,
          inzicht: m.inzicht, getroffen_maatregel: m.getroffen_maatregel, datum_getroffen: m.datum_getroffen || undefined };
      }),
      d_datum: a.d_college.datum || undefined, d_secretaris: a.d_college.secretaris, d_burgemeester: a.d_college.burgemeester,
      raad_datum: a.raad.datum || undefined, raad_voorzitter: a.raad.voorzitter, raad_griffier: a.raad.griffier,
    };
    [0, 1, 2].forEach(function (k) {
      var j = f.jaren.find(function (x) { return x.jaar === f.tekortjaar - k; }) || {};
      d['lasten_' + k] = j.lasten && Number(j.lasten); d['baten_' + k] = j.baten && Number(j.baten);
      d['fout_' + k] = j.fout_onzeker && Number(j.fout_onzeker); d['budget_' + k] = j.budget && Number(j.budget);
    });
    return d;
  }

  // SurveyJS caps a dynamic panel at 100 panels by default; the big draft has 150 measures.
  Survey.settings.panel.maxPanelCount = 1000;
  var survey = new Survey.Model(json);
  window.survey = survey;
  if (q.get('concept')) {
    var t = localStorage.getItem('bench.concept');
    if (t) survey.data = uitConcept(JSON.parse(t));
  }
  if (q.get('pagina')) survey.currentPage = survey.getPageByName(q.get('pagina'));
  // Autosave, debounced like the app's.
  var wachtend = null;
  survey.onValueChanged.add(function () {
    if (wachtend) clearTimeout(wachtend);
    wachtend = setTimeout(function () {
      wachtend = null;
      localStorage.setItem('bench.sjs.concept', JSON.stringify(survey.data));
    }, 400);
  });
  survey.render(document.getElementById('survey'));
  requestAnimationFrame(function () { document.body.setAttribute('data-app-klaar', 'ja'); });
})();
