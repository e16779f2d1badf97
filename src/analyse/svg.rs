//! The history chart ([`Grafiek`]) drawn as an accessible SVG by the app itself (no chart
//! library), and its text alternative as an HTML table with exactly the same numbers.
//!
//! The SVG has a fixed `viewBox` of [`BREEDTE`] × [`HOOGTE`] and scales with its container.
//! Every coordinate is computed with [`Decimal`] and written with one decimal (no binary
//! floating point). It contains:
//!
//! - `role="img"`, a `<title>` and a `<desc>` (Dutch) referenced by `aria-labelledby` and
//!   `aria-describedby`;
//! - the vertical axis with the ticks of [`As::ticks`] ("7,5%"), light grid lines and a
//!   stronger zero line, and the years on the horizontal axis (each year is a slot; a point
//!   sits in the middle of its slot);
//! - per year (2015 onward) a horizontal segment across the year's slot for the entry threshold
//!   (`class="drempel drempel--toegang"`), one for the start of the highest compensation band
//!   (`class="drempel drempel--band"`) and, from 2025, one for the entry threshold of the
//!   uitgebreid vangnet (`drempel--uitgebreid`), joined by vertical steps where the value
//!   changes (`drempel-sprong`);
//! - the gemeente's line: solid, round markers (`class="punt punt--gemeente"`); the national
//!   line: dashed, square markers (`class="punt punt--landelijk"`) — shape and dash pattern,
//!   not colour alone, tell the lines apart; years without a value are gaps in the line;
//! - a legend with a sample of every line that is drawn.
//!
//! Each point and segment has its own `<title>` ("Arnhem 2019: 9,0% (berekend)") as a tooltip.
//!
//! Colours (presentation attributes, so the SVG also reads without a stylesheet) all have a
//! contrast of at least 3:1 against white (WCAG 1.4.11): gemeente `#154273` (10,2:1), Nederland
//! `#b34700` (5,5:1), entry threshold `#1d6b2f` (6,6:1), highest band `#b00020` (7,3:1),
//! uitgebreid vangnet `#6a3d9a` (7,6:1), axes `#4b4b4b` (8,7:1). The grid lines are lighter and
//! only decorative. In forced-colors mode the rules for `.grafiek` in
//! [`AFDRUK_CSS`](crate::print::AFDRUK_CSS) (also `style/afdruk.css`) switch everything to
//! system colours; no `<style>` inside the SVG (the app's CSP forbids inline styles), no
//! `href`, no `url()`, no script.
//!
//! All text — including the gemeente's name — goes through [`escape`].
//!
//! ```
//! use rust_decimal::Decimal;
//! use vangnet::analyse::historie::grafiek;
//! use vangnet::analyse::svg::{grafiek_svg, grafiek_tabel_html, SvgOpties};
//! use vangnet::model::HistorieJaar;
//! let p = |s: &str| Some(s.parse::<Decimal>().unwrap());
//! let g = grafiek(
//!     &[
//!         HistorieJaar { jaar: 2015, percentage_gemeente: p("0.09"), percentage_landelijk: p("0.01") },
//!         HistorieJaar { jaar: 2016, percentage_gemeente: p("0.06"), percentage_landelijk: None },
//!     ],
//!     None,
//! );
//! let svg = grafiek_svg(&g, &SvgOpties { id: "g1".into(), gemeente: "Arnhem".into() });
//! assert!(svg.starts_with("<svg") && svg.contains("role=\"img\""));
//! assert_eq!(svg.matches("class=\"punt punt--gemeente\"").count(), 2);
//! assert_eq!(svg.matches("class=\"punt punt--landelijk\"").count(), 1);
//! assert_eq!(svg.matches("class=\"drempel drempel--toegang\"").count(), 2);
//! assert!(svg.contains(">7,5%</text>"));
//! assert!(grafiek_tabel_html(&g).contains("<td class=\"bedrag\">9,0%</td>"));
//! ```

use super::historie::{As, DrempelJaar, Grafiek, Punt, PuntBron};
use crate::document::{Lijngrafiek, Reeks, Streep, Tabel, Teken};
use crate::html::{een_regel, escape};
use crate::nl::format_percent;
use rust_decimal::{Decimal, RoundingStrategy};

/// Width of the `viewBox`.
pub const BREEDTE: i64 = 720;
/// Height of the `viewBox`.
pub const HOOGTE: i64 = 360;
/// Left edge of the plot area (room for the tick labels).
pub const PLOT_LINKS: i64 = 64;
/// Right edge of the plot area.
pub const PLOT_RECHTS: i64 = 704;
/// Top of the plot area (room for the axis title).
pub const PLOT_BOVEN: i64 = 30;
/// Bottom of the plot area (the minimum of the vertical axis).
pub const PLOT_ONDER: i64 = 262;

const KLEUR_GEMEENTE: &str = "#154273";
const KLEUR_LANDELIJK: &str = "#b34700";
const KLEUR_TOEGANG: &str = "#1d6b2f";
const KLEUR_BAND: &str = "#b00020";
const KLEUR_UITGEBREID: &str = "#6a3d9a";
const KLEUR_AS: &str = "#4b4b4b";
const KLEUR_RASTER: &str = "#c8c8c8";
const KLEUR_TEKST: &str = "#1a1a1a";

const STREEP_LANDELIJK: &str = "7 4";

/// How a threshold line is drawn: its class suffix, legend text, colour and dash pattern.
#[derive(Clone, Copy)]
struct Stijl {
    soort: &'static str,
    tekst: &'static str,
    kleur: &'static str,
    streep: &'static str,
}

const TOEGANG: Stijl = Stijl { soort: "toegang", tekst: "Toegangsdrempel", kleur: KLEUR_TOEGANG, streep: "12 4 3 4" };
const BAND: Stijl = Stijl { soort: "band", tekst: "Begin hoogste vergoedingsband", kleur: KLEUR_BAND, streep: "2 4" };
const UITGEBREID: Stijl =
    Stijl { soort: "uitgebreid", tekst: "Toegangsdrempel uitgebreid vangnet", kleur: KLEUR_UITGEBREID, streep: "6 2 2 2" };

/// One entry of the legend.
struct LegendaItem<'a> {
    soort: &'a str,
    tekst: String,
    kleur: &'a str,
    streep: Option<&'a str>,
    /// `"rond"` or `"vierkant"`, or no marker.
    teken: Option<&'a str>,
}

/// Options for [`grafiek_svg`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SvgOpties {
    /// Prefix for the ids of `<title>` and `<desc>` (`{id}-titel`, `{id}-desc`), so several
    /// charts can share a page. Only ASCII letters, digits, `-` and `_` are kept; empty gives
    /// `grafiek`.
    pub id: String,
    /// The gemeente's name for the legend and the description ("Arnhem"); empty gives
    /// "Gemeente".
    pub gemeente: String,
}

/// A coordinate as written in the SVG: rounded half away from zero to one decimal, always with
/// one decimal and a point (`"70.0"`, `"163.5"`).
pub fn coordinaat(d: Decimal) -> String {
    let mut r = d.round_dp_with_strategy(1, RoundingStrategy::MidpointAwayFromZero);
    if r.is_zero() {
        r = Decimal::ZERO;
    }
    r.rescale(1);
    r.to_string()
}

/// The horizontal position of the middle of `jaar`'s slot (unrounded). Every year in
/// [`Grafiek::jaren`] gets an equal slot between [`PLOT_LINKS`] and [`PLOT_RECHTS`]; a year
/// outside them is clamped to the first or last slot.
pub fn x_coordinaat(g: &Grafiek, jaar: i32) -> Decimal {
    let n = g.jaren.len() as i64;
    let Some(&eerste) = g.jaren.first() else {
        return Decimal::from(PLOT_LINKS + PLOT_RECHTS).checked_div(Decimal::TWO).unwrap_or_default();
    };
    // Bounded: i64 differences of i32 years, and `i` < `n`, a vector's length.
    let i = i64::from(jaar).saturating_sub(i64::from(eerste)).clamp(0, n.saturating_sub(1));
    slotrand(n, Decimal::from(i.saturating_mul(2).saturating_add(1)).checked_div(Decimal::TWO).unwrap_or_default())
}

/// The vertical position of `waarde` on the axis (unrounded): [`PLOT_ONDER`] at the axis'
/// minimum, [`PLOT_BOVEN`] at its maximum (clamped).
pub fn y_coordinaat(y_as: &As, waarde: Decimal) -> Decimal {
    // `positie` is within 0…1: the result lies between PLOT_BOVEN and PLOT_ONDER.
    Decimal::from(PLOT_ONDER).saturating_sub(y_as.positie(waarde).saturating_mul(Decimal::from(PLOT_ONDER - PLOT_BOVEN)))
}

/// The x of slot boundary `i` (may be fractional) of `n` slots.
fn slotrand(n: i64, i: Decimal) -> Decimal {
    let breedte = Decimal::from(PLOT_RECHTS - PLOT_LINKS);
    let n = Decimal::from(n.max(1));
    Decimal::from(PLOT_LINKS).saturating_add(breedte.checked_mul(i).and_then(|x| x.checked_div(n)).unwrap_or(Decimal::ZERO))
}

fn sanitize_id(id: &str) -> String {
    let s: String = id.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').take(64).collect();
    match s.chars().next() {
        None => "grafiek".into(),
        Some(c) if !c.is_ascii_alphabetic() => format!("grafiek-{s}"),
        Some(_) => s,
    }
}

/// The gemeente's name on one line, control characters removed, at most `max` characters.
fn naam(opties: &SvgOpties, max: usize) -> String {
    let g = een_regel(&opties.gemeente);
    if g.is_empty() {
        return "Gemeente".into();
    }
    if g.chars().count() > max {
        let mut s: String = g.chars().take(max.saturating_sub(1)).collect();
        s.push('…');
        s
    } else {
        g
    }
}

/// The start of the highest compensation band above the entry threshold, if any.
fn hoogste_band(d: &DrempelJaar) -> Option<Decimal> {
    d.banden.iter().copied().filter(|b| *b > d.drempel).max()
}

fn pct(p: Decimal) -> String {
    format_percent(p, 1)
}

fn bron_tekst(p: &Punt) -> &'static str {
    match p.bron {
        PuntBron::Berekend => " (berekend)",
        PuntBron::Ingevuld => "",
    }
}

/// The years as "2009–2019" (or "2019").
fn periode(g: &Grafiek) -> String {
    match (g.jaren.first(), g.jaren.last()) {
        (Some(a), Some(b)) if a != b => format!("{a}–{b}"),
        (Some(a), _) => a.to_string(),
        _ => String::new(),
    }
}

/// The SVG of the history chart (see the module documentation). Never panics; with no point
/// to draw, an SVG with its title and the text "Nog geen gegevens om te tonen.".
pub fn grafiek_svg(g: &Grafiek, opties: &SvgOpties) -> String {
    let id = sanitize_id(&opties.id);
    let gemeente = naam(opties, 200);
    let mut s = String::with_capacity(8 * 1024);
    s.push_str(&format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"grafiek\" viewBox=\"0 0 {BREEDTE} {HOOGTE}\" role=\"img\" aria-labelledby=\"{id}-titel\" aria-describedby=\"{id}-desc\" focusable=\"false\">"
    ));
    let titel = if g.jaren.is_empty() {
        "Tekort als percentage van het budget".to_string()
    } else {
        format!("Tekort als percentage van het budget, {}", periode(g))
    };
    s.push_str(&format!("<title id=\"{id}-titel\">{}</title>", escape(&titel)));
    s.push_str(&format!("<desc id=\"{id}-desc\">{}</desc>", escape(&beschrijving(g, &gemeente))));

    if g.is_leeg() || g.jaren.is_empty() {
        s.push_str(&format!(
            "<text class=\"grafiek-leeg\" x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"14\" fill=\"{KLEUR_TEKST}\">Nog geen gegevens om te tonen.</text></svg>",
            coordinaat(Decimal::from(BREEDTE / 2)),
            coordinaat(Decimal::from(HOOGTE / 2))
        ));
        return s;
    }

    let links = coordinaat(Decimal::from(PLOT_LINKS));
    let rechts = coordinaat(Decimal::from(PLOT_RECHTS));
    let y = |w: Decimal| coordinaat(y_coordinaat(&g.y_as, w));

    // Axis title, grid, tick labels.
    s.push_str(&format!(
        "<text class=\"as-titel\" x=\"8.0\" y=\"16.0\" font-size=\"12\" fill=\"{KLEUR_TEKST}\">{}</text>",
        escape("% van het budget (tekort positief, overschot negatief)")
    ));
    s.push_str("<g class=\"y-as\">");
    for t in &g.y_as.ticks {
        let ty = y(t.waarde);
        if !t.waarde.is_zero() {
            s.push_str(&format!(
                "<line class=\"raster\" x1=\"{links}\" y1=\"{ty}\" x2=\"{rechts}\" y2=\"{ty}\" stroke=\"{KLEUR_RASTER}\" stroke-width=\"1\"/>"
            ));
        }
        let label_y = coordinaat(y_coordinaat(&g.y_as, t.waarde).saturating_add(Decimal::from(4)));
        s.push_str(&format!(
            "<text class=\"as-label\" x=\"{}\" y=\"{label_y}\" text-anchor=\"end\" font-size=\"12\" fill=\"{KLEUR_TEKST}\">{}</text>",
            coordinaat(Decimal::from(PLOT_LINKS - 8)),
            escape(&t.label)
        ));
    }
    s.push_str(&format!(
        "<line class=\"as\" x1=\"{links}\" y1=\"{}\" x2=\"{links}\" y2=\"{}\" stroke=\"{KLEUR_AS}\" stroke-width=\"1\"/>",
        coordinaat(Decimal::from(PLOT_BOVEN)),
        coordinaat(Decimal::from(PLOT_ONDER))
    ));
    s.push_str("</g>");

    // Horizontal axis: the bottom line, year ticks and labels.
    let n = g.jaren.len() as i64;
    let stap = [1i64, 2, 5, 10, 20, 25, 50, 100].into_iter().find(|k| k.saturating_mul(16) >= n).unwrap_or(100);
    let onder = coordinaat(Decimal::from(PLOT_ONDER));
    s.push_str("<g class=\"x-as\">");
    s.push_str(&format!(
        "<line class=\"as\" x1=\"{links}\" y1=\"{onder}\" x2=\"{rechts}\" y2=\"{onder}\" stroke=\"{KLEUR_AS}\" stroke-width=\"1\"/>"
    ));
    for &jaar in &g.jaren {
        if stap > 1 && i64::from(jaar).checked_rem(stap) != Some(0) {
            continue;
        }
        let x = coordinaat(x_coordinaat(g, jaar));
        s.push_str(&format!(
            "<line class=\"streep\" x1=\"{x}\" y1=\"{onder}\" x2=\"{x}\" y2=\"{}\" stroke=\"{KLEUR_AS}\" stroke-width=\"1\"/>",
            coordinaat(Decimal::from(PLOT_ONDER + 5))
        ));
        s.push_str(&format!(
            "<text class=\"as-label\" x=\"{x}\" y=\"{}\" text-anchor=\"middle\" font-size=\"12\" fill=\"{KLEUR_TEKST}\">{jaar}</text>",
            coordinaat(Decimal::from(PLOT_ONDER + 19))
        ));
    }
    s.push_str("</g>");

    // The zero line.
    let nul = y(Decimal::ZERO);
    s.push_str(&format!(
        "<line class=\"nullijn\" x1=\"{links}\" y1=\"{nul}\" x2=\"{rechts}\" y2=\"{nul}\" stroke=\"{KLEUR_TEKST}\" stroke-width=\"1.5\"/>"
    ));

    // Thresholds: stepped segments per year.
    let eerste = g.jaren.first().copied().unwrap_or_default();
    let rand = |jaar: i32, eind: bool| {
        let i = i64::from(jaar).saturating_sub(i64::from(eerste)).saturating_add(i64::from(eind));
        coordinaat(slotrand(n, Decimal::from(i.clamp(0, n))))
    };
    // Per kind of line: (year, value, replaced by the gemeente).
    type Waarden = Vec<(i32, Decimal, bool)>;
    let mut soorten: Vec<(Stijl, Waarden)> = vec![
        (TOEGANG, g.drempels.iter().map(|d| (d.jaar, d.drempel, d.aangepast)).collect()),
        (BAND, g.drempels.iter().filter_map(|d| hoogste_band(d).map(|b| (d.jaar, b, d.aangepast))).collect()),
        (UITGEBREID, g.drempels.iter().filter_map(|d| d.uitgebreid_drempel.map(|u| (d.jaar, u, d.aangepast))).collect()),
    ];
    soorten.retain(|k| !k.1.is_empty());
    if !soorten.is_empty() {
        s.push_str("<g class=\"drempels\">");
        for (stijl, waarden) in &soorten {
            let Stijl { soort, tekst: label, kleur, streep } = *stijl;
            let breedte = if soort == "band" { "2.5" } else { "2" };
            let mut vorige: Option<(i32, Decimal)> = None;
            for &(jaar, w, aangepast) in waarden {
                let wy = y(w);
                if let Some((vj, vw)) = vorige {
                    if vj.checked_add(1) == Some(jaar) && vw != w {
                        let x = rand(jaar, false);
                        s.push_str(&format!(
                            "<line class=\"drempel-sprong drempel-sprong--{soort}\" x1=\"{x}\" y1=\"{}\" x2=\"{x}\" y2=\"{wy}\" stroke=\"{kleur}\" stroke-width=\"1\"/>",
                            y(vw)
                        ));
                    }
                }
                s.push_str(&format!(
                    "<line class=\"drempel drempel--{soort}\" x1=\"{}\" y1=\"{wy}\" x2=\"{}\" y2=\"{wy}\" stroke=\"{kleur}\" stroke-width=\"{breedte}\" stroke-dasharray=\"{streep}\" stroke-linecap=\"butt\"><title>{}</title></line>",
                    rand(jaar, false),
                    rand(jaar, true),
                    escape(&format!(
                        "{label} {jaar}: {}{}",
                        pct(w),
                        if aangepast { " (door de gemeente aangepast)" } else { "" }
                    ))
                ));
                vorige = Some((jaar, w));
            }
        }
        s.push_str("</g>");
    }

    // The lines: national first, so the gemeente's line lies on top.
    if !g.landelijk.is_empty() {
        s.push_str("<g class=\"reeks reeks--landelijk\">");
        lijnen(&mut s, g, &g.landelijk, "landelijk", KLEUR_LANDELIJK, Some(STREEP_LANDELIJK));
        for p in &g.landelijk {
            let x = x_coordinaat(g, p.jaar).saturating_sub(Decimal::from(4));
            let py = y_coordinaat(&g.y_as, p.waarde).saturating_sub(Decimal::from(4));
            s.push_str(&format!(
                "<rect class=\"punt punt--landelijk\" data-jaar=\"{}\" x=\"{}\" y=\"{}\" width=\"8\" height=\"8\" fill=\"{KLEUR_LANDELIJK}\" stroke=\"#fff\" stroke-width=\"1\"><title>{}</title></rect>",
                p.jaar,
                coordinaat(x),
                coordinaat(py),
                escape(&format!("Nederland {}: {}", p.jaar, pct(p.waarde)))
            ));
        }
        s.push_str("</g>");
    }
    if !g.gemeente.is_empty() {
        s.push_str("<g class=\"reeks reeks--gemeente\">");
        lijnen(&mut s, g, &g.gemeente, "gemeente", KLEUR_GEMEENTE, None);
        for p in &g.gemeente {
            s.push_str(&format!(
                "<circle class=\"punt punt--gemeente\" data-jaar=\"{}\" cx=\"{}\" cy=\"{}\" r=\"4.5\" fill=\"{KLEUR_GEMEENTE}\" stroke=\"#fff\" stroke-width=\"1\"><title>{}</title></circle>",
                p.jaar,
                coordinaat(x_coordinaat(g, p.jaar)),
                coordinaat(y_coordinaat(&g.y_as, p.waarde)),
                escape(&format!("{gemeente} {}: {}{}", p.jaar, pct(p.waarde), bron_tekst(p)))
            ));
        }
        s.push_str("</g>");
    }

    legenda(&mut s, g, &naam(opties, 40), &soorten.iter().map(|k| k.0).collect::<Vec<_>>());
    s.push_str("</svg>");
    s
}

/// The polylines of a series: one per run of consecutive years (a missing year is a gap).
fn lijnen(s: &mut String, g: &Grafiek, punten: &[Punt], soort: &str, kleur: &str, streep: Option<&str>) {
    let mut runs: Vec<Vec<&Punt>> = Vec::new();
    for p in punten {
        match runs.last_mut() {
            Some(run) if run.last().is_some_and(|q| q.jaar.checked_add(1) == Some(p.jaar)) => run.push(p),
            _ => runs.push(vec![p]),
        }
    }
    for run in runs.into_iter().filter(|r| r.len() > 1) {
        let punten: Vec<String> = run
            .iter()
            .map(|p| format!("{},{}", coordinaat(x_coordinaat(g, p.jaar)), coordinaat(y_coordinaat(&g.y_as, p.waarde))))
            .collect();
        s.push_str(&format!(
            "<polyline class=\"lijn lijn--{soort}\" points=\"{}\" fill=\"none\" stroke=\"{kleur}\" stroke-width=\"{}\" stroke-linejoin=\"round\"{}/>",
            punten.join(" "),
            if streep.is_some() { "2" } else { "2.5" },
            streep.map(|d| format!(" stroke-dasharray=\"{d}\"")).unwrap_or_default()
        ));
    }
}

/// The legend below the chart: a sample of each line drawn, wrapped over up to three rows.
fn legenda(s: &mut String, g: &Grafiek, gemeente: &str, drempels: &[Stijl]) {
    let mut items: Vec<LegendaItem> = Vec::new();
    if !g.gemeente.is_empty() {
        items.push(LegendaItem {
            soort: "gemeente",
            tekst: gemeente.to_string(),
            kleur: KLEUR_GEMEENTE,
            streep: None,
            teken: Some("rond"),
        });
    }
    if !g.landelijk.is_empty() {
        items.push(LegendaItem {
            soort: "landelijk",
            tekst: "Nederland".into(),
            kleur: KLEUR_LANDELIJK,
            streep: Some(STREEP_LANDELIJK),
            teken: Some("vierkant"),
        });
    }
    for d in drempels {
        items.push(LegendaItem { soort: d.soort, tekst: d.tekst.to_string(), kleur: d.kleur, streep: Some(d.streep), teken: None });
    }
    s.push_str("<g class=\"legenda\">");
    let rijen = [304i64, 326, 348];
    let mut rij = 0usize;
    let mut x = PLOT_LINKS;
    for LegendaItem { soort, tekst, kleur, streep, teken } in items {
        // About 6,5 units per character at font size 12, plus the sample and a gap.
        // Saturating: a name of absurd length only pushes the item off the picture.
        let tekens = i64::try_from(tekst.chars().count()).unwrap_or(i64::MAX);
        let tekstbreedte = tekens.saturating_mul(13) / 2;
        let breedte = tekstbreedte.saturating_add(30 + 6 + 20);
        if x > PLOT_LINKS && x.saturating_add(breedte).saturating_sub(20) > BREEDTE - 8 && rij.saturating_add(1) < rijen.len() {
            rij = rij.saturating_add(1);
            x = PLOT_LINKS;
        }
        let ry = rijen[rij];
        let ly = coordinaat(Decimal::from(ry.saturating_sub(4)));
        s.push_str(&format!(
            "<line class=\"legenda-lijn legenda-lijn--{soort}\" x1=\"{}\" y1=\"{ly}\" x2=\"{}\" y2=\"{ly}\" stroke=\"{kleur}\" stroke-width=\"{}\"{}/>",
            coordinaat(Decimal::from(x)),
            coordinaat(Decimal::from(x.saturating_add(30))),
            if soort == "band" { "2.5" } else { "2" },
            streep.map(|d| format!(" stroke-dasharray=\"{d}\"")).unwrap_or_default()
        ));
        match teken {
            Some("rond") => s.push_str(&format!(
                "<circle class=\"legenda-teken legenda-teken--{soort}\" cx=\"{}\" cy=\"{ly}\" r=\"4.5\" fill=\"{kleur}\" stroke=\"#fff\" stroke-width=\"1\"/>",
                coordinaat(Decimal::from(x.saturating_add(15)))
            )),
            Some(_) => s.push_str(&format!(
                "<rect class=\"legenda-teken legenda-teken--{soort}\" x=\"{}\" y=\"{}\" width=\"8\" height=\"8\" fill=\"{kleur}\" stroke=\"#fff\" stroke-width=\"1\"/>",
                coordinaat(Decimal::from(x.saturating_add(11))),
                coordinaat(Decimal::from(ry.saturating_sub(8)))
            )),
            None => {}
        }
        s.push_str(&format!(
            "<text class=\"legenda-tekst\" x=\"{}\" y=\"{}\" font-size=\"12\" fill=\"{KLEUR_TEKST}\">{}</text>",
            coordinaat(Decimal::from(x.saturating_add(36))),
            coordinaat(Decimal::from(ry)),
            escape(&tekst)
        ));
        x = x.saturating_add(breedte);
    }
    s.push_str("</g>");
}

/// The `<desc>`: what is drawn, how the lines look, the axis range and the last year.
fn beschrijving(g: &Grafiek, gemeente: &str) -> String {
    if g.is_leeg() || g.jaren.is_empty() {
        return "Er zijn nog geen gegevens om te tonen.".into();
    }
    let mut delen = Vec::new();
    let mut reeksen = Vec::new();
    if !g.gemeente.is_empty() {
        reeksen.push(format!("{gemeente} (doorgetrokken lijn met rondjes)"));
    }
    if !g.landelijk.is_empty() {
        reeksen.push("Nederland (gestreepte lijn met vierkantjes)".to_string());
    }
    delen.push(format!("Lijngrafiek over {}: {}.", periode(g), reeksen.join(" en ")));
    if let (Some(a), Some(b)) = (g.drempels.first(), g.drempels.last()) {
        let jaren = if a.jaar == b.jaar { format!("in {}", a.jaar) } else { format!("van {} tot en met {}", a.jaar, b.jaar) };
        let mut lijnen = vec!["de toegangsdrempel (streep-stippellijn)"];
        if g.drempels.iter().any(|d| hoogste_band(d).is_some()) {
            lijnen.push("het begin van de hoogste vergoedingsband (stippellijn)");
        }
        if g.drempels.iter().any(|d| d.uitgebreid_drempel.is_some()) {
            lijnen.push("de toegangsdrempel van het uitgebreid vangnet (streep-stip-stippellijn)");
        }
        delen.push(format!("Drempels per jaar {jaren}: {}.", lijnen.join(", ")));
    }
    delen.push("Een tekort is positief, een overschot negatief.".into());
    if let (Some(a), Some(b)) = (g.y_as.ticks.first(), g.y_as.ticks.last()) {
        delen.push(format!("Verticale as van {} tot {}.", a.label, b.label));
    }
    if let Some(p) = g.gemeente.last() {
        let mut laatste = format!("In {}: {gemeente} {}{}", p.jaar, pct(p.waarde), bron_tekst(p));
        if let Some(l) = g.landelijk.iter().find(|l| l.jaar == p.jaar) {
            laatste.push_str(&format!(", Nederland {}", pct(l.waarde)));
        }
        if let Some(d) = g.drempels.iter().find(|d| d.jaar == p.jaar) {
            laatste.push_str(&format!(", toegangsdrempel {}", pct(d.drempel)));
        }
        laatste.push('.');
        delen.push(laatste);
    }
    delen.push("De cijfers staan ook in de tabel bij de grafiek.".into());
    delen.join(" ")
}

/// The text alternative of the chart: a `<table class="grafiek-cijfers">` with a caption and,
/// per year of the chart, the gemeente's percentage (marked "(berekend)" when the rules
/// computed it), the national percentage, the entry threshold, the start of the highest band
/// and — when any year has one — the entry threshold of the uitgebreid vangnet. The same
/// numbers as the chart, formatted with [`format_percent`] to one decimal; "—" where a year
/// has no value. An empty string when there is nothing to show.
pub fn grafiek_tabel_html(g: &Grafiek) -> String {
    if g.is_leeg() || g.jaren.is_empty() {
        return String::new();
    }
    let uitgebreid = g.drempels.iter().any(|d| d.uitgebreid_drempel.is_some());
    let mut s = String::from("<table class=\"grafiek-cijfers\"><caption>");
    s.push_str(&escape(&format!("Tekort als percentage van het budget per jaar, {} (tekort positief, overschot negatief)", periode(g))));
    s.push_str("</caption><thead><tr>");
    let mut koppen = vec!["Jaar", "Gemeente", "Nederland", "Toegangsdrempel", "Begin hoogste vergoedingsband"];
    if uitgebreid {
        koppen.push("Toegangsdrempel uitgebreid vangnet");
    }
    for k in koppen {
        s.push_str(&format!("<th scope=\"col\">{}</th>", escape(k)));
    }
    s.push_str("</tr></thead><tbody>");
    let cel = |t: String| format!("<td class=\"bedrag\">{}</td>", escape(&t));
    let leeg = || "—".to_string();
    for &jaar in &g.jaren {
        s.push_str(&format!("<tr><th scope=\"row\">{jaar}</th>"));
        s.push_str(&cel(g
            .gemeente
            .iter()
            .find(|p| p.jaar == jaar)
            .map(|p| format!("{}{}", pct(p.waarde), bron_tekst(p)))
            .unwrap_or_else(leeg)));
        s.push_str(&cel(g.landelijk.iter().find(|p| p.jaar == jaar).map(|p| pct(p.waarde)).unwrap_or_else(leeg)));
        let d = g.drempels.iter().find(|d| d.jaar == jaar);
        let aangepast = if d.is_some_and(|d| d.aangepast) { " (aangepast)" } else { "" };
        s.push_str(&cel(d.map(|d| format!("{}{aangepast}", pct(d.drempel))).unwrap_or_else(leeg)));
        s.push_str(&cel(d.and_then(hoogste_band).map(|b| format!("{}{aangepast}", pct(b))).unwrap_or_else(leeg)));
        if uitgebreid {
            s.push_str(&cel(d.and_then(|d| d.uitgebreid_drempel).map(pct).unwrap_or_else(leeg)));
        }
        s.push_str("</tr>");
    }
    s.push_str("</tbody></table>");
    s
}

/// The same table as [`grafiek_tabel_html`], as a [`Tabel`] of a [`crate::document::Document`]
/// (caption, header, per year a row with the year as its heading); `None` when there is
/// nothing to show.
pub fn grafiek_tabel(g: &Grafiek) -> Option<Tabel> {
    if g.is_leeg() || g.jaren.is_empty() {
        return None;
    }
    let uitgebreid = g.drempels.iter().any(|d| d.uitgebreid_drempel.is_some());
    let mut kop: Vec<String> =
        ["Jaar", "Gemeente", "Nederland", "Toegangsdrempel", "Begin hoogste vergoedingsband"].iter().map(|s| s.to_string()).collect();
    if uitgebreid {
        kop.push("Toegangsdrempel uitgebreid vangnet".into());
    }
    let leeg = || "—".to_string();
    let rijen = g
        .jaren
        .iter()
        .map(|&jaar| {
            let d = g.drempels.iter().find(|d| d.jaar == jaar);
            let aangepast = if d.is_some_and(|d| d.aangepast) { " (aangepast)" } else { "" };
            let mut rij = vec![
                jaar.to_string(),
                g.gemeente.iter().find(|p| p.jaar == jaar).map(|p| format!("{}{}", pct(p.waarde), bron_tekst(p))).unwrap_or_else(leeg),
                g.landelijk.iter().find(|p| p.jaar == jaar).map(|p| pct(p.waarde)).unwrap_or_else(leeg),
                d.map(|d| format!("{}{aangepast}", pct(d.drempel))).unwrap_or_else(leeg),
                d.and_then(hoogste_band).map(|b| format!("{}{aangepast}", pct(b))).unwrap_or_else(leeg),
            ];
            if uitgebreid {
                rij.push(d.and_then(|d| d.uitgebreid_drempel).map(pct).unwrap_or_else(leeg));
            }
            rij
        })
        .collect();
    Some(Tabel {
        bijschrift: Some(format!("Tekort als percentage van het budget per jaar, {} (tekort positief, overschot negatief)", periode(g))),
        rechts: kop.iter().enumerate().map(|(i, _)| i > 0).collect(),
        kop,
        rijen,
        rijkop: true,
        totaalrij: false,
    })
}

/// The vertical axis title of a chart drawn by another renderer (Word), short enough to stand
/// rotated beside the plot; the sign convention is in the caption of the chart's table.
pub const AS_TITEL_KORT: &str = "% van het budget";

/// The same chart as [`grafiek_svg`] as data, for a renderer that draws its own (Word draws a
/// native chart from it): the same lines, names, colours, dash patterns and markers, and the
/// same axes. Thresholds are steps: each year's value spans the year from half a year before
/// to half a year after (clamped to the axis), as the SVG draws a segment across the year's
/// slot. A year without a value breaks a line. Empty (no lines) when there is nothing to draw.
pub fn grafiek_lijnen(g: &Grafiek, opties: &SvgOpties) -> Lijngrafiek {
    let gemeente = naam(opties, 200);
    let mut l = Lijngrafiek {
        beschrijving: beschrijving(g, &gemeente),
        as_titel: AS_TITEL_KORT.into(),
        y_min: g.y_as.min,
        y_max: g.y_as.max,
        y_stap: g.y_as.stap,
        x_stap: 1,
        ..Lijngrafiek::default()
    };
    let (Some(&eerste), Some(&laatste)) = (g.jaren.first(), g.jaren.last()) else {
        return l;
    };
    if g.is_leeg() {
        return l;
    }
    // One year alone gets a year of room on each side, so its segment has a length.
    (l.x_min, l.x_max) = if eerste == laatste { (eerste.saturating_sub(1), laatste.saturating_add(1)) } else { (eerste, laatste) };
    let n = i64::try_from(g.jaren.len()).unwrap_or(i64::MAX);
    l.x_stap = [1i32, 2, 5, 10, 20, 25, 50, 100].into_iter().find(|k| i64::from(*k).saturating_mul(16) >= n).unwrap_or(100);
    let (lo, hi) = (Decimal::from(l.x_min), Decimal::from(l.x_max));
    let half = Decimal::new(5, 1);

    // Per year of the axis the point, or a break.
    let lijn = |punten: &[Punt]| -> Vec<Option<(Decimal, Decimal)>> {
        g.jaren.iter().map(|&j| punten.iter().find(|p| p.jaar == j).map(|p| (Decimal::from(j), p.waarde))).collect()
    };
    // A threshold: two points per year (its edges); a year without one breaks the line.
    let trap = |waarden: &[(i32, Decimal)]| -> Vec<Option<(Decimal, Decimal)>> {
        let mut uit = Vec::with_capacity(waarden.len().saturating_mul(2));
        let mut vorige: Option<i32> = None;
        for &(jaar, w) in waarden {
            if vorige.is_some_and(|v| v.checked_add(1) != Some(jaar)) {
                uit.push(None);
            }
            let j = Decimal::from(jaar);
            uit.push(Some((j.saturating_sub(half).max(lo), w)));
            uit.push(Some((j.saturating_add(half).min(hi), w)));
            vorige = Some(jaar);
        }
        uit
    };
    type Drempellijn = (Stijl, Streep, Vec<(i32, Decimal)>);
    let drempels: [Drempellijn; 3] = [
        (TOEGANG, Streep::StreepStip, g.drempels.iter().map(|d| (d.jaar, d.drempel)).collect()),
        (BAND, Streep::Stippel, g.drempels.iter().filter_map(|d| hoogste_band(d).map(|b| (d.jaar, b))).collect()),
        (UITGEBREID, Streep::StreepStipStip, g.drempels.iter().filter_map(|d| d.uitgebreid_drempel.map(|u| (d.jaar, u))).collect()),
    ];
    if !g.gemeente.is_empty() {
        l.reeksen.push(Reeks {
            naam: naam(opties, 40),
            punten: lijn(&g.gemeente),
            kleur: KLEUR_GEMEENTE.trim_start_matches('#'),
            streep: Streep::Doorgetrokken,
            teken: Teken::Rond,
            dikte_pt: Decimal::from(2),
        });
    }
    if !g.landelijk.is_empty() {
        l.reeksen.push(Reeks {
            naam: "Nederland".into(),
            punten: lijn(&g.landelijk),
            kleur: KLEUR_LANDELIJK.trim_start_matches('#'),
            streep: Streep::Gestreept,
            teken: Teken::Vierkant,
            dikte_pt: Decimal::new(15, 1),
        });
    }
    // The thresholds after the lines (as in the SVG's legend). LibreOffice reads the first
    // series' x values as the chart's grid: a line with a point per year must come first.
    for (stijl, streep, waarden) in drempels.iter().filter(|d| !d.2.is_empty()) {
        l.reeksen.push(Reeks {
            naam: stijl.tekst.into(),
            punten: trap(waarden),
            kleur: stijl.kleur.trim_start_matches('#'),
            streep: *streep,
            teken: Teken::Geen,
            dikte_pt: Decimal::new(15, 1),
        });
    }
    l
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyse::historie::grafiek;
    use crate::model::HistorieJaar;

    #[test]
    fn coordinates_have_one_decimal() {
        assert_eq!(coordinaat(Decimal::from(70)), "70.0");
        assert_eq!(coordinaat("163.45".parse().unwrap()), "163.5");
        assert_eq!(coordinaat("-0.01".parse().unwrap()), "0.0");
    }

    #[test]
    fn ids_are_sanitised() {
        assert_eq!(sanitize_id(""), "grafiek");
        assert_eq!(sanitize_id("a\"><x"), "ax");
        assert_eq!(sanitize_id("1a"), "grafiek-1a");
    }

    #[test]
    fn empty_and_single_year_charts_do_not_panic() {
        let g = grafiek(&[], None);
        let s = grafiek_svg(&g, &SvgOpties::default());
        assert!(s.contains("Nog geen gegevens") && s.ends_with("</svg>"));
        assert_eq!(grafiek_tabel_html(&g), "");
        let g = grafiek(
            &[HistorieJaar { jaar: 2100, percentage_gemeente: Some(Decimal::ONE), percentage_landelijk: Some(-Decimal::ONE) }],
            None,
        );
        let s = grafiek_svg(&g, &SvgOpties::default());
        assert_eq!(s.matches("class=\"punt punt--gemeente\"").count(), 1);
        assert!(!s.contains("<polyline"));
        let wijd: Vec<HistorieJaar> = (1990..=2100)
            .map(|j| HistorieJaar { jaar: j, percentage_gemeente: Some(Decimal::new(i64::from(j % 7), 2)), percentage_landelijk: None })
            .collect();
        let g = grafiek(&wijd, None);
        let s = grafiek_svg(&g, &SvgOpties::default());
        assert_eq!(s.matches("class=\"punt punt--gemeente\"").count(), 111);
        // Every tenth year labelled.
        assert!(s.contains(">2000</text>") && !s.contains(">2001</text>"));
    }
}
