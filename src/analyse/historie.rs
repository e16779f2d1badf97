//! The saldo over the years as a chart: the gemeente's line, the national line and, per year,
//! the threshold lines of the rules — as plain data the UI turns into SVG.
//!
//! Values are fractions of the budget with a **tekort positive** (0.09 = 9% tekort), as in
//! [`crate::rules::JaarUitkomst::percentage`]. For the years the rule engine computes from the
//! entered figures, the engine's value wins over a value typed into the history.
//!
//! ```
//! use rust_decimal::Decimal;
//! use vangnet::analyse::historie::grafiek;
//! use vangnet::model::HistorieJaar;
//! let p = |s: &str| Some(s.parse::<Decimal>().unwrap());
//! let historie = vec![
//!     HistorieJaar { jaar: 2014, percentage_gemeente: p("0.02"), percentage_landelijk: p("0.01") },
//!     HistorieJaar { jaar: 2016, percentage_gemeente: p("0.06"), percentage_landelijk: p("-0.01") },
//! ];
//! let g = grafiek(&historie, None);
//! assert_eq!(g.jaren, vec![2014, 2015, 2016]);
//! assert_eq!(g.gemeente.len(), 2);
//! // No threshold before 2015; 2016 has the 5% entry threshold.
//! assert_eq!(g.drempels.iter().map(|d| d.jaar).collect::<Vec<_>>(), vec![2015, 2016]);
//! assert_eq!(g.drempels[1].drempel, Decimal::new(5, 2));
//! assert_eq!(g.y_as.ticks.first().unwrap().label, "-2,5%");
//! assert_eq!(g.y_as.ticks.last().unwrap().label, "12,5%");
//! ```

use crate::model::{Aanvraag, HistorieJaar};
use crate::nl::format_percent;
use crate::rules::{regels, JaarRegels, Uitkomst, EERSTE_JAAR, LAATSTE_JAAR};
use rust_decimal::Decimal;

/// The earliest year shown.
pub const EERSTE_HISTORIEJAAR: i32 = 1990;
/// The latest year shown.
pub const LAATSTE_HISTORIEJAAR: i32 = 2100;
/// At most this many intervals between ticks on the vertical axis.
pub const MAX_INTERVALLEN: i64 = 8;

/// Where a point of the gemeente's line comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PuntBron {
    /// Typed into the history by the user.
    Ingevuld,
    /// Computed by the rules from the entered figures (lasten, baten, budget …).
    Berekend,
}

/// One point of a line.
#[derive(Clone, Debug, PartialEq)]
pub struct Punt {
    /// The year (horizontal axis).
    pub jaar: i32,
    /// Tekort (positive) or overschot (negative) as a fraction of the budget.
    pub waarde: Decimal,
    /// Entered or computed.
    pub bron: PuntBron,
}

/// The threshold lines of one year, from the rules of that year.
#[derive(Clone, Debug, PartialEq)]
pub struct DrempelJaar {
    /// The year.
    pub jaar: i32,
    /// The single-year entry threshold (fraction): a tekort of MORE than this gives access.
    pub drempel: Decimal,
    /// Where each compensation band starts (fractions, ascending), e.g. 7,5% and 12,5%.
    pub banden: Vec<Decimal>,
    /// From 2025: the entry threshold of the uitgebreid vangnet.
    pub uitgebreid_drempel: Option<Decimal>,
    /// True when these are the user's replaced rules (tekortjaar only).
    pub aangepast: bool,
}

/// A labelled tick on the vertical axis.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    /// The value (fraction).
    pub waarde: Decimal,
    /// Dutch label, e.g. `7,5%` or `-5%`.
    pub label: String,
}

/// The vertical axis: always includes 0, every value and every threshold.
#[derive(Clone, Debug, PartialEq)]
pub struct As {
    /// Bottom of the axis (fraction).
    pub min: Decimal,
    /// Top of the axis (fraction); always above `min`.
    pub max: Decimal,
    /// Distance between ticks.
    pub stap: Decimal,
    /// Ticks from bottom to top.
    pub ticks: Vec<Tick>,
}

impl As {
    /// Where `waarde` lies on the axis: 0 at the bottom, 1 at the top (clamped).
    pub fn positie(&self, waarde: Decimal) -> Decimal {
        // An axis too tall for a decimal is drawn as a flat one.
        let Some(hoogte) = self.max.checked_sub(self.min).filter(|h| *h > Decimal::ZERO) else {
            return Decimal::ZERO;
        };
        match waarde.checked_sub(self.min) {
            Some(d) => d.checked_div(hoogte).unwrap_or(Decimal::ZERO),
            // Too far from the bottom for a decimal: off the axis on that side (clamped below).
            None if waarde > self.min => Decimal::ONE,
            None => Decimal::ZERO,
        }
        .clamp(Decimal::ZERO, Decimal::ONE)
    }
}

/// Everything needed to draw the history chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Grafiek {
    /// Every year from the first to the last point, ascending (the horizontal axis); empty when
    /// there is nothing to draw.
    pub jaren: Vec<i32>,
    /// The gemeente's line, ascending by year; years without a value are gaps.
    pub gemeente: Vec<Punt>,
    /// The national line, ascending by year.
    pub landelijk: Vec<Punt>,
    /// Per year in [`Self::jaren`] for which the app knows rules (2015 onward): the thresholds.
    pub drempels: Vec<DrempelJaar>,
    /// The vertical axis.
    pub y_as: As,
    /// Remarks about the history (Dutch), e.g. a year entered twice.
    pub meldingen: Vec<String>,
}

impl Grafiek {
    /// True when there is no point to draw.
    pub fn is_leeg(&self) -> bool {
        self.gemeente.is_empty() && self.landelijk.is_empty()
    }

    /// Where `jaar` lies on the horizontal axis: 0 at the first year, 1 at the last (a single
    /// year sits in the middle).
    pub fn x_positie(&self, jaar: i32) -> Decimal {
        match (self.jaren.first(), self.jaren.last()) {
            (Some(&a), Some(&b)) if b > a => {
                // Differences of i32 years always fit an i64, and b − a > 0: never the fallback.
                let (jaar, a, b) = (i64::from(jaar), i64::from(a), i64::from(b));
                jaar.checked_sub(a)
                    .zip(b.checked_sub(a))
                    .and_then(|(d, n)| Decimal::from(d).checked_div(Decimal::from(n)))
                    .unwrap_or(Decimal::ZERO)
                    .clamp(Decimal::ZERO, Decimal::ONE)
            }
            _ => Decimal::new(5, 1),
        }
    }
}

/// The chart for an application: its history plus what the rules compute from its figures.
pub fn van_aanvraag(aanvraag: &Aanvraag) -> Grafiek {
    let uitkomst = aanvraag.uitkomst(None).ok();
    grafiek(&aanvraag.historie, uitkomst.as_ref())
}

/// The chart from the entered history and, when available, the rules' outcome (whose years
/// win over the history, and whose — possibly replaced — rules give the tekortjaar's lines).
pub fn grafiek(historie: &[HistorieJaar], uitkomst: Option<&Uitkomst>) -> Grafiek {
    let mut meldingen = Vec::new();
    let mut gemeente: Vec<Punt> = Vec::new();
    let mut landelijk: Vec<Punt> = Vec::new();
    let mut gezien: Vec<i32> = Vec::new();
    for h in historie {
        if !(EERSTE_HISTORIEJAAR..=LAATSTE_HISTORIEJAAR).contains(&h.jaar) {
            meldingen.push(format!(
                "Het jaar {} in de historie valt buiten {EERSTE_HISTORIEJAAR}–{LAATSTE_HISTORIEJAAR} en wordt niet getoond.",
                h.jaar
            ));
            continue;
        }
        if gezien.contains(&h.jaar) {
            meldingen.push(format!("Het jaar {} staat meer dan eens in de historie; de eerste regel is gebruikt.", h.jaar));
            continue;
        }
        gezien.push(h.jaar);
        if let Some(p) = aannemelijk(h.percentage_gemeente, h.jaar, "van de gemeente", &mut meldingen) {
            gemeente.push(Punt { jaar: h.jaar, waarde: p, bron: PuntBron::Ingevuld });
        }
        if let Some(p) = aannemelijk(h.percentage_landelijk, h.jaar, "van Nederland", &mut meldingen) {
            landelijk.push(Punt { jaar: h.jaar, waarde: p, bron: PuntBron::Ingevuld });
        }
    }
    if let Some(u) = uitkomst {
        for j in &u.jaren {
            let Some(p) = aannemelijk(j.percentage, j.jaar, "berekend uit de cijfers", &mut meldingen) else { continue };
            match gemeente.iter_mut().find(|q| q.jaar == j.jaar) {
                Some(q) => {
                    if q.waarde != p {
                        meldingen.push(format!(
                            "Over {} is het berekende percentage gebruikt ({}); in de historie staat {}.",
                            j.jaar,
                            format_percent(p, 2),
                            format_percent(q.waarde, 2)
                        ));
                    }
                    *q = Punt { jaar: j.jaar, waarde: p, bron: PuntBron::Berekend };
                }
                None => gemeente.push(Punt { jaar: j.jaar, waarde: p, bron: PuntBron::Berekend }),
            }
        }
    }
    gemeente.sort_by_key(|p| p.jaar);
    landelijk.sort_by_key(|p| p.jaar);

    let eerste = gemeente.iter().chain(&landelijk).map(|p| p.jaar).min();
    let laatste = gemeente.iter().chain(&landelijk).map(|p| p.jaar).max();
    let jaren: Vec<i32> = match (eerste, laatste) {
        (Some(a), Some(b)) => (a..=b).collect(),
        _ => Vec::new(),
    };
    let drempels: Vec<DrempelJaar> = jaren
        .iter()
        .filter(|j| (EERSTE_JAAR..=LAATSTE_JAAR).contains(*j))
        .filter_map(|&j| match uitkomst {
            Some(u) if u.tekortjaar == j => Some(drempel_jaar(&u.regels)),
            _ => regels(j).map(|r| drempel_jaar(&r)),
        })
        .collect();

    let mut waarden: Vec<Decimal> = gemeente.iter().chain(&landelijk).map(|p| p.waarde).collect();
    for d in &drempels {
        waarden.push(d.drempel);
        waarden.extend(d.banden.iter().copied());
        waarden.extend(d.uitgebreid_drempel);
    }
    Grafiek { jaren, gemeente, landelijk, drempels, y_as: as_voor(&waarden), meldingen }
}

fn drempel_jaar(r: &JaarRegels) -> DrempelJaar {
    DrempelJaar {
        jaar: r.jaar,
        drempel: r.drempel.waarde,
        banden: r.banden.waarde.iter().map(|b| b.vanaf).collect(),
        uitgebreid_drempel: r.uitgebreid_vangnet.as_ref().map(|u| u.drempel.waarde),
        aangepast: r.drempel.aangepast || r.banden.aangepast,
    }
}

/// A value within −100% … 100%; otherwise a remark and nothing.
fn aannemelijk(p: Option<Decimal>, jaar: i32, wiens: &str, meldingen: &mut Vec<String>) -> Option<Decimal> {
    let p = p?;
    if p.abs() > Decimal::ONE {
        meldingen.push(format!(
            "Het percentage {wiens} over {jaar} ({}) ligt buiten -100% tot 100% van het budget en wordt niet getoond. Controleer het getal.",
            format_percent(p, 1)
        ));
        return None;
    }
    Some(p)
}

/// The axis from `a`·`stap` to `b`·`stap` (`a`, `b` whole), if it has 1 to [`MAX_INTERVALLEN`]
/// intervals and every tick fits a decimal.
fn as_met_stap(a: Decimal, b: Decimal, stap: Decimal) -> Option<As> {
    let n = b.checked_sub(a)?;
    if n < Decimal::ONE || n > Decimal::from(MAX_INTERVALLEN) {
        return None;
    }
    let decimalen = if stap.checked_mul(Decimal::ONE_HUNDRED)?.fract().is_zero() { 0 } else { 1 };
    let mut ticks = Vec::new();
    let mut k = a;
    while k <= b {
        let w = k.checked_mul(stap)?.normalize();
        ticks.push(Tick { waarde: w, label: format_percent(w, decimalen) });
        k = k.checked_add(Decimal::ONE)?;
    }
    Some(As { min: a.checked_mul(stap)?.normalize(), max: b.checked_mul(stap)?.normalize(), stap, ticks })
}

/// A "nice" axis around `waarden` and 0, with at most [`MAX_INTERVALLEN`] intervals.
fn as_voor(waarden: &[Decimal]) -> As {
    let mut lo = waarden.iter().copied().fold(Decimal::ZERO, Decimal::min);
    let mut hi = waarden.iter().copied().fold(Decimal::ZERO, Decimal::max);
    if lo == hi {
        // Nothing but zeros: a small default range.
        lo = Decimal::ZERO;
        hi = Decimal::new(5, 2);
    }
    // 0,5% 1% 2,5% 5% 10% 25% 50% 100%: steps on which 7,5% and 12,5% fall.
    const STAPPEN: [(i64, u32); 8] = [(5, 3), (1, 2), (25, 3), (5, 2), (1, 1), (25, 2), (5, 1), (1, 0)];
    for (m, s) in STAPPEN {
        let stap = Decimal::new(m, s);
        let (Some(a), Some(b)) = (lo.checked_div(stap), hi.checked_div(stap)) else { continue };
        if let Some(as_) = as_met_stap(a.floor(), b.ceil(), stap) {
            return as_;
        }
    }
    // Not reachable for values within −100% … 100%; a plain fallback keeps this panic-free.
    As {
        min: lo,
        max: hi,
        stap: hi.checked_sub(lo).unwrap_or(Decimal::MAX),
        ticks: vec![Tick { waarde: lo, label: format_percent(lo, 1) }, Tick { waarde: hi, label: format_percent(hi, 1) }],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn axis_is_nice_and_contains_zero_and_thresholds() {
        let a = as_voor(&[d("-0.032"), d("0.09"), d("0.125")]);
        assert_eq!((a.min, a.max, a.stap), (d("-0.05"), d("0.125"), d("0.025")));
        let labels: Vec<&str> = a.ticks.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, ["-5,0%", "-2,5%", "0,0%", "2,5%", "5,0%", "7,5%", "10,0%", "12,5%"]);
        let a = as_voor(&[d("-0.30"), d("0.125")]);
        assert_eq!((a.min, a.max, a.stap), (d("-0.3"), d("0.2"), d("0.1")));
        assert_eq!(a.ticks.iter().map(|t| t.label.as_str()).collect::<Vec<_>>(), ["-30%", "-20%", "-10%", "0%", "10%", "20%"]);
        let a = as_voor(&[d("0.075"), d("0.125")]);
        assert_eq!(a.ticks.iter().map(|t| t.label.as_str()).collect::<Vec<_>>(), ["0,0%", "2,5%", "5,0%", "7,5%", "10,0%", "12,5%"]);
        let a = as_voor(&[]);
        assert!(a.max > a.min);
        let a = as_voor(&[Decimal::ONE, -Decimal::ONE]);
        assert_eq!((a.min, a.max), (-Decimal::ONE, Decimal::ONE));
        assert_eq!(a.positie(Decimal::ZERO), d("0.5"));
    }
}
