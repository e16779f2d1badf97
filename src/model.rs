//! The application (aanvraag) as plain data: what the gemeente fills in, for every form version.
//!
//! The serde shape of [`Aanvraag`] is the `aanvraag` object of the JSON file and of the draft in
//! the browser; field names are part of the file format (`schema/aanvraag.schema.json`) and
//! must not be renamed without a schema version and a migration (see [`crate::export`]).

use crate::date::Date;
use crate::rules::{self, Invoer, RegelAanpassing, RekenFout, Uitkomst, Versie};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// One complete application for one tekortjaar.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Aanvraag {
    /// Stable id of this draft (random, assigned by the app).
    #[serde(default)]
    pub id: String,
    /// Name of the gemeente, e.g. "Arnhem" (without "gemeente").
    #[serde(default)]
    pub gemeente: String,
    /// The figures and the tekortjaar.
    #[serde(default)]
    pub financien: Invoer,
    /// The user's replacement of rule parameters, if any.
    #[serde(default)]
    pub regelaanpassing: Option<RegelAanpassing>,
    /// Scenario: compute with the unverified 2,5% eigen risico of the uitgebreid vangnet
    /// (rulebook §9; from [`rules::SCENARIO_VANAF`]). Off by default, and absent from the file
    /// while off.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub scenario_eigen_risico: bool,
    /// A. Analyse van de oorzaken van het tekort.
    #[serde(default)]
    pub a_analyse: String,
    /// B. The general explanation of the measures (all versions; in the uitgebreid verzoek the
    /// text under "B. Getroffen interne en externe maatregelen …").
    #[serde(default)]
    pub b_toelichting: String,
    /// B1. Optional introduction to the internal measures (uitgebreid verzoek).
    #[serde(default)]
    pub b1_toelichting: String,
    /// B2. Optional introduction to the external measures (uitgebreid verzoek).
    #[serde(default)]
    pub b2_toelichting: String,
    /// The measures, internal and external, in the order they are shown.
    #[serde(default)]
    pub maatregelen: Vec<Maatregel>,
    /// C. Beoogd effect van de genoemde maatregelen.
    #[serde(default)]
    pub c_effect: String,
    /// D. Ondertekening door het college.
    #[serde(default)]
    pub d_college: OndertekeningCollege,
    /// 2. Instemming gemeenteraad.
    #[serde(default)]
    pub raad: OndertekeningRaad,
    /// Source documents the request is based on (named, never attached).
    #[serde(default)]
    pub bronnen: Vec<Brondocument>,
    /// Optional: the saldo of earlier years (e.g. from 2009) for the history chart, beside the
    /// years the rules compute from [`Self::financien`] (see [`crate::analyse::historie`]).
    #[serde(default)]
    pub historie: Vec<HistorieJaar>,
    /// Optional: the figures used to turn fewer uitkeringen into euros
    /// (see [`crate::analyse::effect`]).
    #[serde(default)]
    pub effect_instellingen: Option<EffectInstellingen>,
    /// Optional: the effect of a measure split over years. Kept beside [`Maatregel::effect`]
    /// (linked by [`EffectJaar::maatregel_id`]) so files without it stay readable. When a
    /// measure has rows here, they replace its undivided [`Effect`] figures in the analysis.
    #[serde(default)]
    pub effect_jaren: Vec<EffectJaar>,
    /// Optional: a multi-year ambition for the number of uitkeringen, measured against the
    /// national trend (AEF method; see [`crate::analyse::ambitie`]).
    #[serde(default)]
    pub ambitie: Option<Ambitie>,
    /// Version marks: named moments of this draft the user can compare with and go back to
    /// (see [`crate::versies`]). Part of the application, not of the draft's storage envelope,
    /// so they travel with the exported file. Not a form field: [`crate::veld::velden`] does
    /// not list them, so compare and merge leave them alone. A mark's snapshot holds no marks.
    /// Written by serde, but read by [`crate::export::uit_json`] itself (so the application's
    /// deserializer does not nest in itself): deserializing an `Aanvraag` directly skips them.
    #[serde(default, skip_serializing_if = "Vec::is_empty", deserialize_with = "versies_overslaan")]
    pub versies: Vec<Versiemarkering>,
    /// Optional: the texts of the draft raadsvoorstel and raadsbesluit that the user edited
    /// (see [`crate::raadsstukken`]). Only edited texts are stored; the others are generated
    /// from the application each time, so their figures stay current.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raadsstukken: Option<Raadsstukken>,
    /// Optional: the draft this one was prepared from with "Volgend jaar voorbereiden".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vorig_concept: Option<VorigConcept>,
    /// The text answers (their pointers: `a_analyse`, `c_effect`, …) carried over from last
    /// year's draft and not edited since: "te herzien". The first edit of a text clears its mark.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub te_herzien: Vec<String>,
}

/// The application's own reader skips the marks (see [`Aanvraag::versies`]).
fn versies_overslaan<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<Versiemarkering>, D::Error> {
    serde::de::IgnoredAny::deserialize(d)?;
    Ok(Vec::new())
}

/// A moment of the draft the user marked with a name ("Versie voor het college, 12-05-2027").
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Versiemarkering {
    /// The user's name for the moment.
    pub naam: String,
    /// When it was marked (local time as ISO text, from the browser clock).
    pub datum_tijd: String,
    /// The application at that moment, without its own [`Aanvraag::versies`].
    pub aanvraag: Aanvraag,
}

/// The edited texts of the raad's documents; `None` is the generated text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Raadsstukken {
    /// Raadsvoorstel: Aanleiding.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aanleiding: Option<String>,
    /// Raadsvoorstel: the explanation of the tekort.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tekort: Option<String>,
    /// Raadsvoorstel: the measures in brief.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maatregelen: Option<String>,
    /// Raadsbesluit: the considerations above the beslispunt ("gelezen …; gelet op …").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overwegingen: Option<String>,
}

/// What became of a request for a vangnetuitkering.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AfloopStatus {
    /// The gemeente did not submit this request.
    NietAangevraagd,
    /// Submitted; no beschikking yet.
    Aangevraagd,
    /// Granted (toegekend).
    Toegekend,
    /// Refused (afgewezen).
    Afgewezen,
}

impl AfloopStatus {
    /// All, in the order the choice shows them.
    pub const ALLE: [AfloopStatus; 4] =
        [AfloopStatus::NietAangevraagd, AfloopStatus::Aangevraagd, AfloopStatus::Toegekend, AfloopStatus::Afgewezen];

    /// The key in the file (and the value of the choice).
    pub fn sleutel(self) -> &'static str {
        match self {
            AfloopStatus::NietAangevraagd => "niet_aangevraagd",
            AfloopStatus::Aangevraagd => "aangevraagd",
            AfloopStatus::Toegekend => "toegekend",
            AfloopStatus::Afgewezen => "afgewezen",
        }
    }

    /// The status a key names.
    pub fn van_sleutel(s: &str) -> Option<AfloopStatus> {
        AfloopStatus::ALLE.into_iter().find(|a| a.sleutel() == s)
    }

    /// Dutch label.
    pub fn label(self) -> &'static str {
        match self {
            AfloopStatus::NietAangevraagd => "Niet aangevraagd",
            AfloopStatus::Aangevraagd => "Aangevraagd, nog geen beschikking",
            AfloopStatus::Toegekend => "Toegekend",
            AfloopStatus::Afgewezen => "Afgewezen",
        }
    }
}

/// The outcome of a request, as the user records it when preparing next year's draft. Not a
/// type of the file: it is kept flat in [`VorigConcept`] (one serde type fewer on the start
/// page's import path, whose wasm has a size budget).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Afloop {
    /// Not requested, requested, granted or refused; `None` while not answered.
    pub status: Option<AfloopStatus>,
    /// The amount granted (only meaningful when granted).
    pub bedrag: Option<Decimal>,
    /// The date of the beschikking.
    pub datum_beschikking: Option<Date>,
}

/// The draft a next-year draft was prepared from, and what became of its request.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VorigConcept {
    /// Its [`Aanvraag::id`] (it may since have been deleted from this browser).
    #[serde(default)]
    pub id: String,
    /// Its gemeente.
    #[serde(default)]
    pub gemeente: String,
    /// Its tekortjaar.
    #[serde(default)]
    pub tekortjaar: i32,
    /// Its outcome: not requested, requested, granted or refused (`None`: not recorded).
    #[serde(default)]
    pub status: Option<AfloopStatus>,
    /// The amount granted.
    #[serde(default, with = "crate::dec_serde::opt")]
    pub bedrag: Option<Decimal>,
    /// The date of the beschikking.
    #[serde(default)]
    pub datum_beschikking: Option<Date>,
}

impl VorigConcept {
    /// The recorded outcome.
    pub fn afloop(&self) -> Afloop {
        Afloop { status: self.status, bedrag: self.bedrag, datum_beschikking: self.datum_beschikking }
    }
}

/// The saldo of one earlier year, as a share of the budget, for the history chart.
///
/// Sign convention, as everywhere in this app: a **tekort is positive** (0.09 = a tekort of 9%
/// of the budget), an overschot negative. (Arnhem's "Grafiek 1" draws a tekort downwards; the
/// app does not.) Fractions, not percentages: 0.09, not 9.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HistorieJaar {
    /// The calendar year.
    pub jaar: i32,
    /// The gemeente's tekort (positive) or overschot (negative) as a fraction of its budget.
    /// For the years the rules compute from the entered figures, the computed value is shown
    /// instead.
    #[serde(default, with = "crate::dec_serde::opt")]
    pub percentage_gemeente: Option<Decimal>,
    /// The same for all gemeenten together (Nederland): the national tekort (positive) or
    /// overschot (negative) as a fraction of the macrobudget.
    #[serde(default, with = "crate::dec_serde::opt")]
    pub percentage_landelijk: Option<Decimal>,
}

/// Figures to turn fewer uitkeringen into a saving (all optional).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EffectInstellingen {
    /// Average annual cost of one uitkering in euros. When empty, the analysis uses the lasten
    /// of the tekortjaar divided by [`Self::aantal_uitkeringen`].
    #[serde(default, with = "crate::dec_serde::opt")]
    pub kosten_per_uitkering: Option<Decimal>,
    /// Average number of uitkeringen in the tekortjaar (may have decimals: an average).
    #[serde(default, with = "crate::dec_serde::opt")]
    pub aantal_uitkeringen: Option<Decimal>,
}

/// The expected effect of one measure in one year.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EffectJaar {
    /// The [`Maatregel::id`] of the measure this row belongs to.
    #[serde(default)]
    pub maatregel_id: String,
    /// The calendar year.
    pub jaar: i32,
    /// Expected number of fewer uitkeringen in this year.
    #[serde(default, with = "crate::dec_serde::opt")]
    pub minder_uitkeringen: Option<Decimal>,
    /// Expected saving in euros in this year; when empty, fewer uitkeringen × the cost per
    /// uitkering is used.
    #[serde(default, with = "crate::dec_serde::opt")]
    pub besparing: Option<Decimal>,
}

/// A multi-year ambition for the number of uitkeringen (AEF, report for Arnhem, Bijlage B):
/// part 1 is an extra decrease spread evenly over the years; part 2 is the national trend,
/// compounded and applied to the starting number, re-set every year with the latest figures.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ambitie {
    /// The first year of the ambition (2018 in the AEF example).
    #[serde(default)]
    pub startjaar: Option<i32>,
    /// The number of uitkeringen at the start (7.700 in the example; Arnhem counts the average
    /// over the year before).
    #[serde(default, with = "crate::dec_serde::opt")]
    pub startaantal: Option<Decimal>,
    /// The extra decrease over the whole period on top of the national trend (500 in the
    /// example); positive = fewer uitkeringen.
    #[serde(default, with = "crate::dec_serde::opt")]
    pub extra_daling: Option<Decimal>,
    /// Over how many years the extra decrease is spread evenly (4 in the example).
    #[serde(default)]
    pub aantal_jaren: Option<u32>,
    /// Per year: the national trend and the realised number.
    #[serde(default)]
    pub jaren: Vec<AmbitieJaar>,
}

/// One year of an [`Ambitie`]. Trends are fractions of the number of uitkeringen nationally:
/// −0.024 = 2,4% fewer uitkeringen in the country.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AmbitieJaar {
    /// The calendar year.
    pub jaar: i32,
    /// The forecast of the national trend for this year, as known in this year (MEV); used for
    /// the ambition set in this year.
    #[serde(default, with = "crate::dec_serde::opt")]
    pub trend_prognose: Option<Decimal>,
    /// The national trend for this year as established afterwards; used for the ambitions of
    /// the later years and for the ambition known afterwards.
    #[serde(default, with = "crate::dec_serde::opt")]
    pub trend_realisatie: Option<Decimal>,
    /// The realised number of uitkeringen after this year (the stand with which the next year
    /// starts; 7.350 after 2018 in the example).
    #[serde(default, with = "crate::dec_serde::opt")]
    pub aantal: Option<Decimal>,
}

/// Internal (B1) or external (B2) measure.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Soort {
    /// Taken without (or partly without) consulting outside parties.
    #[default]
    Intern,
    /// Arrived at by consulting an external party or written source.
    Extern,
}

/// One measure taken to reduce the tekort.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Maatregel {
    /// Stable id within the application (keeps focus and keys steady while reordering).
    #[serde(default)]
    pub id: String,
    /// Internal or external.
    #[serde(default)]
    pub soort: Soort,
    /// Name of the measure.
    #[serde(default)]
    pub naam: String,
    /// Grouping, e.g. the "inspanningslijn" or "doorbraak" it belongs to (optional).
    #[serde(default)]
    pub groep: String,
    /// Description (internal measures; optional extra text for external ones).
    #[serde(default)]
    pub omschrijving: String,
    /// B2 (a): the external source(s): party or written information.
    #[serde(default)]
    pub externe_bron: String,
    /// B2 (b): the insight the gemeente gained from it.
    #[serde(default)]
    pub inzicht: String,
    /// B2 (c): the measure taken as a result.
    #[serde(default)]
    pub getroffen_maatregel: String,
    /// When the measure was taken (optional; must lie between 1 January of the tekortjaar and
    /// the signing date).
    #[serde(default)]
    pub datum_getroffen: Option<Date>,
    /// Optional quantified effect.
    #[serde(default)]
    pub effect: Option<Effect>,
    /// Set when the measure was carried over from an earlier year's draft ("voortgezet"): the
    /// first tekortjaar it was part of a request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voortgezet_sinds: Option<i32>,
    /// For a carried-over measure: what it was meant to achieve in the previous tekortjaar
    /// (copied from its expected effect then; seed 004, "Analyse van maatregelen in voorgaande
    /// jaren"). [`Effect`] again, not a type of its own: the start page's wasm has a size budget.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub beoogd_vorig_jaar: Option<Effect>,
    /// What it achieved in the previous tekortjaar; `toelichting` is the short evaluation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bereikt_vorig_jaar: Option<Effect>,
}

impl Maatregel {
    /// True when the measure is asked what it achieved: carried over, or with a result.
    pub fn vraagt_resultaat(&self) -> bool {
        self.voortgezet_sinds.is_some() || self.beoogd_vorig_jaar.is_some() || self.bereikt_vorig_jaar.is_some()
    }
}

/// The quantified effect of a measure (optional).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Effect {
    /// Expected number of fewer uitkeringen per year.
    #[serde(default, with = "crate::dec_serde::opt")]
    pub minder_uitkeringen: Option<Decimal>,
    /// Expected saving in euros per year.
    #[serde(default, with = "crate::dec_serde::opt")]
    pub besparing: Option<Decimal>,
    /// Free text.
    #[serde(default)]
    pub toelichting: String,
}

/// Signature block of the college (part D).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OndertekeningCollege {
    /// Date of signing.
    #[serde(default)]
    pub datum: Option<Date>,
    /// Name of the secretaris.
    #[serde(default)]
    pub secretaris: String,
    /// Name of the burgemeester.
    #[serde(default)]
    pub burgemeester: String,
}

/// Signature block of the gemeenteraad (part 2).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OndertekeningRaad {
    /// Date of the raad's consent/signing.
    #[serde(default)]
    pub datum: Option<Date>,
    /// Name of the voorzitter.
    #[serde(default)]
    pub voorzitter: String,
    /// Name of the griffier.
    #[serde(default)]
    pub griffier: String,
}

/// A document the request refers to (the form forbids attachments; documents may be named).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Brondocument {
    /// Title.
    #[serde(default)]
    pub titel: String,
    /// Author or publisher.
    #[serde(default)]
    pub auteur: String,
    /// Date or period as written in the source ("23 januari 2020").
    #[serde(default)]
    pub datum: String,
}

/// The tekortjaar a new draft starts with when the clock cannot be read; with a date, the
/// default is [`rules::standaard_tekortjaar`] (the year whose deadline has not passed).
pub const STANDAARD_TEKORTJAAR: i32 = 2025;

/// The tekortjaar of a new draft on `vandaag` (`None`: the clock is unusable).
///
/// ```
/// use vangnet::date::Date;
/// assert_eq!(vangnet::model::standaard_tekortjaar(Date::new(2026, 12, 1)), 2026);
/// assert_eq!(vangnet::model::standaard_tekortjaar(None), vangnet::model::STANDAARD_TEKORTJAAR);
/// ```
pub fn standaard_tekortjaar(vandaag: Option<Date>) -> i32 {
    vandaag.map_or(STANDAARD_TEKORTJAAR, rules::standaard_tekortjaar)
}

impl Aanvraag {
    /// A new, empty application for tekortjaar `jaar`.
    pub fn nieuw(id: impl Into<String>, jaar: i32) -> Aanvraag {
        Aanvraag { id: id.into(), financien: Invoer { tekortjaar: jaar, ..Invoer::default() }, ..Aanvraag::default() }
    }

    /// The tekortjaar.
    pub fn tekortjaar(&self) -> i32 {
        self.financien.tekortjaar
    }

    /// The rules applied to this application's figures.
    ///
    /// # Errors
    /// See [`rules::bereken`].
    pub fn uitkomst(&self, vandaag: Option<Date>) -> Result<Uitkomst, RekenFout> {
        rules::bereken_met_scenario(
            &self.financien,
            self.regelaanpassing.as_ref().filter(|a| a.is_actief()),
            self.scenario_eigen_risico,
            vandaag,
        )
    }

    /// The form version: as the rules say, or — while the grants over t−1/t−2 are not
    /// answered — the basisverzoek (shown with a check asking to answer them). For what to
    /// *show* as the form version, use [`Self::versie_bepaald`].
    pub fn versie(&self) -> Versie {
        self.versie_bepaald().unwrap_or(Versie::Basis)
    }

    /// The form version as far as it is known: `None` while the grants over t−1/t−2 are not
    /// answered (or the year is unknown). Whether the year has two versions comes from the
    /// rule table.
    pub fn versie_bepaald(&self) -> Option<Versie> {
        let twee_versies = rules::regels(self.tekortjaar())?.twee_versies.waarde;
        if !twee_versies {
            return Some(Versie::Enkel);
        }
        // A grant to a predecessor after a herindeling counts as the gemeente's own (rulebook §9).
        if self.financien.voorgangers.iter().any(|v| v.verleend == Some(true)) {
            return Some(Versie::Uitgebreid);
        }
        match (self.financien.verleend_vorig_jaar, self.financien.verleend_twee_jaar_terug) {
            (Some(true), _) | (_, Some(true)) => Some(Versie::Uitgebreid),
            (Some(false), Some(false)) => Some(Versie::Basis),
            _ => None,
        }
    }

    /// Whether the form asks about grants over t−1 and t−2 (the rule table's two versions).
    pub fn vraagt_verleend(&self) -> bool {
        rules::regels(self.tekortjaar()).is_some_and(|r| r.twee_versies.waarde)
    }

    /// Whether the year has a per-inhabitant entry route (and so asks for the inhabitants).
    pub fn vraagt_inwoners(&self) -> bool {
        rules::regels(self.tekortjaar()).is_some_and(|r| r.per_inwoner.is_some())
    }

    /// Internal measures, in order.
    pub fn interne(&self) -> impl Iterator<Item = &Maatregel> {
        self.maatregelen.iter().filter(|m| m.soort == Soort::Intern)
    }

    /// External measures, in order.
    pub fn externe(&self) -> impl Iterator<Item = &Maatregel> {
        self.maatregelen.iter().filter(|m| m.soort == Soort::Extern)
    }

    /// A fresh measure id not used in this application.
    pub fn nieuw_maatregel_id(&self) -> String {
        // Of m{len+1} … m{2·len+1} at least one is free, so `n` never gets near saturating.
        let mut n = self.maatregelen.len().saturating_add(1);
        loop {
            let id = format!("m{n}");
            if !self.maatregelen.iter().any(|m| m.id == id) {
                return id;
            }
            n = n.saturating_add(1);
        }
    }
}

/// True when a text answer counts as empty (only whitespace).
pub fn is_leeg(s: &str) -> bool {
    s.trim().is_empty()
}
