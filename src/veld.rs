//! Every answer field of the application, named once.
//!
//! A [`Veld`] is the one way the checks, the UI, the review pages, the print view, the import
//! bounds and the field-by-field difference name a field. Each field has, here and nowhere
//! else:
//!
//! - its stable string form ([`Veld::pad`], e.g. `maatregelen.m3.naam`; parsed back by
//!   [`Veld::van_pad`]): the `veld` of a check in the export file, and the DOM id of its control
//!   ([`Veld::dom_id`], `veld-maatregelen-m3-naam`) that the e2e tests select;
//! - its Dutch label ([`Veld::label`]) and a name that stands on its own ([`Veld::naam`]);
//! - its part of the form ([`Veld::onderdeel`]) and its kind ([`Veld::soort`]);
//! - its import bounds ([`Veld::grens`], checked by [`Veld::binnen_grens`]);
//! - typed read and write access ([`Veld::lees`], [`Veld::zet`]): a write through a field
//!   changes that field and nothing another field reads (a property test holds it to that).
//!
//! [`velden`] lists the fields an application has (each measure's, each year's, …) and
//! [`verschillen`] compares two applications field by field.
//!
//! To add a field: a variant (or sub-variant) here with its arms in the `match`es below (the
//! compiler lists them), the serde field in [`crate::model`], and its control on its page in
//! `src/ui/pagina/`.

use crate::date::Date;
use crate::guidance;
use crate::model::{Aanvraag, AfloopStatus, Ambitie, AmbitieJaar, Effect, EffectJaar, Maatregel, Soort, VorigConcept};
use crate::nl;
pub use crate::rules::CijferSoort;
use crate::rules::{self, AanpassingVeld, BandVeld, JaarCijfers, RegelAanpassing};
use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// One answer field of the application.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Veld {
    /// Name of the gemeente.
    Gemeente,
    /// The tekortjaar (a choice of the years the rules know).
    Tekortjaar,
    /// Number of inhabitants (only asked when the year has a per-inhabitant route).
    Inwoners,
    /// Was a vangnetuitkering granted over t−1 or t−2?
    Verleend(Terug),
    /// One figure of one year.
    Cijfer {
        /// The calendar year.
        jaar: i32,
        /// Which figure.
        soort: CijferSoort,
    },
    /// The name of a predecessor after a herindeling (by position).
    VoorgangerNaam(usize),
    /// Whether a vangnetuitkering was granted to a predecessor over t−1 or t−2 (by position).
    VoorgangerVerleend(usize),
    /// One figure of one year of a predecessor.
    VoorgangerCijfer {
        /// Position of the predecessor.
        i: usize,
        /// The calendar year.
        jaar: i32,
        /// Which figure.
        soort: CijferSoort,
    },
    /// A replaced rule parameter.
    Aanpassing(AanpassingVeld),
    /// The unverified 2,5% eigen risico scenario switched on (from 2026).
    Scenario,
    /// A text answer of A, B, B1, B2 or C.
    Tekst(TekstVeld),
    /// The internal or external measures as a group (a check "at least one …" names it).
    Maatregelen(Soort),
    /// One field of one measure (by its id).
    Maatregel {
        /// The measure's [`Maatregel::id`].
        id: String,
        /// Which field.
        veld: MaatregelVeld,
    },
    /// Part D: the college's signature block.
    College(CollegeVeld),
    /// Part 2: the raad's signature block.
    Raad(RaadVeld),
    /// An editable text of the raad's documents (raadsvoorstel, raadsbesluit).
    Raadsstuk(RaadsstukVeld),
    /// One field of a source document (by position).
    Bron {
        /// Position in the list.
        i: usize,
        /// Which field.
        veld: BronVeld,
    },
    /// A history year's saldo (by position): the gemeente's or the national one.
    Historie {
        /// Position in the list.
        i: usize,
        /// True for the national figure.
        landelijk: bool,
    },
    /// The figures that turn fewer uitkeringen into euros.
    EffectInstelling(EffectInstellingVeld),
    /// The effect of a measure in one year.
    EffectJaar {
        /// The measure's id.
        id: String,
        /// The calendar year.
        jaar: i32,
        /// Which figure.
        veld: EffectVeld,
    },
    /// A field of the ambition.
    Ambitie(AmbitieVeld),
    /// A field of one year of the ambition.
    AmbitieJaar {
        /// The calendar year.
        jaar: i32,
        /// Which figure.
        veld: AmbitieJaarVeld,
    },
    /// What became of the predecessor's request (a next-year draft's [`VorigConcept`]).
    Afloop(AfloopVeld),
}

/// The fields of the outcome of the predecessor's request ([`VorigConcept`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AfloopVeld {
    /// Not requested, requested, granted or refused (a choice; its value is the status key).
    Status,
    /// The amount granted.
    Bedrag,
    /// The date of the beschikking.
    Datum,
}

impl AfloopVeld {
    /// All, in form order.
    pub const ALLE: [AfloopVeld; 3] = [AfloopVeld::Status, AfloopVeld::Bedrag, AfloopVeld::Datum];
    fn sleutel(self) -> &'static str {
        match self {
            AfloopVeld::Status => "status",
            AfloopVeld::Bedrag => "bedrag",
            AfloopVeld::Datum => "datum_beschikking",
        }
    }
}

/// The fields of what a carried-over measure achieved ([`Maatregel::beoogd_vorig_jaar`],
/// [`Maatregel::bereikt_vorig_jaar`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ResultaatVeld {
    /// Intended: fewer uitkeringen.
    BeoogdMinderUitkeringen,
    /// Intended: saving.
    BeoogdBesparing,
    /// Realised: fewer uitkeringen.
    GerealiseerdMinderUitkeringen,
    /// Realised: saving.
    GerealiseerdBesparing,
    /// A short evaluation.
    Evaluatie,
}

impl ResultaatVeld {
    /// All, in form order.
    pub const ALLE: [ResultaatVeld; 5] = [
        ResultaatVeld::BeoogdMinderUitkeringen,
        ResultaatVeld::BeoogdBesparing,
        ResultaatVeld::GerealiseerdMinderUitkeringen,
        ResultaatVeld::GerealiseerdBesparing,
        ResultaatVeld::Evaluatie,
    ];
    fn sleutel(self) -> &'static str {
        match self {
            ResultaatVeld::BeoogdMinderUitkeringen => "beoogd_minder_uitkeringen",
            ResultaatVeld::BeoogdBesparing => "beoogd_besparing",
            ResultaatVeld::GerealiseerdMinderUitkeringen => "gerealiseerd_minder_uitkeringen",
            ResultaatVeld::GerealiseerdBesparing => "gerealiseerd_besparing",
            ResultaatVeld::Evaluatie => "evaluatie",
        }
    }
    /// Intended (`false`) or realised (`true`), and the figure of the [`Effect`] it is (`None`:
    /// the evaluation, the realised effect's `toelichting`).
    fn deel(self) -> (bool, Option<EffectVeld>) {
        match self {
            ResultaatVeld::BeoogdMinderUitkeringen => (false, Some(EffectVeld::MinderUitkeringen)),
            ResultaatVeld::BeoogdBesparing => (false, Some(EffectVeld::Besparing)),
            ResultaatVeld::GerealiseerdMinderUitkeringen => (true, Some(EffectVeld::MinderUitkeringen)),
            ResultaatVeld::GerealiseerdBesparing => (true, Some(EffectVeld::Besparing)),
            ResultaatVeld::Evaluatie => (true, None),
        }
    }
    /// The effect of `m` this field is part of.
    fn effect(self, m: &Maatregel) -> Option<&Effect> {
        if self.deel().0 {
            m.bereikt_vorig_jaar.as_ref()
        } else {
            m.beoogd_vorig_jaar.as_ref()
        }
    }
    /// The figure in `m` (`None` for the evaluation, a text).
    pub fn getal(self, m: &Maatregel) -> Option<Decimal> {
        let e = self.effect(m)?;
        self.deel().1.and_then(|v| effect_van(e, v))
    }
    /// The key of the figure in the file's [`Effect`].
    fn json_sleutel(self) -> String {
        let (bereikt, v) = self.deel();
        format!("{}.{}", if bereikt { "bereikt_vorig_jaar" } else { "beoogd_vorig_jaar" }, v.map_or("toelichting", EffectVeld::sleutel))
    }
}

/// Which earlier grant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Terug {
    /// t−1.
    VorigJaar,
    /// t−2.
    TweeJaar,
}

/// The free-text answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TekstVeld {
    /// A. Analyse van de oorzaken.
    A,
    /// B. Toelichting op de maatregelen.
    B,
    /// B1. Inleiding interne maatregelen.
    B1,
    /// B2. Inleiding externe maatregelen.
    B2,
    /// C. Beoogd effect.
    C,
}

impl TekstVeld {
    /// All, in form order.
    pub const ALLE: [TekstVeld; 5] = [TekstVeld::A, TekstVeld::B, TekstVeld::B1, TekstVeld::B2, TekstVeld::C];

    /// The key in the file, also the pointer (`a_analyse`) and the mark in
    /// [`Aanvraag::te_herzien`].
    pub fn sleutel(self) -> &'static str {
        match self {
            TekstVeld::A => "a_analyse",
            TekstVeld::B => "b_toelichting",
            TekstVeld::B1 => "b1_toelichting",
            TekstVeld::B2 => "b2_toelichting",
            TekstVeld::C => "c_effect",
        }
    }

    fn tekst(self, a: &Aanvraag) -> &String {
        match self {
            TekstVeld::A => &a.a_analyse,
            TekstVeld::B => &a.b_toelichting,
            TekstVeld::B1 => &a.b1_toelichting,
            TekstVeld::B2 => &a.b2_toelichting,
            TekstVeld::C => &a.c_effect,
        }
    }

    fn tekst_mut(self, a: &mut Aanvraag) -> &mut String {
        match self {
            TekstVeld::A => &mut a.a_analyse,
            TekstVeld::B => &mut a.b_toelichting,
            TekstVeld::B1 => &mut a.b1_toelichting,
            TekstVeld::B2 => &mut a.b2_toelichting,
            TekstVeld::C => &mut a.c_effect,
        }
    }
}

/// The fields of a measure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MaatregelVeld {
    /// Name.
    Naam,
    /// Grouping (inspanningslijn).
    Groep,
    /// Description.
    Omschrijving,
    /// B2 a): the external source.
    ExterneBron,
    /// B2 b): the insight.
    Inzicht,
    /// B2 c): the measure taken.
    GetroffenMaatregel,
    /// When it was taken.
    DatumGetroffen,
    /// Its expected effect (on the Inzicht page).
    Effect(EffectVeld),
    /// What a carried-over measure achieved (on the measure in part B).
    Resultaat(ResultaatVeld),
}

impl MaatregelVeld {
    /// The text fields, in form order.
    pub const TEKSTEN: [MaatregelVeld; 6] = [
        MaatregelVeld::Naam,
        MaatregelVeld::Groep,
        MaatregelVeld::Omschrijving,
        MaatregelVeld::ExterneBron,
        MaatregelVeld::Inzicht,
        MaatregelVeld::GetroffenMaatregel,
    ];

    fn sleutel(self) -> &'static str {
        match self {
            MaatregelVeld::Naam => "naam",
            MaatregelVeld::Groep => "groep",
            MaatregelVeld::Omschrijving => "omschrijving",
            MaatregelVeld::ExterneBron => "externe_bron",
            MaatregelVeld::Inzicht => "inzicht",
            MaatregelVeld::GetroffenMaatregel => "getroffen_maatregel",
            MaatregelVeld::DatumGetroffen => "datum_getroffen",
            MaatregelVeld::Effect(_) => "effect",
            MaatregelVeld::Resultaat(_) => "resultaat",
        }
    }

    fn tekst(self, m: &Maatregel) -> Option<&String> {
        Some(match self {
            MaatregelVeld::Naam => &m.naam,
            MaatregelVeld::Groep => &m.groep,
            MaatregelVeld::Omschrijving => &m.omschrijving,
            MaatregelVeld::ExterneBron => &m.externe_bron,
            MaatregelVeld::Inzicht => &m.inzicht,
            MaatregelVeld::GetroffenMaatregel => &m.getroffen_maatregel,
            MaatregelVeld::DatumGetroffen | MaatregelVeld::Effect(_) | MaatregelVeld::Resultaat(_) => return None,
        })
    }

    fn tekst_mut(self, m: &mut Maatregel) -> Option<&mut String> {
        Some(match self {
            MaatregelVeld::Naam => &mut m.naam,
            MaatregelVeld::Groep => &mut m.groep,
            MaatregelVeld::Omschrijving => &mut m.omschrijving,
            MaatregelVeld::ExterneBron => &mut m.externe_bron,
            MaatregelVeld::Inzicht => &mut m.inzicht,
            MaatregelVeld::GetroffenMaatregel => &mut m.getroffen_maatregel,
            MaatregelVeld::DatumGetroffen | MaatregelVeld::Effect(_) | MaatregelVeld::Resultaat(_) => return None,
        })
    }
}

/// The two effect figures (per year for a measure, or for one year).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EffectVeld {
    /// Fewer uitkeringen.
    MinderUitkeringen,
    /// Saving in euros.
    Besparing,
}

impl EffectVeld {
    fn sleutel(self) -> &'static str {
        match self {
            EffectVeld::MinderUitkeringen => "minder_uitkeringen",
            EffectVeld::Besparing => "besparing",
        }
    }
    fn van_sleutel(s: &str) -> Option<EffectVeld> {
        [EffectVeld::MinderUitkeringen, EffectVeld::Besparing].into_iter().find(|e| e.sleutel() == s)
    }
}

/// Part D.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CollegeVeld {
    /// Date of signing.
    Datum,
    /// The secretaris.
    Secretaris,
    /// The burgemeester.
    Burgemeester,
}

/// Part 2.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RaadVeld {
    /// Date of consent.
    Datum,
    /// The voorzitter.
    Voorzitter,
    /// The griffier.
    Griffier,
}

/// The editable texts of the raad's documents ([`crate::raadsstukken`]). Empty means the
/// generated text: writing an empty text goes back to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RaadsstukVeld {
    /// Raadsvoorstel: Aanleiding.
    Aanleiding,
    /// Raadsvoorstel: the tekort.
    Tekort,
    /// Raadsvoorstel: the measures.
    Maatregelen,
    /// Raadsbesluit: the considerations.
    Overwegingen,
}

impl RaadsstukVeld {
    /// All, in document order.
    pub const ALLE: [RaadsstukVeld; 4] =
        [RaadsstukVeld::Aanleiding, RaadsstukVeld::Tekort, RaadsstukVeld::Maatregelen, RaadsstukVeld::Overwegingen];
    /// The key in the file (`raadsstukken.<sleutel>`).
    pub fn sleutel(self) -> &'static str {
        match self {
            RaadsstukVeld::Aanleiding => "aanleiding",
            RaadsstukVeld::Tekort => "tekort",
            RaadsstukVeld::Maatregelen => "maatregelen",
            RaadsstukVeld::Overwegingen => "overwegingen",
        }
    }
    /// The stored (edited) text, if any.
    pub fn van(self, a: &Aanvraag) -> Option<&String> {
        let r = a.raadsstukken.as_ref()?;
        match self {
            RaadsstukVeld::Aanleiding => r.aanleiding.as_ref(),
            RaadsstukVeld::Tekort => r.tekort.as_ref(),
            RaadsstukVeld::Maatregelen => r.maatregelen.as_ref(),
            RaadsstukVeld::Overwegingen => r.overwegingen.as_ref(),
        }
    }
    /// Stores `t`; empty (after trimming) clears it, and the last one cleared drops the whole
    /// `raadsstukken` object, so a file without edits stays as it was.
    fn zet(self, a: &mut Aanvraag, t: String) {
        let nieuw = (!t.trim().is_empty()).then_some(t);
        let r = a.raadsstukken.get_or_insert_with(Default::default);
        match self {
            RaadsstukVeld::Aanleiding => r.aanleiding = nieuw,
            RaadsstukVeld::Tekort => r.tekort = nieuw,
            RaadsstukVeld::Maatregelen => r.maatregelen = nieuw,
            RaadsstukVeld::Overwegingen => r.overwegingen = nieuw,
        }
        if a.raadsstukken.as_ref().is_some_and(|r| *r == crate::model::Raadsstukken::default()) {
            a.raadsstukken = None;
        }
    }
}

/// A source document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BronVeld {
    /// Title.
    Titel,
    /// Author or publisher.
    Auteur,
    /// Date as written.
    Datum,
}

impl BronVeld {
    const ALLE: [BronVeld; 3] = [BronVeld::Titel, BronVeld::Auteur, BronVeld::Datum];
    fn sleutel(self) -> &'static str {
        match self {
            BronVeld::Titel => "titel",
            BronVeld::Auteur => "auteur",
            BronVeld::Datum => "datum",
        }
    }
}

/// The figures behind the effect in euros.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EffectInstellingVeld {
    /// Cost of one uitkering per year.
    KostenPerUitkering,
    /// Number of uitkeringen in the tekortjaar.
    AantalUitkeringen,
}

/// The ambition's own fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AmbitieVeld {
    /// First year.
    Startjaar,
    /// Number at the start.
    Startaantal,
    /// Extra decrease.
    ExtraDaling,
    /// Over how many years.
    AantalJaren,
}

/// The fields of one ambition year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AmbitieJaarVeld {
    /// National trend, forecast.
    Prognose,
    /// National trend, realised.
    Realisatie,
    /// Realised number.
    Aantal,
}

impl AmbitieJaarVeld {
    const ALLE: [AmbitieJaarVeld; 3] = [AmbitieJaarVeld::Prognose, AmbitieJaarVeld::Realisatie, AmbitieJaarVeld::Aantal];
    fn sleutel(self) -> &'static str {
        match self {
            AmbitieJaarVeld::Prognose => "prognose",
            AmbitieJaarVeld::Realisatie => "realisatie",
            AmbitieJaarVeld::Aantal => "aantal",
        }
    }
    fn van_mut(self, j: &mut AmbitieJaar) -> &mut Option<Decimal> {
        match self {
            AmbitieJaarVeld::Prognose => &mut j.trend_prognose,
            AmbitieJaarVeld::Realisatie => &mut j.trend_realisatie,
            AmbitieJaarVeld::Aantal => &mut j.aantal,
        }
    }
    fn van(self, j: &AmbitieJaar) -> Option<Decimal> {
        match self {
            AmbitieJaarVeld::Prognose => j.trend_prognose,
            AmbitieJaarVeld::Realisatie => j.trend_realisatie,
            AmbitieJaarVeld::Aantal => j.aantal,
        }
    }
}

/// Where a field is filled in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Onderdeel {
    /// Rekenen: gemeente, year, figures, rule overrides.
    Rekenen,
    /// A.
    A,
    /// B, B1, B2 and the measures.
    B,
    /// C and the source documents.
    C,
    /// D.
    D,
    /// 2.
    Raad,
    /// The insight page (history, effect, ambition): not part of the form.
    Inzicht,
}

/// What kind of value a field holds, and so which control shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VeldSoort {
    /// Euros (`€ 1.234.567`).
    Bedrag,
    /// A count (may have decimals: an average).
    Aantal,
    /// A percentage, held as a fraction.
    Percentage,
    /// A date (dag, maand, jaar).
    Datum,
    /// A one-line text.
    KorteTekst,
    /// A long text.
    LangeTekst,
    /// Yes or no.
    JaNee,
    /// A whole number (inhabitants, a year, a number of years).
    Geheel,
    /// A group of measures (a heading; no value of its own).
    Groep,
    /// One of a fixed list of options (radios); the value is the option's key as text, `""`
    /// when none is chosen (see [`Veld::keuzes`]).
    Keuze,
}

/// A field's value, by kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Waarde {
    /// Text (short or long).
    Tekst(String),
    /// An amount, count or fraction; `None` when empty.
    Getal(Option<Decimal>),
    /// A date; `None` when empty.
    Datum(Option<Date>),
    /// Yes/no; `None` when not answered.
    JaNee(Option<bool>),
    /// A whole number; `None` when empty.
    Geheel(Option<i64>),
    /// A group has no value.
    Geen,
}

/// The bounds a field's value must stay within on import (and at the field).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grens {
    /// At most this many characters.
    Tekst(usize),
    /// Between `min` and `max` inclusive, with at most `decimalen` decimals.
    Getal {
        /// Lowest value.
        min: Decimal,
        /// Highest value.
        max: Decimal,
        /// Most decimals.
        decimalen: u32,
    },
    /// A whole number between `min` and `max` inclusive.
    Geheel {
        /// Lowest value.
        min: i64,
        /// Highest value.
        max: i64,
    },
    /// No bound beyond the type (dates are 1900–2200 by construction).
    Geen,
}

/// Why [`Veld::zet`] wrote nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ZetFout {
    /// The field does not exist in this application (a removed measure, a removed row).
    BestaatNiet,
    /// The value is of another kind than the field.
    VerkeerdeSoort,
    /// The value is outside the field's bounds.
    BuitenGrens(String),
}

/// Longest text accepted in any text field (characters).
pub const MAX_TEKST_TEKENS: usize = 1_000_000;
/// The largest amount accepted: a thousand times the largest municipal BUIG budget, far above
/// the rules' "typo" warning ([`rules::MAXIMAAL_BEDRAG`]), low enough that no sum or product the
/// app makes of these amounts can overflow a decimal.
pub const MAX_BEDRAG: i64 = 1_000_000_000_000;
/// The largest count accepted (uitkeringen, people).
pub const MAX_AANTAL: i64 = 1_000_000_000;
/// The largest fraction accepted in a percentage field: 100 = 10.000%.
pub const MAX_FRACTIE: i64 = 100;
/// Most inhabitants accepted (the Netherlands has under 18 million).
pub const MAX_INWONERS: i64 = 100_000_000;

impl Veld {
    /// The pointer, e.g. `financien.2019.lasten`: the format of the file and of the DOM ids.
    pub fn pad(&self) -> String {
        match self {
            Veld::Gemeente => "gemeente".into(),
            Veld::Tekortjaar => "financien.tekortjaar".into(),
            Veld::Inwoners => "financien.inwoners".into(),
            Veld::Verleend(Terug::VorigJaar) => "financien.verleend_vorig_jaar".into(),
            Veld::Verleend(Terug::TweeJaar) => "financien.verleend_twee_jaar_terug".into(),
            Veld::Scenario => "scenario_eigen_risico".into(),
            Veld::Cijfer { jaar, soort } => format!("financien.{jaar}.{}", soort.sleutel()),
            Veld::VoorgangerNaam(i) => format!("financien.voorgangers.{i}.naam"),
            Veld::VoorgangerVerleend(i) => format!("financien.voorgangers.{i}.verleend"),
            Veld::VoorgangerCijfer { i, jaar, soort } => format!("financien.voorgangers.{i}.{jaar}.{}", soort.sleutel()),
            Veld::Aanpassing(v) => format!("regelaanpassing.{}", aanpassing_pad(*v)),
            Veld::Tekst(t) => t.sleutel().into(),
            Veld::Maatregelen(Soort::Intern) => "maatregelen.intern".into(),
            Veld::Maatregelen(Soort::Extern) => "maatregelen.extern".into(),
            Veld::Maatregel { id, veld: MaatregelVeld::Effect(e) } => format!("maatregelen.{id}.effect.{}", e.sleutel()),
            Veld::Maatregel { id, veld: MaatregelVeld::Resultaat(r) } => format!("maatregelen.{id}.resultaat.{}", r.sleutel()),
            Veld::Maatregel { id, veld } => format!("maatregelen.{id}.{}", veld.sleutel()),
            Veld::College(v) => format!(
                "d_college.{}",
                match v {
                    CollegeVeld::Datum => "datum",
                    CollegeVeld::Secretaris => "secretaris",
                    CollegeVeld::Burgemeester => "burgemeester",
                }
            ),
            Veld::Raad(v) => format!(
                "raad.{}",
                match v {
                    RaadVeld::Datum => "datum",
                    RaadVeld::Voorzitter => "voorzitter",
                    RaadVeld::Griffier => "griffier",
                }
            ),
            Veld::Raadsstuk(v) => format!("raadsstukken.{}", v.sleutel()),
            Veld::Bron { i, veld } => format!("bronnen.{i}.{}", veld.sleutel()),
            Veld::Historie { i, landelijk } => format!("historie.{i}.{}", if *landelijk { "landelijk" } else { "gemeente" }),
            Veld::EffectInstelling(EffectInstellingVeld::KostenPerUitkering) => "effect_instellingen.kosten_per_uitkering".into(),
            Veld::EffectInstelling(EffectInstellingVeld::AantalUitkeringen) => "effect_instellingen.aantal_uitkeringen".into(),
            Veld::EffectJaar { id, jaar, veld } => format!("effect_jaren.{id}.{jaar}.{}", veld.sleutel()),
            Veld::Ambitie(v) => format!(
                "ambitie.{}",
                match v {
                    AmbitieVeld::Startjaar => "startjaar",
                    AmbitieVeld::Startaantal => "startaantal",
                    AmbitieVeld::ExtraDaling => "extra_daling",
                    AmbitieVeld::AantalJaren => "aantal_jaren",
                }
            ),
            Veld::AmbitieJaar { jaar, veld } => format!("ambitie.{jaar}.{}", veld.sleutel()),
            Veld::Afloop(v) => format!("vorig_concept.{}", v.sleutel()),
        }
    }

    /// The field a pointer names, if any: the inverse of [`Veld::pad`].
    ///
    /// ```
    /// use vangnet::veld::Veld;
    /// let v = Veld::van_pad("maatregelen.m3.externe_bron").unwrap();
    /// assert_eq!(v.pad(), "maatregelen.m3.externe_bron");
    /// assert_eq!(v.dom_id(), "veld-maatregelen-m3-externe_bron");
    /// assert!(Veld::van_pad("regelaanpassing").is_none());
    /// ```
    pub fn van_pad(pad: &str) -> Option<Veld> {
        let d: Vec<&str> = pad.split('.').collect();
        let jaar = |s: &str| s.parse::<i32>().ok().filter(|j| s == j.to_string());
        let index = |s: &str| s.parse::<usize>().ok().filter(|i| s == i.to_string());
        let v = match d.as_slice() {
            ["gemeente"] => Veld::Gemeente,
            ["financien", "tekortjaar"] => Veld::Tekortjaar,
            ["financien", "inwoners"] => Veld::Inwoners,
            ["financien", "verleend_vorig_jaar"] => Veld::Verleend(Terug::VorigJaar),
            ["financien", "verleend_twee_jaar_terug"] => Veld::Verleend(Terug::TweeJaar),
            ["scenario_eigen_risico"] => Veld::Scenario,
            ["financien", "voorgangers", i, "naam"] => Veld::VoorgangerNaam(index(i)?),
            ["financien", "voorgangers", i, "verleend"] => Veld::VoorgangerVerleend(index(i)?),
            ["financien", "voorgangers", i, j, s] => {
                Veld::VoorgangerCijfer { i: index(i)?, jaar: jaar(j)?, soort: CijferSoort::van_sleutel(s)? }
            }
            ["financien", j, s] => Veld::Cijfer { jaar: jaar(j)?, soort: CijferSoort::van_sleutel(s)? },
            ["regelaanpassing", rest @ ..] => Veld::Aanpassing(aanpassing_van_pad(rest)?),
            [t] => Veld::Tekst(TekstVeld::ALLE.into_iter().find(|v| v.sleutel() == *t)?),
            ["maatregelen", "intern"] => Veld::Maatregelen(Soort::Intern),
            ["maatregelen", "extern"] => Veld::Maatregelen(Soort::Extern),
            ["maatregelen", id, "effect", e] if is_id(id) => {
                Veld::Maatregel { id: id.to_string(), veld: MaatregelVeld::Effect(EffectVeld::van_sleutel(e)?) }
            }
            ["maatregelen", id, "resultaat", r] if is_id(id) => Veld::Maatregel {
                id: id.to_string(),
                veld: MaatregelVeld::Resultaat(ResultaatVeld::ALLE.into_iter().find(|v| v.sleutel() == *r)?),
            },
            ["vorig_concept", f] => Veld::Afloop(AfloopVeld::ALLE.into_iter().find(|v| v.sleutel() == *f)?),
            ["maatregelen", id, f] if is_id(id) => Veld::Maatregel {
                id: id.to_string(),
                veld: MaatregelVeld::TEKSTEN.into_iter().chain([MaatregelVeld::DatumGetroffen]).find(|v| v.sleutel() == *f)?,
            },
            ["d_college", "datum"] => Veld::College(CollegeVeld::Datum),
            ["d_college", "secretaris"] => Veld::College(CollegeVeld::Secretaris),
            ["d_college", "burgemeester"] => Veld::College(CollegeVeld::Burgemeester),
            ["raad", "datum"] => Veld::Raad(RaadVeld::Datum),
            ["raad", "voorzitter"] => Veld::Raad(RaadVeld::Voorzitter),
            ["raad", "griffier"] => Veld::Raad(RaadVeld::Griffier),
            ["raadsstukken", s] => Veld::Raadsstuk(RaadsstukVeld::ALLE.into_iter().find(|v| v.sleutel() == *s)?),
            ["bronnen", i, f] => Veld::Bron { i: index(i)?, veld: BronVeld::ALLE.into_iter().find(|b| b.sleutel() == *f)? },
            ["historie", i, "gemeente"] => Veld::Historie { i: index(i)?, landelijk: false },
            ["historie", i, "landelijk"] => Veld::Historie { i: index(i)?, landelijk: true },
            ["effect_instellingen", "kosten_per_uitkering"] => Veld::EffectInstelling(EffectInstellingVeld::KostenPerUitkering),
            ["effect_instellingen", "aantal_uitkeringen"] => Veld::EffectInstelling(EffectInstellingVeld::AantalUitkeringen),
            ["effect_jaren", id, j, e] if is_id(id) => {
                Veld::EffectJaar { id: id.to_string(), jaar: jaar(j)?, veld: EffectVeld::van_sleutel(e)? }
            }
            ["ambitie", "startjaar"] => Veld::Ambitie(AmbitieVeld::Startjaar),
            ["ambitie", "startaantal"] => Veld::Ambitie(AmbitieVeld::Startaantal),
            ["ambitie", "extra_daling"] => Veld::Ambitie(AmbitieVeld::ExtraDaling),
            ["ambitie", "aantal_jaren"] => Veld::Ambitie(AmbitieVeld::AantalJaren),
            ["ambitie", j, f] => Veld::AmbitieJaar { jaar: jaar(j)?, veld: AmbitieJaarVeld::ALLE.into_iter().find(|v| v.sleutel() == *f)? },
            _ => return None,
        };
        Some(v)
    }

    /// The DOM id of the field's control (for a date: the day input; for yes/no: the fieldset;
    /// for a group: its heading): `veld-` and the pointer with dots as dashes.
    pub fn dom_id(&self) -> String {
        format!("veld-{}", self.pad().replace('.', "-"))
    }

    /// The part of the form (or the insight page) where the field is filled in.
    pub fn onderdeel(&self) -> Onderdeel {
        match self {
            Veld::Gemeente
            | Veld::Tekortjaar
            | Veld::Inwoners
            | Veld::Verleend(_)
            | Veld::Cijfer { .. }
            | Veld::VoorgangerNaam(_)
            | Veld::VoorgangerVerleend(_)
            | Veld::VoorgangerCijfer { .. }
            | Veld::Scenario
            | Veld::Aanpassing(_)
            | Veld::Afloop(_) => Onderdeel::Rekenen,
            Veld::Tekst(TekstVeld::A) => Onderdeel::A,
            Veld::Tekst(TekstVeld::B | TekstVeld::B1 | TekstVeld::B2) | Veld::Maatregelen(_) => Onderdeel::B,
            Veld::Maatregel { veld: MaatregelVeld::Effect(_), .. } => Onderdeel::Inzicht,
            Veld::Maatregel { .. } => Onderdeel::B,
            Veld::Tekst(TekstVeld::C) | Veld::Bron { .. } => Onderdeel::C,
            Veld::College(_) => Onderdeel::D,
            Veld::Raad(_) => Onderdeel::Raad,
            // Not part of the form: the raad's own documents, beside it.
            Veld::Raadsstuk(_) => Onderdeel::Inzicht,
            Veld::Historie { .. } | Veld::EffectInstelling(_) | Veld::EffectJaar { .. } | Veld::Ambitie(_) | Veld::AmbitieJaar { .. } => {
                Onderdeel::Inzicht
            }
        }
    }

    /// The kind of value, and so the control.
    pub fn soort(&self) -> VeldSoort {
        match self {
            Veld::Gemeente | Veld::VoorgangerNaam(_) | Veld::Bron { .. } => VeldSoort::KorteTekst,
            Veld::College(CollegeVeld::Secretaris | CollegeVeld::Burgemeester) => VeldSoort::KorteTekst,
            Veld::Raad(RaadVeld::Voorzitter | RaadVeld::Griffier) => VeldSoort::KorteTekst,
            Veld::Raadsstuk(_) => VeldSoort::LangeTekst,
            Veld::College(CollegeVeld::Datum) | Veld::Raad(RaadVeld::Datum) => VeldSoort::Datum,
            Veld::Tekortjaar | Veld::Inwoners => VeldSoort::Geheel,
            Veld::Ambitie(AmbitieVeld::Startjaar | AmbitieVeld::AantalJaren) => VeldSoort::Geheel,
            Veld::Verleend(_) | Veld::VoorgangerVerleend(_) | Veld::Scenario => VeldSoort::JaNee,
            Veld::Cijfer { .. } | Veld::VoorgangerCijfer { .. } => VeldSoort::Bedrag,
            Veld::Aanpassing(AanpassingVeld::UitersteDatum) => VeldSoort::Datum,
            Veld::Aanpassing(AanpassingVeld::Reden) => VeldSoort::LangeTekst,
            Veld::Aanpassing(_) => VeldSoort::Percentage,
            Veld::Tekst(_) => VeldSoort::LangeTekst,
            Veld::Maatregelen(_) => VeldSoort::Groep,
            Veld::Maatregel { veld, .. } => match veld {
                MaatregelVeld::Naam | MaatregelVeld::Groep => VeldSoort::KorteTekst,
                MaatregelVeld::DatumGetroffen => VeldSoort::Datum,
                MaatregelVeld::Effect(EffectVeld::Besparing) => VeldSoort::Bedrag,
                MaatregelVeld::Effect(EffectVeld::MinderUitkeringen) => VeldSoort::Aantal,
                MaatregelVeld::Resultaat(ResultaatVeld::BeoogdBesparing | ResultaatVeld::GerealiseerdBesparing) => VeldSoort::Bedrag,
                MaatregelVeld::Resultaat(ResultaatVeld::BeoogdMinderUitkeringen | ResultaatVeld::GerealiseerdMinderUitkeringen) => {
                    VeldSoort::Aantal
                }
                _ => VeldSoort::LangeTekst,
            },
            Veld::Afloop(AfloopVeld::Status) => VeldSoort::Keuze,
            Veld::Afloop(AfloopVeld::Bedrag) => VeldSoort::Bedrag,
            Veld::Afloop(AfloopVeld::Datum) => VeldSoort::Datum,
            Veld::Historie { .. } => VeldSoort::Percentage,
            Veld::EffectInstelling(EffectInstellingVeld::KostenPerUitkering) => VeldSoort::Bedrag,
            Veld::EffectInstelling(EffectInstellingVeld::AantalUitkeringen) => VeldSoort::Aantal,
            Veld::EffectJaar { veld: EffectVeld::Besparing, .. } => VeldSoort::Bedrag,
            Veld::EffectJaar { veld: EffectVeld::MinderUitkeringen, .. } => VeldSoort::Aantal,
            Veld::Ambitie(_) => VeldSoort::Aantal,
            Veld::AmbitieJaar { veld: AmbitieJaarVeld::Aantal, .. } => VeldSoort::Aantal,
            Veld::AmbitieJaar { .. } => VeldSoort::Percentage,
        }
    }

    /// The label at the control (its context, e.g. the year or the measure, is in the
    /// surrounding fieldset or card; see [`Veld::naam`] for a name that stands alone).
    pub fn label(&self) -> String {
        match self {
            Veld::Gemeente => "Naam van de gemeente".into(),
            Veld::Tekortjaar => "Tekortjaar".into(),
            Veld::Inwoners => "Aantal inwoners".into(),
            Veld::Verleend(_) => "Vangnetuitkering verleend".into(),
            Veld::Scenario => "Rekenen met het scenario 2,5% eigen risico (niet geverifieerd)".into(),
            Veld::Cijfer { soort, .. } => soort.label().into(),
            Veld::VoorgangerNaam(_) => "Naam van de voormalige gemeente".into(),
            Veld::VoorgangerVerleend(_) => "Vangnetuitkering aan deze voorganger verleend".into(),
            Veld::VoorgangerCijfer { soort, .. } => match soort {
                CijferSoort::FoutOnzeker => "Fout/onzeker (D)".into(),
                CijferSoort::Budget => "Budget (B)".into(),
                s => s.label().into(),
            },
            Veld::Aanpassing(a) => match a {
                AanpassingVeld::Drempel => "Toegangsdrempel (%)".into(),
                AanpassingVeld::UitgebreidDrempel => "Uitgebreid vangnet: toegangsdrempel (%)".into(),
                AanpassingVeld::Band { uitgebreid, i, deel } => format!(
                    "{}Band {}: {}",
                    if *uitgebreid { "Uitgebreid vangnet, " } else { "" },
                    i.saturating_add(1),
                    match deel {
                        BandVeld::Vanaf => "vanaf (% van het budget)",
                        BandVeld::Aandeel => "vergoed (% van het tekort in de band)",
                    }
                ),
                AanpassingVeld::UitersteDatum => "Uiterste datum".into(),
                AanpassingVeld::Reden => "Waarom wijkt u af? Noem de bron.".into(),
            },
            Veld::Tekst(t) => match t {
                TekstVeld::A => "Analyse van de oorzaken van het tekort".into(),
                TekstVeld::B => "Toelichting op de maatregelen".into(),
                TekstVeld::B1 => "Inleiding interne maatregelen".into(),
                TekstVeld::B2 => "Inleiding externe maatregelen".into(),
                TekstVeld::C => "Beoogd effect van de genoemde maatregelen".into(),
            },
            Veld::Maatregelen(Soort::Intern) => "B1. Interne maatregelen".into(),
            Veld::Maatregelen(Soort::Extern) => "B2. Externe maatregelen".into(),
            Veld::Maatregel { veld, .. } => match veld {
                MaatregelVeld::Naam => "Naam van de maatregel".into(),
                MaatregelVeld::Groep => "Inspanningslijn of groep".into(),
                MaatregelVeld::Omschrijving => "Omschrijving".into(),
                MaatregelVeld::ExterneBron => format!("a) {}", guidance::B2_VRAGEN[0].1),
                MaatregelVeld::Inzicht => format!("b) {}", guidance::B2_VRAGEN[1].1),
                MaatregelVeld::GetroffenMaatregel => format!("c) {}", guidance::B2_VRAGEN[2].1),
                MaatregelVeld::DatumGetroffen => "Datum waarop de maatregel is getroffen".into(),
                MaatregelVeld::Effect(EffectVeld::MinderUitkeringen) => "Minder uitkeringen per jaar".into(),
                MaatregelVeld::Effect(EffectVeld::Besparing) => "Besparing per jaar".into(),
                MaatregelVeld::Resultaat(r) => match r {
                    ResultaatVeld::BeoogdMinderUitkeringen => "Beoogd: minder uitkeringen".into(),
                    ResultaatVeld::BeoogdBesparing => "Beoogd: besparing".into(),
                    ResultaatVeld::GerealiseerdMinderUitkeringen => "Gerealiseerd: minder uitkeringen".into(),
                    ResultaatVeld::GerealiseerdBesparing => "Gerealiseerd: besparing".into(),
                    ResultaatVeld::Evaluatie => "Korte evaluatie".into(),
                },
            },
            Veld::Afloop(v) => match v {
                AfloopVeld::Status => "Afloop van de vorige aanvraag".into(),
                AfloopVeld::Bedrag => "Toegekend bedrag".into(),
                AfloopVeld::Datum => "Datum van de beschikking".into(),
            },
            Veld::College(v) => match v {
                CollegeVeld::Datum => "Datum van ondertekening".into(),
                CollegeVeld::Secretaris => "Naam van de secretaris".into(),
                CollegeVeld::Burgemeester => "Naam van de burgemeester".into(),
            },
            Veld::Raad(v) => match v {
                RaadVeld::Datum => "Datum van instemming door de gemeenteraad".into(),
                RaadVeld::Voorzitter => "Naam van de voorzitter".into(),
                RaadVeld::Griffier => "Naam van de griffier".into(),
            },
            Veld::Raadsstuk(v) => match v {
                RaadsstukVeld::Aanleiding => "Raadsvoorstel: aanleiding".into(),
                RaadsstukVeld::Tekort => "Raadsvoorstel: het tekort".into(),
                RaadsstukVeld::Maatregelen => "Raadsvoorstel: de maatregelen".into(),
                RaadsstukVeld::Overwegingen => "Raadsbesluit: overwegingen".into(),
            },
            Veld::Bron { veld, .. } => match veld {
                BronVeld::Titel => "Titel".into(),
                BronVeld::Auteur => "Auteur of uitgever".into(),
                BronVeld::Datum => "Datum".into(),
            },
            Veld::Historie { landelijk: false, .. } => "Gemeente (% van het budget)".into(),
            Veld::Historie { landelijk: true, .. } => "Nederland (% van het budget)".into(),
            Veld::EffectInstelling(EffectInstellingVeld::KostenPerUitkering) => "Gemiddelde kosten per uitkering per jaar".into(),
            Veld::EffectInstelling(EffectInstellingVeld::AantalUitkeringen) => "Aantal uitkeringen in het tekortjaar".into(),
            Veld::EffectJaar { jaar, veld: EffectVeld::Besparing, .. } => format!("Besparing in {jaar}"),
            Veld::EffectJaar { jaar, veld: EffectVeld::MinderUitkeringen, .. } => format!("Minder uitkeringen in {jaar}"),
            Veld::Ambitie(v) => match v {
                AmbitieVeld::Startjaar => "Eerste jaar".into(),
                AmbitieVeld::Startaantal => "Aantal uitkeringen bij de start".into(),
                AmbitieVeld::ExtraDaling => "Extra daling boven de landelijke trend".into(),
                AmbitieVeld::AantalJaren => "Aantal jaren".into(),
            },
            Veld::AmbitieJaar { veld, .. } => match veld {
                AmbitieJaarVeld::Prognose => "Landelijke trend, prognose".into(),
                AmbitieJaarVeld::Realisatie => "Landelijke trend, gerealiseerd".into(),
                AmbitieJaarVeld::Aantal => "Aantal uitkeringen aan het eind van het jaar".into(),
            },
        }
    }

    /// A name that stands on its own (in a list of differences, in a bound's message): the
    /// label with its context, e.g. "Lasten (A) over 2019" or "maatregel ‘Werkgeversteam’:
    /// Omschrijving".
    pub fn naam(&self, a: &Aanvraag) -> String {
        let maatregel = |id: &str| match a.maatregelen.iter().find(|m| m.id == id) {
            Some(m) if !m.naam.trim().is_empty() => format!("maatregel ‘{}’", m.naam.trim()),
            _ => format!("maatregel {id}"),
        };
        match self {
            Veld::Verleend(Terug::VorigJaar) => format!("Vangnetuitkering verleend over {}", a.tekortjaar().saturating_sub(1)),
            Veld::Verleend(Terug::TweeJaar) => format!("Vangnetuitkering verleend over {}", a.tekortjaar().saturating_sub(2)),
            Veld::Cijfer { jaar, .. } => format!("{} over {jaar}", self.label()),
            Veld::VoorgangerNaam(i) => format!("Voorganger {}: naam", i.saturating_add(1)),
            Veld::VoorgangerVerleend(i) => format!(
                "Voorganger {}: vangnetuitkering verleend over {} of {}",
                i.saturating_add(1),
                a.tekortjaar().saturating_sub(2),
                a.tekortjaar().saturating_sub(1)
            ),
            Veld::VoorgangerCijfer { i, jaar, .. } => format!("Voorganger {}: {} over {jaar}", i.saturating_add(1), self.label()),
            Veld::Aanpassing(_) => format!("Regels aanpassen: {}", self.label()),
            Veld::Maatregel { id, .. } => format!("{}: {}", maatregel(id), self.label()),
            Veld::EffectJaar { id, .. } => format!("{}: {}", maatregel(id), self.label()),
            Veld::College(_) => format!("D. Ondertekening college: {}", self.label()),
            Veld::Raad(_) => format!("2. Instemming gemeenteraad: {}", self.label()),
            Veld::Bron { i, .. } => format!("Brondocument {}: {}", i.saturating_add(1), self.label()),
            Veld::Historie { i, .. } => {
                format!(
                    "Verloop {}: {}",
                    a.historie.get(*i).map(|h| h.jaar.to_string()).unwrap_or_else(|| i.saturating_add(1).to_string()),
                    self.label()
                )
            }
            Veld::Ambitie(_) => format!("Ambitie: {}", self.label()),
            Veld::Afloop(_) => format!(
                "Aanvraag over {}: {}",
                a.vorig_concept.as_ref().map_or(a.tekortjaar().saturating_sub(1), |v| v.tekortjaar),
                self.label()
            ),
            Veld::AmbitieJaar { jaar, .. } => format!("Ambitie {jaar}: {}", self.label()),
            _ => self.label(),
        }
    }

    /// True when the field's value decides which other fields exist (the year decides the
    /// years and bands; the grants decide the form version and so page B): the UI writes it as a
    /// broad change.
    pub fn is_structureel(&self) -> bool {
        matches!(self, Veld::Tekortjaar | Veld::Verleend(_) | Veld::VoorgangerVerleend(_))
    }

    /// True when the rules read the field (a change re-runs them).
    pub fn raakt_regels(&self) -> bool {
        matches!(
            self,
            Veld::Tekortjaar
                | Veld::Inwoners
                | Veld::Verleend(_)
                | Veld::Cijfer { .. }
                | Veld::VoorgangerNaam(_)
                | Veld::VoorgangerVerleend(_)
                | Veld::VoorgangerCijfer { .. }
                | Veld::Scenario
                | Veld::Aanpassing(_)
        )
    }

    /// The value as the user reads it, in Dutch formats (`€ 1.234.567`, `9,17%`, `15-08-2026`,
    /// "Ja"); `None` when the field is empty or not in `a`. For the review pages and the list of
    /// differences.
    pub fn weergave(&self, a: &Aanvraag) -> Option<String> {
        let w = self.lees(a)?;
        Some(match w {
            Waarde::Tekst(t) if self.soort() == VeldSoort::Keuze => self.keuzes().into_iter().find(|(k, _)| *k == t)?.1.to_string(),
            Waarde::Tekst(t) if !t.trim().is_empty() => t,
            Waarde::Getal(Some(d)) => match self.soort() {
                VeldSoort::Bedrag => nl::format_money(d),
                VeldSoort::Percentage => nl::format_percent(d, 2),
                _ => getal_tekst(d),
            },
            Waarde::Datum(Some(d)) => nl::format_date(d),
            Waarde::JaNee(Some(b)) => if b { "Ja" } else { "Nee" }.into(),
            Waarde::Geheel(Some(n)) if *self == Veld::Inwoners => nl::format_integer(n.unsigned_abs()),
            Waarde::Geheel(Some(n)) => n.to_string(),
            _ => return None,
        })
    }

    /// The options of a [`VeldSoort::Keuze`] field: (key, Dutch label); empty for other kinds.
    pub fn keuzes(&self) -> Vec<(&'static str, &'static str)> {
        match self {
            Veld::Afloop(AfloopVeld::Status) => AfloopStatus::ALLE.into_iter().map(|s| (s.sleutel(), s.label())).collect(),
            _ => Vec::new(),
        }
    }

    /// The field's own Dutch message for a text that is not a number, where the control's
    /// general one ("Dit is geen aantal …") would not say enough.
    pub fn geen_getal_melding(&self) -> Option<String> {
        match self {
            Veld::Maatregel { veld: MaatregelVeld::Resultaat(ResultaatVeld::GerealiseerdMinderUitkeringen), .. } => {
                Some("Het gerealiseerde effect moet een aantal zijn: hoeveel uitkeringen minder. Schrijf bijvoorbeeld 25 of 12,5.".into())
            }
            Veld::Maatregel { veld: MaatregelVeld::Resultaat(ResultaatVeld::GerealiseerdBesparing), .. } => {
                Some("Het gerealiseerde effect moet een bedrag in euro's zijn. Schrijf bijvoorbeeld 250.000 of € 1.250.000.".into())
            }
            Veld::Maatregel { veld: MaatregelVeld::Resultaat(ResultaatVeld::BeoogdMinderUitkeringen), .. } => {
                Some("Het beoogde effect moet een aantal zijn: hoeveel uitkeringen minder. Schrijf bijvoorbeeld 25 of 12,5.".into())
            }
            Veld::Maatregel { veld: MaatregelVeld::Resultaat(ResultaatVeld::BeoogdBesparing), .. } => {
                Some("Het beoogde effect moet een bedrag in euro's zijn. Schrijf bijvoorbeeld 250.000 of € 1.250.000.".into())
            }
            _ => None,
        }
    }

    /// The bounds of the field's value.
    pub fn grens(&self) -> Grens {
        let getal = |max: i64, decimalen: u32, negatief: bool| Grens::Getal {
            min: if negatief { -Decimal::from(max) } else { Decimal::ZERO },
            max: Decimal::from(max),
            decimalen,
        };
        match self.soort() {
            VeldSoort::KorteTekst | VeldSoort::LangeTekst => Grens::Tekst(MAX_TEKST_TEKENS),
            // Amounts may be negative (baten, a correction); the rules say what they make of it.
            VeldSoort::Bedrag => getal(MAX_BEDRAG, 6, true),
            VeldSoort::Aantal => getal(MAX_AANTAL, 6, true),
            VeldSoort::Percentage => getal(MAX_FRACTIE, 12, true),
            VeldSoort::Geheel => match self {
                Veld::Inwoners => Grens::Geheel { min: 0, max: MAX_INWONERS },
                Veld::Ambitie(AmbitieVeld::AantalJaren) => Grens::Geheel { min: 0, max: 100 },
                // 0 is a file without figures ("no year yet"); the checks explain an unknown year.
                Veld::Tekortjaar => Grens::Geheel { min: 0, max: 9999 },
                _ => Grens::Geheel { min: i64::from(crate::date::MIN_YEAR), max: i64::from(crate::date::MAX_YEAR) },
            },
            VeldSoort::Datum | VeldSoort::JaNee | VeldSoort::Groep | VeldSoort::Keuze => Grens::Geen,
        }
    }

    /// "dit getal ligt buiten het toegestane bereik (0 tot en met 9999)." for a whole number.
    pub(crate) fn grens_tekst(&self) -> String {
        match self.grens() {
            Grens::Geheel { min, max } => format!("dit getal ligt buiten het toegestane bereik ({min} tot en met {max})."),
            _ => "dit getal ligt buiten het toegestane bereik.".into(),
        }
    }

    /// Whether `w` lies within the field's bounds; else a Dutch sentence naming the allowed range.
    pub fn binnen_grens(&self, w: &Waarde) -> Result<(), String> {
        match (self.grens(), w) {
            (Grens::Tekst(max), Waarde::Tekst(t)) => {
                // Bytes first: cheap, and an upper bound on characters.
                if t.len() > max && t.chars().count() > max {
                    return Err(format!(
                        "deze tekst is te lang ({} tekens; maximaal {}).",
                        nl::format_integer(t.chars().count() as u64),
                        nl::format_integer(max as u64)
                    ));
                }
                Ok(())
            }
            (Grens::Getal { min, max, decimalen }, Waarde::Getal(Some(d))) => {
                let bereik = || match self.soort() {
                    VeldSoort::Percentage => format!("{} tot en met {}", nl::format_percent(min, 0), nl::format_percent(max, 0)),
                    VeldSoort::Bedrag => format!("{} tot en met {}", nl::format_money(min), nl::format_money(max)),
                    _ => format!("{} tot en met {}", getal_tekst(min), getal_tekst(max)),
                };
                if *d < min || *d > max {
                    return Err(format!("dit getal ligt buiten het toegestane bereik ({}).", bereik()));
                }
                if d.normalize().scale() > decimalen {
                    return Err(format!("dit getal heeft meer dan {decimalen} decimalen."));
                }
                Ok(())
            }
            (Grens::Geheel { min, max }, Waarde::Geheel(Some(n))) => {
                if *n < min || *n > max {
                    return Err(format!("dit getal ligt buiten het toegestane bereik ({min} tot en met {max})."));
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// The value of the field in `a`; `None` when the field does not exist there (a removed
    /// measure or row). A field of an absent optional part (no ambition yet) reads as empty.
    pub fn lees(&self, a: &Aanvraag) -> Option<Waarde> {
        let getal = |d: Option<Decimal>| Some(Waarde::Getal(d));
        let tekst = |t: &String| Some(Waarde::Tekst(t.clone()));
        match self {
            Veld::Gemeente => tekst(&a.gemeente),
            Veld::Tekortjaar => Some(Waarde::Geheel(Some(i64::from(a.tekortjaar())))),
            Veld::Inwoners => Some(Waarde::Geheel(a.financien.inwoners.map(|n| i64::try_from(n).unwrap_or(i64::MAX)))),
            Veld::Verleend(Terug::VorigJaar) => Some(Waarde::JaNee(a.financien.verleend_vorig_jaar)),
            Veld::Verleend(Terug::TweeJaar) => Some(Waarde::JaNee(a.financien.verleend_twee_jaar_terug)),
            Veld::Scenario => Some(Waarde::JaNee(Some(a.scenario_eigen_risico))),
            Veld::Cijfer { jaar, soort } => getal(a.financien.jaren.iter().find(|c| c.jaar == *jaar).and_then(|c| soort.van(c))),
            Veld::VoorgangerNaam(i) => tekst(&a.financien.voorgangers.get(*i)?.naam),
            Veld::VoorgangerVerleend(i) => Some(Waarde::JaNee(a.financien.voorgangers.get(*i)?.verleend)),
            Veld::VoorgangerCijfer { i, jaar, soort } => {
                getal(a.financien.voorgangers.get(*i)?.jaren.iter().find(|c| c.jaar == *jaar).and_then(|c| soort.van(c)))
            }
            Veld::Aanpassing(v) => {
                let r = a.regelaanpassing.as_ref();
                match v {
                    AanpassingVeld::Drempel => getal(r.and_then(|r| r.drempel)),
                    AanpassingVeld::UitgebreidDrempel => getal(r.and_then(|r| r.uitgebreid_drempel)),
                    // A band reads as replaced only where it differs from the year's band: the
                    // replaced list starts as a copy of the year's, and that copy replaces nothing.
                    AanpassingVeld::Band { uitgebreid, i, deel } => getal(r.and_then(|r| {
                        let b = if *uitgebreid { &r.uitgebreid_banden } else { &r.banden };
                        let waarde = |b: &rules::Band| if *deel == BandVeld::Vanaf { b.vanaf } else { b.aandeel };
                        let eigen = waarde(b.as_ref()?.get(*i)?);
                        let standaard = standaard_banden(a.tekortjaar(), *uitgebreid);
                        (standaard.get(*i).map(waarde) != Some(eigen)).then_some(eigen)
                    })),
                    AanpassingVeld::UitersteDatum => Some(Waarde::Datum(r.and_then(|r| r.uiterste_datum))),
                    AanpassingVeld::Reden => Some(Waarde::Tekst(r.map(|r| r.reden.clone()).unwrap_or_default())),
                }
            }
            Veld::Tekst(t) => tekst(t.tekst(a)),
            Veld::Maatregelen(_) => Some(Waarde::Geen),
            Veld::Maatregel { id, veld } => {
                let m = a.maatregelen.iter().find(|m| &m.id == id)?;
                match veld {
                    MaatregelVeld::DatumGetroffen => Some(Waarde::Datum(m.datum_getroffen)),
                    MaatregelVeld::Effect(e) => getal(m.effect.as_ref().and_then(|x| effect_van(x, *e))),
                    MaatregelVeld::Resultaat(ResultaatVeld::Evaluatie) => {
                        Some(Waarde::Tekst(m.bereikt_vorig_jaar.as_ref().map(|r| r.toelichting.clone()).unwrap_or_default()))
                    }
                    MaatregelVeld::Resultaat(r) => getal(r.getal(m)),
                    v => tekst(v.tekst(m)?),
                }
            }
            Veld::College(v) => match v {
                CollegeVeld::Datum => Some(Waarde::Datum(a.d_college.datum)),
                CollegeVeld::Secretaris => tekst(&a.d_college.secretaris),
                CollegeVeld::Burgemeester => tekst(&a.d_college.burgemeester),
            },
            Veld::Raad(v) => match v {
                RaadVeld::Datum => Some(Waarde::Datum(a.raad.datum)),
                RaadVeld::Voorzitter => tekst(&a.raad.voorzitter),
                RaadVeld::Griffier => tekst(&a.raad.griffier),
            },
            Veld::Raadsstuk(v) => Some(Waarde::Tekst(v.van(a).cloned().unwrap_or_default())),
            Veld::Bron { i, veld } => {
                let b = a.bronnen.get(*i)?;
                tekst(match veld {
                    BronVeld::Titel => &b.titel,
                    BronVeld::Auteur => &b.auteur,
                    BronVeld::Datum => &b.datum,
                })
            }
            Veld::Historie { i, landelijk } => {
                let h = a.historie.get(*i)?;
                getal(if *landelijk { h.percentage_landelijk } else { h.percentage_gemeente })
            }
            Veld::EffectInstelling(v) => getal(a.effect_instellingen.as_ref().and_then(|e| match v {
                EffectInstellingVeld::KostenPerUitkering => e.kosten_per_uitkering,
                EffectInstellingVeld::AantalUitkeringen => e.aantal_uitkeringen,
            })),
            Veld::EffectJaar { id, jaar, veld } => {
                getal(a.effect_jaren.iter().find(|e| &e.maatregel_id == id && e.jaar == *jaar).and_then(|e| effect_jaar_van(e, *veld)))
            }
            Veld::Ambitie(v) => {
                let x = a.ambitie.as_ref();
                match v {
                    AmbitieVeld::Startjaar => Some(Waarde::Geheel(x.and_then(|x| x.startjaar).map(i64::from))),
                    AmbitieVeld::AantalJaren => Some(Waarde::Geheel(x.and_then(|x| x.aantal_jaren).map(i64::from))),
                    AmbitieVeld::Startaantal => getal(x.and_then(|x| x.startaantal)),
                    AmbitieVeld::ExtraDaling => getal(x.and_then(|x| x.extra_daling)),
                }
            }
            Veld::AmbitieJaar { jaar, veld } => {
                getal(a.ambitie.as_ref().and_then(|x| x.jaren.iter().find(|j| j.jaar == *jaar)).and_then(|j| veld.van(j)))
            }
            Veld::Afloop(v) => {
                let x = a.vorig_concept.as_ref();
                match v {
                    AfloopVeld::Status => {
                        Some(Waarde::Tekst(x.and_then(|x| x.status).map(|s| s.sleutel().to_string()).unwrap_or_default()))
                    }
                    AfloopVeld::Bedrag => getal(x.and_then(|x| x.bedrag)),
                    AfloopVeld::Datum => Some(Waarde::Datum(x.and_then(|x| x.datum_beschikking))),
                }
            }
        }
    }

    /// Writes `w` into the field. Changes this field and nothing another field reads: an
    /// absent container (the year's figures, the rule override, the ambition) is created
    /// empty, which every other field reads as it did before. A value outside the field's
    /// bounds is refused.
    ///
    /// # Errors
    /// [`ZetFout::BestaatNiet`] for a field that is not in `a`, [`ZetFout::VerkeerdeSoort`] for
    /// a value of another kind, [`ZetFout::BuitenGrens`] for a value out of bounds.
    pub fn zet(&self, a: &mut Aanvraag, w: Waarde) -> Result<(), ZetFout> {
        // A whole-number field takes a number typed in a number control, if it is whole.
        let w = match (self.soort(), w) {
            (VeldSoort::Geheel, Waarde::Getal(d)) => Waarde::Geheel(match d {
                None => None,
                Some(d) if d.fract().is_zero() => Some(i64::try_from(d).map_err(|_| ZetFout::BuitenGrens(self.grens_tekst()))?),
                Some(_) => return Err(ZetFout::BuitenGrens("Vul een heel getal in.".into())),
            }),
            (_, w) => w,
        };
        self.binnen_grens(&w).map_err(ZetFout::BuitenGrens)?;
        let fout = ZetFout::VerkeerdeSoort;
        macro_rules! neem {
            ($pat:path) => {
                match w {
                    $pat(v) => v,
                    _ => return Err(fout),
                }
            };
        }
        match self {
            Veld::Gemeente => a.gemeente = neem!(Waarde::Tekst),
            Veld::Tekortjaar => {
                a.financien.tekortjaar = neem!(Waarde::Geheel).and_then(|j| i32::try_from(j).ok()).ok_or(ZetFout::VerkeerdeSoort)?
            }
            Veld::Inwoners => a.financien.inwoners = neem!(Waarde::Geheel).map(|n| u64::try_from(n).unwrap_or(0)),
            Veld::Verleend(Terug::VorigJaar) => a.financien.verleend_vorig_jaar = neem!(Waarde::JaNee),
            Veld::Verleend(Terug::TweeJaar) => a.financien.verleend_twee_jaar_terug = neem!(Waarde::JaNee),
            // Not answered counts as off: the scenario is only on when the user switches it on.
            Veld::Scenario => a.scenario_eigen_risico = neem!(Waarde::JaNee) == Some(true),
            Veld::Cijfer { jaar, soort } => {
                let v = neem!(Waarde::Getal);
                *soort.van_mut(jaar_cijfers_mut(&mut a.financien.jaren, *jaar)) = v;
            }
            Veld::VoorgangerNaam(i) => a.financien.voorgangers.get_mut(*i).ok_or(ZetFout::BestaatNiet)?.naam = neem!(Waarde::Tekst),
            Veld::VoorgangerVerleend(i) => a.financien.voorgangers.get_mut(*i).ok_or(ZetFout::BestaatNiet)?.verleend = neem!(Waarde::JaNee),
            Veld::VoorgangerCijfer { i, jaar, soort } => {
                let v = neem!(Waarde::Getal);
                let vg = a.financien.voorgangers.get_mut(*i).ok_or(ZetFout::BestaatNiet)?;
                *soort.van_mut(jaar_cijfers_mut(&mut vg.jaren, *jaar)) = v;
            }
            Veld::Aanpassing(v) => {
                let jaar = a.tekortjaar();
                let r = a.regelaanpassing.get_or_insert_with(RegelAanpassing::default);
                match v {
                    AanpassingVeld::Drempel => r.drempel = neem!(Waarde::Getal),
                    AanpassingVeld::UitgebreidDrempel => r.uitgebreid_drempel = neem!(Waarde::Getal),
                    AanpassingVeld::UitersteDatum => r.uiterste_datum = neem!(Waarde::Datum),
                    AanpassingVeld::Reden => r.reden = neem!(Waarde::Tekst),
                    AanpassingVeld::Band { uitgebreid, i, deel } => {
                        let v = neem!(Waarde::Getal);
                        zet_band(r, jaar, *uitgebreid, *i, *deel, v)?;
                    }
                }
            }
            Veld::Tekst(t) => {
                let nieuw = neem!(Waarde::Tekst);
                // A text carried over from last year is "te herzien" until its first edit.
                if *t.tekst(a) != nieuw {
                    a.te_herzien.retain(|k| k != t.sleutel());
                }
                *t.tekst_mut(a) = nieuw;
            }
            Veld::Maatregelen(_) => return Err(ZetFout::VerkeerdeSoort),
            Veld::Maatregel { id, veld } => {
                let m = a.maatregelen.iter_mut().find(|m| &m.id == id).ok_or(ZetFout::BestaatNiet)?;
                match veld {
                    MaatregelVeld::DatumGetroffen => m.datum_getroffen = neem!(Waarde::Datum),
                    MaatregelVeld::Effect(e) => {
                        let v = neem!(Waarde::Getal);
                        let x = m.effect.get_or_insert_with(Effect::default);
                        match e {
                            EffectVeld::MinderUitkeringen => x.minder_uitkeringen = v,
                            EffectVeld::Besparing => x.besparing = v,
                        }
                    }
                    MaatregelVeld::Resultaat(r) => {
                        // The value first: a value of the wrong kind creates no container.
                        let (bereikt, deel) = r.deel();
                        let (getal, tekst) = match deel {
                            Some(_) => (neem!(Waarde::Getal), None),
                            None => (None, Some(neem!(Waarde::Tekst))),
                        };
                        let x =
                            if bereikt { &mut m.bereikt_vorig_jaar } else { &mut m.beoogd_vorig_jaar }.get_or_insert_with(Effect::default);
                        match (deel, tekst) {
                            (Some(EffectVeld::MinderUitkeringen), _) => x.minder_uitkeringen = getal,
                            (Some(EffectVeld::Besparing), _) => x.besparing = getal,
                            (None, t) => x.toelichting = t.unwrap_or_default(),
                        }
                    }
                    v => *v.tekst_mut(m).ok_or(ZetFout::VerkeerdeSoort)? = neem!(Waarde::Tekst),
                }
            }
            Veld::College(v) => match v {
                CollegeVeld::Datum => a.d_college.datum = neem!(Waarde::Datum),
                CollegeVeld::Secretaris => a.d_college.secretaris = neem!(Waarde::Tekst),
                CollegeVeld::Burgemeester => a.d_college.burgemeester = neem!(Waarde::Tekst),
            },
            Veld::Raad(v) => match v {
                RaadVeld::Datum => a.raad.datum = neem!(Waarde::Datum),
                RaadVeld::Voorzitter => a.raad.voorzitter = neem!(Waarde::Tekst),
                RaadVeld::Griffier => a.raad.griffier = neem!(Waarde::Tekst),
            },
            Veld::Raadsstuk(v) => v.zet(a, neem!(Waarde::Tekst)),
            Veld::Bron { i, veld } => {
                let t = neem!(Waarde::Tekst);
                let b = a.bronnen.get_mut(*i).ok_or(ZetFout::BestaatNiet)?;
                match veld {
                    BronVeld::Titel => b.titel = t,
                    BronVeld::Auteur => b.auteur = t,
                    BronVeld::Datum => b.datum = t,
                }
            }
            Veld::Historie { i, landelijk } => {
                let v = neem!(Waarde::Getal);
                let h = a.historie.get_mut(*i).ok_or(ZetFout::BestaatNiet)?;
                if *landelijk {
                    h.percentage_landelijk = v
                } else {
                    h.percentage_gemeente = v
                }
            }
            Veld::EffectInstelling(v) => {
                let d = neem!(Waarde::Getal);
                let e = a.effect_instellingen.get_or_insert_with(Default::default);
                match v {
                    EffectInstellingVeld::KostenPerUitkering => e.kosten_per_uitkering = d,
                    EffectInstellingVeld::AantalUitkeringen => e.aantal_uitkeringen = d,
                }
            }
            Veld::EffectJaar { id, jaar, veld } => {
                let d = neem!(Waarde::Getal);
                let e = match a.effect_jaren.iter().position(|e| &e.maatregel_id == id && e.jaar == *jaar) {
                    Some(p) => &mut a.effect_jaren[p],
                    None => {
                        a.effect_jaren.push(EffectJaar { maatregel_id: id.clone(), jaar: *jaar, ..Default::default() });
                        a.effect_jaren.last_mut().ok_or(ZetFout::BestaatNiet)?
                    }
                };
                match veld {
                    EffectVeld::MinderUitkeringen => e.minder_uitkeringen = d,
                    EffectVeld::Besparing => e.besparing = d,
                }
            }
            Veld::Ambitie(v) => {
                let x = a.ambitie.get_or_insert_with(Ambitie::default);
                match v {
                    AmbitieVeld::Startjaar => x.startjaar = neem!(Waarde::Geheel).and_then(|n| i32::try_from(n).ok()),
                    AmbitieVeld::AantalJaren => x.aantal_jaren = neem!(Waarde::Geheel).and_then(|n| u32::try_from(n).ok()),
                    AmbitieVeld::Startaantal => x.startaantal = neem!(Waarde::Getal),
                    AmbitieVeld::ExtraDaling => x.extra_daling = neem!(Waarde::Getal),
                }
            }
            Veld::AmbitieJaar { jaar, veld } => {
                let d = neem!(Waarde::Getal);
                let x = a.ambitie.get_or_insert_with(Ambitie::default);
                let j = match x.jaren.iter().position(|j| j.jaar == *jaar) {
                    Some(p) => &mut x.jaren[p],
                    None => {
                        x.jaren.push(AmbitieJaar { jaar: *jaar, ..Default::default() });
                        x.jaren.last_mut().ok_or(ZetFout::BestaatNiet)?
                    }
                };
                *veld.van_mut(j) = d;
            }
            Veld::Afloop(v) => {
                let x = a.vorig_concept.get_or_insert_with(VorigConcept::default);
                match v {
                    AfloopVeld::Status => {
                        let t = neem!(Waarde::Tekst);
                        x.status = match t.as_str() {
                            "" => None,
                            k => Some(AfloopStatus::van_sleutel(k).ok_or(ZetFout::VerkeerdeSoort)?),
                        };
                    }
                    AfloopVeld::Bedrag => x.bedrag = neem!(Waarde::Getal),
                    AfloopVeld::Datum => x.datum_beschikking = neem!(Waarde::Datum),
                }
            }
        }
        Ok(())
    }

    /// The JSON path of the field's value in the file (`aanvraag.maatregelen[2].naam`), for
    /// import messages; `None` when the field is not in `a`.
    pub fn json_pad(&self, a: &Aanvraag) -> Option<String> {
        let p = match self {
            Veld::Cijfer { jaar, soort } => {
                let i = a.financien.jaren.iter().position(|c| c.jaar == *jaar)?;
                format!("financien.jaren[{i}].{}", soort.sleutel())
            }
            Veld::VoorgangerNaam(i) => format!("financien.voorgangers[{i}].naam"),
            Veld::VoorgangerVerleend(i) => format!("financien.voorgangers[{i}].verleend"),
            Veld::VoorgangerCijfer { i, jaar, soort } => {
                let j = a.financien.voorgangers.get(*i)?.jaren.iter().position(|c| c.jaar == *jaar)?;
                format!("financien.voorgangers[{i}].jaren[{j}].{}", soort.sleutel())
            }
            Veld::Aanpassing(AanpassingVeld::Band { uitgebreid, i, deel }) => format!(
                "regelaanpassing.{}banden[{i}].{}",
                if *uitgebreid { "uitgebreid_" } else { "" },
                if *deel == BandVeld::Vanaf { "vanaf" } else { "aandeel" }
            ),
            Veld::Maatregel { id, veld } => {
                let i = a.maatregelen.iter().position(|m| &m.id == id)?;
                match veld {
                    MaatregelVeld::Effect(e) => format!("maatregelen[{i}].effect.{}", e.sleutel()),
                    MaatregelVeld::Resultaat(r) => format!("maatregelen[{i}].{}", r.json_sleutel()),
                    v => format!("maatregelen[{i}].{}", v.sleutel()),
                }
            }
            Veld::Bron { i, veld } => format!("bronnen[{i}].{}", veld.sleutel()),
            Veld::Historie { i, landelijk } => {
                format!("historie[{i}].{}", if *landelijk { "percentage_landelijk" } else { "percentage_gemeente" })
            }
            Veld::EffectJaar { id, jaar, veld } => {
                let i = a.effect_jaren.iter().position(|e| &e.maatregel_id == id && e.jaar == *jaar)?;
                format!("effect_jaren[{i}].{}", veld.sleutel())
            }
            Veld::AmbitieJaar { jaar, veld } => {
                let i = a.ambitie.as_ref()?.jaren.iter().position(|j| j.jaar == *jaar)?;
                let f = match veld {
                    AmbitieJaarVeld::Prognose => "trend_prognose",
                    AmbitieJaarVeld::Realisatie => "trend_realisatie",
                    AmbitieJaarVeld::Aantal => "aantal",
                };
                format!("ambitie.jaren[{i}].{f}")
            }
            v => v.pad(),
        };
        Some(format!("aanvraag.{p}"))
    }
}

impl fmt::Display for Veld {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.pad())
    }
}

/// In the file a field is its pointer (`"veld": "financien.2019.lasten"`).
impl Serialize for Veld {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.pad())
    }
}

impl<'de> Deserialize<'de> for Veld {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Veld, D::Error> {
        let s = String::deserialize(d)?;
        Veld::van_pad(&s).ok_or_else(|| serde::de::Error::custom(format!("\"{s}\" is geen veld van de aanvraag")))
    }
}

/// A measure id the pointers can carry: letters, digits, `-` and `_` (the app makes `m1`, `m2`,
/// …; the import refuses other ids, see [`crate::export`]).
pub fn is_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 64 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        // "intern" and "extern" name the groups.
        && id != "intern"
        && id != "extern"
}

fn aanpassing_pad(v: AanpassingVeld) -> String {
    match v {
        AanpassingVeld::Drempel => "drempel".into(),
        AanpassingVeld::UitgebreidDrempel => "uitgebreid_drempel".into(),
        AanpassingVeld::Band { uitgebreid, i, deel } => format!(
            "{}banden.{i}.{}",
            if uitgebreid { "uitgebreid_" } else { "" },
            if deel == BandVeld::Vanaf { "vanaf" } else { "aandeel" }
        ),
        AanpassingVeld::UitersteDatum => "uiterste_datum".into(),
        AanpassingVeld::Reden => "reden".into(),
    }
}

fn aanpassing_van_pad(d: &[&str]) -> Option<AanpassingVeld> {
    let index = |s: &str| s.parse::<usize>().ok().filter(|i| s == i.to_string());
    let deel = |s: &str| match s {
        "vanaf" => Some(BandVeld::Vanaf),
        "aandeel" => Some(BandVeld::Aandeel),
        _ => None,
    };
    Some(match d {
        ["drempel"] => AanpassingVeld::Drempel,
        ["uitgebreid_drempel"] => AanpassingVeld::UitgebreidDrempel,
        ["uiterste_datum"] => AanpassingVeld::UitersteDatum,
        ["reden"] => AanpassingVeld::Reden,
        ["banden", i, d] => AanpassingVeld::Band { uitgebreid: false, i: index(i)?, deel: deel(d)? },
        ["uitgebreid_banden", i, d] => AanpassingVeld::Band { uitgebreid: true, i: index(i)?, deel: deel(d)? },
        _ => return None,
    })
}

fn getal_tekst(d: Decimal) -> String {
    let s = nl::format_money(d);
    s.replacen("€ ", "", 1)
}

fn effect_van(e: &Effect, v: EffectVeld) -> Option<Decimal> {
    match v {
        EffectVeld::MinderUitkeringen => e.minder_uitkeringen,
        EffectVeld::Besparing => e.besparing,
    }
}

fn effect_jaar_van(e: &EffectJaar, v: EffectVeld) -> Option<Decimal> {
    match v {
        EffectVeld::MinderUitkeringen => e.minder_uitkeringen,
        EffectVeld::Besparing => e.besparing,
    }
}

fn jaar_cijfers_mut(jaren: &mut Vec<JaarCijfers>, jaar: i32) -> &mut JaarCijfers {
    let p = jaren.iter().position(|c| c.jaar == jaar).unwrap_or(jaren.len());
    if p == jaren.len() {
        jaren.push(JaarCijfers { jaar, ..Default::default() });
    }
    &mut jaren[p]
}

/// The year's own bands (of the regular or the uitgebreid vangnet).
fn standaard_banden(jaar: i32, uitgebreid: bool) -> Vec<rules::Band> {
    rules::regels(jaar)
        .map(|r| if uitgebreid { r.uitgebreid_vangnet.map(|u| u.banden.waarde).unwrap_or_default() } else { r.banden.waarde })
        .unwrap_or_default()
}

/// A band of the override: the replaced bands start as a copy of the year's bands, and go back
/// to "not replaced" when they equal them again.
fn zet_band(r: &mut RegelAanpassing, jaar: i32, uitgebreid: bool, i: usize, deel: BandVeld, v: Option<Decimal>) -> Result<(), ZetFout> {
    if rules::regels(jaar).is_none() {
        return Err(ZetFout::BestaatNiet);
    }
    let standaard = standaard_banden(jaar, uitgebreid);
    let banden = if uitgebreid { &mut r.uitgebreid_banden } else { &mut r.banden };
    let lijst = banden.get_or_insert_with(|| standaard.clone());
    let (Some(b), Some(s)) = (lijst.get_mut(i), standaard.get(i)) else { return Err(ZetFout::BestaatNiet) };
    match deel {
        BandVeld::Vanaf => b.vanaf = v.unwrap_or(s.vanaf),
        BandVeld::Aandeel => b.aandeel = v.unwrap_or(s.aandeel),
    }
    if *lijst == standaard {
        *banden = None;
    }
    Ok(())
}

/// Every field `a` has, in form order: the fixed ones, each needed year's figures, each
/// measure's fields, each row of the optional parts. The review pages, the import bounds and
/// [`verschillen`] iterate it.
pub fn velden(a: &Aanvraag) -> Vec<Veld> {
    let mut v = vec![Veld::Gemeente, Veld::Tekortjaar, Veld::Inwoners, Veld::Verleend(Terug::VorigJaar), Veld::Verleend(Terug::TweeJaar)];
    // The scenario exists where it applies, or where a file switched it on (so it can be seen and switched off).
    if a.tekortjaar() >= rules::SCENARIO_VANAF || a.scenario_eigen_risico {
        v.push(Veld::Scenario);
    }
    let mut jaren = rules::Invoer::benodigde_jaren(a.tekortjaar());
    for c in &a.financien.jaren {
        if !jaren.contains(&c.jaar) {
            jaren.push(c.jaar);
        }
    }
    for jaar in &jaren {
        v.extend(CijferSoort::ALLE.map(|soort| Veld::Cijfer { jaar: *jaar, soort }));
    }
    for (i, vg) in a.financien.voorgangers.iter().enumerate() {
        v.push(Veld::VoorgangerNaam(i));
        // The form version looks back from 2017 on (rulebook §4); before that one form.
        if a.vraagt_verleend() {
            v.push(Veld::VoorgangerVerleend(i));
        }
        let mut vj: Vec<i32> = jaren.iter().copied().filter(|j| *j < a.tekortjaar()).collect();
        for c in &vg.jaren {
            if !vj.contains(&c.jaar) {
                vj.push(c.jaar);
            }
        }
        for jaar in vj {
            v.extend(CijferSoort::ALLE.map(|soort| Veld::VoorgangerCijfer { i, jaar, soort }));
        }
    }
    v.extend([AanpassingVeld::Drempel, AanpassingVeld::UitgebreidDrempel].map(Veld::Aanpassing));
    for uitgebreid in [false, true] {
        let standaard = rules::regels(a.tekortjaar())
            .map(|r| if uitgebreid { r.uitgebreid_vangnet.map(|u| u.banden.waarde.len()).unwrap_or(0) } else { r.banden.waarde.len() })
            .unwrap_or(0);
        let eigen = a.regelaanpassing.as_ref().and_then(|r| if uitgebreid { r.uitgebreid_banden.as_ref() } else { r.banden.as_ref() });
        for i in 0..standaard.max(eigen.map_or(0, Vec::len)) {
            for deel in [BandVeld::Vanaf, BandVeld::Aandeel] {
                v.push(Veld::Aanpassing(AanpassingVeld::Band { uitgebreid, i, deel }));
            }
        }
    }
    v.extend([AanpassingVeld::UitersteDatum, AanpassingVeld::Reden].map(Veld::Aanpassing));
    v.push(Veld::Tekst(TekstVeld::A));
    v.extend([TekstVeld::B, TekstVeld::B1, TekstVeld::B2].map(Veld::Tekst));
    v.extend([Soort::Intern, Soort::Extern].map(Veld::Maatregelen));
    for m in &a.maatregelen {
        for f in MaatregelVeld::TEKSTEN.into_iter().chain([MaatregelVeld::DatumGetroffen]) {
            v.push(Veld::Maatregel { id: m.id.clone(), veld: f });
        }
        // What it achieved: only asked of a carried-over measure (or one that has it).
        if m.vraagt_resultaat() {
            v.extend(ResultaatVeld::ALLE.map(|r| Veld::Maatregel { id: m.id.clone(), veld: MaatregelVeld::Resultaat(r) }));
        }
    }
    v.push(Veld::Tekst(TekstVeld::C));
    for i in 0..a.bronnen.len() {
        v.extend(BronVeld::ALLE.map(|veld| Veld::Bron { i, veld }));
    }
    v.extend([CollegeVeld::Datum, CollegeVeld::Secretaris, CollegeVeld::Burgemeester].map(Veld::College));
    v.extend([RaadVeld::Datum, RaadVeld::Voorzitter, RaadVeld::Griffier].map(Veld::Raad));
    v.extend(RaadsstukVeld::ALLE.map(Veld::Raadsstuk));
    for i in 0..a.historie.len() {
        v.extend([false, true].map(|landelijk| Veld::Historie { i, landelijk }));
    }
    v.extend([EffectInstellingVeld::KostenPerUitkering, EffectInstellingVeld::AantalUitkeringen].map(Veld::EffectInstelling));
    for m in &a.maatregelen {
        for e in [EffectVeld::MinderUitkeringen, EffectVeld::Besparing] {
            v.push(Veld::Maatregel { id: m.id.clone(), veld: MaatregelVeld::Effect(e) });
        }
    }
    // One pair of fields per (measure, year), however often a file repeats the row; a set, as a
    // file may hold 10.000 rows.
    let mut gezien = std::collections::HashSet::new();
    for e in &a.effect_jaren {
        if gezien.insert((e.maatregel_id.as_str(), e.jaar)) {
            for veld in [EffectVeld::MinderUitkeringen, EffectVeld::Besparing] {
                v.push(Veld::EffectJaar { id: e.maatregel_id.clone(), jaar: e.jaar, veld });
            }
        }
    }
    v.extend([AmbitieVeld::Startjaar, AmbitieVeld::Startaantal, AmbitieVeld::ExtraDaling, AmbitieVeld::AantalJaren].map(Veld::Ambitie));
    if let Some(x) = &a.ambitie {
        let mut gezien = std::collections::HashSet::new();
        for j in x.jaren.iter().filter(|j| gezien.insert(j.jaar)) {
            v.extend(AmbitieJaarVeld::ALLE.map(|veld| Veld::AmbitieJaar { jaar: j.jaar, veld }));
        }
    }
    if a.vorig_concept.is_some() {
        v.extend(AfloopVeld::ALLE.map(Veld::Afloop));
    }
    v
}

/// One field that differs between two applications.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verschil {
    /// The field.
    pub veld: Veld,
    /// Its value in the first application (`None`: not there, e.g. a measure only the second has).
    pub links: Option<Waarde>,
    /// Its value in the second.
    pub rechts: Option<Waarde>,
}

/// The fields whose values differ between `a` and `b`, in `a`'s form order and then those only
/// `b` has. A field that is empty on one side and absent on the other is no difference.
///
/// ```
/// use vangnet::model::Aanvraag;
/// use vangnet::veld::{verschillen, Veld, TekstVeld, Waarde};
/// let a = Aanvraag::nieuw("x", 2024);
/// let mut b = a.clone();
/// Veld::Tekst(TekstVeld::A).zet(&mut b, Waarde::Tekst("Oorzaken".into())).unwrap();
/// let v = verschillen(&a, &b);
/// assert_eq!(v.len(), 1);
/// assert_eq!(v[0].veld, Veld::Tekst(TekstVeld::A));
/// ```
pub fn verschillen(a: &Aanvraag, b: &Aanvraag) -> Vec<Verschil> {
    let mut alle = velden(a);
    let van_a: std::collections::HashSet<Veld> = alle.iter().cloned().collect();
    alle.extend(velden(b).into_iter().filter(|v| !van_a.contains(v)));
    alle.into_iter()
        .filter_map(|veld| {
            let (l, r) = (veld.lees(a), veld.lees(b));
            let leeg = |w: &Option<Waarde>| w.as_ref().is_none_or(is_leeg);
            if l == r || (leeg(&l) && leeg(&r)) {
                None
            } else {
                Some(Verschil { veld, links: l, rechts: r })
            }
        })
        .collect()
}

/// True for an empty value (no text, no number, no date, no answer).
pub fn is_leeg(w: &Waarde) -> bool {
    match w {
        Waarde::Tekst(t) => t.is_empty(),
        Waarde::Getal(d) => d.is_none(),
        Waarde::Datum(d) => d.is_none(),
        Waarde::JaNee(b) => b.is_none(),
        Waarde::Geheel(n) => n.is_none(),
        Waarde::Geen => true,
    }
}

/// A Rust type a field's value is read and written as (what a UI control holds).
pub trait VeldWaarde: Clone + Default + PartialEq + Send + Sync + 'static {
    /// The value, if `w` is of this type's kind.
    fn uit(w: Waarde) -> Option<Self>;
    /// The value as a [`Waarde`].
    fn naar(self) -> Waarde;
}

impl VeldWaarde for String {
    fn uit(w: Waarde) -> Option<Self> {
        match w {
            Waarde::Tekst(t) => Some(t),
            _ => None,
        }
    }
    fn naar(self) -> Waarde {
        Waarde::Tekst(self)
    }
}

/// Numbers: also a whole-number field, so one number control serves both.
impl VeldWaarde for Option<Decimal> {
    fn uit(w: Waarde) -> Option<Self> {
        match w {
            Waarde::Getal(d) => Some(d),
            Waarde::Geheel(n) => Some(n.map(Decimal::from)),
            _ => None,
        }
    }
    fn naar(self) -> Waarde {
        Waarde::Getal(self)
    }
}

impl VeldWaarde for Option<Date> {
    fn uit(w: Waarde) -> Option<Self> {
        match w {
            Waarde::Datum(d) => Some(d),
            _ => None,
        }
    }
    fn naar(self) -> Waarde {
        Waarde::Datum(self)
    }
}

impl VeldWaarde for Option<bool> {
    fn uit(w: Waarde) -> Option<Self> {
        match w {
            Waarde::JaNee(b) => Some(b),
            _ => None,
        }
    }
    fn naar(self) -> Waarde {
        Waarde::JaNee(self)
    }
}

impl VeldWaarde for Option<i64> {
    fn uit(w: Waarde) -> Option<Self> {
        match w {
            Waarde::Geheel(n) => Some(n),
            _ => None,
        }
    }
    fn naar(self) -> Waarde {
        Waarde::Geheel(self)
    }
}
