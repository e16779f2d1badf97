//! A [`Document`] as HTML: the print view's `<article class="afdruk">` and the page-margin CSS
//! of the print file. Pure string building; every text goes through [`escape`], so nothing a
//! user typed is ever markup. The only markup not built here is the chart's SVG, which
//! [`crate::analyse::svg`] builds (and escapes) itself.

use super::{Blok, Document, Grafiek, Lijst, Ondertekening, Sectie, Stuk, Tabel};
use crate::guidance::{LABEL_DATUM, LABEL_NAAM_ONDERTEKENAAR};
use crate::html::{escape, is_verboden};

/// The blank line printed where something must be filled in by hand.
const LIJN: &str = "<span class=\"lijn\">____________________</span>";

/// Tables with at least this many columns get the class `wijd` (smaller type, so they fit A4).
const WIJD_VANAF: usize = 6;
/// From this many columns also `zeer-wijd` (smaller still; figures may wrap).
const ZEER_WIJD_VANAF: usize = 9;

/// The document's body: `<article class="afdruk" lang="nl">` with its blocks.
pub fn artikel(doc: &Document) -> String {
    let mut out = String::with_capacity(32 * 1024);
    out.push_str("<article class=\"afdruk\" lang=\"nl\">");
    blokken(&mut out, &doc.blokken);
    out.push_str("</article>");
    out
}

/// Blocks in order. A [`Blok::NieuwePagina`] directly before a [`Blok::Sectie`] becomes the
/// section's `nieuwe-pagina` class; elsewhere an empty `div.nieuwe-pagina`.
pub fn blokken(out: &mut String, blokken: &[Blok]) {
    let mut nieuwe_pagina = false;
    for b in blokken {
        if let Blok::NieuwePagina = b {
            if nieuwe_pagina {
                out.push_str("<div class=\"nieuwe-pagina\"></div>");
            }
            nieuwe_pagina = true;
            continue;
        }
        match b {
            Blok::Sectie(s) => sectie(out, s, nieuwe_pagina),
            b => {
                if nieuwe_pagina {
                    out.push_str("<div class=\"nieuwe-pagina\"></div>");
                }
                blok(out, b);
            }
        }
        nieuwe_pagina = false;
    }
    if nieuwe_pagina {
        out.push_str("<div class=\"nieuwe-pagina\"></div>");
    }
}

/// One block as HTML.
pub fn blok(out: &mut String, b: &Blok) {
    match b {
        Blok::Kop { niveau, tekst } => {
            let n = (*niveau).clamp(1, 5);
            out.push_str(&format!("<h{n}>{}</h{n}>", escape(tekst)));
        }
        Blok::Alinea(stukken) => {
            out.push_str("<p>");
            stukken_html(out, stukken);
            out.push_str("</p>");
        }
        Blok::Lijst(l) => lijst(out, l),
        Blok::Tabel(t) => tabel(out, t, None),
        Blok::Grafiek(g) => grafiek(out, g),
        Blok::Formuliertekst(b) => {
            out.push_str("<div class=\"formuliertekst\">");
            blokken(out, b);
            out.push_str("</div>");
        }
        Blok::Antwoord(b) if b.is_empty() => out.push_str(
            "<div class=\"leeg\"><p class=\"niet-ingevuld\">(niet ingevuld)</p>\
<div class=\"regel\"></div><div class=\"regel\"></div><div class=\"regel\"></div></div>",
        ),
        Blok::Antwoord(b) => {
            out.push_str("<div class=\"antwoord\">");
            blokken(out, b);
            out.push_str("</div>");
        }
        Blok::Opmerking(t) => {
            out.push_str(&format!("<p class=\"opmerking\" role=\"note\">{}</p>", escape(t)));
        }
        Blok::Ondertekening(o) => ondertekening(out, o),
        Blok::Tussenkop(t) => out.push_str(&format!("<p class=\"tussenkop\"><strong>{}</strong></p>", escape(t))),
        Blok::Bijeen(b) => {
            out.push_str("<div class=\"blok\">");
            blokken(out, b);
            out.push_str("</div>");
        }
        Blok::Sectie(s) => sectie(out, s, false),
        Blok::NieuwePagina => out.push_str("<div class=\"nieuwe-pagina\"></div>"),
    }
}

/// A class attribute's value: only ASCII letters, digits, `-` and spaces survive (classes are
/// ours, but this keeps the attribute inert whatever a caller passes).
fn klassen(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | ' '))
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn sectie(out: &mut String, s: &Sectie, nieuwe_pagina: bool) {
    let mut k = klassen(&s.klasse);
    if nieuwe_pagina {
        if !k.is_empty() {
            k.push(' ');
        }
        k.push_str("nieuwe-pagina");
    }
    if k.is_empty() {
        out.push_str("<section>");
    } else {
        out.push_str(&format!("<section class=\"{k}\">"));
    }
    blokken(out, &s.blokken);
    out.push_str("</section>");
}

fn stukken_html(out: &mut String, stukken: &[Stuk]) {
    for s in stukken {
        match s {
            Stuk::Tekst(t) => out.push_str(&escape(t)),
            Stuk::Vet(t) => {
                out.push_str("<strong>");
                out.push_str(&escape(t));
                out.push_str("</strong>");
            }
            Stuk::Regelovergang => out.push_str("<br>"),
        }
    }
}

/// A list, nested by the items' `niveau` (a jump of more than one level deeper is taken as
/// one level, so the HTML is always well nested).
fn lijst(out: &mut String, l: &Lijst) {
    let open = if l.genummerd { "<ol>" } else { "<ul>" };
    let eerste = match (l.genummerd, l.letters) {
        (true, true) => "<ol class=\"letters\">",
        _ => open,
    };
    let dicht = if l.genummerd { "</ol>" } else { "</ul>" };
    let mut diepte: usize = 0;
    for item in &l.items {
        let doel = usize::from(item.niveau).saturating_add(1).min(diepte.saturating_add(1)).max(1);
        if doel > diepte {
            while diepte < doel {
                out.push_str(if diepte == 0 { eerste } else { open });
                diepte = diepte.saturating_add(1);
            }
        } else {
            out.push_str("</li>");
            while diepte > doel {
                out.push_str(dicht);
                out.push_str("</li>");
                diepte = diepte.saturating_sub(1);
            }
        }
        out.push_str("<li>");
        stukken_html(out, &item.stukken);
    }
    if diepte > 0 {
        out.push_str("</li>");
        while diepte > 1 {
            out.push_str(dicht);
            out.push_str("</li>");
            diepte = diepte.saturating_sub(1);
        }
        out.push_str(dicht);
    }
}

/// A table: caption, a header row that repeats on every printed page (`thead`), right-aligned
/// figure columns (`td.bedrag`), row headings as `th scope="row"`, a bold total row. Tables
/// with many columns get the class `wijd` (see `style/afdruk.css`).
pub fn tabel(out: &mut String, t: &Tabel, klasse: Option<&str>) {
    let breed = t.kop.len().max(t.rijen.iter().map(Vec::len).max().unwrap_or(0));
    let mut k: Vec<&str> = klasse.into_iter().collect();
    if breed >= WIJD_VANAF {
        k.push("wijd");
    }
    if breed >= ZEER_WIJD_VANAF {
        k.push("zeer-wijd");
    }
    // The wrapper scrolls a wide table on screen (the table itself stays a table).
    out.push_str("<div class=\"tabel-houder\">");
    if k.is_empty() {
        out.push_str("<table>");
    } else {
        out.push_str(&format!("<table class=\"{}\">", klassen(&k.join(" "))));
    }
    if let Some(b) = t.bijschrift.as_deref().filter(|b| !b.trim().is_empty()) {
        out.push_str(&format!("<caption>{}</caption>", escape(b)));
    }
    if !t.kop.is_empty() {
        out.push_str("<thead><tr>");
        for c in &t.kop {
            out.push_str(&format!("<th scope=\"col\">{}</th>", escape(c)));
        }
        out.push_str("</tr></thead>");
    }
    out.push_str("<tbody>");
    let laatste = t.rijen.len().saturating_sub(1);
    for (r, rij) in t.rijen.iter().enumerate() {
        let vet = t.totaalrij && r == laatste;
        out.push_str("<tr>");
        for (i, c) in rij.iter().enumerate() {
            if i == 0 && t.rijkop {
                out.push_str(&format!("<th scope=\"row\">{}</th>", escape(c)));
                continue;
            }
            let rechts = t.rechts.get(i).copied().unwrap_or(false);
            out.push_str(if rechts { "<td class=\"bedrag\">" } else { "<td>" });
            if vet && !c.is_empty() {
                out.push_str(&format!("<strong>{}</strong>", escape(c)));
            } else {
                out.push_str(&escape(c));
            }
            out.push_str("</td>");
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></div>");
}

/// The chart: caption, the SVG (built and escaped by [`crate::analyse::svg`]) and its figures
/// as a table (`table.grafiek-cijfers`), the text alternative.
fn grafiek(out: &mut String, g: &Grafiek) {
    out.push_str("<div class=\"grafiek-figuur\">");
    if !g.bijschrift.trim().is_empty() {
        out.push_str(&format!("<p class=\"bijschrift\"><strong>{}</strong></p>", escape(&g.bijschrift)));
    }
    out.push_str(&g.svg);
    out.push_str("</div>");
    if !g.tabel.rijen.is_empty() {
        tabel(out, &g.tabel, Some("grafiek-cijfers"));
    }
}

/// A signature block: the date, an optional label, and per signatory the function, a space to
/// sign and the name (blank lines where nothing is filled in). Never split.
fn ondertekening(out: &mut String, o: &Ondertekening) {
    out.push_str("<div class=\"ondertekening\">");
    let datum = o.datum.trim();
    out.push_str(&format!(
        "<p class=\"datum\">{} {}</p>",
        escape(LABEL_DATUM),
        if datum.is_empty() { LIJN.to_string() } else { escape(datum) }
    ));
    if let Some(l) = o.kop.as_deref().filter(|l| !l.trim().is_empty()) {
        out.push_str(&format!("<p class=\"ondertekening-label\">{}</p>", escape(l)));
    }
    out.push_str("<div class=\"ondertekenaars\">");
    for (rol, naam) in &o.ondertekenaars {
        let naam = naam.trim();
        out.push_str(&format!(
            "<div class=\"ondertekenaar\"><p class=\"rol\">{}</p><div class=\"handtekenruimte\"></div><p class=\"naam\">{} {}</p></div>",
            escape(rol),
            escape(LABEL_NAAM_ONDERTEKENAAR),
            if naam.is_empty() { LIJN.to_string() } else { escape(naam) }
        ));
    }
    out.push_str("</div></div>");
}

/// Text for a CSS string (`content: "…"`): every character other than letters, digits, space
/// and plain punctuation becomes a CSS hex escape (`\3c `), so no text can close the string,
/// the rule or the `<style>` element; bidi and control characters are dropped, line breaks
/// become spaces.
pub fn css_tekst(s: &str) -> String {
    let mut out = String::with_capacity(s.len().saturating_add(8));
    for c in s.chars() {
        if is_verboden(c) {
            continue;
        }
        match c {
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_alphanumeric() || matches!(c, ' ' | '.' | ',' | '-' | '–' | ':' | '\'') => {
                if c == '\'' {
                    out.push_str("\\27 ");
                } else {
                    out.push(c);
                }
            }
            c => out.push_str(&format!("\\{:x} ", u32::from(c))),
        }
    }
    out
}

/// The page-margin CSS of a document: "pagina x van y" bottom right and the kantlijn (the
/// gemeente and the tekortjaar) top left, in `@page` margin boxes. Margin boxes cannot read the
/// page's text, so the kantlijn is written into the CSS, escaped by [`css_tekst`].
pub fn pagina_css(doc: &Document) -> String {
    format!(
        "@page {{\n  @top-left {{ content: \"{}\"; font-family: system-ui, sans-serif; font-size: 9pt; color: #333; }}\n  @bottom-right {{ content: \"pagina \" counter(page) \" van \" counter(pages); font-family: system-ui, sans-serif; font-size: 9pt; color: #333; }}\n}}\n",
        css_tekst(&doc.kantlijn)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::LijstItem;

    fn item(niveau: u8, t: &str) -> LijstItem {
        LijstItem { niveau, stukken: vec![Stuk::Tekst(t.into())] }
    }

    #[test]
    fn nested_lists_are_well_formed() {
        let mut s = String::new();
        lijst(&mut s, &Lijst { genummerd: false, letters: false, items: vec![item(0, "a"), item(1, "b"), item(2, "c"), item(0, "d")] });
        assert_eq!(s, "<ul><li>a<ul><li>b<ul><li>c</li></ul></li></ul></li><li>d</li></ul>");
        let mut s = String::new();
        lijst(&mut s, &Lijst { genummerd: true, letters: true, items: vec![item(2, "x"), item(0, "y")] });
        assert_eq!(s, "<ol class=\"letters\"><li>x</li><li>y</li></ol>");
        let mut s = String::new();
        lijst(&mut s, &Lijst { genummerd: false, letters: false, items: vec![] });
        assert_eq!(s, "");
    }

    #[test]
    fn css_text_cannot_break_out() {
        let t = css_tekst("Arnhem\"; } </style><script>\\ \u{202E}x\n'2019'");
        assert!(!t.contains('"') && !t.contains('<') && !t.contains('}') && !t.contains(';') && !t.contains('\u{202E}'));
        assert!(!t.contains('\n') && !t.contains("'"));
        assert!(t.starts_with("Arnhem\\22 "));
        assert_eq!(css_tekst("Gemeente ’s-Hertogenbosch (2019)"), "Gemeente \\2019 s-Hertogenbosch \\28 2019\\29 ");
    }
}
