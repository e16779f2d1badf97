//! The print view: the application laid out as the official form.
//!
//! Pure Rust (no Leptos, no web-sys), so it is tested natively. [`document`] builds the form as
//! a [`Document`] (blocks, see [`crate::document`]); the HTML renderer
//! ([`crate::document::html`]) turns it into [`afdruk_html`], which the app puts into a
//! container of its print page (and includes [`AFDRUK_CSS`] in its stylesheet), and
//! [`afdruk_document`] is the same content as a self-contained HTML file to download, open and
//! print in any browser. The Word file renders the same [`Document`]. The user's answers are
//! read with the plain-text conventions of [`crate::opmaak`] (lists, subheadings, pasted
//! tables, the chart marker).
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
use crate::document::html as doc_html;
use crate::document::{Blok, Document, Grafiek, Lijst, LijstItem, Ondertekening, Sectie, Stuk, Tabel};
use crate::guidance::{
    invullen, tekst as tekst_van, Deel, B2_VRAGEN, FORMULIERTITEL, ONDERDEEL_B_UITGEBREID, ONDERTEKENAARS_COLLEGE, ONDERTEKENAARS_RAAD,
};
pub use crate::html::escape;
use crate::html::{een_regel, is_verboden};
use crate::model::{is_leeg, Aanvraag, Ambitie, Effect, Maatregel, Soort};
use crate::nl::{format_amount_input, format_date, format_date_long, format_money, format_money_cents, format_percent};
use crate::opmaak;
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

// ---- Small block builders ----

fn tekst(s: impl Into<String>) -> Stuk {
    Stuk::Tekst(s.into())
}

fn alinea(s: impl Into<String>) -> Blok {
    Blok::Alinea(vec![tekst(s)])
}

fn kop(niveau: u8, s: impl Into<String>) -> Blok {
    Blok::Kop { niveau, tekst: s.into() }
}

fn sectie(klasse: &str, blokken: Vec<Blok>) -> Blok {
    Blok::Sectie(Sectie { klasse: klasse.to_string(), blokken })
}

fn lijst(items: impl IntoIterator<Item = String>) -> Blok {
    Blok::Lijst(Lijst {
        genummerd: false,
        letters: false,
        items: items.into_iter().map(|t| LijstItem { niveau: 0, stukken: vec![tekst(t)] }).collect(),
    })
}

/// A list item line of a fixed text: `"- "` or `"• "` (after leading whitespace).
fn lijstitem(regel: &str) -> Option<&str> {
    let t = regel.trim_start();
    t.strip_prefix("- ").or_else(|| t.strip_prefix("• "))
}

/// A short line ending in a question mark in a fixed text: a heading inside the text.
fn is_tussenkop(regel: &str) -> bool {
    let t = regel.trim();
    t.ends_with('?') && t.chars().count() <= 140
}

/// A fixed text of the form (or a text the app composes) as blocks: paragraphs split on blank
/// lines, single line breaks as [`Stuk::Regelovergang`], runs of `"- "`/`"• "` lines as a
/// list. With `tussenkoppen`, a one-line paragraph ending in `?` is a [`Blok::Tussenkop`].
/// (The user's answers go through [`crate::opmaak`], which knows more conventions.)
fn tekst_blokken(s: &str, tussenkoppen: bool) -> Vec<Blok> {
    let schoon: String = s.replace("\r\n", "\n").replace('\r', "\n").chars().filter(|c| !is_verboden(*c)).collect();
    let mut out = Vec::new();
    let mut alinea: Vec<&str> = Vec::new();
    for regel in schoon.split('\n') {
        if regel.trim().is_empty() {
            alinea_blokken(&mut out, &alinea, tussenkoppen);
            alinea.clear();
        } else {
            alinea.push(regel);
        }
    }
    alinea_blokken(&mut out, &alinea, tussenkoppen);
    out
}

/// One paragraph of a fixed text: its list runs as lists, the other lines as a paragraph with
/// line breaks (or, with `tussenkoppen`, a lone short question as a [`Blok::Tussenkop`]).
fn alinea_blokken(out: &mut Vec<Blok>, regels: &[&str], tussenkoppen: bool) {
    let mut i = 0;
    while i < regels.len() {
        if regels.get(i).is_some_and(|r| lijstitem(r).is_some()) {
            let mut items = Vec::new();
            while let Some(item) = regels.get(i).and_then(|r| lijstitem(r)) {
                items.push(item.trim().to_string());
                i = i.saturating_add(1);
            }
            out.push(lijst(items));
        } else {
            let begin = i;
            while regels.get(i).is_some_and(|r| lijstitem(r).is_none()) {
                i = i.saturating_add(1);
            }
            match regels.get(begin..i).unwrap_or_default() {
                [enige] if tussenkoppen && is_tussenkop(enige) => out.push(Blok::Tussenkop(enige.trim().to_string())),
                deel => {
                    let mut stukken = Vec::new();
                    for (n, r) in deel.iter().enumerate() {
                        if n > 0 {
                            stukken.push(Stuk::Regelovergang);
                        }
                        stukken.push(tekst(r.trim()));
                    }
                    out.push(Blok::Alinea(stukken));
                }
            }
        }
    }
}

/// Gives every chart in the answers its own SVG ids (`antwoord-historie-1`, `-2`, …): a marker
/// may stand in A and in C, and ids must be unique on the page.
fn nummer_grafieken(blokken: &mut [Blok], n: &mut usize) {
    for b in blokken {
        match b {
            Blok::Grafiek(g) => {
                *n = n.saturating_add(1);
                g.svg = g.svg.replace(ANTWOORD_GRAFIEK_ID, &format!("{ANTWOORD_GRAFIEK_ID}-{n}"));
            }
            Blok::Antwoord(b) | Blok::Bijeen(b) | Blok::Formuliertekst(b) => nummer_grafieken(b, n),
            Blok::Sectie(s) => nummer_grafieken(&mut s.blokken, n),
            _ => {}
        }
    }
}

/// The blocks of a user answer (see [`crate::opmaak`]); empty when nothing is written.
fn antwoord(s: &str, g: Invoeg<'_>) -> Vec<Blok> {
    if is_leeg(s) {
        Vec::new()
    } else {
        opmaak::blokken_met(s, g.grafiek, g.maatregelen)
    }
}

/// What a marker line in an answer can place: the history chart (`[grafiek]`) and the table of
/// what the carried-over measures achieved (`[tabel maatregelen]`).
#[derive(Clone, Copy, Default)]
struct Invoeg<'a> {
    grafiek: Option<&'a Grafiek>,
    maatregelen: Option<&'a Tabel>,
}

/// A question (`kop`: its heading and form text) with its answer: the question and the first
/// block of the answer are kept together ([`Blok::Bijeen`]), the rest follows. With `verplicht`
/// an empty answer is shown as unanswered; otherwise an empty answer prints nothing.
fn met_antwoord(out: &mut Vec<Blok>, mut kop: Vec<Blok>, antwoord: Vec<Blok>, verplicht: bool) {
    let mut it = antwoord.into_iter();
    match it.next() {
        Some(eerste) => kop.push(Blok::Antwoord(vec![eerste])),
        None if verplicht => kop.push(Blok::Antwoord(Vec::new())),
        None => {}
    }
    out.push(Blok::Bijeen(kop));
    let rest: Vec<Blok> = it.collect();
    if !rest.is_empty() {
        out.push(Blok::Antwoord(rest));
    }
}

/// A heading with the form text under it (when there is one).
fn vraag(niveau: u8, titel: &str, formuliertekst: &str) -> Vec<Blok> {
    let mut v = vec![kop(niveau, titel)];
    if !formuliertekst.trim().is_empty() {
        v.push(Blok::Formuliertekst(tekst_blokken(formuliertekst, true)));
    }
    v
}

/// The line in the page margin: the gemeente and the tekortjaar. One line for every document
/// of an application (the form, the raadsvoorstel, the raadsbesluit), printed and in Word.
pub fn kantlijn(aanvraag: &Aanvraag) -> String {
    let g = een_regel(&aanvraag.gemeente);
    let jaar = aanvraag.tekortjaar();
    if g.is_empty() {
        format!("Aanvraag vangnetuitkering over {jaar}")
    } else {
        format!("Gemeente {g} – vangnetuitkering over {jaar}")
    }
}

/// The history chart for the chart marker in the answers: `None` when there is no history to
/// draw (fewer than two points), and the answers then say so (see [`crate::opmaak`]).
fn historie_grafiek(a: &Aanvraag, u: Option<&Uitkomst>, id: &str, bijschrift: &str) -> Option<Grafiek> {
    if a.historie.is_empty() {
        return None;
    }
    let g = historie::grafiek(&a.historie, u);
    if g.gemeente.len().saturating_add(g.landelijk.len()) < 2 {
        return None;
    }
    let opties = svg::SvgOpties { id: id.into(), gemeente: een_regel(&a.gemeente) };
    Some(Grafiek {
        bijschrift: bijschrift.to_string(),
        svg: svg::grafiek_svg(&g, &opties),
        tabel: svg::grafiek_tabel(&g).unwrap_or_default(),
        lijnen: svg::grafiek_lijnen(&g, &opties),
    })
}

/// The history chart the chart marker in an answer stands for (see [`crate::opmaak`]), as the
/// print shows it; `None` without history (the answer then shows a note). For the live preview
/// under the answer fields.
pub fn antwoord_grafiek(aanvraag: &Aanvraag, uitkomst: Option<&Uitkomst>) -> Option<Grafiek> {
    historie_grafiek(aanvraag, uitkomst, ANTWOORD_GRAFIEK_ID, ANTWOORD_GRAFIEK)
}

/// The SVG id of the chart in an answer (numbered per chart by [`nummer_grafieken`]).
const ANTWOORD_GRAFIEK_ID: &str = "antwoord-historie";

/// The caption of the chart in an answer.
const ANTWOORD_GRAFIEK: &str = "Grafiek: tekort als percentage van het budget";

/// The print view of `aanvraag` as a [`Document`]: laid out as the official form of its
/// version (see the module documentation for the order), followed — when
/// `opties.met_berekening` and `uitkomst` is given — by the internal appendix with the
/// calculation, and — when `opties.met_analyse` and there is analysis data — the analysis
/// appendix. Empty answers are empty [`Blok::Antwoord`]s. The HTML print view and the Word file
/// both render this.
pub fn document(aanvraag: &Aanvraag, uitkomst: Option<&Uitkomst>, opties: &AfdrukOpties) -> Document {
    let versie = aanvraag.versie();
    let jaar = aanvraag.tekortjaar();
    let gemeente = gemeente_naam(aanvraag);
    let deadline = deadline_tekst(aanvraag, uitkomst);
    let vul = |s: &str| invullen(s, &gemeente, jaar, &deadline);
    let grafiek = antwoord_grafiek(aanvraag, uitkomst);
    let resultaten = crate::analyse::resultaat::maatregelen_resultaat_tabel(aanvraag);
    let g = Invoeg { grafiek: grafiek.as_ref(), maatregelen: Some(&resultaten) };
    let mut blokken = Vec::new();

    // Title.
    let mut kopblokken = vec![kop(1, invullen(FORMULIERTITEL, "", jaar, ""))];
    if versie != Versie::Enkel {
        kopblokken.push(alinea(format!("Versie: {}", versie.naam())));
    }
    let gn = een_regel(&aanvraag.gemeente);
    kopblokken.push(alinea(format!("Gemeente {}", if gn.is_empty() { "____________________" } else { &gn })));
    blokken.push(sectie("kop", kopblokken));

    // Warning about replaced rules.
    if let Some(a) = aanvraag.regelaanpassing.as_ref().filter(|a| a.is_actief()) {
        blokken.push(waarschuwing(a, jaar));
    }

    // Introduction and the overview of part 1 (from the form text of the introduction).
    let inleiding = tekst_van(versie, Deel::Inleiding).map(|t| vul(t.formuliertekst)).unwrap_or_default();
    let mut alineas: Vec<&str> = inleiding.split("\n\n").filter(|a| !a.trim().is_empty()).collect();
    if alineas.first().is_some_and(|a| a.starts_with("Versie:")) {
        alineas.remove(0);
    }
    let (intro, deel1_titel, overzicht) = match alineas.iter().position(|a| a.trim_start().starts_with("1. Verklaring college")) {
        Some(i) => (
            alineas.get(..i).unwrap_or_default().join("\n\n"),
            alineas.get(i).map(|a| a.trim().to_string()).unwrap_or_default(),
            alineas.get(i.saturating_add(1)..).unwrap_or_default().join("\n\n"),
        ),
        None => (alineas.join("\n\n"), "1. Verklaring college".to_string(), String::new()),
    };
    let heeft_intro = !intro.trim().is_empty();
    if heeft_intro {
        blokken.push(sectie("inleiding", tekst_blokken(&intro, true)));
        blokken.push(Blok::NieuwePagina);
    }

    // Part 1.
    let mut deel1 = vec![kop(2, deel1_titel)];
    if !overzicht.trim().is_empty() {
        deel1.extend(tekst_blokken(&overzicht, false));
    } else {
        // The single form has no overview text: list the parts by their titles.
        deel1.push(alinea("Dit gedeelte bestaat uit de volgende vier onderdelen:"));
        deel1.push(lijst([Deel::A, Deel::B, Deel::C, Deel::D].iter().filter_map(|d| tekst_van(versie, *d)).map(|t| t.titel.to_string())));
    }

    // A.
    if let Some(t) = tekst_van(versie, Deel::A) {
        let mut a = Vec::new();
        met_antwoord(&mut a, vraag(3, t.titel, &vul(t.formuliertekst)), antwoord(&aanvraag.a_analyse, g), true);
        deel1.push(sectie("vraag vraag-a", a));
    }

    // B.
    let mut b = Vec::new();
    if versie == Versie::Uitgebreid {
        b_uitgebreid(&mut b, aanvraag, &vul, g);
    } else if let Some(t) = tekst_van(versie, Deel::B) {
        let maatregelen: Vec<&Maatregel> = aanvraag.maatregelen.iter().collect();
        met_antwoord(&mut b, vraag(3, t.titel, &vul(t.formuliertekst)), antwoord(&aanvraag.b_toelichting, g), maatregelen.is_empty());
        maatregelen_gegroepeerd(&mut b, &maatregelen, 4, false, g);
    }
    deel1.push(sectie("vraag vraag-b", b));

    // C.
    if let Some(t) = tekst_van(versie, Deel::C) {
        let mut c = Vec::new();
        met_antwoord(&mut c, vraag(3, t.titel, &vul(t.formuliertekst)), antwoord(&aanvraag.c_effect, g), true);
        c.extend(bronnen(aanvraag));
        deel1.push(sectie("vraag vraag-c", c));
    }

    // D.
    if let Some(t) = tekst_van(versie, Deel::D) {
        let mut tekstblokken = tekst_blokken(&vul(t.formuliertekst), false);
        let verklaring = tekstblokken.pop();
        let mut kopblok = vec![kop(3, t.titel)];
        kopblok.extend(tekstblokken);
        let d = &aanvraag.d_college;
        let mut slot: Vec<Blok> = verklaring.into_iter().collect();
        slot.push(ondertekening(d.datum, None, [(ONDERTEKENAARS_COLLEGE[0], &d.secretaris), (ONDERTEKENAARS_COLLEGE[1], &d.burgemeester)]));
        deel1.push(sectie("vraag vraag-d", vec![Blok::Bijeen(kopblok), Blok::Bijeen(slot)]));
    }
    blokken.push(sectie("deel deel-1", deel1));

    // Part 2.
    if let Some(t) = tekst_van(versie, Deel::Raad) {
        let mut deel2 = vec![kop(2, t.titel)];
        let mut tekstblokken = tekst_blokken(&vul(t.formuliertekst), false);
        let slot = if tekstblokken.len() > 1 { tekstblokken.pop() } else { None };
        deel2.extend(tekstblokken);
        let r = &aanvraag.raad;
        let mut ond: Vec<Blok> = slot.into_iter().collect();
        ond.push(ondertekening(
            r.datum,
            Some("Ondertekening"),
            [(ONDERTEKENAARS_RAAD[0], &r.voorzitter), (ONDERTEKENAARS_RAAD[1], &r.griffier)],
        ));
        deel2.push(Blok::Bijeen(ond));
        blokken.push(Blok::NieuwePagina);
        blokken.push(sectie("deel deel-2", deel2));
    }

    // Internal appendix.
    if opties.met_berekening {
        if let Some(u) = uitkomst {
            blokken.push(Blok::NieuwePagina);
            blokken.push(bijlage(u));
        }
    }

    // Internal appendix with the analysis, only when there is any.
    if opties.met_analyse {
        if let Some(b) = analyse_bijlage(aanvraag, uitkomst) {
            blokken.push(Blok::NieuwePagina);
            blokken.push(b);
        }
    }

    nummer_grafieken(&mut blokken, &mut 0);
    Document { titel: titel_tekst(aanvraag), kantlijn: kantlijn(aanvraag), blokken }
}

/// The print view of `aanvraag`: [`document`] rendered as one `<article class="afdruk"
/// lang="nl">` (see [`crate::document::html`]). All text is escaped; empty answers print as
/// "(niet ingevuld)" above ruled lines. The page margins ("pagina x van y", the gemeente and
/// the tekortjaar) come from [`pagina_css`].
pub fn afdruk_html(aanvraag: &Aanvraag, uitkomst: Option<&Uitkomst>, opties: &AfdrukOpties) -> String {
    doc_html::artikel(&document(aanvraag, uitkomst, opties))
}

/// The `@page` margin boxes of the print of `aanvraag`: "pagina x van y" and the gemeente with
/// the tekortjaar. The app's print page puts it in a `<style>` of its own; [`afdruk_document`]
/// in its head.
pub fn pagina_css(aanvraag: &Aanvraag) -> String {
    doc_html::pagina_css(&Document { kantlijn: kantlijn(aanvraag), ..Document::default() })
}

/// B of the uitgebreid verzoek: the B heading with its form text and the general explanation,
/// then B1 (internal measures, grouped) and B2 (external measures with the three questions).
fn b_uitgebreid(out: &mut Vec<Blok>, aanvraag: &Aanvraag, vul: &dyn Fn(&str) -> String, g: Invoeg<'_>) {
    let b = &ONDERDEEL_B_UITGEBREID;
    // The general B text is optional in the uitgebreid verzoek (B1 and B2 are the questions).
    met_antwoord(out, vraag(3, b.titel, &vul(b.formuliertekst)), antwoord(&aanvraag.b_toelichting, g), false);

    // B1.
    let interne: Vec<&Maatregel> = aanvraag.interne().collect();
    let mut b1 = Vec::new();
    if let Some(t) = tekst_van(Versie::Uitgebreid, Deel::B1) {
        met_antwoord(&mut b1, vraag(4, t.titel, &vul(t.formuliertekst)), antwoord(&aanvraag.b1_toelichting, g), interne.is_empty());
    }
    maatregelen_gegroepeerd(&mut b1, &interne, 5, true, g);
    out.push(sectie("b1", b1));

    // B2.
    let externe: Vec<&Maatregel> = aanvraag.externe().collect();
    let mut b2 = Vec::new();
    if let Some(t) = tekst_van(Versie::Uitgebreid, Deel::B2) {
        met_antwoord(&mut b2, vraag(4, t.titel, &vul(t.formuliertekst)), antwoord(&aanvraag.b2_toelichting, g), externe.is_empty());
    }
    for (i, m) in externe.iter().enumerate() {
        let mut mb = Vec::new();
        let naam = een_regel(&m.naam);
        mb.push(kop(5, format!("Maatregel {}. {}", i.saturating_add(1), if naam.is_empty() { "(naam niet ingevuld)" } else { &naam })));
        let groep = een_regel(&m.groep);
        if !groep.is_empty() {
            mb.push(alinea(format!("Onderdeel van: {groep}")));
        }
        mb.extend(antwoord(&m.omschrijving, g));
        for ((letter, v), a) in B2_VRAGEN.iter().zip([&m.externe_bron, &m.inzicht, &m.getroffen_maatregel]) {
            met_antwoord(&mut mb, vec![Blok::Tussenkop(format!("{letter}) {v}"))], antwoord(a, g), true);
        }
        mb.extend(meta(m, g));
        b2.push(sectie("maatregel extern", mb));
    }
    out.push(sectie("b2", b2));
}

/// Measures grouped by `groep` (groups in order of first appearance; an empty group first
/// where it first appears, without a heading). Group headings at level `niveau`. With
/// `alleen_intern`, only name, description, date and effect are shown (B1); otherwise (the
/// basisverzoek's B) an external measure also shows the answered B2 questions.
fn maatregelen_gegroepeerd(out: &mut Vec<Blok>, maatregelen: &[&Maatregel], niveau: u8, alleen_intern: bool, g: Invoeg<'_>) {
    let mut groepen: Vec<(String, Vec<&Maatregel>)> = Vec::new();
    for m in maatregelen {
        let naam = een_regel(&m.groep);
        match groepen.iter_mut().find(|(n, _)| *n == naam) {
            Some((_, lijst)) => lijst.push(m),
            None => groepen.push((naam, vec![m])),
        }
    }
    for (groep, lijst) in groepen {
        let mut gb = Vec::new();
        let mut eerste = true;
        for m in lijst {
            let groepkop = (eerste && !groep.is_empty()).then(|| kop(niveau, groep.clone()));
            eerste = false;
            maatregel(&mut gb, m, groepkop, alleen_intern, g);
        }
        out.push(sectie("groep", gb));
    }
}

/// One measure in a list (B1, or B of the basisverzoek): the name in bold, its description,
/// date and effect. `groepkop` is kept together with it.
fn maatregel(out: &mut Vec<Blok>, m: &Maatregel, groepkop: Option<Blok>, alleen_intern: bool, g: Invoeg<'_>) {
    let mut mb = Vec::new();
    let naam = een_regel(&m.naam);
    let mut k: Vec<Blok> = groepkop.into_iter().collect();
    k.push(Blok::Alinea(vec![Stuk::Vet(if naam.is_empty() { "(naam niet ingevuld)".into() } else { naam })]));
    let toon_vragen = !alleen_intern && m.soort == Soort::Extern;
    let vragen: Vec<(&str, &str, &String)> = B2_VRAGEN
        .iter()
        .zip([&m.externe_bron, &m.inzicht, &m.getroffen_maatregel])
        .filter(|(_, a)| toon_vragen && !is_leeg(a))
        .map(|((l, v), a)| (*l, *v, a))
        .collect();
    met_antwoord(&mut mb, k, antwoord(&m.omschrijving, g), vragen.is_empty());
    for (letter, v, a) in vragen {
        met_antwoord(&mut mb, vec![Blok::Tussenkop(format!("{letter}) {v}"))], antwoord(a, g), true);
    }
    mb.extend(meta(m, g));
    out.push(sectie("maatregel", mb));
}

/// The date a measure was taken and its quantified effect, when given.
fn meta(m: &Maatregel, g: Invoeg<'_>) -> Vec<Blok> {
    let mut out = Vec::new();
    if let Some(d) = m.datum_getroffen {
        out.push(alinea(format!("Getroffen op {}", format_date(d))));
    }
    if let Some(e) = &m.effect {
        out.extend(effect_blokken(e, g));
    }
    out
}

fn effect_blokken(e: &Effect, g: Invoeg<'_>) -> Option<Blok> {
    let mut delen = Vec::new();
    if let Some(n) = e.minder_uitkeringen {
        delen.push(format!("{} uitkeringen minder per jaar", format_amount_input(n)));
    }
    if let Some(b) = e.besparing {
        delen.push(format!("besparing {} per jaar", format_money(b)));
    }
    let toelichting = antwoord(&e.toelichting, g);
    if delen.is_empty() && toelichting.is_empty() {
        return None;
    }
    let mut stukken = vec![Stuk::Vet("Beoogd effect:".into())];
    if !delen.is_empty() {
        stukken.push(tekst(format!(" {}", delen.join("; "))));
    }
    let mut b = vec![Blok::Alinea(stukken)];
    b.extend(toelichting);
    Some(sectie("meta effect", b))
}

/// The source documents the request refers to (named, never attached), when there are any.
fn bronnen(aanvraag: &Aanvraag) -> Option<Blok> {
    let bronnen: Vec<String> = aanvraag
        .bronnen
        .iter()
        .filter_map(|b| {
            let delen: Vec<String> = [&b.titel, &b.auteur, &b.datum].iter().map(|s| een_regel(s)).filter(|s| !s.is_empty()).collect();
            (!delen.is_empty()).then(|| delen.join(", "))
        })
        .collect();
    if bronnen.is_empty() {
        return None;
    }
    Some(Blok::Bijeen(vec![kop(4, "Brondocumenten waarop de aanvraag is gebaseerd"), lijst(bronnen)]))
}

/// A signature block: the date, an optional label, and per signer the function and the name.
fn ondertekening(datum: Option<Date>, label: Option<&str>, ondertekenaars: [(&str, &String); 2]) -> Blok {
    Blok::Ondertekening(Ondertekening {
        kop: label.map(str::to_string),
        datum: datum.map(format_date).unwrap_or_default(),
        ondertekenaars: ondertekenaars.iter().map(|(rol, naam)| (rol.to_string(), een_regel(naam))).collect(),
    })
}

/// The boxed warning shown while the gemeente's replaced rules are active.
fn waarschuwing(a: &RegelAanpassing, jaar: i32) -> Blok {
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
    sectie(
        "waarschuwing",
        vec![
            Blok::Alinea(vec![Stuk::Vet("Let op: de berekening gebruikt door de gemeente aangepaste regels:".into())]),
            lijst(items),
            alinea(format!("Reden: {}", if reden.is_empty() { "(niet opgegeven)" } else { &reden })),
        ],
    )
}

fn verdeling_tabel(v: &Verdeling, caption: &str) -> Blok {
    let grens = v.banden.first().map(|b| format!(" (tot {} van het budget)", format_percent(b.vanaf, 1))).unwrap_or_default();
    let mut rijen = vec![vec![format!("Eigen risico{grens}"), format_money(v.eigen_risico), format_money(Decimal::ZERO)]];
    for b in &v.banden {
        let deel = match b.tot {
            Some(tot) => {
                format!("{} van het deel tussen {} en {}", format_percent(b.aandeel, 0), format_percent(b.vanaf, 1), format_percent(tot, 1))
            }
            None => format!("{} van het deel boven {}", format_percent(b.aandeel, 0), format_percent(b.vanaf, 1)),
        };
        rijen.push(vec![deel, format_money(b.tekort_in_band), format_money(b.vergoed)]);
    }
    rijen.push(vec!["Totaal (afgerond op hele euro's)".into(), String::new(), crate::nl::format_bedrag(v.totaal)]);
    Blok::Tabel(Tabel {
        bijschrift: Some(caption.to_string()),
        kop: vec!["Deel van het tekort".into(), "Tekort in dit deel".into(), "Vergoed".into()],
        rechts: vec![false, true, true],
        rijen,
        rijkop: true,
        totaalrij: true,
    })
}

/// The internal appendix: figures per year, entry tests, the split over the bands, the grant,
/// the form version, the deadline, why the result is provisional, and every step.
fn bijlage(u: &Uitkomst) -> Blok {
    let mut s = vec![
        kop(2, "Bijlage voor intern gebruik: berekening (geen onderdeel van het formulier)"),
        sectie(
            "intern",
            vec![alinea(
                "Deze bijlage hoort niet bij het aanvraagformulier en wordt niet ingediend. Zij laat zien hoe de app de vangnetuitkering heeft berekend.",
            )],
        ),
    ];
    if u.scenario {
        s.push(sectie(
            "blok voorlopig scenario",
            vec![Blok::Alinea(vec![
                Stuk::Vet(format!("{}:", rules::SCENARIO_NAAM)),
                tekst(" deze berekening gebruikt voor het uitgebreide vangnet een eigen risico van 2,5% in plaats van 5%. Die regel is niet gepubliceerd; het is een scenario, geen uitkomst."),
            ])],
        ));
    }

    // Figures per year, oldest first.
    let mut jaren: Vec<_> = u.jaren.iter().collect();
    jaren.sort_by_key(|j| j.jaar);
    let rijen = jaren
        .iter()
        .map(|j| {
            let fout = j.netto_lasten.zip(j.relevante_bestedingen).and_then(|(n, e)| n.checked_sub(e));
            vec![
                format!(
                    "{}{}{}",
                    j.jaar,
                    if j.jaar == u.tekortjaar { " (tekortjaar)" } else { "" },
                    if j.uit_voorgangers { " (som voorgangers)" } else { "" }
                ),
                bedrag(j.netto_lasten),
                bedrag(fout),
                bedrag(j.budget),
                bedrag(j.tekort),
                j.percentage.map(|p| format_percent(p, 2)).unwrap_or_else(|| "—".into()),
            ]
        })
        .collect();
    s.push(Blok::Tabel(Tabel {
        bijschrift: Some("Cijfers per jaar".into()),
        kop: ["Jaar", "Netto lasten", "Fout/onzeker", "Budget", "Tekort", "% van het budget"].iter().map(|k| k.to_string()).collect(),
        rechts: vec![false, true, true, true, true, true],
        rijen,
        rijkop: true,
        totaalrij: false,
    }));
    if let (Some(t), Some(p)) = (u.cumulatief_tekort, u.cumulatief_percentage) {
        s.push(alinea(format!("Gecumuleerd tekort: {} ({} van het budget van {}).", format_money(t), format_percent(p, 2), u.tekortjaar)));
    }

    // Entry tests and the split per track.
    let twee = u.sporen.len() > 1;
    for spoor in &u.sporen {
        let naam = if twee { format!("Toegangsvoorwaarden, {}", spoor_naam(spoor.soort)) } else { "Toegangsvoorwaarden".to_string() };
        s.push(Blok::Tabel(Tabel {
            bijschrift: Some(naam),
            kop: vec!["Voorwaarde".into(), "Uitkomst".into(), "Marge".into()],
            rechts: vec![false, false, true],
            rijen: spoor.toetsen.iter().map(|t| vec![t.naam.to_string(), status_tekst(&t.status), bedrag(t.marge)]).collect(),
            rijkop: true,
            totaalrij: false,
        }));
        s.push(alinea(format!(
            "Toegang{}: {}.",
            if twee { format!(" ({})", spoor_naam(spoor.soort)) } else { String::new() },
            toegang_tekst(&spoor.toegang)
        )));
        if let Some(v) = &spoor.verdeling {
            let caption = if twee {
                format!("Verdeling van het tekort over de banden, {}", spoor_naam(spoor.soort))
            } else {
                "Verdeling van het tekort over de banden".to_string()
            };
            s.push(verdeling_tabel(v, &caption));
        }
    }

    // Result.
    s.push(kop(3, "Uitkomst"));
    let item = |stukken: Vec<Stuk>| LijstItem { niveau: 0, stukken };
    s.push(Blok::Lijst(Lijst {
        genummerd: false,
        letters: false,
        items: vec![
            item(vec![tekst(format!("Recht op een vangnetuitkering: {}.", toegang_tekst(&u.toegang)))]),
            item(vec![
                tekst("Vangnetuitkering: "),
                Stuk::Vet(u.vergoeding.map(crate::nl::format_bedrag).unwrap_or_else(|| "nog onbekend".into())),
                tekst(format!(
                    "{}{}.",
                    match (twee, u.gekozen_spoor) {
                        (true, Some(sp)) => format!(" (volgens het {})", spoor_naam(sp)),
                        _ => String::new(),
                    },
                    if u.scenario { " — scenario 2,5% eigen risico, niet geverifieerd" } else { "" }
                )),
            ]),
            item(vec![tekst(format!(
                "Formulierversie: {}. {} (zekerheid: {})",
                u.formulier.versie.map(|v| v.naam()).unwrap_or("nog niet te bepalen"),
                u.formulier.reden,
                u.formulier.zekerheid.label()
            ))]),
            item({
                let mut d = vec![tekst(format!(
                    "Uiterste datum van ontvangst door de Toetsingscommissie: {}.",
                    format_date_long(u.uiterste_datum)
                ))];
                if let Some(w) = rules::weekend_advies(u.uiterste_datum) {
                    d.extend([tekst(" "), Stuk::Vet(w.tekst), tekst(format!(" {}", w.toelichting))]);
                }
                d
            }),
        ]
        .into_iter()
        .chain(u.andere_lezing.as_ref().map(|l| {
            item(vec![tekst(format!(
                "Andere lezing ({}): {} — beide bedragen zijn indicatief; de definitieve regeling voor {} is niet gevonden.",
                l.naam,
                l.vergoeding.map(crate::nl::format_bedrag).unwrap_or_else(|| "nog onbekend".into()),
                u.tekortjaar
            ))])
        }))
        .collect(),
    }));
    if let Some(t) = rules::na_indienen_tekst(u.tekortjaar) {
        s.push(sectie("na-indienen", vec![alinea(format!("{t} (zekerheid: {})", u.regels.uitbetaling.zekerheid.label()))]));
    }

    if !u.voorlopig.is_empty() {
        s.push(voorlopig(u.voorlopig.iter().map(|v| v.tekst.clone())));
    }

    // Steps.
    s.push(kop(3, "Berekening stap voor stap"));
    s.push(Blok::Lijst(Lijst {
        genummerd: true,
        letters: false,
        items: u
            .stappen
            .iter()
            .map(|st| {
                item(vec![
                    Stuk::Vet(st.titel.clone()),
                    Stuk::Regelovergang,
                    tekst(st.berekening.clone()),
                    Stuk::Regelovergang,
                    tekst(format!(
                        "Bron: {} — zekerheid: {}{}",
                        st.bron,
                        st.zekerheid.label(),
                        if st.aangepast { " — door de gemeente aangepast" } else { "" }
                    )),
                ])
            })
            .collect(),
    }));
    sectie("bijlage", s)
}

/// "Voorlopig:" with the reasons, kept together.
fn voorlopig(redenen: impl IntoIterator<Item = String>) -> Blok {
    Blok::Bijeen(vec![Blok::Alinea(vec![Stuk::Vet("Voorlopig:".into())]), lijst(redenen)])
}

/// Remarks (plain text) as a list, or nothing.
fn meldingen(meldingen: &[String]) -> Option<Blok> {
    (!meldingen.is_empty()).then(|| sectie("meta meldingen", vec![lijst(meldingen.iter().cloned())]))
}

/// The internal appendix with the analysis: the history chart and its table (at least two
/// points), the effect totals (at least one measure with an effect), what the carried-over
/// measures achieved (issue 15) and the ambition (anything of it filled in). `None` when none of
/// these is there.
fn analyse_bijlage(a: &Aanvraag, u: Option<&Uitkomst>) -> Option<Blok> {
    let mut delen = Vec::new();

    // History.
    if let Some(gr) = historie_grafiek(a, u, "afdruk-historie", "") {
        let g = historie::grafiek(&a.historie, u);
        let mut h = vec![kop(3, "Verloop van het tekort"), Blok::Grafiek(gr)];
        h.extend(meldingen(&g.meldingen));
        delen.push(sectie("analyse-historie", h));
    }

    // Effect of the measures.
    let e = effect::analyseer(a, u);
    if !e.maatregelen.is_empty() {
        let mut d = vec![kop(3, "Effect van de maatregelen")];
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
            d.push(alinea(feiten.join(" ")));
        }
        let rij = |kop: String, tot: &effect::EffectTotaal| {
            vec![
                kop,
                format_amount_input(tot.minder_uitkeringen),
                format!("{}{}", format_money(tot.besparing), if tot.onvolledig { " (onvolledig)" } else { "" }),
                percent_of_streep(tot.deel_van_tekort),
                percent_of_streep(tot.deel_van_eigen_risico),
            ]
        };
        let mut rijen: Vec<Vec<String>> = e
            .per_jaar
            .iter()
            .map(|tot| {
                let kop = match tot.jaar {
                    Some(j) => j.to_string(),
                    None => "Per jaar (niet over jaren verdeeld)".to_string(),
                };
                rij(kop, tot)
            })
            .collect();
        rijen.push(rij("Totaal".into(), &e.totaal));
        d.push(Blok::Tabel(Tabel {
            bijschrift: Some("Verwacht effect van de maatregelen per jaar, afgezet tegen het tekort en het eigen risico".into()),
            kop: ["Jaar", "Minder uitkeringen", "Besparing", "Deel van het tekort", "Deel van het eigen risico"]
                .iter()
                .map(|k| k.to_string())
                .collect(),
            rechts: vec![false, true, true, true, true],
            rijen,
            rijkop: true,
            totaalrij: true,
        }));
        d.extend(meldingen(&e.meldingen));
        delen.push(sectie("analyse-effect", d));
    }

    // What the carried-over measures achieved (issue 15).
    let r = crate::analyse::resultaat::maatregelen_resultaat_tabel(a);
    if !r.rijen.is_empty() {
        delen.push(sectie("analyse-resultaat", vec![kop(3, "Wat de maatregelen bereikten"), Blok::Tabel(r)]));
    }

    // Ambition (AEF).
    if let Some(am) = a.ambitie.as_ref().filter(|am| ambitie_ingevuld(am)) {
        let mut d = vec![kop(3, "Ambitie aantal uitkeringen (methode AEF)")];
        match ambitie::tabel(am) {
            Ok(t) => d.extend(ambitie_blokken(&t)),
            Err(fout) => d.push(alinea(format!("De ambitie is nog niet te berekenen. {fout}"))),
        }
        delen.push(sectie("analyse-ambitie", d));
    }

    if delen.is_empty() {
        return None;
    }
    let mut s = vec![
        kop(2, "Bijlage voor intern gebruik: analyse (geen onderdeel van het formulier)"),
        sectie("intern", vec![alinea("Deze bijlage hoort niet bij het aanvraagformulier en wordt niet ingediend. Zij bevat de analyses die de gemeente in de app heeft ingevuld: het verloop van het tekort, het effect van de maatregelen en de ambitie.")]),
    ];
    s.extend(delen);
    Some(sectie("bijlage analyse", s))
}

/// The AEF table: per year part 1, part 2, the total ambition, the number after the year, the
/// realised change and the difference (all rounded to whole people), then the ambition known
/// afterwards (a bold last row), and the remarks.
fn ambitie_blokken(t: &ambitie::AmbitieTabel) -> Vec<Blok> {
    let laatste = t.startjaar.saturating_add(i32::try_from(t.aantal_jaren).unwrap_or(i32::MAX)).saturating_sub(1);
    let mut out = vec![alinea(format!(
        "Start {}: {} uitkeringen. Extra daling bovenop de landelijke trend: {} over {} jaar ({}–{laatste}). Negatieve getallen zijn een daling; een positief verschil is meer daling dan de ambitie vroeg.",
        t.startjaar,
        aantal(t.startaantal),
        aantal(t.extra_daling),
        t.aantal_jaren,
        t.startjaar,
    ))];
    let mut voorlopige: Vec<&String> = Vec::new();
    let mut rijen = Vec::new();
    for r in &t.rijen {
        for v in &r.voorlopig {
            if !voorlopige.contains(&v) {
                voorlopige.push(v);
            }
        }
        rijen.push(vec![
            format!("{}{}", r.jaar, if r.voorlopig.is_empty() { "" } else { " (voorlopig)" }),
            aantal(r.afgerond.deel1),
            aantal_of_streep(r.afgerond.deel2),
            aantal_of_streep(r.afgerond.totaal),
            aantal_of_streep(r.stand),
            aantal_of_streep(r.afgerond.realisatie),
            aantal_of_streep(r.afgerond.verschil),
        ]);
    }
    let achteraf = t.achteraf.as_ref();
    if let Some(a) = achteraf {
        rijen.push(vec![
            format!("Achteraf, met de vastgestelde trend ({}–{laatste})", t.startjaar),
            aantal(a.afgerond.deel1),
            aantal_of_streep(a.afgerond.deel2),
            aantal_of_streep(a.afgerond.totaal),
            aantal_of_streep(t.rijen.last().and_then(|r| r.stand)),
            aantal_of_streep(a.afgerond.realisatie),
            aantal_of_streep(a.afgerond.verschil),
        ]);
    }
    out.push(Blok::Tabel(Tabel {
        bijschrift: Some("Ambitie per jaar, gezet in dat jaar, en de realisatie (afgerond op hele uitkeringen)".into()),
        kop: [
            "Jaar",
            "Deel 1: extra daling",
            "Deel 2: landelijke trend",
            "Ambitie totaal",
            "Aantal na het jaar",
            "Gerealiseerd sinds de start",
            "Verschil",
        ]
        .iter()
        .map(|k| k.to_string())
        .collect(),
        rechts: vec![false, true, true, true, true, true, true],
        rijen,
        rijkop: true,
        totaalrij: achteraf.is_some(),
    }));
    if !voorlopige.is_empty() {
        out.push(voorlopig(voorlopige.into_iter().cloned()));
    }
    out.extend(meldingen(&t.meldingen));
    out
}

/// The print view as a complete, self-contained HTML document: `<!doctype html>`,
/// `<html lang="nl">`, `<meta charset="utf-8">`, an escaped `<title>`, one `<style>` with
/// [`AFDRUK_CSS`] (A4 page and print rules) and the document's page margins
/// ([`pagina_css`]), and the body from [`afdruk_html`]. No script and no reference to any
/// other file (no `src`, `href`, `url()` or `@import`), so it opens and prints in any
/// browser, also offline.
pub fn afdruk_document(aanvraag: &Aanvraag, uitkomst: Option<&Uitkomst>, opties: &AfdrukOpties) -> String {
    let doc = document(aanvraag, uitkomst, opties);
    let body = doc_html::artikel(&doc);
    let mut s = String::with_capacity(body.len().saturating_add(AFDRUK_CSS.len()).saturating_add(2048));
    s.push_str("<!doctype html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n");
    s.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    s.push_str(&format!("<title>{}</title>\n", escape(&doc.titel)));
    s.push_str("<style>\n");
    s.push_str(AFDRUK_CSS);
    s.push_str(DOCUMENT_CSS);
    s.push_str(&doc_html::pagina_css(&doc));
    s.push_str("</style>\n</head>\n<body>\n");
    s.push_str(&body);
    s.push_str("\n</body>\n</html>\n");
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

#[cfg(test)]
mod tests {
    use super::*;

    fn html(b: &[Blok]) -> String {
        let mut s = String::new();
        doc_html::blokken(&mut s, b);
        s
    }

    #[test]
    fn paragraphs_line_breaks_and_lists() {
        let b = tekst_blokken("Eerste regel\ntweede regel\n\n- punt één\n• punt twee\nslot", false);
        assert_eq!(html(&b), "<p>Eerste regel<br>tweede regel</p><ul><li>punt één</li><li>punt twee</li></ul><p>slot</p>");
        assert_eq!(html(&tekst_blokken("a\r\n\r\nb", false)), "<p>a</p><p>b</p>");
        assert!(tekst_blokken("  \n \n", false).is_empty());
    }

    #[test]
    fn headings_inside_fixed_texts_only() {
        assert_eq!(html(&tekst_blokken("Wat is dit?", true)), "<p class=\"tussenkop\"><strong>Wat is dit?</strong></p>");
        assert_eq!(html(&tekst_blokken("Wat is dit?", false)), "<p>Wat is dit?</p>");
    }

    #[test]
    fn empty_answer_is_visible() {
        assert!(antwoord("  \n ", Invoeg::default()).is_empty());
        assert!(html(&[Blok::Antwoord(Vec::new())]).contains("(niet ingevuld)"));
        assert!(html(&antwoord("x", Invoeg::default())).starts_with("<p>"));
    }

    #[test]
    fn user_text_is_escaped_in_blocks() {
        let s = html(&antwoord("<script>alert(1)</script>\n- <img src=x onerror=alert(1)>", Invoeg::default()));
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
