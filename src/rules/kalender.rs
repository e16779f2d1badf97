//! The calendar of a request (rulebook §9): which tekortjaar a gemeente prepares on a given day,
//! the warning when the deadline falls on a weekend (the date does not move), and what follows
//! after submission (advice, beschikking, payment).
//!
//! Pure and panic-free: dates come from the rule table, arithmetic is checked.

use super::table::{regels, Zekerheid, EERSTE_JAAR, LAATSTE_JAAR};
use crate::date::Date;
use crate::nl::format_date;

/// Source of the weekend rule (rulebook §9, "Deadline on a weekend").
pub const BRON_WEEKEND: &str = "Regeling Participatiewet, IOAW en IOAZ art. 15aa; Algemene termijnenwet art. 1, 4 en 5; Toetsingscommissie, nieuwsbericht 03-05-2021 (de zondag 15-08-2021 werd niet verschoven)";
/// Source of the timeline after submission (rulebook §9, "After submission").
pub const BRON_NA_INDIENEN: &str = "Toetsingscommissie vangnet Participatiewet, nieuwsberichten 22-08-2019 en 03-05-2021";

/// The tekortjaar a new draft starts with on `vandaag`: the earliest year of the rule table
/// whose deadline has not passed (the deadline day itself is still in time), so the year a
/// gemeente prepares now. After the last year's deadline, the last year of the table; before
/// the first year's, the first.
///
/// ```
/// use vangnet::date::Date;
/// use vangnet::rules::standaard_tekortjaar;
/// assert_eq!(standaard_tekortjaar(Date::new(2026, 8, 15).unwrap()), 2025);
/// assert_eq!(standaard_tekortjaar(Date::new(2026, 8, 16).unwrap()), 2026);
/// assert_eq!(standaard_tekortjaar(Date::new(2026, 12, 1).unwrap()), 2026);
/// ```
pub fn standaard_tekortjaar(vandaag: Date) -> i32 {
    (EERSTE_JAAR..=LAATSTE_JAAR).find(|&t| regels(t).is_some_and(|r| r.uiterste_datum.waarde >= vandaag)).unwrap_or(LAATSTE_JAAR)
}

/// Dutch name of an ISO weekday (1 = maandag … 7 = zondag).
pub fn dag_naam(weekdag: u32) -> &'static str {
    match weekdag {
        1 => "maandag",
        2 => "dinsdag",
        3 => "woensdag",
        4 => "donderdag",
        5 => "vrijdag",
        6 => "zaterdag",
        _ => "zondag",
    }
}

/// The advice when `uiterste_datum` falls on a Saturday or Sunday, `None` on a weekday. The date
/// is not moved (rulebook §9 (I)): the request should be in by the Friday before.
///
/// ```
/// use vangnet::date::Date;
/// use vangnet::rules::weekend_advies;
/// assert_eq!(
///     weekend_advies(Date::new(2026, 8, 15).unwrap()).unwrap().tekst,
///     "De termijn eindigt op zaterdag 15-08-2026; dien uiterlijk vrijdag 14-08-2026 in."
/// );
/// assert!(weekend_advies(Date::new(2025, 8, 15).unwrap()).is_none());
/// ```
pub fn weekend_advies(uiterste_datum: Date) -> Option<WeekendAdvies> {
    let wd = uiterste_datum.weekday();
    let terug = wd.checked_sub(5).filter(|&d| d > 0)?;
    let vrijdag = Date::from_days_since_epoch(uiterste_datum.days_since_epoch().checked_sub(i64::from(terug))?)?;
    Some(WeekendAdvies {
        vrijdag,
        tekst: format!(
            "De termijn eindigt op {} {}; dien uiterlijk vrijdag {} in.",
            dag_naam(wd),
            format_date(uiterste_datum),
            format_date(vrijdag)
        ),
        toelichting: "De datum schuift niet op naar maandag: hij staat in een ministeriële regeling, waarvoor de Algemene termijnenwet niet geldt (afgeleid, niet letterlijk bevestigd).".into(),
        zekerheid: Zekerheid::Afgeleid,
        bron: BRON_WEEKEND,
    })
}

/// The warning for a deadline in a weekend.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WeekendAdvies {
    /// The Friday before the deadline.
    pub vrijdag: Date,
    /// "De termijn eindigt op zaterdag 15-08-2026; dien uiterlijk vrijdag 14-08-2026 in."
    pub tekst: String,
    /// Why the date does not move, with its certainty in words.
    pub toelichting: String,
    /// Certainty of "the date does not move" (rulebook §9: (I)).
    pub zekerheid: Zekerheid,
    /// Source.
    pub bron: &'static str,
}

/// One moment after submission.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Moment {
    /// When, in Dutch ("uiterlijk 31-10-2026", "eerste kwartaal 2027").
    pub wanneer: String,
    /// What happens.
    pub wat: &'static str,
}

/// What follows after a request over tekortjaar `t` is submitted (rulebook §9 (V)): the
/// commission's advice by 31 October of t+1, the minister's decision within 8 weeks of it and
/// the beschikking by 31 December of t+1, payment in the first quarter of t+2. `None` for a
/// year whose t+2 leaves the supported dates.
///
/// ```
/// let m = vangnet::rules::na_indienen(2025).unwrap();
/// assert_eq!(m[0].wanneer, "uiterlijk 31-10-2026");
/// assert_eq!(m[2].wanneer, "eerste kwartaal 2027");
/// ```
pub fn na_indienen(t: i32) -> Option<Vec<Moment>> {
    let volgend = t.checked_add(1)?;
    let daarna = t.checked_add(2)?;
    let advies = Date::new(volgend, 10, 31)?;
    let beschikking = Date::new(volgend, 12, 31)?;
    Date::new(daarna, 3, 31)?;
    Some(vec![
        Moment { wanneer: format!("uiterlijk {}", format_date(advies)), wat: "De Toetsingscommissie brengt advies uit aan de minister." },
        Moment {
            wanneer: format!("uiterlijk {}", format_date(beschikking)),
            wat: "De minister beslist binnen 8 weken na het advies, met een beschikking.",
        },
        Moment { wanneer: format!("eerste kwartaal {daarna}"), wat: "Een toegekende vangnetuitkering wordt uitbetaald." },
    ])
}

/// The timeline in one Dutch sentence, for the explanation and the print view.
///
/// ```
/// assert!(vangnet::rules::na_indienen_tekst(2025).unwrap().contains("uiterlijk 31-12-2026 de beschikking"));
/// ```
pub fn na_indienen_tekst(t: i32) -> Option<String> {
    let volgend = t.checked_add(1)?;
    let daarna = t.checked_add(2)?;
    let advies = Date::new(volgend, 10, 31)?;
    let beschikking = Date::new(volgend, 12, 31)?;
    Some(format!(
        "Na het indienen adviseert de Toetsingscommissie de minister uiterlijk {}; de minister beslist binnen 8 weken na het advies en geeft uiterlijk {} de beschikking; een toegekende vangnetuitkering wordt uitbetaald in het eerste kwartaal van {daarna}.",
        format_date(advies),
        format_date(beschikking)
    ))
}
