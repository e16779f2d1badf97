//! The engine's output: per year the computed figures, the entry tests with their results, the
//! split of the tekort over the bands per track, the form version, the deadline, and the
//! explanation step by step. [`Uitkomst`] is written into the export file as
//! `afgeleid.uitkomst` (for a reader of the file; import recomputes it).

use super::invoer::CijferSoort;
use super::table::{JaarRegels, Zekerheid};
use crate::date::Date;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Severity of a remark about the input.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Ernst {
    /// The figure cannot be used; results that need it stay unknown.
    Fout,
    /// The figure is used, but looks wrong.
    Waarschuwing,
}

/// A remark about an entered figure, tied to its field.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Melding {
    /// The year of the figure.
    pub jaar: i32,
    /// Which figure.
    pub cijfer: CijferSoort,
    /// Fout or waarschuwing.
    pub ernst: Ernst,
    /// Dutch message.
    pub tekst: String,
}

/// The computed figures of one year.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JaarUitkomst {
    /// The year.
    pub jaar: i32,
    /// N = A − R.
    pub netto_lasten: Option<Decimal>,
    /// E = N − D.
    pub relevante_bestedingen: Option<Decimal>,
    /// B as used.
    pub budget: Option<Decimal>,
    /// T = E − B (negative: overschot).
    pub tekort: Option<Decimal>,
    /// T / B as a fraction, unrounded.
    pub percentage: Option<Decimal>,
    /// Which figures are missing or unusable (Dutch field names).
    pub ontbreekt: Vec<String>,
    /// True when the figures are the sum of the predecessors.
    pub uit_voorgangers: bool,
}

/// Outcome of one test.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "status", content = "ontbreekt")]
pub enum Status {
    /// The condition holds.
    Voldaan,
    /// The condition does not hold.
    NietVoldaan,
    /// Figures are missing: these (Dutch descriptions).
    Onbekend(Vec<String>),
}

/// One entry test with its result.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Toets {
    /// Stable id: `enkel`, `cumulatief`, `per_inwoner`, `uitgebreid_enkel`, `uitgebreid_vooraf`.
    pub id: String,
    /// Dutch name.
    pub naam: String,
    /// Result.
    pub status: Status,
    /// Left side minus right side, in euros: how far above (positive) or below the bar.
    pub marge: Option<Decimal>,
    /// Certainty of the rule behind this test.
    pub zekerheid: Zekerheid,
}

/// Which track of the vangnet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SpoorSoort {
    /// The regular vangnet (every year).
    Regulier,
    /// The uitgebreid vangnet of Stb. 2025, 222 (2025 onward).
    Uitgebreid,
}

/// Part of the tekort in one band and what is paid for it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BandDeel {
    /// Lower edge (fraction of B).
    pub vanaf: Decimal,
    /// Upper edge (fraction of B), `None` for the top band.
    pub tot: Option<Decimal>,
    /// Share paid.
    pub aandeel: Decimal,
    /// Euros of the tekort in this band.
    pub tekort_in_band: Decimal,
    /// Euros paid for it (unrounded).
    pub vergoed: Decimal,
}

/// The split of the tekort for one track.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Verdeling {
    /// Part of the tekort up to the first band edge: borne by the gemeente (eigen risico).
    pub eigen_risico: Decimal,
    /// The bands.
    pub banden: Vec<BandDeel>,
    /// Sum of the bands, unrounded.
    pub totaal_onafgerond: Decimal,
    /// The grant: whole euros, half up. The only rounding in the whole calculation — and a grant
    /// below € 0,50 keeps its cents instead of becoming € 0 (there is no minimum amount).
    pub totaal: Decimal,
}

/// One track with its tests and amount.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Spoor {
    /// Regulier or uitgebreid.
    pub soort: SpoorSoort,
    /// The entry tests of this track (all must pass; in 2016 one of two).
    pub toetsen: Vec<Toets>,
    /// Whether this track gives access.
    pub toegang: Toegang,
    /// The split, computed whenever T_t and B_t are known (also when access fails, for insight).
    pub verdeling: Option<Verdeling>,
}

/// Whether the gemeente has a right to a vangnetuitkering.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Toegang {
    /// Every entry test passes.
    Ja,
    /// At least one entry test fails.
    Nee,
    /// Figures are missing.
    Onbekend,
}

/// Form version.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Versie {
    /// The single form of 2015 and 2016.
    Enkel,
    /// Basisverzoek (no grant over t−1 and t−2).
    Basis,
    /// Uitgebreid verzoek (a grant over t−1 and/or t−2).
    Uitgebreid,
}

impl Versie {
    /// All form versions, oldest first.
    ///
    /// ```
    /// assert_eq!(vangnet::rules::Versie::ALLE.len(), 3);
    /// ```
    pub const ALLE: [Versie; 3] = [Versie::Enkel, Versie::Basis, Versie::Uitgebreid];

    /// Dutch name as on the form.
    pub fn naam(self) -> &'static str {
        match self {
            Versie::Enkel => "aanvraagformulier (één versie)",
            Versie::Basis => "basisverzoek",
            Versie::Uitgebreid => "uitgebreid verzoek",
        }
    }
}

/// Which form applies, and why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Formulier {
    /// `None` while the grants over t−1/t−2 are not answered.
    pub versie: Option<Versie>,
    /// Dutch reason.
    pub reden: String,
    /// Certainty.
    pub zekerheid: Zekerheid,
}

/// One explained step of the calculation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Stap {
    /// What is computed.
    pub titel: String,
    /// The formula with the user's numbers filled in, and the outcome.
    pub berekening: String,
    /// Legal or official source.
    pub bron: String,
    /// How certain the rule is.
    pub zekerheid: Zekerheid,
    /// True when a parameter of this step was replaced by the user.
    pub aangepast: bool,
    /// Whether the step computes part of the outcome, or only informs.
    #[serde(default)]
    pub soort: StapSoort,
}

/// What a [`Stap`] is for, which decides whether an unverified rule in it makes the outcome
/// provisional.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StapSoort {
    /// Computes part of the outcome: an unverified rule here makes the outcome provisional.
    #[default]
    Berekening,
    /// Information only (when the grant is paid): its certainty does not make the outcome provisional.
    Informatie,
}

/// One reason why the outcome is provisional.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Voorlopig {
    /// Replaced by the user, or not verified.
    pub soort: VoorlopigSoort,
    /// The reason in Dutch, as shown.
    pub tekst: String,
}

/// The kind of a [`Voorlopig`] reason.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VoorlopigSoort {
    /// Computed with rules the user replaced for this application.
    Aangepast,
    /// A rule is not verified in an official source (or an assumption had to be made).
    Onzeker,
    /// Computed in a scenario the user switched on (the unverified 2,5% eigen risico of 2026).
    Scenario,
}

/// The amount under a second reading of the rules (2015: "100% of the tekort above 7,5%"),
/// shown beside the amount the app uses.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AndereLezingUitkomst {
    /// Dutch name of the reading.
    pub naam: String,
    /// The split under that reading (`None` while T or B is unknown).
    pub verdeling: Option<Verdeling>,
    /// The grant under that reading: `Some(0)` without a right, `None` when unknown.
    pub vergoeding: Option<Decimal>,
}

/// Everything the rules say about an application.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Uitkomst {
    /// The tekortjaar.
    pub tekortjaar: i32,
    /// The rules as applied (with the user's replacements marked).
    pub regels: JaarRegels,
    /// Per needed year, newest first.
    pub jaren: Vec<JaarUitkomst>,
    /// The cumulative sum of T over the window, if the year has a cumulative test.
    pub cumulatief_tekort: Option<Decimal>,
    /// That sum as a fraction of B_t.
    pub cumulatief_percentage: Option<Decimal>,
    /// The regular track and, from 2025, the uitgebreid track.
    pub sporen: Vec<Spoor>,
    /// Overall access.
    pub toegang: Toegang,
    /// The track that gives the grant (the more favourable one when both do).
    pub gekozen_spoor: Option<SpoorSoort>,
    /// The grant in whole euros: `Some(0)` without a right, `None` when unknown.
    pub vergoeding: Option<Decimal>,
    /// 2015: the grant under the other reading of the rules, shown beside [`Self::vergoeding`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub andere_lezing: Option<AndereLezingUitkomst>,
    /// True when computed with the unverified 2,5% eigen risico scenario switched on.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub scenario: bool,
    /// Form version.
    pub formulier: Formulier,
    /// The last day of receipt by the Toetsingscommissie (still in time).
    pub uiterste_datum: Date,
    /// Days from the given date to the deadline (0 = today is the last day, negative = too late).
    pub dagen_over: Option<i64>,
    /// Why the result is provisional (rules replaced or not verified); empty when it is not.
    pub voorlopig: Vec<Voorlopig>,
    /// Remarks about the input.
    pub meldingen: Vec<Melding>,
    /// The explanation, step by step.
    pub stappen: Vec<Stap>,
}

impl Uitkomst {
    /// Why the grant is only indicative although the rules give access, in Dutch: the 2015
    /// amount (the final rule is not known) or the 2016 route via € 30 per inwoner (no amount
    /// rule found) — rulebook §9. `None` otherwise; the scenario says so itself ([`Self::scenario`]).
    pub fn indicatief(&self) -> Option<&'static str> {
        if self.andere_lezing.is_some() {
            return Some("de definitieve regeling voor 2015 is niet gevonden");
        }
        let regulier = self.sporen.iter().find(|s| s.soort == SpoorSoort::Regulier)?;
        let status = |id: &str| regulier.toetsen.iter().find(|t| t.id == id).map(|t| &t.status);
        (status("per_inwoner") == Some(&Status::Voldaan) && status("enkel") != Some(&Status::Voldaan))
            .then_some("toegang alleen via de toets per inwoner, waarvoor geen regel voor het bedrag is gevonden")
    }
}
