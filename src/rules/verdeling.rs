//! The split of the tekortjaar's tekort over the compensation bands: the eigen risico below the
//! first band, per band the part of the tekort in it and what is paid for it, and the one
//! rounding of the whole calculation (the total, to whole euros).

use super::table::Band;
use super::uitkomst::{BandDeel, JaarUitkomst, Verdeling};
use rust_decimal::{Decimal, RoundingStrategy};

/// Per band its edges in euros: from the lower edge up to the upper one (`None` for the top band).
pub(super) type Randen = Vec<(Decimal, Option<Decimal>)>;

/// Splits the tekortjaar's tekort over the bands, with the band edges in euros for the
/// explanation. `None` when T or B is unknown (or an amount would leave a decimal's range).
pub(super) fn verdeling(u: &JaarUitkomst, banden: &[Band]) -> Option<(Verdeling, Randen)> {
    splits(u.tekort?, u.budget?, banden)
}

/// The grant for tekort `tekort` and budget `budget` under `banden`, before the entry tests.
///
/// `None` only when an amount would leave the range of a decimal (about 7,9 · 10²⁸). With the
/// bands of the rules or of a checked override (edges below 100%, shares at most 100%) that
/// cannot happen for any tekort and budget.
///
/// ```
/// use rust_decimal::Decimal;
/// use vangnet::rules::{verdeel, regels, Band};
/// let banden = regels(2024).unwrap().banden.waarde;
/// // 9% tekort on a budget of 100 mln: 50% of the 1,5 mln above 7,5%.
/// let v = verdeel(Decimal::from(9_000_000), Decimal::from(100_000_000), &banden).unwrap();
/// assert_eq!(v.totaal, Decimal::from(750_000));
/// assert_eq!(v.eigen_risico, Decimal::from(7_500_000));
/// assert!(verdeel(Decimal::MAX, Decimal::MAX, &banden).is_some());
/// let onmogelijk = [Band { vanaf: Decimal::from(2), aandeel: Decimal::ONE }];
/// assert_eq!(verdeel(Decimal::MAX, Decimal::MAX, &onmogelijk), None);
/// ```
pub fn verdeel(tekort: Decimal, budget: Decimal, banden: &[Band]) -> Option<Verdeling> {
    splits(tekort, budget, banden).map(|(v, _)| v)
}

/// The one rounding: to whole euros, half up — except that a grant above zero is never rounded
/// away: below € 0,50 it keeps its cents (rounded up to the next cent). Rulebook §9: there is no
/// minimum amount; tiny amounts are computed and shown.
fn afronden(totaal: Decimal) -> Decimal {
    let heel = totaal.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
    if heel.is_zero() && totaal > Decimal::ZERO {
        totaal.round_dp_with_strategy(2, RoundingStrategy::AwayFromZero)
    } else {
        heel
    }
}

fn splits(tekort: Decimal, budget: Decimal, banden: &[Band]) -> Option<(Verdeling, Randen)> {
    let tk = tekort.max(Decimal::ZERO);
    let eerste = match banden.first() {
        Some(b) => b.vanaf.checked_mul(budget)?,
        None => tk,
    };
    let eigen_risico = tk.min(eerste);
    let mut delen = Vec::new();
    let mut randen = Vec::new();
    let mut totaal = Decimal::ZERO;
    // Each band with the start of the next one (`None` for the last).
    let volgende = banden.iter().skip(1).map(Some).chain(std::iter::once(None));
    for (band, volgende) in banden.iter().zip(volgende) {
        let onder = band.vanaf.checked_mul(budget)?;
        let tot = volgende.map(|n| n.vanaf);
        let boven = match tot {
            Some(f) => Some(f.checked_mul(budget)?),
            None => None,
        };
        let in_band = boven.map_or(tk, |bv| tk.min(bv)).checked_sub(onder)?.max(Decimal::ZERO);
        let vergoed = band.aandeel.checked_mul(in_band)?;
        totaal = totaal.checked_add(vergoed)?;
        delen.push(BandDeel { vanaf: band.vanaf, tot, aandeel: band.aandeel, tekort_in_band: in_band, vergoed });
        randen.push((onder, boven));
    }
    let verdeling = Verdeling { eigen_risico, banden: delen, totaal_onafgerond: totaal, totaal: afronden(totaal) };
    Some((verdeling, randen))
}
