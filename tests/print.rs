//! The print view: order of the form, filled-in declarations, signatures, escaping of hostile
//! text, the standalone document's self-containment, the optional appendix, and the analysis
//! appendix (history chart, effect totals, AEF ambition) only when it is filled in.

mod common;

use common::aef;
use rust_decimal::Decimal;
use vangnet::date::Date;
use vangnet::model::{Aanvraag, Ambitie, Brondocument, Effect, EffectInstellingen, EffectJaar, HistorieJaar, Maatregel, Soort};
use vangnet::print::{afdruk_document, afdruk_html, escape, AfdrukOpties, AFDRUK_CSS};
use vangnet::rules::{JaarCijfers, RegelAanpassing};

fn m(n: i64) -> Decimal {
    Decimal::from(n) * Decimal::from(1_000_000)
}

fn datum(j: i32, mnd: u32, d: u32) -> Date {
    Date::new(j, mnd, d).unwrap()
}

fn maatregel(id: &str, soort: Soort, naam: &str, groep: &str) -> Maatregel {
    Maatregel {
        id: id.into(),
        soort,
        naam: naam.into(),
        groep: groep.into(),
        omschrijving: format!("Omschrijving van {naam}."),
        externe_bron: if soort == Soort::Extern { format!("Bron van {naam}.") } else { String::new() },
        inzicht: if soort == Soort::Extern { format!("Inzicht van {naam}.") } else { String::new() },
        getroffen_maatregel: if soort == Soort::Extern { format!("Getroffen: {naam}.") } else { String::new() },
        datum_getroffen: None,
        effect: None,
        ..Maatregel::default()
    }
}

/// A complete uitgebreid verzoek over 2019 for Arnhem.
fn uitgebreid() -> Aanvraag {
    let mut a = Aanvraag::nieuw("t1", 2019);
    a.gemeente = "Arnhem".into();
    a.financien.verleend_vorig_jaar = Some(true);
    a.financien.verleend_twee_jaar_terug = Some(false);
    let jaar = |j, lasten, budget| JaarCijfers::volledig(j, lasten, Decimal::ZERO, Decimal::ZERO, budget);
    a.financien.jaren = vec![jaar(2017, m(110), m(100)), jaar(2018, m(110), m(100)), jaar(2019, m(115), m(100))];
    a.a_analyse = "Het tekort over 2019 is € 15 mln (15%).\n\nDe oorzaken:\n- instroom\n- uitstroom".into();
    a.b_toelichting = "Algemene toelichting op de maatregelen.".into();
    a.b1_toelichting = "Inleiding op de interne maatregelen.".into();
    a.b2_toelichting = "Inleiding op de externe maatregelen.".into();
    let mut i1 = maatregel("m1", Soort::Intern, "Intensivering poortwachter", "Instroom beperken");
    i1.datum_getroffen = Some(datum(2019, 2, 1));
    let i2 = maatregel("m2", Soort::Intern, "Wijkgericht werken", "Uitstroom bevorderen");
    let mut e1 = maatregel("m3", Soort::Extern, "Bevorderen ondernemerschap", "");
    e1.datum_getroffen = Some(datum(2019, 3, 15));
    e1.effect = Some(Effect {
        minder_uitkeringen: Some(Decimal::from(25)),
        besparing: Some(Decimal::from(250_000)),
        toelichting: "Schatting op basis van 2018.".into(),
    });
    let e2 = maatregel("m4", Soort::Extern, "Samenwerking SW-bedrijf", "");
    a.maatregelen = vec![i1, e1, i2, e2];
    a.c_effect = "Wij verwachten 100 uitkeringen minder.".into();
    a.d_college.datum = Some(datum(2020, 6, 30));
    a.d_college.secretaris = "S. Secretaris".into();
    a.d_college.burgemeester = "A. Burgemeester".into();
    a.raad.datum = Some(datum(2020, 7, 9));
    a.raad.voorzitter = "V. Voorzitter".into();
    a.raad.griffier = "G. Griffier".into();
    a
}

fn pos(html: &str, needle: &str) -> usize {
    html.find(needle).unwrap_or_else(|| panic!("{needle:?} not found"))
}

fn document(a: &Aanvraag, opties: &AfdrukOpties) -> String {
    let u = a.uitkomst(None).unwrap();
    afdruk_document(a, Some(&u), opties)
}

#[test]
fn title_and_version() {
    let a = uitgebreid();
    let html = afdruk_html(&a, None, &AfdrukOpties::default());
    // The title block is the first section.
    let kop = &html[..pos(&html, "</section>")];
    assert!(kop.contains("<h1>Aanvraag Vangnetuitkering Participatiewet over 2019</h1>"));
    assert!(kop.contains("Versie: uitgebreid verzoek"));
    assert!(kop.contains("Gemeente Arnhem"));
    assert_eq!(html.matches("<h1>").count(), 1);
    let doc = document(&a, &AfdrukOpties::default());
    let titel = &doc[pos(&doc, "<title>")..pos(&doc, "</title>")];
    assert!(titel.contains("over 2019") && titel.contains("uitgebreid verzoek") && titel.contains("Arnhem"));
}

#[test]
fn headings_follow_the_form() {
    let a = uitgebreid();
    let html = afdruk_html(&a, None, &AfdrukOpties::default());
    let volgorde = [
        pos(&html, "Wat is een vangnetuitkering?"),
        pos(&html, "<h2>1. Verklaring college bij een uitgebreid verzoek</h2>"),
        pos(&html, "<h3>A. "),
        pos(&html, "<h3>B. "),
        pos(&html, "<h4>B1. "),
        pos(&html, "<h4>B2. "),
        pos(&html, "<h3>C. "),
        pos(&html, "<h3>D. "),
        pos(&html, "<h2>2. Instemming gemeenteraad</h2>"),
    ];
    assert!(volgorde.windows(2).all(|w| w[0] < w[1]), "{volgorde:?}");
    // Answers under their questions.
    assert!(pos(&html, "<h3>A. ") < pos(&html, "Het tekort over 2019") && pos(&html, "Het tekort over 2019") < pos(&html, "<h3>B. "));
    assert!(html.contains("<ul><li>instroom</li><li>uitstroom</li></ul>"));
    // Internal measures under B1, grouped; external ones under B2 with the three questions.
    let b1 = pos(&html, "<h4>B1. ");
    let b2 = pos(&html, "<h4>B2. ");
    for naam in ["Intensivering poortwachter", "Wijkgericht werken", "Instroom beperken", "Uitstroom bevorderen"] {
        let p = pos(&html, naam);
        assert!(b1 < p && p < b2, "{naam}");
    }
    assert!(html.contains("<strong>Intensivering poortwachter</strong>"));
    let m1 = pos(&html, "Maatregel 1. Bevorderen ondernemerschap");
    let m2 = pos(&html, "Maatregel 2. Samenwerking SW-bedrijf");
    assert!(b2 < m1 && m1 < m2 && m2 < pos(&html, "<h3>C. "));
    let vragen = [
        pos(&html, "a) Wat is (zijn) de externe bron"),
        pos(&html, "Bron van Bevorderen"),
        pos(&html, "b) Welk inzicht"),
        pos(&html, "Inzicht van Bevorderen"),
        pos(&html, "c) Welke externe maatregel"),
        pos(&html, "Getroffen: Bevorderen"),
    ];
    assert!(vragen.windows(2).all(|w| w[0] < w[1]), "{vragen:?}");
    assert!(html.contains("Getroffen op 15-03-2019"));
    assert!(html.contains("Getroffen op 01-02-2019"));
    assert!(html.contains("25 uitkeringen minder per jaar") && html.contains("besparing € 250.000 per jaar"));
}

#[test]
fn declarations_and_signatures() {
    let a = uitgebreid();
    let html = afdruk_html(&a, None, &AfdrukOpties::default());
    let d = pos(&html, "<h3>D. ");
    let raad = pos(&html, "<h2>2. Instemming gemeenteraad</h2>");
    let verklaring =
        pos(&html, "Het college van burgemeester en wethouders van de gemeente Arnhem verklaart dat het voor 15 augustus 2020 de genoemde");
    assert!(d < verklaring && verklaring < raad);
    let instemming = pos(&html, "De gemeenteraad van de gemeente Arnhem stemt in met de onder 1. afgegeven verklaring");
    assert!(raad < instemming);
    for (tekst, na) in [
        ("Datum: 30-06-2020", d),
        ("De secretaris,", d),
        ("Naam van de ondertekenaar: S. Secretaris", d),
        ("De burgemeester,", d),
        ("Naam van de ondertekenaar: A. Burgemeester", d),
        ("Datum: 09-07-2020", raad),
        ("De voorzitter,", raad),
        ("Naam van de ondertekenaar: V. Voorzitter", raad),
        ("De griffier,", raad),
        ("Naam van de ondertekenaar: G. Griffier", raad),
    ] {
        assert!(pos(&html, tekst) > na, "{tekst}");
    }
    assert!(pos(&html, "Naam van de ondertekenaar: A. Burgemeester") < raad);
}

#[test]
fn empty_answers_and_signatures_are_visible() {
    let mut a = Aanvraag::nieuw("leeg", 2019);
    a.gemeente = "Arnhem".into();
    a.financien.verleend_vorig_jaar = Some(true);
    let html = afdruk_html(&a, None, &AfdrukOpties::default());
    // A, B1, B2 and C are empty.
    assert!(html.matches("(niet ingevuld)").count() >= 4);
    assert!(html.contains("Datum: <span class=\"lijn\">"));
    assert!(html.contains("Naam van de ondertekenaar: <span class=\"lijn\">"));
    let a_deel = &html[pos(&html, "<h3>A. ")..pos(&html, "<h3>B. ")];
    assert!(a_deel.contains("(niet ingevuld)"));
}

const VIJANDIG: &str = "<script>alert(1)</script> <img src=x onerror=alert(1)> \"><svg onload=alert(1)> javascript:alert(1) \u{202E}evil\n\n- '><script>alert(2)</script>";

fn vijandig() -> Aanvraag {
    let v = VIJANDIG.to_string();
    let mut a = uitgebreid();
    a.id = v.clone();
    a.gemeente = v.clone();
    a.a_analyse = v.clone();
    a.b_toelichting = v.clone();
    a.b1_toelichting = v.clone();
    a.b2_toelichting = v.clone();
    for m in &mut a.maatregelen {
        m.id = v.clone();
        m.naam = v.clone();
        m.groep = v.clone();
        m.omschrijving = v.clone();
        m.externe_bron = v.clone();
        m.inzicht = v.clone();
        m.getroffen_maatregel = v.clone();
        m.effect = Some(Effect { minder_uitkeringen: Some(Decimal::ONE), besparing: None, toelichting: v.clone() });
    }
    a.c_effect = v.clone();
    a.d_college.secretaris = v.clone();
    a.d_college.burgemeester = v.clone();
    a.raad.voorzitter = v.clone();
    a.raad.griffier = v.clone();
    a.bronnen = vec![Brondocument { titel: v.clone(), auteur: v.clone(), datum: v.clone() }];
    a.regelaanpassing = Some(RegelAanpassing { drempel: Some(Decimal::new(5, 2)), reden: v.clone(), ..RegelAanpassing::default() });
    a
}

fn assert_veilig(s: &str) {
    for verboden in ["<script", "<img", "<svg", "onerror=", "onload=", "\u{202E}"] {
        assert!(!s.to_lowercase().contains(verboden), "{verboden:?} in output");
    }
}

#[test]
fn hostile_text_is_never_output_unescaped() {
    let a = vijandig();
    let u = a.uitkomst(None).unwrap();
    for opties in [
        AfdrukOpties::default(),
        AfdrukOpties { met_berekening: false, met_analyse: true },
        AfdrukOpties { met_berekening: true, met_analyse: false },
    ] {
        let html = afdruk_html(&a, Some(&u), &opties);
        assert_veilig(&html);
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        let doc = afdruk_document(&a, Some(&u), &opties);
        assert_veilig(&doc);
        let titel = &doc[pos(&doc, "<title>") + "<title>".len()..pos(&doc, "</title>")];
        assert!(!titel.contains('<') && !titel.contains('>'), "{titel}");
    }
    // Also without an outcome and for the basisverzoek.
    let mut b = vijandig();
    b.financien.verleend_vorig_jaar = Some(false);
    b.financien.verleend_twee_jaar_terug = Some(false);
    assert_veilig(&afdruk_document(&b, None, &AfdrukOpties::default()));
}

#[test]
fn standalone_document_is_self_contained() {
    for a in [uitgebreid(), vijandig()] {
        let doc = document(&a, &AfdrukOpties::default());
        assert!(doc.starts_with("<!doctype html>"));
        assert!(doc.contains("<html lang=\"nl\">"));
        assert!(doc.contains("<meta charset=\"utf-8\">"));
        assert_eq!(doc.matches("<style>").count(), 1);
        assert!(doc.contains("@page"));
        assert!(doc.contains(AFDRUK_CSS));
        for verboden in ["<script", "src=", "href=", "url(", "@import", "<link", "<img", "<iframe"] {
            assert!(!doc.to_lowercase().contains(verboden), "{verboden:?} in document");
        }
        assert_eq!(doc.matches("<article class=\"afdruk\"").count(), 1);
    }
}

#[test]
fn replaced_rules_are_announced() {
    let mut a = uitgebreid();
    let html = afdruk_html(&a, None, &AfdrukOpties::default());
    assert!(!html.contains("aangepaste regels"));
    a.regelaanpassing = Some(RegelAanpassing {
        drempel: Some(Decimal::new(5, 2)),
        reden: "Regeling 2026 gepubliceerd".into(),
        ..RegelAanpassing::default()
    });
    let u = a.uitkomst(None).unwrap();
    let html = afdruk_html(&a, Some(&u), &AfdrukOpties { met_berekening: false, ..AfdrukOpties::default() });
    let w = pos(&html, "Let op: de berekening gebruikt door de gemeente aangepaste regels:");
    assert!(w < pos(&html, "<h2>1. Verklaring college"));
    assert!(html.contains("toegangsdrempel: 5,0% (in plaats van 7,5%)"));
    assert!(html.contains("Reden: Regeling 2026 gepubliceerd"));
    // An override that replaces nothing is not active: no warning.
    a.regelaanpassing = Some(RegelAanpassing { reden: "niets".into(), ..RegelAanpassing::default() });
    assert!(!afdruk_html(&a, None, &AfdrukOpties::default()).contains("aangepaste regels"));
}

#[test]
fn appendix_only_when_asked_and_computed() {
    let a = uitgebreid();
    let u = a.uitkomst(None).unwrap();
    let met = afdruk_html(&a, Some(&u), &AfdrukOpties::default());
    let bijlage = pos(&met, "Bijlage voor intern gebruik: berekening (geen onderdeel van het formulier)");
    assert!(bijlage > pos(&met, "<h2>2. Instemming gemeenteraad</h2>"));
    let b = &met[bijlage..];
    for tekst in [
        "Netto lasten",
        "Fout/onzeker",
        "Budget",
        "Tekort",
        "% van het budget",
        "<th scope=\"row\">2019 (tekortjaar)</th>",
        "€ 15.000.000",
        "15,00%",
        "Voldaan",
        "Eigen risico",
        "€ 5.000.000",
        "uitgebreid verzoek",
        "15 augustus 2020",
    ] {
        assert!(b.contains(tekst), "{tekst:?} not in appendix");
    }
    assert!(b.contains("<th scope=\"col\">"));
    if !u.voorlopig.is_empty() {
        assert!(b.contains("Voorlopig:"));
    }
    for stap in &u.stappen {
        assert!(b.contains(&escape(&stap.titel)), "{}", stap.titel);
    }
    let zonder = afdruk_html(&a, Some(&u), &AfdrukOpties { met_berekening: false, ..AfdrukOpties::default() });
    assert!(!zonder.contains("Bijlage voor intern gebruik: berekening"));
    let geen_uitkomst = afdruk_html(&a, None, &AfdrukOpties::default());
    assert!(!geen_uitkomst.contains("Bijlage voor intern gebruik: berekening"));
    assert!(AfdrukOpties::default().met_berekening && AfdrukOpties::default().met_analyse);
    // Without analysis data there is no other appendix either.
    let mut b = a.clone();
    for m in &mut b.maatregelen {
        m.effect = None;
    }
    let geen = afdruk_html(&b, None, &AfdrukOpties { met_berekening: false, ..AfdrukOpties::default() });
    assert!(!geen.contains("Bijlage voor intern gebruik"));
}

#[test]
fn basisverzoek_has_b_without_b1_b2() {
    let mut a = uitgebreid();
    a.financien.verleend_vorig_jaar = Some(false);
    a.financien.verleend_twee_jaar_terug = Some(false);
    let u = a.uitkomst(None).unwrap();
    let html = afdruk_html(&a, Some(&u), &AfdrukOpties::default());
    assert!(html.contains("Versie: basisverzoek"));
    assert!(html.contains("<h2>1. Verklaring college bij een basisverzoek</h2>"));
    assert!(!html.contains("<h4>B1.") && !html.contains("<h4>B2.") && !html.contains("B1. Beschrijving"));
    let b = pos(&html, "<h3>B. Getroffen maatregelen om het tekort te reduceren</h3>");
    assert!(pos(&html, "<h3>A. ") < b && b < pos(&html, "<h3>C. "));
    // All measures are listed under B.
    for naam in ["Intensivering poortwachter", "Wijkgericht werken", "Bevorderen ondernemerschap", "Samenwerking SW-bedrijf"] {
        let p = pos(&html, naam);
        assert!(b < p && p < pos(&html, "<h3>C. "), "{naam}");
    }
    assert!(html.contains("verklaart dat het voor 15 augustus 2020 maatregelen heeft getroffen"));
    assert!(pos(&html, "<h3>D. ") < pos(&html, "<h2>2. Instemming gemeenteraad</h2>"));
}

#[test]
fn single_form_of_2016_prints() {
    let mut a = uitgebreid();
    a.financien.tekortjaar = 2016;
    let html = afdruk_html(&a, None, &AfdrukOpties::default());
    assert!(html.contains("over 2016"));
    assert!(!html.contains("Versie:"));
    assert!(pos(&html, "<h3>A. ") < pos(&html, "<h3>B. ") && pos(&html, "<h3>C. ") < pos(&html, "<h3>D. "));
    assert!(html.contains("Naam van de ondertekenaar: V. Voorzitter"));
}

// ---- The analysis appendix ----

const ANALYSE_KOP: &str = "<h2>Bijlage voor intern gebruik: analyse (geen onderdeel van het formulier)</h2>";

/// `uitgebreid()` without any analysis data (its one measure effect removed).
fn zonder_analyse() -> Aanvraag {
    let mut a = uitgebreid();
    for m in &mut a.maatregelen {
        m.effect = None;
    }
    a
}

fn met_historie(mut a: Aanvraag) -> Aanvraag {
    a.historie = (2012..=2016)
        .map(|jaar| HistorieJaar {
            jaar,
            percentage_gemeente: Some(Decimal::new(i64::from(jaar - 2010), 2)),
            percentage_landelijk: Some(Decimal::new(-1, 2)),
        })
        .collect();
    a
}

#[test]
fn no_analysis_prints_exactly_as_before() {
    let a = zonder_analyse();
    let u = a.uitkomst(None).unwrap();
    for uitkomst in [None, Some(&u)] {
        let met = afdruk_html(&a, uitkomst, &AfdrukOpties::default());
        let zonder = afdruk_html(&a, uitkomst, &AfdrukOpties { met_analyse: false, ..AfdrukOpties::default() });
        assert_eq!(met, zonder);
        assert!(!met.contains("analyse (geen onderdeel") && !met.contains("<svg"));
        for kop in ["Verloop van het tekort", "Effect van de maatregelen", "Ambitie aantal uitkeringen"] {
            assert!(!met.contains(kop), "{kop}");
        }
    }
    // Analysis fields present but empty count as not filled in: an empty ambition, settings
    // without any effect, a single history year without figures to compare with.
    let mut b = zonder_analyse();
    b.ambitie = Some(Ambitie::default());
    b.effect_instellingen = Some(EffectInstellingen { kosten_per_uitkering: Some(Decimal::from(15_000)), aantal_uitkeringen: None });
    b.historie = vec![HistorieJaar { jaar: 2010, percentage_gemeente: Some(Decimal::new(3, 2)), percentage_landelijk: None }];
    assert_eq!(afdruk_html(&b, None, &AfdrukOpties::default()), afdruk_html(&a, None, &AfdrukOpties::default()));
}

#[test]
fn analysis_appendix_with_chart_effect_and_ambition() {
    let mut a = met_historie(uitgebreid());
    a.ambitie = Some(aef());
    a.effect_instellingen = Some(EffectInstellingen { kosten_per_uitkering: Some(Decimal::from(10_000)), aantal_uitkeringen: None });
    let m = a.maatregelen[0].id.clone();
    a.effect_jaren = vec![
        EffectJaar { maatregel_id: m.clone(), jaar: 2020, minder_uitkeringen: Some(Decimal::from(30)), besparing: None },
        EffectJaar { maatregel_id: m, jaar: 2021, minder_uitkeringen: None, besparing: Some(Decimal::from(500_000)) },
    ];
    let u = a.uitkomst(None).unwrap();
    let html = afdruk_html(&a, Some(&u), &AfdrukOpties::default());
    let berekening = pos(&html, "Bijlage voor intern gebruik: berekening");
    let analyse = pos(&html, ANALYSE_KOP);
    assert!(berekening < analyse);
    assert!(html[..analyse].ends_with("<section class=\"bijlage analyse nieuwe-pagina\">"));
    assert_eq!(html.matches(ANALYSE_KOP).count(), 1);
    let b = &html[analyse..];

    // The chart (history 2012–2016 plus the engine's 2017–2019) and its table, in order.
    let kop = pos(b, "<h3>Verloop van het tekort</h3>");
    let svg = pos(b, "<svg ");
    let tabel = pos(b, "<table class=\"grafiek-cijfers\">");
    assert!(kop < svg && svg < tabel);
    assert_eq!(b.matches("<svg ").count(), 1);
    assert_eq!(b.matches("class=\"punt punt--gemeente\"").count(), 8);
    assert_eq!(b.matches("class=\"punt punt--landelijk\"").count(), 5);
    assert_eq!(b.matches("class=\"drempel drempel--toegang\"").count(), 5);
    assert!(
        b.contains("role=\"img\"")
            && b.contains("<title id=\"afdruk-historie-titel\">Tekort als percentage van het budget, 2012–2019</title>")
    );
    assert!(b.contains(">Arnhem</text>"));
    // Engine years: 10%, 10%, 15%; the table says so too.
    assert!(b.contains("<th scope=\"row\">2019</th><td class=\"bedrag\">15,0% (berekend)</td>"));

    // Effect totals per year against the tekort (€ 15 mln) and the eigen risico (7,5% of € 100 mln).
    let effect = pos(b, "<h3>Effect van de maatregelen</h3>");
    assert!(tabel < effect);
    let e = &b[effect..];
    assert!(e.contains("Tekort over 2019: € 15.000.000."), "{e}");
    assert!(e.contains("Eigen risico: € 7.500.000."), "{e}");
    assert!(e.contains("Kosten per uitkering: € 10.000,00 (ingevuld)."));
    assert!(e.contains("<th scope=\"col\">Deel van het tekort</th>") && e.contains("<th scope=\"col\">Deel van het eigen risico</th>"));
    // Measure 3's undivided effect (25 uitkeringen, € 250.000 per year): 1,7% and 3,3%.
    assert!(e.contains("<tr><th scope=\"row\">Per jaar (niet over jaren verdeeld)</th><td class=\"bedrag\">25</td><td class=\"bedrag\">€ 250.000</td><td class=\"bedrag\">1,7%</td><td class=\"bedrag\">3,3%</td></tr>"), "{e}");
    // 2020: 30 × € 10.000 = € 300.000 = 2,0% of the tekort, 4,0% of the eigen risico.
    assert!(e.contains("<tr><th scope=\"row\">2020</th><td class=\"bedrag\">30</td><td class=\"bedrag\">€ 300.000</td><td class=\"bedrag\">2,0%</td><td class=\"bedrag\">4,0%</td></tr>"), "{e}");
    assert!(e.contains("<th scope=\"row\">2021</th><td class=\"bedrag\">0</td><td class=\"bedrag\">€ 500.000</td>"));
    assert!(e.contains("<th scope=\"row\">Totaal</th><td class=\"bedrag\"><strong>55</strong></td><td class=\"bedrag\"><strong>€ 1.050.000</strong></td><td class=\"bedrag\"><strong>7,0%</strong></td><td class=\"bedrag\"><strong>14,0%</strong></td>"), "{e}");

    // The AEF table: −365 / −615 in 2019, afterwards −606 against −730 realised: 124 more.
    let ambitie = pos(b, "<h3>Ambitie aantal uitkeringen (methode AEF)</h3>");
    assert!(effect < ambitie);
    let t = &b[ambitie..];
    assert!(t.contains("Start 2018: 7.700 uitkeringen. Extra daling bovenop de landelijke trend: 500 over 4 jaar (2018–2021)."));
    assert!(t.contains("<tr><th scope=\"row\">2019</th><td class=\"bedrag\">-250</td><td class=\"bedrag\">-365</td><td class=\"bedrag\">-615</td><td class=\"bedrag\">7.150</td><td class=\"bedrag\">-550</td><td class=\"bedrag\">-65</td></tr>"), "{t}");
    assert!(t.contains("<th scope=\"row\">Achteraf, met de vastgestelde trend (2018–2021)</th><td class=\"bedrag\"><strong>-500</strong></td><td class=\"bedrag\"><strong>-106</strong></td><td class=\"bedrag\"><strong>-606</strong></td><td class=\"bedrag\"><strong>6.970</strong></td><td class=\"bedrag\"><strong>-730</strong></td><td class=\"bedrag\"><strong>124</strong></td>"), "{t}");
    assert!(t.contains("<th scope=\"col\">"));
    assert!(html.ends_with("</section></article>"));

    // Switched off: gone, and the rest unchanged.
    let zonder = afdruk_html(&a, Some(&u), &AfdrukOpties { met_analyse: false, ..AfdrukOpties::default() });
    assert!(!zonder.contains(ANALYSE_KOP) && !zonder.contains("<svg"));
    assert_eq!(zonder, html[..analyse - "<section class=\"bijlage analyse nieuwe-pagina\">".len()].to_string() + "</article>");
}

#[test]
fn analysis_parts_appear_only_when_filled() {
    // Only the history: the chart, no effect or ambition headings. Without an outcome the
    // chart has the history's own points.
    let a = met_historie(zonder_analyse());
    let html = afdruk_html(&a, None, &AfdrukOpties::default());
    assert!(html.contains(ANALYSE_KOP) && html.contains("<h3>Verloop van het tekort</h3>"));
    assert!(!html.contains("Bijlage voor intern gebruik: berekening"));
    assert_eq!(html.matches("class=\"punt punt--gemeente\"").count(), 5);
    assert!(!html.contains("Effect van de maatregelen") && !html.contains("Ambitie aantal uitkeringen"));

    // Only the effect of one measure (uitgebreid() as is).
    let a = uitgebreid();
    let u = a.uitkomst(None).unwrap();
    let html = afdruk_html(&a, Some(&u), &AfdrukOpties::default());
    let b = &html[pos(&html, ANALYSE_KOP)..];
    assert!(b.contains("<h3>Effect van de maatregelen</h3>") && b.contains("€ 250.000"));
    assert!(!b.contains("<svg") && !b.contains("Verloop van het tekort") && !b.contains("Ambitie aantal uitkeringen"));
    // No cost per uitkering and no way to derive it: not mentioned.
    assert!(!b.contains("Kosten per uitkering"));

    // Only an ambition, not yet complete: the Dutch reason instead of a table.
    let mut a = zonder_analyse();
    a.ambitie = Some(Ambitie { startjaar: Some(2020), ..Ambitie::default() });
    let html = afdruk_html(&a, None, &AfdrukOpties::default());
    let b = &html[pos(&html, ANALYSE_KOP)..];
    assert!(b.contains("<h3>Ambitie aantal uitkeringen (methode AEF)</h3>"));
    assert!(b.contains("De ambitie is nog niet te berekenen. Vul voor de ambitie in: het aantal uitkeringen bij de start"), "{b}");
    assert!(!b.contains("<table") && !b.contains("<svg") && !b.contains("Effect van de maatregelen"));

    // Still in progress: a provisional year is marked.
    let mut am = aef();
    am.jaren[2].trend_realisatie = None;
    a.ambitie = Some(am);
    let html = afdruk_html(&a, None, &AfdrukOpties::default());
    assert!(html.contains("<th scope=\"row\">2021 (voorlopig)</th>") && html.contains("Voorlopig:"));
    assert!(html.contains("<th scope=\"row\">2020</th>"));
    assert!(html.contains("De ambitie achteraf is bekend zodra"));
    assert!(!html.contains("Achteraf, met de vastgestelde trend"));
}

#[test]
fn analysis_appendix_escapes_hostile_text_and_stays_self_contained() {
    let mut a = met_historie(vijandig());
    a.ambitie = Some(aef());
    a.effect_jaren =
        vec![EffectJaar { maatregel_id: VIJANDIG.into(), jaar: 2020, minder_uitkeringen: Some(Decimal::ONE), besparing: None }];
    let u = a.uitkomst(None).unwrap();
    for opties in [AfdrukOpties::default(), AfdrukOpties { met_berekening: false, ..AfdrukOpties::default() }] {
        for html in [afdruk_html(&a, Some(&u), &opties), afdruk_document(&a, Some(&u), &opties), afdruk_html(&a, None, &opties)] {
            let b = &html[pos(&html, ANALYSE_KOP)..];
            assert!(
                b.contains("<h3>Verloop van het tekort</h3>")
                    && b.contains("<h3>Effect van de maatregelen</h3>")
                    && b.contains("<h3>Ambitie")
            );
            // Exactly our one chart; everything else as before.
            assert_eq!(html.to_lowercase().matches("<svg").count(), 1);
            assert!(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"grafiek\""));
            let zonder_grafiek = html.replacen("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"grafiek\"", "", 1);
            assert_veilig(&zonder_grafiek);
            // The gemeente's name in the chart is escaped.
            let svg = &b[pos(b, "<svg ")..pos(b, "</svg>")];
            assert!(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
            for verboden in ["<script", "<img", "onerror=", "onload=", "\u{202E}"] {
                assert!(!svg.contains(verboden), "{verboden:?} in the chart");
            }
        }
    }
    let doc = document(&a, &AfdrukOpties::default());
    assert!(doc.contains(AFDRUK_CSS) && AFDRUK_CSS.contains("@media (forced-colors: active)") && AFDRUK_CSS.contains(".grafiek"));
    for verboden in ["<script", "src=", "href=", "url(", "@import", "<link", "<img", "<iframe", "style="] {
        assert!(!doc.to_lowercase().contains(verboden), "{verboden:?} in document");
    }
    assert_eq!(doc.matches("<style>").count(), 1);
}
