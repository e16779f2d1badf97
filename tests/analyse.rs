//! The analyses beyond the form (issue 7): the AEF worked example (seed 002, Bijlage B),
//! Deventer's taakstelling (seed 003), what-if against the rule engine, the history chart
//! (seed 000, "Grafiek 1") and the effect totals — plus no panic on any input.

use proptest::prelude::*;
use rust_decimal::Decimal;
mod common;

use common::d;

use common::{aef, arnhem};
use vangnet::analyse::ambitie::tabel;
use vangnet::analyse::effect::{analyseer, besparing_voor, kosten_uit_lasten, uitkeringen_voor_besparing, KostenBron};
use vangnet::analyse::historie::{grafiek, van_aanvraag, PuntBron};
use vangnet::analyse::wat_als::{grenzen, na_verlaging};
use vangnet::analyse::{heel, AnalyseFout};
use vangnet::model::{Aanvraag, Ambitie, AmbitieJaar, Effect, EffectInstellingen, EffectJaar, HistorieJaar, Maatregel};
use vangnet::rules::{bereken, Invoer, JaarCijfers, Status, Toegang};

fn n(i: i64) -> Decimal {
    Decimal::from(i)
}

// ---- AEF, Bijlage B "Rekenvoorbeeld" (`common::aef`) ----

#[test]
fn aef_worked_example_is_reproduced() {
    let t = tabel(&aef()).unwrap();
    assert_eq!(t.rijen.iter().map(|r| r.jaar).collect::<Vec<_>>(), [2018, 2019, 2020, 2021]);
    let kol = |f: fn(&vangnet::analyse::ambitie::AmbitieRij) -> Option<Decimal>| t.rijen.iter().map(f).collect::<Vec<_>>();
    // Part 1: 125 per year, cumulative.
    assert_eq!(kol(|r| Some(r.afgerond.deel1)), [Some(n(-125)), Some(n(-250)), Some(n(-375)), Some(n(-500))]);
    // Part 2 exactly as the report: ((1 − 2,8%)(1 − 2,0%) − 1) × 7.700 = −365 etc.
    assert_eq!(t.rijen[1].deel2, Some(d("-365.288")));
    assert_eq!(kol(|r| r.afgerond.deel2)[1..], [Some(n(-365)), Some(n(-269)), Some(n(-121))]);
    // Totals as in the report's table: −615, −644, −621.
    assert_eq!(kol(|r| r.afgerond.totaal)[1..], [Some(n(-615)), Some(n(-644)), Some(n(-621))]);
    // The 2018 row: −2,4% of 7.700 = −184,8 (the report prints −183 and, in the text, a total
    // of 306; neither follows from its own −2,4% × 7.700).
    assert_eq!(t.rijen[0].deel2, Some(d("-184.8")));
    // Realised: −350, −550, −630, −730 cumulative; −200, −80, −100 per year.
    assert_eq!(kol(|r| r.afgerond.realisatie), [Some(n(-350)), Some(n(-550)), Some(n(-630)), Some(n(-730))]);
    assert_eq!(kol(|r| r.realisatie_jaar), [Some(n(-350)), Some(n(-200)), Some(n(-80)), Some(n(-100))]);
    assert_eq!(kol(|r| r.stand), [Some(n(7350)), Some(n(7150)), Some(n(7070)), Some(n(6970))]);
    // 2019: ambition 615, realised 550: 65 short.
    assert_eq!(t.rijen[1].afgerond.verschil, Some(n(-65)));
    // Afterwards, with the established trend of every year: −606; realised −730; 124 more.
    let a = t.achteraf.as_ref().unwrap();
    assert_eq!(a.afgerond.deel1, n(-500));
    assert_eq!(a.afgerond.deel2, Some(n(-106)));
    assert_eq!(a.afgerond.totaal, Some(n(-606)));
    assert_eq!(a.afgerond.realisatie, Some(n(-730)));
    assert_eq!(a.afgerond.verschil, Some(n(124)));
    assert!(t.rijen.iter().all(|r| r.voorlopig.is_empty()), "{:?}", t.rijen);
    assert!(t.meldingen.is_empty(), "{:?}", t.meldingen);
}

#[test]
fn ambitie_before_the_trend_is_established() {
    // In 2019, only the 2018 figures are established; 2020 and 2021 are not known yet.
    let mut a = aef();
    a.jaren[1].trend_realisatie = None;
    a.jaren[1].aantal = None;
    a.jaren.truncate(2);
    let t = tabel(&a).unwrap();
    assert_eq!(t.rijen[1].afgerond.deel2, Some(n(-365)));
    assert_eq!(t.rijen[1].afgerond.realisatie, None);
    assert_eq!(t.rijen[2].deel2, None);
    assert!(t.rijen[2].voorlopig.iter().any(|v| v.contains("nog niet vastgesteld")));
    assert!(t.achteraf.is_none());
    assert!(t.meldingen.iter().any(|m| m.contains("nog niet over 2019, 2020, 2021")), "{:?}", t.meldingen);

    // Without the established 2018 trend, the 2018 forecast stands in, flagged.
    let mut a = aef();
    a.jaren[0].trend_realisatie = None;
    let t = tabel(&a).unwrap();
    assert_eq!(t.rijen[1].deel2, Some((d("0.976") * d("0.98") - Decimal::ONE) * n(7700)));
    assert!(!t.rijen[1].voorlopig.is_empty());
}

#[test]
fn ambitie_explains_missing_and_bad_input_in_dutch() {
    let e = tabel(&Ambitie::default()).unwrap_err();
    assert!(matches!(e, AnalyseFout::Ontbreekt(_)));
    assert!(e.to_string().starts_with("Vul voor de ambitie in: het startjaar"), "{e}");
    let mut a = aef();
    a.aantal_jaren = Some(0);
    assert!(tabel(&a).unwrap_err().to_string().contains("aantal jaren"));
    let mut a = aef();
    a.startaantal = Some(n(-1));
    assert!(matches!(tabel(&a), Err(AnalyseFout::Ongeldig(_))));
    let mut a = aef();
    a.jaren[2].trend_prognose = Some(d("-1.5"));
    a.jaren.push(AmbitieJaar { jaar: 2030, ..Default::default() });
    a.jaren.push(AmbitieJaar { jaar: 2019, ..Default::default() });
    let t = tabel(&a).unwrap();
    assert_eq!(
        t.rijen[2].deel2,
        Some((d("0.972") * d("0.985") * d("1.003") - Decimal::ONE) * n(7700)),
        "falls back to the established trend"
    );
    assert!(t.meldingen.iter().any(|m| m.contains("-150,0%")), "{:?}", t.meldingen);
    assert!(t.meldingen.iter().any(|m| m.contains("2030") && m.contains("buiten")));
    assert!(t.meldingen.iter().any(|m| m.contains("2019") && m.contains("meer dan eens")));
}

// ---- Deventer ----

#[test]
fn deventer_taakstelling_is_300_uitkeringen() {
    assert_eq!(uitkeringen_voor_besparing(n(1_500_000), n(5_000)), Ok(n(300)));
    assert_eq!(besparing_voor(n(300), n(5_000)), Ok(n(1_500_000)));
    assert!(uitkeringen_voor_besparing(n(1), Decimal::ZERO).unwrap_err().to_string().contains("groter dan nul"));
    assert!(besparing_voor(Decimal::MAX, n(5_000)).is_err());
}

// ---- Effect ----

fn met_effecten() -> Aanvraag {
    let mut a = arnhem();
    let effect =
        |m: Option<&str>, b: Option<&str>| Some(Effect { minder_uitkeringen: m.map(d), besparing: b.map(d), toelichting: String::new() });
    a.maatregelen[0].effect = effect(Some("10"), Some("200000")); // explicit saving wins
    a.maatregelen[1].effect = effect(Some("4"), None); // 4 × cost per uitkering
    a.maatregelen[2].effect = effect(Some("99"), None); // replaced by its per-year split below
    a.effect_instellingen = Some(EffectInstellingen { kosten_per_uitkering: Some(n(15_000)), aantal_uitkeringen: None });
    let m3 = a.maatregelen[2].id.clone();
    a.effect_jaren = vec![
        EffectJaar { maatregel_id: m3.clone(), jaar: 2021, minder_uitkeringen: Some(n(20)), besparing: None },
        EffectJaar { maatregel_id: m3, jaar: 2020, minder_uitkeringen: Some(n(10)), besparing: Some(n(100_000)) },
        EffectJaar { maatregel_id: "weg".into(), jaar: 2020, minder_uitkeringen: Some(n(1)), besparing: None },
    ];
    a
}

#[test]
fn effect_totals_per_year_and_against_the_tekort() {
    let a = met_effecten();
    let u = a.uitkomst(None).unwrap();
    let e = analyseer(&a, Some(&u));
    assert_eq!(e.kosten_per_uitkering, Some(n(15_000)));
    assert_eq!(e.kosten_bron, Some(KostenBron::Ingevuld));
    assert_eq!(e.maatregelen.len(), 3);
    assert_eq!(e.maatregelen[1].regels[0].besparing, Some(n(60_000)));
    assert!(e.maatregelen[1].regels[0].besparing_berekend);
    assert_eq!(e.maatregelen[2].regels.iter().map(|r| r.jaar).collect::<Vec<_>>(), [Some(2020), Some(2021)]);
    let per: Vec<_> = e.per_jaar.iter().map(|t| (t.jaar, t.minder_uitkeringen, t.besparing)).collect();
    assert_eq!(per, [(None, n(14), n(260_000)), (Some(2020), n(10), n(100_000)), (Some(2021), n(20), n(300_000))]);
    assert_eq!((e.totaal.minder_uitkeringen, e.totaal.besparing, e.totaal.onvolledig), (n(44), n(660_000), false));
    // Arnhem 2019: tekort € 9.198.000; eigen risico 7,5% of € 102.200.000 = € 7.665.000.
    assert_eq!(e.tekort, Some(n(9_198_000)));
    assert_eq!(e.eigen_risico, Some(n(7_665_000)));
    assert_eq!(e.totaal.deel_van_tekort, Some(n(660_000) / n(9_198_000)));
    assert_eq!(e.totaal.deel_van_eigen_risico, Some(n(660_000) / n(7_665_000)));
    assert!(e.meldingen.iter().any(|m| m.contains("niet (meer) bestaat")), "{:?}", e.meldingen);

    // Without a cost per uitkering: derived from lasten ÷ number, or unknown (and said so).
    let mut b = a.clone();
    b.effect_instellingen = Some(EffectInstellingen { kosten_per_uitkering: None, aantal_uitkeringen: Some(n(7_000)) });
    assert_eq!(kosten_uit_lasten(&b), Some(d("15914.00")));
    let e = analyseer(&b, None);
    assert_eq!(e.kosten_bron, Some(KostenBron::UitLasten));
    assert_eq!(e.maatregelen[1].regels[0].besparing, Some(d("63656")));
    assert_eq!((e.tekort, e.totaal.deel_van_tekort), (None, None));
    b.effect_instellingen = None;
    let e = analyseer(&b, None);
    assert!(e.totaal.onvolledig);
    assert_eq!(e.totaal.besparing, n(300_000));
    assert!(e.meldingen.iter().any(|m| m.contains("besparing is onbekend")), "{:?}", e.meldingen);
}

// ---- History chart ----

#[test]
fn history_series_for_arnhem() {
    let mut a = arnhem();
    // Grafiek 1 starts in 2009; the values here are illustrative, 2018 deliberately differs
    // from what the rules compute (8,1%) and must be replaced.
    a.historie = (2009..=2018)
        .map(|j| HistorieJaar {
            jaar: j,
            percentage_gemeente: Some(Decimal::new(i64::from(j - 2009), 2)),
            percentage_landelijk: if j >= 2012 { Some(Decimal::new(-1, 2)) } else { None },
        })
        .collect();
    let g = van_aanvraag(&a);
    assert_eq!(g.jaren, (2009..=2019).collect::<Vec<_>>());
    assert_eq!(g.gemeente.len(), 11);
    assert_eq!(g.landelijk.len(), 7);
    let bron: Vec<_> = g.gemeente.iter().map(|p| (p.jaar, p.bron)).collect();
    assert_eq!(bron[8..], [(2017, PuntBron::Berekend), (2018, PuntBron::Berekend), (2019, PuntBron::Berekend)]);
    assert_eq!(bron[7], (2016, PuntBron::Ingevuld));
    assert_eq!(g.gemeente[10].waarde, n(9_198_000) / n(102_200_000));
    assert_eq!(vangnet::nl::format_percent(g.gemeente[9].waarde, 1), "8,1%");
    assert!(g.meldingen.iter().any(|m| m.starts_with("Over 2018 is het berekende percentage gebruikt")), "{:?}", g.meldingen);
    // Threshold lines from 2015 only, each year's own rules.
    let lijnen: Vec<_> = g.drempels.iter().map(|d| (d.jaar, d.drempel, d.banden.clone())).collect();
    assert_eq!(
        lijnen,
        [
            (2015, d("0.075"), vec![d("0.075"), d("0.10"), d("0.125")]),
            (2016, d("0.05"), vec![d("0.05"), d("0.10")]),
            (2017, d("0.05"), vec![d("0.05"), d("0.125")]),
            (2018, d("0.05"), vec![d("0.05"), d("0.125")]),
            (2019, d("0.075"), vec![d("0.075"), d("0.125")]),
        ]
    );
    // The axis holds every value, 0 and the thresholds, with Dutch labels.
    assert!(g.y_as.min <= d("-0.01") && g.y_as.max >= d("0.125"));
    assert_eq!(g.y_as.ticks.first().map(|t| t.label.as_str()), Some("-2,5%"));
    assert_eq!(g.y_as.ticks.last().map(|t| t.label.as_str()), Some("12,5%"));
    assert_eq!(g.x_positie(2009), Decimal::ZERO);
    assert_eq!(g.x_positie(2019), Decimal::ONE);
}

#[test]
fn history_uses_the_users_replaced_rules_for_the_tekortjaar() {
    let mut a = arnhem();
    a.regelaanpassing = Some(vangnet::rules::RegelAanpassing { drempel: Some(d("0.06")), ..Default::default() });
    let g = van_aanvraag(&a);
    let t = g.drempels.iter().find(|d| d.jaar == 2019).unwrap();
    assert_eq!((t.drempel, t.aangepast), (d("0.06"), true));
    assert!(!g.drempels.iter().find(|d| d.jaar == 2018).unwrap().aangepast);
    // Nothing to draw: empty, with a usable axis.
    let g = grafiek(&[], None);
    assert!(g.is_leeg() && g.jaren.is_empty() && g.drempels.is_empty());
    assert!(g.y_as.max > g.y_as.min);
    // Bad rows are skipped with a Dutch remark.
    let g = grafiek(
        &[
            HistorieJaar { jaar: 1800, percentage_gemeente: Some(d("0.01")), percentage_landelijk: None },
            HistorieJaar { jaar: 2012, percentage_gemeente: Some(d("9")), percentage_landelijk: None },
            HistorieJaar { jaar: 2013, percentage_gemeente: Some(d("0.02")), percentage_landelijk: None },
            HistorieJaar { jaar: 2013, percentage_gemeente: Some(d("0.03")), percentage_landelijk: None },
        ],
        None,
    );
    assert_eq!(g.gemeente.iter().map(|p| (p.jaar, p.waarde)).collect::<Vec<_>>(), [(2013, d("0.02"))]);
    assert_eq!(g.meldingen.len(), 3, "{:?}", g.meldingen);
}

// ---- What if ----

#[test]
fn what_if_for_arnhem() {
    let a = arnhem();
    let w = grenzen(&a).unwrap();
    assert_eq!(w.lasten, n(111_398_000));
    let enkel = w.toetsen.iter().find(|t| t.id == "enkel").unwrap();
    // 9.198.000 − 7,5% × 102.200.000 = 1.533.000.
    assert_eq!(enkel.verlaging, Some(n(1_533_000)));
    assert!(enkel.bevestigd);
    let cum = w.toetsen.iter().find(|t| t.id == "cumulatief").unwrap();
    assert_eq!(cum.verlaging, Some(n(9_900_000 + 8_181_000 + 9_198_000 - 7_665_000)));
    assert!(cum.bevestigd);
    let banden: Vec<_> = w.banden.iter().map(|b| (b.vanaf, b.verlaging, b.bevestigd)).collect();
    assert_eq!(banden, [(d("0.075"), n(1_533_000), true), (d("0.125"), Decimal::ZERO, true)]);

    let s = na_verlaging(&a, n(533_000)).unwrap();
    assert_eq!((s.vergoeding_voor, s.vergoeding_na), (Some(n(766_500)), Some(n(500_000))));
    assert_eq!(s.lasten_na, n(110_865_000));
    let s = na_verlaging(&a, n(1_533_000)).unwrap();
    assert_eq!((s.toegang_na, s.vergoeding_na), (Toegang::Nee, Some(Decimal::ZERO)));
    assert!(na_verlaging(&a, n(-1)).unwrap_err().to_string().contains("negatief"));
    assert!(na_verlaging(&a, n(200_000_000)).unwrap_err().to_string().contains("groter dan de lasten"));

    let mut b = a.clone();
    b.financien.jaren[0].lasten = None;
    assert!(matches!(grenzen(&b), Err(AnalyseFout::Ontbreekt(_))));
    b.financien.tekortjaar = 2030;
    assert!(grenzen(&b).unwrap_err().to_string().contains("geen regels"));
}

#[test]
fn what_if_in_2016_with_the_per_inwoner_route() {
    // Only the € 30 per inwoner route passes (tekort € 5 mln, 2,5% of € 200 mln).
    let mut a = Aanvraag::nieuw("p", 2016);
    a.financien.jaren = vec![JaarCijfers::volledig(2016, n(205_000_000), n(0), n(0), n(200_000_000))];
    a.financien.inwoners = Some(150_000);
    let w = grenzen(&a).unwrap();
    let per: Vec<_> = w.toetsen.iter().map(|t| (t.id.as_str(), t.verlaging, t.bevestigd)).collect();
    assert_eq!(per, [("enkel", Some(Decimal::ZERO), true), ("per_inwoner", Some(n(500_000)), true)]);
    assert!(w.banden.iter().all(|b| b.bevestigd && b.verlaging.is_zero()), "{:?}", w.banden);
    // Both routes pass, 5% of the budget just above € 30 per inwoner (a case found by proptest).
    a.financien.jaren = vec![JaarCijfers::volledig(2016, d("94500001.06"), n(0), n(0), n(90_000_001))];
    let w = grenzen(&a).unwrap();
    assert!(w.toetsen.iter().all(|t| t.bevestigd), "{:?}", w.toetsen);
    assert_eq!(w.toetsen[0].verlaging, Some(d("0.01")));
    assert_eq!(w.toetsen[1].verlaging, Some(d("0.06")));
    assert!(w.banden.iter().all(|b| b.bevestigd), "{:?}", w.banden);
}

fn invoer_strategie() -> impl Strategy<Value = Invoer> {
    // Amounts in cents, budgets 10 mln – 1 bln, lasten around the budget.
    (2015i32..=2026, 10_000_000i64..1_000_000_000, proptest::collection::vec((0i64..40, 0i64..3_000_000, 0i64..2_000_000, 0i64..100), 4))
        .prop_map(|(t, budget, jaren)| {
            let jaren = jaren
                .into_iter()
                .enumerate()
                .map(|(i, (procent, baten, fout, centen))| {
                    let b = Decimal::from(budget);
                    // lasten = budget × (90% … 129%) + baten + fout, plus some cents.
                    let lasten = b * Decimal::new(90 + procent, 2) + Decimal::from(baten) + Decimal::from(fout) + Decimal::new(centen, 2);
                    JaarCijfers::volledig(
                        t - i as i32,
                        lasten,
                        Decimal::from(baten),
                        Decimal::from(fout),
                        b + Decimal::from(i as i64 * 1_000_003),
                    )
                })
                .collect();
            Invoer {
                tekortjaar: t,
                jaren,
                inwoners: Some(150_000),
                verleend_vorig_jaar: Some(false),
                verleend_twee_jaar_terug: Some(true),
                ..Invoer::default()
            }
        })
}

fn met_lasten(invoer: &Invoer, verlaging: Decimal) -> Invoer {
    let mut i = invoer.clone();
    let t = i.tekortjaar;
    let j = i.jaren.iter_mut().find(|j| j.jaar == t).unwrap();
    j.lasten = Some(j.lasten.unwrap() - verlaging);
    i
}

fn status(invoer: &Invoer, spoor: vangnet::rules::SpoorSoort, id: &str) -> Status {
    let u = bereken(invoer, None, None).unwrap();
    u.sporen.iter().find(|s| s.soort == spoor).unwrap().toetsen.iter().find(|t| t.id == id).unwrap().status.clone()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// After lowering the lasten by the computed amount the test fails; one euro less and it
    /// still passes — checked against the rule engine directly.
    #[test]
    fn what_if_agrees_with_the_rule_engine(invoer in invoer_strategie()) {
        let a = Aanvraag { financien: invoer.clone(), ..Aanvraag::nieuw("p", invoer.tekortjaar) };
        let w = grenzen(&a).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert!(!w.toetsen.is_empty());
        for g in &w.toetsen {
            let Some(x) = g.verlaging else { continue };
            prop_assert!(g.bevestigd, "{:?}", g);
            prop_assert_eq!(status(&met_lasten(&invoer, x), g.spoor, &g.id), Status::NietVoldaan, "{:?}", g);
            if x > Decimal::ZERO {
                prop_assert_eq!(status(&met_lasten(&invoer, x - Decimal::ONE), g.spoor, &g.id), Status::Voldaan, "{:?}", g);
                prop_assert_eq!(Some(x), g.marge);
            }
        }
        for b in &w.banden {
            prop_assert!(b.bevestigd, "{:?}", b);
        }
        // The grant after a reduction is exactly the engine's on the lowered figures.
        let x = w.toetsen[0].verlaging.unwrap_or_default() / Decimal::TWO;
        let s = na_verlaging(&a, x).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let direct = bereken(&met_lasten(&invoer, x), None, None).unwrap();
        prop_assert_eq!(s.vergoeding_na, direct.vergoeding);
        prop_assert_eq!(s.vergoeding_voor, bereken(&invoer, None, None).unwrap().vergoeding);
    }
}

// ---- No panic on any input ----

fn getal() -> impl Strategy<Value = Option<Decimal>> {
    prop_oneof![
        Just(None),
        Just(Some(Decimal::MAX)),
        Just(Some(Decimal::MIN)),
        Just(Some(Decimal::ZERO)),
        Just(Some(Decimal::new(1, 28))),
        Just(Some(-Decimal::ONE)),
        Just(Some(Decimal::ONE)),
        (any::<i64>(), 0u32..29).prop_map(|(m, s)| Some(Decimal::new(m, s))),
        (-2_000i64..2_000, 0u32..4).prop_map(|(m, s)| Some(Decimal::new(m, s))),
    ]
}

/// Amounts as the app can hold them: typed (at most cents) or imported, any size.
///
/// Not down to 28 decimals: the rule engine itself panics ("Division overflowed" in
/// `rules::jaar_uitkomst`, T / B) for a budget like 1e-28 with a large tekort — reported to
/// the owner of `src/rules/`; the analyses only call it.
fn bedrag() -> impl Strategy<Value = Option<Decimal>> {
    prop_oneof![
        Just(None),
        Just(Some(Decimal::MAX)),
        Just(Some(Decimal::MIN)),
        Just(Some(Decimal::ZERO)),
        Just(Some(Decimal::new(1, 2))),
        (any::<i64>(), 0u32..3).prop_map(|(m, s)| Some(Decimal::new(m, s))),
        (-2_000_000_000i64..2_000_000_000, 0u32..3).prop_map(|(m, s)| Some(Decimal::new(m, s))),
    ]
}

fn jaar() -> impl Strategy<Value = i32> {
    prop_oneof![Just(i32::MIN), Just(i32::MAX), 1980i32..2040]
}

fn willekeurig() -> impl Strategy<Value = Aanvraag> {
    (
        (
            prop_oneof![Just(i32::MAX), 2014i32..2028],
            proptest::collection::vec((prop_oneof![jaar(), 2012i32..2028], bedrag(), bedrag(), bedrag(), bedrag()), 0..5),
        ),
        proptest::collection::vec((jaar(), getal(), getal()), 0..6),
        proptest::option::of((getal(), getal())),
        proptest::collection::vec(("m[0-3]", jaar(), getal(), getal()), 0..5),
        proptest::collection::vec(("m[0-3]", getal(), getal()), 0..4),
        proptest::option::of((
            proptest::option::of(jaar()),
            getal(),
            getal(),
            proptest::option::of(prop_oneof![Just(u32::MAX), 0u32..60]),
            proptest::collection::vec((jaar(), getal(), getal(), getal()), 0..6),
        )),
    )
        .prop_map(|((t, jaren), historie, inst, ej, maatregelen, ambitie)| {
            let mut a = Aanvraag::nieuw("x", t);
            a.financien.jaren = jaren
                .into_iter()
                .map(|(jaar, lasten, baten, fout_onzeker, budget)| JaarCijfers { jaar, lasten, baten, fout_onzeker, budget })
                .collect();
            a.historie =
                historie.into_iter().map(|(jaar, g, l)| HistorieJaar { jaar, percentage_gemeente: g, percentage_landelijk: l }).collect();
            a.effect_instellingen = inst.map(|(k, n)| EffectInstellingen { kosten_per_uitkering: k, aantal_uitkeringen: n });
            a.effect_jaren =
                ej.into_iter().map(|(id, jaar, m, b)| EffectJaar { maatregel_id: id, jaar, minder_uitkeringen: m, besparing: b }).collect();
            a.maatregelen = maatregelen
                .into_iter()
                .map(|(id, m, b)| Maatregel {
                    id,
                    effect: Some(Effect { minder_uitkeringen: m, besparing: b, toelichting: String::new() }),
                    ..Maatregel::default()
                })
                .collect();
            a.ambitie = ambitie.map(|(startjaar, startaantal, extra_daling, aantal_jaren, jaren)| Ambitie {
                startjaar,
                startaantal,
                extra_daling,
                aantal_jaren,
                jaren: jaren
                    .into_iter()
                    .map(|(jaar, p, r, n)| AmbitieJaar { jaar, trend_prognose: p, trend_realisatie: r, aantal: n })
                    .collect(),
            });
            a
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn no_analysis_panics_on_any_input(a in willekeurig(), x in getal()) {
        let u = a.uitkomst(None).ok();
        let g = grafiek(&a.historie, u.as_ref());
        prop_assert!(g.y_as.max > g.y_as.min);
        for p in g.gemeente.iter().chain(&g.landelijk) {
            prop_assert!(g.jaren.contains(&p.jaar));
            let pos = g.y_as.positie(p.waarde);
            prop_assert!(pos >= Decimal::ZERO && pos <= Decimal::ONE);
        }
        let e = analyseer(&a, u.as_ref());
        let _ = kosten_uit_lasten(&a);
        prop_assert!(e.per_jaar.len() <= 1 + a.effect_jaren.len());
        if let Ok(w) = grenzen(&a) {
            for t in &w.toetsen {
                prop_assert!(t.verlaging.is_none_or(|v| v >= Decimal::ZERO));
            }
        }
        if let Some(x) = x {
            if let Err(fout) = na_verlaging(&a, x) {
                prop_assert!(!fout.to_string().is_empty());
            }
        }
        if let Some(amb) = &a.ambitie {
            match tabel(amb) {
                Ok(t) => prop_assert_eq!(t.rijen.len() as u32, t.aantal_jaren),
                Err(fout) => prop_assert!(!fout.to_string().is_empty()),
            }
        }
        let _ = heel(x.unwrap_or_default());
    }
}
