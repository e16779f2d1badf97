//! The calendar and the findings of rulebook §9 (December 2026): the default tekortjaar, the
//! weekend warning, the timeline after submission, and each rule §9 settled or flagged — one
//! test per finding, citing it.

mod common;

use common::{d, invoer, jaar};
use rust_decimal::Decimal;
use vangnet::date::Date;
use vangnet::model::{standaard_tekortjaar as model_standaard, Aanvraag, STANDAARD_TEKORTJAAR};
use vangnet::nl::format_bedrag;
use vangnet::print::{afdruk_html, AfdrukOpties};
use vangnet::rules::{
    bereken, bereken_met_scenario, na_indienen, regels, standaard_tekortjaar, weekend_advies, Invoer, SpoorSoort, StapSoort, Toegang,
    Versie, Voorganger, VoorlopigSoort, Zekerheid, EERSTE_JAAR, LAATSTE_JAAR,
};
use vangnet::veld::{velden, Veld, Waarde};

fn dag(j: i32, m: u32, dd: u32) -> Date {
    Date::new(j, m, dd).unwrap()
}

fn stap<'a>(u: &'a vangnet::rules::Uitkomst, titel: &str) -> &'a vangnet::rules::Stap {
    u.stappen.iter().find(|s| s.titel.starts_with(titel)).unwrap_or_else(|| panic!("no step {titel}: {:?}", u.stappen))
}

// --- The default tekortjaar ---------------------------------------------------------------

#[test]
fn default_year_is_the_one_whose_deadline_has_not_passed() {
    // Issue 15: on 1 December 2026 a new draft must not default to 2025 (deadline passed).
    for (datum, verwacht) in [
        (dag(2026, 12, 1), 2026),
        (dag(2026, 8, 15), 2025), // the deadline day itself is still in time (rulebook §2)
        (dag(2026, 8, 16), 2026),
        (dag(2026, 1, 1), 2025),
        (dag(2025, 8, 15), 2024),
        (dag(2025, 8, 16), 2025),
        (dag(2016, 8, 15), 2015),
        (dag(2017, 3, 1), 2016),
        (dag(2027, 8, 15), 2026),
        // Before the first and after the last deadline: the ends of the table.
        (dag(2010, 5, 5), EERSTE_JAAR),
        (dag(2027, 8, 16), LAATSTE_JAAR),
        (dag(2040, 1, 1), LAATSTE_JAAR),
    ] {
        assert_eq!(standaard_tekortjaar(datum), verwacht, "{datum}");
    }
    assert_eq!(model_standaard(Some(dag(2026, 12, 1))), 2026);
    // Without a usable clock, the constant.
    assert_eq!(model_standaard(None), STANDAARD_TEKORTJAAR);
}

#[test]
fn default_year_for_every_day_lies_in_the_table_and_its_deadline_is_ahead() {
    let mut dagnr = dag(2015, 1, 1).days_since_epoch();
    let eind = dag(2028, 12, 31).days_since_epoch();
    let mut vorig = EERSTE_JAAR;
    while dagnr <= eind {
        let v = Date::from_days_since_epoch(dagnr).unwrap();
        let t = standaard_tekortjaar(v);
        assert!((EERSTE_JAAR..=LAATSTE_JAAR).contains(&t), "{v}");
        // Never goes back in time.
        assert!(t >= vorig, "{v}");
        vorig = t;
        let deadline = regels(t).unwrap().uiterste_datum.waarde;
        if t < LAATSTE_JAAR {
            assert!(deadline >= v, "{v}: {t} has passed");
        }
        if t > EERSTE_JAAR {
            assert!(regels(t - 1).unwrap().uiterste_datum.waarde < v, "{v}: {} still open", t - 1);
        }
        dagnr += 1;
    }
}

// --- Deadline on a weekend (rulebook §9, "Deadline on a weekend" [I]) ---------------------

#[test]
fn weekend_deadline_is_not_moved_and_warns_to_submit_by_friday() {
    // 15-08-2026 is a Saturday.
    let w = weekend_advies(dag(2026, 8, 15)).unwrap();
    assert_eq!(w.tekst, "De termijn eindigt op zaterdag 15-08-2026; dien uiterlijk vrijdag 14-08-2026 in.");
    assert_eq!(w.vrijdag, dag(2026, 8, 14));
    assert_eq!(w.zekerheid, Zekerheid::Afgeleid);
    assert!(w.toelichting.contains("schuift niet op"));
    // 15-08-2027 is a Sunday.
    let w = weekend_advies(dag(2027, 8, 15)).unwrap();
    assert_eq!(w.tekst, "De termijn eindigt op zondag 15-08-2027; dien uiterlijk vrijdag 13-08-2027 in.");
    // A weekday: no warning (15-08-2025 is a Friday, 15-08-2024 a Thursday).
    assert_eq!(weekend_advies(dag(2025, 8, 15)), None);
    assert_eq!(weekend_advies(dag(2024, 8, 15)), None);
    // Every weekday of a week: only Saturday and Sunday warn, and the Friday is the day before.
    for k in 0..7 {
        let v = Date::from_days_since_epoch(dag(2026, 8, 10).days_since_epoch() + k).unwrap();
        match weekend_advies(v) {
            Some(w) => {
                assert!(v.weekday() >= 6);
                assert_eq!(w.vrijdag.weekday(), 5);
                assert!(v.days_since_epoch() - w.vrijdag.days_since_epoch() <= 2);
            }
            None => assert!(v.weekday() <= 5),
        }
    }
}

#[test]
fn the_deadline_step_carries_the_weekend_advice() {
    let u = bereken(&invoer(2026, &["9", "0", "0", "0"]), None, None).unwrap();
    let s = stap(&u, "Uiterste datum");
    assert!(s.berekening.contains("De termijn eindigt op zondag 15-08-2027; dien uiterlijk vrijdag 13-08-2027 in."), "{}", s.berekening);
    assert!(s.berekening.contains("afgeleid"), "the advice says its certainty: {}", s.berekening);
    let u = bereken(&invoer(2024, &["9", "9", "9"]), None, None).unwrap();
    assert!(!stap(&u, "Uiterste datum").berekening.contains("De termijn eindigt op"));
}

// --- Deadlines VU 2020 and VU 2023 (rulebook §9 [V]) ---------------------------------------

#[test]
fn deadlines_2020_and_2023_are_verified() {
    for t in [2020, 2023] {
        let r = regels(t).unwrap();
        assert_eq!(r.uiterste_datum.waarde, dag(t + 1, 8, 15));
        assert_eq!(r.uiterste_datum.zekerheid, Zekerheid::Geverifieerd, "{t}");
    }
    assert_eq!(regels(2021).unwrap().uiterste_datum.zekerheid, Zekerheid::Afgeleid);
}

// --- After submission (rulebook §9 [V]) ----------------------------------------------------

#[test]
fn the_timeline_after_submission() {
    let m = na_indienen(2025).unwrap();
    assert_eq!(
        m.iter().map(|m| m.wanneer.as_str()).collect::<Vec<_>>(),
        ["uiterlijk 31-10-2026", "uiterlijk 31-12-2026", "eerste kwartaal 2027"]
    );
    assert!(m[1].wat.contains("binnen 8 weken na het advies"));
    let u = bereken(&invoer(2024, &["9", "9", "9"]), None, None).unwrap();
    let s = stap(&u, "Na het indienen");
    assert!(s.berekening.contains("uiterlijk 31-10-2025"), "{}", s.berekening);
    assert!(s.berekening.contains("uiterlijk 31-12-2025 de beschikking"), "{}", s.berekening);
    assert!(s.berekening.contains("eerste kwartaal van 2026"), "{}", s.berekening);
    assert_eq!((s.soort, s.zekerheid), (StapSoort::Informatie, Zekerheid::Geverifieerd));
    assert_eq!(regels(2019).unwrap().uitbetaling.waarde, "eerste kwartaal 2021");
    assert_eq!(regels(2019).unwrap().uitbetaling.zekerheid, Zekerheid::Geverifieerd);
    // After the 2025 amendment the same pattern, inferred.
    assert_eq!(regels(2026).unwrap().uitbetaling.zekerheid, Zekerheid::Afgeleid);
}

// --- VU 2016 bands (rulebook §9 [V] semi-official) -------------------------------------------

#[test]
fn bands_2016_are_verified_and_above_10_percent_pay_t_minus_7_5_percent() {
    let r = regels(2016).unwrap();
    assert_eq!(r.banden.zekerheid, Zekerheid::Geverifieerd);
    for p in ["10.5", "12", "30"] {
        let u = bereken(&invoer(2016, &[p]), None, None).unwrap();
        let t = d(p) * Decimal::from(1_000_000);
        assert_eq!(u.vergoeding, Some(t - Decimal::from(7_500_000)), "{p}%");
        // Nothing provisional about a 2016 amount that enters above 5% (only the 2016 deadline
        // date is inferred from the pattern).
        assert!(u.voorlopig.iter().all(|v| v.tekst.starts_with("Uiterste datum")), "{p}%: {:?}", u.voorlopig);
        assert_eq!(stap(&u, "Bedrag van de vangnetuitkering").zekerheid, Zekerheid::Geverifieerd);
    }
}

// --- VU 2016, € 30 per inwoner route (rulebook §9: entry [V], amount [U]) -----------------

#[test]
fn per_inwoner_route_amount_is_indicative_not_certain() {
    let mut i = invoer(2016, &["4"]);
    i.inwoners = Some(100_000);
    let u = bereken(&i, None, None).unwrap();
    assert_eq!(u.toegang, Toegang::Ja);
    let s = stap(&u, "Bedrag van de vangnetuitkering");
    assert_eq!(s.zekerheid, Zekerheid::Onzeker);
    assert!(s.berekening.starts_with("Indicatief"), "{}", s.berekening);
    assert!(u.voorlopig.iter().any(|v| v.soort == VoorlopigSoort::Onzeker && v.tekst.contains("per inwoner")));
    assert!(u.indicatief().is_some_and(|r| r.contains("per inwoner")));
    // Entering above 5% the amount step is verified.
    let u = bereken(&invoer(2016, &["8"]), None, None).unwrap();
    assert_eq!(u.indicatief(), None);
    assert_eq!(stap(&u, "Bedrag van de vangnetuitkering").zekerheid, Zekerheid::Geverifieerd);
}

// --- VU 2015 amount (rulebook §9 [U]): indicative, with "100 % above 7,5 %" beside it ------

#[test]
fn amount_2015_is_indicative_with_the_other_reading_beside_it() {
    // Veenendaal: tekort 10,44% of € 16,4 mln; requested 100% of the tekort above 7,5%.
    let b = "16400000";
    let t = d(b) * d("0.1044");
    let i = Invoer { tekortjaar: 2015, jaren: vec![jaar(2015, b, &t.to_string())], ..Invoer::default() };
    let u = bereken(&i, None, None).unwrap();
    let l = u.andere_lezing.as_ref().expect("2015 shows the other reading");
    assert!(u.indicatief().is_some());
    assert_eq!(l.naam, "100% van het tekort boven 7,5%");
    // 10,44% − 7,5% = 2,94% of 16,4 mln = € 482.160 (the request said € 482.286 on the exact budget).
    assert_eq!(l.vergoeding, Some(d("482160")));
    // The reading used (50/75/100) gives far less, and both are flagged.
    assert!(u.vergoeding.unwrap() < d("300000"));
    assert!(u.voorlopig.iter().any(|v| v.tekst.contains("indicatief") && v.tekst.contains("€ 482.160")), "{:?}", u.voorlopig);
    assert_eq!(stap(&u, "Bedrag van de vangnetuitkering").zekerheid, Zekerheid::Onzeker);
    let s = stap(&u, "Andere lezing 2015");
    assert!(s.berekening.contains("€ 482.160") && s.zekerheid == Zekerheid::Onzeker, "{}", s.berekening);
    // No access: the other reading pays nothing either.
    let u = bereken(&Invoer { tekortjaar: 2015, jaren: vec![jaar(2015, b, "100")], ..Invoer::default() }, None, None).unwrap();
    assert_eq!(u.andere_lezing.unwrap().vergoeding, Some(Decimal::ZERO));
    // Other years have no second reading, and their file has no such key.
    let u = bereken(&invoer(2019, &["9", "9", "9"]), None, None).unwrap();
    assert!(u.andere_lezing.is_none());
    let json = serde_json::to_string(&u).unwrap();
    assert!(!json.contains("andere_lezing"));
}

// --- Minimum amount (rulebook §9 [V]: none; tiny amounts are shown) ------------------------

#[test]
fn tiny_grants_are_shown_not_rounded_away() {
    // 80 cents above the 7,5% bar: 50% of it is € 0,40.
    let i = Invoer {
        tekortjaar: 2019,
        jaren: vec![jaar(2019, "100000000", "7500000.80"), jaar(2018, "100000000", "7500000"), jaar(2017, "100000000", "7500000")],
        verleend_vorig_jaar: Some(false),
        verleend_twee_jaar_terug: Some(false),
        ..Invoer::default()
    };
    let u = bereken(&i, None, None).unwrap();
    assert_eq!(u.toegang, Toegang::Ja);
    assert_eq!(u.vergoeding, Some(d("0.40")));
    assert_eq!(format_bedrag(u.vergoeding.unwrap()), "€ 0,40");
    assert!(stap(&u, "Bedrag van de vangnetuitkering").berekening.contains("Totaal € 0,40"));
    // € 37 (a real VU 2018 amount) stays € 37; 1,4 rounds to € 1 as before.
    for (boven, verwacht) in [("74", "37"), ("2.8", "1")] {
        let mut i = i.clone();
        i.jaren[0] = jaar(2019, "100000000", &(d("7500000") + d(boven)).to_string());
        assert_eq!(bereken(&i, None, None).unwrap().vergoeding, Some(d(verwacht)), "{boven}");
    }
    // Below a cent: rounded up to one cent, shown as such.
    let mut i = i.clone();
    i.jaren[0] = jaar(2019, "100000000", "7500000.001");
    let u = bereken(&i, None, None).unwrap();
    assert_eq!(u.vergoeding, Some(d("0.01")));
    // The print view shows the cents too.
    let mut a = Aanvraag::nieuw("x", 2019);
    a.financien = Invoer {
        jaren: vec![jaar(2019, "100000000", "7500000.80"), jaar(2018, "100000000", "7500000"), jaar(2017, "100000000", "7500000")],
        ..i
    };
    let u = a.uitkomst(None).unwrap();
    assert!(afdruk_html(&a, Some(&u), &AfdrukOpties::default()).contains("€ 0,40"));
}

// --- Herindeling and form version (rulebook §9 [V]) ----------------------------------------

#[test]
fn a_predecessors_grant_makes_the_request_uitgebreid() {
    let mut i = invoer(2020, &["9", "9", "9"]);
    i.voorgangers = vec![
        Voorganger { naam: "Oud-A".into(), jaren: vec![], verleend: Some(false) },
        Voorganger { naam: "Oud-B".into(), jaren: vec![], verleend: Some(true) },
    ];
    let u = bereken(&i, None, None).unwrap();
    assert_eq!(u.formulier.versie, Some(Versie::Uitgebreid));
    assert!(u.formulier.reden.contains("Oud-B") && u.formulier.reden.contains("herindeling"), "{}", u.formulier.reden);
    assert_eq!(u.formulier.zekerheid, Zekerheid::Geverifieerd);
    // The model agrees (the pages and checks use it).
    let mut a = Aanvraag::nieuw("x", 2020);
    a.financien = i.clone();
    assert_eq!(a.versie_bepaald(), Some(Versie::Uitgebreid));
    // No predecessor received one: the basisverzoek; unanswered: asked, still basis.
    i.voorgangers[1].verleend = Some(false);
    assert_eq!(bereken(&i, None, None).unwrap().formulier.versie, Some(Versie::Basis));
    i.voorgangers[1].verleend = None;
    let f = bereken(&i, None, None).unwrap().formulier;
    assert_eq!(f.versie, Some(Versie::Basis));
    assert!(f.reden.contains("Geef ook bij Oud-B aan"), "{}", f.reden);
    // The field exists once per predecessor, writes and reads back, and is absent from the
    // file while unanswered.
    a.financien = i;
    assert!(velden(&a).contains(&Veld::VoorgangerVerleend(1)));
    Veld::VoorgangerVerleend(1).zet(&mut a, Waarde::JaNee(Some(true))).unwrap();
    assert_eq!(Veld::VoorgangerVerleend(1).lees(&a), Some(Waarde::JaNee(Some(true))));
    assert_eq!(a.versie_bepaald(), Some(Versie::Uitgebreid));
    assert_eq!(Veld::van_pad("financien.voorgangers.1.verleend"), Some(Veld::VoorgangerVerleend(1)));
    let json = serde_json::to_string(&Voorganger { naam: "x".into(), jaren: vec![], verleend: None }).unwrap();
    assert!(!json.contains("verleend"));
}

// --- 2,5% eigen risico for 2026 (rulebook §9 [U]): a labelled scenario, off by default -----

/// 2026: 4% (above 2,5%, below 5%), and at least 5% in two of the three years before.
fn scenario_invoer() -> Invoer {
    invoer(2026, &["4", "6", "6", "1"])
}

#[test]
fn scenario_off_by_default_changes_nothing() {
    let a = Aanvraag::nieuw("x", 2026);
    assert!(!a.scenario_eigen_risico);
    let u = bereken(&scenario_invoer(), None, None).unwrap();
    assert!(!u.scenario);
    assert_eq!(u.toegang, Toegang::Nee);
    assert_eq!(u.vergoeding, Some(Decimal::ZERO));
    assert!(u.voorlopig.iter().all(|v| v.soort != VoorlopigSoort::Scenario));
    assert_eq!(bereken_met_scenario(&scenario_invoer(), None, false, None).unwrap(), u);
    // Absent from the file while off.
    assert!(!vangnet::export::naar_json(&a, None).contains("scenario_eigen_risico"));
}

#[test]
fn scenario_on_uses_2_5_percent_and_says_so_everywhere() {
    let u = bereken_met_scenario(&scenario_invoer(), None, true, None).unwrap();
    assert!(u.scenario);
    assert_eq!(u.toegang, Toegang::Ja);
    assert_eq!(u.gekozen_spoor, Some(SpoorSoort::Uitgebreid));
    // 50% of the 1,5 mln between 2,5% and 4%.
    assert_eq!(u.vergoeding, Some(d("750000")));
    let uv = u.regels.uitgebreid_vangnet.as_ref().unwrap();
    assert_eq!((uv.drempel.waarde, uv.drempel.zekerheid), (d("0.025"), Zekerheid::Onzeker));
    assert!(u.voorlopig.iter().any(|v| v.soort == VoorlopigSoort::Scenario && v.tekst.contains("2,5%")), "{:?}", u.voorlopig);
    assert!(u.stappen.iter().any(|s| s.titel.contains("scenario 2,5% eigen risico")));
    // Through the model field, and in the print view's internal appendix.
    let mut a = Aanvraag::nieuw("x", 2026);
    a.financien = scenario_invoer();
    assert!(velden(&a).contains(&Veld::Scenario));
    Veld::Scenario.zet(&mut a, Waarde::JaNee(Some(true))).unwrap();
    assert!(a.scenario_eigen_risico);
    let u = a.uitkomst(None).unwrap();
    assert_eq!(u.vergoeding, Some(d("750000")));
    let html = afdruk_html(&a, Some(&u), &AfdrukOpties::default());
    assert!(html.contains("class=\"blok voorlopig scenario\"") && html.contains("Scenario 2,5% eigen risico (niet geverifieerd)"));
    assert!(html.contains("scenario 2,5% eigen risico, niet geverifieerd"));
    // Off again: the appendix has no scenario.
    Veld::Scenario.zet(&mut a, Waarde::JaNee(Some(false))).unwrap();
    let u = a.uitkomst(None).unwrap();
    assert!(!afdruk_html(&a, Some(&u), &AfdrukOpties::default()).contains("class=\"blok voorlopig scenario\""));
    // The export file keeps the switch.
    a.scenario_eigen_risico = true;
    let terug = vangnet::export::uit_json(&vangnet::export::naar_json(&a, None)).unwrap();
    assert!(terug.scenario_eigen_risico);
}

#[test]
fn scenario_does_not_apply_before_2026() {
    let i = invoer(2025, &["4", "6", "6", "1"]);
    let zonder = bereken(&i, None, None).unwrap();
    let met = bereken_met_scenario(&i, None, true, None).unwrap();
    assert_eq!(met, zonder);
    assert!(!met.scenario);
    assert!(!velden(&Aanvraag::nieuw("x", 2025)).contains(&Veld::Scenario));
}
