//! The history chart as SVG (issue 7): for an Arnhem-like draft (history 2009–2018 for the
//! gemeente and Nederland, the rule engine's years 2017–2019) the chart has a marker per point,
//! a threshold segment per year with rules, Dutch tick labels, a title and description, no
//! script, escaped hostile text — and its table holds exactly the chart's numbers.

mod common;

use common::d;

use rust_decimal::Decimal;
use vangnet::analyse::historie::{grafiek, van_aanvraag, Grafiek};
use vangnet::analyse::svg::{coordinaat, grafiek_svg, grafiek_tabel_html, x_coordinaat, y_coordinaat, SvgOpties, PLOT_BOVEN, PLOT_ONDER};
use vangnet::model::{Aanvraag, HistorieJaar};
use vangnet::nl::format_percent;

/// Illustrative values in the spirit of Arnhem's "Grafiek 1" (tekort positive).
const GEMEENTE: [&str; 10] = ["0.012", "0.035", "0.047", "0.061", "0.052", "0.040", "0.118", "0.103", "0.090", "0.085"];
const LANDELIJK: [&str; 10] = ["-0.021", "0.008", "0.031", "0.044", "0.026", "0.012", "0.018", "-0.009", "-0.012", "-0.024"];

fn arnhem() -> Aanvraag {
    let mut a = common::arnhem();
    a.historie = (2009..=2018)
        .zip(GEMEENTE.iter().zip(LANDELIJK.iter()))
        .map(|(jaar, (g, l))| HistorieJaar { jaar, percentage_gemeente: Some(d(g)), percentage_landelijk: Some(d(l)) })
        .collect();
    a
}

fn opties() -> SvgOpties {
    SvgOpties { id: "historie".into(), gemeente: "Arnhem".into() }
}

// ---- small parsers for the generated markup ----

/// Every element starting with `open` (e.g. `<circle class="punt punt--gemeente"`), up to and
/// including its closing tag `</name>`.
fn elementen<'a>(s: &'a str, open: &str) -> Vec<&'a str> {
    let naam = open.trim_start_matches('<').split(' ').next().unwrap();
    let sluit = format!("</{naam}>");
    let mut uit = Vec::new();
    let mut rest = s;
    while let Some(i) = rest.find(open) {
        let el = &rest[i..];
        let eind = el.find(&sluit).map(|j| j + sluit.len()).unwrap_or_else(|| el.find("/>").unwrap() + 2);
        uit.push(&el[..eind]);
        rest = &el[eind..];
    }
    uit
}

fn attr<'a>(el: &'a str, naam: &str) -> Option<&'a str> {
    let sleutel = format!(" {naam}=\"");
    let i = el.find(&sleutel)? + sleutel.len();
    let j = el[i..].find('"')?;
    Some(&el[i..i + j])
}

fn titel(el: &str) -> &str {
    let i = el.find("<title>").unwrap() + "<title>".len();
    let j = el[i..].find("</title>").unwrap();
    &el[i..i + j]
}

/// "Arnhem 2019: 9,0% (berekend)" → (2019, "9,0%").
fn jaar_en_waarde(t: &str) -> (i32, String) {
    let (voor, na) = t.split_once(": ").unwrap();
    let jaar = voor.rsplit(' ').next().unwrap().parse().unwrap();
    (jaar, na.split(' ').next().unwrap().to_string())
}

/// "-2,5%" → -0.025.
fn fractie(p: &str) -> Decimal {
    let p = p.strip_suffix('%').unwrap().replace(',', ".");
    d(&p) / Decimal::ONE_HUNDRED
}

/// The table as rows of plain cell texts (tags removed), header row excluded.
fn tabel_rijen(html: &str) -> Vec<Vec<String>> {
    let body = &html[html.find("<tbody>").unwrap()..html.find("</tbody>").unwrap()];
    body.split("<tr>")
        .skip(1)
        .map(|rij| {
            let mut cellen = Vec::new();
            let mut rest = rij;
            while let Some(i) = rest.find("<t") {
                let na = &rest[i..];
                let open_eind = na.find('>').unwrap() + 1;
                let sluit = na.find("</t").unwrap();
                cellen.push(strip_tags(&na[open_eind..sluit]));
                rest = &na[sluit + 3..];
            }
            cellen
        })
        .collect()
}

fn strip_tags(s: &str) -> String {
    let mut uit = String::new();
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => uit.push(c),
            _ => {}
        }
    }
    uit
}

fn arnhem_grafiek() -> Grafiek {
    van_aanvraag(&arnhem())
}

#[test]
fn arnhem_chart_has_a_marker_per_point_and_a_segment_per_rule_year() {
    let g = arnhem_grafiek();
    assert_eq!(g.jaren, (2009..=2019).collect::<Vec<_>>());
    let svg = grafiek_svg(&g, &opties());
    // 2009–2016 from the history, 2017–2019 from the rule engine.
    assert_eq!(svg.matches("class=\"punt punt--gemeente\"").count(), 11);
    // Nederland 2009–2018.
    assert_eq!(svg.matches("class=\"punt punt--landelijk\"").count(), 10);
    // One segment per year with rules (2015 onward), for the entry threshold and the highest band.
    assert_eq!(g.drempels.iter().map(|d| d.jaar).collect::<Vec<_>>(), (2015..=2019).collect::<Vec<_>>());
    assert_eq!(svg.matches("class=\"drempel drempel--toegang\"").count(), 5);
    assert_eq!(svg.matches("class=\"drempel drempel--band\"").count(), 5);
    assert_eq!(svg.matches("class=\"drempel drempel--uitgebreid\"").count(), 0);
    // Each segment spans its year's slot, at the height of that year's value.
    let toegang = elementen(&svg, "<line class=\"drempel drempel--toegang\"");
    let band = elementen(&svg, "<line class=\"drempel drempel--band\"");
    for ((t, b), dj) in toegang.iter().zip(&band).zip(&g.drempels) {
        assert_eq!(jaar_en_waarde(titel(t)), (dj.jaar, format_percent(dj.drempel, 1)));
        assert_eq!(attr(t, "y1"), Some(coordinaat(y_coordinaat(&g.y_as, dj.drempel)).as_str()));
        assert_eq!(attr(t, "y1"), attr(t, "y2"));
        let (x1, x2): (Decimal, Decimal) = (d(attr(t, "x1").unwrap()), d(attr(t, "x2").unwrap()));
        let midden = x_coordinaat(&g, dj.jaar);
        assert!(x1 < midden && midden < x2, "{t}");
        let hoogste = *dj.banden.last().unwrap();
        assert_eq!(jaar_en_waarde(titel(b)), (dj.jaar, format_percent(hoogste, 1)));
    }
    // 2019: 7,5% and 12,5%; 2016: 5% and 10%.
    assert!(svg.contains("<title>Toegangsdrempel 2019: 7,5%</title>"));
    assert!(svg.contains("<title>Begin hoogste vergoedingsband 2019: 12,5%</title>"));
    assert!(svg.contains("<title>Begin hoogste vergoedingsband 2016: 10,0%</title>"));
    // One solid line for the gemeente, one dashed for Nederland (no gaps here).
    let lijnen = elementen(&svg, "<polyline class=\"lijn lijn--gemeente\"");
    assert_eq!(lijnen.len(), 1);
    assert_eq!(attr(lijnen[0], "points").unwrap().split(' ').count(), 11);
    assert!(attr(lijnen[0], "stroke-dasharray").is_none());
    let lijnen = elementen(&svg, "<polyline class=\"lijn lijn--landelijk\"");
    assert_eq!(lijnen.len(), 1);
    assert!(attr(lijnen[0], "stroke-dasharray").is_some());
    // Different marker shapes, not colour alone.
    assert!(svg.contains("<circle class=\"punt punt--gemeente\"") && svg.contains("<rect class=\"punt punt--landelijk\""));
    // A zero line and a legend naming every series.
    assert_eq!(svg.matches("class=\"nullijn\"").count(), 1);
    let legenda = &svg[svg.find("<g class=\"legenda\">").unwrap()..];
    for tekst in [">Arnhem</text>", ">Nederland</text>", ">Toegangsdrempel</text>", ">Begin hoogste vergoedingsband</text>"] {
        assert!(legenda.contains(tekst), "{tekst}");
    }
}

#[test]
fn accessible_and_dutch() {
    let g = arnhem_grafiek();
    let svg = grafiek_svg(&g, &opties());
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"grafiek\" viewBox=\"0 0 720 360\" role=\"img\""));
    assert!(svg.ends_with("</svg>"));
    assert!(svg.contains("aria-labelledby=\"historie-titel\"") && svg.contains("aria-describedby=\"historie-desc\""));
    assert!(svg.contains("<title id=\"historie-titel\">Tekort als percentage van het budget, 2009–2019</title>"));
    let desc = &svg[svg.find("<desc id=\"historie-desc\">").unwrap()..svg.find("</desc>").unwrap()];
    for tekst in
        ["2009–2019", "Arnhem", "Nederland", "toegangsdrempel", "overschot negatief", "-2,5%", "12,5%", "In 2019: Arnhem 9,0% (berekend)"]
    {
        assert!(desc.contains(tekst), "{tekst:?} not in {desc}");
    }
    // Tick labels from the axis, Dutch format, in order from bottom to top.
    let labels: Vec<&str> = g.y_as.ticks.iter().map(|t| t.label.as_str()).collect();
    assert_eq!(labels, ["-2,5%", "0,0%", "2,5%", "5,0%", "7,5%", "10,0%", "12,5%"]);
    let y_as = &svg[svg.find("<g class=\"y-as\">").unwrap()..svg.find("<g class=\"x-as\">").unwrap()];
    let getekend: Vec<String> = elementen(y_as, "<text class=\"as-label\"").iter().map(|t| strip_tags(t)).collect();
    assert_eq!(getekend, labels);
    let hoogtes: Vec<Decimal> = elementen(y_as, "<text class=\"as-label\"").iter().map(|t| d(attr(t, "y").unwrap())).collect();
    assert!(hoogtes.windows(2).all(|w| w[0] > w[1]), "{hoogtes:?}");
    // Years on the horizontal axis.
    let x_as = &svg[svg.find("<g class=\"x-as\">").unwrap()..];
    for jaar in 2009..=2019 {
        assert!(x_as.contains(&format!(">{jaar}</text>")), "{jaar}");
    }
    // Coordinates with exactly one decimal, inside the viewBox.
    for naam in ["x", "y", "x1", "y1", "x2", "y2", "cx", "cy"] {
        let sleutel = format!(" {naam}=\"");
        for (i, _) in svg.match_indices(&sleutel) {
            let w = &svg[i + sleutel.len()..];
            let w = &w[..w.find('"').unwrap()];
            let (heel, dec) = w.split_once('.').unwrap_or_else(|| panic!("{naam}={w}"));
            assert!(dec.len() == 1 && !heel.is_empty() && heel.chars().all(|c| c.is_ascii_digit()), "{naam}={w}");
            let v = d(w);
            assert!(v >= Decimal::ZERO && v <= Decimal::from(720), "{naam}={w}");
        }
    }
    // Nothing executable, nothing loaded, no inline style (the app's CSP forbids it).
    for verboden in ["<script", "href", "url(", "<style", "style=", "<image", "<foreignobject", "javascript:", " on"] {
        assert!(!svg.to_lowercase().contains(verboden), "{verboden:?} in SVG");
    }
}

#[test]
fn table_holds_exactly_the_numbers_of_the_chart() {
    let g = arnhem_grafiek();
    let svg = grafiek_svg(&g, &opties());
    let tabel = grafiek_tabel_html(&g);
    assert!(tabel.starts_with("<table class=\"grafiek-cijfers\"><caption>"));
    assert!(tabel.contains("<th scope=\"col\">Jaar</th>") && tabel.contains("<th scope=\"col\">Nederland</th>"));
    assert_eq!(tabel.matches("<th scope=\"row\">").count(), 11);
    let rijen = tabel_rijen(&tabel);
    assert_eq!(rijen.len(), 11);
    let rij = |jaar: i32| rijen.iter().find(|r| r[0] == jaar.to_string()).unwrap_or_else(|| panic!("{jaar}"));
    let waarde = |cel: &str| cel.split(' ').next().unwrap().to_string();

    // The chart's points, read back from the SVG: the value in their title, and the value
    // implied by their position on the axis.
    let as_hoogte = g.y_as.max - g.y_as.min;
    let terug = |y: Decimal| g.y_as.min + (Decimal::from(PLOT_ONDER) - y) / Decimal::from(PLOT_ONDER - PLOT_BOVEN) * as_hoogte;
    let marge = d("0.0005");
    let punten = elementen(&svg, "<circle class=\"punt punt--gemeente\"");
    assert_eq!(punten.len(), g.gemeente.len());
    for p in &punten {
        let (jaar, pct) = jaar_en_waarde(titel(p));
        assert_eq!(attr(p, "data-jaar"), Some(jaar.to_string().as_str()));
        assert_eq!(waarde(&rij(jaar)[1]), pct, "gemeente {jaar}");
        assert!((terug(d(attr(p, "cy").unwrap())) - fractie(&pct)).abs() < marge, "{p}");
        assert_eq!(attr(p, "cx"), Some(coordinaat(x_coordinaat(&g, jaar)).as_str()));
    }
    // The computed years are marked in both.
    assert!(svg.contains("<title>Arnhem 2019: 9,0% (berekend)</title>"));
    assert_eq!(rij(2019)[1], "9,0% (berekend)");
    assert_eq!(rij(2018)[1], "8,1% (berekend)");
    assert_eq!(rij(2016)[1], "10,3%");
    let punten = elementen(&svg, "<rect class=\"punt punt--landelijk\"");
    assert_eq!(punten.len(), 10);
    for p in &punten {
        let (jaar, pct) = jaar_en_waarde(titel(p));
        assert_eq!(rij(jaar)[2], pct, "Nederland {jaar}");
        // The square's centre is 4 below its top edge.
        let midden = d(attr(p, "y").unwrap()) + Decimal::from(4);
        assert!((terug(midden) - fractie(&pct)).abs() < marge, "{p}");
    }
    assert_eq!(rij(2019)[2], "—");
    assert_eq!(rij(2009)[2], "-2,1%");
    // Thresholds: the segments' values are the table's.
    for t in elementen(&svg, "<line class=\"drempel drempel--toegang\"") {
        let (jaar, pct) = jaar_en_waarde(titel(t));
        assert_eq!(rij(jaar)[3], pct);
        assert!((terug(d(attr(t, "y1").unwrap())) - fractie(&pct)).abs() < marge);
    }
    for t in elementen(&svg, "<line class=\"drempel drempel--band\"") {
        let (jaar, pct) = jaar_en_waarde(titel(t));
        assert_eq!(rij(jaar)[4], pct);
    }
    assert_eq!(rij(2014)[3..], ["—", "—"]);
    assert_eq!(rij(2019)[3..], ["7,5%", "12,5%"]);
    // Every number in the table is one of the chart's.
    for r in &rijen {
        for cel in &r[1..] {
            let w = waarde(cel);
            if w != "—" {
                assert!(svg.contains(&format!(": {w}")), "{w} of {} not in the chart", r[0]);
            }
        }
    }
}

const VIJANDIG: &str = "<script>alert(1)</script> <img src=x onerror=alert(1)> \"><svg onload=alert(1)> \u{202E}evil";

#[test]
fn hostile_text_is_escaped() {
    let g = arnhem_grafiek();
    let svg = grafiek_svg(&g, &SvgOpties { id: VIJANDIG.into(), gemeente: VIJANDIG.into() });
    assert_eq!(svg.matches("<svg").count(), 1);
    for verboden in ["<script", "<img", "onerror=", "onload=", "\u{202E}", "\"><svg"] {
        assert!(!svg.contains(verboden), "{verboden:?} in SVG");
    }
    assert!(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(svg.contains("&quot;&gt;&lt;svg onload&#61;alert(1)&gt;"));
    // The id keeps only safe characters.
    let id = attr(&svg, "aria-labelledby").unwrap();
    assert!(id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'), "{id}");
    assert!(svg.contains(&format!("<title id=\"{id}\">")));
    // The table has no user text at all.
    let tabel = grafiek_tabel_html(&g);
    assert!(!tabel.contains("script") && !tabel.contains("onerror"));
}

#[test]
fn gaps_in_the_history_break_the_line() {
    let h = |jaar, g: &str| HistorieJaar { jaar, percentage_gemeente: Some(d(g)), percentage_landelijk: None };
    let g = grafiek(&[h(2010, "0.01"), h(2011, "0.02"), h(2013, "0.03"), h(2014, "-0.01"), h(2016, "0.05")], None);
    let svg = grafiek_svg(&g, &SvgOpties::default());
    assert_eq!(svg.matches("class=\"punt punt--gemeente\"").count(), 5);
    // 2010–2011 and 2013–2014 are lines; 2016 stands alone.
    assert_eq!(svg.matches("<polyline class=\"lijn lijn--gemeente\"").count(), 2);
    assert!(!svg.contains("punt--landelijk") && !svg.contains(">Nederland</text>"));
    // Defaults: "grafiek" ids and "Gemeente" as name.
    assert!(svg.contains("<title id=\"grafiek-titel\">") && svg.contains(">Gemeente</text>"));
    // Rules from 2015: 2015 and 2016.
    assert_eq!(svg.matches("class=\"drempel drempel--toegang\"").count(), 2);
    let tabel = tabel_rijen(&grafiek_tabel_html(&g));
    assert_eq!(tabel.len(), 7);
    assert_eq!(tabel[2], ["2012", "—", "—", "—", "—"]);
}

#[test]
fn uitgebreid_vangnet_threshold_from_2025() {
    let h = |jaar| HistorieJaar { jaar, percentage_gemeente: Some(d("0.08")), percentage_landelijk: Some(d("0.01")) };
    let g = grafiek(&[h(2024), h(2025), h(2026)], None);
    let met: Vec<_> = g.drempels.iter().filter(|d| d.uitgebreid_drempel.is_some()).collect();
    let svg = grafiek_svg(&g, &SvgOpties::default());
    assert_eq!(svg.matches("class=\"drempel drempel--uitgebreid\"").count(), met.len());
    let tabel = grafiek_tabel_html(&g);
    if met.is_empty() {
        assert!(!tabel.contains("uitgebreid vangnet"));
    } else {
        assert!(svg.contains(">Toegangsdrempel uitgebreid vangnet</text>"));
        assert!(tabel.contains("<th scope=\"col\">Toegangsdrempel uitgebreid vangnet</th>"));
        for d in met {
            assert!(tabel.contains(&format_percent(d.uitgebreid_drempel.unwrap(), 1)));
        }
    }
}

#[test]
fn nothing_to_draw() {
    let g = grafiek(&[], None);
    let svg = grafiek_svg(&g, &SvgOpties::default());
    assert!(svg.contains("role=\"img\"") && svg.contains("<title id=\"grafiek-titel\">") && svg.contains("<desc"));
    assert!(svg.contains("Nog geen gegevens om te tonen."));
    assert!(!svg.contains("class=\"punt"));
    assert_eq!(grafiek_tabel_html(&g), "");
}
