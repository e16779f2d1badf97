//! The print view: the application laid out as the official form, as plain HTML strings.
//!
//! Pure Rust (no Leptos, no web-sys), so it is tested natively. The app puts
//! [`afdruk_html`] into a container of its print page (and includes [`AFDRUK_CSS`] in its
//! stylesheet); [`afdruk_document`] is the same content as a self-contained HTML file to
//! download, open and print in any browser.
//!
//! # Safety of the output
//!
//! Every piece of text — the user's answers, names, the gemeente, but also the fixed texts and
//! the computed figures — goes through [`escape`]; nothing is ever written into the HTML
//! unescaped, and no user text is ever written into an attribute. [`escape`] also *strips* the
//! Unicode bidi embedding/override/isolate controls (U+202A–U+202E, U+2066–U+2069) and other
//! control characters, so a pasted text cannot visually reorder the printed declaration.
//! The standalone document contains no script and no reference to any other file.
//!
//! # Layout
//!
//! Follows the model form: title, "Versie: …", the introduction, "1. Verklaring college …"
//! with A–D (D with the declaration and the signature block), "2. Instemming gemeenteraad" with
//! its signature block, and optionally an internal appendix with the calculation (clearly
//! marked as not part of the form). When the application holds analysis data (history years,
//! effect figures or an ambition; see [`crate::analyse`]), a second internal appendix follows
//! on a new page: the history chart ([`crate::analyse::svg`]) with its table, the effect totals
//! per year against the tekort and the eigen risico, and the AEF ambition table — each only
//! when filled in. An application without any of it prints exactly as before.

use crate::analyse::{ambitie, effect, heel, historie, svg};
use crate::date::Date;
use crate::guidance::{
    invullen, tekst, Deel, B2_VRAGEN, FORMULIERTITEL, LABEL_DATUM, LABEL_NAAM_ONDERTEKENAAR, ONDERDEEL_B_UITGEBREID,
    ONDERTEKENAARS_COLLEGE, ONDERTEKENAARS_RAAD,
};
pub use crate::html::escape;
use crate::html::{een_regel, is_verboden};
use crate::model::{is_leeg, Aanvraag, Ambitie, Effect, Maatregel, Soort};
use crate::nl::{format_amount_input, format_date, format_date_long, format_money, format_money_cents, format_percent};
use crate::rules::{self, Band, RegelAanpassing, SpoorSoort, Status, Toegang, Uitkomst, Verdeling, Versie};
use rust_decimal::Decimal;

/// Options for the print view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AfdrukOpties {
    /// Append the internal appendix with the calculation ("Bijlage voor intern gebruik"). It is
    /// not part of the form and is marked as such. Default `true`.
    pub met_berekening: bool,
    /// Append the internal appendix with the analysis ("Bijlage voor intern gebruik: analyse")
    /// when the application holds analysis data (history, effect figures, ambition). It is not
    /// part of the form and is marked as such. Default `true`.
    pub met_analyse: bool,
}

impl Default for AfdrukOpties {
    fn default() -> Self {
        AfdrukOpties { met_berekening: true, met_analyse: true }
    }
}

/// The CSS of the print view: the file `style/afdruk.css` itself, which index.html links for the
/// in-app print view and [`afdruk_document`] embeds in the downloadable print file (one source).
///
/// Everything is scoped under `.afdruk` except the `@page` rule (A4, margins 2 cm) and the
/// rules of the history chart (`.grafiek`, see [`crate::analyse::svg`]), which the app's own
/// pages use too: its size, its font, and its system colours in forced-colors mode. System
/// fonts only (sans-serif stack), no `url()`, no `@import`. Page-break rules: headings are
/// kept with what follows (`break-after: avoid`), each question block — the heading, the form
/// text and the start of the answer (`.blok`) — is not split (`break-inside: avoid`), signature
/// blocks are never split, and "1. Verklaring college" and "2. Instemming gemeenteraad" (and the
/// appendix) start on a new page (`.nieuwe-pagina`).
pub const AFDRUK_CSS: &str = include_str!("../style/afdruk.css");

/// Extra CSS of the standalone document only (the page around the article on screen).
const DOCUMENT_CSS: &str = r#"html { background: #fff; }
body { margin: 0; padding: 1.5rem; color: #000; background: #fff; }
@media print {
  body { padding: 0; }
}
"#;

/// The blank line printed where something must be filled in by hand.
const LIJN: &str = "<span class=\"lijn\">____________________</span>";

/// A list item line: `"- "` or `"• "` (after leading whitespace); returns the item text.
fn lijstitem(regel: &str) -> Option<&str> {
    let t = regel.trim_start();
    t.strip_prefix("- ").or_else(|| t.strip_prefix("• "))
}

/// A short line ending in a question mark in a fixed text: a heading inside the text.
fn is_tussenkop(regel: &str) -> bool {
    let t = regel.trim();
    t.ends_with('?') && t.chars().count() <= 140
}

/// Renders a text as HTML blocks: paragraphs split on blank lines (`<p>`), single line breaks
/// inside a paragraph as `<br>`, runs of lines starting with `"- "` or `"• "` as `<ul>`.
/// Everything escaped. With `tussenkoppen`, a one-line paragraph ending in `?` is shown as a
/// bold heading (fixed texts only).
fn blokken(s: &str, tussenkoppen: bool) -> Vec<String> {
    let schoon: String = s.replace("\r\n", "\n").replace('\r', "\n").chars().filter(|c| !is_verboden(*c)).collect();
    let mut out = Vec::new();
    let mut alinea: Vec<&str> = Vec::new();
    for regel in schoon.split('\n') {
        if regel.trim().is_empty() {
            alinea_html(&mut out, &alinea, tussenkoppen);
            alinea.clear();
        } else {
            alinea.push(regel);
        }
    }
    alinea_html(&mut out, &alinea, tussenkoppen);
    out
}

fn alinea_html(out: &mut Vec<String>, regels: &[&str], tussenkoppen: bool) {
    let mut i = 0;
    while i < regels.len() {
        if lijstitem(regels[i]).is_some() {
            let mut html = String::from("<ul>");
            while let Some(item) = regels.get(i).and_then(|r| lijstitem(r)) {
                html.push_str("<li>");
                html.push_str(&escape(item.trim()));
                html.push_str("</li>");
                i += 1;
            }
            html.push_str("</ul>");
            out.push(html);
        } else {
            let begin = i;
            while i < regels.len() && lijstitem(regels[i]).is_none() {
                i += 1;
            }
            let tekst = regels[begin..i].iter().map(|r| escape(r.trim())).collect::<Vec<_>>().join("<br>");
            if tussenkoppen && i - begin == 1 && is_tussenkop(regels[begin]) {
                out.push(format!("<p class=\"tussenkop\"><strong>{tekst}</strong></p>"));
            } else {
                out.push(format!("<p>{tekst}</p>"));
            }
        }
    }
}

/// The visible "empty answer": grey "(niet ingevuld)" above a few ruled lines.
fn leeg_html() -> String {
    "<div class=\"leeg\"><p class=\"niet-ingevuld\">(niet ingevuld)</p>\
<div class=\"regel\"></div><div class=\"regel\"></div><div class=\"regel\"></div></div>"
        .to_string()
}

/// The blocks of a user answer; the empty-answer block when it is empty.
fn antwoord_blokken(s: &str) -> Vec<String> {
    let b = if is_leeg(s) { Vec::new() } else { blokken(s, false) };
    if b.is_empty() {
        vec![leeg_html()]
    } else {
        b
    }
}

/// Writes `kop` (heading and form text, already HTML) together with the first block of the
/// answer into a `.blok` that is never split, then the rest of the answer.
fn met_antwoord(out: &mut String, kop: &str, antwoord: Vec<String>) {
    let mut it = antwoord.into_iter();
    out.push_str("<div class=\"blok\">");
    out.push_str(kop);
    if let Some(eerste) = it.next() {
        out.push_str("<div class=\"antwoord\">");
        out.push_str(&eerste);
        out.push_str("</div>");
    }
    out.push_str("</div>");
    let rest: String = it.collect();
    if !rest.is_empty() {
        out.push_str("<div class=\"antwoord\">");
        out.push_str(&rest);
        out.push_str("</div>");
    }
}

/// A fixed form text as HTML (in a `.formuliertekst` div), or nothing when it is empty.
fn formuliertekst_html(s: &str) -> String {
    if s.trim().is_empty() {
        return String::new();
    }
    format!("<div class=\"formuliertekst\">{}</div>", blokken(s, true).concat())
}

/// The deadline as written in the form texts ("15 augustus 2020").
fn deadline_tekst(aanvraag: &Aanvraag, uitkomst: Option<&Uitkomst>) -> String {
    let t = aanvraag.tekortjaar();
    let datum: Option<Date> = uitkomst
        .map(|u| u.uiterste_datum)
        .or_else(|| aanvraag.regelaanpassing.as_ref().filter(|a| a.is_actief()).and_then(|a| a.uiterste_datum))
        .or_else(|| rules::regels(t).map(|r| r.uiterste_datum.waarde))
        .or_else(|| Date::new(t.saturating_add(1), 8, 15));
    match datum {
        Some(d) => format_date_long(d),
        None => format!("15 augustus {}", t.saturating_add(1)),
    }
}

/// The gemeente's name for the form texts (one line; a blank line when not filled in).
fn gemeente_naam(aanvraag: &Aanvraag) -> String {
    let g = een_regel(&aanvraag.gemeente);
    if g.is_empty() {
        "____________________".to_string()
    } else {
        g
    }
}

/// The document title (plain text, not escaped).
fn titel_tekst(aanvraag: &Aanvraag) -> String {
    let mut s = invullen(FORMULIERTITEL, "", aanvraag.tekortjaar(), "");
    let versie = aanvraag.versie();
    if versie != Versie::Enkel {
        s.push_str(" – ");
        s.push_str(versie.naam());
    }
    let g = een_regel(&aanvraag.gemeente);
    if !g.is_empty() {
        s.push_str(" – gemeente ");
        s.push_str(&g);
    }
    s
}

/// The print view of `aanvraag`: one `<article class="afdruk" lang="nl">`, laid out as the
/// official form of its version (see the module documentation for the order), followed — when
/// `opties.met_berekening` and `uitkomst` is given — by the internal appendix with the
/// calculation. All text is escaped; empty answers print as "(niet ingevuld)" above ruled
/// lines.
pub fn afdruk_html(aanvraag: &Aanvraag, uitkomst: Option<&Uitkomst>, opties: &AfdrukOpties) -> String {
    let versie = aanvraag.versie();
    let jaar = aanvraag.tekortjaar();
    let gemeente = gemeente_naam(aanvraag);
    let deadline = deadline_tekst(aanvraag, uitkomst);
    let vul = |s: &str| invullen(s, &gemeente, jaar, &deadline);
    let mut out = String::with_capacity(32 * 1024);

    out.push_str("<article class=\"afdruk\" lang=\"nl\">");

    // Title.
    out.push_str("<header class=\"kop\">");
    out.push_str(&format!("<h1>{}</h1>", escape(&invullen(FORMULIERTITEL, "", jaar, ""))));
    if versie != Versie::Enkel {
        out.push_str(&format!("<p class=\"versie\">Versie: {}</p>", escape(versie.naam())));
    }
    let g = een_regel(&aanvraag.gemeente);
    out.push_str(&format!("<p class=\"gemeente\">Gemeente {}</p>", if g.is_empty() { LIJN.to_string() } else { escape(&g) }));
    out.push_str("</header>");

    // Warning about replaced rules.
    if let Some(a) = aanvraag.regelaanpassing.as_ref().filter(|a| a.is_actief()) {
        out.push_str(&waarschuwing_html(a, jaar));
    }

    // Introduction and the overview of part 1 (from the form text of the introduction).
    let inleiding = tekst(versie, Deel::Inleiding).map(|t| vul(t.formuliertekst)).unwrap_or_default();
    let mut alineas: Vec<&str> = inleiding.split("\n\n").filter(|a| !a.trim().is_empty()).collect();
    if alineas.first().is_some_and(|a| a.starts_with("Versie:")) {
        alineas.remove(0);
    }
    let (intro, deel1_titel, overzicht) = match alineas.iter().position(|a| a.trim_start().starts_with("1. Verklaring college")) {
        Some(i) => (alineas[..i].join("\n\n"), alineas[i].trim().to_string(), alineas[i + 1..].join("\n\n")),
        None => (alineas.join("\n\n"), "1. Verklaring college".to_string(), String::new()),
    };
    let heeft_intro = !intro.trim().is_empty();
    if heeft_intro {
        out.push_str("<section class=\"inleiding\">");
        out.push_str(&blokken(&intro, true).concat());
        out.push_str("</section>");
    }

    // Part 1.
    out.push_str(&format!("<section class=\"deel deel-1{}\">", if heeft_intro { " nieuwe-pagina" } else { "" }));
    out.push_str(&format!("<h2>{}</h2>", escape(&deel1_titel)));
    if !overzicht.trim().is_empty() {
        out.push_str(&blokken(&overzicht, false).concat());
    } else {
        // The single form has no overview text: list the parts by their titles.
        out.push_str("<p>Dit gedeelte bestaat uit de volgende vier onderdelen:</p><ul>");
        for deel in [Deel::A, Deel::B, Deel::C, Deel::D] {
            if let Some(t) = tekst(versie, deel) {
                out.push_str(&format!("<li>{}</li>", escape(t.titel)));
            }
        }
        out.push_str("</ul>");
    }

    // A.
    if let Some(t) = tekst(versie, Deel::A) {
        out.push_str("<section class=\"vraag vraag-a\">");
        let kop = format!("<h3>{}</h3>{}", escape(t.titel), formuliertekst_html(&vul(t.formuliertekst)));
        met_antwoord(&mut out, &kop, antwoord_blokken(&aanvraag.a_analyse));
        out.push_str("</section>");
    }

    // B.
    out.push_str("<section class=\"vraag vraag-b\">");
    if versie == Versie::Uitgebreid {
        b_uitgebreid(&mut out, aanvraag, &vul);
    } else if let Some(t) = tekst(versie, Deel::B) {
        let kop = format!("<h3>{}</h3>{}", escape(t.titel), formuliertekst_html(&vul(t.formuliertekst)));
        let maatregelen: Vec<&Maatregel> = aanvraag.maatregelen.iter().collect();
        let mut antwoord = if is_leeg(&aanvraag.b_toelichting) { Vec::new() } else { blokken(&aanvraag.b_toelichting, false) };
        if maatregelen.is_empty() && antwoord.is_empty() {
            antwoord.push(leeg_html());
        }
        met_antwoord(&mut out, &kop, antwoord);
        maatregelen_gegroepeerd(&mut out, &maatregelen, 4, false);
    }
    out.push_str("</section>");

    // C.
    if let Some(t) = tekst(versie, Deel::C) {
        out.push_str("<section class=\"vraag vraag-c\">");
        let kop = format!("<h3>{}</h3>{}", escape(t.titel), formuliertekst_html(&vul(t.formuliertekst)));
        met_antwoord(&mut out, &kop, antwoord_blokken(&aanvraag.c_effect));
        bronnen_html(&mut out, aanvraag);
        out.push_str("</section>");
    }

    // D.
    if let Some(t) = tekst(versie, Deel::D) {
        out.push_str("<section class=\"vraag vraag-d\">");
        let mut tekstblokken = blokken(&vul(t.formuliertekst), false);
        let verklaring = tekstblokken.pop().unwrap_or_default();
        out.push_str("<div class=\"blok\">");
        out.push_str(&format!("<h3>{}</h3>", escape(t.titel)));
        out.push_str(&tekstblokken.concat());
        out.push_str("</div>");
        out.push_str("<div class=\"verklaring-ondertekening\">");
        out.push_str(&format!("<div class=\"verklaring\">{verklaring}</div>"));
        let d = &aanvraag.d_college;
        out.push_str(&ondertekening_html(
            d.datum,
            None,
            [(ONDERTEKENAARS_COLLEGE[0], &d.secretaris), (ONDERTEKENAARS_COLLEGE[1], &d.burgemeester)],
        ));
        out.push_str("</div>");
        out.push_str("</section>");
    }
    out.push_str("</section>");

    // Part 2.
    if let Some(t) = tekst(versie, Deel::Raad) {
        out.push_str("<section class=\"deel deel-2 nieuwe-pagina\">");
        out.push_str(&format!("<h2>{}</h2>", escape(t.titel)));
        let mut tekstblokken = blokken(&vul(t.formuliertekst), false);
        let slot = if tekstblokken.len() > 1 { tekstblokken.pop() } else { None };
        out.push_str(&tekstblokken.concat());
        let r = &aanvraag.raad;
        out.push_str("<div class=\"verklaring-ondertekening\">");
        if let Some(slot) = slot {
            out.push_str(&slot);
        }
        out.push_str(&ondertekening_html(
            r.datum,
            Some("Ondertekening"),
            [(ONDERTEKENAARS_RAAD[0], &r.voorzitter), (ONDERTEKENAARS_RAAD[1], &r.griffier)],
        ));
        out.push_str("</div>");
        out.push_str("</section>");
    }

    // Internal appendix.
    if opties.met_berekening {
        if let Some(u) = uitkomst {
            out.push_str(&bijlage_html(u));
        }
    }

    // Internal appendix with the analysis, only when there is any.
    if opties.met_analyse {
        if let Some(b) = analyse_bijlage_html(aanvraag, uitkomst) {
            out.push_str(&b);
        }
    }

    out.push_str("</article>");
    out
}

/// B of the uitgebreid verzoek: the B heading with its form text and the general explanation,
/// then B1 (internal measures, grouped) and B2 (external measures with the three questions).
fn b_uitgebreid(out: &mut String, aanvraag: &Aanvraag, vul: &dyn Fn(&str) -> String) {
    let b = &ONDERDEEL_B_UITGEBREID;
    let kop = format!("<h3>{}</h3>{}", escape(b.titel), formuliertekst_html(&vul(b.formuliertekst)));
    // The general B text is optional in the uitgebreid verzoek (B1 and B2 are the questions).
    let antwoord = if is_leeg(&aanvraag.b_toelichting) { Vec::new() } else { blokken(&aanvraag.b_toelichting, false) };
    met_antwoord(out, &kop, antwoord);

    // B1.
    let interne: Vec<&Maatregel> = aanvraag.interne().collect();
    out.push_str("<section class=\"b1\">");
    if let Some(t) = tekst(Versie::Uitgebreid, Deel::B1) {
        let kop = format!("<h4>{}</h4>{}", escape(t.titel), formuliertekst_html(&vul(t.formuliertekst)));
        let mut antwoord = if is_leeg(&aanvraag.b1_toelichting) { Vec::new() } else { blokken(&aanvraag.b1_toelichting, false) };
        if interne.is_empty() && antwoord.is_empty() {
            antwoord.push(leeg_html());
        }
        met_antwoord(out, &kop, antwoord);
    }
    maatregelen_gegroepeerd(out, &interne, 5, true);
    out.push_str("</section>");

    // B2.
    let externe: Vec<&Maatregel> = aanvraag.externe().collect();
    out.push_str("<section class=\"b2\">");
    if let Some(t) = tekst(Versie::Uitgebreid, Deel::B2) {
        let kop = format!("<h4>{}</h4>{}", escape(t.titel), formuliertekst_html(&vul(t.formuliertekst)));
        let mut antwoord = if is_leeg(&aanvraag.b2_toelichting) { Vec::new() } else { blokken(&aanvraag.b2_toelichting, false) };
        if externe.is_empty() && antwoord.is_empty() {
            antwoord.push(leeg_html());
        }
        met_antwoord(out, &kop, antwoord);
    }
    for (i, m) in externe.iter().enumerate() {
        out.push_str("<section class=\"maatregel extern\">");
        let naam = een_regel(&m.naam);
        out.push_str(&format!(
            "<h5>Maatregel {}. {}</h5>",
            i + 1,
            if naam.is_empty() { "<span class=\"niet-ingevuld\">(naam niet ingevuld)</span>".to_string() } else { escape(&naam) }
        ));
        let groep = een_regel(&m.groep);
        if !groep.is_empty() {
            out.push_str(&format!("<p class=\"meta\">Onderdeel van: {}</p>", escape(&groep)));
        }
        if !is_leeg(&m.omschrijving) {
            out.push_str(&blokken(&m.omschrijving, false).concat());
        }
        for ((letter, vraag), antwoord) in B2_VRAGEN.iter().zip([&m.externe_bron, &m.inzicht, &m.getroffen_maatregel]) {
            let kop = format!("<p class=\"b2-vraag\">{}) {}</p>", escape(letter), escape(vraag));
            met_antwoord(out, &kop, antwoord_blokken(antwoord));
        }
        meta_html(out, m);
        out.push_str("</section>");
    }
    out.push_str("</section>");
}

/// Measures grouped by `groep` (groups in order of first appearance; an empty group first
/// where it first appears, without a heading). Group headings at level `niveau`. With
/// `alleen_intern`, only name, description, date and effect are shown (B1); otherwise (the
/// basisverzoek's B) an external measure also shows the answered B2 questions.
fn maatregelen_gegroepeerd(out: &mut String, maatregelen: &[&Maatregel], niveau: u8, alleen_intern: bool) {
    let mut groepen: Vec<(String, Vec<&Maatregel>)> = Vec::new();
    for m in maatregelen {
        let g = een_regel(&m.groep);
        match groepen.iter_mut().find(|(naam, _)| *naam == g) {
            Some((_, lijst)) => lijst.push(m),
            None => groepen.push((g, vec![m])),
        }
    }
    for (groep, lijst) in groepen {
        out.push_str("<div class=\"groep\">");
        let mut eerste = true;
        for m in lijst {
            let groepkop = if eerste && !groep.is_empty() {
                format!("<h{niveau} class=\"groepnaam\">{}</h{niveau}>", escape(&groep))
            } else {
                String::new()
            };
            eerste = false;
            maatregel_html(out, m, &groepkop, alleen_intern);
        }
        out.push_str("</div>");
    }
}

/// One measure in a list (B1, or B of the basisverzoek): the name in bold, its description,
/// date and effect. `groepkop` (HTML) is kept together with it.
fn maatregel_html(out: &mut String, m: &Maatregel, groepkop: &str, alleen_intern: bool) {
    out.push_str("<div class=\"maatregel\">");
    let naam = een_regel(&m.naam);
    let kop = format!(
        "{groepkop}<p class=\"maatregel-naam\"><strong>{}</strong></p>",
        if naam.is_empty() { "<span class=\"niet-ingevuld\">(naam niet ingevuld)</span>".to_string() } else { escape(&naam) }
    );
    let mut antwoord = if is_leeg(&m.omschrijving) { Vec::new() } else { blokken(&m.omschrijving, false) };
    let toon_vragen = !alleen_intern && m.soort == Soort::Extern;
    let vragen: Vec<(&str, &str, &String)> = B2_VRAGEN
        .iter()
        .zip([&m.externe_bron, &m.inzicht, &m.getroffen_maatregel])
        .filter(|(_, a)| toon_vragen && !is_leeg(a))
        .map(|((l, v), a)| (*l, *v, a))
        .collect();
    if antwoord.is_empty() && vragen.is_empty() {
        antwoord.push(leeg_html());
    }
    met_antwoord(out, &kop, antwoord);
    for (letter, vraag, a) in vragen {
        let kop = format!("<p class=\"b2-vraag\">{}) {}</p>", escape(letter), escape(vraag));
        met_antwoord(out, &kop, antwoord_blokken(a));
    }
    meta_html(out, m);
    out.push_str("</div>");
}

/// The date a measure was taken and its quantified effect, when given.
fn meta_html(out: &mut String, m: &Maatregel) {
    if let Some(d) = m.datum_getroffen {
        out.push_str(&format!("<p class=\"meta\">Getroffen op {}</p>", escape(&format_date(d))));
    }
    if let Some(e) = &m.effect {
        out.push_str(&effect_html(e));
    }
}

fn effect_html(e: &Effect) -> String {
    let mut delen = Vec::new();
    if let Some(n) = e.minder_uitkeringen {
        delen.push(format!("{} uitkeringen minder per jaar", format_amount_input(n)));
    }
    if let Some(b) = e.besparing {
        delen.push(format!("besparing {} per jaar", format_money(b)));
    }
    let toelichting = if is_leeg(&e.toelichting) { Vec::new() } else { blokken(&e.toelichting, false) };
    if delen.is_empty() && toelichting.is_empty() {
        return String::new();
    }
    let mut s = String::from("<div class=\"meta effect\"><p><em>Beoogd effect");
    if delen.is_empty() {
        s.push_str(":</em></p>");
    } else {
        s.push_str(&format!(":</em> {}</p>", escape(&delen.join("; "))));
    }
    s.push_str(&toelichting.concat());
    s.push_str("</div>");
    s
}

/// The source documents the request refers to (named, never attached), when there are any.
fn bronnen_html(out: &mut String, aanvraag: &Aanvraag) {
    let bronnen: Vec<String> = aanvraag
        .bronnen
        .iter()
        .filter_map(|b| {
            let delen: Vec<String> = [&b.titel, &b.auteur, &b.datum].iter().map(|s| een_regel(s)).filter(|s| !s.is_empty()).collect();
            (!delen.is_empty()).then(|| escape(&delen.join(", ")))
        })
        .collect();
    if bronnen.is_empty() {
        return;
    }
    out.push_str("<div class=\"blok bronnen\"><h4>Brondocumenten waarop de aanvraag is gebaseerd</h4><ul>");
    for b in bronnen {
        out.push_str(&format!("<li>{b}</li>"));
    }
    out.push_str("</ul></div>");
}

/// A signature block: the date, an optional label, and per signer the role, an empty space to
/// sign and the signer's name (blank lines where nothing is filled in). Never split.
fn ondertekening_html(datum: Option<Date>, label: Option<&str>, ondertekenaars: [(&str, &String); 2]) -> String {
    let mut s = String::from("<div class=\"ondertekening\">");
    s.push_str(&format!(
        "<p class=\"datum\">{} {}</p>",
        escape(LABEL_DATUM),
        match datum {
            Some(d) => escape(&format_date(d)),
            None => LIJN.to_string(),
        }
    ));
    if let Some(l) = label {
        s.push_str(&format!("<p class=\"ondertekening-label\">{}</p>", escape(l)));
    }
    s.push_str("<div class=\"ondertekenaars\">");
    for (rol, naam) in ondertekenaars {
        let naam = een_regel(naam);
        s.push_str(&format!(
            "<div class=\"ondertekenaar\"><p class=\"rol\">{}</p><div class=\"handtekenruimte\"></div><p class=\"naam\">{} {}</p></div>",
            escape(rol),
            escape(LABEL_NAAM_ONDERTEKENAAR),
            if naam.is_empty() { LIJN.to_string() } else { escape(&naam) }
        ));
    }
    s.push_str("</div></div>");
    s
}

/// Bands as "vanaf 7,5%: 50%; vanaf 12,5%: 100%".
fn banden_tekst(banden: &[Band]) -> String {
    banden
        .iter()
        .map(|b| format!("vanaf {}: {} vergoed", format_percent(b.vanaf, 1), format_percent(b.aandeel, 0)))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The boxed warning shown while the gemeente's replaced rules are active.
fn waarschuwing_html(a: &RegelAanpassing, jaar: i32) -> String {
    let origineel = rules::regels(jaar);
    let in_plaats = |s: Option<String>| s.map(|s| format!(" (in plaats van {s})")).unwrap_or_default();
    let mut items = Vec::new();
    if let Some(d) = a.drempel {
        items.push(format!(
            "toegangsdrempel: {}{}",
            format_percent(d, 1),
            in_plaats(origineel.as_ref().map(|r| format_percent(r.drempel.waarde, 1)))
        ));
    }
    if let Some(b) = &a.banden {
        items.push(format!(
            "vergoedingsbanden: {}{}",
            banden_tekst(b),
            in_plaats(origineel.as_ref().map(|r| banden_tekst(&r.banden.waarde)))
        ));
    }
    let uv = origineel.as_ref().and_then(|r| r.uitgebreid_vangnet.as_ref());
    if let Some(d) = a.uitgebreid_drempel {
        items.push(format!(
            "toegangsdrempel uitgebreid vangnet: {}{}",
            format_percent(d, 1),
            in_plaats(uv.map(|u| format_percent(u.drempel.waarde, 1)))
        ));
    }
    if let Some(b) = &a.uitgebreid_banden {
        items.push(format!(
            "vergoedingsbanden uitgebreid vangnet: {}{}",
            banden_tekst(b),
            in_plaats(uv.map(|u| banden_tekst(&u.banden.waarde)))
        ));
    }
    if let Some(d) = a.uiterste_datum {
        items.push(format!(
            "uiterste datum: {}{}",
            format_date_long(d),
            in_plaats(origineel.as_ref().map(|r| format_date_long(r.uiterste_datum.waarde)))
        ));
    }
    let reden = een_regel(&a.reden);
    let mut s = String::from(
        "<aside class=\"waarschuwing\" role=\"note\"><p><strong>Let op: de berekening gebruikt door de gemeente aangepaste regels:</strong></p><ul>",
    );
    for i in items {
        s.push_str(&format!("<li>{}</li>", escape(&i)));
    }
    s.push_str("</ul>");
    s.push_str(&format!(
        "<p>Reden: {}</p>",
        if reden.is_empty() { "<span class=\"niet-ingevuld\">(niet opgegeven)</span>".to_string() } else { escape(&reden) }
    ));
    s.push_str("</aside>");
    s
}

fn bedrag(d: Option<Decimal>) -> String {
    d.map(format_money).unwrap_or_else(|| "—".into())
}

fn status_tekst(s: &Status) -> String {
    match s {
        Status::Voldaan => "Voldaan".into(),
        Status::NietVoldaan => "Niet voldaan".into(),
        Status::Onbekend(o) if o.is_empty() => "Onbekend".into(),
        Status::Onbekend(o) => format!("Onbekend (ontbreekt: {})", o.join(", ")),
    }
}

fn toegang_tekst(t: &Toegang) -> &'static str {
    match t {
        Toegang::Ja => "ja, aan alle toegangsvoorwaarden is voldaan",
        Toegang::Nee => "nee, niet aan alle toegangsvoorwaarden is voldaan",
        Toegang::Onbekend => "nog onbekend (cijfers ontbreken)",
    }
}

fn spoor_naam(s: SpoorSoort) -> &'static str {
    match s {
        SpoorSoort::Regulier => "regulier vangnet",
        SpoorSoort::Uitgebreid => "uitgebreid vangnet (Stb. 2025, 222)",
    }
}

fn verdeling_html(v: &Verdeling, caption: &str) -> String {
    let mut s = format!(
        "<table class=\"verdeling\"><caption>{}</caption><thead><tr><th scope=\"col\">Deel van het tekort</th><th scope=\"col\">Tekort in dit deel</th><th scope=\"col\">Vergoed</th></tr></thead><tbody>",
        escape(caption)
    );
    let grens = v.banden.first().map(|b| format!(" (tot {} van het budget)", format_percent(b.vanaf, 1))).unwrap_or_default();
    s.push_str(&format!(
        "<tr><th scope=\"row\">{}</th><td class=\"bedrag\">{}</td><td class=\"bedrag\">{}</td></tr>",
        escape(&format!("Eigen risico{grens}")),
        escape(&format_money(v.eigen_risico)),
        escape(&format_money(Decimal::ZERO))
    ));
    for b in &v.banden {
        let deel = match b.tot {
            Some(tot) => {
                format!("{} van het deel tussen {} en {}", format_percent(b.aandeel, 0), format_percent(b.vanaf, 1), format_percent(tot, 1))
            }
            None => format!("{} van het deel boven {}", format_percent(b.aandeel, 0), format_percent(b.vanaf, 1)),
        };
        s.push_str(&format!(
            "<tr><th scope=\"row\">{}</th><td class=\"bedrag\">{}</td><td class=\"bedrag\">{}</td></tr>",
            escape(&deel),
            escape(&format_money(b.tekort_in_band)),
            escape(&format_money(b.vergoed))
        ));
    }
    s.push_str(&format!(
        "<tr><th scope=\"row\">Totaal (afgerond op hele euro's)</th><td></td><td class=\"bedrag\"><strong>{}</strong></td></tr>",
        escape(&crate::nl::format_bedrag(v.totaal))
    ));
    s.push_str("</tbody></table>");
    s
}

/// The internal appendix: figures per year, entry tests, the split over the bands, the grant,
/// the form version, the deadline, why the result is provisional, and every step.
fn bijlage_html(u: &Uitkomst) -> String {
    let mut s = String::from("<section class=\"bijlage nieuwe-pagina\">");
    s.push_str("<h2>Bijlage voor intern gebruik: berekening (geen onderdeel van het formulier)</h2>");
    s.push_str("<p class=\"intern\">Deze bijlage hoort niet bij het aanvraagformulier en wordt niet ingediend. Zij laat zien hoe de app de vangnetuitkering heeft berekend.</p>");
    if u.scenario {
        s.push_str(&format!(
            "<p class=\"blok voorlopig\" id=\"scenario\"><strong>{}:</strong> deze berekening gebruikt voor het uitgebreide vangnet een eigen risico van 2,5% in plaats van 5%. Die regel is niet gepubliceerd; het is een scenario, geen uitkomst.</p>",
            escape(rules::SCENARIO_NAAM)
        ));
    }

    // Figures per year, oldest first.
    let mut jaren: Vec<_> = u.jaren.iter().collect();
    jaren.sort_by_key(|j| j.jaar);
    s.push_str(
        "<table class=\"jaren\"><caption>Cijfers per jaar</caption><thead><tr>\
<th scope=\"col\">Jaar</th><th scope=\"col\">Netto lasten</th><th scope=\"col\">Fout/onzeker</th>\
<th scope=\"col\">Budget</th><th scope=\"col\">Tekort</th><th scope=\"col\">% van het budget</th></tr></thead><tbody>",
    );
    for j in jaren {
        let fout = j.netto_lasten.zip(j.relevante_bestedingen).map(|(n, e)| n - e);
        s.push_str(&format!(
            "<tr><th scope=\"row\">{}{}{}</th><td class=\"bedrag\">{}</td><td class=\"bedrag\">{}</td><td class=\"bedrag\">{}</td><td class=\"bedrag\">{}</td><td class=\"bedrag\">{}</td></tr>",
            j.jaar,
            if j.jaar == u.tekortjaar { " (tekortjaar)" } else { "" },
            if j.uit_voorgangers { " (som voorgangers)" } else { "" },
            escape(&bedrag(j.netto_lasten)),
            escape(&bedrag(fout)),
            escape(&bedrag(j.budget)),
            escape(&bedrag(j.tekort)),
            escape(&j.percentage.map(|p| format_percent(p, 2)).unwrap_or_else(|| "—".into())),
        ));
    }
    s.push_str("</tbody></table>");
    if let (Some(t), Some(p)) = (u.cumulatief_tekort, u.cumulatief_percentage) {
        s.push_str(&format!(
            "<p>Gecumuleerd tekort: {} ({} van het budget van {}).</p>",
            escape(&format_money(t)),
            escape(&format_percent(p, 2)),
            u.tekortjaar
        ));
    }

    // Entry tests and the split per track.
    let twee = u.sporen.len() > 1;
    for spoor in &u.sporen {
        let naam = if twee { format!("Toegangsvoorwaarden, {}", spoor_naam(spoor.soort)) } else { "Toegangsvoorwaarden".to_string() };
        s.push_str(&format!(
            "<table class=\"toetsen\"><caption>{}</caption><thead><tr><th scope=\"col\">Voorwaarde</th><th scope=\"col\">Uitkomst</th><th scope=\"col\">Marge</th></tr></thead><tbody>",
            escape(&naam)
        ));
        for t in &spoor.toetsen {
            s.push_str(&format!(
                "<tr><th scope=\"row\">{}</th><td>{}</td><td class=\"bedrag\">{}</td></tr>",
                escape(&t.naam),
                escape(&status_tekst(&t.status)),
                escape(&bedrag(t.marge))
            ));
        }
        s.push_str("</tbody></table>");
        s.push_str(&format!(
            "<p>Toegang{}: {}.</p>",
            if twee { format!(" ({})", spoor_naam(spoor.soort)) } else { String::new() },
            escape(toegang_tekst(&spoor.toegang))
        ));
        if let Some(v) = &spoor.verdeling {
            let caption = if twee {
                format!("Verdeling van het tekort over de banden, {}", spoor_naam(spoor.soort))
            } else {
                "Verdeling van het tekort over de banden".to_string()
            };
            s.push_str(&verdeling_html(v, &caption));
        }
    }

    // Result.
    s.push_str("<h3>Uitkomst</h3><ul>");
    s.push_str(&format!("<li>Recht op een vangnetuitkering: {}.</li>", escape(toegang_tekst(&u.toegang))));
    s.push_str(&format!(
        "<li>Vangnetuitkering: <strong>{}</strong>{}.</li>",
        escape(&u.vergoeding.map(crate::nl::format_bedrag).unwrap_or_else(|| "nog onbekend".into())),
        match (twee, u.gekozen_spoor) {
            (true, Some(sp)) => escape(&format!(" (volgens het {})", spoor_naam(sp))),
            _ => String::new(),
        } + if u.scenario { " — scenario 2,5% eigen risico, niet geverifieerd" } else { "" }
    ));
    if let Some(l) = &u.andere_lezing {
        s.push_str(&format!(
            "<li>Andere lezing ({}): {} — beide bedragen zijn indicatief; de definitieve regeling voor {} is niet gevonden.</li>",
            escape(&l.naam),
            escape(&l.vergoeding.map(crate::nl::format_bedrag).unwrap_or_else(|| "nog onbekend".into())),
            u.tekortjaar
        ));
    }
    s.push_str(&format!(
        "<li>Formulierversie: {}. {} (zekerheid: {})</li>",
        escape(u.formulier.versie.map(|v| v.naam()).unwrap_or("nog niet te bepalen")),
        escape(&u.formulier.reden),
        escape(u.formulier.zekerheid.label())
    ));
    s.push_str(&format!(
        "<li>Uiterste datum van ontvangst door de Toetsingscommissie: {}.{}</li>",
        escape(&format_date_long(u.uiterste_datum)),
        rules::weekend_advies(u.uiterste_datum)
            .map(|w| format!(" <strong>{}</strong> {}", escape(&w.tekst), escape(&w.toelichting)))
            .unwrap_or_default()
    ));
    if let Some(t) = rules::na_indienen_tekst(u.tekortjaar) {
        s.push_str(&format!("<li id=\"na-indienen\">{} (zekerheid: {})</li>", escape(&t), escape(u.regels.uitbetaling.zekerheid.label())));
    }
    s.push_str("</ul>");

    if !u.voorlopig.is_empty() {
        s.push_str("<div class=\"blok voorlopig\"><p><strong>Voorlopig:</strong></p><ul>");
        for v in &u.voorlopig {
            s.push_str(&format!("<li>{}</li>", escape(&v.tekst)));
        }
        s.push_str("</ul></div>");
    }

    // Steps.
    s.push_str("<h3>Berekening stap voor stap</h3><ol class=\"stappen\">");
    for st in &u.stappen {
        s.push_str(&format!(
            "<li><strong>{}</strong><br>{}<br><span class=\"meta\">Bron: {} — zekerheid: {}{}</span></li>",
            escape(&st.titel),
            escape(&st.berekening),
            escape(&st.bron),
            escape(st.zekerheid.label()),
            if st.aangepast { " — door de gemeente aangepast" } else { "" }
        ));
    }
    s.push_str("</ol></section>");
    s
}

/// A number of people (or another count) rounded to whole units: `1.234`, `-365`.
fn aantal(d: Decimal) -> String {
    format_amount_input(heel(d))
}

fn aantal_of_streep(d: Option<Decimal>) -> String {
    d.map(aantal).unwrap_or_else(|| "—".into())
}

fn percent_of_streep(d: Option<Decimal>) -> String {
    d.map(|p| format_percent(p, 1)).unwrap_or_else(|| "—".into())
}

/// True when anything of the ambition is filled in.
fn ambitie_ingevuld(a: &Ambitie) -> bool {
    a.startjaar.is_some() || a.startaantal.is_some() || a.extra_daling.is_some() || a.aantal_jaren.is_some() || !a.jaren.is_empty()
}

/// Remarks (already plain text) as a list, or nothing.
fn meldingen_html(meldingen: &[String]) -> String {
    if meldingen.is_empty() {
        return String::new();
    }
    let mut s = String::from("<ul class=\"meta meldingen\">");
    for m in meldingen {
        s.push_str(&format!("<li>{}</li>", escape(m)));
    }
    s.push_str("</ul>");
    s
}

/// The internal appendix with the analysis: the history chart and its table (at least two
/// points), the effect totals (at least one measure with an effect) and the ambition (anything
/// of it filled in). `None` when none of these is there.
fn analyse_bijlage_html(a: &Aanvraag, u: Option<&Uitkomst>) -> Option<String> {
    let mut delen = String::new();

    // History.
    if !a.historie.is_empty() {
        let g = historie::grafiek(&a.historie, u);
        if g.gemeente.len() + g.landelijk.len() >= 2 {
            let opties = svg::SvgOpties { id: "afdruk-historie".into(), gemeente: een_regel(&a.gemeente) };
            delen.push_str("<section class=\"analyse-historie\"><h3>Verloop van het tekort</h3>");
            delen.push_str("<div class=\"grafiek-figuur\">");
            delen.push_str(&svg::grafiek_svg(&g, &opties));
            delen.push_str("</div>");
            delen.push_str(&svg::grafiek_tabel_html(&g));
            delen.push_str(&meldingen_html(&g.meldingen));
            delen.push_str("</section>");
        }
    }

    // Effect of the measures.
    let e = effect::analyseer(a, u);
    if !e.maatregelen.is_empty() {
        delen.push_str("<section class=\"analyse-effect\"><h3>Effect van de maatregelen</h3>");
        let t = a.tekortjaar();
        let mut feiten = Vec::new();
        if let Some(tekort) = e.tekort {
            feiten.push(format!("Tekort over {t}: {}.", format_money(tekort)));
        }
        if let Some(er) = e.eigen_risico {
            feiten.push(format!("Eigen risico: {}.", format_money(er)));
        }
        if let (Some(k), Some(bron)) = (e.kosten_per_uitkering, e.kosten_bron) {
            feiten.push(format!(
                "Kosten per uitkering: {} ({}).",
                format_money_cents(k),
                match bron {
                    effect::KostenBron::Ingevuld => "ingevuld".to_string(),
                    effect::KostenBron::UitLasten => format!("de lasten over {t} gedeeld door het aantal uitkeringen"),
                }
            ));
        }
        if !feiten.is_empty() {
            delen.push_str(&format!("<p>{}</p>", escape(&feiten.join(" "))));
        }
        delen.push_str(
            "<table class=\"effect-totalen\"><caption>Verwacht effect van de maatregelen per jaar, afgezet tegen het tekort en het eigen risico</caption><thead><tr>\
<th scope=\"col\">Jaar</th><th scope=\"col\">Minder uitkeringen</th><th scope=\"col\">Besparing</th>\
<th scope=\"col\">Deel van het tekort</th><th scope=\"col\">Deel van het eigen risico</th></tr></thead><tbody>",
        );
        let rij = |kop: String, tot: &effect::EffectTotaal, vet: bool| {
            let besparing = format!("{}{}", format_money(tot.besparing), if tot.onvolledig { " (onvolledig)" } else { "" });
            let (b, eb) = if vet { ("<strong>", "</strong>") } else { ("", "") };
            format!(
                "<tr><th scope=\"row\">{}</th><td class=\"bedrag\">{b}{}{eb}</td><td class=\"bedrag\">{b}{}{eb}</td><td class=\"bedrag\">{b}{}{eb}</td><td class=\"bedrag\">{b}{}{eb}</td></tr>",
                escape(&kop),
                escape(&format_amount_input(tot.minder_uitkeringen)),
                escape(&besparing),
                escape(&percent_of_streep(tot.deel_van_tekort)),
                escape(&percent_of_streep(tot.deel_van_eigen_risico)),
            )
        };
        for tot in &e.per_jaar {
            let kop = match tot.jaar {
                Some(j) => j.to_string(),
                None => "Per jaar (niet over jaren verdeeld)".to_string(),
            };
            delen.push_str(&rij(kop, tot, false));
        }
        delen.push_str(&rij("Totaal".into(), &e.totaal, true));
        delen.push_str("</tbody></table>");
        delen.push_str(&meldingen_html(&e.meldingen));
        delen.push_str("</section>");
    }

    // Ambition (AEF).
    if let Some(am) = a.ambitie.as_ref().filter(|am| ambitie_ingevuld(am)) {
        delen.push_str("<section class=\"analyse-ambitie\"><h3>Ambitie aantal uitkeringen (methode AEF)</h3>");
        match ambitie::tabel(am) {
            Ok(t) => delen.push_str(&ambitie_html(&t)),
            Err(fout) => delen.push_str(&format!("<p>{}</p>", escape(&format!("De ambitie is nog niet te berekenen. {fout}")))),
        }
        delen.push_str("</section>");
    }

    if delen.is_empty() {
        return None;
    }
    let mut s = String::from("<section class=\"bijlage analyse nieuwe-pagina\">");
    s.push_str("<h2>Bijlage voor intern gebruik: analyse (geen onderdeel van het formulier)</h2>");
    s.push_str("<p class=\"intern\">Deze bijlage hoort niet bij het aanvraagformulier en wordt niet ingediend. Zij bevat de analyses die de gemeente in de app heeft ingevuld: het verloop van het tekort, het effect van de maatregelen en de ambitie.</p>");
    s.push_str(&delen);
    s.push_str("</section>");
    Some(s)
}

/// The AEF table: per year part 1, part 2, the total ambition, the number after the year, the
/// realised change and the difference (all rounded to whole people), then the ambition known
/// afterwards, and the remarks.
fn ambitie_html(t: &ambitie::AmbitieTabel) -> String {
    let laatste = t.startjaar.saturating_add(t.aantal_jaren as i32).saturating_sub(1);
    let mut s = format!(
        "<p>{}</p>",
        escape(&format!(
            "Start {}: {} uitkeringen. Extra daling bovenop de landelijke trend: {} over {} jaar ({}–{laatste}). Negatieve getallen zijn een daling; een positief verschil is meer daling dan de ambitie vroeg.",
            t.startjaar,
            aantal(t.startaantal),
            aantal(t.extra_daling),
            t.aantal_jaren,
            t.startjaar,
        ))
    );
    s.push_str(
        "<table class=\"ambitie\"><caption>Ambitie per jaar, gezet in dat jaar, en de realisatie (afgerond op hele uitkeringen)</caption><thead><tr>\
<th scope=\"col\">Jaar</th><th scope=\"col\">Deel 1: extra daling</th><th scope=\"col\">Deel 2: landelijke trend</th>\
<th scope=\"col\">Ambitie totaal</th><th scope=\"col\">Aantal na het jaar</th><th scope=\"col\">Gerealiseerd sinds de start</th>\
<th scope=\"col\">Verschil</th></tr></thead><tbody>",
    );
    let mut voorlopig: Vec<&String> = Vec::new();
    for r in &t.rijen {
        for v in &r.voorlopig {
            if !voorlopig.contains(&v) {
                voorlopig.push(v);
            }
        }
        s.push_str(&format!(
            "<tr><th scope=\"row\">{}{}</th><td class=\"bedrag\">{}</td><td class=\"bedrag\">{}</td><td class=\"bedrag\">{}</td><td class=\"bedrag\">{}</td><td class=\"bedrag\">{}</td><td class=\"bedrag\">{}</td></tr>",
            r.jaar,
            if r.voorlopig.is_empty() { "" } else { " (voorlopig)" },
            escape(&aantal(r.afgerond.deel1)),
            escape(&aantal_of_streep(r.afgerond.deel2)),
            escape(&aantal_of_streep(r.afgerond.totaal)),
            escape(&aantal_of_streep(r.stand)),
            escape(&aantal_of_streep(r.afgerond.realisatie)),
            escape(&aantal_of_streep(r.afgerond.verschil)),
        ));
    }
    if let Some(a) = &t.achteraf {
        s.push_str(&format!(
            "<tr><th scope=\"row\">Achteraf, met de vastgestelde trend ({}–{laatste})</th><td class=\"bedrag\"><strong>{}</strong></td><td class=\"bedrag\"><strong>{}</strong></td><td class=\"bedrag\"><strong>{}</strong></td><td class=\"bedrag\">{}</td><td class=\"bedrag\"><strong>{}</strong></td><td class=\"bedrag\"><strong>{}</strong></td></tr>",
            t.startjaar,
            escape(&aantal(a.afgerond.deel1)),
            escape(&aantal_of_streep(a.afgerond.deel2)),
            escape(&aantal_of_streep(a.afgerond.totaal)),
            escape(&aantal_of_streep(t.rijen.last().and_then(|r| r.stand))),
            escape(&aantal_of_streep(a.afgerond.realisatie)),
            escape(&aantal_of_streep(a.afgerond.verschil)),
        ));
    }
    s.push_str("</tbody></table>");
    if !voorlopig.is_empty() {
        s.push_str("<div class=\"blok voorlopig\"><p><strong>Voorlopig:</strong></p><ul>");
        for v in voorlopig {
            s.push_str(&format!("<li>{}</li>", escape(v)));
        }
        s.push_str("</ul></div>");
    }
    s.push_str(&meldingen_html(&t.meldingen));
    s
}

/// The print view as a complete, self-contained HTML document: `<!doctype html>`,
/// `<html lang="nl">`, `<meta charset="utf-8">`, an escaped `<title>`, one `<style>` with
/// [`AFDRUK_CSS`] (A4 page and print rules), and the body from [`afdruk_html`]. No script and
/// no reference to any other file (no `src`, `href`, `url()` or `@import`), so it opens and
/// prints in any browser, also offline.
pub fn afdruk_document(aanvraag: &Aanvraag, uitkomst: Option<&Uitkomst>, opties: &AfdrukOpties) -> String {
    let body = afdruk_html(aanvraag, uitkomst, opties);
    let mut s = String::with_capacity(body.len() + AFDRUK_CSS.len() + 1024);
    s.push_str("<!doctype html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n");
    s.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    s.push_str(&format!("<title>{}</title>\n", escape(&titel_tekst(aanvraag))));
    s.push_str("<style>\n");
    s.push_str(AFDRUK_CSS);
    s.push_str(DOCUMENT_CSS);
    s.push_str("</style>\n</head>\n<body>\n");
    s.push_str(&body);
    s.push_str("\n</body>\n</html>\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_line_breaks_and_lists() {
        let b = blokken("Eerste regel\ntweede regel\n\n- punt één\n• punt twee\nslot", false);
        assert_eq!(
            b,
            vec![
                "<p>Eerste regel<br>tweede regel</p>".to_string(),
                "<ul><li>punt één</li><li>punt twee</li></ul>".to_string(),
                "<p>slot</p>".to_string(),
            ]
        );
        assert_eq!(blokken("a\r\n\r\nb", false), vec!["<p>a</p>", "<p>b</p>"]);
        assert!(blokken("  \n \n", false).is_empty());
    }

    #[test]
    fn headings_inside_fixed_texts_only() {
        assert_eq!(blokken("Wat is dit?", true), vec!["<p class=\"tussenkop\"><strong>Wat is dit?</strong></p>"]);
        assert_eq!(blokken("Wat is dit?", false), vec!["<p>Wat is dit?</p>"]);
    }

    #[test]
    fn empty_answer_is_visible() {
        let b = antwoord_blokken("  \n ");
        assert_eq!(b.len(), 1);
        assert!(b[0].contains("(niet ingevuld)"));
        assert!(antwoord_blokken("x")[0].starts_with("<p>"));
    }

    #[test]
    fn user_text_is_escaped_in_blocks() {
        let s = blokken("<script>alert(1)</script>\n- <img src=x onerror=alert(1)>", false).concat();
        assert!(!s.contains("<script") && !s.contains("<img") && !s.contains("onerror="));
    }

    #[test]
    fn css_has_no_external_references() {
        for css in [AFDRUK_CSS, DOCUMENT_CSS] {
            assert!(!css.contains("url(") && !css.contains("@import"));
        }
        assert!(AFDRUK_CSS.contains("size: A4") && AFDRUK_CSS.contains("margin: 2cm"));
        assert!(AFDRUK_CSS.contains("break-inside: avoid") && AFDRUK_CSS.contains("break-after: avoid"));
        assert!(AFDRUK_CSS.contains("break-before: page"));
    }

    #[test]
    fn deadline_falls_back_to_the_rules_or_15_august() {
        let a = Aanvraag::nieuw("x", 2019);
        assert_eq!(deadline_tekst(&a, None), "15 augustus 2020");
        let a = Aanvraag::nieuw("x", 2199);
        assert_eq!(deadline_tekst(&a, None), "15 augustus 2200");
    }

    #[test]
    fn empty_application_prints_without_panicking() {
        for jaar in [2015, 2016, 2019, 2025, 1900, 2300] {
            let a = Aanvraag::nieuw("x", jaar);
            let html = afdruk_html(&a, None, &AfdrukOpties::default());
            assert!(html.starts_with("<article class=\"afdruk\" lang=\"nl\">"));
            assert!(html.ends_with("</article>"));
            assert_eq!(html.matches("<h1>").count(), 1);
        }
    }
}
