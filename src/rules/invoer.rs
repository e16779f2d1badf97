//! The engine's input: the figures per year as the gemeente enters them, the predecessors after a
//! herindeling, and the user's replacement of rule parameters — with the checks that refuse an
//! unusable replacement ([`RekenFout`]).
//!
//! These are also the file format. The engine owns its input type: [`Invoer`] is serialised as
//! is inside `Aanvraag.financien` (and [`RegelAanpassing`] as `Aanvraag.regelaanpassing`), so a
//! field added, renamed or retyped here changes the export file and `schema/aanvraag.schema.json`.

use super::table::{regels, Band, Cumulatief, JaarRegels, EERSTE_JAAR, LAATSTE_JAAR};
use crate::date::Date;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Above this amount a figure is taken to be a typo: the largest municipal BUIG budget is
/// below one billion euros, the national macrobudget below ten.
pub const MAXIMAAL_BEDRAG: i64 = 10_000_000_000;

/// The figures of one year, as the gemeente enters them. `None` means "not entered" and is
/// never read as zero.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JaarCijfers {
    /// The calendar year.
    pub jaar: i32,
    /// A: lasten art. 69 Participatiewet (SiSa).
    #[serde(default, with = "crate::dec_serde::opt")]
    pub lasten: Option<Decimal>,
    /// R: baten in het kader van het budget (terugvordering, verhaal, …).
    #[serde(default, with = "crate::dec_serde::opt")]
    pub baten: Option<Decimal>,
    /// D: onrechtmatige en onzekere bestedingen as reported by the accountant (0 if none).
    #[serde(default, with = "crate::dec_serde::opt")]
    pub fout_onzeker: Option<Decimal>,
    /// B: definitief budget (gebundelde uitkering), the one WITHOUT an art. 7 correction.
    #[serde(default, with = "crate::dec_serde::opt")]
    pub budget: Option<Decimal>,
}

impl JaarCijfers {
    /// All four figures of a year at once (mostly for tests and examples).
    pub fn volledig(jaar: i32, lasten: Decimal, baten: Decimal, fout_onzeker: Decimal, budget: Decimal) -> Self {
        JaarCijfers { jaar, lasten: Some(lasten), baten: Some(baten), fout_onzeker: Some(fout_onzeker), budget: Some(budget) }
    }

    pub(super) fn is_leeg(&self) -> bool {
        self.lasten.is_none() && self.baten.is_none() && self.fout_onzeker.is_none() && self.budget.is_none()
    }
}

/// A predecessor municipality after a herindeling; its figures are added to the merged
/// municipality's for the years before the merger (rulebook §1.6).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Voorganger {
    /// Name of the former municipality.
    pub naam: String,
    /// Its figures per year.
    pub jaren: Vec<JaarCijfers>,
    /// Was a vangnetuitkering GRANTED to it over t−1 or t−2? Then the right passes to the new
    /// gemeente, whose request is the uitgebreid verzoek (rulebook §9). Absent while unanswered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verleend: Option<bool>,
}

/// Everything the rules need from the gemeente.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Invoer {
    /// The tekortjaar t.
    pub tekortjaar: i32,
    /// Figures of t and the earlier years the rules of t need.
    pub jaren: Vec<JaarCijfers>,
    /// After a herindeling: the predecessors. For a year the gemeente did not enter itself, the
    /// predecessors' figures are summed.
    #[serde(default)]
    pub voorgangers: Vec<Voorganger>,
    /// Number of inhabitants (only used for 2016).
    #[serde(default)]
    pub inwoners: Option<u64>,
    /// Was a vangnetuitkering GRANTED over t−1?
    #[serde(default)]
    pub verleend_vorig_jaar: Option<bool>,
    /// Was a vangnetuitkering GRANTED over t−2?
    #[serde(default)]
    pub verleend_twee_jaar_terug: Option<bool>,
}

impl Invoer {
    /// The years whose figures the rules of `t` need, newest first.
    ///
    /// ```
    /// assert_eq!(vangnet::rules::Invoer::benodigde_jaren(2025), vec![2025, 2024, 2023, 2022]);
    /// assert_eq!(vangnet::rules::Invoer::benodigde_jaren(2017), vec![2017, 2016]);
    /// ```
    pub fn benodigde_jaren(t: i32) -> Vec<i32> {
        let Some(r) = regels(t) else { return vec![t] };
        let mut eerste = t;
        if let Cumulatief::Jaren { van, .. } = r.cumulatief.waarde {
            eerste = eerste.min(van);
        }
        if r.uitgebreid_vangnet.is_some() {
            eerste = eerste.min(t.saturating_sub(3));
        }
        (eerste..=t).rev().collect()
    }
}

/// The user's replacement of rule parameters for this application, e.g. when the ministry
/// publishes the 2026 rules before the app is updated. Every result computed with it says so.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegelAanpassing {
    /// Replaces the single-year entry threshold (fraction).
    #[serde(default, with = "crate::dec_serde::opt")]
    pub drempel: Option<Decimal>,
    /// Replaces the compensation bands.
    #[serde(default)]
    pub banden: Option<Vec<Band>>,
    /// Replaces the entry threshold of the uitgebreid vangnet (fraction).
    #[serde(default, with = "crate::dec_serde::opt")]
    pub uitgebreid_drempel: Option<Decimal>,
    /// Replaces the bands of the uitgebreid vangnet.
    #[serde(default)]
    pub uitgebreid_banden: Option<Vec<Band>>,
    /// Replaces the deadline.
    #[serde(default)]
    pub uiterste_datum: Option<Date>,
    /// Why, in the user's words (e.g. "Regeling 2026 gepubliceerd op …").
    #[serde(default)]
    pub reden: String,
}

impl RegelAanpassing {
    /// True when at least one parameter is replaced.
    pub fn is_actief(&self) -> bool {
        self.drempel.is_some()
            || self.banden.is_some()
            || self.uitgebreid_drempel.is_some()
            || self.uitgebreid_banden.is_some()
            || self.uiterste_datum.is_some()
    }
}

/// One replaceable rule parameter of a [`RegelAanpassing`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AanpassingVeld {
    /// [`RegelAanpassing::drempel`].
    Drempel,
    /// [`RegelAanpassing::uitgebreid_drempel`].
    UitgebreidDrempel,
    /// Band `i` (0-based) of [`RegelAanpassing::banden`], or of
    /// [`RegelAanpassing::uitgebreid_banden`] when `uitgebreid`.
    Band {
        /// The bands of the uitgebreid vangnet.
        uitgebreid: bool,
        /// Index of the band.
        i: usize,
        /// Which figure of the band.
        deel: BandVeld,
    },
    /// [`RegelAanpassing::uiterste_datum`].
    UitersteDatum,
    /// [`RegelAanpassing::reden`].
    Reden,
}

/// One figure of a [`Band`] in a [`RegelAanpassing`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BandVeld {
    /// [`Band::vanaf`].
    Vanaf,
    /// [`Band::aandeel`].
    Aandeel,
}

/// Why a replaced rule parameter cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AanpassingReden {
    /// A threshold must lie strictly between 0% and 100%.
    DrempelBuitenBereik,
    /// The replaced bands are an empty list.
    GeenBand,
    /// A band must start at 0% or more and below 100%.
    BeginBuitenBereik,
    /// A share must lie between 0% and 100% (both included).
    AandeelBuitenBereik,
    /// Each band must start above the previous one, with an equal or higher share.
    NietOplopend,
    /// The uitgebreid vangnet is replaced for a tekortjaar that has none (before 2025).
    GeenUitgebreidVangnet {
        /// The tekortjaar.
        jaar: i32,
    },
}

impl std::fmt::Display for AanpassingReden {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AanpassingReden::DrempelBuitenBereik => f.write_str("De drempel moet tussen 0% en 100% liggen."),
            AanpassingReden::GeenBand => f.write_str("Er is minstens één band nodig."),
            AanpassingReden::BeginBuitenBereik => f.write_str("Een band moet beginnen tussen 0% en 100%."),
            AanpassingReden::AandeelBuitenBereik => f.write_str("Een vergoedingspercentage ligt tussen 0% en 100%."),
            AanpassingReden::NietOplopend => f.write_str("De banden moeten oplopen, met een gelijk of hoger vergoedingspercentage."),
            AanpassingReden::GeenUitgebreidVangnet { jaar } => write!(f, "Voor {jaar} bestaat geen uitgebreid vangnet."),
        }
    }
}

/// A hard error: the rules cannot be applied at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RekenFout {
    /// No rules are known for this tekortjaar.
    OnbekendJaar(i32),
    /// An override is not usable (e.g. bands not ascending, a share above 100%): which parameter, and why.
    OngeldigeAanpassing {
        /// The parameter to correct.
        veld: AanpassingVeld,
        /// What is wrong with it.
        reden: AanpassingReden,
    },
}

impl std::fmt::Display for RekenFout {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RekenFout::OnbekendJaar(j) => {
                write!(f, "Voor tekortjaar {j} kent deze app geen regels. Kies een jaar van {EERSTE_JAAR} tot en met {LAATSTE_JAAR}.")
            }
            RekenFout::OngeldigeAanpassing { veld, reden } => {
                let zin = match (veld, reden) {
                    (AanpassingVeld::UitgebreidDrempel, AanpassingReden::DrempelBuitenBereik) => {
                        "de drempel van het uitgebreide vangnet moet tussen 0% en 100% liggen.".to_string()
                    }
                    _ => {
                        let zin = reden.to_string();
                        let mut c = zin.chars();
                        c.next().map(|e| e.to_lowercase().collect::<String>() + c.as_str()).unwrap_or_default()
                    }
                };
                write!(f, "De aangepaste regels zijn niet bruikbaar: {zin}")
            }
        }
    }
}

impl std::error::Error for RekenFout {}

/// Puts the replaced parameters of `a` into `r`, each marked as replaced.
pub(super) fn pas_toe(r: &mut JaarRegels, a: &RegelAanpassing) -> Result<(), RekenFout> {
    let fout = |veld, reden| RekenFout::OngeldigeAanpassing { veld, reden };
    let fractie = |d: Decimal, veld: AanpassingVeld| -> Result<Decimal, RekenFout> {
        if d <= Decimal::ZERO || d >= Decimal::ONE {
            Err(fout(veld, AanpassingReden::DrempelBuitenBereik))
        } else {
            Ok(d)
        }
    };
    if let Some(d) = a.drempel {
        r.drempel.waarde = fractie(d, AanpassingVeld::Drempel)?;
        r.drempel.aangepast = true;
    }
    if let Some(b) = &a.banden {
        r.banden.waarde = controleer_banden(b, false)?;
        r.banden.aangepast = true;
    }
    if let Some(uv) = r.uitgebreid_vangnet.as_mut() {
        if let Some(d) = a.uitgebreid_drempel {
            uv.drempel.waarde = fractie(d, AanpassingVeld::UitgebreidDrempel)?;
            uv.drempel.aangepast = true;
        }
        if let Some(b) = &a.uitgebreid_banden {
            uv.banden.waarde = controleer_banden(b, true)?;
            uv.banden.aangepast = true;
        }
    } else if a.uitgebreid_drempel.is_some() || a.uitgebreid_banden.is_some() {
        let veld = if a.uitgebreid_drempel.is_some() {
            AanpassingVeld::UitgebreidDrempel
        } else {
            AanpassingVeld::Band { uitgebreid: true, i: 0, deel: BandVeld::Vanaf }
        };
        return Err(fout(veld, AanpassingReden::GeenUitgebreidVangnet { jaar: r.jaar }));
    }
    if let Some(d) = a.uiterste_datum {
        r.uiterste_datum.waarde = d;
        r.uiterste_datum.aangepast = true;
    }
    Ok(())
}

/// The replaced bands (of the uitgebreid vangnet when `uitgebreid`), if usable.
fn controleer_banden(b: &[Band], uitgebreid: bool) -> Result<Vec<Band>, RekenFout> {
    let fout = |i, deel, reden| RekenFout::OngeldigeAanpassing { veld: AanpassingVeld::Band { uitgebreid, i, deel }, reden };
    if b.is_empty() {
        return Err(fout(0, BandVeld::Vanaf, AanpassingReden::GeenBand));
    }
    // Each band with the one before it (`None` for the first).
    let vorige = std::iter::once(None).chain(b.iter().map(Some));
    for (i, (band, vorige)) in b.iter().zip(vorige).enumerate() {
        if band.vanaf < Decimal::ZERO || band.vanaf >= Decimal::ONE {
            return Err(fout(i, BandVeld::Vanaf, AanpassingReden::BeginBuitenBereik));
        }
        if band.aandeel < Decimal::ZERO || band.aandeel > Decimal::ONE {
            return Err(fout(i, BandVeld::Aandeel, AanpassingReden::AandeelBuitenBereik));
        }
        if vorige.is_some_and(|v| band.vanaf <= v.vanaf) {
            return Err(fout(i, BandVeld::Vanaf, AanpassingReden::NietOplopend));
        }
        if vorige.is_some_and(|v| band.aandeel < v.aandeel) {
            return Err(fout(i, BandVeld::Aandeel, AanpassingReden::NietOplopend));
        }
    }
    Ok(b.to_vec())
}

/// The four figures of a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CijferSoort {
    /// A: lasten.
    Lasten,
    /// R: baten.
    Baten,
    /// D: fout/onzeker.
    FoutOnzeker,
    /// B: budget.
    Budget,
}

impl CijferSoort {
    /// All four, in form order.
    pub const ALLE: [CijferSoort; 4] = [CijferSoort::Lasten, CijferSoort::Baten, CijferSoort::FoutOnzeker, CijferSoort::Budget];

    /// The key in the file and in the pointer.
    pub fn sleutel(self) -> &'static str {
        match self {
            CijferSoort::Lasten => "lasten",
            CijferSoort::Baten => "baten",
            CijferSoort::FoutOnzeker => "fout_onzeker",
            CijferSoort::Budget => "budget",
        }
    }

    /// The label at the control.
    pub fn label(self) -> &'static str {
        match self {
            CijferSoort::Lasten => "Lasten (A)",
            CijferSoort::Baten => "Baten (R)",
            CijferSoort::FoutOnzeker => "Fout/onzeker volgens accountant (D)",
            CijferSoort::Budget => "Definitief budget (B)",
        }
    }

    /// The figure in a year's figures.
    pub fn van(self, c: &JaarCijfers) -> Option<Decimal> {
        match self {
            CijferSoort::Lasten => c.lasten,
            CijferSoort::Baten => c.baten,
            CijferSoort::FoutOnzeker => c.fout_onzeker,
            CijferSoort::Budget => c.budget,
        }
    }

    pub(crate) fn van_mut(self, c: &mut JaarCijfers) -> &mut Option<Decimal> {
        match self {
            CijferSoort::Lasten => &mut c.lasten,
            CijferSoort::Baten => &mut c.baten,
            CijferSoort::FoutOnzeker => &mut c.fout_onzeker,
            CijferSoort::Budget => &mut c.budget,
        }
    }

    pub(crate) fn van_sleutel(s: &str) -> Option<CijferSoort> {
        CijferSoort::ALLE.into_iter().find(|c| c.sleutel() == s)
    }
}
