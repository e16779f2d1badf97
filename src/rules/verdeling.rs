//! The split of the tekortjaar's tekort over the compensation bands: the eigen risico below the
//! first band, per band the part of the tekort in it and what is paid for it, and the one
//! rounding of the whole calculation (the total, to whole euros).

use super::table::Band;
use super::uitkomst::{BandDeel, JaarUitkomst, Verdeling};
use rust_decimal::{Decimal, RoundingStrategy};

/// Per band its edges in euros: from the lower edge up to the upper one (`None` for the top band).
pub(super) type Randen = Vec<(Decimal, Option<Decimal>)>;

/// Splits the tekortjaar's tekort over the bands, with the band edges in euros for the
/// explanation. `None` when T or B is unknown.
pub(super) fn verdeling(u: &JaarUitkomst, banden: &[Band]) -> Option<(Verdeling, Randen)> {
    let (tk, b) = (u.tekort?, u.budget?);
    Some(splits(tk, b, banden))
}

/// The grant for tekort `tekort` and budget `budget` under `banden`, before the entry tests.
///
/// ```
/// use rust_decimal::Decimal;
/// use vangnet::rules::{verdeel, regels};
/// let banden = regels(2024).unwrap().banden.waarde;
/// // 9% tekort on a budget of 100 mln: 50% of the 1,5 mln above 7,5%.
/// let v = verdeel(Decimal::from(9_000_000), Decimal::from(100_000_000), &banden);
/// assert_eq!(v.totaal, Decimal::from(750_000));
/// assert_eq!(v.eigen_risico, Decimal::from(7_500_000));
/// ```
pub fn verdeel(tekort: Decimal, budget: Decimal, banden: &[Band]) -> Verdeling {
    splits(tekort, budget, banden).0
}

fn splits(tekort: Decimal, budget: Decimal, banden: &[Band]) -> (Verdeling, Randen) {
    let tk = tekort.max(Decimal::ZERO);
    let eerste = banden.first().map(|b| b.vanaf * budget).unwrap_or(tk);
    let eigen_risico = tk.min(eerste);
    let mut delen = Vec::new();
    let mut randen = Vec::new();
    let mut totaal = Decimal::ZERO;
    for (i, band) in banden.iter().enumerate() {
        let onder = band.vanaf * budget;
        let tot = banden.get(i + 1).map(|n| n.vanaf);
        let boven = tot.map(|f| f * budget);
        let in_band = (match boven {
            Some(bv) => tk.min(bv),
            None => tk,
        } - onder)
            .max(Decimal::ZERO);
        let vergoed = band.aandeel * in_band;
        totaal += vergoed;
        delen.push(BandDeel { vanaf: band.vanaf, tot, aandeel: band.aandeel, tekort_in_band: in_band, vergoed });
        randen.push((onder, boven));
    }
    let verdeling = Verdeling {
        eigen_risico,
        banden: delen,
        totaal_onafgerond: totaal,
        totaal: totaal.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero),
    };
    (verdeling, randen)
}
