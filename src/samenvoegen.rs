//! Compare and merge two applications: the differences of [`veld::verschillen`] grouped per part
//! of the form and per measure, worded for the side-by-side view, and [`neem_over`], which
//! takes chosen fields (or whole measures, or whole parts) from the other application.
//!
//! A field is the unit of choice. A measure is known by its id: one that only the other
//! application has is an *addition* (choosing any of its fields brings the whole measure), one
//! that only this application has is a *removal* (choosing any of its fields removes it). Rows
//! known by position (predecessors, source documents, history years) work the same way: a row
//! only the other has is copied whole, one only this has is removed. Everything that is not a
//! form field (the draft's id, its version marks) stays as it is.

use crate::model::Aanvraag;
use crate::veld::{self, Onderdeel, Veld, Verschil};
use std::collections::BTreeSet;

/// One difference as the compare view shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Regel {
    /// The field.
    pub veld: Veld,
    /// Its label (the measure or year is in the group's heading or in the label).
    pub label: String,
    /// The value here, in Dutch formats; `None` when empty or absent.
    pub huidig: Option<String>,
    /// The value in the other application.
    pub ander: Option<String>,
}

/// What happens to a measure on taking it over.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MaatregelStatus {
    /// In both, with differing fields.
    Gewijzigd,
    /// Only in the other: taking it over adds it.
    Toegevoegd,
    /// Only here: taking it over removes it.
    Verwijderd,
}

/// The differences of one measure (within one part).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MaatregelVerschil {
    /// The measure's id.
    pub id: String,
    /// Its name (from whichever side has one).
    pub naam: String,
    /// Changed, added or removed.
    pub status: MaatregelStatus,
    /// Its differing fields.
    pub regels: Vec<Regel>,
}

/// The differences within one part of the form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OnderdeelVerschil {
    /// The part.
    pub onderdeel: Onderdeel,
    /// Fields that belong to no measure.
    pub regels: Vec<Regel>,
    /// Per measure, in order.
    pub maatregelen: Vec<MaatregelVerschil>,
}

impl OnderdeelVerschil {
    /// Every field of this part that differs.
    pub fn velden(&self) -> impl Iterator<Item = &Veld> {
        self.regels.iter().chain(self.maatregelen.iter().flat_map(|m| &m.regels)).map(|r| &r.veld)
    }
}

/// The heading of a part in the compare view.
pub fn titel(o: Onderdeel) -> &'static str {
    match o {
        Onderdeel::Rekenen => "Rekenen",
        Onderdeel::A => "A. Analyse van de oorzaken",
        Onderdeel::B => "B. Maatregelen",
        Onderdeel::C => "C. Beoogd effect en bronnen",
        Onderdeel::D => "D. Ondertekening college",
        Onderdeel::Raad => "2. Instemming gemeenteraad",
        Onderdeel::Inzicht => "Inzicht (verloop, effect, ambitie)",
    }
}

/// The parts in form order.
pub const ONDERDELEN: [Onderdeel; 7] =
    [Onderdeel::Rekenen, Onderdeel::A, Onderdeel::B, Onderdeel::C, Onderdeel::D, Onderdeel::Raad, Onderdeel::Inzicht];

fn maatregel_id(v: &Veld) -> Option<&str> {
    match v {
        Veld::Maatregel { id, .. } | Veld::EffectJaar { id, .. } => Some(id),
        _ => None,
    }
}

/// The differences between `huidig` and `ander`, per part (only parts with differences), each
/// with its measures grouped by id.
pub fn vergelijk(huidig: &Aanvraag, ander: &Aanvraag) -> Vec<OnderdeelVerschil> {
    let alle = veld::verschillen(huidig, ander);
    let mut uit = Vec::new();
    for o in ONDERDELEN {
        let mut deel = OnderdeelVerschil { onderdeel: o, regels: Vec::new(), maatregelen: Vec::new() };
        for Verschil { veld, .. } in alle.iter().filter(|d| d.veld.onderdeel() == o) {
            let regel = Regel { veld: veld.clone(), label: veld.label(), huidig: veld.weergave(huidig), ander: veld.weergave(ander) };
            let Some(id) = maatregel_id(veld) else {
                // Loose fields stand alone: "Lasten (A) over 2019", "Brondocument 2: Titel".
                let bron = if veld.lees(huidig).is_some() { huidig } else { ander };
                deel.regels.push(Regel { label: veld.naam(bron), ..regel });
                continue;
            };
            if let Some(m) = deel.maatregelen.iter_mut().find(|m| m.id == id) {
                m.regels.push(regel);
                continue;
            }
            let hier = huidig.maatregelen.iter().find(|m| m.id == id);
            let daar = ander.maatregelen.iter().find(|m| m.id == id);
            let status = match (hier, daar) {
                (Some(_), None) => MaatregelStatus::Verwijderd,
                (None, Some(_)) => MaatregelStatus::Toegevoegd,
                _ => MaatregelStatus::Gewijzigd,
            };
            let naam = [daar, hier]
                .into_iter()
                .flatten()
                .map(|m| m.naam.trim())
                .find(|n| !n.is_empty())
                .map_or_else(|| format!("Maatregel {id}"), str::to_string);
            deel.maatregelen.push(MaatregelVerschil { id: id.to_string(), naam, status, regels: vec![regel] });
        }
        if !deel.regels.is_empty() || !deel.maatregelen.is_empty() {
            uit.push(deel);
        }
    }
    uit
}

/// Every differing field: "take over everything".
pub fn alle_velden(delen: &[OnderdeelVerschil]) -> BTreeSet<Veld> {
    delen.iter().flat_map(OnderdeelVerschil::velden).cloned().collect()
}

/// When `ander` is of another gemeente or another tekortjaar than `huidig`: a sentence that
/// says so ("Dit bestand is van gemeente Zevenaar, tekortjaar 2019; uw concept is van gemeente
/// Arnhem, tekortjaar 2020."). Gemeenten are compared without case and outer spaces.
///
/// ```
/// use vangnet::{model::Aanvraag, samenvoegen::andere_herkomst};
/// let mut a = Aanvraag::nieuw("a", 2020);
/// a.gemeente = "Arnhem".into();
/// let mut b = a.clone();
/// assert_eq!(andere_herkomst(&a, &b), None);
/// b.gemeente = " arnhem ".into();
/// assert_eq!(andere_herkomst(&a, &b), None);
/// b.gemeente = "Zevenaar".into();
/// b.financien.tekortjaar = 2019;
/// assert_eq!(andere_herkomst(&a, &b).unwrap(),
///     "Dit bestand is van gemeente Zevenaar, tekortjaar 2019; uw concept is van gemeente Arnhem, tekortjaar 2020.");
/// ```
pub fn andere_herkomst(huidig: &Aanvraag, ander: &Aanvraag) -> Option<String> {
    let zelfde_gemeente = huidig.gemeente.trim().to_lowercase() == ander.gemeente.trim().to_lowercase();
    if zelfde_gemeente && huidig.tekortjaar() == ander.tekortjaar() {
        return None;
    }
    let herkomst = |a: &Aanvraag| {
        let g = a.gemeente.trim();
        let g = if g.is_empty() { "(geen gemeente ingevuld)".to_string() } else { format!("gemeente {g}") };
        format!("{g}, tekortjaar {}", a.tekortjaar())
    };
    Some(format!("Dit bestand is van {}; uw concept is van {}.", herkomst(ander), herkomst(huidig)))
}

/// `huidig` with the fields in `keuze` taken over from `ander` (see the module doc for
/// measures and rows). Fields in `keuze` that do not differ change nothing; nothing outside
/// `keuze` changes, except that a measure or row comes or goes whole.
pub fn neem_over(huidig: &Aanvraag, ander: &Aanvraag, keuze: &BTreeSet<Veld>) -> Aanvraag {
    let mut a = huidig.clone();
    // The year decides which years and bands exist: first. A replaced band list reads as a
    // change against the year's own bands, so it comes along with the year.
    if keuze.contains(&Veld::Tekortjaar) {
        zet_van(&mut a, ander, &Veld::Tekortjaar);
        let (banden, uitgebreid) = ander.regelaanpassing.as_ref().map_or((None, None), |r| (r.banden.clone(), r.uitgebreid_banden.clone()));
        if let Some(r) = a.regelaanpassing.as_mut() {
            (r.banden, r.uitgebreid_banden) = (banden, uitgebreid);
        } else if banden.is_some() || uitgebreid.is_some() {
            a.regelaanpassing = Some(crate::rules::RegelAanpassing { banden, uitgebreid_banden: uitgebreid, ..Default::default() });
        }
    }
    neem_maatregelen_over(&mut a, ander, keuze);
    neem_rijen_over(&mut a, ander, keuze);
    for v in keuze.iter().filter(|v| **v != Veld::Tekortjaar) {
        zet_van(&mut a, ander, v);
    }
    a
}

/// Writes `ander`'s value of `v` into `a`, where both have the field.
fn zet_van(a: &mut Aanvraag, ander: &Aanvraag, v: &Veld) {
    if let (Some(w), Some(_)) = (v.lees(ander), v.lees(a)) {
        if v.soort() != veld::VeldSoort::Groep {
            // A value the field refuses (out of bounds) stays as it was: the other side came
            // through the import's bounds, so this does not happen for a read file.
            let _ = v.zet(a, w);
        }
    }
}

/// Adds the chosen measures only `ander` has (after the measure before it in `ander`'s order)
/// and removes the chosen ones it lacks.
fn neem_maatregelen_over(a: &mut Aanvraag, ander: &Aanvraag, keuze: &BTreeSet<Veld>) {
    let ids: BTreeSet<&str> = keuze.iter().filter_map(maatregel_id).collect();
    a.maatregelen.retain(|m| !ids.contains(m.id.as_str()) || ander.maatregelen.iter().any(|n| n.id == m.id));
    let mut vorige: Option<&str> = None;
    for m in &ander.maatregelen {
        if ids.contains(m.id.as_str()) && !a.maatregelen.iter().any(|n| n.id == m.id) {
            let plek = vorige.and_then(|v| a.maatregelen.iter().position(|n| n.id == v)).map_or(0, |p| p.saturating_add(1));
            a.maatregelen.insert(plek.min(a.maatregelen.len()), m.clone());
        }
        if a.maatregelen.iter().any(|n| n.id == m.id) {
            vorige = Some(&m.id);
        }
    }
}

/// Rows known by position: copy the chosen ones only `ander` has (with the rows before them),
/// drop the chosen ones only `a` has (they lie after `ander`'s last row, so no row moves).
fn neem_rijen_over(a: &mut Aanvraag, ander: &Aanvraag, keuze: &BTreeSet<Veld>) {
    fn rijen<T: Clone>(hier: &mut Vec<T>, daar: &[T], gekozen: &BTreeSet<usize>) {
        let Some(&hoogste) = gekozen.iter().next_back() else { return };
        if hoogste >= hier.len() {
            if let Some(extra) = daar.get(hier.len()..=hoogste) {
                hier.extend_from_slice(extra);
            }
        }
        for &i in gekozen.iter().rev() {
            if i >= daar.len() && i < hier.len() {
                hier.remove(i);
            }
        }
    }
    let kies = |f: &dyn Fn(&Veld) -> Option<usize>| keuze.iter().filter_map(f).collect::<BTreeSet<usize>>();
    let voorgangers = kies(&|v| match v {
        Veld::VoorgangerNaam(i) | Veld::VoorgangerCijfer { i, .. } => Some(*i),
        _ => None,
    });
    rijen(&mut a.financien.voorgangers, &ander.financien.voorgangers, &voorgangers);
    let bronnen = kies(&|v| match v {
        Veld::Bron { i, .. } => Some(*i),
        _ => None,
    });
    rijen(&mut a.bronnen, &ander.bronnen, &bronnen);
    let historie = kies(&|v| match v {
        Veld::Historie { i, .. } => Some(*i),
        _ => None,
    });
    rijen(&mut a.historie, &ander.historie, &historie);
}

/// For two long texts, only the paragraphs where they differ: the paragraphs (lines) both start
/// and end with are left out and marked "[…]", so a changed sentence in a page of text shows.
/// Texts that have nothing in common come back whole.
///
/// ```
/// use vangnet::samenvoegen::uittreksel;
/// let a = "Eén.\nTwee.\nDrie.\nVier.";
/// let b = "Eén.\nTwee, anders.\nDrie.\nVier.";
/// assert_eq!(uittreksel(a, b), ("[…]\nTwee.\n[…]".to_string(), "[…]\nTwee, anders.\n[…]".to_string()));
/// assert_eq!(uittreksel("x", "y"), ("x".to_string(), "y".to_string()));
/// assert_eq!(uittreksel("Kop\nx", "Kop\nx\nNieuw"), ("[…]".to_string(), "[…]\nNieuw".to_string()));
/// ```
pub fn uittreksel(huidig: &str, ander: &str) -> (String, String) {
    let a: Vec<&str> = huidig.split('\n').collect();
    let b: Vec<&str> = ander.split('\n').collect();
    let voor = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let ruimte = a.len().min(b.len()).saturating_sub(voor);
    let na = a.iter().rev().zip(b.iter().rev()).take(ruimte).take_while(|(x, y)| x == y).count();
    let deel = |l: &[&str]| {
        let midden = l.get(voor..l.len().saturating_sub(na)).unwrap_or_default();
        let mut s: Vec<&str> = Vec::new();
        if voor > 0 {
            s.push("[…]");
        }
        s.extend(midden.iter().copied());
        if na > 0 {
            s.push("[…]");
        }
        s.join("\n")
    };
    (deel(&a), deel(&b))
}
