//! Test data shared by the native test crates (`mod common;` in each).
#![allow(dead_code)] // each crate uses part of it

use rust_decimal::Decimal;
use vangnet::export::uit_json;
use vangnet::model::{Aanvraag, Ambitie, AmbitieJaar};

/// The whole seed 000 application (Arnhem 2019), as in `tests/fixtures/arnhem-2019.json`.
pub fn arnhem() -> Aanvraag {
    let t = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/arnhem-2019.json")).unwrap();
    uit_json(&t).unwrap()
}

/// AEF, Bijlage B "Rekenvoorbeeld": 7.700 at the start of 2018, 500 extra over 4 years; per year
/// the MEV forecast made in that year and the trend established afterwards (the table
/// "Landelijke trend": row "In 2018" gives the 2018 forecast, row "In 2022" the established
/// values), and the realised numbers 7.350, 7.150, 7.070, 6.970.
pub fn aef() -> Ambitie {
    let d = |s: &str| Some(s.parse::<Decimal>().unwrap());
    let jaar = |jaar, p: &str, r: &str, aantal: &str| AmbitieJaar { jaar, trend_prognose: d(p), trend_realisatie: d(r), aantal: d(aantal) };
    Ambitie {
        startjaar: Some(2018),
        startaantal: d("7700"),
        extra_daling: d("500"),
        aantal_jaren: Some(4),
        jaren: vec![
            jaar(2018, "-0.024", "-0.028", "7350"),
            jaar(2019, "-0.020", "-0.015", "7150"),
            jaar(2020, "0.008", "0.003", "7070"),
            jaar(2021, "0.025", "0.027", "6970"),
        ],
    }
}
