//! The documents that leave the app, as data (issue 14).
//!
//! One [`Document`] is built from the application and rendered twice: to HTML for the print view
//! and the print file, and to Word (.docx) in its own on-demand wasm module. Both renderers see
//! the same blocks, so the print and the Word file cannot drift apart. Pure Rust, no web code.
//!
//! Text in these types is plain text, never markup: each renderer escapes it for its own format
//! (HTML through [`crate::html::escape`], Word through its XML writer), so hostile text stays
//! inert in every output.
//!
//! [`html`] renders a document to the HTML of the print view and the print file.

pub mod html;

use rust_decimal::Decimal;

/// A whole document: the form (print view), a raadsvoorstel or a raadsbesluit.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Document {
    /// The document title (the form's title, "Raadsvoorstel …").
    pub titel: String,
    /// The line in the page margin next to "pagina x van y": the gemeente and the tekortjaar.
    pub kantlijn: String,
    /// The content, in reading order.
    pub blokken: Vec<Blok>,
}

/// One block of a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Blok {
    /// A heading of the document's outline; `niveau` 1 (title) to 5 (the print nests the form's
    /// parts 1/2 → A–D → B1/B2 → a measure or a group of measures). A renderer with fewer levels
    /// maps 4 and 5 to its lowest. Never ends a page.
    Kop {
        /// 1 to 5.
        niveau: u8,
        /// The heading text.
        tekst: String,
    },
    /// A paragraph of inline runs; a `Regelovergang` run is a line break inside it.
    Alinea(Vec<Stuk>),
    /// A bulleted or numbered list.
    Lijst(Lijst),
    /// A table with a header row that repeats on every page; rows never split.
    Tabel(Tabel),
    /// The tekort-history chart: the SVG for HTML, and the same figures as a table for Word and
    /// for readers that cannot see the image.
    Grafiek(Grafiek),
    /// The official form's own text (questions, declarations), set apart from the answers.
    Formuliertekst(Vec<Blok>),
    /// The gemeente's answer to a question: what the user wrote, as blocks (see
    /// [`crate::opmaak`]). An empty `Antwoord` is an unanswered question: renderers show
    /// "(niet ingevuld)" above a few lines to write on.
    Antwoord(Vec<Blok>),
    /// A note the document shows where something is off (an empty answer, a chart with no
    /// data, a ragged table); printed, so the reader sees it too.
    Opmerking(String),
    /// A signature block: place and date lines and one line per signatory.
    Ondertekening(Ondertekening),
    /// A heading inside a text that is not part of the outline: a question in a form text, a
    /// subheading the user wrote in an answer (see [`crate::opmaak`]). Bold, kept with what
    /// follows (never ends a page).
    Tussenkop(String),
    /// Blocks that are kept together on one page (a question with the start of its answer, a
    /// declaration with its signatures). A renderer that cannot keep blocks together renders the
    /// blocks in order.
    Bijeen(Vec<Blok>),
    /// A named part of the document (a part of the form, an appendix, a warning box). `klasse`
    /// names it for styling only (the HTML renderer writes it as the section's class, e.g.
    /// `vraag vraag-a`, `bijlage`, `waarschuwing`); a renderer may ignore it.
    Sectie(Sectie),
    /// Start the next block on a new page (the HTML renderer puts the break on a directly
    /// following [`Blok::Sectie`]).
    NieuwePagina,
}

/// A named part of a document, see [`Blok::Sectie`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sectie {
    /// Style names, space-separated, plain ASCII (`vraag vraag-a`); never user text.
    pub klasse: String,
    /// The content.
    pub blokken: Vec<Blok>,
}

/// An inline run of text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stuk {
    /// Plain text.
    Tekst(String),
    /// Bold text (labels, the figures that matter).
    Vet(String),
    /// A line break inside a paragraph.
    Regelovergang,
}

/// A list; items may be nested one or two levels (`niveau` 0, 1, 2).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lijst {
    /// Numbered (1., 2., … or a), b), …) rather than bulleted.
    pub genummerd: bool,
    /// Numbered with letters (a, b, c) rather than digits (only when `genummerd`); deeper levels
    /// of a numbered list are lettered anyway.
    pub letters: bool,
    /// The items in order.
    pub items: Vec<LijstItem>,
}

/// One list item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LijstItem {
    /// Nesting depth, 0 for the outer list.
    pub niveau: u8,
    /// The item's text.
    pub stukken: Vec<Stuk>,
}

/// A table. Every row has exactly as many cells as `kop` (a ragged pasted table is padded by the
/// parser, which says so in an [`Blok::Opmerking`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tabel {
    /// The caption above the table ("Tabel 1 …", "Cijfers per jaar").
    pub bijschrift: Option<String>,
    /// The header row.
    pub kop: Vec<String>,
    /// Per column: right-aligned (figures) rather than left-aligned (text).
    pub rechts: Vec<bool>,
    /// The body rows.
    pub rijen: Vec<Vec<String>>,
    /// The first cell of each body row is that row's heading (a year, a condition).
    pub rijkop: bool,
    /// The last body row is a total: its cells are bold.
    pub totaalrij: bool,
}

/// The history chart.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Grafiek {
    /// The caption ("Grafiek 1: …").
    pub bijschrift: String,
    /// The chart as SVG markup, made by [`crate::analyse::svg`] (already escaped there).
    pub svg: String,
    /// The chart's figures as a table.
    pub tabel: Tabel,
    /// The chart as data, for a renderer that draws it itself (Word: a native chart).
    pub lijnen: Lijngrafiek,
}

/// A line chart as data: the same lines, colours and line styles as the SVG, so a renderer
/// that cannot embed SVG (Word) draws an equal chart of its own. Values are fractions (0,09 is
/// 9%); the horizontal axis is the year.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Lijngrafiek {
    /// The text alternative (the SVG's `<desc>`).
    pub beschrijving: String,
    /// The title of the vertical axis.
    pub as_titel: String,
    /// The horizontal axis: first and last year, and the distance between labelled years.
    pub x_min: i32,
    /// See [`Self::x_min`].
    pub x_max: i32,
    /// See [`Self::x_min`]; at least 1.
    pub x_stap: i32,
    /// The vertical axis (fractions): bottom, top and the distance between ticks.
    pub y_min: Decimal,
    /// See [`Self::y_min`].
    pub y_max: Decimal,
    /// See [`Self::y_min`].
    pub y_stap: Decimal,
    /// The lines, in the legend's order (the gemeente, Nederland, the thresholds).
    pub reeksen: Vec<Reeks>,
}

/// One line of a [`Lijngrafiek`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reeks {
    /// The legend text ("Arnhem", "Nederland", "Toegangsdrempel").
    pub naam: String,
    /// The points in drawing order as (year, value); `None` breaks the line (a year without a
    /// value). A threshold is a step: two points per year, at the year's edges.
    pub punten: Vec<Option<(Decimal, Decimal)>>,
    /// The colour, six hex digits without `#` ("154273").
    pub kleur: &'static str,
    /// The dash pattern.
    pub streep: Streep,
    /// The marker on each point.
    pub teken: Teken,
    /// The line width in points.
    pub dikte_pt: Decimal,
}

/// How a line is dashed (shape, not colour alone, tells the lines apart).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Streep {
    /// Solid.
    Doorgetrokken,
    /// Dashes.
    Gestreept,
    /// Long dash, dot.
    StreepStip,
    /// Dots.
    Stippel,
    /// Long dash, dot, dot.
    StreepStipStip,
}

/// The marker on a line's points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Teken {
    /// No marker.
    Geen,
    /// A round marker.
    Rond,
    /// A square marker.
    Vierkant,
}

/// A signature block.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Ondertekening {
    /// The heading above the block, if any ("Namens de gemeenteraad").
    pub kop: Option<String>,
    /// Place and date, as filled in (empty: a line to write on).
    pub datum: String,
    /// Per signatory: the function ("De burgemeester") and the name (empty: a line).
    pub ondertekenaars: Vec<(String, String)>,
}
