//! The Word renderer (`vangnet::word`): for a table-driven set of documents, the .docx parts are
//! well-formed XML (parsed back with roxmltree), the styles and numbering are real Word
//! structure, tables repeat their header row and keep rows whole, and hostile text stays text.

mod common;

use vangnet::document::{Blok, Document, Grafiek, Lijst, LijstItem, Ondertekening, Stuk, Tabel};
use vangnet::word;

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// The entries of a stored (method 0) ZIP, from its central directory.
fn unzip(z: &[u8]) -> Vec<(String, Vec<u8>)> {
    let u16_at = |i: usize| u16::from_le_bytes([z[i], z[i + 1]]) as usize;
    let u32_at = |i: usize| u32::from_le_bytes([z[i], z[i + 1], z[i + 2], z[i + 3]]) as usize;
    let eocd = (0..z.len() - 21).rev().find(|&i| u32_at(i) == 0x0605_4b50).expect("end of central directory");
    let n = u16_at(eocd + 10);
    let mut p = u32_at(eocd + 16);
    let mut uit = Vec::new();
    for _ in 0..n {
        assert_eq!(u32_at(p), 0x0201_4b50);
        assert_eq!(u16_at(p + 10), 0, "stored");
        let crc = u32_at(p + 16) as u32;
        let size = u32_at(p + 24);
        let naam_len = u16_at(p + 28);
        let offset = u32_at(p + 42);
        let naam = String::from_utf8(z[p + 46..p + 46 + naam_len].to_vec()).unwrap();
        let lokaal_naam = u16_at(offset + 26);
        let extra = u16_at(offset + 28);
        let begin = offset + 30 + lokaal_naam + extra;
        let data = z[begin..begin + size].to_vec();
        assert_eq!(word::zip::crc32(&data), crc, "crc of {naam}");
        uit.push((naam, data));
        p += 46 + naam_len;
    }
    uit
}

fn t(s: &str) -> Stuk {
    Stuk::Tekst(s.into())
}

fn item(n: u8, s: &str) -> LijstItem {
    LijstItem { niveau: n, stukken: vec![t(s)] }
}

fn volledig() -> Document {
    Document {
        titel: "Aanvraag Vangnetuitkering Participatiewet over 2019".into(),
        kantlijn: "Gemeente Arnhem · tekortjaar 2019".into(),
        blokken: vec![
            Blok::Kop { niveau: 1, tekst: "Aanvraag Vangnetuitkering Participatiewet over 2019".into() },
            Blok::Kop { niveau: 2, tekst: "A. Analyse".into() },
            Blok::Formuliertekst(vec![Blok::Alinea(vec![t("Geef een analyse van de oorzaken.")])]),
            Blok::Antwoord(vec![
                Blok::Kop { niveau: 4, tekst: "Instroom".into() },
                Blok::Alinea(vec![t("Eerste regel"), Stuk::Regelovergang, Stuk::Vet("vet".into()), t("\tna tab")]),
                Blok::Lijst(Lijst { genummerd: false, letters: false, items: vec![item(0, "punt"), item(1, "subpunt"), item(5, "diep")] }),
                Blok::Lijst(Lijst { genummerd: true, letters: false, items: vec![item(0, "een"), item(0, "twee")] }),
                Blok::Lijst(Lijst { genummerd: true, letters: false, items: vec![item(0, "opnieuw een")] }),
                Blok::Tabel(Tabel {
                    bijschrift: Some("Tabel 1".into()),
                    kop: vec!["Jaar".into(), "Tekort".into()],
                    rechts: vec![false, true],
                    rijen: vec![vec!["2018".into(), "€ 1.000".into()], vec!["2019".into(), "€ 2.000".into()]],
                    ..Tabel::default()
                }),
                Blok::Grafiek(Grafiek {
                    bijschrift: "Grafiek 1: verloop".into(),
                    svg: "<svg></svg>".into(),
                    tabel: Tabel {
                        bijschrift: None,
                        kop: vec!["Jaar".into(), "Gemeente".into()],
                        rechts: vec![false, true],
                        rijen: vec![vec!["2009".into(), "-3,20%".into()]],
                        ..Tabel::default()
                    },
                    ..Grafiek::default()
                }),
            ]),
            Blok::Kop { niveau: 3, tekst: "B1".into() },
            Blok::Kop { niveau: 5, tekst: "Maatregel 1".into() },
            Blok::Tussenkop("Vraag a".into()),
            Blok::Antwoord(vec![]),
            Blok::Opmerking("Nog niet ingevuld.".into()),
            Blok::NieuwePagina,
            Blok::Ondertekening(Ondertekening {
                kop: Some("Namens het college".into()),
                datum: "".into(),
                ondertekenaars: vec![("De secretaris,".into(), "J. Jansen".into()), ("De burgemeester,".into(), "".into())],
            }),
        ],
    }
}

/// Every paragraph's style and text, in order.
fn alineas(doc: &roxmltree::Document) -> Vec<(String, String)> {
    doc.descendants()
        .filter(|n| n.has_tag_name((W, "p")))
        .map(|p| {
            let stijl =
                p.descendants().find(|n| n.has_tag_name((W, "pStyle"))).and_then(|n| n.attribute((W, "val"))).unwrap_or("").to_string();
            let tekst: String = p.descendants().filter(|n| n.has_tag_name((W, "t"))).filter_map(|n| n.text()).collect();
            (stijl, tekst)
        })
        .collect()
}

fn parse(xml: &str) -> roxmltree::Document<'_> {
    roxmltree::Document::parse(xml).unwrap_or_else(|e| panic!("not well-formed: {e}"))
}

#[test]
fn every_part_of_the_package_is_well_formed_and_listed() {
    let z = word::docx(&volledig());
    let delen = unzip(&z);
    let namen: Vec<&str> = delen.iter().map(|(n, _)| n.as_str()).collect();
    for nodig in [
        "[Content_Types].xml",
        "_rels/.rels",
        "word/document.xml",
        "word/styles.xml",
        "word/numbering.xml",
        "word/header1.xml",
        "word/footer1.xml",
        "word/_rels/document.xml.rels",
    ] {
        assert!(namen.contains(&nodig), "{nodig} missing: {namen:?}");
    }
    let types = String::from_utf8(delen.iter().find(|(n, _)| n == "[Content_Types].xml").unwrap().1.clone()).unwrap();
    for (naam, data) in &delen {
        let xml = std::str::from_utf8(data).unwrap();
        parse(xml);
        if naam.starts_with("word/") && naam.ends_with(".xml") {
            assert!(types.contains(&format!("PartName=\"/{naam}\"")), "{naam} has no content type");
        }
    }
}

#[test]
fn headings_lists_tables_and_signatures_are_word_structure() {
    let d = volledig();
    let xml = word::document_xml(&d);
    let doc = parse(&xml);
    let ps = alineas(&doc);
    let stijl_van =
        |tekst: &str| ps.iter().find(|(_, t)| t == tekst).map(|(s, _)| s.as_str()).unwrap_or_else(|| panic!("no paragraph {tekst:?}"));
    assert_eq!(stijl_van("Aanvraag Vangnetuitkering Participatiewet over 2019"), "Title");
    assert_eq!(stijl_van("A. Analyse"), "Heading1");
    assert_eq!(stijl_van("B1"), "Heading2");
    assert_eq!(stijl_van("Maatregel 1"), "Heading3");
    assert_eq!(stijl_van("Vraag a"), "Tussenkop");
    assert_eq!(stijl_van("(niet ingevuld)"), "Opmerking");
    assert_eq!(ps.iter().filter(|(s, _)| s == "Schrijfregel").count(), 3);
    assert_eq!(stijl_van("Instroom"), "Heading3");
    assert_eq!(stijl_van("Geef een analyse van de oorzaken."), "Formuliertekst");
    assert_eq!(stijl_van("punt"), "ListParagraph");
    assert_eq!(stijl_van("Tabel 1"), "Caption");
    assert_eq!(stijl_van("Grafiek 1: verloop"), "Caption");
    assert_eq!(stijl_van("Nog niet ingevuld."), "Opmerking");
    assert_eq!(stijl_van("Naam van de ondertekenaar: J. Jansen"), "Ondertekening");
    // Levels: nested items, the deepest clamped to 2.
    let niveaus: Vec<&str> = doc.descendants().filter(|n| n.has_tag_name((W, "ilvl"))).filter_map(|n| n.attribute((W, "val"))).collect();
    assert_eq!(niveaus, ["0", "1", "2", "0", "0", "0"]);
    // Two numbered lists: two numbering instances, each restarting at 1; bullets their own.
    let num_ids: Vec<&str> = doc.descendants().filter(|n| n.has_tag_name((W, "numId"))).filter_map(|n| n.attribute((W, "val"))).collect();
    assert_eq!(num_ids, ["1", "1", "1", "2", "2", "3"]);
    let numbering = word::numbering_xml(&d);
    let nd = parse(&numbering);
    let nums: Vec<_> = nd.descendants().filter(|n| n.has_tag_name((W, "num"))).collect();
    assert_eq!(nums.len(), 3);
    let abstract_van = |id: &str| {
        nums.iter()
            .find(|n| n.attribute((W, "numId")) == Some(id))
            .and_then(|n| n.descendants().find(|c| c.has_tag_name((W, "abstractNumId"))))
            .and_then(|c| c.attribute((W, "val")))
            .unwrap()
            .to_string()
    };
    let fmt_van = |abs: &str| {
        nd.descendants()
            .find(|n| n.has_tag_name((W, "abstractNum")) && n.attribute((W, "abstractNumId")) == Some(abs))
            .and_then(|a| a.descendants().find(|n| n.has_tag_name((W, "numFmt"))))
            .and_then(|n| n.attribute((W, "val")))
            .unwrap()
            .to_string()
    };
    assert_eq!(fmt_van(&abstract_van("1")), "bullet");
    assert_eq!(fmt_van(&abstract_van("2")), "decimal");
    assert_eq!(fmt_van(&abstract_van("3")), "decimal");
    assert!(nums.iter().filter(|n| n.descendants().any(|c| c.has_tag_name((W, "startOverride")))).count() == 2);
    // Tables: the header row repeats and no row splits; the chart came in as its table.
    let tabellen: Vec<_> = doc.descendants().filter(|n| n.has_tag_name((W, "tbl"))).collect();
    assert_eq!(tabellen.len(), 2);
    for tbl in &tabellen {
        let rijen: Vec<_> = tbl.children().filter(|n| n.has_tag_name((W, "tr"))).collect();
        assert!(rijen[0].descendants().any(|n| n.has_tag_name((W, "tblHeader"))));
        assert!(rijen.iter().skip(1).all(|r| !r.descendants().any(|n| n.has_tag_name((W, "tblHeader")))));
        assert!(rijen.iter().all(|r| r.descendants().any(|n| n.has_tag_name((W, "cantSplit")))));
    }
    let cellen: Vec<String> = tabellen[0]
        .descendants()
        .filter(|n| n.has_tag_name((W, "tc")))
        .map(|c| c.descendants().filter(|n| n.has_tag_name((W, "t"))).filter_map(|n| n.text()).collect())
        .collect();
    assert_eq!(cellen, ["Jaar", "Tekort", "2018", "€ 1.000", "2019", "€ 2.000"]);
    // Breaks: a line break, a tab and a page break.
    assert!(doc.descendants().any(|n| n.has_tag_name((W, "br")) && n.attribute((W, "type")) == Some("page")));
    assert!(doc.descendants().any(|n| n.has_tag_name((W, "tab"))));
    // The signature lines for the name left empty.
    assert!(ps.iter().any(|(_, t)| t.starts_with("Naam van de ondertekenaar: ___")));
    // A4 with the header and footer.
    assert!(xml.contains(r#"<w:pgSz w:w="11906" w:h="16838"/>"#));
}

#[test]
fn styles_define_every_style_the_document_uses() {
    let styles = parse(word::styles_xml());
    let ids: Vec<&str> =
        styles.descendants().filter(|n| n.has_tag_name((W, "style"))).filter_map(|n| n.attribute((W, "styleId"))).collect();
    for id in ["Title", "Heading1", "Heading2", "Heading3", "ListParagraph", "Caption", "Header", "Footer"] {
        assert!(ids.contains(&id), "style {id}");
    }
    // Headings keep with the next paragraph: a heading never ends a page.
    for id in ["Heading1", "Heading2", "Heading3", "Caption"] {
        let s = styles.descendants().find(|n| n.attribute((W, "styleId")) == Some(id)).unwrap();
        assert!(s.descendants().any(|n| n.has_tag_name((W, "keepNext"))), "{id} keepNext");
    }
    let xml = word::document_xml(&volledig());
    let doc = parse(&xml);
    for s in doc.descendants().filter(|n| n.has_tag_name((W, "pStyle")) || n.has_tag_name((W, "tblStyle"))) {
        let v = s.attribute((W, "val")).unwrap();
        assert!(ids.contains(&v), "document uses undefined style {v}");
    }
}

#[test]
fn footer_has_page_fields_and_header_the_kantlijn() {
    let delen = unzip(&word::docx(&volledig()));
    let deel = |n: &str| String::from_utf8(delen.iter().find(|(x, _)| x == n).unwrap().1.clone()).unwrap();
    let footer = deel("word/footer1.xml");
    let f = parse(&footer);
    let instr: Vec<String> =
        f.descendants().filter(|n| n.has_tag_name((W, "instrText"))).filter_map(|n| n.text()).map(|t| t.trim().to_string()).collect();
    assert_eq!(instr, ["PAGE", "NUMPAGES"]);
    let tekst: String = f.descendants().filter(|n| n.has_tag_name((W, "t"))).filter_map(|n| n.text()).collect();
    assert_eq!(tekst, "pagina 1 van 1");
    let header = deel("word/header1.xml");
    assert!(parse(&header).descendants().any(|n| n.text() == Some("Gemeente Arnhem · tekortjaar 2019")));
}

/// The bad-input cases: each stays a valid package, and the text inside is what was given
/// (less the characters XML cannot hold and the bidi controls).
#[test]
fn bad_input_ragged_empty_huge_and_hostile() {
    let boos = "<w:p>]]>&amp;\u{0}\u{1}\u{b}\u{1f}\u{202E}\u{2066}\u{FFFE}\"'einde";
    let schoon = "<w:p>]]>&amp;\"'einde";
    let groot = "x".repeat(1_000_000);
    type Controle = Box<dyn Fn(&roxmltree::Document)>;
    let gevallen: Vec<(&str, Document, Controle)> = vec![
        (
            "ragged",
            Document {
                blokken: vec![Blok::Tabel(Tabel {
                    bijschrift: None,
                    kop: vec!["a".into()],
                    rechts: vec![],
                    rijen: vec![vec!["1".into(), "2".into(), "3".into()], vec![]],
                    ..Tabel::default()
                })],
                ..Document::default()
            },
            Box::new(|d| {
                for tr in d.descendants().filter(|n| n.has_tag_name((W, "tr"))) {
                    assert_eq!(tr.children().filter(|n| n.has_tag_name((W, "tc"))).count(), 3);
                }
                assert_eq!(d.descendants().filter(|n| n.has_tag_name((W, "tr"))).count(), 3);
            }),
        ),
        (
            "empty table",
            Document {
                blokken: vec![Blok::Tabel(Tabel::default()), Blok::Lijst(Lijst { genummerd: true, letters: false, items: vec![] })],
                ..Document::default()
            },
            Box::new(|d| {
                assert!(!d.descendants().any(|n| n.has_tag_name((W, "tbl"))));
                assert!(alineas(d).iter().any(|(s, t)| s == "Opmerking" && t == "(lege tabel)"));
            }),
        ),
        (
            "header only",
            Document { blokken: vec![Blok::Tabel(Tabel { kop: vec!["".into(), "".into()], ..Tabel::default() })], ..Document::default() },
            Box::new(|d| {
                // Word needs at least one row with a paragraph in every cell.
                assert_eq!(d.descendants().filter(|n| n.has_tag_name((W, "tr"))).count(), 1);
                for tc in d.descendants().filter(|n| n.has_tag_name((W, "tc"))) {
                    assert!(tc.children().any(|n| n.has_tag_name((W, "p"))));
                }
            }),
        ),
        (
            "1 MB answer",
            Document { blokken: vec![Blok::Antwoord(vec![Blok::Alinea(vec![Stuk::Tekst(groot.clone())])])], ..Document::default() },
            Box::new(move |d| {
                let n: usize = d.descendants().filter(|n| n.has_tag_name((W, "t"))).filter_map(|n| n.text()).map(str::len).sum();
                assert_eq!(n, 1_000_000);
            }),
        ),
        (
            "hostile",
            Document {
                titel: boos.into(),
                kantlijn: boos.into(),
                blokken: vec![
                    Blok::Kop { niveau: 9, tekst: boos.into() },
                    Blok::Alinea(vec![Stuk::Tekst(boos.into()), Stuk::Vet(boos.into())]),
                    Blok::Lijst(Lijst { genummerd: false, letters: false, items: vec![item(0, boos)] }),
                    Blok::Tabel(Tabel {
                        bijschrift: Some(boos.into()),
                        kop: vec![boos.into()],
                        rechts: vec![true],
                        rijen: vec![vec![boos.into()]],
                        ..Tabel::default()
                    }),
                    Blok::Tussenkop(boos.into()),
                    Blok::Opmerking(boos.into()),
                    Blok::Ondertekening(Ondertekening {
                        kop: Some(boos.into()),
                        datum: boos.into(),
                        ondertekenaars: vec![(boos.into(), boos.into())],
                    }),
                ],
            },
            Box::new(move |d| {
                // No element came from the text: only w:p runs we wrote, and the text reads back.
                assert!(!d.descendants().any(|n| n.is_element() && n.tag_name().namespace() != Some(W)));
                let ps = alineas(d);
                assert!(ps.iter().filter(|(_, t)| t.contains(schoon)).count() >= 9, "{ps:?}");
                for (_, t) in &ps {
                    assert!(!t.contains('\u{0}') && !t.contains('\u{202E}') && !t.contains('\u{FFFE}'));
                }
                assert_eq!(ps.iter().find(|(s, _)| s == "Heading3").map(|(_, t)| t.as_str()), Some(schoon));
            }),
        ),
    ];
    for (naam, doc, controle) in gevallen {
        let z = word::docx(&doc);
        for (deel, data) in unzip(&z) {
            let xml = std::str::from_utf8(&data).unwrap_or_else(|_| panic!("{naam}: {deel} not UTF-8"));
            roxmltree::Document::parse_with_options(
                xml,
                roxmltree::ParsingOptions { allow_dtd: false, nodes_limit: u32::MAX, ..Default::default() },
            )
            .unwrap_or_else(|e| panic!("{naam}: {deel} not well-formed: {e}"));
        }
        let xml = word::document_xml(&doc);
        let d = roxmltree::Document::parse_with_options(
            &xml,
            roxmltree::ParsingOptions { allow_dtd: false, nodes_limit: u32::MAX, ..Default::default() },
        )
        .unwrap();
        controle(&d);
    }
}

#[test]
fn the_same_document_gives_the_same_bytes() {
    assert_eq!(word::docx(&volledig()), word::docx(&volledig()));
}

#[test]
fn raad_documents_render_from_the_arnhem_application() {
    let a = common::arnhem();
    let u = a.uitkomst(None).ok();
    for doc in [vangnet::raadsstukken::raadsvoorstel(&a, u.as_ref()), vangnet::raadsstukken::raadsbesluit(&a, u.as_ref())] {
        let xml = word::document_xml(&doc);
        let d = parse(&xml);
        let tekst: String = alineas(&d).into_iter().map(|(_, t)| t + "\n").collect();
        assert!(tekst.contains("in te stemmen met de verklaring van het college van burgemeester en wethouders van Arnhem"), "{tekst}");
        for (_, data) in unzip(&word::docx(&doc)) {
            parse(std::str::from_utf8(&data).unwrap());
        }
    }
}

#[test]
fn the_arnhem_form_renders_to_word_in_the_forms_order() {
    let a = common::arnhem();
    let u = a.uitkomst(None).ok();
    let opties = vangnet::print::AfdrukOpties { met_berekening: true, ..Default::default() };
    let doc = vangnet::print::document(&a, u.as_ref(), &opties);
    let xml = word::document_xml(&doc);
    let d = parse(&xml);
    let ps = alineas(&d);
    let koppen: Vec<&str> = ps.iter().filter(|(s, _)| s.starts_with("Heading") || s == "Title").map(|(_, t)| t.as_str()).collect();
    let plek = |kop: &str| koppen.iter().position(|k| k.starts_with(kop)).unwrap_or_else(|| panic!("no heading {kop:?} in {koppen:?}"));
    let volgorde =
        ["Aanvraag Vangnetuitkering", "1. Verklaring", "A. ", "B. ", "B1. ", "B2. ", "C. ", "D. ", "2. Instemming", "Bijlage"].map(plek);
    assert!(volgorde.windows(2).all(|w| w[0] < w[1]), "{koppen:?}");
    // Tables repeat their header; the signature blocks are there.
    assert!(d.descendants().any(|n| n.has_tag_name((W, "tblHeader"))));
    assert!(ps.iter().filter(|(_, t)| t.starts_with("Naam van de ondertekenaar:")).count() >= 4);
    for (_, data) in unzip(&word::docx(&doc)) {
        parse(std::str::from_utf8(&data).unwrap());
    }
}

const C: &str = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const WP: &str = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";

/// Arnhem 2019 with a history of 2009–2018 (no gemeente figure for 2012; 2019 the rules compute) and the chart marker
/// in A, as a user who pressed "Grafiek invoegen"; `gemeente` replaces the name.
fn arnhem_met_grafiek(gemeente: &str) -> vangnet::model::Aanvraag {
    use rust_decimal::Decimal;
    let mut a = common::arnhem();
    a.gemeente = gemeente.into();
    let p = |s: &str| Some(s.parse::<Decimal>().unwrap());
    a.historie = (2009..=2018)
        .map(|jaar| vangnet::model::HistorieJaar {
            jaar,
            percentage_gemeente: if jaar == 2012 { None } else { p(&format!("0.{:02}", jaar - 2005)) },
            percentage_landelijk: p("0.03"),
        })
        .collect();
    a.a_analyse = format!("{}\n[grafiek]\nNa de grafiek.", a.a_analyse);
    a
}

fn deel<'a>(delen: &'a [(String, Vec<u8>)], naam: &str) -> &'a str {
    std::str::from_utf8(&delen.iter().find(|(n, _)| n == naam).unwrap_or_else(|| panic!("{naam} missing")).1).unwrap()
}

#[test]
fn the_chart_is_a_native_word_chart_with_its_lines_steps_gaps_and_alternative_text() {
    let a = arnhem_met_grafiek("Arnhem <x>&\u{202E}");
    let u = a.uitkomst(None).ok();
    let doc = vangnet::print::document(&a, u.as_ref(), &vangnet::print::AfdrukOpties::default());
    let delen = unzip(&word::docx(&doc));
    let chart = parse(deel(&delen, "word/charts/chart1.xml"));
    let rels = deel(&delen, "word/_rels/document.xml.rels");
    assert!(rels.contains(
        r#"Id="rIdGrafiek1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="charts/chart1.xml""#
    ));
    assert!(deel(&delen, "[Content_Types].xml")
        .contains(r#"PartName="/word/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml""#));

    // The lines: the gemeente's, the national line, the thresholds of 2015–2019 (the legend's
    // order; a line with a point per year first, which LibreOffice needs).
    let reeksen: Vec<roxmltree::Node> = chart.descendants().filter(|n| n.has_tag_name((C, "ser"))).collect();
    let naam = |s: &roxmltree::Node| s.descendants().find(|n| n.has_tag_name((C, "v"))).and_then(|n| n.text()).unwrap_or("").to_string();
    let namen: Vec<String> = reeksen.iter().map(naam).collect();
    assert_eq!(namen, ["Arnhem <x>&", "Nederland", "Toegangsdrempel", "Begin hoogste vergoedingsband"]);
    let punten = |s: &roxmltree::Node, as_: &str| -> (usize, Vec<String>) {
        let lit = s.descendants().find(|n| n.has_tag_name((C, as_))).unwrap();
        let n = lit.descendants().find(|n| n.has_tag_name((C, "ptCount"))).unwrap().attribute("val").unwrap().parse().unwrap();
        let v = lit
            .descendants()
            .filter(|n| n.has_tag_name((C, "pt")))
            .map(|p| p.first_element_child().unwrap().text().unwrap().to_string())
            .collect();
        (n, v)
    };
    // The gemeente: eleven years on the axis (2019 computed by the rules), ten points (2012
    // is a gap in the line).
    let (n, x) = punten(&reeksen[0], "xVal");
    assert_eq!(n, 11);
    assert_eq!(x.len(), 10);
    assert!(!x.contains(&"2012".to_string()));
    assert_eq!(punten(&reeksen[0], "yVal").1.first().map(String::as_str), Some("0.04"));
    // A threshold is a step: two points per year at the year's edges, the last clamped to the axis.
    let (n, x) = punten(&reeksen[2], "xVal");
    let trap = ["2014.5", "2015.5", "2015.5", "2016.5", "2016.5", "2017.5", "2017.5", "2018.5", "2018.5", "2019"].map(String::from);
    assert_eq!((n, x.as_slice()), (10, trap.as_slice()));
    assert!(chart.descendants().any(|n| n.has_tag_name((C, "dispBlanksAs")) && n.attribute("val") == Some("gap")));
    // Lines told apart by shape, not colour alone: solid with circles, dashed with squares.
    let dash = |s: &roxmltree::Node| {
        s.descendants().find(|n| n.tag_name().name() == "prstDash").and_then(|n| n.attribute("val")).unwrap().to_string()
    };
    let symbool =
        |s: &roxmltree::Node| s.descendants().find(|n| n.has_tag_name((C, "symbol"))).and_then(|n| n.attribute("val")).unwrap().to_string();
    assert_eq!((dash(&reeksen[0]).as_str(), symbool(&reeksen[0]).as_str()), ("solid", "circle"));
    assert_eq!((dash(&reeksen[1]).as_str(), symbool(&reeksen[1]).as_str()), ("dash", "square"));
    assert_eq!((dash(&reeksen[2]).as_str(), symbool(&reeksen[2]).as_str()), ("lgDashDot", "none"));
    // The axes: years as whole numbers from 2009 to 2018, percentages.
    let assen: Vec<roxmltree::Node> = chart.descendants().filter(|n| n.has_tag_name((C, "valAx"))).collect();
    let attr = |n: &roxmltree::Node, tag: &str| {
        n.descendants()
            .find(|m| m.has_tag_name((C, tag)))
            .and_then(|m| m.attribute("val").or(m.attribute("formatCode")))
            .unwrap()
            .to_string()
    };
    assert_eq!((attr(&assen[0], "min"), attr(&assen[0], "max"), attr(&assen[0], "numFmt")), ("2009".into(), "2019".into(), "0".into()));
    assert_eq!(attr(&assen[1], "numFmt"), "0.0%");

    // In the body: the caption, the chart inline with its description as alternative text,
    // then its table.
    let xml = word::document_xml(&doc);
    let d = parse(&xml);
    let docpr = d.descendants().find(|n| n.has_tag_name((WP, "docPr"))).expect("the chart is placed");
    assert!(docpr.attribute("descr").unwrap().starts_with("Lijngrafiek over 2009–2019: Arnhem <x>& (doorgetrokken lijn met rondjes)"));
    let ps = alineas(&d);
    let i = ps.iter().position(|(s, _)| s == "Grafiek").expect("the chart's paragraph");
    assert_eq!(ps[i - 1], ("Caption".to_string(), "Grafiek: tekort als percentage van het budget".to_string()));
    assert_eq!(ps[i + 1].0, "Caption");
    assert!(ps[i + 1].1.starts_with("Tekort als percentage van het budget per jaar, 2009–2019"));
    assert!(!xml.contains('\u{202E}'));
    // Columns as wide as their content needs, together the text width: the year column is
    // the narrowest, no header word is broken.
    let tabel = d
        .descendants()
        .filter(|n| n.has_tag_name((W, "tbl")))
        .find(|t| t.descendants().any(|n| n.text() == Some("Begin hoogste vergoedingsband")))
        .unwrap();
    let grid: Vec<u32> =
        tabel.descendants().filter(|n| n.has_tag_name((W, "gridCol"))).map(|n| n.attribute((W, "w")).unwrap().parse().unwrap()).collect();
    assert_eq!(grid.len(), 5);
    assert!(grid.iter().sum::<u32>() <= 9070 && grid.iter().sum::<u32>() > 9000, "{grid:?}");
    assert!(grid[0] < grid[2] && grid[2] < grid[4] && grid[0] >= 700, "{grid:?}");
}

#[test]
fn charts_without_lines_or_past_the_limit_become_their_table() {
    let a = arnhem_met_grafiek("Arnhem");
    let u = a.uitkomst(None).ok();
    let g = vangnet::print::antwoord_grafiek(&a, u.as_ref()).unwrap();
    let zonder = Grafiek { lijnen: Default::default(), ..g.clone() };
    let mut blokken = vec![Blok::Grafiek(zonder)];
    blokken.extend(std::iter::repeat_n(Blok::Grafiek(g), word::grafiek::MAX_GRAFIEKEN + 5));
    let doc = Document { titel: "T".into(), kantlijn: "K".into(), blokken };
    assert_eq!(word::grafieken_xml(&doc).len(), word::grafiek::MAX_GRAFIEKEN);
    let delen = unzip(&word::docx(&doc));
    assert_eq!(delen.iter().filter(|(n, _)| n.starts_with("word/charts/")).count(), word::grafiek::MAX_GRAFIEKEN);
    let d = parse(deel(&delen, "word/document.xml"));
    assert_eq!(d.descendants().filter(|n| n.has_tag_name((WP, "docPr"))).count(), word::grafiek::MAX_GRAFIEKEN);
    // Every docPr id is unique; every chart is a table too.
    let ids: std::collections::BTreeSet<&str> =
        d.descendants().filter(|n| n.has_tag_name((WP, "docPr"))).filter_map(|n| n.attribute("id")).collect();
    assert_eq!(ids.len(), word::grafiek::MAX_GRAFIEKEN);
    assert_eq!(d.descendants().filter(|n| n.has_tag_name((W, "tbl"))).count(), word::grafiek::MAX_GRAFIEKEN + 6);
    let (rels, types) = word::rels_en_types(2);
    assert_eq!(rels.matches("relationships/chart\"").count(), 2);
    assert_eq!(types.matches("drawingml.chart+xml").count(), 2);
}

#[test]
fn the_raadsvoorstel_has_the_history_chart_and_the_forms_kantlijn() {
    let a = arnhem_met_grafiek("Arnhem");
    let u = a.uitkomst(None).ok();
    let voorstel = vangnet::raadsstukken::raadsvoorstel(&a, u.as_ref());
    assert_eq!(word::grafieken_xml(&voorstel).len(), 1);
    let form = vangnet::print::document(&a, u.as_ref(), &vangnet::print::AfdrukOpties::default());
    let besluit = vangnet::raadsstukken::raadsbesluit(&a, u.as_ref());
    assert_eq!(voorstel.kantlijn, "Gemeente Arnhem – vangnetuitkering over 2019");
    assert_eq!((form.kantlijn.as_str(), besluit.kantlijn.as_str()), (voorstel.kantlijn.as_str(), voorstel.kantlijn.as_str()));
    // Without history: no chart, and nothing about one.
    let mut b = common::arnhem();
    b.historie.clear();
    assert!(word::grafieken_xml(&vangnet::raadsstukken::raadsvoorstel(&b, u.as_ref())).is_empty());
}
