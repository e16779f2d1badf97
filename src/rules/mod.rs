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

mod formulier;
mod invoer;
mod jaren;
mod kalender;
mod toetsen;
mod uitkomst;
mod uitleg;
mod verdeling;

pub use invoer::{
    AanpassingReden, AanpassingVeld, BandVeld, CijferSoort, Invoer, JaarCijfers, RegelAanpassing, RekenFout, Voorganger, MAXIMAAL_BEDRAG,
};
pub use kalender::{
    dag_naam, na_indienen, na_indienen_tekst, standaard_tekortjaar, weekend_advies, Moment, WeekendAdvies, BRON_NA_INDIENEN, BRON_WEEKEND,
};
pub use table::{
    regels, scenario_eigen_risico, AndereLezing, Band, Bron, Cumulatief, JaarRegels, UitgebreidVangnet, Zekerheid, EERSTE_JAAR,
    LAATSTE_JAAR, SCENARIO_NAAM, SCENARIO_VANAF,
};
pub use uitkomst::{
    AndereLezingUitkomst, BandDeel, Ernst, Formulier, JaarUitkomst, Melding, Spoor, SpoorSoort, Stap, StapSoort, Status, Toegang, Toets,
    Uitkomst, Verdeling, Versie, Voorlopig, VoorlopigSoort,
};
pub use uitleg::spoor_naam;
pub use verdeling::verdeel;

use crate::date::Date;

/// What the computation found on the way that the explanation shows but [`Uitkomst`] does not
/// hold: the bars of the tests in euros, the band edges in euros, the assumed eigen risico.
struct Tussenstand {
    regulier: toetsen::RegulierTussen,
    uitgebreid: Option<toetsen::UitgebreidTussen>,
}

/// Applies the rules of `invoer.tekortjaar` to the figures.
///
/// `aanpassing` replaces rule parameters for this application; `vandaag` gives the days left to
/// the deadline. Everything is computed first; the explanation ([`Uitkomst::stappen`]) and the
/// reasons why the outcome is provisional ([`Uitkomst::voorlopig`]) are worded afterwards from
/// the computed values.
///
/// # Errors
/// [`RekenFout::OnbekendJaar`] for a year outside the table; [`RekenFout::OngeldigeAanpassing`]
/// for an unusable override. Bad figures are not errors: they are reported in
/// [`Uitkomst::meldingen`] and the results that need them stay unknown.
pub fn bereken(invoer: &Invoer, aanpassing: Option<&RegelAanpassing>, vandaag: Option<Date>) -> Result<Uitkomst, RekenFout> {
    bereken_met_scenario(invoer, aanpassing, false, vandaag)
}

/// [`bereken`], with the unverified 2,5% eigen risico scenario ([`scenario_eigen_risico`])
/// switched on when `scenario` is true (it applies from [`SCENARIO_VANAF`] only; for an earlier
/// year the flag changes nothing). The user's override applies after the scenario.
///
/// # Errors
/// As [`bereken`].
pub fn bereken_met_scenario(
    invoer: &Invoer,
    aanpassing: Option<&RegelAanpassing>,
    scenario: bool,
    vandaag: Option<Date>,
) -> Result<Uitkomst, RekenFout> {
    let t = invoer.tekortjaar;
    let mut r = regels(t).ok_or(RekenFout::OnbekendJaar(t))?;
    let scenario = scenario && scenario_eigen_risico(&mut r);
    if let Some(a) = aanpassing {
        invoer::pas_toe(&mut r, a)?;
    }
    let mut meldingen = Vec::new();
    let jaren: Vec<JaarUitkomst> =
        Invoer::benodigde_jaren(t).into_iter().map(|j| jaren::jaar_uitkomst(invoer, j, &mut meldingen)).collect();
    let huidig = jaren.iter().find(|u| u.jaar == t).expect("the tekortjaar is always in the needed years");

    let (regulier, regulier_tussen, cumulatief_tekort, cumulatief_percentage) = toetsen::regulier(&r, &jaren, huidig, invoer.inwoners);
    let mut sporen = vec![regulier];
    let uitgebreid_tussen = r.uitgebreid_vangnet.as_ref().map(|uv| {
        let (spoor, tussen) = toetsen::uitgebreid(uv, &jaren, huidig);
        sporen.push(spoor);
        tussen
    });
    let (toegang, gekozen_spoor, vergoeding) = toetsen::kies(&sporen);
    // 2015: the same entry, the amount under the other reading (rulebook §9).
    let andere_lezing = r.andere_lezing.as_ref().map(|l| {
        let verdeling = verdeling::verdeling(huidig, &l.banden.waarde).map(|(v, _)| v);
        let bedrag = match toegang {
            Toegang::Ja => verdeling.as_ref().map(|v| v.totaal),
            Toegang::Nee => Some(rust_decimal::Decimal::ZERO),
            Toegang::Onbekend => None,
        };
        AndereLezingUitkomst { naam: l.naam.clone(), verdeling, vergoeding: bedrag }
    });
    let formulier = formulier::formulier(&r, invoer);
    let uiterste_datum = r.uiterste_datum.waarde;
    let dagen_over = vandaag.map(|v| v.days_until(uiterste_datum));

    let mut uitkomst = Uitkomst {
        tekortjaar: t,
        regels: r,
        jaren,
        cumulatief_tekort,
        cumulatief_percentage,
        sporen,
        toegang,
        gekozen_spoor,
        vergoeding,
        andere_lezing,
        scenario,
        formulier,
        uiterste_datum,
        dagen_over,
        voorlopig: Vec::new(),
        meldingen,
        stappen: Vec::new(),
    };
    let tussen = Tussenstand { regulier: regulier_tussen, uitgebreid: uitgebreid_tussen };
    uitkomst.stappen = uitleg::stappen(&uitkomst, invoer, &tussen);
    uitkomst.voorlopig = uitleg::voorlopig(&uitkomst, &tussen);
    Ok(uitkomst)
}
