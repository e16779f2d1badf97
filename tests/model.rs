//! The application model, its checks and its file format: the Arnhem 2019 fixture (seed 000),
//! the JSON Schema kept in step with the code, and export → import → export for any application.

mod common;

use common::arnhem;
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::Value;
use std::collections::BTreeSet;
use vangnet::checks::{catalogus_regel, controleer, in_catalogus};
use vangnet::date::Date;
use vangnet::export::{naar_json, uit_json};
use vangnet::model::{
    Aanvraag, AfloopStatus, Ambitie, AmbitieJaar, Brondocument, Effect, EffectInstellingen, EffectJaar, HistorieJaar, Maatregel,
    OndertekeningCollege, OndertekeningRaad, Soort, VorigConcept,
};
use vangnet::rules::{Band, Ernst, Invoer, JaarCijfers, RegelAanpassing, Voorganger};

fn arnhem_getekend() -> Aanvraag {
    let mut a = arnhem();
    a.d_college =
        OndertekeningCollege { datum: Date::new(2020, 6, 23), secretaris: "M. de Secretaris".into(), burgemeester: "A. Marcouch".into() };
    a.raad = OndertekeningRaad { datum: Date::new(2020, 7, 6), voorzitter: "A. Marcouch".into(), griffier: "G. de Griffier".into() };
    a
}

fn fout_ids(a: &Aanvraag) -> BTreeSet<String> {
    controleer(a, None).into_iter().filter(|c| c.ernst == Ernst::Fout).map(|c| c.id).collect()
}

#[test]
fn arnhem_2019_passes_every_fout_check_once_signed() {
    let a = arnhem();
    assert_eq!(a.versie(), vangnet::rules::Versie::Uitgebreid);
    let ongetekend = fout_ids(&a);
    assert_eq!(
        ongetekend,
        ["d.burgemeester", "d.datum", "d.secretaris", "raad.datum", "raad.griffier", "raad.voorzitter"].map(String::from).into()
    );
    let a = arnhem_getekend();
    assert_eq!(fout_ids(&a), BTreeSet::new(), "{:#?}", controleer(&a, None));
    // The rules agree with the seed: 9,0% and a right to a grant.
    let u = a.uitkomst(Date::new(2020, 7, 10)).unwrap();
    assert_eq!(vangnet::nl::format_percent(u.jaren[0].percentage.unwrap(), 1), "9,0%");
    assert_eq!(u.dagen_over, Some(36));
}

/// A named change to an application and the one check it must produce.
type Geval = (&'static str, String, Box<dyn Fn(&mut Aanvraag)>);

#[test]
fn removing_any_mandatory_answer_gives_exactly_its_check() {
    let basis = arnhem_getekend();
    let eerste_extern = basis.maatregelen.iter().position(|m| m.soort == Soort::Extern).unwrap();
    let id = basis.maatregelen[eerste_extern].id.clone();
    let gevallen: Vec<Geval> = vec![
        ("gemeente", "gemeente.leeg".into(), Box::new(|a| a.gemeente = "  ".into())),
        ("A", "a.leeg".into(), Box::new(|a| a.a_analyse = "\n\t ".into())),
        ("C", "c.leeg".into(), Box::new(|a| a.c_effect.clear())),
        ("D datum", "d.datum".into(), Box::new(|a| a.d_college.datum = None)),
        ("secretaris", "d.secretaris".into(), Box::new(|a| a.d_college.secretaris.clear())),
        ("burgemeester", "d.burgemeester".into(), Box::new(|a| a.d_college.burgemeester = " ".into())),
        ("raad datum", "raad.datum".into(), Box::new(|a| a.raad.datum = None)),
        ("voorzitter", "raad.voorzitter".into(), Box::new(|a| a.raad.voorzitter.clear())),
        ("griffier", "raad.griffier".into(), Box::new(|a| a.raad.griffier.clear())),
        ("B2 a", format!("b2.{id}.bron"), Box::new(move |a| a.maatregelen[eerste_extern].externe_bron.clear())),
        ("B2 b", format!("b2.{id}.inzicht"), Box::new(move |a| a.maatregelen[eerste_extern].inzicht = " ".into())),
        ("B2 c", format!("b2.{id}.maatregel"), Box::new(move |a| a.maatregelen[eerste_extern].getroffen_maatregel.clear())),
        ("naam", format!("maatregel.{id}.naam"), Box::new(move |a| a.maatregelen[eerste_extern].naam.clear())),
        ("all internal", "b1.geen".into(), Box::new(|a| a.maatregelen.retain(|m| m.soort == Soort::Extern))),
        ("all external", "b2.geen".into(), Box::new(|a| a.maatregelen.retain(|m| m.soort == Soort::Intern))),
        (
            "grant answers",
            "versie.onbekend".into(),
            Box::new(|a| {
                a.financien.verleend_vorig_jaar = None;
                a.financien.verleend_twee_jaar_terug = Some(false);
            }),
        ),
        ("raad before college", "raad.voor_college".into(), Box::new(|a| a.raad.datum = Date::new(2020, 6, 1))),
        (
            "measure before t",
            format!("maatregel.{id}.datum_te_vroeg"),
            Box::new(move |a| a.maatregelen[eerste_extern].datum_getroffen = Date::new(2018, 12, 31)),
        ),
        (
            "measure after signing",
            format!("maatregel.{id}.datum_te_laat"),
            Box::new(move |a| a.maatregelen[eerste_extern].datum_getroffen = Date::new(2020, 6, 24)),
        ),
        ("no right", "recht.geen".into(), Box::new(|a| a.financien.jaren[0].lasten = Some(Decimal::from(100_000_000)))),
    ];
    for (naam, verwacht, wijzig) in gevallen {
        let mut a = basis.clone();
        wijzig(&mut a);
        let ids = fout_ids(&a);
        assert_eq!(ids, [verwacht.clone()].into(), "{naam}");
        assert!(in_catalogus(&verwacht), "{verwacht} is documented in CATALOGUS");
    }
    // Signed one day after the deadline by both: both late, nothing else.
    let mut a = basis.clone();
    a.d_college.datum = Date::new(2020, 8, 16);
    a.raad.datum = Date::new(2020, 8, 16);
    assert_eq!(fout_ids(&a), ["d.te_laat".to_string(), "raad.te_laat".to_string()].into());
    // On the deadline itself: in time.
    a.d_college.datum = Date::new(2020, 8, 15);
    a.raad.datum = Date::new(2020, 8, 15);
    assert_eq!(fout_ids(&a), BTreeSet::new());
    // A basisverzoek without any B answer.
    let mut a = basis.clone();
    a.financien.verleend_vorig_jaar = Some(false);
    a.financien.verleend_twee_jaar_terug = Some(false);
    a.maatregelen.clear();
    a.b_toelichting.clear();
    assert_eq!(fout_ids(&a), ["b.leeg".to_string()].into());
}

#[test]
fn advisory_checks_are_warnings() {
    let mut a = arnhem_getekend();
    a.a_analyse = "Het tekort komt door het verdeelmodel.".into();
    a.c_effect = "Wij verwachten dat de aanpak werkt zoals beschreven onder B.".into();
    let w: BTreeSet<String> = controleer(&a, None).into_iter().filter(|c| c.ernst == Ernst::Waarschuwing).map(|c| c.id).collect();
    assert!(w.contains("a.omvang") && w.contains("c.effect"), "{w:?}");
    assert_eq!(fout_ids(&a), BTreeSet::new());
    let d = controleer(&a, Date::new(2020, 8, 1));
    assert!(d.iter().any(|c| c.id == "termijn.dichtbij" && c.tekst.contains("Nog 14 dagen")));
    let d = controleer(&a, Date::new(2020, 8, 16));
    assert!(d.iter().any(|c| c.id == "termijn.verstreken" && c.ernst == Ernst::Fout));
}

#[test]
fn every_emitted_check_is_in_the_catalogue_with_its_severity() {
    let mut leeg = Aanvraag::nieuw("x", 2016);
    leeg.maatregelen.push(Maatregel { id: "m1".into(), soort: Soort::Extern, ..Default::default() });
    for a in [leeg, Aanvraag::nieuw("y", 2025), arnhem()] {
        for c in controleer(&a, Date::new(2030, 1, 1)) {
            let (_, _, ernst, _) = catalogus_regel(&c.id).unwrap_or_else(|| panic!("{} not in CATALOGUS", c.id));
            assert_eq!(*ernst, c.ernst, "{}", c.id);
            assert!(vangnet::veld::velden(&a).contains(&c.veld), "{} names {}, which {} does not have", c.id, c.veld, a.id);
            assert!(!c.tekst.is_empty());
        }
    }
}

// ---- JSON Schema: a small validator for the keywords the schema uses, and a drift test ----

fn schema() -> Value {
    serde_json::from_str(include_str!("../schema/aanvraag.schema.json")).unwrap()
}

fn oplossen<'a>(root: &'a Value, s: &'a Value) -> &'a Value {
    match s.get("$ref").and_then(Value::as_str) {
        Some(r) => root.pointer(r.trim_start_matches('#')).unwrap_or_else(|| panic!("bad $ref {r}")),
        None => s,
    }
}

fn type_past(t: &str, v: &Value) -> bool {
    match t {
        "string" => v.is_string(),
        "integer" => v.is_i64() || v.is_u64(),
        "boolean" => v.is_boolean(),
        "object" => v.is_object(),
        "array" => v.is_array(),
        "null" => v.is_null(),
        _ => panic!("type {t} not supported by this validator"),
    }
}

fn patroon_past(p: &str, s: &str) -> bool {
    match p {
        "^-?[0-9]{1,28}(\\.[0-9]{1,28})?$" => s.parse::<Decimal>().is_ok() && !s.contains(['e', 'E', '+']) && !s.starts_with('.'),
        "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" => Date::parse_iso(s).is_some(),
        _ => panic!("pattern {p} not supported by this validator; add it"),
    }
}

fn valideer(root: &Value, s: &Value, v: &Value, pad: &str, fouten: &mut Vec<String>) {
    let s = oplossen(root, s);
    if let Some(k) = s.get("const") {
        if k != v {
            fouten.push(format!("{pad}: expected {k}"));
        }
    }
    if let Some(e) = s.get("enum").and_then(Value::as_array) {
        if !e.contains(v) {
            fouten.push(format!("{pad}: not in enum"));
        }
    }
    if let Some(one) = s.get("oneOf").and_then(Value::as_array) {
        let passend = one
            .iter()
            .filter(|o| {
                let mut f = Vec::new();
                valideer(root, o, v, pad, &mut f);
                f.is_empty()
            })
            .count();
        if passend != 1 {
            fouten.push(format!("{pad}: matches {passend} of oneOf"));
        }
    }
    match s.get("type") {
        Some(Value::String(t)) if !type_past(t, v) => fouten.push(format!("{pad}: not {t}")),
        Some(Value::Array(ts)) if !ts.iter().any(|t| type_past(t.as_str().unwrap(), v)) => fouten.push(format!("{pad}: wrong type")),
        _ => {}
    }
    if let (Some(p), Some(st)) = (s.get("pattern").and_then(Value::as_str), v.as_str()) {
        if !patroon_past(p, st) {
            fouten.push(format!("{pad}: \"{st}\" does not match {p}"));
        }
    }
    if let Some(o) = v.as_object() {
        let props = s.get("properties").and_then(Value::as_object);
        for r in s.get("required").and_then(Value::as_array).into_iter().flatten() {
            if !o.contains_key(r.as_str().unwrap()) {
                fouten.push(format!("{pad}: missing {r}"));
            }
        }
        for (k, w) in o {
            match props.and_then(|p| p.get(k)) {
                Some(ks) => valideer(root, ks, w, &format!("{pad}.{k}"), fouten),
                None if s.get("additionalProperties") == Some(&Value::Bool(false)) => fouten.push(format!("{pad}.{k}: not in schema")),
                None => {}
            }
        }
    }
    if let (Some(items), Some(a)) = (s.get("items"), v.as_array()) {
        for (i, w) in a.iter().enumerate() {
            valideer(root, items, w, &format!("{pad}[{i}]"), fouten);
        }
    }
}

fn schema_fouten(json: &str) -> Vec<String> {
    let root = schema();
    let mut f = Vec::new();
    valideer(&root, &root, &serde_json::from_str(json).unwrap(), "$", &mut f);
    f
}

/// Every property path the schema allows under `aanvraag` (following $ref, oneOf and items).
fn schema_paden(root: &Value, s: &Value, pad: &str, uit: &mut BTreeSet<String>, diepte: u32) {
    if diepte > 12 {
        return;
    }
    // A version mark's snapshot is an application again ($ref): its paths are the ones above.
    if pad.ends_with(".versies[].aanvraag") {
        return;
    }
    let s = oplossen(root, s);
    for o in s.get("oneOf").and_then(Value::as_array).into_iter().flatten() {
        schema_paden(root, o, pad, uit, diepte + 1);
    }
    if let Some(items) = s.get("items") {
        schema_paden(root, items, &format!("{pad}[]"), uit, diepte + 1);
    }
    for (k, ks) in s.get("properties").and_then(Value::as_object).into_iter().flatten() {
        let p = format!("{pad}.{k}");
        uit.insert(p.clone());
        schema_paden(root, ks, &p, uit, diepte + 1);
    }
}

fn waarde_paden(v: &Value, pad: &str, uit: &mut BTreeSet<String>) {
    if pad.ends_with(".versies[].aanvraag") {
        return;
    }
    match v {
        Value::Object(o) => {
            for (k, w) in o {
                let p = format!("{pad}.{k}");
                uit.insert(p.clone());
                waarde_paden(w, &p, uit);
            }
        }
        Value::Array(a) => a.iter().for_each(|w| waarde_paden(w, &format!("{pad}[]"), uit)),
        _ => {}
    }
}

/// An application with every optional part present, so every field appears in its JSON.
fn volledig() -> Aanvraag {
    let d = |s: &str| s.parse::<Decimal>().unwrap();
    let mut a = arnhem_getekend();
    a.financien.voorgangers = vec![Voorganger {
        naam: "Oud".into(),
        jaren: vec![JaarCijfers::volledig(2018, d("1"), d("0"), d("0"), d("1"))],
        verleend: Some(false),
    }];
    a.financien.inwoners = Some(160_000);
    a.regelaanpassing = Some(RegelAanpassing {
        drempel: Some(d("0.05")),
        banden: Some(vec![Band { vanaf: d("0.05"), aandeel: d("0.5") }]),
        uitgebreid_drempel: Some(d("0.05")),
        uitgebreid_banden: Some(vec![Band { vanaf: d("0.05"), aandeel: d("0.5") }]),
        uiterste_datum: Date::new(2020, 8, 15),
        reden: "test".into(),
    });
    a.scenario_eigen_risico = true;
    a.maatregelen[0].datum_getroffen = Date::new(2019, 3, 1);
    a.maatregelen[0].effect = Some(Effect { minder_uitkeringen: Some(d("12")), besparing: Some(d("150000.50")), toelichting: "x".into() });
    a.bronnen.push(Brondocument { titel: "t".into(), auteur: "a".into(), datum: "2020".into() });
    a.historie = vec![HistorieJaar { jaar: 2009, percentage_gemeente: Some(d("-0.032")), percentage_landelijk: Some(d("0.01")) }];
    a.effect_instellingen = Some(EffectInstellingen { kosten_per_uitkering: Some(d("15000")), aantal_uitkeringen: Some(d("7700.5")) });
    let id = a.maatregelen[0].id.clone();
    a.effect_jaren = vec![EffectJaar { maatregel_id: id, jaar: 2020, minder_uitkeringen: Some(d("10")), besparing: Some(d("150000")) }];
    a.vorig_concept = Some(VorigConcept {
        id: "v".into(),
        gemeente: "Arnhem".into(),
        tekortjaar: 2018,
        status: Some(AfloopStatus::Toegekend),
        bedrag: Some(d("1250000")),
        datum_beschikking: Date::new(2020, 12, 1),
    });
    a.te_herzien = vec!["a_analyse".into()];
    a.maatregelen[0].voortgezet_sinds = Some(2017);
    a.maatregelen[0].beoogd_vorig_jaar =
        Some(Effect { minder_uitkeringen: Some(d("10")), besparing: Some(d("100000")), toelichting: String::new() });
    a.maatregelen[0].bereikt_vorig_jaar =
        Some(Effect { minder_uitkeringen: Some(d("8")), besparing: Some(d("80000")), toelichting: "e".into() });
    a.ambitie = Some(Ambitie {
        startjaar: Some(2018),
        startaantal: Some(d("7700")),
        extra_daling: Some(d("500")),
        aantal_jaren: Some(4),
        jaren: vec![AmbitieJaar {
            jaar: 2018,
            trend_prognose: Some(d("-0.024")),
            trend_realisatie: Some(d("-0.028")),
            aantal: Some(d("7350")),
        }],
    });
    let mut snapshot = a.clone();
    snapshot.a_analyse = "Een eerdere tekst".into();
    a.versies = vec![vangnet::model::Versiemarkering {
        naam: "Versie voor het college".into(),
        datum_tijd: "2020-05-12T10:00:00".into(),
        aanvraag: snapshot,
    }];
    a.raadsstukken = Some(vangnet::model::Raadsstukken {
        aanleiding: Some("a".into()),
        tekort: Some("t".into()),
        maatregelen: Some("m".into()),
        overwegingen: Some("o".into()),
    });
    a
}

#[test]
fn the_export_validates_against_the_schema_and_the_schema_lists_exactly_the_fields() {
    for a in [Aanvraag::nieuw("leeg", 2024), arnhem(), volledig()] {
        let json = naar_json(&a, Date::new(2020, 7, 1));
        assert_eq!(schema_fouten(&json), Vec::<String>::new());
    }
    let root = schema();
    let mut in_schema = BTreeSet::new();
    schema_paden(&root, &root["$defs"]["aanvraag"], "aanvraag", &mut in_schema, 0);
    let mut in_code = BTreeSet::new();
    let v: Value = serde_json::from_str(&naar_json(&volledig(), None)).unwrap();
    waarde_paden(&v["aanvraag"], "aanvraag", &mut in_code);
    assert_eq!(
        in_schema.difference(&in_code).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "fields in schema/aanvraag.schema.json that the code no longer writes"
    );
    assert_eq!(in_code.difference(&in_schema).collect::<Vec<_>>(), Vec::<&String>::new(), "fields the code writes that the schema lacks");
    // And the validator is not a pushover.
    assert!(!schema_fouten(r#"{"formaat":"vangnetuitkering-aanvraag","schema_version":1,"aanvraag":{"financien":{"tekortjaar":2019,"jaren":[{"jaar":2019,"lasten":12.5}]}}}"#).is_empty());
    assert!(!schema_fouten(r#"{"formaat":"vangnetuitkering-aanvraag","schema_version":1,"aanvraag":{"kleur":"rood"}}"#).is_empty());
    // The derived outcome's provisional reasons are typed objects, and the schema holds them to it.
    let json = naar_json(&arnhem(), None);
    let v: Value = serde_json::from_str(&json).unwrap();
    let voorlopig = v["afgeleid"]["uitkomst"]["voorlopig"].as_array().unwrap();
    assert!(!voorlopig.is_empty() && voorlopig.iter().all(|r| r["soort"] == "onzeker" && r["tekst"].is_string()), "{voorlopig:?}");
    let oud = r#"{"formaat":"vangnetuitkering-aanvraag","schema_version":1,"aanvraag":{},"afgeleid":{"uitkomst":{"voorlopig":["tekst"]}}}"#;
    assert!(!schema_fouten(oud).is_empty());
}

// ---- export → import → export for any application ----

fn tekst() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[ a-zA-Z0-9€,.\n-]{0,40}",
        Just("<script>alert(1)</script> \"><svg onload=alert(1)> javascript:alert(1) \u{202E}evil".to_string()),
        any::<String>(),
    ]
}

fn bedrag() -> impl Strategy<Value = Option<Decimal>> {
    proptest::option::of((-1_000_000_000_000i64..1_000_000_000_000, 0u32..4).prop_map(|(m, s)| Decimal::new(m, s)))
}

/// A count within the import bounds (`veld::MAX_AANTAL`).
fn aantal() -> impl Strategy<Value = Option<Decimal>> {
    proptest::option::of((-1_000_000_000i64..1_000_000_000, 0u32..4).prop_map(|(m, s)| Decimal::new(m, s)))
}

/// A fraction within the import bounds (`veld::MAX_FRACTIE`: ±10.000%).
fn fractie() -> impl Strategy<Value = Option<Decimal>> {
    proptest::option::of((-100_000i64..100_000, 3u32..8).prop_map(|(m, s)| Decimal::new(m, s)))
}

fn datum() -> impl Strategy<Value = Option<Date>> {
    proptest::option::of((1990i32..2040, 1u32..13, 1u32..29).prop_map(|(j, m, d)| Date::new(j, m, d).unwrap()))
}

fn maatregel() -> impl Strategy<Value = Maatregel> {
    (tekst(), any::<bool>(), tekst(), tekst(), tekst(), datum(), proptest::option::of((aantal(), bedrag(), tekst()))).prop_map(
        |(naam, extern_, bron, inzicht, getroffen, d, effect)| Maatregel {
            id: format!("m{}", naam.len()),
            soort: if extern_ { Soort::Extern } else { Soort::Intern },
            naam: naam.clone(),
            groep: naam,
            omschrijving: bron.clone(),
            externe_bron: bron,
            inzicht,
            getroffen_maatregel: getroffen,
            datum_getroffen: d,
            effect: effect.map(|(m, b, t)| Effect { minder_uitkeringen: m, besparing: b, toelichting: t }),
            ..Maatregel::default()
        },
    )
}

/// The optional analysis parts (issue 7).
fn analyse_delen() -> impl Strategy<Value = (Vec<HistorieJaar>, Option<EffectInstellingen>, Vec<EffectJaar>, Option<Ambitie>)> {
    let historie = proptest::collection::vec(
        (2000i32..2030, fractie(), fractie()).prop_map(|(jaar, g, l)| HistorieJaar {
            jaar,
            percentage_gemeente: g,
            percentage_landelijk: l,
        }),
        0..4,
    );
    let instellingen =
        proptest::option::of((bedrag(), aantal()).prop_map(|(k, n)| EffectInstellingen { kosten_per_uitkering: k, aantal_uitkeringen: n }));
    let effect_jaren = proptest::collection::vec(
        (0u32..6, 2015i32..2030, aantal(), bedrag()).prop_map(|(id, jaar, m, b)| EffectJaar {
            maatregel_id: format!("m{id}"),
            jaar,
            minder_uitkeringen: m,
            besparing: b,
        }),
        0..4,
    );
    let ambitie = proptest::option::of(
        (
            proptest::option::of(2000i32..2030),
            aantal(),
            aantal(),
            proptest::option::of(0u32..60),
            proptest::collection::vec(
                (2015i32..2030, fractie(), fractie(), aantal()).prop_map(|(jaar, p, r, n)| AmbitieJaar {
                    jaar,
                    trend_prognose: p,
                    trend_realisatie: r,
                    aantal: n,
                }),
                0..5,
            ),
        )
            .prop_map(|(startjaar, startaantal, extra_daling, aantal_jaren, jaren)| Ambitie {
                startjaar,
                startaantal,
                extra_daling,
                aantal_jaren,
                jaren,
            }),
    );
    (historie, instellingen, effect_jaren, ambitie)
}

fn aanvraag() -> impl Strategy<Value = Aanvraag> {
    (
        (tekst(), 2000i32..2030, proptest::collection::vec((2010i32..2030, bedrag(), bedrag(), bedrag(), bedrag()), 0..5)),
        (proptest::option::of(any::<bool>()), proptest::option::of(any::<bool>()), proptest::option::of(0u64..2_000_000)),
        (tekst(), tekst(), tekst(), proptest::collection::vec(maatregel(), 0..4)),
        (datum(), tekst(), datum(), tekst()),
        analyse_delen(),
    )
        .prop_map(
            |(
                (gemeente, jaar, jaren),
                (v1, v2, inwoners),
                (a, b, c, maatregelen),
                (dd, naam, rd, griffier),
                (historie, effect_instellingen, effect_jaren, ambitie),
            )| Aanvraag {
                id: "p".into(),
                gemeente,
                financien: Invoer {
                    tekortjaar: jaar,
                    jaren: jaren
                        .into_iter()
                        .map(|(j, l, r, d, b)| JaarCijfers { jaar: j, lasten: l, baten: r, fout_onzeker: d, budget: b })
                        .collect(),
                    voorgangers: vec![],
                    inwoners,
                    verleend_vorig_jaar: v1,
                    verleend_twee_jaar_terug: v2,
                },
                regelaanpassing: None,
                scenario_eigen_risico: jaar % 2 == 0,
                a_analyse: a,
                b_toelichting: b.clone(),
                b1_toelichting: b,
                b2_toelichting: String::new(),
                // Ids as the app makes them: unique, by position.
                maatregelen: maatregelen.into_iter().enumerate().map(|(i, m)| Maatregel { id: format!("m{}", i + 1), ..m }).collect(),
                c_effect: c,
                d_college: OndertekeningCollege { datum: dd, secretaris: naam.clone(), burgemeester: naam },
                raad: OndertekeningRaad { datum: rd, voorzitter: griffier.clone(), griffier },
                bronnen: vec![],
                historie,
                effect_instellingen,
                effect_jaren,
                ambitie,
                ..Aanvraag::default()
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn any_application_survives_export_import_export(a in aanvraag()) {
        let een = naar_json(&a, None);
        let terug = uit_json(&een).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&terug, &a);
        prop_assert_eq!(naar_json(&terug, None), een.clone());
        prop_assert_eq!(schema_fouten(&een), Vec::<String>::new());
    }
}

/// The fixtures are what this version writes, so the browser tests can compare an export with
/// them exactly. After a model change: `UPDATE_FIXTURES=1 cargo test --test model fixtures_are_canonical`.
#[test]
fn fixtures_are_canonical() {
    let pad = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/arnhem-2019.json");
    let tekst = std::fs::read_to_string(pad).unwrap();
    let gelezen: Value = serde_json::from_str(&tekst).unwrap();
    let a = uit_json(&tekst).unwrap();
    let opnieuw: Value = serde_json::from_str(&naar_json(&a, None)).unwrap();
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        let v = serde_json::json!({
            "formaat": gelezen["formaat"], "schema_version": gelezen["schema_version"],
            "app_versie": gelezen["app_versie"], "aanvraag": opnieuw["aanvraag"],
        });
        std::fs::write(pad, serde_json::to_string_pretty(&v).unwrap() + "\n").unwrap();
        return;
    }
    assert!(
        gelezen["aanvraag"] == opnieuw["aanvraag"],
        "tests/fixtures/arnhem-2019.json is not in canonical form; regenerate it (see the comment)"
    );
}
