//! The rule engine: from a gemeente's figures to the tekort, the entry tests, the vangnetuitkering
//! per band, the form version and the deadline — with every step explained in Dutch.
//!
//! Pure Rust (no browser code), exact decimals throughout (no binary floating point), and no
//! panics on any input. The rules themselves are data in [`table`]; this module only applies them.
//!
//! The formulas follow the official calculation scheme of the Toetsingscommissie vangnet
//! Participatiewet ("Berekening en uitbetaling" 2018 and 2024):
//!
//! ```text
//! N = A − R      netto lasten (lasten minus baten, SiSa)
//! E = N − D      minus fout/onzeker bestedingen reported by the accountant
//! T = E − B      tekort (negative = overschot), B = definitief budget without art. 7 correction
//! V = Σ_band aandeel · (deel van T in de band)     only if every entry test passes
//! ```
//!
//! # Example
//! ```
//! use rust_decimal::Decimal;
//! use vangnet::rules::{bereken, Invoer, JaarCijfers, Toegang};
//! let m = |n: i64| Decimal::from(n) * Decimal::from(1_000_000);
//! let jaar = |j, lasten, budget| JaarCijfers::volledig(j, lasten, Decimal::ZERO, Decimal::ZERO, budget);
//! let invoer = Invoer {
//!     tekortjaar: 2019,
//!     jaren: vec![jaar(2017, m(110), m(100)), jaar(2018, m(110), m(100)), jaar(2019, m(115), m(100))],
//!     verleend_vorig_jaar: Some(true),
//!     verleend_twee_jaar_terug: Some(false),
//!     ..Invoer::default()
//! };
//! let u = bereken(&invoer, None, None).unwrap();
//! assert_eq!(u.toegang, Toegang::Ja);
//! // 50% of the part between 7,5% and 12,5% plus 100% of the part above 12,5%: 2,5 + 2,5 mln.
//! assert_eq!(u.vergoeding, Some(m(5)));
//! ```

pub mod table;

pub use table::{regels, Bron, JaarRegels, UitgebreidVangnet, EERSTE_JAAR, LAATSTE_JAAR};

use crate::date::Date;
use crate::nl::{format_money, format_percent};
use rust_decimal::{Decimal, RoundingStrategy};
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

    fn is_leeg(&self) -> bool {
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
            eerste = eerste.min(t - 3);
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

/// A hard error: the rules cannot be applied at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RekenFout {
    /// No rules are known for this tekortjaar.
    OnbekendJaar(i32),
    /// An override is not usable (e.g. bands not ascending, a share above 100%).
    OngeldigeAanpassing(String),
}

impl std::fmt::Display for RekenFout {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RekenFout::OnbekendJaar(j) => {
                write!(f, "Voor tekortjaar {j} kent deze app geen regels. Kies een jaar van {EERSTE_JAAR} tot en met {LAATSTE_JAAR}.")
            }
            RekenFout::OngeldigeAanpassing(m) => write!(f, "De aangepaste regels zijn niet bruikbaar: {m}"),
        }
    }
}

impl std::error::Error for RekenFout {}

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
    /// Field pointer: `"{jaar}.lasten"`, `"{jaar}.budget"`, `"inwoners"`, …
    pub veld: String,
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
    /// The grant: whole euros, half up. The only rounding in the whole calculation.
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
    /// Form version.
    pub formulier: Formulier,
    /// The last day of receipt by the Toetsingscommissie (still in time).
    pub uiterste_datum: Date,
    /// Days from the given date to the deadline (0 = today is the last day, negative = too late).
    pub dagen_over: Option<i64>,
    /// Why the result is provisional (rules not verified or replaced); empty when it is not.
    pub voorlopig: Vec<String>,
    /// Remarks about the input.
    pub meldingen: Vec<Melding>,
    /// The explanation, step by step.
    pub stappen: Vec<Stap>,
}

/// Above this amount a figure is taken to be a typo: the largest municipal BUIG budget is
/// below one billion euros, the national macrobudget below ten.
pub const MAXIMAAL_BEDRAG: i64 = 10_000_000_000;

/// Applies the rules of `invoer.tekortjaar` to the figures.
///
/// `aanpassing` replaces rule parameters for this application; `vandaag` gives the days left to
/// the deadline.
///
/// # Errors
/// [`RekenFout::OnbekendJaar`] for a year outside the table; [`RekenFout::OngeldigeAanpassing`]
/// for an unusable override. Bad figures are not errors: they are reported in
/// [`Uitkomst::meldingen`] and the results that need them stay unknown.
pub fn bereken(invoer: &Invoer, aanpassing: Option<&RegelAanpassing>, vandaag: Option<Date>) -> Result<Uitkomst, RekenFout> {
    let t = invoer.tekortjaar;
    let mut r = regels(t).ok_or(RekenFout::OnbekendJaar(t))?;
    if let Some(a) = aanpassing {
        pas_toe(&mut r, a)?;
    }
    let mut meldingen = Vec::new();
    let jaren: Vec<JaarUitkomst> = Invoer::benodigde_jaren(t).into_iter().map(|j| jaar_uitkomst(invoer, j, &mut meldingen)).collect();
    let jaar = |j: i32| jaren.iter().find(|u| u.jaar == j);
    let huidig = jaar(t).expect("the tekortjaar is always in the needed years");
    let mut stappen = Vec::new();
    let mut voorlopig = Vec::new();

    for u in &jaren {
        stappen.push(jaar_stap(u, t));
    }

    // Regular track.
    let mut toetsen = Vec::new();
    let enkel = drempel_toets("enkel", "Tekort over het tekortjaar", huidig, r.drempel.waarde, r.drempel.zekerheid);
    stappen.push(drempel_stap(&enkel, huidig, &r.drempel, "Toegangsdrempel: tekort van het jaar"));
    toetsen.push(enkel);

    let mut cumulatief_tekort = None;
    let mut cumulatief_percentage = None;
    if let Cumulatief::Jaren { van, tot_en_met } = r.cumulatief.waarde {
        let venster: Vec<&JaarUitkomst> = (van..=tot_en_met).filter_map(jaar).collect();
        let ontbreekt: Vec<String> = venster.iter().filter(|u| u.tekort.is_none()).map(|u| format!("tekort over {}", u.jaar)).collect();
        let som: Option<Decimal> = if ontbreekt.is_empty() { venster.iter().map(|u| u.tekort).sum() } else { None };
        cumulatief_tekort = som;
        let grens = huidig.budget.map(|b| r.drempel.waarde * b);
        cumulatief_percentage = som.zip(huidig.budget).map(|(s, b)| s / b);
        let mut ontbreekt = ontbreekt;
        if huidig.budget.is_none() {
            ontbreekt.push(format!("budget over {t}"));
        }
        let (status, marge) = vergelijk_strikt(som, grens, ontbreekt);
        let toets = Toets {
            id: "cumulatief".into(),
            naam: format!("Gecumuleerd tekort {van}–{tot_en_met}"),
            status,
            marge,
            zekerheid: r.cumulatief.zekerheid.max(r.drempel.zekerheid),
        };
        let berekening = match (som, grens) {
            (Some(s), Some(g)) => format!(
                "Som van de resultaten {van}–{tot_en_met} = {} ({} van het budget {t}); dat moet meer zijn dan {} × {} = {} → {}",
                venster.iter().map(|u| format_money(u.tekort.unwrap_or_default())).collect::<Vec<_>>().join(" + "),
                format_percent(s / huidig.budget.unwrap_or(Decimal::ONE), 2),
                format_percent(r.drempel.waarde, 1),
                format_money(huidig.budget.unwrap_or_default()),
                format_money(g),
                status_tekst(&toets.status, s - g),
            ),
            _ => format!("Nog niet te berekenen: vul in {}.", ontbreekt_tekst(&toets.status)),
        };
        stappen.push(Stap {
            titel: format!("Toegangsdrempel: gecumuleerd tekort {van}–{tot_en_met}"),
            berekening: format!(
                "{berekening} Overschotten tellen negatief mee; de grens is {} van het budget van {t} alleen.",
                format_percent(r.drempel.waarde, 1)
            ),
            bron: r.cumulatief.bron.clone(),
            zekerheid: toets.zekerheid,
            aangepast: r.drempel.aangepast,
        });
        toetsen.push(toets);
    }

    let mut regulier_toegang = alle_voldaan(&toetsen);
    let mut regulier_verdeling = verdeling(huidig, &r.banden.waarde);

    // 2016: the alternative entry via euros per inwoner. Either test gives access.
    if let Some(pi) = &r.per_inwoner {
        let (status, marge) = match (huidig.tekort, invoer.inwoners) {
            (Some(tk), Some(n)) if n > 0 => {
                let grens = pi.waarde * Decimal::from(n);
                vergelijk_strikt(Some(tk), Some(grens), vec![])
            }
            (tk, _) => {
                let mut o = Vec::new();
                if tk.is_none() {
                    o.push(format!("tekort over {t}"));
                }
                if !matches!(invoer.inwoners, Some(n) if n > 0) {
                    o.push("aantal inwoners".to_string());
                }
                (Status::Onbekend(o), None)
            }
        };
        let toets = Toets {
            id: "per_inwoner".into(),
            naam: format!("Tekort meer dan {} per inwoner", format_money(pi.waarde)),
            status,
            marge,
            zekerheid: pi.zekerheid,
        };
        stappen.push(Stap {
            titel: "Alternatieve toegang 2016: tekort per inwoner".into(),
            berekening: match (huidig.tekort, invoer.inwoners) {
                (Some(tk), Some(n)) if n > 0 => format!(
                    "Tekort {} moet meer zijn dan {} × {} inwoners = {} → {}. In 2016 geeft één van beide toetsen toegang.",
                    format_money(tk),
                    format_money(pi.waarde),
                    crate::nl::format_integer(n),
                    format_money(pi.waarde * Decimal::from(n)),
                    status_tekst(&toets.status, toets.marge.unwrap_or_default())
                ),
                _ => format!("Nog niet te berekenen: vul in {}.", ontbreekt_tekst(&toets.status)),
            },
            bron: pi.bron.clone(),
            zekerheid: pi.zekerheid,
            aangepast: false,
        });
        let enkel_status = &toetsen[0].status;
        regulier_toegang = match (enkel_status, &toets.status) {
            (Status::Voldaan, _) | (_, Status::Voldaan) => Toegang::Ja,
            (Status::NietVoldaan, Status::NietVoldaan) => Toegang::Nee,
            _ => Toegang::Onbekend,
        };
        // How the amount follows for a gemeente that only passes the per-inwoner route is not
        // published (rulebook §1.2 [U]): the eigen risico is then the lower of the two entry
        // amounts, so the amount stays continuous; flagged as unverified.
        if toets.status == Status::Voldaan && *enkel_status != Status::Voldaan {
            if let (Some(b), Some(n)) = (huidig.budget, invoer.inwoners) {
                let eigen = pi.waarde * Decimal::from(n);
                let mut banden = r.banden.waarde.clone();
                if let Some(eerste) = banden.first_mut() {
                    eerste.vanaf = (eigen / b).min(eerste.vanaf);
                }
                regulier_verdeling = verdeling(huidig, &banden);
                voorlopig.push(format!(
                    "Toegang alleen via de toets per inwoner: hoe het bedrag dan wordt berekend is niet gepubliceerd; de app neemt als eigen risico {} (het tekort boven € 30 per inwoner).",
                    format_money(eigen)
                ));
            }
        }
        toetsen.push(toets);
    }

    let mut sporen = vec![Spoor { soort: SpoorSoort::Regulier, toetsen, toegang: regulier_toegang, verdeling: regulier_verdeling }];

    // 2025 onward: the uitgebreid vangnet.
    if let Some(uv) = &r.uitgebreid_vangnet {
        let mut toetsen = Vec::new();
        let enkel = drempel_toets(
            "uitgebreid_enkel",
            "Uitgebreid vangnet: tekort over het tekortjaar",
            huidig,
            uv.drempel.waarde,
            uv.drempel.zekerheid,
        );
        stappen.push(drempel_stap(&enkel, huidig, &uv.drempel, "Uitgebreid vangnet: tekort van het jaar"));
        toetsen.push(enkel);

        let eerdere: Vec<&JaarUitkomst> = (t - 3..t).filter_map(jaar).collect();
        let mut gehaald = 0u32;
        let mut onbekend = Vec::new();
        let mut regels_tekst = Vec::new();
        for u in &eerdere {
            match u.percentage {
                // "at least": ≥, each year against its own budget.
                Some(p) if p >= uv.vooraf_minimum.waarde => {
                    gehaald += 1;
                    regels_tekst.push(format!("{}: {} (ja)", u.jaar, format_percent(p, 2)));
                }
                Some(p) => regels_tekst.push(format!("{}: {} (nee)", u.jaar, format_percent(p, 2))),
                None => {
                    onbekend.push(format!("tekort en budget over {}", u.jaar));
                    regels_tekst.push(format!("{}: onbekend", u.jaar));
                }
            }
        }
        let nodig = uv.vooraf_aantal.waarde;
        let status = if gehaald >= nodig {
            Status::Voldaan
        } else if gehaald + onbekend.len() as u32 >= nodig {
            Status::Onbekend(onbekend)
        } else {
            Status::NietVoldaan
        };
        let toets = Toets {
            id: "uitgebreid_vooraf".into(),
            naam: format!(
                "Uitgebreid vangnet: in minstens {nodig} van de jaren {}–{} een tekort van ten minste {}",
                t - 3,
                t - 1,
                format_percent(uv.vooraf_minimum.waarde, 1)
            ),
            status,
            marge: None,
            zekerheid: uv.vooraf_minimum.zekerheid.max(uv.vooraf_aantal.zekerheid),
        };
        stappen.push(Stap {
            titel: "Uitgebreid vangnet: tekorten in de drie jaren ervoor".into(),
            berekening: format!(
                "{}. Nodig: minstens {nodig} jaren met ten minste {} van het eigen budget van dat jaar; gehaald: {gehaald} → {}",
                regels_tekst.join("; "),
                format_percent(uv.vooraf_minimum.waarde, 1),
                status_tekst(&toets.status, Decimal::ZERO)
            ),
            bron: uv.vooraf_minimum.bron.clone(),
            zekerheid: toets.zekerheid,
            aangepast: false,
        });
        toetsen.push(toets);
        sporen.push(Spoor {
            soort: SpoorSoort::Uitgebreid,
            toegang: alle_voldaan(&toetsen),
            toetsen,
            verdeling: verdeling(huidig, &uv.banden.waarde),
        });
    }

    // Amount per track, and the choice between tracks.
    for s in &sporen {
        let banden = match s.soort {
            SpoorSoort::Regulier => &r.banden,
            SpoorSoort::Uitgebreid => &r.uitgebreid_vangnet.as_ref().expect("track exists").banden,
        };
        stappen.push(bedrag_stap(s, huidig, banden, sporen.len() > 1));
    }
    let met_toegang: Vec<&Spoor> = sporen.iter().filter(|s| s.toegang == Toegang::Ja).collect();
    let toegang = if !met_toegang.is_empty() {
        Toegang::Ja
    } else if sporen.iter().all(|s| s.toegang == Toegang::Nee) {
        Toegang::Nee
    } else {
        Toegang::Onbekend
    };
    let beste = met_toegang
        .iter()
        .filter_map(|s| s.verdeling.as_ref().map(|v| (s.soort, v.totaal)))
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.eq(&SpoorSoort::Regulier).cmp(&a.0.eq(&SpoorSoort::Regulier))));
    let (gekozen_spoor, vergoeding) = match toegang {
        Toegang::Ja => (beste.map(|b| b.0), beste.map(|b| b.1)),
        Toegang::Nee => (None, Some(Decimal::ZERO)),
        Toegang::Onbekend => (None, None),
    };
    if sporen.len() > 1 {
        stappen.push(Stap {
            titel: "Keuze tussen regulier en uitgebreid vangnet".into(),
            berekening: match (gekozen_spoor, vergoeding) {
                (Some(s), Some(v)) => format!(
                    "Toegang via {}; de app rekent met het gunstigste spoor: {} ({}).",
                    met_toegang.iter().map(|s| spoor_naam(s.soort)).collect::<Vec<_>>().join(" en "),
                    spoor_naam(s),
                    format_money(v)
                ),
                (_, Some(_)) => "Geen van beide sporen geeft toegang.".into(),
                _ => "Nog niet te bepalen: er ontbreken cijfers.".into(),
            },
            bron: BRON_KEUZE.into(),
            zekerheid: Zekerheid::Onzeker,
            aangepast: false,
        });
    }

    // Form version.
    let formulier = formulier(&r, invoer);
    stappen.push(Stap {
        titel: "Welk formulier".into(),
        berekening: formulier.reden.clone(),
        bron: r.twee_versies.bron.clone(),
        zekerheid: formulier.zekerheid,
        aangepast: false,
    });

    // Deadline.
    let uiterste_datum = r.uiterste_datum.waarde;
    let dagen_over = vandaag.map(|v| v.days_until(uiterste_datum));
    stappen.push(Stap {
        titel: "Uiterste datum".into(),
        berekening: format!(
            "De Toetsingscommissie moet het verzoek uiterlijk op {} hebben ontvangen; die dag zelf is nog op tijd. Een later verzoek wordt niet in behandeling genomen.{}{}",
            crate::nl::format_date(uiterste_datum),
            match dagen_over {
                Some(d) if d > 1 => format!(" Nog {d} dagen."),
                Some(1) => " Nog 1 dag.".into(),
                Some(0) => " Vandaag is de laatste dag.".into(),
                Some(d) => format!(" De termijn is {} dagen geleden verstreken.", -d),
                None => String::new(),
            },
            if uiterste_datum.weekday() >= 6 {
                " Deze datum valt in een weekend; of de termijn dan opschuift is niet bekend — dien ruim op tijd in."
            } else {
                ""
            }
        ),
        bron: r.uiterste_datum.bron.clone(),
        zekerheid: r.uiterste_datum.zekerheid,
        aangepast: r.uiterste_datum.aangepast,
    });
    stappen.push(Stap {
        titel: "Uitbetaling".into(),
        berekening: format!("Een toegekende vangnetuitkering wordt naar verwachting betaald in {}.", r.uitbetaling.waarde),
        bron: r.uitbetaling.bron.clone(),
        zekerheid: r.uitbetaling.zekerheid,
        aangepast: false,
    });

    for s in &stappen {
        if s.aangepast {
            let m = format!("Gerekend met door u aangepaste regels ({}).", s.titel.to_lowercase());
            if !voorlopig.contains(&m) {
                voorlopig.push(m);
            }
        } else if s.zekerheid != Zekerheid::Geverifieerd && !s.titel.starts_with("Uitbetaling") {
            voorlopig.push(format!("{}: de regel is {}.", s.titel, s.zekerheid.label()));
        }
    }

    Ok(Uitkomst {
        tekortjaar: t,
        regels: r,
        jaren,
        cumulatief_tekort,
        cumulatief_percentage,
        sporen,
        toegang,
        gekozen_spoor,
        vergoeding,
        formulier,
        uiterste_datum,
        dagen_over,
        voorlopig,
        meldingen,
        stappen,
    })
}

const BRON_KEUZE: &str = "Stb. 2025, 222; toetsingscommissievp.nl, voorwaarden 2025 (dat het gunstigste spoor geldt is niet gepubliceerd)";

/// Dutch name of a track.
pub fn spoor_naam(s: SpoorSoort) -> &'static str {
    match s {
        SpoorSoort::Regulier => "het reguliere vangnet",
        SpoorSoort::Uitgebreid => "het uitgebreide vangnet",
    }
}

fn pas_toe(r: &mut JaarRegels, a: &RegelAanpassing) -> Result<(), RekenFout> {
    let fractie = |d: Decimal, naam: &str| -> Result<Decimal, RekenFout> {
        if d <= Decimal::ZERO || d >= Decimal::ONE {
            Err(RekenFout::OngeldigeAanpassing(format!("{naam} moet tussen 0% en 100% liggen.")))
        } else {
            Ok(d)
        }
    };
    if let Some(d) = a.drempel {
        r.drempel.waarde = fractie(d, "de drempel")?;
        r.drempel.aangepast = true;
    }
    if let Some(b) = &a.banden {
        r.banden.waarde = controleer_banden(b)?;
        r.banden.aangepast = true;
    }
    if let Some(uv) = r.uitgebreid_vangnet.as_mut() {
        if let Some(d) = a.uitgebreid_drempel {
            uv.drempel.waarde = fractie(d, "de drempel van het uitgebreide vangnet")?;
            uv.drempel.aangepast = true;
        }
        if let Some(b) = &a.uitgebreid_banden {
            uv.banden.waarde = controleer_banden(b)?;
            uv.banden.aangepast = true;
        }
    } else if a.uitgebreid_drempel.is_some() || a.uitgebreid_banden.is_some() {
        return Err(RekenFout::OngeldigeAanpassing(format!("voor {} bestaat geen uitgebreid vangnet.", r.jaar)));
    }
    if let Some(d) = a.uiterste_datum {
        r.uiterste_datum.waarde = d;
        r.uiterste_datum.aangepast = true;
    }
    Ok(())
}

fn controleer_banden(b: &[Band]) -> Result<Vec<Band>, RekenFout> {
    if b.is_empty() {
        return Err(RekenFout::OngeldigeAanpassing("er is minstens één band nodig.".into()));
    }
    for (i, band) in b.iter().enumerate() {
        if band.vanaf < Decimal::ZERO || band.vanaf >= Decimal::ONE {
            return Err(RekenFout::OngeldigeAanpassing("een band moet beginnen tussen 0% en 100%.".into()));
        }
        if band.aandeel < Decimal::ZERO || band.aandeel > Decimal::ONE {
            return Err(RekenFout::OngeldigeAanpassing("een vergoedingspercentage ligt tussen 0% en 100%.".into()));
        }
        if i > 0 && (band.vanaf <= b[i - 1].vanaf || band.aandeel < b[i - 1].aandeel) {
            return Err(RekenFout::OngeldigeAanpassing("de banden moeten oplopen, met een gelijk of hoger vergoedingspercentage.".into()));
        }
    }
    Ok(b.to_vec())
}

/// The effective figures of year `j`: the gemeente's own, or the predecessors' summed.
fn effectieve_cijfers(invoer: &Invoer, j: i32) -> (JaarCijfers, bool) {
    let eigen = invoer.jaren.iter().find(|c| c.jaar == j).cloned().unwrap_or(JaarCijfers { jaar: j, ..Default::default() });
    if !eigen.is_leeg() || invoer.voorgangers.is_empty() {
        return (eigen, false);
    }
    let per_voorganger: Vec<JaarCijfers> = invoer
        .voorgangers
        .iter()
        .map(|v| v.jaren.iter().find(|c| c.jaar == j).cloned().unwrap_or(JaarCijfers { jaar: j, ..Default::default() }))
        .collect();
    let som = |f: fn(&JaarCijfers) -> Option<Decimal>| -> Option<Decimal> {
        per_voorganger.iter().map(f).try_fold(Decimal::ZERO, |acc, x| x.and_then(|x| acc.checked_add(x)))
    };
    (
        JaarCijfers {
            jaar: j,
            lasten: som(|c| c.lasten),
            baten: som(|c| c.baten),
            fout_onzeker: som(|c| c.fout_onzeker),
            budget: som(|c| c.budget),
        },
        true,
    )
}

fn jaar_uitkomst(invoer: &Invoer, j: i32, meldingen: &mut Vec<Melding>) -> JaarUitkomst {
    let (c, uit_voorgangers) = effectieve_cijfers(invoer, j);
    let mut ontbreekt = Vec::new();
    let max = Decimal::from(MAXIMAAL_BEDRAG);
    let mut bruikbaar = |waarde: Option<Decimal>, veld: &str, naam: &str, positief_nodig: bool| -> Option<Decimal> {
        let pointer = format!("{j}.{veld}");
        match waarde {
            None => {
                ontbreekt.push(format!("{naam} {j}"));
                None
            }
            Some(v) if v.abs() > max => {
                meldingen.push(Melding {
                    veld: pointer,
                    ernst: Ernst::Fout,
                    tekst: format!(
                        "{} over {j} ({}) is groter dan enig gemeentelijk budget. Controleer het bedrag.",
                        hoofdletter(naam),
                        format_money(v)
                    ),
                });
                ontbreekt.push(format!("{naam} {j} (te groot)"));
                None
            }
            // A budget below one euro is no budget (and T / B would overflow a decimal).
            Some(v) if positief_nodig && v < Decimal::ONE => {
                meldingen.push(Melding {
                    veld: pointer,
                    ernst: Ernst::Fout,
                    tekst: format!("{} over {j} moet groter dan nul zijn (minstens € 1).", hoofdletter(naam)),
                });
                ontbreekt.push(format!("{naam} {j} (moet groter dan nul zijn)"));
                None
            }
            Some(v) if v < Decimal::ZERO => {
                meldingen.push(Melding {
                    veld: pointer,
                    ernst: Ernst::Fout,
                    tekst: format!("{} over {j} kan niet negatief zijn.", hoofdletter(naam)),
                });
                ontbreekt.push(format!("{naam} {j} (negatief)"));
                None
            }
            Some(v) => Some(v),
        }
    };
    let a = bruikbaar(c.lasten, "lasten", "lasten", false);
    let rr = bruikbaar(c.baten, "baten", "baten", false);
    let d = bruikbaar(c.fout_onzeker, "fout_onzeker", "fout/onzekere bestedingen", false);
    let b = bruikbaar(c.budget, "budget", "budget", true);
    let n = a.zip(rr).map(|(a, r)| a - r);
    if let (Some(a), Some(r)) = (a, rr) {
        if r > a {
            meldingen.push(Melding {
                veld: format!("{j}.baten"),
                ernst: Ernst::Waarschuwing,
                tekst: format!("De baten over {j} zijn hoger dan de lasten. Klopt dat?"),
            });
        }
    }
    if let (Some(n), Some(d)) = (n, d) {
        if d > n && n >= Decimal::ZERO {
            meldingen.push(Melding {
                veld: format!("{j}.fout_onzeker"),
                ernst: Ernst::Waarschuwing,
                tekst: format!("De fout/onzekere bestedingen over {j} zijn hoger dan de netto lasten. Klopt dat?"),
            });
        }
    }
    let e = n.zip(d).map(|(n, d)| n - d);
    let tekort = e.zip(b).map(|(e, b)| e - b);
    let percentage = tekort.zip(b).map(|(t, b)| t / b);
    JaarUitkomst { jaar: j, netto_lasten: n, relevante_bestedingen: e, budget: b, tekort, percentage, ontbreekt, uit_voorgangers }
}

fn hoofdletter(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

fn jaar_stap(u: &JaarUitkomst, t: i32) -> Stap {
    let berekening = match (u.netto_lasten, u.relevante_bestedingen, u.budget, u.tekort, u.percentage) {
        (Some(n), Some(e), Some(b), Some(tk), Some(p)) => format!(
            "Netto lasten N = lasten − baten = {}. Relevante bestedingen E = N − fout/onzeker = {}. Tekort T = E − budget {} = {} ({} van het budget{}).",
            format_money(n),
            format_money(e),
            format_money(b),
            format_money(tk),
            format_percent(p, 2),
            if tk < Decimal::ZERO { "; een overschot" } else { "" }
        ),
        _ => format!("Nog niet te berekenen: vul in {}.", u.ontbreekt.join(", ")),
    };
    Stap {
        titel: format!(
            "Tekort {}{}{}",
            u.jaar,
            if u.jaar == t { " (tekortjaar)" } else { "" },
            if u.uit_voorgangers { ", som van de voorgangers" } else { "" }
        ),
        berekening,
        bron: "Berekeningsschema Toetsingscommissie (berekening en uitbetaling 2018 en 2024); Besluit Participatiewet zoals gewijzigd bij Stb. 2016, 355 (fout/onzeker)".into(),
        // The definition of T is verified for the tekortjaar; whether earlier years are also
        // taken net of fout/onzeker is not stated (rulebook §1.2, §7.7).
        zekerheid: if u.jaar == t { Zekerheid::Geverifieerd } else { Zekerheid::Onzeker },
        aangepast: false,
    }
}

fn vergelijk_strikt(links: Option<Decimal>, rechts: Option<Decimal>, ontbreekt: Vec<String>) -> (Status, Option<Decimal>) {
    match (links, rechts) {
        (Some(l), Some(r)) if ontbreekt.is_empty() => {
            // "meer dan": strict, on unrounded amounts.
            (if l > r { Status::Voldaan } else { Status::NietVoldaan }, Some(l - r))
        }
        _ => (Status::Onbekend(ontbreekt), None),
    }
}

fn drempel_toets(id: &str, naam: &str, u: &JaarUitkomst, drempel: Decimal, zekerheid: Zekerheid) -> Toets {
    let mut ontbreekt = Vec::new();
    if u.tekort.is_none() {
        ontbreekt.push(format!("de cijfers over {}", u.jaar));
    }
    let (status, marge) = vergelijk_strikt(u.tekort, u.budget.map(|b| drempel * b), ontbreekt);
    Toets { id: id.into(), naam: format!("{naam}: meer dan {} van het budget", format_percent(drempel, 1)), status, marge, zekerheid }
}

fn drempel_stap(toets: &Toets, u: &JaarUitkomst, drempel: &Bron<Decimal>, titel: &str) -> Stap {
    let berekening = match (u.tekort, u.budget) {
        (Some(tk), Some(b)) => format!(
            "Tekort {} moet meer zijn dan {} × budget {} = {} → {}",
            format_money(tk),
            format_percent(drempel.waarde, 1),
            format_money(b),
            format_money(drempel.waarde * b),
            status_tekst(&toets.status, toets.marge.unwrap_or_default())
        ),
        _ => format!("Nog niet te berekenen: vul in {}.", ontbreekt_tekst(&toets.status)),
    };
    Stap { titel: titel.into(), berekening, bron: drempel.bron.clone(), zekerheid: drempel.zekerheid, aangepast: drempel.aangepast }
}

fn status_tekst(s: &Status, marge: Decimal) -> String {
    match s {
        Status::Voldaan if marge > Decimal::ZERO => format!("voldaan ({} erboven)", format_money(marge)),
        Status::Voldaan => "voldaan".into(),
        Status::NietVoldaan if marge < Decimal::ZERO => format!("niet voldaan ({} te weinig)", format_money(-marge)),
        Status::NietVoldaan if marge == Decimal::ZERO => "niet voldaan (precies op de grens; het moet méér zijn)".into(),
        Status::NietVoldaan => "niet voldaan".into(),
        Status::Onbekend(_) => "nog onbekend".into(),
    }
}

fn ontbreekt_tekst(s: &Status) -> String {
    match s {
        Status::Onbekend(o) if !o.is_empty() => o.join(", "),
        _ => "de ontbrekende cijfers".into(),
    }
}

fn alle_voldaan(toetsen: &[Toets]) -> Toegang {
    if toetsen.iter().any(|t| t.status == Status::NietVoldaan) {
        Toegang::Nee
    } else if toetsen.iter().all(|t| t.status == Status::Voldaan) {
        Toegang::Ja
    } else {
        Toegang::Onbekend
    }
}

/// Splits the tekortjaar's tekort over the bands. `None` when T or B is unknown.
fn verdeling(u: &JaarUitkomst, banden: &[Band]) -> Option<Verdeling> {
    let (tk, b) = (u.tekort?, u.budget?);
    Some(verdeel(tk, b, banden))
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
    let tk = tekort.max(Decimal::ZERO);
    let eerste = banden.first().map(|b| b.vanaf * budget).unwrap_or(tk);
    let eigen_risico = tk.min(eerste);
    let mut delen = Vec::new();
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
    }
    Verdeling {
        eigen_risico,
        banden: delen,
        totaal_onafgerond: totaal,
        totaal: totaal.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero),
    }
}

fn bedrag_stap(s: &Spoor, u: &JaarUitkomst, banden: &Bron<Vec<Band>>, twee_sporen: bool) -> Stap {
    let titel = if twee_sporen { format!("Bedrag volgens {}", spoor_naam(s.soort)) } else { "Bedrag van de vangnetuitkering".to_string() };
    let berekening = match (&s.verdeling, u.budget) {
        (Some(v), Some(b)) => {
            let mut delen = vec![format!(
                "Eigen risico: het tekort tot {} van het budget ({}) draagt de gemeente zelf",
                format_percent(banden.waarde.first().map(|b| b.vanaf).unwrap_or_default(), 1),
                format_money(v.eigen_risico)
            )];
            for d in &v.banden {
                delen.push(format!(
                    "{} van het deel {}: {} × {} = {}",
                    format_percent(d.aandeel, 0),
                    match d.tot {
                        Some(tot) => format!(
                            "tussen {} en {} ({} tot {})",
                            format_percent(d.vanaf, 1),
                            format_percent(tot, 1),
                            format_money(d.vanaf * b),
                            format_money(tot * b)
                        ),
                        None => format!("boven {} ({})", format_percent(d.vanaf, 1), format_money(d.vanaf * b)),
                    },
                    format_percent(d.aandeel, 0),
                    format_money(d.tekort_in_band),
                    format_money(d.vergoed)
                ));
            }
            let slot = match s.toegang {
                Toegang::Ja => format!("Totaal {} (afgerond op hele euro's, alleen aan het eind).", format_money(v.totaal)),
                Toegang::Nee => format!(
                    "Omdat niet aan de toegangsvoorwaarden is voldaan, is de uitkering € 0 (zonder die voorwaarden zou het {} zijn).",
                    format_money(v.totaal)
                ),
                Toegang::Onbekend => {
                    format!("Als aan alle toegangsvoorwaarden wordt voldaan: {}; dat is nog niet vast te stellen.", format_money(v.totaal))
                }
            };
            format!("{}. {}", delen.join(". "), slot)
        }
        _ => "Nog niet te berekenen: het tekort en het budget van het tekortjaar zijn nodig.".into(),
    };
    Stap { titel, berekening, bron: banden.bron.clone(), zekerheid: banden.zekerheid, aangepast: banden.aangepast }
}

fn formulier(r: &JaarRegels, invoer: &Invoer) -> Formulier {
    let t = r.jaar;
    if !r.twee_versies.waarde {
        return Formulier {
            versie: Some(Versie::Enkel),
            reden: format!("Voor tekortjaar {t} is er één aanvraagformulier, zonder onderscheid tussen basis- en uitgebreid verzoek."),
            zekerheid: r.twee_versies.zekerheid,
        };
    }
    let z = if t >= 2025 { Zekerheid::Onzeker } else { r.twee_versies.zekerheid };
    let (a, b) = (invoer.verleend_vorig_jaar, invoer.verleend_twee_jaar_terug);
    let (versie, reden) = match (a, b) {
        (Some(true), Some(true)) => (
            Some(Versie::Uitgebreid),
            format!("Over {} en over {} is een vangnetuitkering verleend: het uitgebreide verzoek, met interne én externe maatregelen.", t - 1, t - 2),
        ),
        (Some(true), _) => (
            Some(Versie::Uitgebreid),
            format!("Over {} is een vangnetuitkering verleend: het uitgebreide verzoek, met interne én externe maatregelen.", t - 1),
        ),
        (_, Some(true)) => (
            Some(Versie::Uitgebreid),
            format!("Over {} is een vangnetuitkering verleend: het uitgebreide verzoek, met interne én externe maatregelen.", t - 2),
        ),
        (Some(false), Some(false)) => (
            Some(Versie::Basis),
            format!("Over {} en {} is geen vangnetuitkering verleend: het basisverzoek.", t - 2, t - 1),
        ),
        _ => (
            None,
            format!(
                "Geef aan of over {} en over {} een vangnetuitkering is verleend (toegekend, niet alleen aangevraagd); daarvan hangt af of het basisverzoek of het uitgebreide verzoek geldt.",
                t - 2,
                t - 1
            ),
        ),
    };
    Formulier { versie, reden, zekerheid: z }
}

/// One replaceable rule parameter of a [`RegelAanpassing`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AanpassingVeld {
    /// The single-year threshold.
    Drempel,
    /// The uitgebreid vangnet's threshold.
    UitgebreidDrempel,
    /// One edge or share of a band.
    Band {
        /// Of the uitgebreid vangnet.
        uitgebreid: bool,
        /// Position of the band.
        i: usize,
        /// Its start or its share.
        deel: BandVeld,
    },
    /// The deadline.
    UitersteDatum,
    /// The user's reason.
    Reden,
}

/// The two numbers of a band.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BandVeld {
    /// Lower edge.
    Vanaf,
    /// Share paid.
    Aandeel,
}
