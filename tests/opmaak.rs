//! The plain-text conventions of the answers (src/opmaak.rs): text → blocks → HTML, table-driven,
//! including Word- and Excel-pasted text, ragged and empty tables, the chart marker with and
//! without history, hostile text and a 1 MB answer; and the answers in the whole print.

use rust_decimal::Decimal;
use std::time::{Duration, Instant};
use vangnet::document::html::{blokken as html_blokken, pagina_css};
use vangnet::document::{Blok, Document, Grafiek, Tabel};
use vangnet::model::{Aanvraag, HistorieJaar};
use vangnet::opmaak::{blokken, opmerkingen, GEEN_GRAFIEK, LEGE_TABEL, RAFELIGE_TABEL};
use vangnet::print::{afdruk_document, afdruk_html, document, AfdrukOpties};

fn html(tekst: &str, g: Option<&Grafiek>) -> String {
    let mut s = String::new();
    html_blokken(&mut s, &blokken(tekst, g));
    s
}

fn grafiek() -> Grafiek {
    Grafiek {
        bijschrift: "Grafiek: tekort".into(),
        svg: "<svg class=\"grafiek\"></svg>".into(),
        tabel: Tabel {
            bijschrift: Some("Cijfers".into()),
            kop: vec!["Jaar".into(), "Gemeente".into()],
            rechts: vec![false, true],
            rijen: vec![vec!["2018".into(), "9,0%".into()]],
            rijkop: true,
            totaalrij: false,
        },
        ..Grafiek::default()
    }
}

#[test]
fn conventions_render_to_the_expected_html() {
    let gevallen: &[(&str, &str)] = &[
        // Paragraphs and line breaks.
        ("Eén\ntwee\n\nDrie", "<p>Eén<br>twee</p><p>Drie</p>"),
        ("a\r\n\r\nb", "<p>a</p><p>b</p>"),
        ("", ""),
        ("  \n\t\n", ""),
        // Bulleted lists, as typed and as pasted from Word (sign + tab), nested.
        ("De oorzaken:\n- instroom\n- uitstroom", "<p>De oorzaken:</p><ul><li>instroom</li><li>uitstroom</li></ul>"),
        ("•\tEen\n•\tTwee", "<ul><li>Een</li><li>Twee</li></ul>"),
        ("* ster\n– streep", "<ul><li>ster</li><li>streep</li></ul>"),
        ("• Boven\no\tOnder\n◦ Ook onder\n▪ Diep\n• Weer boven", "<ul><li>Boven<ul><li>Onder</li><li>Ook onder<ul><li>Diep</li></ul></li></ul></li><li>Weer boven</li></ul>"),
        ("- een\n  - ingesprongen", "<ul><li>een<ul><li>ingesprongen</li></ul></li></ul>"),
        ("\u{f0b7}\tSymbol-teken uit Word", "<ul><li>Symbol-teken uit Word</li></ul>"),
        // Numbered lists: 1. 1) a) a. with a tab or spaces; letters under numbers nest.
        ("1.\tEerste\n2.\tTweede", "<ol><li>Eerste</li><li>Tweede</li></ol>"),
        ("1) een\n2)  twee", "<ol><li>een</li><li>twee</li></ol>"),
        ("a) een\nb. twee", "<ol class=\"letters\"><li>een</li><li>twee</li></ol>"),
        ("1.\tMaatregel\na)\tdeel\nb)\tdeel\n2.\tVolgende", "<ol><li>Maatregel<ol><li>deel</li><li>deel</li></ol></li><li>Volgende</li></ol>"),
        ("- punt\n1. nummer", "<ul><li>punt</li></ul><ol><li>nummer</li></ol>"),
        // Not lists: ordinary sentences.
        ("1.5 miljoen euro", "<p>1.5 miljoen euro</p>"),
        ("A. Analyse van het tekort", "<p>A. Analyse van het tekort</p>"),
        ("In 2019. Dat jaar", "<p>In 2019. Dat jaar</p>"),
        ("-5% daling", "<p>-5% daling</p>"),
        // Subheadings: only "## " (and "# ", "### ").
        ("## Oorzaken\nTekst", "<p class=\"tussenkop\"><strong>Oorzaken</strong></p><p>Tekst</p>"),
        ("# Kop\n### Ook", "<p class=\"tussenkop\"><strong>Kop</strong></p><p class=\"tussenkop\"><strong>Ook</strong></p>"),
        ("#hashtag en #### vier", "<p>#hashtag en #### vier</p>"),
        ("Oorzaken:", "<p>Oorzaken:</p>"),
        // Tables pasted from Excel: first row the header, figure columns right-aligned.
        (
            "Jaar\tTekort\tNaam\n2018\t€ 1.234.567\tArnhem\n2019\t9,17%\tArnhem",
            "<div class=\"tabel-houder\"><table><thead><tr><th scope=\"col\">Jaar</th><th scope=\"col\">Tekort</th><th scope=\"col\">Naam</th></tr></thead><tbody><tr><td class=\"bedrag\">2018</td><td class=\"bedrag\">€ 1.234.567</td><td>Arnhem</td></tr><tr><td class=\"bedrag\">2019</td><td class=\"bedrag\">9,17%</td><td>Arnhem</td></tr></tbody></table></div>",
        ),
        // Excel's trailing tab (an empty last column) is dropped; a "—" does not spoil a figure column.
        (
            "A\tB\t\n1\t—\t\n2\t3\t",
            "<div class=\"tabel-houder\"><table><thead><tr><th scope=\"col\">A</th><th scope=\"col\">B</th></tr></thead><tbody><tr><td class=\"bedrag\">1</td><td class=\"bedrag\">—</td></tr><tr><td class=\"bedrag\">2</td><td class=\"bedrag\">3</td></tr></tbody></table></div>",
        ),
        // A table between paragraphs.
        ("Voor\nK1\tK2\nx\ty\nNa", "<p>Voor</p><div class=\"tabel-houder\"><table><thead><tr><th scope=\"col\">K1</th><th scope=\"col\">K2</th></tr></thead><tbody><tr><td>x</td><td>y</td></tr></tbody></table></div><p>Na</p>"),
        // One line with a tab is text; a numbered table row is a row, not a list item.
        ("Naam:\tArnhem", "<p>Naam: Arnhem</p>"),
        ("Nr\tNaam\n1.\tPoortwachter", "<div class=\"tabel-houder\"><table><thead><tr><th scope=\"col\">Nr</th><th scope=\"col\">Naam</th></tr></thead><tbody><tr><td>1.</td><td>Poortwachter</td></tr></tbody></table></div>"),
        // Ragged rows: padded, with a note.
        (
            "A\tB\tC\n1\t2\n3\t4\t5\t6",
            "<div class=\"tabel-houder\"><table><thead><tr><th scope=\"col\">A</th><th scope=\"col\">B</th><th scope=\"col\">C</th><th scope=\"col\"></th></tr></thead><tbody><tr><td class=\"bedrag\">1</td><td class=\"bedrag\">2</td><td class=\"bedrag\"></td><td class=\"bedrag\"></td></tr><tr><td class=\"bedrag\">3</td><td class=\"bedrag\">4</td><td class=\"bedrag\">5</td><td class=\"bedrag\">6</td></tr></tbody></table></div><p class=\"opmerking\" role=\"note\">Niet alle rijen van de tabel hebben evenveel cellen; de ontbrekende cellen zijn leeg gelaten. Controleer of de kolommen goed staan.</p>",
        ),
        // An empty table: only the note.
        ("\t\t\n\t\t", "<p class=\"opmerking\" role=\"note\">De geplakte tabel bevat geen tekst en wordt niet getoond.</p>"),
        // The chart marker without history: a note.
        ("Zie:\n[grafiek]\nDus.", "<p>Zie:</p><p class=\"opmerking\" role=\"note\">Geen gegevens voor de grafiek: vul op Inzicht de historie in.</p><p>Dus.</p>"),
        ("[Grafiek als tabel]", "<p class=\"opmerking\" role=\"note\">Geen gegevens voor de grafiek: vul op Inzicht de historie in.</p>"),
        ("Tekst [grafiek] in een zin", "<p>Tekst [grafiek] in een zin</p>"),
        // Hostile text stays text.
        ("<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"),
        ("- </style><img src=x onerror=alert(1)>", "<ul><li>&lt;/style&gt;&lt;img src&#61;x onerror&#61;alert(1)&gt;</li></ul>"),
        ("## <b>kop</b>", "<p class=\"tussenkop\"><strong>&lt;b&gt;kop&lt;/b&gt;</strong></p>"),
        ("a\u{202E}b\u{2066}c\u{0}d", "<p>abcd</p>"),
        ("<x>\t\"y\"\n'z'\t&", "<div class=\"tabel-houder\"><table><thead><tr><th scope=\"col\">&lt;x&gt;</th><th scope=\"col\">&quot;y&quot;</th></tr></thead><tbody><tr><td>&#39;z&#39;</td><td>&amp;</td></tr></tbody></table></div>"),
    ];
    for (tekst, verwacht) in gevallen {
        assert_eq!(html(tekst, None), *verwacht, "input {tekst:?}");
    }
}

#[test]
fn chart_marker_with_history() {
    let g = grafiek();
    let s = html("[grafiek]", Some(&g));
    assert!(s.starts_with("<div class=\"grafiek-figuur\"><p class=\"bijschrift\"><strong>Grafiek: tekort</strong></p><svg class=\"grafiek\"></svg></div><div class=\"tabel-houder\"><table class=\"grafiek-cijfers\">"), "{s}");
    assert!(s.contains("<th scope=\"row\">2018</th><td class=\"bedrag\">9,0%</td>"));
    let s = html("  [GRAFIEK ALS TABEL]  ", Some(&g));
    assert!(s.starts_with("<div class=\"tabel-houder\"><table><caption>Grafiek: tekort</caption>") && !s.contains("<svg"), "{s}");
    assert_eq!(blokken("[grafiek]", Some(&g)), vec![Blok::Grafiek(g)]);
}

#[test]
fn notes_are_collected_for_the_hint_at_the_field() {
    let b = blokken("A\tB\n1\t2\t3\n\n[grafiek]\n\n\t\n\t", None);
    assert_eq!(opmerkingen(&b), vec![RAFELIGE_TABEL.to_string(), GEEN_GRAFIEK.to_string(), LEGE_TABEL.to_string()]);
    assert!(opmerkingen(&blokken("gewoon tekst\n- lijst", None)).is_empty());
}

#[test]
fn wide_tables_are_capped_and_marked() {
    let rij: String = (0..100).map(|i| i.to_string()).collect::<Vec<_>>().join("\t");
    let b = blokken(&format!("{rij}\n{rij}"), None);
    match &b[0] {
        Blok::Tabel(t) => {
            assert_eq!(t.kop.len(), vangnet::opmaak::MAX_KOLOMMEN);
            assert!(t.kop.last().unwrap().ends_with("98 99"));
        }
        b => panic!("{b:?}"),
    }
    assert_eq!(opmerkingen(&b).len(), 1);
    let mut s = String::new();
    html_blokken(&mut s, &b);
    assert!(s.starts_with("<div class=\"tabel-houder\"><table class=\"wijd zeer-wijd\">"));
}

/// Every kind of 1 MB text is parsed and rendered in linear time: about a second in an idle
/// debug build (the bound is generous for a busy machine; a quadratic parser would take hours),
/// and 1 MB takes no more than about 8× as long as 128 KB (linear: 8×; quadratic: 64×).
#[test]
fn one_megabyte_answers_do_not_freeze() {
    let mb = 1 << 20;
    let herhaal = |s: &str| s.repeat(mb / s.len() + 1);
    let teksten = [
        "x".repeat(mb),
        herhaal("Een gewone regel tekst.\n"),
        herhaal("- punt\n  - dieper\n"),
        herhaal("1.\tpunt\na)\tletter\n"),
        herhaal("a\tb\tc\n1\t2\n"),
        herhaal("\t"),
        herhaal("\n"),
        herhaal("<script>&\u{202E}"),
        herhaal("[grafiek]\n"),
        herhaal("## kop\n"),
    ];
    let g = grafiek();
    for t in &teksten {
        let begin = Instant::now();
        let b = blokken(t, Some(&g));
        let mut s = String::new();
        html_blokken(&mut s, &b);
        let duur = begin.elapsed();
        eprintln!("{:?}…: {duur:?}", &t[..20.min(t.len())]);
        assert!(duur < Duration::from_secs(30), "{:?}… took {duur:?}", &t[..20.min(t.len())]);
        assert!(!s.contains("<script"));
    }
    let tijd = |n: usize| {
        let t = "- punt\nJaar\tTekort\n2019\t€ 1\n\ntekst ".repeat(n);
        let begin = Instant::now();
        let mut s = String::new();
        html_blokken(&mut s, &blokken(&t, None));
        begin.elapsed()
    };
    let klein = tijd(128 * 1024 / 40);
    let groot = tijd(1024 * 1024 / 40);
    assert!(groot < klein * 24 + Duration::from_millis(200), "128 KB: {klein:?}, 1 MB: {groot:?}");
}

#[test]
fn the_kantlijn_cannot_break_the_css() {
    let doc =
        Document { kantlijn: "Gemeente \"; } </style><script>alert(1)</script> @import url(x) \u{202E}".into(), ..Document::default() };
    let css = pagina_css(&doc);
    assert!(css.contains("@bottom-right { content: \"pagina \" counter(page) \" van \" counter(pages);"));
    let kant = css.split("content: \"").nth(1).unwrap().split("\";").next().unwrap();
    for verboden in ["\"", "<", ">", "}", ";", "(", "@", "\u{202E}"] {
        assert!(!kant.contains(verboden), "{verboden:?} in {kant}");
    }
    assert!(!css.contains("</style") && !css.contains("url(") && !css.contains("@import"));
}

fn arnhem() -> Aanvraag {
    let json = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/arnhem-2019.json")).unwrap();
    vangnet::export::uit_json(&json).unwrap()
}

#[test]
fn answers_with_chart_and_table_in_the_print() {
    let mut a = arnhem();
    a.a_analyse = format!("{}\n\n[grafiek]\n\nJaar\tTekort\n2018\t€ 1.000\n2019\t€ 2.000", a.a_analyse);
    a.c_effect = "## Verwachting\n1.\tMinder instroom\n2.\tMeer uitstroom\n\n[grafiek als tabel]".into();
    // Without history: notes in A and C, in the print view and the print file alike.
    a.historie.clear();
    let u = a.uitkomst(None).ok();
    let zonder = afdruk_html(&a, u.as_ref(), &AfdrukOpties::default());
    assert_eq!(zonder.matches(GEEN_GRAFIEK).count(), 2);
    assert!(zonder.contains("<ol><li>Minder instroom</li><li>Meer uitstroom</li></ol>"));
    assert!(zonder.contains("<th scope=\"col\">Jaar</th><th scope=\"col\">Tekort</th>"));
    // With history: the chart in A (before B), its table in C.
    a.historie = (2012..=2016)
        .map(|jaar| HistorieJaar { jaar, percentage_gemeente: Some(Decimal::new(i64::from(jaar - 2010), 2)), percentage_landelijk: None })
        .collect();
    let u = a.uitkomst(None).ok();
    let met = afdruk_html(&a, u.as_ref(), &AfdrukOpties { met_analyse: false, ..AfdrukOpties::default() });
    assert!(!met.contains(GEEN_GRAFIEK));
    let svg = met.find("<svg").unwrap();
    assert!(met.find("<h3>A. ").unwrap() < svg && svg < met.find("<h3>B. ").unwrap());
    assert_eq!(met.matches("<svg").count(), 1);
    let c = met.find("<h3>C. ").unwrap();
    assert!(met[c..].contains("<div class=\"tabel-houder\"><table><caption>Grafiek: tekort als percentage van het budget</caption>"));
    let doc = afdruk_document(&a, u.as_ref(), &AfdrukOpties::default());
    assert!(doc.contains("@top-left { content: \"Gemeente Arnhem – vangnetuitkering over 2019\""), "{}", &doc[..200]);
    assert!(doc.contains("counter(pages)"));
    // The Document holds the same: the Word file renders these blocks.
    let d = document(&a, u.as_ref(), &AfdrukOpties::default());
    assert_eq!(d.kantlijn, "Gemeente Arnhem – vangnetuitkering over 2019");
    fn zoek(b: &[Blok], n: &mut usize) {
        for b in b {
            match b {
                Blok::Grafiek(_) => *n += 1,
                Blok::Antwoord(x) | Blok::Bijeen(x) | Blok::Formuliertekst(x) => zoek(x, n),
                Blok::Sectie(s) => zoek(&s.blokken, n),
                _ => {}
            }
        }
    }
    let mut n = 0;
    zoek(&d.blokken, &mut n);
    assert_eq!(n, 2, "the chart in A and in the analysis appendix");
    // Two charts in the answers: each its own SVG ids.
    a.c_effect = "[grafiek]".into();
    let html = afdruk_html(&a, u.as_ref(), &AfdrukOpties::default());
    assert_eq!(html.matches("<svg").count(), 3);
    assert_eq!(html.matches("id=\"antwoord-historie-1-titel\"").count(), 1);
    assert_eq!(html.matches("id=\"antwoord-historie-2-titel\"").count(), 1);
    assert_eq!(html.matches("id=\"afdruk-historie-titel\"").count(), 1);
}
