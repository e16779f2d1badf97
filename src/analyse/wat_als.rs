//! What if the lasten of the tekortjaar had been lower?
//!
//! [`grenzen`] says, for each entry test that depends on the tekortjaar's lasten, by how much
//! the lasten would have to be lower for the test to no longer pass (the strict "meer dan":
//! at exactly that reduction the tekort is ON the threshold, which is not enough), and for each
//! band edge by how much they would have to be lower to drop to that edge. [`na_verlaging`]
//! gives the whole outcome after a chosen reduction.
//!
//! Everything goes through [`crate::rules::bereken`] on a copy of the figures with lower
//! lasten: the rules are never re-implemented here. The engine's margin gives the first guess;
//! the engine is then run again to confirm (and to correct the guess if ever needed).
//!
//! ```
//! use rust_decimal::Decimal;
//! use vangnet::analyse::wat_als::{grenzen, na_verlaging};
//! use vangnet::model::Aanvraag;
//! use vangnet::rules::{JaarCijfers, Toegang};
//! let m = |n: i64| Decimal::from(n) * Decimal::from(1_000_000);
//! let jaar = |j, lasten, budget| JaarCijfers::volledig(j, lasten, Decimal::ZERO, Decimal::ZERO, budget);
//! let mut a = Aanvraag::nieuw("x", 2019);
//! a.financien.jaren = vec![jaar(2017, m(110), m(100)), jaar(2018, m(110), m(100)), jaar(2019, m(115), m(100))];
//! let w = grenzen(&a).unwrap();
//! let enkel = w.toetsen.iter().find(|g| g.id == "enkel").unwrap();
//! // Tekort 15 mln, threshold 7,5 mln: 7,5 mln lower and the test no longer passes.
//! assert_eq!(enkel.verlaging, Some(m(15) / Decimal::from(2)));
//! assert!(enkel.bevestigd);
//! let s = na_verlaging(&a, m(1)).unwrap();
//! assert_eq!(s.vergoeding_voor, Some(m(5)));
//! assert_eq!(s.vergoeding_na, Some(m(4)));
//! assert_eq!(s.uitkomst.toegang, Toegang::Ja);
//! ```

use super::AnalyseFout;
use crate::model::Aanvraag;
use crate::nl::{format_money, format_percent};
use crate::rules::{self, SpoorSoort, Status, Toegang, Uitkomst};
use rust_decimal::Decimal;

/// The entry tests whose margin moves one-for-one with the tekortjaar's lasten.
const TOETSEN: [&str; 4] = ["enkel", "cumulatief", "per_inwoner", "uitgebreid_enkel"];

/// How far an entry test is from no longer passing.
#[derive(Clone, Debug, PartialEq)]
pub struct ToetsGrens {
    /// The test's id in the rules (`enkel`, `cumulatief`, `per_inwoner`, `uitgebreid_enkel`).
    pub id: String,
    /// The test's Dutch name, from the rules.
    pub naam: String,
    /// The track it belongs to.
    pub spoor: SpoorSoort,
    /// Its result now.
    pub status: Status,
    /// Left side minus right side now, in euros (from the rules).
    pub marge: Option<Decimal>,
    /// By how much the lasten must be lower for the test to no longer pass: `Some(0)` when it
    /// already does not pass, `None` while unknown.
    pub verlaging: Option<Decimal>,
    /// True when the rules, run again, confirm: with this reduction the test fails, with one
    /// euro less it still passes.
    pub bevestigd: bool,
}

/// How far the tekort is above a band edge.
#[derive(Clone, Debug, PartialEq)]
pub struct BandGrens {
    /// The track.
    pub spoor: SpoorSoort,
    /// The band edge (fraction of the budget), e.g. 0.125.
    pub vanaf: Decimal,
    /// Dutch description, e.g. "Tekort tot 12,5% van het budget".
    pub naam: String,
    /// By how much the lasten must be lower for the tekort to drop to (not above) this edge;
    /// `Some(0)` when it already is at or below it.
    pub verlaging: Decimal,
    /// True when the rules, run again, confirm: with this reduction the tekort is at most the
    /// edge, with one euro less it is above it.
    pub bevestigd: bool,
}

/// All thresholds for the tekortjaar.
#[derive(Clone, Debug, PartialEq)]
pub struct WatAls {
    /// The tekortjaar.
    pub tekortjaar: i32,
    /// The lasten of the tekortjaar now.
    pub lasten: Decimal,
    /// The grant now (see [`Uitkomst::vergoeding`]).
    pub vergoeding: Option<Decimal>,
    /// The entry tests that depend on these lasten.
    pub toetsen: Vec<ToetsGrens>,
    /// The band edges of each track, per the rules of the tekortjaar (only when the tekort and
    /// budget are known).
    pub banden: Vec<BandGrens>,
}

/// The outcome after a chosen reduction.
#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    /// The reduction of the lasten.
    pub verlaging: Decimal,
    /// The lasten after it.
    pub lasten_na: Decimal,
    /// Access now.
    pub toegang_voor: Toegang,
    /// Access after.
    pub toegang_na: Toegang,
    /// The grant now.
    pub vergoeding_voor: Option<Decimal>,
    /// The grant after.
    pub vergoeding_na: Option<Decimal>,
    /// The rules' whole outcome after the reduction.
    pub uitkomst: Uitkomst,
}

/// The lasten of the tekortjaar as entered by the gemeente itself.
fn lasten(aanvraag: &Aanvraag, uitkomst: &Uitkomst) -> Result<Decimal, AnalyseFout> {
    let t = aanvraag.tekortjaar();
    let eigen = aanvraag.financien.jaren.iter().find(|j| j.jaar == t).and_then(|j| j.lasten);
    match eigen {
        Some(l) => Ok(l),
        None if uitkomst.jaren.iter().any(|j| j.jaar == t && j.uit_voorgangers) => Err(AnalyseFout::Ontbreekt(format!(
            "De cijfers over {t} komen uit de voorgangers. Vul de lasten over {t} van de gemeente zelf in om te zien wat lagere lasten doen."
        ))),
        None => Err(AnalyseFout::Ontbreekt(format!("Vul de lasten over {t} in om te zien wat lagere lasten doen."))),
    }
}

/// The rules' outcome with the tekortjaar's lasten `verlaging` lower.
fn met_verlaging(aanvraag: &Aanvraag, verlaging: Decimal) -> Result<Uitkomst, AnalyseFout> {
    let t = aanvraag.tekortjaar();
    let mut invoer = aanvraag.financien.clone();
    // The rules read the first row of the year; change that one.
    match invoer.jaren.iter_mut().find(|j| j.jaar == t) {
        Some(j) if j.lasten.is_some() => {
            let l = j.lasten.unwrap_or_default();
            j.lasten = Some(l.checked_sub(verlaging).ok_or_else(te_groot)?);
        }
        _ => return Err(AnalyseFout::Ontbreekt(format!("Vul de lasten over {t} in om te zien wat lagere lasten doen."))),
    }
    Ok(rules::bereken(&invoer, aanvraag.regelaanpassing.as_ref().filter(|r| r.is_actief()), None)?)
}

fn te_groot() -> AnalyseFout {
    AnalyseFout::Ongeldig("Dit bedrag is te groot om mee te rekenen.".into())
}

fn toets<'a>(u: &'a Uitkomst, spoor: SpoorSoort, id: &str) -> Option<&'a rules::Toets> {
    u.sporen.iter().find(|s| s.soort == spoor)?.toetsen.iter().find(|t| t.id == id)
}

/// The reduction at which test `id` of `spoor` no longer passes, starting from margin `marge`,
/// confirmed by the rules. Returns the reduction and whether it is confirmed.
fn zoek_toets(aanvraag: &Aanvraag, spoor: SpoorSoort, id: &str, marge: Decimal) -> (Decimal, bool) {
    let mut x = marge;
    // The margin moves one-for-one with the lasten, so the first guess is exact; a few more
    // rounds only guard against a future rule where it does not.
    for _ in 0..4 {
        let Ok(u) = met_verlaging(aanvraag, x) else { return (x, false) };
        match toets(&u, spoor, id).map(|t| (&t.status, t.marge)) {
            Some((Status::NietVoldaan, _)) => {
                let eerder = x.checked_sub(Decimal::ONE).and_then(|e| met_verlaging(aanvraag, e).ok());
                let nog_voldaan = eerder.as_ref().and_then(|u| toets(u, spoor, id)).map(|t| t.status == Status::Voldaan);
                return (x, nog_voldaan == Some(true));
            }
            Some((Status::Voldaan, Some(m))) if m > Decimal::ZERO => match x.checked_add(m) {
                Some(n) => x = n,
                None => return (x, false),
            },
            _ => return (x, false),
        }
    }
    (x, false)
}

/// By how much the tekortjaar's lasten must be lower to drop to each threshold.
///
/// # Errors
/// When the rules cannot be applied ([`AnalyseFout::Regels`]) or the lasten of the
/// tekortjaar are not entered ([`AnalyseFout::Ontbreekt`]).
pub fn grenzen(aanvraag: &Aanvraag) -> Result<WatAls, AnalyseFout> {
    let u = aanvraag.uitkomst(None)?;
    let lasten = lasten(aanvraag, &u)?;
    let mut toetsen = Vec::new();
    for spoor in &u.sporen {
        for t in spoor.toetsen.iter().filter(|t| TOETSEN.contains(&t.id.as_str())) {
            let (verlaging, bevestigd) = match (&t.status, t.marge) {
                (Status::Voldaan, Some(m)) => {
                    let (x, ok) = zoek_toets(aanvraag, spoor.soort, &t.id, m);
                    (Some(x), ok)
                }
                (Status::NietVoldaan, _) => (Some(Decimal::ZERO), true),
                _ => (None, false),
            };
            toetsen.push(ToetsGrens {
                id: t.id.clone(),
                naam: t.naam.clone(),
                spoor: spoor.soort,
                status: t.status.clone(),
                marge: t.marge,
                verlaging,
                bevestigd,
            });
        }
    }
    let mut banden = Vec::new();
    let huidig = u.jaren.iter().find(|j| j.jaar == u.tekortjaar);
    if let Some((Some(tekort), Some(budget))) = huidig.map(|j| (j.tekort, j.budget)) {
        for spoor in &u.sporen {
            // The band edges of the rules as applied (with the user's replacements), not those
            // of the split: in 2016 the split may move its first edge to € 30 per inwoner.
            let edges: Vec<Decimal> = match spoor.soort {
                SpoorSoort::Regulier => u.regels.banden.waarde.iter().map(|b| b.vanaf).collect(),
                SpoorSoort::Uitgebreid => {
                    u.regels.uitgebreid_vangnet.iter().flat_map(|uv| uv.banden.waarde.iter().map(|b| b.vanaf)).collect()
                }
            };
            for vanaf in edges {
                let Some(grens) = vanaf.checked_mul(budget) else { continue };
                let Some(verlaging) = tekort.checked_sub(grens).map(|v| v.max(Decimal::ZERO)) else { continue };
                // Confirmed by the rules: with this reduction the tekort they compute is at most
                // the edge, with one euro less it is above it.
                let tekort_na = |x: Decimal| met_verlaging(aanvraag, x).ok().and_then(|na| tekort_van(&na));
                let bevestigd = matches!(tekort_na(verlaging), Some(tk) if tk <= grens)
                    && (verlaging.is_zero() || matches!(verlaging.checked_sub(Decimal::ONE).and_then(tekort_na), Some(tk) if tk > grens));
                banden.push(BandGrens {
                    spoor: spoor.soort,
                    vanaf,
                    naam: format!("Tekort tot {} van het budget ({})", format_percent(vanaf, 1), format_money(grens)),
                    verlaging,
                    bevestigd,
                });
            }
        }
    }
    Ok(WatAls { tekortjaar: u.tekortjaar, lasten, vergoeding: u.vergoeding, toetsen, banden })
}

/// The tekort of the tekortjaar as the rules compute it.
fn tekort_van(u: &Uitkomst) -> Option<Decimal> {
    u.jaren.iter().find(|j| j.jaar == u.tekortjaar)?.tekort
}

/// The outcome when the tekortjaar's lasten are `verlaging` lower.
///
/// # Errors
/// A negative reduction or one above the lasten ([`AnalyseFout::Ongeldig`]); missing lasten
/// ([`AnalyseFout::Ontbreekt`]); rules that cannot be applied ([`AnalyseFout::Regels`]).
pub fn na_verlaging(aanvraag: &Aanvraag, verlaging: Decimal) -> Result<Scenario, AnalyseFout> {
    let voor = aanvraag.uitkomst(None)?;
    let lasten = lasten(aanvraag, &voor)?;
    if verlaging < Decimal::ZERO {
        return Err(AnalyseFout::Ongeldig("De verlaging kan niet negatief zijn.".into()));
    }
    if verlaging > lasten {
        return Err(AnalyseFout::Ongeldig(format!(
            "De verlaging ({}) is groter dan de lasten over {} ({}).",
            format_money(verlaging),
            aanvraag.tekortjaar(),
            format_money(lasten)
        )));
    }
    let na = met_verlaging(aanvraag, verlaging)?;
    Ok(Scenario {
        verlaging,
        // 0 ≤ verlaging ≤ lasten (checked above): cannot fail.
        lasten_na: lasten.checked_sub(verlaging).ok_or_else(te_groot)?,
        toegang_voor: voor.toegang.clone(),
        toegang_na: na.toegang.clone(),
        vergoeding_voor: voor.vergoeding,
        vergoeding_na: na.vergoeding,
        uitkomst: na,
    })
}
