//! Compare and merge (`src/samenvoegen.rs`) and version marks (`src/versies.rs`): taking over
//! every difference from B into A gives B, none gives A, one field changes that field only; the
//! differences are grouped per part and per measure; another gemeente or year is named; marks
//! are bounded, never nested, and travel in the file.

mod common;

use common::{anders, arnhem};
use proptest::prelude::*;
use rust_decimal::Decimal;
use std::collections::BTreeSet;
use vangnet::date::Date;
use vangnet::export::{naar_json, uit_json};
use vangnet::model::{Aanvraag, Brondocument, HistorieJaar, Maatregel, Soort, Versiemarkering};
use vangnet::rules::{RegelAanpassing, Voorganger};
use vangnet::samenvoegen::{alle_velden, andere_herkomst, neem_over, vergelijk, MaatregelStatus};
use vangnet::veld::{velden, verschillen, MaatregelVeld, Onderdeel, TekstVeld, Veld, VeldSoort};
use vangnet::versies::{markeer, VersieFout, MAX_VERSIES, MAX_VERSIE_BYTES};

/// Arnhem 2019 with every optional part present.
fn rijk() -> Aanvraag {
    let mut a = arnhem();
    a.financien.voorgangers.push(Voorganger { naam: "Rheden".into(), jaren: vec![], verleend: None });
    a.regelaanpassing = Some(RegelAanpassing { reden: "Regeling".into(), ..Default::default() });
    a.bronnen.push(Brondocument { titel: "Rapport".into(), ..Default::default() });
    a.historie.push(HistorieJaar { jaar: 2015, percentage_gemeente: Some(Decimal::new(5, 2)), percentage_landelijk: None });
    a.ambitie = Some(common::aef());
    a
}

/// What one edit of B does.
#[derive(Clone, Debug)]
enum Bewerking {
    /// Change the n-th narrow field.
    Veld(prop::sample::Index),
    /// Remove the n-th measure.
    WegMaatregel(prop::sample::Index),
    /// Add a measure after the n-th.
    NieuweMaatregel(prop::sample::Index, bool),
    /// Add a source document / a history year.
    NieuweRij(bool),
    /// Remove the last source document / history year.
    WegRij(bool),
    /// Another tekortjaar.
    Jaar(i32),
}

fn bewerking() -> impl Strategy<Value = Bewerking> {
    prop_oneof![
        6 => any::<prop::sample::Index>().prop_map(Bewerking::Veld),
        1 => any::<prop::sample::Index>().prop_map(Bewerking::WegMaatregel),
        1 => (any::<prop::sample::Index>(), any::<bool>()).prop_map(|(i, e)| Bewerking::NieuweMaatregel(i, e)),
        1 => any::<bool>().prop_map(Bewerking::NieuweRij),
        1 => any::<bool>().prop_map(Bewerking::WegRij),
        1 => (2017i32..=2021).prop_map(Bewerking::Jaar),
    ]
}

fn pas_toe(b: &mut Aanvraag, bw: &Bewerking) {
    match bw {
        Bewerking::Veld(k) => {
            let alle: Vec<Veld> = velden(b).into_iter().filter(|v| v.soort() != VeldSoort::Groep && *v != Veld::Tekortjaar).collect();
            let v = k.get(&alle).clone();
            let w = v.lees(b).unwrap();
            v.zet(b, anders(&v, &w)).unwrap();
        }
        Bewerking::WegMaatregel(k) if !b.maatregelen.is_empty() => {
            let i = k.index(b.maatregelen.len());
            b.maatregelen.remove(i);
        }
        Bewerking::WegMaatregel(_) => {}
        Bewerking::NieuweMaatregel(k, extern_) => {
            let id = b.nieuw_maatregel_id();
            let m = Maatregel {
                id,
                soort: if *extern_ { Soort::Extern } else { Soort::Intern },
                naam: "Nieuwe aanpak".into(),
                omschrijving: "Omschrijving van de nieuwe aanpak".into(),
                datum_getroffen: Date::new(2019, 6, 1),
                ..Default::default()
            };
            let i = k.index(b.maatregelen.len() + 1);
            b.maatregelen.insert(i, m);
        }
        Bewerking::NieuweRij(true) => b.bronnen.push(Brondocument { titel: "Nota".into(), auteur: "Raad".into(), datum: "2019".into() }),
        Bewerking::NieuweRij(false) => {
            b.historie.push(HistorieJaar { jaar: 2016, percentage_gemeente: Some(Decimal::new(7, 2)), percentage_landelijk: None })
        }
        Bewerking::WegRij(true) => {
            b.bronnen.pop();
        }
        Bewerking::WegRij(false) => {
            b.historie.pop();
        }
        Bewerking::Jaar(j) => b.financien.tekortjaar = *j,
    }
}

fn bewerkt(bws: &[Bewerking]) -> Aanvraag {
    let mut b = rijk();
    for bw in bws {
        pas_toe(&mut b, bw);
    }
    b
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Taking over every difference from B into A yields B, field by field; taking over none
    /// yields A itself. Both ways round.
    #[test]
    fn merging_all_differences_yields_the_other_and_merging_none_changes_nothing(
        bws in proptest::collection::vec(bewerking(), 0..10),
    ) {
        let a = rijk();
        let b = bewerkt(&bws);
        let alles = alle_velden(&vergelijk(&a, &b));
        let samen = neem_over(&a, &b, &alles);
        prop_assert_eq!(verschillen(&samen, &b), vec![]);
        prop_assert_eq!(&samen.id, &a.id);
        prop_assert_eq!(&neem_over(&a, &b, &BTreeSet::new()), &a);
        let terug = neem_over(&b, &a, &alle_velden(&vergelijk(&b, &a)));
        prop_assert_eq!(verschillen(&terug, &a), vec![]);
    }

    /// Taking over one field that both have changes exactly that field, to B's value.
    #[test]
    fn taking_over_one_field_changes_exactly_that_field(
        bws in proptest::collection::vec(bewerking(), 1..10),
        k in any::<prop::sample::Index>(),
    ) {
        let a = rijk();
        let b = bewerkt(&bws);
        let smal: Vec<Veld> = verschillen(&a, &b)
            .into_iter()
            .map(|d| d.veld)
            .filter(|v| v.lees(&a).is_some() && v.lees(&b).is_some() && !v.is_structureel())
            .collect();
        prop_assume!(!smal.is_empty());
        let v = k.get(&smal).clone();
        let samen = neem_over(&a, &b, &BTreeSet::from([v.clone()]));
        prop_assert_eq!(v.lees(&samen), v.lees(&b));
        let d: Vec<Veld> = verschillen(&a, &samen).into_iter().map(|d| d.veld).collect();
        prop_assert_eq!(d, vec![v]);
    }
}

/// The e2e scenario's edit: a field in A, a measure's name, a new measure, a removed one, and C.
fn collega(a: &Aanvraag) -> Aanvraag {
    let mut b = a.clone();
    b.a_analyse = format!("{}\n\nAanvulling van de afdeling Financiën.", a.a_analyse);
    b.maatregelen[1].naam = "Poortfunctie versterkt".into();
    b.maatregelen.remove(2);
    b.maatregelen.push(Maatregel { id: "m99".into(), soort: Soort::Extern, naam: "Taskforce werk".into(), ..Default::default() });
    b.c_effect = "Een nieuw beoogd effect.".into();
    b.financien.jaren[0].lasten = b.financien.jaren[0].lasten.map(|l| l + Decimal::from(1000));
    b
}

#[test]
fn differences_are_grouped_per_part_and_per_measure_in_dutch_formats() {
    let a = arnhem();
    let b = collega(&a);
    let delen = vergelijk(&a, &b);
    let onderdelen: Vec<Onderdeel> = delen.iter().map(|d| d.onderdeel).collect();
    assert_eq!(onderdelen, vec![Onderdeel::Rekenen, Onderdeel::A, Onderdeel::B, Onderdeel::C]);
    // Rekenen: the amount, with its year in the label, in euros.
    let r = &delen[0].regels[0];
    assert!(r.label.contains("over 2016") || r.label.contains("over 20"), "{}", r.label);
    assert!(r.huidig.as_deref().unwrap().starts_with("€ ") && r.ander.as_deref().unwrap().starts_with("€ "), "{r:?}");
    // B: one changed, one removed, one added measure, each with its name.
    let b_deel = &delen[2];
    assert!(b_deel.regels.is_empty());
    let ms: Vec<(&str, MaatregelStatus)> = b_deel.maatregelen.iter().map(|m| (m.id.as_str(), m.status)).collect();
    assert_eq!(
        ms,
        vec![
            (a.maatregelen[1].id.as_str(), MaatregelStatus::Gewijzigd),
            (a.maatregelen[2].id.as_str(), MaatregelStatus::Verwijderd),
            ("m99", MaatregelStatus::Toegevoegd),
        ]
    );
    assert_eq!(b_deel.maatregelen[1].naam, a.maatregelen[2].naam);
    assert_eq!(b_deel.maatregelen[2].naam, "Taskforce werk");
    let gewijzigd = &b_deel.maatregelen[0].regels;
    assert_eq!(gewijzigd.len(), 1);
    assert_eq!(gewijzigd[0].veld, Veld::Maatregel { id: a.maatregelen[1].id.clone(), veld: MaatregelVeld::Naam });
    assert_eq!(gewijzigd[0].label, "Naam van de maatregel");
    assert_eq!(gewijzigd[0].ander.as_deref(), Some("Poortfunctie versterkt"));
    // A removed measure's values are only on the current side.
    assert!(b_deel.maatregelen[1].regels.iter().all(|r| r.ander.is_none()));
    // Taking over part B only: the measures are B's, A and C stay.
    let deel_b: BTreeSet<Veld> = b_deel.velden().cloned().collect();
    let c = neem_over(&a, &b, &deel_b);
    assert_eq!(c.maatregelen, b.maatregelen);
    assert_eq!((&c.a_analyse, &c.c_effect), (&a.a_analyse, &a.c_effect));
    // One whole added measure lands where B has it: last.
    let m99: BTreeSet<Veld> = b_deel.maatregelen[2].regels.iter().map(|r| r.veld.clone()).collect();
    let c = neem_over(&a, &b, &m99);
    assert_eq!(c.maatregelen.len(), a.maatregelen.len() + 1);
    assert_eq!(c.maatregelen.last(), b.maatregelen.last());
    // Taking over one text field.
    let c = neem_over(&a, &b, &BTreeSet::from([Veld::Tekst(TekstVeld::C)]));
    assert_eq!(verschillen(&a, &c).into_iter().map(|d| d.veld).collect::<Vec<_>>(), vec![Veld::Tekst(TekstVeld::C)]);
}

#[test]
fn another_gemeente_or_year_is_named() {
    let a = arnhem();
    let mut b = a.clone();
    assert_eq!(andere_herkomst(&a, &b), None);
    b.financien.tekortjaar = 2020;
    assert_eq!(
        andere_herkomst(&a, &b).as_deref(),
        Some("Dit bestand is van gemeente Arnhem, tekortjaar 2020; uw concept is van gemeente Arnhem, tekortjaar 2019.")
    );
    b.financien.tekortjaar = 2019;
    b.gemeente = "Zevenaar".into();
    assert!(andere_herkomst(&a, &b).unwrap().starts_with("Dit bestand is van gemeente Zevenaar, tekortjaar 2019"));
    b.gemeente = String::new();
    assert!(andere_herkomst(&a, &b).unwrap().contains("(geen gemeente ingevuld)"));
    // Still comparable: the differences are there as usual.
    assert!(!vergelijk(&a, &b).is_empty());
}

#[test]
fn version_marks_are_bounded_and_never_nested() {
    let mut a = arnhem();
    markeer(&mut a, "Versie voor het college, 12-05-2027", "2027-05-12T10:00:00").unwrap();
    a.a_analyse.push_str(" Meer.");
    markeer(&mut a, "  Tweede  ", "2027-05-13T10:00:00").unwrap();
    assert_eq!(a.versies.len(), 2);
    assert_eq!(a.versies[1].naam, "Tweede");
    assert!(a.versies.iter().all(|v| v.aanvraag.versies.is_empty()), "a snapshot holds no marks");
    assert_ne!(a.versies[0].aanvraag.a_analyse, a.versies[1].aanvraag.a_analyse);
    assert_eq!(markeer(&mut a, "   ", "x"), Err(VersieFout::GeenNaam));
    // Marks are no form fields: they make no difference.
    let mut zonder = a.clone();
    zonder.versies.clear();
    assert!(verschillen(&a, &zonder).is_empty());
    assert!(velden(&a).iter().all(|v| !v.pad().contains("versie")));
    // Count bound, with a Dutch message that says what to do.
    while a.versies.len() < MAX_VERSIES {
        markeer(&mut a, "Nog een", "2027-05-14T10:00:00").unwrap();
    }
    let fout = markeer(&mut a, "Een te veel", "2027-05-15T10:00:00").unwrap_err();
    assert_eq!(fout, VersieFout::Vol);
    assert!(fout.to_string().contains("Verwijder eerst een oudere versie"), "{fout}");
    assert_eq!(a.versies.len(), MAX_VERSIES);
    // Byte bound: a big draft fills the budget before the count does.
    let mut groot = arnhem();
    groot.a_analyse = "x".repeat(MAX_VERSIE_BYTES / 3);
    markeer(&mut groot, "1", "t").unwrap();
    markeer(&mut groot, "2", "t").unwrap();
    let fout = markeer(&mut groot, "3", "t").unwrap_err();
    assert!(matches!(fout, VersieFout::TeGroot { .. }), "{fout:?}");
    assert!(fout.to_string().contains("het maximum is 2,0 MB"), "{fout}");
    assert_eq!(groot.versies.len(), 2);
}

#[test]
fn marks_travel_in_the_file_and_old_files_without_marks_still_import() {
    // An old file (the fixture has no marks) imports, and exports without a "versies" key.
    let tekst = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/arnhem-2019.json")).unwrap();
    let a = uit_json(&tekst).unwrap();
    assert!(a.versies.is_empty());
    assert!(!naar_json(&a, None).contains("\"versies\""));
    // With marks: they round-trip.
    let mut b = a.clone();
    markeer(&mut b, "Versie voor het college", "2027-05-12T10:00:00").unwrap();
    b.c_effect = "Later".into();
    let terug = uit_json(&naar_json(&b, None)).unwrap();
    assert_eq!(terug, b);
    // Restoring a mark is a merge of everything: the current state becomes the mark's, and the
    // marks stay.
    let snapshot = &terug.versies[0].aanvraag;
    let hersteld = neem_over(&terug, snapshot, &alle_velden(&vergelijk(&terug, snapshot)));
    assert!(verschillen(&hersteld, snapshot).is_empty());
    assert_eq!(hersteld.versies, terug.versies);
    // Nested marks in a file are dropped, not refused.
    let mut v: serde_json::Value = serde_json::from_str(&naar_json(&b, None)).unwrap();
    let binnen = serde_json::json!([{ "naam": "genest", "datum_tijd": "", "aanvraag": { "gemeente": "X" } }]);
    v["aanvraag"]["versies"][0]["aanvraag"]["versies"] = binnen;
    let gelezen = uit_json(&v.to_string()).unwrap();
    assert!(gelezen.versies[0].aanvraag.versies.is_empty());
    // Too many marks: a Dutch explanation with the path.
    let mut v: serde_json::Value = serde_json::from_str(&naar_json(&a, None)).unwrap();
    let een = serde_json::json!({ "naam": "v", "datum_tijd": "", "aanvraag": {} });
    v["aanvraag"]["versies"] = serde_json::Value::Array(vec![een; MAX_VERSIES + 1]);
    let fout = uit_json(&v.to_string()).unwrap_err().to_string();
    assert!(fout.contains("aanvraag.versies") && fout.contains("versiemarkeringen"), "{fout}");
    // A snapshot out of bounds is explained at its own path.
    let mut c = a.clone();
    c.versies.push(Versiemarkering { naam: "v".into(), datum_tijd: String::new(), aanvraag: a.clone() });
    c.versies[0].aanvraag.historie.push(HistorieJaar { jaar: 2012, percentage_gemeente: Some(Decimal::from(1000)), ..Default::default() });
    let fout = uit_json(&naar_json(&c, None)).unwrap_err().to_string();
    assert!(fout.contains("bij aanvraag.versies[0].aanvraag.historie[0].percentage_gemeente"), "{fout}");
    // A snapshot given as a list is refused, not read by position.
    let mut v: serde_json::Value = serde_json::from_str(&naar_json(&a, None)).unwrap();
    v["aanvraag"]["versies"] = serde_json::json!([{ "naam": "v", "aanvraag": [] }]);
    let fout = uit_json(&v.to_string()).unwrap_err().to_string();
    assert!(fout.contains("aanvraag.versies[0].aanvraag") && fout.contains("lijst"), "{fout}");
}
