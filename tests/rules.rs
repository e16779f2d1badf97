//! The rule engine against the rulebook: every regime, every edge, the seed figures, and the
//! properties that must hold for any input.

mod common;

use common::{d, invoer, jaar};
use proptest::prelude::*;
use rust_decimal::Decimal;
use vangnet::date::Date;
use vangnet::rules::{
    bereken, regels, verdeel, AanpassingReden, AanpassingVeld, Band, BandVeld, Invoer, JaarCijfers, RegelAanpassing, RekenFout, SpoorSoort,
    StapSoort, Status, Toegang, Versie, VoorlopigSoort, Zekerheid,
};

fn status(u: &vangnet::rules::Uitkomst, id: &str) -> Status {
    u.sporen.iter().flat_map(|s| &s.toetsen).find(|t| t.id == id).unwrap_or_else(|| panic!("no test {id}")).status.clone()
}

struct Geval {
    naam: &'static str,
    jaar: i32,
    pcts: &'static [&'static str],
    toegang: Toegang,
    vergoeding: Option<&'static str>,
}

#[test]
fn every_regime_table() {
    let gevallen = [
        // 2015: single year, 7,5% with 50/75/100 bands [U]; no cumulative test.
        Geval { naam: "2015 9%", jaar: 2015, pcts: &["9"], toegang: Toegang::Ja, vergoeding: Some("750000") },
        Geval { naam: "2015 14%", jaar: 2015, pcts: &["14"], toegang: Toegang::Ja, vergoeding: Some("4625000") },
        Geval { naam: "2015 at 7,5%", jaar: 2015, pcts: &["7.5"], toegang: Toegang::Nee, vergoeding: Some("0") },
        // 2016: 5%, bands 50% to 10%, 100% above [I].
        Geval { naam: "2016 8%", jaar: 2016, pcts: &["8"], toegang: Toegang::Ja, vergoeding: Some("1500000") },
        Geval { naam: "2016 12%", jaar: 2016, pcts: &["12"], toegang: Toegang::Ja, vergoeding: Some("4500000") },
        // 2017: 5%, cumulative 2016+2017.
        Geval { naam: "2017 ok", jaar: 2017, pcts: &["6", "1"], toegang: Toegang::Ja, vergoeding: Some("500000") },
        Geval { naam: "2017 cum fails", jaar: 2017, pcts: &["6", "-2"], toegang: Toegang::Nee, vergoeding: Some("0") },
        Geval { naam: "2017 13%", jaar: 2017, pcts: &["13", "0"], toegang: Toegang::Ja, vergoeding: Some("4250000") },
        // 2018: 5%, cumulative 2016–2018.
        Geval { naam: "2018 ok", jaar: 2018, pcts: &["5.5", "0", "0"], toegang: Toegang::Ja, vergoeding: Some("250000") },
        Geval { naam: "2018 overschot kills cum", jaar: 2018, pcts: &["6", "0", "-1.5"], toegang: Toegang::Nee, vergoeding: Some("0") },
        // 2019–2024: 7,5%, cumulative t−2..t.
        Geval { naam: "2019 9%", jaar: 2019, pcts: &["9", "8.1", "5"], toegang: Toegang::Ja, vergoeding: Some("750000") },
        Geval { naam: "2020 exactly 12,5%", jaar: 2020, pcts: &["12.5", "0", "0"], toegang: Toegang::Ja, vergoeding: Some("2500000") },
        Geval { naam: "2021 single fails", jaar: 2021, pcts: &["7", "10", "10"], toegang: Toegang::Nee, vergoeding: Some("0") },
        Geval { naam: "2022 cum fails", jaar: 2022, pcts: &["8", "-1", "0"], toegang: Toegang::Nee, vergoeding: Some("0") },
        Geval { naam: "2023 Zevenaar-like 9%", jaar: 2023, pcts: &["9", "8", "8"], toegang: Toegang::Ja, vergoeding: Some("750000") },
        Geval { naam: "2024 20%", jaar: 2024, pcts: &["20", "0", "0"], toegang: Toegang::Ja, vergoeding: Some("10000000") },
        // 2025: regulier fails (7%), uitgebreid passes (two earlier years ≥ 5%).
        Geval { naam: "2025 uitgebreid only", jaar: 2025, pcts: &["7", "5", "5", "0"], toegang: Toegang::Ja, vergoeding: Some("1000000") },
        // 2025: both pass; uitgebreid is more favourable (8,75% vs 10% of B).
        Geval { naam: "2025 both", jaar: 2025, pcts: &["15", "6", "6", "6"], toegang: Toegang::Ja, vergoeding: Some("6250000") },
        // 2025: earlier years 4,99% do not count ("at least 5%").
        Geval { naam: "2025 neither", jaar: 2025, pcts: &["7", "4.99", "6", "0"], toegang: Toegang::Nee, vergoeding: Some("0") },
        // 2026 [U]: as 2025.
        Geval { naam: "2026 regulier", jaar: 2026, pcts: &["9", "0", "0", "0"], toegang: Toegang::Ja, vergoeding: Some("750000") },
    ];
    for g in gevallen {
        let u = bereken(&invoer(g.jaar, g.pcts), None, None).unwrap();
        assert_eq!(u.toegang, g.toegang, "{}: {:#?}", g.naam, u.sporen);
        assert_eq!(u.vergoeding, g.vergoeding.map(d), "{}", g.naam);
    }
}

#[test]
fn exactly_at_the_threshold_is_not_eligible_and_one_euro_above_is() {
    // 7,5% of 100.000.000 = 7.500.000: "meer dan" is strict.
    let mut i = invoer(2024, &["7.5", "10", "10"]);
    let u = bereken(&i, None, None).unwrap();
    assert_eq!(status(&u, "enkel"), Status::NietVoldaan);
    assert_eq!(u.sporen[0].toetsen[0].marge, Some(Decimal::ZERO));
    assert_eq!(u.vergoeding, Some(Decimal::ZERO));
    i.jaren[0].lasten = i.jaren[0].lasten.map(|l| l + Decimal::ONE);
    let u = bereken(&i, None, None).unwrap();
    assert_eq!(status(&u, "enkel"), Status::Voldaan);
    assert_eq!(u.toegang, Toegang::Ja);
    // 50% of one euro = 0,50 → rounded half up to € 1.
    assert_eq!(u.vergoeding, Some(Decimal::ONE));
    // The percentage is compared unrounded: 7,5000001% is more than 7,5%.
    assert!(u.jaren[0].percentage.unwrap() > d("0.075"));
}

#[test]
fn cumulative_counts_overschot_years_and_uses_only_the_budget_of_t() {
    let mut i = invoer(2019, &["8", "-1", "0.4"]);
    // Different budgets in earlier years: the bar is 7,5% of B_2019 only.
    i.jaren[1] = jaar(2018, "50000000", "-1000000");
    i.jaren[2] = jaar(2017, "50000000", "400000");
    let u = bereken(&i, None, None).unwrap();
    assert_eq!(u.cumulatief_tekort, Some(d("7400000")));
    assert_eq!(status(&u, "cumulatief"), Status::NietVoldaan);
    assert_eq!(u.sporen[0].toetsen[1].marge, Some(d("-100000")));
    i.jaren[2] = jaar(2017, "50000000", "600001");
    let u = bereken(&i, None, None).unwrap();
    assert_eq!(status(&u, "cumulatief"), Status::Voldaan);
}

#[test]
fn single_passed_but_cumulative_failed_and_the_reverse() {
    let u = bereken(&invoer(2020, &["8", "-3", "-3"]), None, None).unwrap();
    assert_eq!((status(&u, "enkel"), status(&u, "cumulatief")), (Status::Voldaan, Status::NietVoldaan));
    assert_eq!(u.vergoeding, Some(Decimal::ZERO));
    let u = bereken(&invoer(2020, &["7", "10", "10"]), None, None).unwrap();
    assert_eq!((status(&u, "enkel"), status(&u, "cumulatief")), (Status::NietVoldaan, Status::Voldaan));
    assert_eq!(u.vergoeding, Some(Decimal::ZERO));
}

#[test]
fn the_amount_is_on_the_single_year_tekort_not_the_cumulative() {
    let u = bereken(&invoer(2024, &["10", "10", "10"]), None, None).unwrap();
    assert_eq!(u.cumulatief_tekort, Some(d("30000000")));
    assert_eq!(u.vergoeding, Some(d("1250000")));
    let v = &u.sporen[0].verdeling.as_ref().unwrap();
    assert_eq!(v.eigen_risico, d("7500000"));
    assert_eq!(v.banden[0].tekort_in_band, d("2500000"));
    assert_eq!(v.banden[0].vergoed, d("1250000"));
    assert_eq!(v.banden[1].tekort_in_band, Decimal::ZERO);
}

#[test]
fn form_version_for_every_combination_of_grants() {
    let cases = [
        (Some(false), Some(false), Some(Versie::Basis)),
        (Some(true), Some(false), Some(Versie::Uitgebreid)),
        (Some(false), Some(true), Some(Versie::Uitgebreid)),
        (Some(true), Some(true), Some(Versie::Uitgebreid)),
        (None, Some(false), None),
        (Some(false), None, None),
        (None, Some(true), Some(Versie::Uitgebreid)),
        (Some(true), None, Some(Versie::Uitgebreid)),
        (None, None, None),
    ];
    for jaar in [2017, 2019, 2024, 2025] {
        for (a, b, verwacht) in cases {
            let mut i = invoer(jaar, &["9", "9", "9", "9"]);
            i.verleend_vorig_jaar = a;
            i.verleend_twee_jaar_terug = b;
            let u = bereken(&i, None, None).unwrap();
            assert_eq!(u.formulier.versie, verwacht, "{jaar} {a:?} {b:?}");
        }
    }
    for jaar in [2015, 2016] {
        let u = bereken(&invoer(jaar, &["9"]), None, None).unwrap();
        assert_eq!(u.formulier.versie, Some(Versie::Enkel));
    }
}

#[test]
fn deadline_is_15_august_of_the_next_year_and_that_day_is_in_time() {
    for t in 2015..=2026 {
        let u = bereken(&invoer(t, &["9", "9", "9", "9"]), None, Date::new(t + 1, 8, 15)).unwrap();
        assert_eq!(u.uiterste_datum, Date::new(t + 1, 8, 15).unwrap());
        assert_eq!(u.dagen_over, Some(0));
    }
    let u = bereken(&invoer(2025, &["9", "9", "9", "9"]), None, Date::new(2026, 8, 16)).unwrap();
    assert_eq!(u.dagen_over, Some(-1));
    let u = bereken(&invoer(2025, &["9", "9", "9", "9"]), None, Date::new(2026, 11, 29)).unwrap();
    assert_eq!(u.dagen_over, Some(-106));
    // Rulebook §9: the date does not move; 15-08-2026 is a Saturday, so: in by Friday.
    assert!(
        u.stappen.iter().any(|s| s.berekening.contains("De termijn eindigt op zaterdag 15-08-2026; dien uiterlijk vrijdag 14-08-2026 in.")),
        "15-08-2026 is a Saturday"
    );
}

#[test]
fn year_2016_per_inwoner_route() {
    // 4% tekort (below 5%), but € 40 per inwoner > € 30.
    let mut i = invoer(2016, &["4"]);
    i.inwoners = Some(100_000);
    let u = bereken(&i, None, None).unwrap();
    assert_eq!(status(&u, "enkel"), Status::NietVoldaan);
    assert_eq!(status(&u, "per_inwoner"), Status::Voldaan);
    assert_eq!(u.toegang, Toegang::Ja);
    // Eigen risico then € 3.000.000 (30 × 100.000): 50% of the 1.000.000 above it.
    assert_eq!(u.vergoeding, Some(d("500000")));
    assert!(u.voorlopig.iter().any(|v| v.soort == VoorlopigSoort::Onzeker && v.tekst.contains("per inwoner")));
    // Without inwoners and below 5%: unknown, never guessed.
    i.inwoners = None;
    let u = bereken(&i, None, None).unwrap();
    assert_eq!(u.toegang, Toegang::Onbekend);
    assert_eq!(u.vergoeding, None);
}

#[test]
fn year_2025_chooses_the_more_favourable_track() {
    let u = bereken(&invoer(2025, &["15", "6", "6", "6"]), None, None).unwrap();
    assert_eq!(u.gekozen_spoor, Some(SpoorSoort::Uitgebreid));
    let regulier = u.sporen[0].verdeling.as_ref().unwrap().totaal;
    let uitgebreid = u.sporen[1].verdeling.as_ref().unwrap().totaal;
    assert_eq!((regulier, uitgebreid), (d("5000000"), d("6250000")));
    // Tekortjaar itself: strictly more than 5%.
    let u = bereken(&invoer(2025, &["5", "6", "6", "6"]), None, None).unwrap();
    assert_eq!(status(&u, "uitgebreid_enkel"), Status::NietVoldaan);
}

#[test]
fn missing_figures_are_named_and_never_taken_as_zero() {
    let mut i = invoer(2024, &["9", "9"]);
    i.jaren[0].fout_onzeker = None;
    let u = bereken(&i, None, None).unwrap();
    assert_eq!(u.toegang, Toegang::Onbekend);
    assert_eq!(u.vergoeding, None);
    match status(&u, "enkel") {
        Status::Onbekend(o) => assert_eq!(o, vec!["de cijfers over 2024".to_string()]),
        s => panic!("{s:?}"),
    }
    assert!(u.jaren[0].ontbreekt.iter().any(|o| o.contains("fout/onzekere bestedingen 2024")));
    match status(&u, "cumulatief") {
        Status::Onbekend(o) => assert!(o.contains(&"tekort over 2022".to_string()), "{o:?}"),
        s => panic!("{s:?}"),
    }
    // A failing test decides even when other figures are missing.
    let mut i = invoer(2024, &["3"]);
    i.jaren.truncate(1);
    let u = bereken(&i, None, None).unwrap();
    assert_eq!(u.toegang, Toegang::Nee);
    assert_eq!(u.vergoeding, Some(Decimal::ZERO));
}

#[test]
fn bad_input_gives_dutch_messages_not_panics() {
    assert_eq!(bereken(&invoer(2014, &["9"]), None, None).unwrap_err(), RekenFout::OnbekendJaar(2014));
    assert!(RekenFout::OnbekendJaar(2030).to_string().contains("2015 tot en met 2026"));
    let mut i = invoer(2024, &["9", "9", "9"]);
    i.jaren[0].budget = Some(Decimal::ZERO);
    i.jaren[1].baten = Some(d("999999999"));
    i.jaren[2].lasten = Some(d("-5"));
    let u = bereken(&i, None, None).unwrap();
    let m: Vec<(String, &str)> = u.meldingen.iter().map(|m| (format!("{}.{}", m.jaar, m.cijfer.sleutel()), m.tekst.as_str())).collect();
    assert!(m.iter().any(|(v, t)| *v == "2024.budget" && t.contains("groter dan nul")), "{m:?}");
    assert!(m.iter().any(|(v, t)| *v == "2023.baten" && t.contains("hoger dan de lasten")), "{m:?}");
    assert!(m.iter().any(|(v, t)| *v == "2022.lasten" && t.contains("negatief")), "{m:?}");
    assert_eq!(u.toegang, Toegang::Onbekend);
    let mut i = invoer(2024, &["9", "9", "9"]);
    i.jaren[0].lasten = Some(d("50000000000"));
    let u = bereken(&i, None, None).unwrap();
    assert!(u.meldingen.iter().any(|m| m.tekst.contains("groter dan enig gemeentelijk budget")));
    assert_eq!(u.vergoeding, None);
}

#[test]
fn overrides_are_applied_and_reported_next_to_each_step() {
    let i = invoer(2026, &["9", "0", "0", "0"]);
    let a = RegelAanpassing { drempel: Some(d("0.05")), reden: "Regeling 2026".into(), ..Default::default() };
    let u = bereken(&i, Some(&a), None).unwrap();
    assert!(u.regels.drempel.aangepast);
    assert!(u.stappen.iter().any(|s| s.aangepast && s.titel.contains("Toegangsdrempel")));
    assert!(u.voorlopig.iter().any(|v| v.soort == VoorlopigSoort::Aangepast && v.tekst.contains("aangepaste regels")));
    assert!(u.voorlopig.iter().filter(|v| v.soort == VoorlopigSoort::Aangepast).all(|v| v.tekst.starts_with("Gerekend met door u")));
    let banden = vec![Band { vanaf: d("0.025"), aandeel: d("0.5") }, Band { vanaf: d("0.02"), aandeel: d("1") }];
    let a = RegelAanpassing { banden: Some(banden), ..Default::default() };
    assert_eq!(
        bereken(&i, Some(&a), None).unwrap_err(),
        RekenFout::OngeldigeAanpassing {
            veld: AanpassingVeld::Band { uitgebreid: false, i: 1, deel: BandVeld::Vanaf },
            reden: AanpassingReden::NietOplopend
        }
    );
    let a = RegelAanpassing { uitgebreid_drempel: Some(d("0.05")), ..Default::default() };
    assert!(bereken(&invoer(2020, &["9", "0", "0"]), Some(&a), None).is_err());
}

#[test]
fn an_unusable_override_names_the_parameter_and_the_reason_in_the_same_dutch() {
    let fout = |t: i32, a: RegelAanpassing| bereken(&invoer(t, &["9", "0", "0", "0"]), Some(&a), None).unwrap_err();
    let band = |vanaf: &str, aandeel: &str| Band { vanaf: d(vanaf), aandeel: d(aandeel) };
    let veld = |uitgebreid, i, deel| AanpassingVeld::Band { uitgebreid, i, deel };
    let gevallen: Vec<(i32, RegelAanpassing, AanpassingVeld, AanpassingReden, &str)> = vec![
        (
            2024,
            RegelAanpassing { drempel: Some(d("0")), ..Default::default() },
            AanpassingVeld::Drempel,
            AanpassingReden::DrempelBuitenBereik,
            "De aangepaste regels zijn niet bruikbaar: de drempel moet tussen 0% en 100% liggen.",
        ),
        (
            2025,
            RegelAanpassing { uitgebreid_drempel: Some(d("1")), ..Default::default() },
            AanpassingVeld::UitgebreidDrempel,
            AanpassingReden::DrempelBuitenBereik,
            "De aangepaste regels zijn niet bruikbaar: de drempel van het uitgebreide vangnet moet tussen 0% en 100% liggen.",
        ),
        (
            2024,
            RegelAanpassing { banden: Some(vec![]), ..Default::default() },
            veld(false, 0, BandVeld::Vanaf),
            AanpassingReden::GeenBand,
            "De aangepaste regels zijn niet bruikbaar: er is minstens één band nodig.",
        ),
        (
            2024,
            RegelAanpassing { banden: Some(vec![band("0.05", "0.5"), band("1", "1")]), ..Default::default() },
            veld(false, 1, BandVeld::Vanaf),
            AanpassingReden::BeginBuitenBereik,
            "De aangepaste regels zijn niet bruikbaar: een band moet beginnen tussen 0% en 100%.",
        ),
        (
            2025,
            RegelAanpassing { uitgebreid_banden: Some(vec![band("0.05", "1.5")]), ..Default::default() },
            veld(true, 0, BandVeld::Aandeel),
            AanpassingReden::AandeelBuitenBereik,
            "De aangepaste regels zijn niet bruikbaar: een vergoedingspercentage ligt tussen 0% en 100%.",
        ),
        (
            2024,
            RegelAanpassing { banden: Some(vec![band("0.05", "0.5"), band("0.1", "0.4")]), ..Default::default() },
            veld(false, 1, BandVeld::Aandeel),
            AanpassingReden::NietOplopend,
            "De aangepaste regels zijn niet bruikbaar: de banden moeten oplopen, met een gelijk of hoger vergoedingspercentage.",
        ),
        (
            2020,
            RegelAanpassing { uitgebreid_drempel: Some(d("0.05")), ..Default::default() },
            AanpassingVeld::UitgebreidDrempel,
            AanpassingReden::GeenUitgebreidVangnet { jaar: 2020 },
            "De aangepaste regels zijn niet bruikbaar: voor 2020 bestaat geen uitgebreid vangnet.",
        ),
        (
            2020,
            RegelAanpassing { uitgebreid_banden: Some(vec![band("0.05", "0.5")]), ..Default::default() },
            veld(true, 0, BandVeld::Vanaf),
            AanpassingReden::GeenUitgebreidVangnet { jaar: 2020 },
            "De aangepaste regels zijn niet bruikbaar: voor 2020 bestaat geen uitgebreid vangnet.",
        ),
    ];
    for (t, a, veld, reden, tekst) in gevallen {
        let e = fout(t, a);
        assert_eq!(e, RekenFout::OngeldigeAanpassing { veld, reden }, "{tekst}");
        assert_eq!(e.to_string(), tekst);
        assert!(reden.to_string().chars().next().unwrap().is_uppercase() && reden.to_string().ends_with('.'));
    }
}

#[test]
fn provisional_rules_are_flagged_with_the_reason() {
    let u = bereken(&invoer(2019, &["9", "9", "9"]), None, None).unwrap();
    // 2019: rules verified, except that earlier years' T uses the same definition [U].
    assert!(
        u.voorlopig.iter().all(|v| v.soort == VoorlopigSoort::Onzeker
            && (v.tekst.starts_with("Tekort 2018") || v.tekst.starts_with("Tekort 2017") || v.tekst.starts_with("Uiterste datum"))),
        "{:?}",
        u.voorlopig
    );
    let u = bereken(&invoer(2026, &["9", "0", "0", "0"]), None, None).unwrap();
    assert!(u.voorlopig.iter().any(|v| v.tekst.contains("Toegangsdrempel") && v.tekst.contains("onzeker")), "{:?}", u.voorlopig);
    // The payment date is information only: unverified, yet it makes nothing provisional.
    let betaling = u.stappen.iter().find(|s| s.titel == "Uitbetaling").unwrap();
    assert_eq!((betaling.soort, betaling.zekerheid), (StapSoort::Informatie, Zekerheid::Afgeleid));
    assert!(u.voorlopig.iter().all(|v| !v.tekst.starts_with("Uitbetaling")));
    // So is the timeline after submission (rulebook §9).
    assert!(u
        .stappen
        .iter()
        .filter(|s| s.titel != "Uitbetaling" && s.titel != "Na het indienen")
        .all(|s| s.soort == StapSoort::Berekening));
    // In the export file a reason is an object with its kind.
    let json = serde_json::to_value(&u.voorlopig[0]).unwrap();
    assert_eq!(json["soort"], "onzeker");
    assert_eq!(json["tekst"], u.voorlopig[0].tekst.as_str());
    assert_eq!(regels(2026).unwrap().drempel.zekerheid, Zekerheid::Onzeker);
    assert_eq!(regels(2024).unwrap().banden.zekerheid, Zekerheid::Geverifieerd);
}

#[test]
fn every_step_has_source_and_numbers() {
    let u = bereken(&invoer(2025, &["15", "6", "6", "6"]), None, Date::new(2026, 8, 1)).unwrap();
    for s in &u.stappen {
        assert!(!s.bron.is_empty(), "{}", s.titel);
        assert!(!s.berekening.is_empty(), "{}", s.titel);
    }
    let tekst: String = u.stappen.iter().map(|s| s.berekening.clone()).collect();
    assert!(tekst.contains("€ 15.000.000"), "{tekst}");
    assert!(tekst.contains("15,00%"), "{tekst}");
    assert!(tekst.contains("Nog 14 dagen"), "{tekst}");
}

#[test]
fn herindeling_sums_the_predecessors() {
    use vangnet::rules::Voorganger;
    let mut i = invoer(2020, &["9"]);
    i.voorgangers = vec![
        Voorganger { naam: "Oud-A".into(), jaren: vec![jaar(2019, "60000000", "6000000"), jaar(2018, "60000000", "0")], verleend: None },
        Voorganger { naam: "Oud-B".into(), jaren: vec![jaar(2019, "40000000", "2000000"), jaar(2018, "40000000", "0")], verleend: None },
    ];
    let u = bereken(&i, None, None).unwrap();
    let j2019 = u.jaren.iter().find(|j| j.jaar == 2019).unwrap();
    assert!(j2019.uit_voorgangers);
    assert_eq!(j2019.tekort, Some(d("8000000")));
    assert_eq!(j2019.budget, Some(d("100000000")));
    assert_eq!(u.cumulatief_tekort, Some(d("17000000")));
}

#[test]
fn seed_figures_arnhem_2019_and_zevenaar_2023() {
    // Arnhem 2019 (seed 000): tekort about € 9,2 mln = 9,0%; 2018 8,1%.
    let mut i = invoer(2019, &["9", "8.1", "5"]);
    i.jaren[0] = jaar(2019, "102200000", "9198000");
    let u = bereken(&i, None, None).unwrap();
    let p = u.jaren[0].percentage.unwrap();
    assert_eq!(vangnet::nl::format_percent(p, 1), "9,0%");
    assert_eq!(vangnet::nl::format_money(u.jaren[0].tekort.unwrap()), "€ 9.198.000");
    assert_eq!(u.toegang, Toegang::Ja);
    // Rulebook §6: V ≈ 0,5 · 1,5% · B ≈ € 0,77 mln.
    assert_eq!(u.vergoeding, Some(d("766500")));
    // Zevenaar 2023 (seed 004): 9% of BUIG → V = 0,75% · B when cumulative passes.
    let u = bereken(&invoer(2023, &["9", "8", "8"]), None, None).unwrap();
    assert_eq!(vangnet::nl::format_percent(u.jaren[0].percentage.unwrap(), 0), "9%");
    assert_eq!(u.vergoeding, Some(d("750000")));
}

/// Any decimal, weighted to the edges: near ± `Decimal::MAX`, ± 1e-28, 0, 1, and arbitrary
/// mantissas at any scale.
fn extreem() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        Just(Decimal::MAX),
        Just(Decimal::MIN),
        Just(Decimal::MAX - Decimal::ONE),
        Just(Decimal::new(1, 28)),
        Just(Decimal::new(-1, 28)),
        Just(Decimal::ONE - Decimal::new(1, 28)),
        Just(Decimal::ZERO),
        Just(Decimal::ONE),
        (any::<u32>(), any::<u32>(), any::<u32>(), any::<bool>(), 0u32..=28)
            .prop_map(|(lo, mid, hi, neg, s)| Decimal::from_parts(lo, mid, hi, neg, s)),
        (any::<i64>(), 0u32..=28).prop_map(|(m, s)| Decimal::new(m, s)),
    ]
}

fn extreme_banden() -> impl Strategy<Value = Option<Vec<Band>>> {
    proptest::option::of(proptest::collection::vec((extreem(), extreem()).prop_map(|(vanaf, aandeel)| Band { vanaf, aandeel }), 0..4))
}

fn bedrag() -> impl Strategy<Value = Decimal> {
    (0i64..200_000_000_000).prop_map(|c| Decimal::new(c, 2))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn grant_is_between_zero_and_tekort_and_zero_without_access(
        t in 2015i32..=2026,
        budgets in proptest::collection::vec(1_000_000i64..900_000_000, 4),
        lasten in proptest::collection::vec(bedrag(), 4),
        inwoners in 1u64..1_000_000,
    ) {
        let jaren = (0..4).map(|k| JaarCijfers::volledig(t - k as i32, lasten[k], Decimal::ZERO, Decimal::ZERO, Decimal::from(budgets[k]))).collect();
        let i = Invoer { tekortjaar: t, jaren, inwoners: Some(inwoners), verleend_vorig_jaar: Some(true), verleend_twee_jaar_terug: Some(false), ..Invoer::default() };
        let u = bereken(&i, None, None).unwrap();
        let v = u.vergoeding.expect("all figures present");
        let tekort = u.jaren[0].tekort.unwrap();
        prop_assert!(v >= Decimal::ZERO);
        prop_assert!(v <= tekort.max(Decimal::ZERO).ceil());
        if u.toegang == Toegang::Nee { prop_assert_eq!(v, Decimal::ZERO); }
        // A track is closed when one of its entry tests fails; in 2016 the single-year test and
        // the per-inwoner test are alternatives, so both must fail.
        let gesloten = |s: &vangnet::rules::Spoor| {
            let faalt = |id: &str| s.toetsen.iter().any(|t| t.id == id && t.status == Status::NietVoldaan);
            if t == 2016 { faalt("enkel") && faalt("per_inwoner") } else { s.toetsen.iter().any(|t| t.status == Status::NietVoldaan) }
        };
        if u.sporen.iter().all(gesloten) {
            prop_assert_eq!(v, Decimal::ZERO);
        }
    }

    #[test]
    fn grant_never_decreases_when_lasten_rise(
        t in 2015i32..=2026,
        budget in 1_000_000i64..900_000_000,
        lasten in bedrag(),
        extra in bedrag(),
        prior in proptest::collection::vec(-20i64..30, 3),
    ) {
        let b = Decimal::from(budget);
        let mk = |l: Decimal| {
            let mut jaren = vec![JaarCijfers::volledig(t, l, Decimal::ZERO, Decimal::ZERO, b)];
            for (k, p) in prior.iter().enumerate() {
                jaren.push(JaarCijfers::volledig(t - 1 - k as i32, b + b * Decimal::from(*p) / Decimal::ONE_HUNDRED, Decimal::ZERO, Decimal::ZERO, b));
            }
            Invoer { tekortjaar: t, jaren, inwoners: Some(50_000), verleend_vorig_jaar: Some(false), verleend_twee_jaar_terug: Some(false), ..Invoer::default() }
        };
        let v1 = bereken(&mk(lasten), None, None).unwrap().vergoeding.unwrap();
        let v2 = bereken(&mk(lasten + extra), None, None).unwrap().vergoeding.unwrap();
        prop_assert!(v2 >= v1, "{} then {}", v1, v2);
    }

    #[test]
    fn amount_is_continuous_across_band_edges(t in 2015i32..=2026, budget in 1_000_000i64..900_000_000, eps in 1i64..100) {
        let b = Decimal::from(budget);
        let banden = regels(t).unwrap().banden.waarde;
        let e = Decimal::new(eps, 2);
        for band in &banden {
            let edge = band.vanaf * b;
            let below = verdeel(edge - e, b, &banden).unwrap().totaal_onafgerond;
            let at = verdeel(edge, b, &banden).unwrap().totaal_onafgerond;
            let above = verdeel(edge + e, b, &banden).unwrap().totaal_onafgerond;
            // A jump of at most the band share times epsilon on either side.
            prop_assert!((at - below).abs() <= e && (above - at).abs() <= e, "{} {} {}", below, at, above);
        }
    }

    #[test]
    fn never_panics_on_figures_with_any_scale(
        t in 2015i32..=2026,
        vals in proptest::collection::vec(proptest::option::of((-10_000_000_000_000i64..10_000_000_000_000, 0u32..=28)), 16),
    ) {
        // Imported files can carry up to 28 decimals; tiny budgets once made T / B overflow.
        let d = |k: usize| vals[k].map(|(m, s)| Decimal::new(m, s));
        let jaren = (0..4).map(|k| JaarCijfers { jaar: t - k as i32, lasten: d(k * 4), baten: d(k * 4 + 1), fout_onzeker: d(k * 4 + 2), budget: d(k * 4 + 3) }).collect();
        let i = Invoer { tekortjaar: t, jaren, inwoners: Some(1), ..Invoer::default() };
        let _ = bereken(&i, None, None);
    }

    #[test]
    fn never_panics_at_the_edges_of_a_decimal(
        t in prop_oneof![2015i32..=2026, Just(i32::MIN), Just(i32::MAX), 2000i32..2040],
        vals in proptest::collection::vec(proptest::option::of(extreem()), 16),
        voorganger in proptest::collection::vec(proptest::option::of(extreem()), 8),
        inwoners in proptest::option::of(prop_oneof![Just(u64::MAX), Just(0u64), Just(1u64), any::<u64>()]),
        drempel in proptest::option::of(extreem()),
        uitgebreid_drempel in proptest::option::of(extreem()),
        banden in extreme_banden(),
        uitgebreid_banden in extreme_banden(),
        grants in (proptest::option::of(any::<bool>()), proptest::option::of(any::<bool>())),
    ) {
        // Every figure near Decimal::MAX or 1e-28 (imported files carry up to 28 decimals),
        // inwoners up to u64::MAX, predecessors summed, and any override: an outcome or a
        // RekenFout, never a panic.
        let cijfers = |v: &[Option<Decimal>], j: i32| JaarCijfers { jaar: j, lasten: v[0], baten: v[1], fout_onzeker: v[2], budget: v[3] };
        let jaren = (0..4).map(|k| cijfers(&vals[k * 4..], t.saturating_sub(k as i32))).collect();
        let voorgangers = vec![vangnet::rules::Voorganger {
            naam: "Oud".into(),
            jaren: (0..2).map(|k| cijfers(&voorganger[k * 4..], t.saturating_sub(k as i32))).collect(),
            verleend: None,
        }];
        let i = Invoer { tekortjaar: t, jaren, voorgangers, inwoners, verleend_vorig_jaar: grants.0, verleend_twee_jaar_terug: grants.1 };
        let _ = bereken(&i, None, None);
        let a = RegelAanpassing { drempel, banden: banden.clone(), uitgebreid_drempel, uitgebreid_banden, ..Default::default() };
        if let Ok(u) = bereken(&i, Some(&a), Date::new(2020, 1, 1)) {
            prop_assert!(u.vergoeding.is_none_or(|v| v >= Decimal::ZERO));
        }
        if let (Some(tk), Some(b)) = (vals[0], vals[3]) {
            let _ = verdeel(tk, b, banden.as_deref().unwrap_or(&[]));
        }
    }

    #[test]
    fn never_panics_on_any_figures(
        t in 2000i32..2040,
        vals in proptest::collection::vec(proptest::option::of(-10_000_000_000_000i64..10_000_000_000_000), 16),
    ) {
        let jaren = (0..4).map(|k| JaarCijfers {
            jaar: t - k as i32,
            lasten: vals[k * 4].map(Decimal::from),
            baten: vals[k * 4 + 1].map(Decimal::from),
            fout_onzeker: vals[k * 4 + 2].map(Decimal::from),
            budget: vals[k * 4 + 3].map(Decimal::from),
        }).collect();
        let i = Invoer { tekortjaar: t, jaren, ..Invoer::default() };
        let _ = bereken(&i, None, None);
    }
}
