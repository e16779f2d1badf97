//! Test data shared by the native test crates (`mod common;` in each).
#![allow(dead_code)] // each crate uses part of it

use rust_decimal::Decimal;
use vangnet::analyse::{ambitie, effect, historie, svg, wat_als};
use vangnet::checks::controleer;
use vangnet::date::Date;
use vangnet::export::uit_json;
use vangnet::model::{Aanvraag, Ambitie, AmbitieJaar};
use vangnet::print::{afdruk_document, afdruk_html, AfdrukOpties};
use vangnet::rules::{Invoer, JaarCijfers};
use vangnet::veld::{velden, verschillen, Veld, VeldSoort, Waarde};

/// A decimal from its text ("0.075"); test data only.
pub fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

/// A year with budget `b` and tekort `t` in euros (lasten = b + t, no baten, no fout/onzeker).
pub fn jaar(j: i32, b: &str, t: &str) -> JaarCijfers {
    JaarCijfers::volledig(j, d(b) + d(t), Decimal::ZERO, Decimal::ZERO, d(b))
}

/// Tekortjaar `t` with tekort percentages (of a budget of 100.000.000) per year, newest first.
pub fn invoer(t: i32, pcts: &[&str]) -> Invoer {
    let jaren =
        pcts.iter().enumerate().map(|(i, p)| jaar(t - i as i32, "100000000", &(d(p) * Decimal::from(1_000_000)).to_string())).collect();
    Invoer { tekortjaar: t, jaren, verleend_vorig_jaar: Some(false), verleend_twee_jaar_terug: Some(false), ..Invoer::default() }
}

/// A value of the field's kind that differs from `w` (a choice takes another of its options).
pub fn anders(v: &Veld, w: &Waarde) -> Waarde {
    match w {
        Waarde::Tekst(t) if v.soort() == VeldSoort::Keuze => {
            Waarde::Tekst(v.keuzes().into_iter().map(|(k, _)| k.to_string()).find(|k| k != t).unwrap_or_default())
        }
        Waarde::Tekst(t) => Waarde::Tekst(format!("{t} (gewijzigd)")),
        Waarde::Getal(d) => Waarde::Getal(Some(d.unwrap_or_default() + Decimal::new(1, 2))),
        Waarde::Datum(d) => {
            Waarde::Datum(Some(if d == &Date::new(2020, 3, 4) { Date::new(2020, 3, 5) } else { Date::new(2020, 3, 4) }.unwrap()))
        }
        Waarde::JaNee(b) => Waarde::JaNee(Some(!b.unwrap_or(false))),
        Waarde::Geheel(n) => Waarde::Geheel(Some(match v {
            Veld::Tekortjaar => 2020 + i64::from(n != &Some(2020)),
            Veld::Ambitie(vangnet::veld::AmbitieVeld::AantalJaren) => 3 + i64::from(n == &Some(3)),
            _ => 2000 + i64::from(n == &Some(2000)),
        })),
        Waarde::Geen => Waarde::Geen,
    }
}

/// Every pure function the pages call, on `a` (none may panic): the rules, the checks, the
/// chart, the analyses, the print view, every field's display and bounds, the draft index and
/// the comparison. The JSON round trip is the caller's: what it must give differs per test.
pub fn alle_paginafuncties(a: &Aanvraag) {
    let vandaag = Date::new(2026, 12, 1);
    let u = a.uitkomst(vandaag);
    let _ = controleer(a, vandaag);
    let _ = vangnet::checks::controleer_met(a, u.as_ref(), vandaag);
    let g = historie::van_aanvraag(a);
    let opties = svg::SvgOpties { id: "x".into(), gemeente: a.gemeente.clone() };
    let _ = svg::grafiek_svg(&g, &opties);
    let _ = svg::grafiek_tabel_html(&g);
    let _ = svg::grafiek_lijnen(&g, &opties);
    let _ = effect::analyseer(a, u.as_ref().ok());
    let _ = effect::kosten_uit_lasten(a);
    let _ = effect::kosten_per_uitkering(a);
    if let Ok(w) = wat_als::grenzen(a) {
        for t in &w.toetsen {
            if let Some(v) = t.verlaging {
                let _ = wat_als::na_verlaging(a, v);
            }
        }
    }
    let _ = wat_als::na_verlaging(a, Decimal::MAX);
    if let Some(x) = &a.ambitie {
        let _ = ambitie::tabel(x);
    }
    let _ = afdruk_html(a, u.as_ref().ok(), &AfdrukOpties::default());
    let _ = afdruk_document(a, u.as_ref().ok(), &AfdrukOpties::default());
    let _ = vangnet::word::docx(&vangnet::print::document(a, u.as_ref().ok(), &AfdrukOpties::default()));
    for v in velden(a) {
        let _ = v.weergave(a);
        let _ = v.naam(a);
        let _ = v.label();
        if let Some(w) = v.lees(a) {
            let _ = v.binnen_grens(&w);
        }
    }
    let _ = vangnet::drafts::IndexRegel::van(a, "2026-12-01T10:00:00Z", &controleer(a, vandaag));
    let _ = verschillen(a, &arnhem());
}

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
