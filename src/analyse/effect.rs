//! The quantified effect of the measures: per measure and per year the expected fewer
//! uitkeringen and the saving, totals per year, and the total set against the tekort of the
//! tekortjaar and against the eigen risico.
//!
//! A saving is the measure's own [`besparing`](crate::model::Effect::besparing) when given,
//! otherwise fewer uitkeringen × the cost per uitkering. The cost per uitkering is the one in
//! [`EffectInstellingen`], or else the lasten of the tekortjaar divided by the number of
//! uitkeringen there.
//!
//! Deventer's Aanvalsplan BUIG: a taakstelling of € 1,5 mln at € 5.000 per uitkering means 300
//! fewer uitkeringen:
//!
//! ```
//! use rust_decimal::Decimal;
//! use vangnet::analyse::effect::{besparing_voor, uitkeringen_voor_besparing};
//! let kosten = Decimal::from(5_000);
//! assert_eq!(uitkeringen_voor_besparing(Decimal::from(1_500_000), kosten), Ok(Decimal::from(300)));
//! assert_eq!(besparing_voor(Decimal::from(300), kosten), Ok(Decimal::from(1_500_000)));
//! ```

use super::{binnen, AnalyseFout, MAX_AANTAL, MAX_BEDRAG};
use crate::model::{Aanvraag, EffectInstellingen};
use crate::nl::format_money;
use crate::rules::{SpoorSoort, Uitkomst};
use rust_decimal::{Decimal, RoundingStrategy};

/// Where the cost per uitkering comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KostenBron {
    /// Entered in [`EffectInstellingen::kosten_per_uitkering`].
    Ingevuld,
    /// Lasten of the tekortjaar ÷ [`EffectInstellingen::aantal_uitkeringen`].
    UitLasten,
}

/// One measure's effect in one year (or undivided over years).
#[derive(Clone, Debug, PartialEq)]
pub struct EffectRegel {
    /// The year; `None` for an effect "per jaar" not split over years (the measure's
    /// [`Effect`](crate::model::Effect) figures).
    pub jaar: Option<i32>,
    /// Expected fewer uitkeringen, when given.
    pub minder_uitkeringen: Option<Decimal>,
    /// The saving in euros: given, or computed; `None` when neither is possible.
    pub besparing: Option<Decimal>,
    /// True when the saving is computed as fewer uitkeringen × cost per uitkering.
    pub besparing_berekend: bool,
}

/// One measure with its rows.
#[derive(Clone, Debug, PartialEq)]
pub struct MaatregelEffect {
    /// The measure's id.
    pub id: String,
    /// The measure's name.
    pub naam: String,
    /// Its rows: the per-year split when there is one, else the undivided effect.
    pub regels: Vec<EffectRegel>,
}

/// A total (of one year, of the undivided rows, or of everything).
#[derive(Clone, Debug, PartialEq)]
pub struct EffectTotaal {
    /// The year; `None` for the undivided rows (and for the grand total).
    pub jaar: Option<i32>,
    /// Sum of the fewer uitkeringen given.
    pub minder_uitkeringen: Decimal,
    /// Sum of the savings known.
    pub besparing: Decimal,
    /// True when a row's saving is unknown (the sum is then too low).
    pub onvolledig: bool,
    /// The saving as a fraction of the tekort of the tekortjaar (only when there is a tekort).
    pub deel_van_tekort: Option<Decimal>,
    /// The saving as a fraction of the eigen risico (only when that is above zero).
    pub deel_van_eigen_risico: Option<Decimal>,
}

/// The whole effect analysis.
#[derive(Clone, Debug, PartialEq)]
pub struct EffectAnalyse {
    /// Measures with an effect, in the application's order.
    pub maatregelen: Vec<MaatregelEffect>,
    /// Totals: first the undivided rows (`jaar: None`, when any), then per year ascending.
    pub per_jaar: Vec<EffectTotaal>,
    /// Everything together.
    pub totaal: EffectTotaal,
    /// The cost per uitkering used, if any.
    pub kosten_per_uitkering: Option<Decimal>,
    /// Where it comes from.
    pub kosten_bron: Option<KostenBron>,
    /// The tekort of the tekortjaar (from the rules).
    pub tekort: Option<Decimal>,
    /// The eigen risico (from the rules: of the chosen track, else of the regular one).
    pub eigen_risico: Option<Decimal>,
    /// Remarks (Dutch): unknown savings, unusable figures, rows without a measure.
    pub meldingen: Vec<String>,
}

/// The saving of `minder` fewer uitkeringen at `kosten` per uitkering.
///
/// # Errors
/// A Dutch message for a cost that is not above zero or for implausibly large numbers.
pub fn besparing_voor(minder: Decimal, kosten: Decimal) -> Result<Decimal, AnalyseFout> {
    controleer_kosten(kosten)?;
    if !binnen(minder, MAX_AANTAL) {
        return Err(AnalyseFout::Ongeldig("Het aantal uitkeringen is te groot om mee te rekenen.".into()));
    }
    minder.checked_mul(kosten).ok_or_else(|| AnalyseFout::Ongeldig("De besparing is te groot om mee te rekenen.".into()))
}

/// How many fewer uitkeringen a saving of `besparing` takes at `kosten` per uitkering
/// (unrounded; see the module example).
///
/// # Errors
/// A Dutch message for a cost that is not above zero or for implausibly large amounts.
pub fn uitkeringen_voor_besparing(besparing: Decimal, kosten: Decimal) -> Result<Decimal, AnalyseFout> {
    controleer_kosten(kosten)?;
    if !binnen(besparing, MAX_BEDRAG) {
        return Err(AnalyseFout::Ongeldig("De besparing is te groot om mee te rekenen.".into()));
    }
    besparing
        .checked_div(kosten)
        .map(|d| d.normalize())
        .ok_or_else(|| AnalyseFout::Ongeldig("Met deze bedragen kan niet worden gerekend.".into()))
}

fn controleer_kosten(kosten: Decimal) -> Result<(), AnalyseFout> {
    if kosten <= Decimal::ZERO {
        return Err(AnalyseFout::Ongeldig("De kosten per uitkering moeten groter dan nul zijn.".into()));
    }
    if !binnen(kosten, MAX_BEDRAG) {
        return Err(AnalyseFout::Ongeldig("De kosten per uitkering zijn te groot om mee te rekenen.".into()));
    }
    Ok(())
}

/// The lasten of the tekortjaar divided by the number of uitkeringen, in whole cents: a
/// proposal for [`EffectInstellingen::kosten_per_uitkering`]. `None` when either is missing or
/// unusable.
pub fn kosten_uit_lasten(aanvraag: &Aanvraag) -> Option<Decimal> {
    let aantal = aanvraag.effect_instellingen.as_ref()?.aantal_uitkeringen?;
    if aantal <= Decimal::ZERO || !binnen(aantal, MAX_AANTAL) {
        return None;
    }
    let t = aanvraag.tekortjaar();
    let lasten = aanvraag.financien.jaren.iter().find(|j| j.jaar == t)?.lasten?;
    if lasten <= Decimal::ZERO || !binnen(lasten, MAX_BEDRAG) {
        return None;
    }
    Some(lasten.checked_div(aantal)?.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero))
}

/// The cost per uitkering to use, and where it comes from.
pub fn kosten_per_uitkering(aanvraag: &Aanvraag) -> Option<(Decimal, KostenBron)> {
    match aanvraag.effect_instellingen.as_ref().and_then(|i: &EffectInstellingen| i.kosten_per_uitkering) {
        Some(k) => Some((k, KostenBron::Ingevuld)),
        None => kosten_uit_lasten(aanvraag).map(|k| (k, KostenBron::UitLasten)),
    }
}

/// The effect analysis of an application. `uitkomst` is the rules' outcome for it (for the
/// tekort and the eigen risico); without it, those comparisons stay empty.
pub fn analyseer(aanvraag: &Aanvraag, uitkomst: Option<&Uitkomst>) -> EffectAnalyse {
    let mut meldingen = Vec::new();
    let mut kosten = kosten_per_uitkering(aanvraag);
    if let Some((k, _)) = kosten {
        if let Err(e) = controleer_kosten(k) {
            meldingen.push(format!("{e} Er wordt geen besparing uit het aantal uitkeringen berekend."));
            kosten = None;
        }
    }

    let mut maatregelen = Vec::new();
    for m in &aanvraag.maatregelen {
        let naam = if m.naam.trim().is_empty() { format!("(maatregel {})", m.id) } else { m.naam.clone() };
        let verdeeld: Vec<_> = aanvraag.effect_jaren.iter().filter(|e| !m.id.is_empty() && e.maatregel_id == m.id).collect();
        let ruw: Vec<(Option<i32>, Option<Decimal>, Option<Decimal>)> = if !verdeeld.is_empty() {
            let mut v: Vec<_> = verdeeld.iter().map(|e| (Some(e.jaar), e.minder_uitkeringen, e.besparing)).collect();
            v.sort_by_key(|r| r.0);
            v
        } else if let Some(e) = &m.effect {
            if e.minder_uitkeringen.is_none() && e.besparing.is_none() {
                continue;
            }
            vec![(None, e.minder_uitkeringen, e.besparing)]
        } else {
            continue;
        };
        let mut regels = Vec::new();
        for (jaar, minder, besparing) in ruw {
            let waar = match jaar {
                Some(j) => format!("{naam} ({j})"),
                None => naam.clone(),
            };
            let minder = minder.filter(|x| {
                let ok = binnen(*x, MAX_AANTAL);
                if !ok {
                    meldingen.push(format!("{waar}: het aantal minder uitkeringen is niet aannemelijk en telt niet mee."));
                }
                ok
            });
            let gegeven = besparing.filter(|x| {
                let ok = binnen(*x, MAX_BEDRAG);
                if !ok {
                    meldingen.push(format!("{waar}: de besparing is niet aannemelijk en telt niet mee."));
                }
                ok
            });
            let (besparing, berekend) = match (gegeven, minder, kosten) {
                (Some(b), _, _) => (Some(b), false),
                (None, Some(n), Some((k, _))) => (n.checked_mul(k), true),
                (None, Some(_), None) => {
                    meldingen.push(format!(
                        "{waar}: de besparing is onbekend. Vul de besparing in, of de kosten per uitkering (of het aantal uitkeringen)."
                    ));
                    (None, false)
                }
                (None, None, _) => {
                    meldingen.push(format!("{waar}: vul het aantal minder uitkeringen of de besparing in."));
                    (None, false)
                }
            };
            regels.push(EffectRegel { jaar, minder_uitkeringen: minder, besparing, besparing_berekend: berekend });
        }
        maatregelen.push(MaatregelEffect { id: m.id.clone(), naam, regels });
    }
    for e in &aanvraag.effect_jaren {
        if !aanvraag.maatregelen.iter().any(|m| !m.id.is_empty() && m.id == e.maatregel_id) {
            meldingen.push(format!("Er staat een effect over {} bij een maatregel die niet (meer) bestaat; het telt niet mee.", e.jaar));
        }
    }

    let t = uitkomst.map(|u| u.tekortjaar);
    let tekort = uitkomst.and_then(|u| u.jaren.iter().find(|j| Some(j.jaar) == t)).and_then(|j| j.tekort);
    let eigen_risico = uitkomst.and_then(|u| {
        let soort = u.gekozen_spoor.unwrap_or(SpoorSoort::Regulier);
        u.sporen.iter().find(|s| s.soort == soort).and_then(|s| s.verdeling.as_ref()).map(|v| v.eigen_risico)
    });

    let alle: Vec<&EffectRegel> = maatregelen.iter().flat_map(|m| &m.regels).collect();
    let mut sleutels: Vec<Option<i32>> = alle.iter().map(|r| r.jaar).collect();
    sleutels.sort();
    sleutels.dedup();
    let per_jaar = sleutels.into_iter().map(|k| totaal(k, alle.iter().copied().filter(|r| r.jaar == k), tekort, eigen_risico)).collect();
    let totaal = totaal(None, alle.iter().copied(), tekort, eigen_risico);
    if totaal.onvolledig {
        meldingen.push(format!(
            "Het totaal ({}) is onvolledig: van niet alle maatregelen is de besparing bekend.",
            format_money(totaal.besparing)
        ));
    }
    EffectAnalyse {
        maatregelen,
        per_jaar,
        totaal,
        kosten_per_uitkering: kosten.map(|k| k.0),
        kosten_bron: kosten.map(|k| k.1),
        tekort,
        eigen_risico,
        meldingen,
    }
}

fn totaal<'a>(
    jaar: Option<i32>,
    regels: impl Iterator<Item = &'a EffectRegel>,
    tekort: Option<Decimal>,
    eigen_risico: Option<Decimal>,
) -> EffectTotaal {
    let mut minder = Decimal::ZERO;
    let mut besparing = Decimal::ZERO;
    let mut onvolledig = false;
    for r in regels {
        // Each term is bounded (see MAX_AANTAL, MAX_BEDRAG), and there are at most a few
        // thousand rows, so checked additions only fail on absurd input: then incomplete.
        match r.minder_uitkeringen.map(|n| minder.checked_add(n)) {
            Some(Some(s)) => minder = s,
            Some(None) => onvolledig = true,
            None => {}
        }
        match r.besparing.and_then(|b| besparing.checked_add(b)) {
            Some(s) => besparing = s,
            None => onvolledig = true,
        }
    }
    let deel = |noemer: Option<Decimal>| noemer.filter(|n| *n > Decimal::ZERO).and_then(|n| besparing.checked_div(n));
    EffectTotaal {
        jaar,
        minder_uitkeringen: minder,
        besparing,
        onvolledig,
        deel_van_tekort: deel(tekort),
        deel_van_eigen_risico: deel(eigen_risico),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn totals_count_unknown_savings_as_incomplete() {
        let r = |b: Option<i64>| EffectRegel {
            jaar: Some(2024),
            minder_uitkeringen: Some(Decimal::ONE),
            besparing: b.map(Decimal::from),
            besparing_berekend: false,
        };
        let regels = [r(Some(1_000)), r(None), r(Some(500))];
        let t = totaal(Some(2024), regels.iter(), Some(Decimal::from(3_000)), Some(Decimal::ZERO));
        assert_eq!((t.minder_uitkeringen, t.besparing, t.onvolledig), (Decimal::from(3), Decimal::from(1_500), true));
        assert_eq!(t.deel_van_tekort, Some(Decimal::new(5, 1)));
        // No eigen risico to compare with.
        assert_eq!(t.deel_van_eigen_risico, None);
        // An overschot is no tekort to compare with either.
        let t = totaal(None, regels.iter(), Some(Decimal::from(-3_000)), None);
        assert_eq!(t.deel_van_tekort, None);
    }
}
