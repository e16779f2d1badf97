//! A multi-year ambition for the number of uitkeringen against the national trend, as AEF
//! worked it out for Arnhem (report "Haalbaarheid ambitie", Bijlage B, "Rekenvoorbeeld").
//!
//! The ambition through year `k` (the `k`-th year of the period, set in that year) has two
//! parts, both negative for a decrease:
//!
//! ```text
//! deel 1 = −extra × k / n                      the extra decrease, spread evenly over n years
//! deel 2 = (Π (1 + trend_j) − 1) × startaantal  the national trend compounded, j = start … k
//!          trend_j = the established (realised) trend for the years before k,
//!                    the forecast made in year k for year k itself
//! totaal = deel 1 + deel 2
//! ```
//!
//! The realised effect through `k` is the number after year `k` minus the starting number; the
//! difference is `totaal − realisatie` (positive: more decrease than the ambition asked). Once
//! the national trend of every year is established, the ambition known afterwards
//! ([`AmbitieTabel::achteraf`]) uses only established trends.
//!
//! All computations are exact; the report shows every figure rounded to whole people,
//! each from its exact value (see [`Afgerond`]).
//!
//! The report's example: 7.700 uitkeringen at the start of 2018, 500 extra over four years.
//!
//! ```
//! use rust_decimal::Decimal;
//! use vangnet::analyse::ambitie::tabel;
//! use vangnet::model::{Ambitie, AmbitieJaar};
//! let d = |s: &str| Some(s.parse::<Decimal>().unwrap());
//! let jaar = |jaar, p, r, aantal| AmbitieJaar { jaar, trend_prognose: d(p), trend_realisatie: d(r), aantal: d(aantal) };
//! let a = Ambitie {
//!     startjaar: Some(2018),
//!     startaantal: d("7700"),
//!     extra_daling: d("500"),
//!     aantal_jaren: Some(4),
//!     jaren: vec![
//!         jaar(2018, "-0.024", "-0.028", "7350"),
//!         jaar(2019, "-0.020", "-0.015", "7150"),
//!         jaar(2020, "0.008", "0.003", "7070"),
//!         jaar(2021, "0.025", "0.027", "6970"),
//!     ],
//! };
//! let t = tabel(&a).unwrap();
//! let deel2: Vec<_> = t.rijen.iter().map(|r| r.afgerond.deel2.unwrap()).collect();
//! assert_eq!(deel2[1..], [Decimal::from(-365), Decimal::from(-269), Decimal::from(-121)]);
//! let achteraf = t.achteraf.unwrap();
//! assert_eq!(achteraf.afgerond.totaal, Some(Decimal::from(-606)));
//! assert_eq!(achteraf.afgerond.verschil, Some(Decimal::from(124)));
//! ```

use super::{binnen, heel, AnalyseFout, MAX_AANTAL};
use crate::model::{Ambitie, AmbitieJaar};
use crate::nl::format_percent;
use rust_decimal::Decimal;

/// The longest period accepted.
pub const MAX_JAREN: u32 = 50;
/// The earliest start year accepted.
pub const EERSTE_STARTJAAR: i32 = 1990;
/// The latest start year accepted.
pub const LAATSTE_STARTJAAR: i32 = 2100;

/// The figures of a row rounded to whole people, each from its exact value (as a spreadsheet
/// shows them; the rounded parts need not add up to the rounded total).
#[derive(Clone, Debug, PartialEq)]
pub struct Afgerond {
    /// Part 1.
    pub deel1: Decimal,
    /// Part 2.
    pub deel2: Option<Decimal>,
    /// Total ambition.
    pub totaal: Option<Decimal>,
    /// Realised effect.
    pub realisatie: Option<Decimal>,
    /// Difference.
    pub verschil: Option<Decimal>,
}

/// The ambition through one year, as set in that year, with what was realised.
#[derive(Clone, Debug, PartialEq)]
pub struct AmbitieRij {
    /// The year.
    pub jaar: i32,
    /// Part 1 through this year: −extra × k / n.
    pub deel1: Decimal,
    /// Part 2 through this year: the national trend compounded, × the starting number.
    pub deel2: Option<Decimal>,
    /// Part 1 + part 2.
    pub totaal: Option<Decimal>,
    /// The realised number after this year.
    pub stand: Option<Decimal>,
    /// The realised change since the start (stand − startaantal; negative = decrease).
    pub realisatie: Option<Decimal>,
    /// The realised change in this year alone.
    pub realisatie_jaar: Option<Decimal>,
    /// Total ambition − realised change: positive = more decrease than the ambition asked.
    pub verschil: Option<Decimal>,
    /// The same figures rounded to whole people.
    pub afgerond: Afgerond,
    /// Why this row is provisional (Dutch), e.g. a forecast used for want of the established
    /// trend.
    pub voorlopig: Vec<String>,
}

/// The ambition over the whole period, computed afterwards with the established trends only.
#[derive(Clone, Debug, PartialEq)]
pub struct Achteraf {
    /// −extra.
    pub deel1: Decimal,
    /// The established national trend over the whole period, × the starting number.
    pub deel2: Decimal,
    /// Part 1 + part 2.
    pub totaal: Decimal,
    /// The realised change over the whole period, when the last number is known.
    pub realisatie: Option<Decimal>,
    /// Total − realised: positive = more decrease than the ambition asked.
    pub verschil: Option<Decimal>,
    /// Rounded to whole people.
    pub afgerond: Afgerond,
}

/// The AEF table.
#[derive(Clone, Debug, PartialEq)]
pub struct AmbitieTabel {
    /// First year.
    pub startjaar: i32,
    /// Number at the start.
    pub startaantal: Decimal,
    /// Extra decrease over the whole period.
    pub extra_daling: Decimal,
    /// Number of years.
    pub aantal_jaren: u32,
    /// One row per year of the period.
    pub rijen: Vec<AmbitieRij>,
    /// The ambition known afterwards; `None` until every year's trend is established.
    pub achteraf: Option<Achteraf>,
    /// Remarks (Dutch).
    pub meldingen: Vec<String>,
}

fn te_groot() -> AnalyseFout {
    AnalyseFout::Ongeldig("De getallen van de ambitie zijn te groot om mee te rekenen.".into())
}

/// A trend must lie strictly between −100% and +100%.
fn trend(w: Option<Decimal>, jaar: i32, soort: &str, meldingen: &mut Vec<String>) -> Option<Decimal> {
    let w = w?;
    if w <= -Decimal::ONE || w >= Decimal::ONE {
        meldingen.push(format!(
            "De {soort} landelijke trend over {jaar} ({}) ligt niet tussen -100% en 100% en telt niet mee.",
            format_percent(w, 1)
        ));
        return None;
    }
    Some(w)
}

/// The AEF table for an ambition.
///
/// # Errors
/// [`AnalyseFout::Ontbreekt`] when the start year, starting number, extra decrease or number
/// of years is missing; [`AnalyseFout::Ongeldig`] when one of them cannot be used.
pub fn tabel(a: &Ambitie) -> Result<AmbitieTabel, AnalyseFout> {
    let mut ontbreekt = Vec::new();
    if a.startjaar.is_none() {
        ontbreekt.push("het startjaar");
    }
    if a.startaantal.is_none() {
        ontbreekt.push("het aantal uitkeringen bij de start");
    }
    if a.extra_daling.is_none() {
        ontbreekt.push("de extra daling (0 als alleen de landelijke trend geldt)");
    }
    if a.aantal_jaren.is_none() {
        ontbreekt.push("het aantal jaren");
    }
    let (Some(startjaar), Some(startaantal), Some(extra), Some(n)) = (a.startjaar, a.startaantal, a.extra_daling, a.aantal_jaren) else {
        return Err(AnalyseFout::Ontbreekt(format!("Vul voor de ambitie in: {}.", ontbreekt.join(", "))));
    };
    if !(EERSTE_STARTJAAR..=LAATSTE_STARTJAAR).contains(&startjaar) {
        return Err(AnalyseFout::Ongeldig(format!(
            "Het startjaar van de ambitie moet tussen {EERSTE_STARTJAAR} en {LAATSTE_STARTJAAR} liggen."
        )));
    }
    if startaantal <= Decimal::ZERO || !binnen(startaantal, MAX_AANTAL) {
        return Err(AnalyseFout::Ongeldig("Het aantal uitkeringen bij de start moet groter dan nul zijn (en aannemelijk).".into()));
    }
    if !binnen(extra, MAX_AANTAL) {
        return Err(AnalyseFout::Ongeldig("De extra daling is te groot om mee te rekenen.".into()));
    }
    if n == 0 || n > MAX_JAREN {
        return Err(AnalyseFout::Ongeldig(format!("Het aantal jaren van de ambitie moet tussen 1 en {MAX_JAREN} liggen.")));
    }
    let laatste = i32::try_from(n).ok().and_then(|n| startjaar.checked_add(n)).and_then(|j| j.checked_sub(1)).ok_or_else(te_groot)?;

    let mut meldingen = Vec::new();
    let mut per_jaar: Vec<&AmbitieJaar> = Vec::new();
    for j in &a.jaren {
        if !(startjaar..=laatste).contains(&j.jaar) {
            meldingen.push(format!("Het jaar {} valt buiten de periode van de ambitie ({startjaar}–{laatste}) en telt niet mee.", j.jaar));
        } else if per_jaar.iter().any(|p| p.jaar == j.jaar) {
            meldingen.push(format!("Het jaar {} staat meer dan eens bij de ambitie; de eerste regel is gebruikt.", j.jaar));
        } else {
            per_jaar.push(j);
        }
    }
    // Per year of the period: (year, forecast, established trend, number after the year).
    type Gegevens = (i32, Option<Decimal>, Option<Decimal>, Option<Decimal>);
    let mut gegevens: Vec<Gegevens> = Vec::new();
    for jaar in startjaar..=laatste {
        let j = per_jaar.iter().find(|p| p.jaar == jaar);
        let p = trend(j.and_then(|j| j.trend_prognose), jaar, "voorspelde", &mut meldingen);
        let r = trend(j.and_then(|j| j.trend_realisatie), jaar, "vastgestelde", &mut meldingen);
        let aantal = j.and_then(|j| j.aantal).filter(|x| {
            let ok = *x >= Decimal::ZERO && binnen(*x, MAX_AANTAL);
            if !ok {
                meldingen.push(format!("Het aantal uitkeringen na {jaar} is niet aannemelijk en telt niet mee."));
            }
            ok
        });
        gegevens.push((jaar, p, r, aantal));
    }

    let n_dec = Decimal::from(n);
    let mut rijen = Vec::new();
    // Π (1 + established trend) over the years before the current one; None once unknown.
    let mut factor_vooraf: Option<Decimal> = Some(Decimal::ONE);
    let mut voorlopig_vooraf: Vec<String> = Vec::new();
    let mut vorige_stand = Some(startaantal);
    // `k`: the how-manieth year of the period this is (1 for the start year).
    for (&(jaar, prognose, realisatie_trend, stand), k) in gegevens.iter().zip(1u32..) {
        let deel1 = -extra.checked_mul(Decimal::from(k)).and_then(|x| x.checked_div(n_dec)).ok_or_else(te_groot)?;
        let mut voorlopig = voorlopig_vooraf.clone();
        let dit_jaar = match (prognose, realisatie_trend) {
            (Some(p), _) => Some(p),
            (None, Some(r)) => {
                voorlopig.push(format!(
                    "Voor {jaar} is geen voorspelde landelijke trend ingevuld; de vastgestelde trend ({}) is gebruikt.",
                    format_percent(r, 1)
                ));
                Some(r)
            }
            (None, None) => None,
        };
        let factor = factor_vooraf.zip(dit_jaar).and_then(|(f, t)| f.checked_mul(Decimal::ONE.checked_add(t)?));
        let deel2 = match factor {
            Some(f) => Some(f.checked_sub(Decimal::ONE).and_then(|f| f.checked_mul(startaantal)).ok_or_else(te_groot)?),
            None => None,
        };
        if deel2.is_none() {
            voorlopig.push(format!("Deel 2 t/m {jaar} is nog niet te berekenen: vul de landelijke trend in."));
        }
        // Both bounded at input (MAX_AANTAL), so none of these overflows; checked all the same.
        let totaal = deel2.map(|d| deel1.checked_add(d).ok_or_else(te_groot)).transpose()?;
        let realisatie = stand.map(|s| s.checked_sub(startaantal).ok_or_else(te_groot)).transpose()?;
        let realisatie_jaar = stand.zip(vorige_stand).map(|(s, v)| s.checked_sub(v).ok_or_else(te_groot)).transpose()?;
        let verschil = totaal.zip(realisatie).map(|(t, r)| t.checked_sub(r).ok_or_else(te_groot)).transpose()?;
        rijen.push(AmbitieRij {
            jaar,
            deel1,
            deel2,
            totaal,
            stand,
            realisatie,
            realisatie_jaar,
            verschil,
            afgerond: Afgerond {
                deel1: heel(deel1),
                deel2: deel2.map(heel),
                totaal: totaal.map(heel),
                realisatie: realisatie.map(heel),
                verschil: verschil.map(heel),
            },
            voorlopig,
        });
        vorige_stand = stand;
        // For the next years, this year counts with its established trend.
        let vastgesteld = match (realisatie_trend, prognose) {
            (Some(r), _) => Some(r),
            (None, Some(p)) => {
                voorlopig_vooraf.push(format!(
                    "De landelijke trend over {jaar} is nog niet vastgesteld; de voorspelling ({}) is gebruikt.",
                    format_percent(p, 1)
                ));
                Some(p)
            }
            (None, None) => None,
        };
        factor_vooraf = factor_vooraf.zip(vastgesteld).and_then(|(f, t)| f.checked_mul(Decimal::ONE.checked_add(t)?));
    }

    let ontbrekend: Vec<String> = gegevens.iter().filter(|g| g.2.is_none()).map(|g| g.0.to_string()).collect();
    let achteraf = if ontbrekend.is_empty() {
        let factor = gegevens
            .iter()
            .try_fold(Decimal::ONE, |f, g| f.checked_mul(Decimal::ONE.checked_add(g.2.unwrap_or_default())?))
            .ok_or_else(te_groot)?;
        let deel1 = -extra;
        let deel2 = factor.checked_sub(Decimal::ONE).and_then(|f| f.checked_mul(startaantal)).ok_or_else(te_groot)?;
        let totaal = deel1.checked_add(deel2).ok_or_else(te_groot)?;
        let realisatie = rijen.last().and_then(|r| r.realisatie);
        let verschil = realisatie.map(|r| totaal.checked_sub(r).ok_or_else(te_groot)).transpose()?;
        Some(Achteraf {
            deel1,
            deel2,
            totaal,
            realisatie,
            verschil,
            afgerond: Afgerond {
                deel1: heel(deel1),
                deel2: Some(heel(deel2)),
                totaal: Some(heel(totaal)),
                realisatie: realisatie.map(heel),
                verschil: verschil.map(heel),
            },
        })
    } else {
        meldingen.push(format!(
            "De ambitie achteraf is bekend zodra de vastgestelde landelijke trend over alle jaren is ingevuld (nog niet over {}).",
            ontbrekend.join(", ")
        ));
        None
    };
    Ok(AmbitieTabel { startjaar, startaantal, extra_daling: extra, aantal_jaren: n, rijen, achteraf, meldingen })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn part_one_is_spread_evenly_and_part_two_compounds() {
        let a = Ambitie {
            startjaar: Some(2022),
            startaantal: Some(d("1000")),
            extra_daling: Some(d("100")),
            aantal_jaren: Some(3),
            jaren: vec![
                AmbitieJaar { jaar: 2022, trend_prognose: Some(d("0.1")), trend_realisatie: Some(d("0.1")), aantal: None },
                AmbitieJaar { jaar: 2023, trend_prognose: Some(d("-0.5")), trend_realisatie: None, aantal: Some(d("900")) },
            ],
        };
        let t = tabel(&a).unwrap();
        // 100 over 3 years: 33,33…, 66,66…, 100 — exact, shown as 33, 67, 100.
        assert_eq!(t.rijen.iter().map(|r| r.afgerond.deel1).collect::<Vec<_>>(), [d("-33"), d("-67"), d("-100")]);
        assert_eq!(t.rijen[0].deel2, Some(d("100")));
        // 2023: (1,1 × 0,5 − 1) × 1000 = −450.
        assert_eq!(t.rijen[1].deel2, Some(d("-450")));
        assert_eq!(t.rijen[1].realisatie, Some(d("-100")));
        // No number after 2022: the change in 2023 alone is unknown.
        assert_eq!(t.rijen[1].realisatie_jaar, None);
        assert_eq!(t.rijen[2].deel2, None);
        assert!(t.achteraf.is_none());
        // Extreme but valid: 50 years of −99,99% stays finite and panic-free.
        let a = Ambitie {
            startjaar: Some(2000),
            startaantal: Some(d("100000000")),
            extra_daling: Some(d("-100000000")),
            aantal_jaren: Some(MAX_JAREN),
            jaren: (2000..2050)
                .map(|j| AmbitieJaar {
                    jaar: j,
                    trend_prognose: Some(d("0.9999")),
                    trend_realisatie: Some(d("-0.9999")),
                    aantal: Some(d("0")),
                })
                .collect(),
        };
        let t = tabel(&a).unwrap();
        assert_eq!(t.rijen.len(), 50);
        assert!(t.achteraf.is_some());
    }
}
