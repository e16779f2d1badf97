//! The history chart as a native Word chart (DrawingML, ECMA-376 part 1 §21.2): a chart part
//! `word/charts/chartN.xml` per chart, placed inline in its own paragraph.
//!
//! Why a native chart rather than a picture: SVG is not an image type every Word reads, and a
//! PNG would need a rasteriser in the module the user waits for. A chart part is a few KB of
//! XML, sharp at any zoom and in the PDF Word makes, and the gemeente can restyle it in Word.
//! It is a scatter chart with straight lines, so the thresholds can be steps across each year
//! as in the SVG; the values are literals in the part (`c:numLit`), so no embedded workbook is
//! needed (Word shows the chart; "Gegevens bewerken" is not available).
//!
//! Every text (the legend's gemeente name, the description) goes through [`super::xml_tekst`].

use super::{een_regel, xml_tekst};
use crate::document::{Lijngrafiek, Streep, Teken};
use rust_decimal::Decimal;
use std::fmt::Write as _;

/// The chart's size on the page, in EMU (360 000 per cm): the text width of 16 cm, half as
/// high as wide plus room for the legend.
pub const BREEDTE_EMU: u32 = 5_760_000;
/// See [`BREEDTE_EMU`].
pub const HOOGTE_EMU: u32 = 3_240_000;

/// At most this many charts in one file; past it, a chart marker gives its table only (the
/// print still shows the picture). Keeps a hostile text with thousands of markers from making
/// a file Word chokes on.
pub const MAX_GRAFIEKEN: usize = 50;

/// The relationship id of chart `n` (1-based) in `word/_rels/document.xml.rels`.
pub fn rel_id(n: usize) -> String {
    format!("rIdGrafiek{n}")
}

/// The part name of chart `n` (1-based), inside `word/`.
pub fn deel(n: usize) -> String {
    format!("charts/chart{n}.xml")
}

/// The run that places chart `n` (1-based) inline, with its description as the alternative
/// text (`descr`) Word reads out and shows under "Alternatieve tekst".
pub fn inline(n: usize, naam: &str, l: &Lijngrafiek) -> String {
    // docPr ids are unique per document; the charts are the only drawings.
    format!(
        r#"<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{BREEDTE_EMU}" cy="{HOOGTE_EMU}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="{n}" name="Grafiek {n}" title="{}" descr="{}"/><wp:cNvGraphicFramePr/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="{}"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"#,
        xml_tekst(&een_regel(naam)),
        xml_tekst(&een_regel(&l.beschrijving)),
        rel_id(n)
    )
}

/// A number as written in the part: plain decimal notation with a point ("0.09", "2015.5").
fn getal(d: Decimal) -> String {
    d.normalize().to_string()
}

fn streep(s: Streep) -> &'static str {
    match s {
        Streep::Doorgetrokken => "solid",
        Streep::Gestreept => "dash",
        Streep::StreepStip => "lgDashDot",
        Streep::Stippel => "sysDot",
        Streep::StreepStipStip => "lgDashDotDot",
    }
}

/// A line width in EMU (12 700 per point), within what DrawingML allows (0–20 116 800).
fn dikte(pt: Decimal) -> i64 {
    use rust_decimal::prelude::ToPrimitive;
    pt.checked_mul(Decimal::from(12_700)).and_then(|e| e.round().to_i64()).unwrap_or(0).clamp(0, 20_116_800)
}

/// Picks the x or the y of a point.
type Coordinaat = fn(&(Decimal, Decimal)) -> Decimal;

/// `word/charts/chartN.xml` for `l`.
pub fn chart_xml(l: &Lijngrafiek) -> String {
    let mut s = String::with_capacity(4096);
    s.push_str(concat!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
        "\n",
        r#"<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#,
        r#"<c:lang val="nl-NL"/><c:roundedCorners val="0"/><c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/>"#,
        r#"<c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>"#
    ));
    for (i, r) in l.reeksen.iter().enumerate() {
        let kleur = r.kleur;
        let _ = write!(
            s,
            r#"<c:ser><c:idx val="{i}"/><c:order val="{i}"/><c:tx><c:v>{}</c:v></c:tx><c:spPr><a:ln w="{}" cap="flat"><a:solidFill><a:srgbClr val="{kleur}"/></a:solidFill><a:prstDash val="{}"/><a:round/></a:ln></c:spPr>"#,
            xml_tekst(&een_regel(&r.naam)),
            dikte(r.dikte_pt),
            streep(r.streep)
        );
        match r.teken {
            Teken::Geen => s.push_str(r#"<c:marker><c:symbol val="none"/></c:marker>"#),
            Teken::Rond | Teken::Vierkant => {
                let vorm = if r.teken == Teken::Rond { "circle" } else { "square" };
                let _ = write!(
                    s,
                    r#"<c:marker><c:symbol val="{vorm}"/><c:size val="6"/><c:spPr><a:solidFill><a:srgbClr val="{kleur}"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></a:ln></c:spPr></c:marker>"#
                );
            }
        }
        // A break is an index without a point; `dispBlanksAs gap` leaves the line open there.
        let n = r.punten.len();
        let assen: [(&str, &str, Coordinaat); 2] = [("xVal", "0", |p| p.0), ("yVal", "0.0%", |p| p.1)];
        for (as_, code, waarde) in assen {
            let _ = write!(s, r#"<c:{as_}><c:numLit><c:formatCode>{code}</c:formatCode><c:ptCount val="{n}"/>"#);
            for (idx, p) in r.punten.iter().enumerate() {
                if let Some(p) = p {
                    let _ = write!(s, r#"<c:pt idx="{idx}"><c:v>{}</c:v></c:pt>"#, getal(waarde(p)));
                }
            }
            let _ = write!(s, "</c:numLit></c:{as_}>");
        }
        s.push_str(r#"<c:smooth val="0"/></c:ser>"#);
    }
    s.push_str(r#"<c:axId val="500100"/><c:axId val="500200"/></c:scatterChart>"#);
    let as_lijn = r#"<c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="4B4B4B"/></a:solidFill></a:ln></c:spPr>"#;
    // The horizontal axis: the years, labels below the plot (also when values are negative).
    let _ = write!(
        s,
        r#"<c:valAx><c:axId val="500100"/><c:scaling><c:orientation val="minMax"/><c:max val="{}"/><c:min val="{}"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>{as_lijn}<c:crossAx val="500200"/><c:crosses val="autoZero"/><c:crossBetween val="midCat"/><c:majorUnit val="{}"/></c:valAx>"#,
        l.x_max,
        l.x_min,
        l.x_stap.max(1)
    );
    // The vertical axis: percentages, light grid lines, its title rotated beside it.
    let _ = write!(
        s,
        r#"<c:valAx><c:axId val="500200"/><c:scaling><c:orientation val="minMax"/><c:max val="{}"/><c:min val="{}"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="C8C8C8"/></a:solidFill></a:ln></c:spPr></c:majorGridlines><c:title><c:tx><c:rich><a:bodyPr rot="-5400000" vert="horz"/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900" b="0"/></a:pPr><a:r><a:rPr lang="nl-NL" sz="900" b="0"/><a:t>{}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:numFmt formatCode="0.0%" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>{as_lijn}<c:crossAx val="500100"/><c:crosses val="min"/><c:crossBetween val="midCat"/>"#,
        getal(l.y_max),
        getal(l.y_min),
        xml_tekst(&een_regel(&l.as_titel))
    );
    if l.y_stap > Decimal::ZERO {
        let _ = write!(s, r#"<c:majorUnit val="{}"/>"#, getal(l.y_stap));
    }
    s.push_str("</c:valAx>");
    s.push_str(concat!(
        r#"</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>"#,
        r#"<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>"#,
        r#"<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"><a:solidFill><a:srgbClr val="1A1A1A"/></a:solidFill><a:latin typeface="Arial"/><a:cs typeface="Arial"/></a:defRPr></a:pPr><a:endParaRPr lang="nl-NL"/></a:p></c:txPr>"#,
        "</c:chartSpace>"
    ));
    s
}
