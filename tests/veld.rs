//! The typed field identity (`src/veld.rs`): every field round-trips through its pointer, every
//! check names a field the application has, a write through a field changes that field only,
//! and the field-by-field difference finds exactly what changed.

mod common;

use common::{anders, arnhem};
use proptest::prelude::*;
use rust_decimal::Decimal;
use std::collections::BTreeSet;
use vangnet::checks::{controleer, Sectie};
use vangnet::date::Date;
use vangnet::export::{naar_json, uit_json};
use vangnet::model::{Aanvraag, Brondocument, HistorieJaar, Maatregel, Soort};
use vangnet::rules::{AanpassingVeld, Ernst, RegelAanpassing, Voorganger, EERSTE_JAAR, LAATSTE_JAAR};
use vangnet::veld::{velden, verschillen, Onderdeel, Veld, VeldSoort, Waarde, ZetFout};

/// Arnhem 2019 with every optional part present: predecessors, an override, sources, history,
/// effects per year and the ambition.
fn rijk() -> Aanvraag {
    let mut a = arnhem();
    a.financien.voorgangers.push(Voorganger { naam: "Rheden".into(), jaren: vec![], verleend: Some(false) });
    a.regelaanpassing = Some(RegelAanpassing { reden: "Regeling".into(), ..Default::default() });
    a.bronnen.push(Brondocument { titel: "Rapport".into(), ..Default::default() });
    a.historie.push(HistorieJaar { jaar: 2015, percentage_gemeente: Some(Decimal::new(5, 2)), percentage_landelijk: None });
    a.ambitie = Some(common::aef());
    a
}

/// Drafts in which, together, every check fires.
fn alle_gevallen() -> Vec<Aanvraag> {
    let mut v: Vec<Aanvraag> = (EERSTE_JAAR..=LAATSTE_JAAR).map(|j| Aanvraag::nieuw("leeg", j)).collect();
    let mut zonder_antwoorden = arnhem();
    for m in &mut zonder_antwoorden.maatregelen {
        m.naam.clear();
        m.externe_bron.clear();
        m.inzicht.clear();
        m.getroffen_maatregel.clear();
        m.datum_getroffen = Date::new(2000, 1, 1);
    }
    zonder_antwoorden.a_analyse.clear();
    v.push(zonder_antwoorden);
    let mut ongeldig = arnhem();
    ongeldig.regelaanpassing = Some(RegelAanpassing { drempel: Some(Decimal::from(2)), ..Default::default() });
    v.push(ongeldig);
    let mut aangepast = arnhem();
    aangepast.regelaanpassing = Some(RegelAanpassing { drempel: Some(Decimal::new(6, 2)), ..Default::default() });
    v.push(aangepast);
    let mut uitgebreid_leeg = Aanvraag::nieuw("u", 2024);
    uitgebreid_leeg.financien.verleend_vorig_jaar = Some(true);
    uitgebreid_leeg.maatregelen.push(Maatregel { id: "m1".into(), soort: Soort::Extern, ..Default::default() });
    v.push(uitgebreid_leeg);
    let mut b1_b2_leeg = Aanvraag::nieuw("v", 2024);
    b1_b2_leeg.financien.verleend_twee_jaar_terug = Some(true);
    v.push(b1_b2_leeg);
    v.push(rijk());
    v
}

#[test]
fn every_field_round_trips_through_its_pointer_and_has_a_unique_dom_id() {
    for a in alle_gevallen() {
        let alle = velden(&a);
        let mut ids = BTreeSet::new();
        for v in &alle {
            assert_eq!(Veld::van_pad(&v.pad()).as_ref(), Some(v), "{}", v.pad());
            assert!(ids.insert(v.dom_id()), "two fields share {}", v.dom_id());
            assert!(v.lees(&a).is_some(), "{} is listed but cannot be read", v.pad());
            assert!(!v.label().is_empty() && !v.naam(&a).is_empty());
        }
    }
    // The pointers are exactly today's (files, schema and e2e selectors depend on them).
    let vast = [
        (Veld::Gemeente, "gemeente"),
        (Veld::Cijfer { jaar: 2019, soort: vangnet::veld::CijferSoort::FoutOnzeker }, "financien.2019.fout_onzeker"),
        (
            Veld::Aanpassing(AanpassingVeld::Band { uitgebreid: true, i: 1, deel: vangnet::rules::BandVeld::Aandeel }),
            "regelaanpassing.uitgebreid_banden.1.aandeel",
        ),
        (Veld::Maatregelen(Soort::Intern), "maatregelen.intern"),
        (Veld::Maatregel { id: "m3".into(), veld: vangnet::veld::MaatregelVeld::GetroffenMaatregel }, "maatregelen.m3.getroffen_maatregel"),
        (Veld::Historie { i: 0, landelijk: true }, "historie.0.landelijk"),
        (
            Veld::EffectJaar { id: "m11".into(), jaar: 2021, veld: vangnet::veld::EffectVeld::MinderUitkeringen },
            "effect_jaren.m11.2021.minder_uitkeringen",
        ),
        (Veld::AmbitieJaar { jaar: 2021, veld: vangnet::veld::AmbitieJaarVeld::Aantal }, "ambitie.2021.aantal"),
    ];
    for (v, p) in vast {
        assert_eq!(v.pad(), p);
    }
    for kapot in
        ["", "regelaanpassing", "financien.2019", "financien.x.lasten", "maatregelen.a.b.naam", "historie.01.gemeente", "bronnen.0.kleur"]
    {
        assert_eq!(Veld::van_pad(kapot), None, "{kapot}");
    }
}

#[test]
fn every_check_names_a_field_of_its_own_part_that_the_application_has() {
    let mut gezien = BTreeSet::new();
    for a in alle_gevallen() {
        let alle = velden(&a);
        for c in controleer(&a, Date::new(2030, 1, 1)) {
            gezien.insert(c.id.split('.').take(2).collect::<Vec<_>>().join("."));
            assert!(alle.contains(&c.veld), "{} names {}, which the application does not list", c.id, c.veld);
            let deel = match c.sectie {
                Sectie::Rekenen => Onderdeel::Rekenen,
                Sectie::A => Onderdeel::A,
                Sectie::B | Sectie::B1 | Sectie::B2 => Onderdeel::B,
                Sectie::C => Onderdeel::C,
                Sectie::D => Onderdeel::D,
                Sectie::Raad => Onderdeel::Raad,
            };
            assert_eq!(c.veld.onderdeel(), deel, "{} is in {:?} but names {}", c.id, c.sectie, c.veld);
            if c.ernst == Ernst::Fout && c.veld.soort() == VeldSoort::Groep {
                // A group heading has no control: only "add at least one measure" may point there.
                assert!(c.id == "b1.geen" || c.id == "b2.geen", "{} names the group {}", c.id, c.veld);
            }
        }
    }
    // The cases above really make the checks fire that the issue names.
    for id in
        ["regels.ongeldig", "regels.aangepast", "inwoners.ontbreken", "b2.m1", "b1.geen", "b2.geen", "maatregel.m1", "termijn.verstreken"]
    {
        assert!(gezien.contains(id), "no case makes {id} fire: {gezien:?}");
    }
}

#[test]
fn a_write_through_a_field_changes_that_field_and_nothing_else() {
    let a = rijk();
    for v in velden(&a) {
        let Some(w) = v.lees(&a) else { continue };
        if v.soort() == VeldSoort::Groep {
            assert_eq!(v.clone().zet(&mut a.clone(), Waarde::Geen), Err(ZetFout::VerkeerdeSoort));
            continue;
        }
        // The tekortjaar decides which other fields exist (years, bands): not a narrow field.
        if v == Veld::Tekortjaar {
            continue;
        }
        let nieuw = anders(&v, &w);
        let mut b = a.clone();
        v.zet(&mut b, nieuw.clone()).unwrap_or_else(|e| panic!("{}: {e:?}", v.pad()));
        assert_eq!(v.lees(&b), Some(nieuw), "{}", v.pad());
        let d: Vec<Veld> = verschillen(&a, &b).into_iter().map(|d| d.veld).collect();
        assert_eq!(d, vec![v.clone()], "writing {} changed {:?}", v.pad(), d);
    }
}

#[test]
fn values_outside_the_bounds_are_refused_at_the_field_and_at_import() {
    let mut a = arnhem();
    let groot = Decimal::from_str_exact("1000000000000000000000000000").unwrap();
    let h = Veld::Historie { i: 0, landelijk: false };
    a.historie.push(HistorieJaar { jaar: 2012, ..Default::default() });
    match h.zet(&mut a.clone(), Waarde::Getal(Some(groot))) {
        Err(ZetFout::BuitenGrens(m)) => assert!(m.contains("-10.000% tot en met 10.000%"), "{m}"),
        r => panic!("{r:?}"),
    }
    a.historie[0].percentage_gemeente = Some(groot);
    let fout = uit_json(&naar_json(&a, None)).unwrap_err().to_string();
    assert!(fout.contains("bij aanvraag.historie[0].percentage_gemeente: dit getal ligt buiten het toegestane bereik"), "{fout}");
    let mut a = arnhem();
    a.financien.jaren[0].lasten = Some(groot);
    let fout = uit_json(&naar_json(&a, None)).unwrap_err().to_string();
    assert!(fout.contains("bij aanvraag.financien.jaren[0].lasten") && fout.contains("€ 1.000.000.000.000"), "{fout}");
}

#[test]
fn unusable_or_repeated_measure_ids_are_replaced_on_import_and_nothing_else_changes() {
    let mut a = arnhem();
    a.maatregelen[0].id = "<b>m.1</b>".into();
    a.maatregelen[2].id = a.maatregelen[1].id.clone();
    let b = uit_json(&naar_json(&a, None)).unwrap();
    let ids: BTreeSet<&str> = b.maatregelen.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids.len(), b.maatregelen.len());
    assert!(b.maatregelen.iter().all(|m| vangnet::veld::is_id(&m.id)));
    for (x, y) in a.maatregelen.iter().zip(&b.maatregelen) {
        assert_eq!((&x.naam, &x.omschrijving, &x.externe_bron), (&y.naam, &y.omschrijving, &y.externe_bron));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    /// Change any set of fields of a full application: the difference is exactly that set.
    #[test]
    fn the_difference_finds_exactly_the_fields_changed(keuze in proptest::collection::vec(any::<prop::sample::Index>(), 0..12)) {
        let a = rijk();
        let alle: Vec<Veld> = velden(&a).into_iter().filter(|v| v.soort() != VeldSoort::Groep && *v != Veld::Tekortjaar).collect();
        let mut b = a.clone();
        let mut veranderd = BTreeSet::new();
        for k in keuze {
            let v = k.get(&alle).clone();
            let w = v.lees(&b).unwrap();
            v.zet(&mut b, anders(&v, &w)).unwrap();
            if v.lees(&a) != v.lees(&b) {
                veranderd.insert(v);
            } else {
                veranderd.remove(&v);
            }
        }
        let gevonden: BTreeSet<Veld> = verschillen(&a, &b).into_iter().map(|d| d.veld).collect();
        prop_assert_eq!(gevonden, veranderd);
        prop_assert!(verschillen(&a, &a).is_empty());
    }
}
