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
    /// 2015 only: a second reading of the amount, shown beside the one used (rulebook §9).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub andere_lezing: Option<AndereLezing>,
}

/// A second reading of the compensation bands when the final rule is not known (2015): the
/// app computes the amount with it too and shows it, labelled, beside the one it uses.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AndereLezing {
    /// Dutch name, e.g. "100 % van het tekort boven 7,5 %".
    pub naam: String,
    /// The bands of that reading.
    pub banden: Bron<Vec<Band>>,
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
const BRON_2016_BANDEN: &str = "Binnenlands Bestuur, \u{201c}Bijstandbudget: 23 miljoen extra voor 2016\u{201d}; gemeente Nijmegen, begroting 2017; erratum in de beschikking VU 2017 (10% waar 12,5% bedoeld was)";
const BRON_2015_LEZING: &str = "Verzoek VU 2015 van Veenendaal (tekort 10,44% van ca. € 16,4 mln, gevraagd € 482.286 = 100% van het tekort boven 7,5%; veenendaalsekrant.nl); de definitieve regeling voor 2015 is niet gevonden";
const BRON_2017: &str = "toetsingscommissievp.nl, voorwaarden VU 2017 en nieuwsbericht 27-11-2018 (berekening beschikking 2017)";
const BRON_2018: &str = "toetsingscommissievp.nl, berekening en uitbetaling VU 2018; FAQ VU 2018 gecumuleerd tekort";
const BRON_7_5: &str =
    "Besluit Participatiewet, art. 10 e.v.; toetsingscommissievp.nl, FAQ eigen risico VU 2021 en berekening en uitbetaling VU 2024";
const BRON_2025: &str = "Stb. 2025, 222; toetsingscommissievp.nl/vangnetuitkering-2025/voorwaarden-2025";
const BRON_FORM: &str = "Modelaanvraagformulier VU 2019 (basisverzoek/uitgebreid verzoek); toetsingscommissievp.nl, voorwaarden 2024";
const BRON_DEADLINE: &str = "toetsingscommissievp.nl: de commissie moet het verzoek uiterlijk op 15 augustus van het jaar na het tekortjaar hebben ontvangen (fatale termijn); Regeling Participatiewet, IOAW en IOAZ art. 15aa";
const BRON_UITBETALING: &str = "Toetsingscommissie vangnet Participatiewet, nieuwsberichten 22-08-2019 en 03-05-2021: advies uiterlijk 31 oktober, beschikking uiterlijk 31 december van het jaar na het tekortjaar, uitbetaling in het eerste kwartaal daarna";

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
            // The final 2015 sliding scale was not read in the primary text (rulebook §7.1, §9):
            // candidate (a) 50% / 75% / 100% is used, every amount is indicative, and the
            // "100% above 7,5%" reading is shown beside it (`andere_lezing`).
            Bron::new(banden(&[("7.5", "50"), ("10", "75"), ("12.5", "100")]), U, BRON_2015),
            Bron::new(Cumulatief::Geen, V, BRON_2015),
        ),
        2016 => (
            Bron::new(pct("5"), V, BRON_2016),
            // Rulebook §9: half of the part between 5% and 10%, all above 10% [V semi-official].
            Bron::new(banden(&[("5", "50"), ("10", "100")]), V, BRON_2016_BANDEN),
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
        // Read for 2015, 2017, 2018, 2024 (rulebook §2) and 2020, 2023 (§9); the rest follows the pattern.
        if matches!(jaar, 2015 | 2017 | 2018 | 2020 | 2023 | 2024) { V } else { I },
        BRON_DEADLINE,
    );
    let uitbetaling = match jaar {
        2015 => Bron::new("2017".to_string(), V, "toetsingscommissievp.nl, VU 2015"),
        2020 => Bron::new("2022 (uit het macrobudget 2022)".to_string(), V, "Divosa, factsheet bijstandsbudget 2022"),
        // Rulebook §9 [V]: payment in the first quarter of t+2. For the years after the 2025
        // amendment the procedure was not read again: the same pattern, inferred.
        _ => Bron::new(format!("eerste kwartaal {}", jaar.saturating_add(2)), if jaar >= 2025 { I } else { V }, BRON_UITBETALING),
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
        andere_lezing: (jaar == 2015).then(|| AndereLezing {
            naam: "100% van het tekort boven 7,5%".into(),
            banden: Bron::new(banden(&[("7.5", "100")]), U, BRON_2015_LEZING),
        }),
    })
}

const BRON_SCENARIO: &str = "Scenario, niet geverifieerd: Stb. 2025, 222 verlaagt het eigen risico verder naar 2,5%, \u{201c}voor het begrotingsjaar 2025 nog niet van toepassing\u{201d} (toetsingscommissievp.nl/vangnetuitkering-2025/voorwaarden-2025); vanaf welk jaar en onder welke voorwaarden is niet gepubliceerd";

/// The first tekortjaar for which the 2,5% eigen risico can be switched on as a scenario.
pub const SCENARIO_VANAF: i32 = 2026;

/// The Dutch name of the scenario, as every place that shows its result says it.
pub const SCENARIO_NAAM: &str = "Scenario 2,5% eigen risico (niet geverifieerd)";

/// Applies the 2,5% eigen risico scenario (rulebook §3, §9 (U)): the uitgebreid vangnet with an
/// entry threshold of 2,5% and 50% of the tekort between 2,5% and 12,5%, 100% above; the test of
/// the three years before stays as it is. Only from [`SCENARIO_VANAF`] (the step is "not yet for
/// 2025"); returns whether it applied. Every parameter it sets is tagged unverified.
///
/// ```
/// let mut r = vangnet::rules::regels(2026).unwrap();
/// assert!(vangnet::rules::scenario_eigen_risico(&mut r));
/// assert_eq!(r.uitgebreid_vangnet.unwrap().drempel.waarde.to_string(), "0.025");
/// assert!(!vangnet::rules::scenario_eigen_risico(&mut vangnet::rules::regels(2025).unwrap()));
/// ```
pub fn scenario_eigen_risico(r: &mut JaarRegels) -> bool {
    if r.jaar < SCENARIO_VANAF {
        return false;
    }
    let Some(uv) = r.uitgebreid_vangnet.as_mut() else { return false };
    uv.drempel = Bron::new(pct("2.5"), Zekerheid::Onzeker, BRON_SCENARIO);
    uv.banden = Bron::new(banden(&[("2.5", "50"), ("12.5", "100")]), Zekerheid::Onzeker, BRON_SCENARIO);
    true
}
