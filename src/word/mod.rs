//! The Word renderer (issue 14): a [`Document`] as a .docx file, in the browser.
//!
//! The same blocks as the print view, with real Word structure: the styles Title and
//! Heading1–3 (headings keep with the next paragraph), list paragraphs with real numbering
//! (bullets, and 1. / a) / i. that restart per list), tables whose header row repeats on every
//! page (`w:tblHeader`) and whose rows never split (`w:cantSplit`), the chart as a native
//! Word chart followed by its table ([`grafiek`]), the signature blocks kept together, the kantlijn (gemeente and tekortjaar) in the header and
//! "pagina x van y" (PAGE / NUMPAGES fields) in the footer.
//!
//! Why hand-written OOXML rather than docx-rs: docx-rs 0.4 brings quick-xml with its `encoding`
//! feature (encoding_rs and its tables), zip 8 with deflate, serde_json, base64 and a .docx
//! reader — far more than the handful of parts written here, in a module the user waits for.
//! The parts below are small, fixed templates plus escaped text; [`zip`] stores them.
//!
//! Every user text goes through [`xml_tekst`]: escaped, with the characters XML 1.0 forbids and
//! the bidi controls stripped, so hostile text (`<w:p>`, `]]>`, `&`, NUL, U+202E) stays text and
//! the file always opens. Pure Rust, no web code; the UI calls [`docx`] from its own wasm
//! module (`src/ui/word.rs`).

mod delen;
pub mod grafiek;
pub mod zip;

use crate::document::{Blok, Document, Lijst, Ondertekening, Stuk, Tabel};
use crate::guidance::{LABEL_DATUM, LABEL_NAAM_ONDERTEKENAAR};
use std::fmt::Write as _;

/// The .docx file (a ZIP archive) for `doc`.
pub fn docx(doc: &Document) -> Vec<u8> {
    let mut w = Schrijver::default();
    w.body(doc);
    let document_xml = w.document_xml();
    let numbering_xml = delen::numbering(w.lijsten.as_slice());
    let n = w.grafieken.len();
    let mut z = zip::Zip::default();
    z.voeg_toe("[Content_Types].xml", delen::content_types(n).as_bytes());
    z.voeg_toe("_rels/.rels", delen::RELS.as_bytes());
    z.voeg_toe("docProps/core.xml", delen::core(&xml_tekst(&doc.titel)).as_bytes());
    z.voeg_toe("word/_rels/document.xml.rels", delen::document_rels(n).as_bytes());
    z.voeg_toe("word/document.xml", document_xml.as_bytes());
    for (i, xml) in w.grafieken.iter().enumerate() {
        z.voeg_toe(&format!("word/{}", grafiek::deel(i.saturating_add(1))), xml.as_bytes());
    }
    z.voeg_toe("word/styles.xml", delen::STYLES.as_bytes());
    z.voeg_toe("word/numbering.xml", numbering_xml.as_bytes());
    z.voeg_toe("word/settings.xml", delen::SETTINGS.as_bytes());
    z.voeg_toe("word/header1.xml", delen::header(&xml_tekst(&een_regel(&doc.kantlijn))).as_bytes());
    z.voeg_toe("word/footer1.xml", delen::FOOTER.as_bytes());
    z.klaar()
}

/// `word/document.xml` alone, for tests and for reading what the renderer made.
pub fn document_xml(doc: &Document) -> String {
    let mut w = Schrijver::default();
    w.body(doc);
    w.document_xml()
}

/// `word/numbering.xml` for `doc` (one numbering instance per list), for tests.
pub fn numbering_xml(doc: &Document) -> String {
    let mut w = Schrijver::default();
    w.body(doc);
    delen::numbering(w.lijsten.as_slice())
}

/// The chart parts (`word/charts/chartN.xml`, in order) for `doc`, for tests.
pub fn grafieken_xml(doc: &Document) -> Vec<String> {
    let mut w = Schrijver::default();
    w.body(doc);
    w.grafieken
}

/// `word/_rels/document.xml.rels` and `[Content_Types].xml` for a document with `grafieken`
/// charts, for tests.
pub fn rels_en_types(grafieken: usize) -> (String, String) {
    (delen::document_rels(grafieken), delen::content_types(grafieken))
}

/// `word/styles.xml` (fixed), for tests.
pub fn styles_xml() -> &'static str {
    delen::STYLES
}

/// Text as XML character data: `&`, `<`, `>`, `"`, `'` escaped; characters that XML 1.0 does
/// not allow (control characters other than tab and line breaks, U+FFFE, U+FFFF) and the bidi
/// embedding/override/isolate controls stripped (as [`crate::html::escape`] does for HTML).
pub fn xml_tekst(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\u{FFFE}' | '\u{FFFF}' => {}
            c if crate::html::is_verboden(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// One line: forbidden characters removed, whitespace collapsed.
fn een_regel(s: &str) -> String {
    crate::html::een_regel(s)
}

/// Paragraph style of body text inside a block (the form's own text is set apart).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Stijl {
    Gewoon,
    Formulier,
    Antwoord,
}

impl Stijl {
    fn id(self) -> Option<&'static str> {
        match self {
            Stijl::Gewoon => None,
            Stijl::Formulier => Some("Formuliertekst"),
            Stijl::Antwoord => Some("Antwoord"),
        }
    }
}

/// How a list is numbered: one abstract numbering each in `numbering.xml`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Nummering {
    /// •, ◦, ▪.
    Bolletjes,
    /// 1., a), i.
    Cijfers,
    /// a), i., 1.
    Letters,
}

/// Builds `document.xml`'s body and remembers which numbering each list needs.
#[derive(Default)]
struct Schrijver {
    body: String,
    /// Per numbering instance (numId = index + 1).
    lijsten: Vec<Nummering>,
    /// Inside a [`Blok::Bijeen`]: every paragraph keeps with the next.
    bijeen: u32,
    /// The chart parts, in order (chart N is index N − 1).
    grafieken: Vec<String>,
}

impl Schrijver {
    fn document_xml(&self) -> String {
        let mut s = String::with_capacity(self.body.len().saturating_add(2048));
        s.push_str(delen::DOCUMENT_BEGIN);
        s.push_str(&self.body);
        s.push_str(delen::SECT_PR);
        s.push_str("</w:body></w:document>");
        s
    }

    fn body(&mut self, doc: &Document) {
        // The title is the document's level-1 heading (as in the print); `titel` goes into
        // the file's properties.
        for b in &doc.blokken {
            self.blok(b, Stijl::Gewoon);
        }
    }

    fn blok(&mut self, b: &Blok, stijl: Stijl) {
        match b {
            Blok::Kop { niveau, tekst } => {
                // Level 1 is the document's title; Word has three heading levels below it, so
                // the print's levels 4 and 5 share the lowest.
                let s = match niveau {
                    0 | 1 => "Title",
                    2 => "Heading1",
                    3 => "Heading2",
                    _ => "Heading3",
                };
                self.alinea_tekst(Some(s), &een_regel(tekst), false);
            }
            Blok::Alinea(stukken) => self.alinea(stijl.id(), stukken, false),
            Blok::Lijst(l) => self.lijst(l, stijl),
            Blok::Tabel(t) => self.tabel(t),
            Blok::Grafiek(g) if !g.lijnen.reeksen.is_empty() && self.grafieken.len() < grafiek::MAX_GRAFIEKEN => {
                // As the print: the caption, the chart (a native Word chart, see [`grafiek`]),
                // then its figures as a table, the text alternative.
                if !g.bijschrift.trim().is_empty() {
                    self.alinea_tekst(Some("Caption"), &een_regel(&g.bijschrift), true);
                }
                self.grafieken.push(grafiek::chart_xml(&g.lijnen));
                let n = self.grafieken.len();
                let naam = if g.bijschrift.trim().is_empty() { "Grafiek" } else { g.bijschrift.as_str() };
                self.p_begin(Some("Grafiek"), false, "");
                self.body.push_str(&grafiek::inline(n, naam, &g.lijnen));
                self.body.push_str("</w:p>");
                if !g.tabel.rijen.is_empty() {
                    self.tabel(&g.tabel);
                }
            }
            Blok::Grafiek(g) => {
                // Nothing to draw, or past the file's limit of charts: the chart's figures as
                // its table, captioned as the chart.
                let mut t = g.tabel.clone();
                if t.bijschrift.is_none() && !g.bijschrift.trim().is_empty() {
                    t.bijschrift = Some(g.bijschrift.clone());
                }
                self.tabel(&t);
            }
            Blok::Formuliertekst(bs) => {
                for b in bs {
                    self.blok(b, Stijl::Formulier);
                }
            }
            Blok::Antwoord(bs) if bs.is_empty() => {
                // An unanswered question: said, with lines to write on (as the print does).
                self.alinea_tekst(Some("Opmerking"), "(niet ingevuld)", false);
                for _ in 0..3 {
                    self.body.push_str(r#"<w:p><w:pPr><w:pStyle w:val="Schrijfregel"/></w:pPr></w:p>"#);
                }
            }
            Blok::Antwoord(bs) => {
                for b in bs {
                    self.blok(b, Stijl::Antwoord);
                }
            }
            Blok::Tussenkop(t) => self.alinea(Some("Tussenkop"), &[Stuk::Vet(een_regel(t))], true),
            Blok::Bijeen(bs) => {
                self.bijeen = self.bijeen.saturating_add(1);
                for b in bs {
                    self.blok(b, stijl);
                }
                self.bijeen = self.bijeen.saturating_sub(1);
            }
            Blok::Sectie(s) => {
                for b in &s.blokken {
                    self.blok(b, stijl);
                }
            }
            Blok::Opmerking(t) => self.alinea_tekst(Some("Opmerking"), t, false),
            Blok::Ondertekening(o) => self.ondertekening(o),
            Blok::NieuwePagina => self.body.push_str(r#"<w:p><w:r><w:br w:type="page"/></w:r></w:p>"#),
        }
    }

    fn p_begin(&mut self, stijl: Option<&str>, keep_next: bool, extra: &str) {
        let keep_next = keep_next || self.bijeen > 0;
        self.body.push_str("<w:p>");
        if stijl.is_some() || keep_next || !extra.is_empty() {
            self.body.push_str("<w:pPr>");
            if let Some(s) = stijl {
                let _ = write!(self.body, r#"<w:pStyle w:val="{s}"/>"#);
            }
            if keep_next {
                self.body.push_str("<w:keepNext/><w:keepLines/>");
            }
            self.body.push_str(extra);
            self.body.push_str("</w:pPr>");
        }
    }

    fn alinea_tekst(&mut self, stijl: Option<&str>, tekst: &str, keep_next: bool) {
        self.alinea(stijl, &[Stuk::Tekst(tekst.to_string())], keep_next);
    }

    fn alinea(&mut self, stijl: Option<&str>, stukken: &[Stuk], keep_next: bool) {
        self.p_begin(stijl, keep_next, "");
        self.runs(stukken);
        self.body.push_str("</w:p>");
    }

    fn runs(&mut self, stukken: &[Stuk]) {
        for s in stukken {
            match s {
                Stuk::Tekst(t) => run(&mut self.body, t, false),
                Stuk::Vet(t) => run(&mut self.body, t, true),
                Stuk::Regelovergang => self.body.push_str("<w:r><w:br/></w:r>"),
            }
        }
    }

    fn lijst(&mut self, l: &Lijst, stijl: Stijl) {
        if l.items.is_empty() {
            return;
        }
        // Bullets share one instance; each numbered list gets its own, so it starts at 1.
        let soort = match (l.genummerd, l.letters) {
            (false, _) => Nummering::Bolletjes,
            (true, false) => Nummering::Cijfers,
            (true, true) => Nummering::Letters,
        };
        let num_id = match self.lijsten.iter().position(|n| *n == Nummering::Bolletjes) {
            Some(i) if soort == Nummering::Bolletjes => i.saturating_add(1),
            _ => {
                self.lijsten.push(soort);
                self.lijsten.len()
            }
        };
        let _ = stijl; // list paragraphs carry their own style, inside answers and form text alike
        for item in &l.items {
            let lvl = item.niveau.min(2);
            let extra = format!(r#"<w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="{num_id}"/></w:numPr>"#);
            self.p_begin(Some("ListParagraph"), false, &extra);
            self.runs(&item.stukken);
            self.body.push_str("</w:p>");
        }
    }

    fn tabel(&mut self, t: &Tabel) {
        // Defensive against a ragged table whatever the builder did: every row gets as many
        // cells as the widest row; a table without any cell is left out with a note.
        let breedte = t.rijen.iter().map(Vec::len).chain(std::iter::once(t.kop.len())).max().unwrap_or(0);
        if let Some(b) = t.bijschrift.as_deref().filter(|b| !b.trim().is_empty()) {
            self.alinea_tekst(Some("Caption"), &een_regel(b), true);
        }
        if breedte == 0 {
            self.alinea_tekst(Some("Opmerking"), "(lege tabel)", false);
            return;
        }
        let leeg = String::new();
        // The table fills the text width; each column as wide as its content needs (see
        // [`kolomgewichten`]), so a header word is not broken over two lines.
        let gewichten = kolomgewichten(t, breedte);
        let totaal = gewichten.iter().fold(0usize, |a, g| a.saturating_add(*g)).max(1);
        let deel = |van: usize, g: usize| g.checked_mul(van).and_then(|x| x.checked_div(totaal)).unwrap_or(0);
        self.body.push_str(r#"<w:tbl><w:tblPr><w:tblStyle w:val="Tabelraster"/><w:tblW w:w="5000" w:type="pct"/><w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>"#);
        for g in &gewichten {
            // Grid in twips of a 16 cm text width (A4 less 2 × 2,5 cm).
            let _ = write!(self.body, r#"<w:gridCol w:w="{}"/>"#, deel(9070, *g));
        }
        self.body.push_str("</w:tblGrid>");
        // Cell widths in fiftieths of a percent.
        let kolommen: Vec<usize> = gewichten.iter().map(|g| deel(5000, *g)).collect();
        let kolom = |i: usize| kolommen.get(i).copied().unwrap_or(0);
        let kop_leeg = t.kop.iter().all(|k| k.trim().is_empty());
        if !t.kop.is_empty() && !kop_leeg {
            self.body.push_str(r#"<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"#);
            for i in 0..breedte {
                self.cel(t.kop.get(i).unwrap_or(&leeg), true, t.rechts.get(i).copied().unwrap_or(false), kolom(i));
            }
            self.body.push_str("</w:tr>");
        }
        let laatste = t.rijen.len().saturating_sub(1);
        for (r, rij) in t.rijen.iter().enumerate() {
            // Row headings and a total row in bold, as the print has them.
            let totaal = t.totaalrij && r == laatste;
            self.body.push_str(r#"<w:tr><w:trPr><w:cantSplit/></w:trPr>"#);
            for i in 0..breedte {
                let vet = totaal || (t.rijkop && i == 0);
                self.cel(rij.get(i).unwrap_or(&leeg), vet, t.rechts.get(i).copied().unwrap_or(false), kolom(i));
            }
            self.body.push_str("</w:tr>");
        }
        if t.rijen.is_empty() && (t.kop.is_empty() || kop_leeg) {
            // Only an empty header: Word needs at least one row.
            self.body.push_str("<w:tr>");
            for i in 0..breedte {
                self.cel("", false, false, kolom(i));
            }
            self.body.push_str("</w:tr>");
        }
        self.body.push_str("</w:tbl>");
        // A paragraph after a table keeps two adjacent tables apart (Word merges them otherwise).
        self.body.push_str(r#"<w:p><w:pPr><w:pStyle w:val="NaTabel"/></w:pPr></w:p>"#);
    }

    fn cel(&mut self, tekst: &str, kop: bool, rechts: bool, kolom: usize) {
        let _ =
            write!(self.body, r#"<w:tc><w:tcPr><w:tcW w:w="{kolom}" w:type="pct"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="Tabeltekst"/>"#);
        if rechts {
            self.body.push_str(r#"<w:jc w:val="right"/>"#);
        }
        self.body.push_str("</w:pPr>");
        run(&mut self.body, tekst, kop);
        self.body.push_str("</w:p></w:tc>");
    }

    fn ondertekening(&mut self, o: &Ondertekening) {
        // As the print: the date, the label, and per signatory the function, a space to sign
        // and the name. The whole block keeps together: every paragraph but the last keeps
        // with the next.
        let lijn = "____________________";
        let datum = if o.datum.trim().is_empty() { lijn.to_string() } else { een_regel(&o.datum) };
        self.alinea(Some("Ondertekening"), &[Stuk::Tekst(format!("{LABEL_DATUM} ")), Stuk::Tekst(datum)], true);
        if let Some(k) = o.kop.as_deref().filter(|k| !k.trim().is_empty()) {
            self.alinea(Some("Ondertekening"), &[Stuk::Vet(een_regel(k))], !o.ondertekenaars.is_empty());
        }
        let n = o.ondertekenaars.len();
        for (i, (functie, naam)) in o.ondertekenaars.iter().enumerate() {
            let laatste = i.saturating_add(1) == n;
            self.alinea(Some("Ondertekening"), &[Stuk::Vet(een_regel(functie))], true);
            let naam = if naam.trim().is_empty() { lijn.to_string() } else { een_regel(naam) };
            // The space to sign: an empty paragraph with room above its bottom line.
            self.alinea(Some("Handtekening"), &[], true);
            self.alinea(Some("Ondertekening"), &[Stuk::Tekst(format!("{LABEL_NAAM_ONDERTEKENAAR} ")), Stuk::Tekst(naam)], !laatste);
        }
    }
}

/// Per column a weight for its width: its longest word (a word is never broken) or its
/// longest cell up to 24 characters (longer text wraps), at least 5 and at most 40, so one
/// long text column cannot squeeze the figures.
fn kolomgewichten(t: &Tabel, breedte: usize) -> Vec<usize> {
    let tekens = |s: &str| s.chars().count();
    (0..breedte)
        .map(|i| {
            let cellen = t.kop.get(i).into_iter().chain(t.rijen.iter().filter_map(|r| r.get(i)));
            let (woord, cel) =
                cellen.fold((0usize, 0usize), |(w, c), s| (w.max(s.split_whitespace().map(tekens).max().unwrap_or(0)), c.max(tekens(s))));
            // Plus three characters for the cell's margins (2 × 108 twips).
            woord.max(cel.min(24)).clamp(5, 40).saturating_add(3)
        })
        .collect()
}

/// One run: text with tabs as `w:tab` and line breaks as `w:br` (Word ignores a raw newline).
fn run(uit: &mut String, tekst: &str, vet: bool) {
    if tekst.is_empty() {
        return;
    }
    uit.push_str("<w:r>");
    if vet {
        uit.push_str("<w:rPr><w:b/></w:rPr>");
    }
    let mut eerste = true;
    for regel in tekst.split('\n') {
        if !eerste {
            uit.push_str("<w:br/>");
        }
        eerste = false;
        let mut eerste_deel = true;
        for deel in regel.trim_end_matches('\r').split('\t') {
            if !eerste_deel {
                uit.push_str("<w:tab/>");
            }
            eerste_deel = false;
            if !deel.is_empty() {
                uit.push_str(r#"<w:t xml:space="preserve">"#);
                uit.push_str(&xml_tekst(deel));
                uit.push_str("</w:t>");
            }
        }
    }
    uit.push_str("</w:r>");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_tekst_escapes_and_strips() {
        assert_eq!(xml_tekst("<w:p>]]>&\"'"), "&lt;w:p&gt;]]&gt;&amp;&quot;&apos;");
        assert_eq!(xml_tekst("a\u{0}b\u{1b}c\u{FFFE}d\u{202E}e\u{2066}f"), "abcdef");
        assert_eq!(xml_tekst("tab\tregel\n"), "tab\tregel\n");
    }
}
