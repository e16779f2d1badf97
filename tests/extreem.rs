//! Extreme values in every numeric field, through every pure function the UI calls: no panic
//! (with `panic = "abort"` a panic stops the whole app), and for the import a Dutch explanation
//! where the value is out of bounds. The values are put into the application directly, past the
//! field bounds, because a bound is exactly what such a value would have to get past.

mod common;

use common::arnhem;
use proptest::prelude::*;
use rust_decimal::Decimal;
use vangnet::date::Date;
use vangnet::export::{naar_json, uit_json};
use vangnet::model::{Aanvraag, Ambitie, AmbitieJaar, Effect, EffectInstellingen, EffectJaar, HistorieJaar};
use vangnet::rules::{Band, RegelAanpassing};
use vangnet::veld::{velden, VeldSoort};

/// The values the issue names: 28 digits, 1e-28, negative, zero, the edges of a decimal.
fn extreem() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        Just(Decimal::MAX),
        Just(Decimal::MIN),
        Just(Decimal::from_i128_with_scale(1, 28)),
        Just(-Decimal::from_i128_with_scale(1, 28)),
        Just(Decimal::ZERO),
        Just(Decimal::from_str_exact("9999999999999999999999999999").unwrap()),
        Just(Decimal::from_str_exact("-0.0000000000000000000000000001").unwrap()),
        (any::<i64>(), 0u32..=28).prop_map(|(m, s)| Decimal::new(m, s)),
        (any::<u64>(), any::<u32>(), 0u32..=28).prop_map(|(m, h, s)| Decimal::from_i128_with_scale(((h as i128) << 64) | m as i128, s)),
    ]
}

fn jaar() -> impl Strategy<Value = i32> {
    prop_oneof![Just(i32::MIN), Just(i32::MAX), Just(0), Just(-1), Just(1900), Just(2200), 2010i32..2030, any::<i32>()]
}

/// Arnhem 2019 with every numeric field (and the years that key them) replaced by extremes.
fn toepassen(mut a: Aanvraag, d: &[Decimal], j: &[i32]) -> Aanvraag {
    let mut i = 0;
    let mut x = || {
        i += 1;
        d[i % d.len()]
    };
    let mut k = 0;
    let mut y = || {
        k += 1;
        j[k % j.len()]
    };
    for c in &mut a.financien.jaren {
        c.lasten = Some(x());
        c.baten = Some(x());
        c.fout_onzeker = Some(x());
        c.budget = Some(x());
    }
    a.financien.inwoners = Some(u64::MAX);
    a.regelaanpassing = Some(RegelAanpassing {
        drempel: Some(x()),
        banden: Some(vec![Band { vanaf: x(), aandeel: x() }, Band { vanaf: x(), aandeel: x() }]),
        uitgebreid_drempel: Some(x()),
        uitgebreid_banden: Some(vec![Band { vanaf: x(), aandeel: x() }]),
        uiterste_datum: Date::new(2200, 12, 31),
        reden: "extreem".into(),
    });
    for m in &mut a.maatregelen {
        m.effect = Some(Effect { minder_uitkeringen: Some(x()), besparing: Some(x()), toelichting: String::new() });
    }
    a.historie = (0..4).map(|_| HistorieJaar { jaar: y(), percentage_gemeente: Some(x()), percentage_landelijk: Some(x()) }).collect();
    a.effect_instellingen = Some(EffectInstellingen { kosten_per_uitkering: Some(x()), aantal_uitkeringen: Some(x()) });
    let id = a.maatregelen.first().map(|m| m.id.clone()).unwrap_or_default();
    a.effect_jaren =
        (0..3).map(|_| EffectJaar { maatregel_id: id.clone(), jaar: y(), minder_uitkeringen: Some(x()), besparing: Some(x()) }).collect();
    a.ambitie = Some(Ambitie {
        startjaar: Some(y()),
        startaantal: Some(x()),
        extra_daling: Some(x()),
        aantal_jaren: Some(u32::MAX),
        jaren: (0..3)
            .map(|_| AmbitieJaar { jaar: y(), trend_prognose: Some(x()), trend_realisatie: Some(x()), aantal: Some(x()) })
            .collect(),
    });
    a
}

/// Every pure function the pages call, on `a`, and the file round trip: what is accepted reads
/// back exactly, what is refused is refused in Dutch.
fn alles(a: &Aanvraag) {
    common::alle_paginafuncties(a);
    let json = naar_json(a, None);
    match uit_json(&json) {
        Ok(b) => assert_eq!(&b, a, "what is accepted reads back exactly"),
        // Refused: in Dutch, naming where.
        Err(e) => {
            let t = e.to_string();
            assert!(t.starts_with("Fout in het bestand bij aanvraag."), "{t}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]
    #[test]
    fn no_pure_function_panics_on_extreme_values(d in proptest::collection::vec(extreem(), 1..12), j in proptest::collection::vec(jaar(), 1..6), t in jaar()) {
        let mut a = toepassen(arnhem(), &d, &j);
        alles(&a);
        a.financien.tekortjaar = t;
        alles(&a);
    }
}

#[test]
fn every_numeric_field_out_of_bounds_is_refused_at_import_with_its_path() {
    let a = toepassen(arnhem(), &[Decimal::from_str_exact("1000000000000000000000000000").unwrap()], &[2019]);
    let fout = uit_json(&naar_json(&a, None)).unwrap_err().to_string();
    assert!(fout.contains("ligt buiten het toegestane bereik"), "{fout}");
    // Each kind of numeric field has a bound (and so a message) of its own.
    let alle = velden(&a);
    for soort in [VeldSoort::Bedrag, VeldSoort::Aantal, VeldSoort::Percentage, VeldSoort::Geheel] {
        assert!(alle.iter().any(|v| v.soort() == soort && v.grens() != vangnet::veld::Grens::Geen), "{soort:?}");
    }
}

/// Found while making the pure core pass `clippy::arithmetic_side_effects`: a day count from
/// outside the supported years overflowed the calendar arithmetic (`days + 719 468`) instead of
/// giving no date.
#[test]
fn a_day_count_of_any_size_gives_a_date_or_none() {
    for days in [i64::MIN, i64::MIN + 1, -1_000_000_000, -25_568, 84_371, 1_000_000_000, i64::MAX - 719_467, i64::MAX] {
        assert_eq!(Date::from_days_since_epoch(days), None, "{days}");
    }
    // The edges of the supported years still round-trip.
    for d in [Date::new(1900, 1, 1).unwrap(), Date::new(2200, 12, 31).unwrap()] {
        assert_eq!(Date::from_days_since_epoch(d.days_since_epoch()), Some(d));
    }
}
