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
}

/// Internal (B1) or external (B2) measure.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
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

impl Aanvraag {
    /// A new, empty application for tekortjaar `jaar`.
    pub fn nieuw(id: impl Into<String>, jaar: i32) -> Aanvraag {
        Aanvraag {
            id: id.into(),
            financien: Invoer { tekortjaar: jaar, ..Invoer::default() },
            ..Aanvraag::default()
        }
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
        rules::bereken(&self.financien, self.regelaanpassing.as_ref().filter(|a| a.is_actief()), vandaag)
    }

    /// The form version: as the rules say, or — while the grants over t−1/t−2 are not
    /// answered — the basisverzoek (shown with a check asking to answer them).
    pub fn versie(&self) -> Versie {
        if self.tekortjaar() <= 2016 {
            return Versie::Enkel;
        }
        match (self.financien.verleend_vorig_jaar, self.financien.verleend_twee_jaar_terug) {
            (Some(true), _) | (_, Some(true)) => Versie::Uitgebreid,
            _ => Versie::Basis,
        }
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
        let mut n = self.maatregelen.len() + 1;
        loop {
            let id = format!("m{n}");
            if !self.maatregelen.iter().any(|m| m.id == id) {
                return id;
            }
            n += 1;
        }
    }
}

/// True when a text answer counts as empty (only whitespace).
pub fn is_leeg(s: &str) -> bool {
    s.trim().is_empty()
}
