//! The rules per tekortjaar as data, each parameter with its confidence and source, taken from
//! the project's rulebook (`shared/rulebook.md`, §2–§4), and the types of that data (a band, the
//! cumulative window, how certain a rule is). Changing a rule means changing a row here, never
//! the engine.

use crate::date::Date;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// How certain a rule is, as tagged in the rulebook.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Zekerheid {
    /// (V) read in an official or semi-official source.
    Geverifieerd,
    /// (I) inferred from indirect evidence.
    Afgeleid,
    /// (U) not verified.
    Onzeker,
}

impl Zekerheid {
    /// Dutch label shown next to each step.
    pub fn label(self) -> &'static str {
        match self {
            Zekerheid::Geverifieerd => "geverifieerd",
            Zekerheid::Afgeleid => "afgeleid, niet letterlijk bevestigd",
            Zekerheid::Onzeker => "onzeker, niet geverifieerd",
        }
    }
}

/// One compensation band: from `vanaf`·B up to the next band's start, `aandeel` of the tekort
/// in that stretch is paid. The stretch below the first band is the eigen risico.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    /// Lower edge as a fraction of the budget (0.075 = 7,5%).
    #[serde(with = "crate::dec_serde::req")]
    pub vanaf: Decimal,
    /// Share of the tekort in this band that is paid (0.5 = 50%).
    #[serde(with = "crate::dec_serde::req")]
    pub aandeel: Decimal,
}

/// Which years the cumulative entry test adds up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "soort")]
pub enum Cumulatief {
    /// No cumulative test (2015, 2016).
    Geen,
    /// The results of these years summed, compared with the budget of the tekortjaar.
    Jaren {
        /// First year of the window.
        van: i32,
        /// Last year of the window (the tekortjaar).
        tot_en_met: i32,
    },
}

/// A rule parameter with how sure we are of it and where it comes from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Bron<T> {
    /// The value used in the calculation.
    pub waarde: T,
    /// Confidence tag (V, I or U) from the rulebook.
    pub zekerheid: Zekerheid,
    /// Legal or official source, in Dutch, as shown to the user.
    pub bron: String,
    /// True when the user replaced this value for this application (see [`super::RegelAanpassing`]).
    #[serde(default)]
    pub aangepast: bool,
}

impl<T> Bron<T> {
    fn new(waarde: T, zekerheid: Zekerheid, bron: &str) -> Self {
        Bron { waarde, zekerheid, bron: bron.to_string(), aangepast: false }
    }
}

/// The second track of the 2025 amendment (Stb. 2025, 222): the "uitgebreid vangnet".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UitgebreidVangnet {
    /// Entry: T_t must be MORE than this fraction of B_t.
    pub drempel: Bron<Decimal>,
    /// Each of the earlier years counted must have a tekort of AT LEAST this fraction of its own budget.
    pub vooraf_minimum: Bron<Decimal>,
    /// How many of the three years before t must meet [`Self::vooraf_minimum`].
    pub vooraf_aantal: Bron<u32>,
    /// Compensation bands of this track.
    pub banden: Bron<Vec<Band>>,
}

/// Everything the rules say about one tekortjaar.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JaarRegels {
    /// The tekortjaar t.
    pub jaar: i32,
    /// Single-year entry test: T_t must be MORE than this fraction of B_t.
    pub drempel: Bron<Decimal>,
    /// Compensation bands: from which fraction of B_t which share of the tekort is paid.
    pub banden: Bron<Vec<Band>>,
    /// Which years the cumulative entry test sums.
    pub cumulatief: Bron<Cumulatief>,
    /// 2016 only: alternative entry when the tekort is more than this many euros per inwoner.
    pub per_inwoner: Option<Bron<Decimal>>,
    /// 2025 onward: the second track.
    pub uitgebreid_vangnet: Option<UitgebreidVangnet>,
    /// Whether the form distinguishes basisverzoek and uitgebreid verzoek (from 2017).
    pub twee_versies: Bron<bool>,
    /// The last day the Toetsingscommissie must have received the request (still in time).
    pub uiterste_datum: Bron<Date>,
    /// When the grant is expected to be paid.
    pub uitbetaling: Bron<String>,
}

fn pct(s: &str) -> Decimal {
    // Table literals only; a typo here is caught by the table tests.
    s.parse::<Decimal>().ok().and_then(|d| d.checked_div(Decimal::ONE_HUNDRED)).expect("literal in rule table")
}

fn banden(spec: &[(&str, &str)]) -> Vec<Band> {
    spec.iter().map(|(vanaf, aandeel)| Band { vanaf: pct(vanaf), aandeel: pct(aandeel) }).collect()
}

const BRON_2015: &str = "Besluit Participatiewet (Stb. 2014, 537), art. 10a; Kamerbrief 24-02-2015 (Kamerstukken 30 545, nr. 151): drempel verlaagd naar 7,5% met glijdende schaal";
const BRON_2016: &str =
    "Besluit Participatiewet zoals gewijzigd bij Stb. 2016, 355; toetsingscommissievp.nl, kernpunten vangnetuitkeringen 2016–2018";
const BRON_2017: &str = "toetsingscommissievp.nl, voorwaarden VU 2017 en nieuwsbericht 27-11-2018 (berekening beschikking 2017)";
const BRON_2018: &str = "toetsingscommissievp.nl, berekening en uitbetaling VU 2018; FAQ VU 2018 gecumuleerd tekort";
const BRON_7_5: &str =
    "Besluit Participatiewet, art. 10 e.v.; toetsingscommissievp.nl, FAQ eigen risico VU 2021 en berekening en uitbetaling VU 2024";
const BRON_2025: &str = "Stb. 2025, 222; toetsingscommissievp.nl/vangnetuitkering-2025/voorwaarden-2025";
const BRON_FORM: &str = "Modelaanvraagformulier VU 2019 (basisverzoek/uitgebreid verzoek); toetsingscommissievp.nl, voorwaarden 2024";
const BRON_DEADLINE: &str = "toetsingscommissievp.nl: de commissie moet het verzoek uiterlijk op 15 augustus van het jaar na het tekortjaar hebben ontvangen (fatale termijn)";

/// The first and last tekortjaar the app knows rules for.
pub const EERSTE_JAAR: i32 = 2015;
/// See [`EERSTE_JAAR`].
pub const LAATSTE_JAAR: i32 = 2026;

/// The rules for tekortjaar `jaar`, or `None` outside [`EERSTE_JAAR`]..=[`LAATSTE_JAAR`].
///
/// ```
/// use vangnet::rules::{regels, Zekerheid};
/// let r = regels(2019).unwrap();
/// assert_eq!(r.drempel.waarde.to_string(), "0.075");
/// assert_eq!(r.drempel.zekerheid, Zekerheid::Geverifieerd);
/// assert!(regels(2014).is_none());
/// ```
pub fn regels(jaar: i32) -> Option<JaarRegels> {
    use Zekerheid::{Afgeleid as I, Geverifieerd as V, Onzeker as U};
    if !(EERSTE_JAAR..=LAATSTE_JAAR).contains(&jaar) {
        return None;
    }
    // From here `jaar` is 2015–2026: the saturating year arithmetic below never saturates.
    let standaard_banden_7_5 = banden(&[("7.5", "50"), ("12.5", "100")]);
    let (drempel, banden_, cumulatief) = match jaar {
        2015 => (
            Bron::new(pct("7.5"), V, BRON_2015),
            // The final 2015 sliding scale was not read in the primary text (rulebook §7.1):
            // candidate (a) 50% / 75% / 100% is used and flagged.
            Bron::new(banden(&[("7.5", "50"), ("10", "75"), ("12.5", "100")]), U, BRON_2015),
            Bron::new(Cumulatief::Geen, V, BRON_2015),
        ),
        2016 => (
            Bron::new(pct("5"), V, BRON_2016),
            // Upper band 10% inferred from the 2017 beschikking erratum (rulebook §7.2).
            Bron::new(banden(&[("5", "50"), ("10", "100")]), I, BRON_2016),
            Bron::new(Cumulatief::Geen, V, BRON_2016),
        ),
        2017 => (
            Bron::new(pct("5"), V, BRON_2017),
            Bron::new(banden(&[("5", "50"), ("12.5", "100")]), V, BRON_2017),
            Bron::new(Cumulatief::Jaren { van: 2016, tot_en_met: 2017 }, V, BRON_2017),
        ),
        2018 => (
            Bron::new(pct("5"), V, BRON_2018),
            Bron::new(banden(&[("5", "50"), ("12.5", "100")]), V, BRON_2018),
            Bron::new(Cumulatief::Jaren { van: 2016, tot_en_met: 2018 }, V, BRON_2018),
        ),
        2019..=2021 | 2024 | 2025 => (
            Bron::new(pct("7.5"), V, BRON_7_5),
            Bron::new(standaard_banden_7_5, if jaar == 2025 { I } else { V }, BRON_7_5),
            Bron::new(Cumulatief::Jaren { van: jaar.saturating_sub(2), tot_en_met: jaar }, V, BRON_7_5),
        ),
        2022 | 2023 => (
            // Same 7,5% regime 2019–2025; not read for these years specifically.
            Bron::new(pct("7.5"), I, BRON_7_5),
            Bron::new(standaard_banden_7_5, I, BRON_7_5),
            Bron::new(Cumulatief::Jaren { van: jaar.saturating_sub(2), tot_en_met: jaar }, I, BRON_7_5),
        ),
        _ => (
            // 2026: presumably unchanged; the rules for 2026 were not published when this was written.
            Bron::new(pct("7.5"), U, BRON_2025),
            Bron::new(standaard_banden_7_5, U, BRON_2025),
            Bron::new(Cumulatief::Jaren { van: jaar.saturating_sub(2), tot_en_met: jaar }, U, BRON_2025),
        ),
    };
    let per_inwoner = (jaar == 2016).then(|| Bron::new(Decimal::from(30), V, BRON_2016));
    let uitgebreid_vangnet = (jaar >= 2025).then(|| {
        let z = if jaar == 2025 { V } else { U };
        UitgebreidVangnet {
            drempel: Bron::new(pct("5"), z, BRON_2025),
            // "at least 5%" per earlier year, against that year's own budget: the own-budget part is [I].
            vooraf_minimum: Bron::new(pct("5"), if jaar == 2025 { I } else { U }, BRON_2025),
            vooraf_aantal: Bron::new(2, z, BRON_2025),
            // The bands of this track are not in any text read (rulebook §3): natural reading, flagged.
            banden: Bron::new(banden(&[("5", "50"), ("12.5", "100")]), U, BRON_2025),
        }
    });
    let uiterste_datum = Bron::new(
        Date::new(jaar.saturating_add(1), 8, 15).expect("15 August exists"),
        if matches!(jaar, 2015 | 2017 | 2018 | 2024) { V } else { I },
        BRON_DEADLINE,
    );
    let uitbetaling = match jaar {
        2015 => Bron::new("2017".to_string(), V, "toetsingscommissievp.nl, VU 2015"),
        2017 => Bron::new("eerste kwartaal 2019".to_string(), V, BRON_2017),
        2020 => Bron::new("2022 (uit het macrobudget 2022)".to_string(), V, "Divosa, factsheet bijstandsbudget 2022"),
        2024 => Bron::new("eerste kwartaal 2026".to_string(), V, "toetsingscommissievp.nl, vangnetuitkering 2024"),
        _ => Bron::new(
            format!("{} (naar verwachting eerste kwartaal)", jaar.saturating_add(2)),
            I,
            "VNG: de vangnetuitkering wordt betaald uit het macrobudget van twee jaar na het tekortjaar",
        ),
    };
    Some(JaarRegels {
        jaar,
        drempel,
        banden: banden_,
        cumulatief,
        per_inwoner,
        uitgebreid_vangnet,
        twee_versies: Bron::new(jaar >= 2017, V, BRON_FORM),
        uiterste_datum,
        uitbetaling,
    })
}
