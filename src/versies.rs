//! Version marks: the user names a moment of the draft ("Versie voor het college, 12-05-2027")
//! to compare with later and to go back to.
//!
//! The marks live in the application itself ([`Aanvraag::versies`]), not in the draft's storage
//! envelope (`crate::drafts`): the exported file is the gemeente's own copy, and a colleague who
//! imports it should get the marks too. So they are bounded here (a draft is saved whole to
//! localStorage on every change, and the browser allows a few MB per site), and a snapshot
//! never holds marks of its own (no recursion, no growth by nesting).
//!
//! Restoring a mark is a merge of everything from the snapshot ([`crate::samenvoegen`]), so it
//! can be undone like any merge.

use crate::date::Date;
use crate::model::{Aanvraag, Versiemarkering};

/// Most marks one draft keeps.
pub const MAX_VERSIES: usize = 20;
/// Most bytes the marks' snapshots may take together (as compact JSON): a draft with its marks
/// must fit in the browser's storage beside other drafts.
pub const MAX_VERSIE_BYTES: usize = 2_000_000;
/// Longest name of a mark (characters).
pub const MAX_NAAM_TEKENS: usize = 200;

/// Why a mark could not be made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VersieFout {
    /// Already [`MAX_VERSIES`] marks.
    Vol,
    /// The snapshots would take more than [`MAX_VERSIE_BYTES`].
    TeGroot {
        /// Bytes the marks would take with the new one.
        bytes: usize,
    },
    /// No name.
    GeenNaam,
    /// The name is longer than [`MAX_NAAM_TEKENS`].
    NaamTeLang,
}

impl std::fmt::Display for VersieFout {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            VersieFout::Vol => write!(
                f,
                "U bewaart al {MAX_VERSIES} versies, het maximum. Verwijder eerst een oudere versie hieronder; daarna kunt u deze versie markeren."
            ),
            VersieFout::TeGroot { bytes } => write!(
                f,
                "De bewaarde versies zouden samen {} innemen; het maximum is {}. Verwijder eerst een of meer oudere versies hieronder.",
                mb(*bytes),
                mb(MAX_VERSIE_BYTES)
            ),
            VersieFout::GeenNaam => f.write_str("Geef de versie een naam, bijvoorbeeld ‘Versie voor het college’."),
            VersieFout::NaamTeLang => write!(f, "De naam is te lang (maximaal {MAX_NAAM_TEKENS} tekens)."),
        }
    }
}

fn mb(bytes: usize) -> String {
    // One decimal, Dutch comma: 2.000.000 bytes → "2,0 MB".
    let tiendes = bytes.saturating_add(50_000) / 100_000;
    format!("{},{} MB", tiendes / 10, tiendes % 10)
}

/// The name a new mark starts with: "Versie van 12-05-2027" (today's date, Dutch format).
///
/// ```
/// use vangnet::{date::Date, versies::standaard_naam};
/// assert_eq!(standaard_naam(Date::new(2027, 5, 12)), "Versie van 12-05-2027");
/// assert_eq!(standaard_naam(None), "Versie");
/// ```
pub fn standaard_naam(vandaag: Option<Date>) -> String {
    match vandaag {
        Some(d) => format!("Versie van {}", crate::nl::format_date(d)),
        None => "Versie".into(),
    }
}

/// The application as a mark keeps it: without its own marks.
pub fn momentopname(a: &Aanvraag) -> Aanvraag {
    Aanvraag { versies: Vec::new(), ..a.clone() }
}

/// Bytes the snapshots take together (compact JSON). Through `serde_json::Value`, which the
/// draft's storage already serializes with: a serializer of its own would add the whole
/// application's serializer to the wasm once more.
pub fn bytes(versies: &[Versiemarkering]) -> usize {
    versies.iter().map(|v| serde_json::to_value(&v.aanvraag).map_or(0, |s| s.to_string().len())).fold(0, usize::saturating_add)
}

/// Marks the current state of `a` as `naam` at `datum_tijd`; the newest mark comes last.
///
/// # Errors
/// [`VersieFout`]: full (count or bytes), or no usable name. Nothing changes then.
///
/// ```
/// use vangnet::{model::Aanvraag, versies::{markeer, MAX_VERSIES, VersieFout}};
/// let mut a = Aanvraag::nieuw("x", 2024);
/// for i in 0..MAX_VERSIES {
///     markeer(&mut a, &format!("Versie {i}"), "2027-05-12T10:00:00Z").unwrap();
/// }
/// assert_eq!(markeer(&mut a, "Nog een", "2027-05-12T11:00:00Z"), Err(VersieFout::Vol));
/// assert!(a.versies.iter().all(|v| v.aanvraag.versies.is_empty()));
/// ```
pub fn markeer(a: &mut Aanvraag, naam: &str, datum_tijd: &str) -> Result<(), VersieFout> {
    let naam = naam.trim();
    if naam.is_empty() {
        return Err(VersieFout::GeenNaam);
    }
    if naam.chars().count() > MAX_NAAM_TEKENS {
        return Err(VersieFout::NaamTeLang);
    }
    if a.versies.len() >= MAX_VERSIES {
        return Err(VersieFout::Vol);
    }
    let nieuw = Versiemarkering { naam: naam.to_string(), datum_tijd: datum_tijd.to_string(), aanvraag: momentopname(a) };
    let totaal = bytes(&a.versies).saturating_add(bytes(std::slice::from_ref(&nieuw)));
    if totaal > MAX_VERSIE_BYTES {
        return Err(VersieFout::TeGroot { bytes: totaal });
    }
    a.versies.push(nieuw);
    Ok(())
}

/// Removes mark `i` (no-op when there is none).
pub fn verwijder(a: &mut Aanvraag, i: usize) {
    if i < a.versies.len() {
        a.versies.remove(i);
    }
}

/// When a mark was made, as the user reads it: "12-05-2027 10:15" from ISO text (the time as
/// stored, which the app writes in local time); the text itself when it is not ISO.
///
/// ```
/// assert_eq!(vangnet::versies::tijd_tekst("2027-05-12T10:15:00"), "12-05-2027 10:15");
/// assert_eq!(vangnet::versies::tijd_tekst("gisteren"), "gisteren");
/// ```
pub fn tijd_tekst(iso: &str) -> String {
    let datum = iso.get(..10).and_then(Date::parse_iso);
    let tijd = iso.get(11..16).filter(|t| t.len() == 5 && t.as_bytes().get(2) == Some(&b':'));
    match (datum, tijd) {
        (Some(d), Some(t)) => format!("{} {t}", crate::nl::format_date(d)),
        (Some(d), None) => crate::nl::format_date(d),
        _ => iso.to_string(),
    }
}
