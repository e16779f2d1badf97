//! The plain-text conventions of the answers (A, B, B1, B2, the measures' texts, C): from the
//! text the user typed or pasted to the [`Blok`]s of a [`crate::document::Document`].
//!
//! What is stored is always the user's own text; this module only reads it (for the print,
//! the print file, the Word file and the live preview under each field), so no text is ever
//! lost by a conversion, and the JSON and its schema are unchanged. The conventions, also
//! explained in the app's help next to the fields ([`crate::guidance::OPMAAK_HULP`]):
//!
//! - **Paragraphs**: a blank line starts a new paragraph; a single line break stays a line
//!   break.
//! - **Bulleted lists**: a line starting with `- `, `* `, `• `, `– `, `◦ `, `▪ ` (a space or a
//!   tab after the sign; Word pastes `•` + tab, `o` + tab for the second level and sometimes
//!   U+F0B7). Nesting: `◦`/`o` is the second level, `▪` the third, or indent the line (two
//!   spaces or a tab per level); at most three levels.
//! - **Numbered lists**: a line starting with `1.`, `1)`, `a.` or `a)` (one to three digits,
//!   or one lowercase letter) followed by a space or a tab. Lettered items directly under a
//!   numbered list are its second level. Lines starting with a capital (`A. Analyse`) are not
//!   list items.
//! - **Subheadings**: a line starting with `## ` (or `# `, `### `). Nothing else becomes a
//!   heading, so ordinary text is never taken for one.
//! - **Tables**: two or more consecutive lines that contain a tab (as pasted from Excel or a
//!   Word table). The first line is the header row. Rows with fewer cells are padded (and a
//!   note says so); a column whose cells are all amounts, numbers or percentages (read as
//!   Dutch, [`crate::nl`]) is right-aligned; at most [`MAX_KOLOMMEN`] columns (the rest goes
//!   into the last). A single line with a tab is ordinary text.
//! - **The chart**: a line `[grafiek]` on its own places the tekort-history chart of Inzicht
//!   (with its figures as a table); `[grafiek als tabel]` only the table. Without history data
//!   a note says so.
//!
//! Hostile text stays text: the blocks hold plain strings, every renderer escapes them; bidi
//! and control characters are dropped here already. The parser makes one pass over the lines
//! and does a bounded amount of work per character, so a 1 MB answer is parsed in linear time.

use crate::document::{Blok, Grafiek, Lijst, LijstItem, Stuk, Tabel};
use crate::html::is_verboden;
use crate::nl::{parse_money, parse_percent};

/// The marker line for the chart.
pub const GRAFIEK_MARKER: &str = "[grafiek]";
/// The marker line for the chart's figures as a table.
pub const GRAFIEK_TABEL_MARKER: &str = "[grafiek als tabel]";
/// At most this many columns in a pasted table; further cells are joined into the last.
pub const MAX_KOLOMMEN: usize = 30;

/// The note for a chart marker while there is no history to draw.
/// The marker line for the table of what the carried-over measures achieved (issue 15).
pub const MAATREGELEN_MARKER: &str = "[tabel maatregelen]";
/// The note where the measures' table is asked for but no carried-over measure has results.
pub const GEEN_MAATREGELEN: &str =
    "Geen gegevens voor de tabel: vul bij de voortgezette maatregelen (onderdeel B) het beoogde en het bereikte effect in.";
/// The note where the chart is asked for but there is no history.
pub const GEEN_GRAFIEK: &str = "Geen gegevens voor de grafiek: vul op Inzicht de historie in.";
/// The note for a table whose rows have unequal numbers of cells.
pub const RAFELIGE_TABEL: &str =
    "Niet alle rijen van de tabel hebben evenveel cellen; de ontbrekende cellen zijn leeg gelaten. Controleer of de kolommen goed staan.";
/// The note for a pasted table without any text.
pub const LEGE_TABEL: &str = "De geplakte tabel bevat geen tekst en wordt niet getoond.";
/// The note for a table with more than [`MAX_KOLOMMEN`] columns.
pub const TE_BREDE_TABEL: &str = "De tabel heeft meer dan 30 kolommen; de overige cellen staan in de laatste kolom.";

/// A list item line: its nesting level (0–2), whether it is numbered (and by letter), and its
/// text.
#[derive(Debug, PartialEq, Eq)]
struct Item<'a> {
    niveau: u8,
    genummerd: bool,
    letter: bool,
    tekst: &'a str,
}

/// Indentation as a level: a tab or two spaces per level.
fn inspringing(regel: &str) -> usize {
    let mut spaties: usize = 0;
    let mut tabs: usize = 0;
    for c in regel.chars() {
        match c {
            ' ' | '\u{a0}' => spaties = spaties.saturating_add(1),
            '\t' => tabs = tabs.saturating_add(1),
            _ => break,
        }
    }
    tabs.saturating_add(spaties / 2)
}

/// The text after a list sign: the sign must be followed by a space or a tab, and text.
fn na_teken<'a>(t: &'a str, teken: &str) -> Option<&'a str> {
    let rest = t.strip_prefix(teken)?;
    let na = rest.trim_start_matches([' ', '\t', '\u{a0}']);
    (na.len() < rest.len() && !na.trim().is_empty()).then_some(na)
}

/// A bulleted or numbered list line, see the module documentation.
fn lijstitem(regel: &str) -> Option<Item<'_>> {
    lijstitem_zonder_tab(regel).filter(|i| !i.tekst.contains('\t'))
}

fn lijstitem_zonder_tab(regel: &str) -> Option<Item<'_>> {
    let t = regel.trim_start_matches([' ', '\t', '\u{a0}']);
    let inspring = inspringing(regel);
    for (teken, niveau) in [("- ", 0), ("* ", 0), ("•", 0), ("\u{f0b7}", 0), ("–", 0), ("◦", 1), ("▪", 2), ("-\t", 0), ("*\t", 0)] {
        let teken = teken.trim_end_matches(' ');
        if let Some(tekst) = na_teken(t, teken) {
            let niveau = inspring.max(niveau).min(2) as u8;
            return Some(Item { niveau, genummerd: false, letter: false, tekst });
        }
    }
    // Word's second-level bullet pasted as text: the letter o and a tab.
    if let Some(tekst) = t.strip_prefix("o\t").filter(|r| !r.trim().is_empty()) {
        return Some(Item { niveau: inspring.clamp(1, 2) as u8, genummerd: false, letter: false, tekst: tekst.trim_start() });
    }
    // Numbered: 1. 1) 12. a) a.
    let label_lengte = t.find(['.', ')'])?;
    let label = t.get(..label_lengte)?;
    let cijfers = !label.is_empty() && label.len() <= 3 && label.bytes().all(|b| b.is_ascii_digit());
    let letter = label.len() == 1 && label.bytes().all(|b| b.is_ascii_lowercase());
    if !(cijfers || letter) {
        return None;
    }
    let rest = t.get(label_lengte.saturating_add(1)..)?;
    let na = rest.trim_start_matches([' ', '\t', '\u{a0}']);
    if na.len() == rest.len() || na.trim().is_empty() {
        return None;
    }
    Some(Item { niveau: inspring.min(2) as u8, genummerd: true, letter, tekst: na })
}

/// A subheading line (`## Tekst`), see the module documentation.
fn tussenkop(regel: &str) -> Option<&str> {
    let t = regel.trim();
    let zonder = t.trim_start_matches('#');
    let hekjes = t.len().saturating_sub(zonder.len());
    if (1..=3).contains(&hekjes) && zonder.starts_with(' ') && !zonder.trim().is_empty() {
        Some(zonder.trim())
    } else {
        None
    }
}

/// A cell that reads as a Dutch amount, number or percentage.
fn is_getal(cel: &str) -> bool {
    let t = cel.trim();
    !t.is_empty() && t.chars().any(|c| c.is_ascii_digit()) && (parse_money(t).is_ok() || parse_percent(t).is_ok())
}

/// What the parser is collecting.
#[derive(Default)]
struct Bouwer<'a> {
    uit: Vec<Blok>,
    alinea: Vec<&'a str>,
    lijst: Option<Lijst>,
    tabel: Vec<&'a str>,
}

impl<'a> Bouwer<'a> {
    fn alinea_af(&mut self) {
        if self.alinea.is_empty() {
            return;
        }
        let mut stukken = Vec::with_capacity(self.alinea.len().saturating_mul(2));
        for (i, r) in self.alinea.drain(..).enumerate() {
            if i > 0 {
                stukken.push(Stuk::Regelovergang);
            }
            // A lone tab inside ordinary text reads as a space.
            stukken.push(Stuk::Tekst(r.trim().replace('\t', " ")));
        }
        self.uit.push(Blok::Alinea(stukken));
    }

    fn lijst_af(&mut self) {
        if let Some(l) = self.lijst.take() {
            self.uit.push(Blok::Lijst(l));
        }
    }

    fn tabel_af(&mut self) {
        match self.tabel.len() {
            0 => {}
            // One line with a tab is ordinary text.
            1 => {
                let r = self.tabel.remove(0);
                if !r.trim().is_empty() {
                    self.alinea.push(r);
                    self.alinea_af();
                }
            }
            _ => {
                let regels = std::mem::take(&mut self.tabel);
                self.uit.extend(tabel(&regels));
            }
        }
    }

    fn alles_af(&mut self) {
        self.alinea_af();
        self.lijst_af();
        self.tabel_af();
    }

    fn item(&mut self, item: Item<'_>) {
        let tekst = item.tekst.trim().to_string();
        if let Some(l) = self.lijst.as_mut() {
            let zelfde_soort = l.genummerd == item.genummerd && (l.letters == item.letter || item.niveau > 0);
            // Lettered items right under a numbered list are its second level.
            let onder_nummers = l.genummerd && !l.letters && item.letter && item.niveau == 0;
            if zelfde_soort || onder_nummers || item.niveau > 0 {
                let niveau = if onder_nummers { 1 } else { item.niveau };
                l.items.push(LijstItem { niveau, stukken: vec![Stuk::Tekst(tekst)] });
                return;
            }
            self.lijst_af();
        }
        self.lijst = Some(Lijst {
            genummerd: item.genummerd,
            letters: item.letter,
            items: vec![LijstItem { niveau: item.niveau, stukken: vec![Stuk::Tekst(tekst)] }],
        });
    }
}

/// Consecutive tab lines as a table (with notes for a ragged, an empty or a too wide table).
fn tabel(regels: &[&str]) -> Vec<Blok> {
    let mut te_breed = false;
    let mut rijen: Vec<Vec<String>> = regels
        .iter()
        .map(|r| {
            let mut cellen: Vec<String> = Vec::new();
            for c in r.trim_end_matches([' ', '\u{a0}']).split('\t') {
                if cellen.len() < MAX_KOLOMMEN {
                    cellen.push(c.trim().to_string());
                } else if let Some(laatste) = cellen.last_mut() {
                    te_breed = true;
                    if !c.trim().is_empty() {
                        laatste.push(' ');
                        laatste.push_str(c.trim());
                    }
                }
            }
            cellen
        })
        .collect();
    if rijen.iter().all(|r| r.iter().all(String::is_empty)) {
        return vec![Blok::Opmerking(LEGE_TABEL.into())];
    }
    // Excel ends every row with a tab when the last column is empty: drop columns that are
    // empty in every row at the end.
    let breedte = rijen.iter().map(|r| r.iter().rposition(|c| !c.is_empty()).map_or(0, |p| p.saturating_add(1))).max().unwrap_or(0);
    let mut rafelig = false;
    for r in &mut rijen {
        r.truncate(breedte);
        if r.len() < breedte {
            rafelig = true;
            r.resize(breedte, String::new());
        }
    }
    let mut it = rijen.into_iter();
    let kop = it.next().unwrap_or_default();
    let rijen: Vec<Vec<String>> = it.collect();
    let rechts = (0..breedte)
        .map(|k| {
            let mut cellen =
                rijen.iter().filter_map(|r| r.get(k)).filter(|c| !c.is_empty() && !matches!(c.as_str(), "-" | "—" | "–")).peekable();
            cellen.peek().is_some() && cellen.all(|c| is_getal(c))
        })
        .collect();
    let mut uit = Vec::new();
    if rafelig {
        uit.push(Blok::Opmerking(RAFELIGE_TABEL.into()));
    }
    if te_breed {
        uit.push(Blok::Opmerking(TE_BREDE_TABEL.into()));
    }
    uit.insert(0, Blok::Tabel(Tabel { bijschrift: None, kop, rechts, rijen, rijkop: false, totaalrij: false }));
    uit
}

/// The user's text as blocks, see the module documentation. `grafiek` is the history chart
/// for the chart markers (`None`: no history, the marker becomes a note). Never panics; an
/// empty text gives no blocks.
pub fn blokken(tekst: &str, grafiek: Option<&Grafiek>) -> Vec<Blok> {
    blokken_met(tekst, grafiek, None)
}

/// [`blokken`], with also the table of what the carried-over measures achieved for the marker
/// `[tabel maatregelen]` (`None`: no results yet, the marker becomes a note).
pub fn blokken_met(tekst: &str, grafiek: Option<&Grafiek>, maatregelen: Option<&Tabel>) -> Vec<Blok> {
    let schoon: String = tekst.chars().filter(|c| !is_verboden(*c)).collect();
    let mut b = Bouwer::default();
    for regel in schoon.split('\n') {
        let regel = regel.strip_suffix('\r').unwrap_or(regel);
        let t = regel.trim();
        if t.is_empty() && !regel.contains('\t') {
            b.alles_af();
            continue;
        }
        // Only a short line can be a marker (no lowercase copy of a long line).
        let marker = if t.len() <= MAATREGELEN_MARKER.len() { t.to_lowercase() } else { String::new() };
        if marker == MAATREGELEN_MARKER {
            b.alles_af();
            b.uit.push(match maatregelen.filter(|m| !m.rijen.is_empty()) {
                Some(m) => Blok::Tabel(m.clone()),
                None => Blok::Opmerking(GEEN_MAATREGELEN.into()),
            });
            continue;
        }
        if marker == GRAFIEK_MARKER || marker == GRAFIEK_TABEL_MARKER {
            b.alles_af();
            match grafiek {
                Some(g) if marker == GRAFIEK_MARKER => b.uit.push(Blok::Grafiek(g.clone())),
                Some(g) if !g.tabel.rijen.is_empty() => {
                    b.uit.push(Blok::Tabel(Tabel { bijschrift: Some(g.bijschrift.clone()), ..g.tabel.clone() }))
                }
                _ => b.uit.push(Blok::Opmerking(GEEN_GRAFIEK.into())),
            }
            continue;
        }
        if let Some(k) = tussenkop(regel) {
            b.alles_af();
            b.uit.push(Blok::Tussenkop(k.to_string()));
            continue;
        }
        // Inside a pasted table every line with a tab is a row (also "1.\tPoortwachter").
        if !b.tabel.is_empty() && regel.contains('\t') {
            b.tabel.push(regel);
            continue;
        }
        if let Some(item) = lijstitem(regel) {
            b.alinea_af();
            b.tabel_af();
            b.item(item);
            continue;
        }
        // A table row: any line with a tab (also one of tabs only: an empty row).
        if regel.contains('\t') {
            b.alinea_af();
            b.lijst_af();
            b.tabel.push(regel);
            continue;
        }
        b.lijst_af();
        b.tabel_af();
        b.alinea.push(regel);
    }
    b.alles_af();
    b.uit
}

/// `tekst` with the chart marker inserted on a line of its own at the UTF-16 offset `bij` (a
/// textarea's cursor; past the end means at the end; never inside a surrogate pair), and the
/// UTF-16 offset just after the marker, for the cursor. The rest of the text is unchanged.
pub fn met_marker(tekst: &str, bij: u32) -> (String, u32) {
    met_eigen_marker(tekst, bij, GRAFIEK_MARKER)
}

/// [`met_marker`] for any marker line (the chart's or the measures' table's).
pub fn met_eigen_marker(tekst: &str, bij: u32, marker: &str) -> (String, u32) {
    let eenheden: Vec<u16> = tekst.encode_utf16().collect();
    let mut bij = usize::try_from(bij).unwrap_or(usize::MAX).min(eenheden.len());
    if eenheden.get(bij).is_some_and(|e| (0xDC00..=0xDFFF).contains(e)) {
        bij = bij.saturating_add(1);
    }
    let voor = String::from_utf16_lossy(eenheden.get(..bij).unwrap_or_default());
    let na = String::from_utf16_lossy(eenheden.get(bij..).unwrap_or_default());
    let mut nieuw = voor;
    if !nieuw.is_empty() && !nieuw.ends_with('\n') {
        nieuw.push('\n');
    }
    nieuw.push_str(marker);
    let cursor = u32::try_from(nieuw.encode_utf16().count()).unwrap_or(u32::MAX);
    if !na.starts_with('\n') {
        nieuw.push('\n');
    }
    nieuw.push_str(&na);
    (nieuw, cursor)
}

/// The notes ([`Blok::Opmerking`]) the text's blocks carry, for the hint at the field.
pub fn opmerkingen(blokken: &[Blok]) -> Vec<String> {
    blokken
        .iter()
        .filter_map(|b| match b {
            Blok::Opmerking(o) => Some(o.clone()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_measures_marker_places_the_table_or_says_what_is_missing() {
        let t = Tabel { kop: vec!["Maatregel".into()], rechts: vec![false], rijen: vec![vec!["Poortwachter".into()]], ..Tabel::default() };
        assert_eq!(blokken_met("[tabel maatregelen]", None, Some(&t)), vec![Blok::Tabel(t.clone())]);
        assert_eq!(blokken_met(" [Tabel Maatregelen] ", None, None), vec![Blok::Opmerking(GEEN_MAATREGELEN.into())]);
        assert_eq!(blokken_met("[tabel maatregelen]", None, Some(&Tabel::default())), vec![Blok::Opmerking(GEEN_MAATREGELEN.into())]);
        assert_eq!(met_eigen_marker("ab", 1, MAATREGELEN_MARKER).0, "a\n[tabel maatregelen]\nb");
    }

    #[test]
    fn marker_on_its_own_line() {
        assert_eq!(met_marker("", 0), ("[grafiek]\n".into(), 9));
        assert_eq!(met_marker("ab", 1), ("a\n[grafiek]\nb".into(), 11));
        assert_eq!(met_marker("a\n\nb", 2), ("a\n[grafiek]\nb".into(), 11));
        assert_eq!(met_marker("é€😀", 99), ("é€😀\n[grafiek]\n".into(), 14));
        // Never inside a surrogate pair: nothing of the text is lost.
        assert_eq!(met_marker("😀x", 1), ("😀\n[grafiek]\nx".into(), 12));
        let (nieuw, _) = met_marker("één\ntwee", 4);
        assert_eq!(nieuw.replace("[grafiek]\n", ""), "één\ntwee");
    }

    #[test]
    fn list_lines() {
        let i = |niveau, genummerd, letter, tekst| Some(Item { niveau, genummerd, letter, tekst });
        assert_eq!(lijstitem("- a"), i(0, false, false, "a"));
        assert_eq!(lijstitem("•\tWord"), i(0, false, false, "Word"));
        assert_eq!(lijstitem("o\ttwee"), i(1, false, false, "twee"));
        assert_eq!(lijstitem("    ◦ diep"), i(2, false, false, "diep"));
        assert_eq!(lijstitem("12.\tpunt"), i(0, true, false, "punt"));
        assert_eq!(lijstitem("b) punt"), i(0, true, true, "punt"));
        for geen in ["-a", "1.5 miljoen", "A. Analyse", "2019. Dat", "ab) x", "1234. x", "- ", "1. ", "Zie a.b.", "e.g. x"] {
            assert_eq!(lijstitem(geen), None, "{geen:?}");
        }
        assert_eq!(tussenkop("## Oorzaken"), Some("Oorzaken"));
        for geen in ["#hashtag", "#### vier", "## ", "Oorzaken:"] {
            assert_eq!(tussenkop(geen), None, "{geen:?}");
        }
    }
}
