//! The import corpus of extreme values, generated: for every numeric field of a fully populated
//! application (the list is `velden(a)`, so a new field is covered without touching this file)
//! a file with a value just outside the field's bounds (28 digits, negative where the field
//! allows none, 1e-28 where the decimals are bounded, years at i32::MIN and i32::MAX), and a few
//! files with every numeric field at the extreme but valid edge.
//!
//! The files live in `tests/fixtures/extreem/` (the e2e test `e2e/extreem.test.mjs` imports them
//! through the start page), with `verwacht.json`: per file the Dutch message of the import, or
//! "OK". This test regenerates them all in memory and fails when a committed file is missing,
//! extra or different (stale); `VANGNET_FIXTURES_SCHRIJVEN=1 cargo test --test extreem_bestanden`
//! writes them.
//!
//! Each out-of-bounds message is checked against what the test derives itself from the field's
//! [`Grens`]: it names the field (its JSON path in the file) and the allowed range. Each valid
//! file is imported and run through the rules, the checks, the print view and the analysis.

mod common;

use common::d;

use rust_decimal::Decimal;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use vangnet::date::Date;
use vangnet::export::{naar_json, uit_json};
use vangnet::model::{Aanvraag, Ambitie, AmbitieJaar, Effect, EffectInstellingen, EffectJaar, HistorieJaar};
use vangnet::nl;
use vangnet::rules::{regels, JaarCijfers, RegelAanpassing, Voorganger};
use vangnet::veld::{velden, Grens, Veld, VeldSoort, Waarde};

fn map() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/extreem")
}

/// Arnhem 2019 cut to one measure of each kind, with every optional part present once or
/// twice (a predecessor, replaced rules with all bands, history, effect per year, ambition): a
/// small application that has every kind of field `velden` knows.
fn vol() -> Aanvraag {
    let mut a = common::arnhem();
    a.id = "extreem".into();
    let intern = a.maatregelen.iter().position(|m| m.soort == vangnet::model::Soort::Intern).unwrap();
    let extern_ = a.maatregelen.iter().position(|m| m.soort == vangnet::model::Soort::Extern).unwrap();
    a.maatregelen = vec![a.maatregelen[intern].clone(), a.maatregelen[extern_].clone()];
    for m in &mut a.maatregelen {
        m.effect = Some(Effect { minder_uitkeringen: Some(d("12")), besparing: Some(d("150000")), toelichting: "Schatting".into() });
        // Carried over from last year's draft, with what it was meant to achieve and achieved.
        m.voortgezet_sinds = Some(2018);
        m.beoogd_vorig_jaar = Some(Effect { minder_uitkeringen: Some(d("10")), besparing: Some(d("100000")), toelichting: String::new() });
        m.bereikt_vorig_jaar =
            Some(Effect { minder_uitkeringen: Some(d("8")), besparing: Some(d("90000")), toelichting: "Evaluatie".into() });
    }
    // Short texts: the files stay small; texts are not what this corpus is about.
    for m in &mut a.maatregelen {
        for t in [&mut m.omschrijving, &mut m.inzicht, &mut m.getroffen_maatregel, &mut m.externe_bron] {
            t.truncate(t.char_indices().nth(40).map_or(t.len(), |(i, _)| i));
        }
    }
    for t in [&mut a.a_analyse, &mut a.b_toelichting, &mut a.b1_toelichting, &mut a.b2_toelichting, &mut a.c_effect] {
        t.truncate(t.char_indices().nth(40).map_or(t.len(), |(i, _)| i));
    }
    a.bronnen.truncate(1);
    let r = regels(a.tekortjaar()).unwrap();
    let jaren: Vec<JaarCijfers> = a.financien.jaren.iter().filter(|c| c.jaar < a.tekortjaar()).cloned().collect();
    a.financien.voorgangers = vec![Voorganger { naam: "Voorganger".into(), jaren, verleend: Some(false) }];
    a.financien.inwoners = Some(160_000);
    a.vorig_concept = Some(vangnet::model::VorigConcept {
        id: "vorig".into(),
        gemeente: "Arnhem".into(),
        tekortjaar: 2018,
        status: Some(vangnet::model::AfloopStatus::Toegekend),
        bedrag: Some(d("1000000")),
        datum_beschikking: Date::new(2019, 12, 20),
    });
    a.regelaanpassing = Some(RegelAanpassing {
        drempel: Some(r.drempel.waarde),
        banden: Some(r.banden.waarde.clone()),
        uitgebreid_drempel: r.uitgebreid_vangnet.as_ref().map(|u| u.drempel.waarde),
        uitgebreid_banden: r.uitgebreid_vangnet.as_ref().map(|u| u.banden.waarde.clone()),
        uiterste_datum: Date::new(2020, 4, 1),
        reden: "Corpus van uitersten".into(),
    });
    a.historie = vec![
        HistorieJaar { jaar: 2017, percentage_gemeente: Some(d("0.05")), percentage_landelijk: Some(d("0.02")) },
        HistorieJaar { jaar: 2018, percentage_gemeente: Some(d("0.07")), percentage_landelijk: Some(d("0.01")) },
    ];
    a.effect_instellingen = Some(EffectInstellingen { kosten_per_uitkering: Some(d("15000")), aantal_uitkeringen: Some(d("7000")) });
    let id = a.maatregelen[0].id.clone();
    a.effect_jaren = vec![EffectJaar { maatregel_id: id, jaar: 2019, minder_uitkeringen: Some(d("10")), besparing: Some(d("120000")) }];
    let mut x = common::aef();
    x.jaren.truncate(2);
    a.ambitie = Some(Ambitie { jaren: x.jaren.into_iter().map(|j| AmbitieJaar { ..j }).collect(), ..x });
    a
}

/// The numeric fields of `a`, with their bounds.
fn getalvelden(a: &Aanvraag) -> Vec<(Veld, Grens)> {
    velden(a)
        .into_iter()
        .filter_map(|v| matches!(v.grens(), Grens::Getal { .. } | Grens::Geheel { .. }).then(|| (v.clone(), v.grens())))
        .collect()
}

/// A file name part for a field: its JSON path, without `aanvraag.`, with dots and brackets as dashes.
fn naam_van(pad: &str) -> String {
    let p = pad.strip_prefix("aanvraag.").unwrap_or(pad);
    p.chars()
        .map(|c| if c.is_ascii_alphanumeric() || c == '_' { c } else { '-' })
        .collect::<String>()
        .replace("--", "-")
        .trim_end_matches('-')
        .to_string()
}

/// Sets the value at JSON path `aanvraag.x.y[2].z` in the file `v`.
fn zet_pad(v: &mut Value, pad: &str, waarde: Value) {
    let mut hier = v;
    for deel in pad.split('.') {
        let (sleutel, indices) = match deel.find('[') {
            Some(i) => (&deel[..i], &deel[i..]),
            None => (deel, ""),
        };
        hier = hier.get_mut(sleutel).unwrap_or_else(|| panic!("{pad}: {sleutel} ontbreekt in het bestand"));
        for i in indices.split(['[', ']']).filter(|s| !s.is_empty()) {
            hier = hier.get_mut(i.parse::<usize>().unwrap()).unwrap_or_else(|| panic!("{pad}: [{i}] ontbreekt"));
        }
    }
    *hier = waarde;
}

/// A whole number in Dutch notation: -1.000.000.000.
fn heel(x: Decimal) -> String {
    let n = i64::try_from(x).unwrap();
    format!("{}{}", if n < 0 { "-" } else { "" }, nl::format_integer(n.unsigned_abs()))
}

/// The JSON path of every `jaar` in `v` (`aanvraag.historie[0].jaar`, …).
fn jaar_paden(v: &Value, pad: &str, uit: &mut Vec<String>) {
    match v {
        Value::Object(o) => {
            for (k, w) in o {
                let p = if pad.is_empty() { k.clone() } else { format!("{pad}.{k}") };
                if k == "jaar" && w.is_i64() {
                    uit.push(p);
                } else {
                    jaar_paden(w, &p, uit);
                }
            }
        }
        Value::Array(a) => {
            for (i, w) in a.iter().enumerate() {
                jaar_paden(w, &format!("{pad}[{i}]"), uit);
            }
        }
        _ => {}
    }
}

/// What the message must say about the range, derived here from the bounds.
fn bereik_tekst(soort: VeldSoort, g: Grens) -> String {
    match g {
        Grens::Getal { min, max, .. } => match soort {
            VeldSoort::Percentage => format!("{} tot en met {}", nl::format_percent(min, 0), nl::format_percent(max, 0)),
            VeldSoort::Bedrag => format!("{} tot en met {}", nl::format_money(min), nl::format_money(max)),
            _ => format!("{} tot en met {}", heel(min), heel(max)),
        },
        Grens::Geheel { min, max } => format!("{min} tot en met {max}"),
        _ => unreachable!(),
    }
}

/// One generated out-of-bounds case: the value written into the file and what the message must hold.
struct Geval {
    naam: String,
    waarde: Value,
    /// Substrings of the expected message besides the path.
    moet: Vec<String>,
}

fn gevallen(v: &Veld, g: Grens, pad: &str) -> Vec<Geval> {
    let stam = naam_van(pad);
    let mut uit = Vec::new();
    let mut geval = |soort: &str, waarde: Value, moet: Vec<String>| uit.push(Geval { naam: format!("{stam}--{soort}.json"), waarde, moet });
    match g {
        Grens::Getal { min, max, decimalen } => {
            let bereik = format!("buiten het toegestane bereik ({})", bereik_tekst(v.soort(), g));
            // 28 digits, both signs: far past every bound, still a valid decimal.
            geval("28-cijfers", Value::String("9999999999999999999999999999".into()), vec![bereik.clone()]);
            let onder = if min.is_zero() { "-1".to_string() } else { "-9999999999999999999999999999".to_string() };
            geval("negatief", Value::String(onder), vec![bereik.clone()]);
            // Just past the top.
            let net = max.checked_add(Decimal::ONE).unwrap();
            geval("net-boven", Value::String(net.to_string()), vec![bereik]);
            // 1e-28: a scale the field does not allow.
            assert!(decimalen < 28, "{v:?}: a field with 28 decimals has no scale bound to test");
            geval("1e-28", Value::String("0.0000000000000000000000000001".into()), vec![format!("meer dan {decimalen} decimalen")]);
        }
        Grens::Geheel { min, max } => {
            let bereik = format!("buiten het toegestane bereik ({})", bereik_tekst(v.soort(), g));
            geval("net-boven", Value::from(max + 1), vec![bereik.clone()]);
            geval("net-onder", Value::from(min - 1), vec![bereik.clone()]);
            for (soort, j) in [("i32-max", i32::MAX), ("i32-min", i32::MIN)] {
                if i64::from(j) > max || i64::from(j) < min {
                    let moet = bereik.clone();
                    geval(soort, Value::from(j), vec![moet]);
                }
            }
        }
        _ => unreachable!(),
    }
    uit
}

/// The valid edges: every numeric field of `a` set through [`Veld::zet`] (which refuses a value
/// outside the bounds, so each file is valid by construction).
fn rand(a: &Aanvraag, kies: impl Fn(&Veld, Grens) -> Option<Waarde>) -> Aanvraag {
    let mut b = a.clone();
    for (v, g) in getalvelden(a) {
        if let Some(w) = kies(&v, g) {
            v.zet(&mut b, w.clone()).unwrap_or_else(|e| panic!("{v:?} := {w:?}: {e:?}"));
        }
    }
    b
}

fn stap(decimalen: u32) -> Decimal {
    Decimal::new(1, decimalen)
}

/// The valid edge files: name and application.
fn randen() -> Vec<(&'static str, Aanvraag)> {
    let a = vol();
    let geen_jaar = |v: &Veld| *v == Veld::Tekortjaar;
    vec![
        // The largest values with the most decimals (999.999.999.999,999999), the rules still at 2019.
        (
            "rand-groot.json",
            rand(&a, |v, g| match g {
                Grens::Getal { max, decimalen, .. } => Some(Waarde::Getal(Some(max - stap(decimalen)))),
                Grens::Geheel { max, .. } if !geen_jaar(v) => Some(Waarde::Geheel(Some(max))),
                _ => None,
            }),
        ),
        (
            "rand-klein.json",
            rand(&a, |v, g| match g {
                Grens::Getal { min, decimalen, .. } => Some(Waarde::Getal(Some(min + stap(decimalen)))),
                Grens::Geheel { min, .. } if !geen_jaar(v) => Some(Waarde::Geheel(Some(min))),
                _ => None,
            }),
        ),
        // The smallest step each field allows (1e-6 euro, 1e-12 as a fraction).
        (
            "rand-fijn.json",
            rand(&a, |_, g| match g {
                Grens::Getal { decimalen, .. } => Some(Waarde::Getal(Some(stap(decimalen)))),
                _ => None,
            }),
        ),
        (
            "rand-nul.json",
            rand(&a, |v, g| match g {
                Grens::Getal { .. } => Some(Waarde::Getal(Some(Decimal::ZERO))),
                Grens::Geheel { min, max } if !geen_jaar(v) => Some(Waarde::Geheel(Some(0.clamp(min, max)))),
                _ => None,
            }),
        ),
        // The years at their edges too: tekortjaar 9999 (no rules for it) and the others at the
        // last year a date can have.
        ("rand-jaren.json", {
            let mut b = rand(&a, |v, g| match g {
                Grens::Getal { max, decimalen, .. } => Some(Waarde::Getal(Some(max - stap(decimalen)))),
                Grens::Geheel { max, .. } if !geen_jaar(v) => Some(Waarde::Geheel(Some(max))),
                _ => None,
            });
            // Last: with it the other fields' rules are gone.
            let Grens::Geheel { max, .. } = Veld::Tekortjaar.grens() else { unreachable!() };
            Veld::Tekortjaar.zet(&mut b, Waarde::Geheel(Some(max))).unwrap();
            b
        }),
    ]
}

/// Every pure function the pages call, on `a` (none may panic), and the exact round trip.
fn alles(a: &Aanvraag) {
    common::alle_paginafuncties(a);
    assert_eq!(&uit_json(&naar_json(a, None)).unwrap(), a, "export and import again");
}

/// The whole corpus: file name → (content, expected message or "OK").
fn corpus() -> BTreeMap<String, (String, String)> {
    let a = vol();
    let basis: Value = serde_json::from_str(&naar_json(&a, None)).unwrap();
    let mut uit = BTreeMap::new();
    let alle = getalvelden(&a);
    assert!(alle.len() >= 40, "only {} numeric fields: is the application fully populated?", alle.len());
    for soort in [VeldSoort::Bedrag, VeldSoort::Aantal, VeldSoort::Percentage, VeldSoort::Geheel] {
        assert!(alle.iter().any(|(v, _)| v.soort() == soort), "no field of kind {soort:?} in the populated application");
    }
    for (v, g) in &alle {
        let pad = v.json_pad(&a).unwrap_or_else(|| panic!("{v:?} has no place in the file"));
        for geval in gevallen(v, *g, &pad) {
            let mut f = basis.clone();
            // The derived part is ignored by the import; it only makes the files bigger.
            if let Some(o) = f.as_object_mut() {
                o.remove("afgeleid");
            }
            zet_pad(&mut f, &pad, geval.waarde.clone());
            let tekst = serde_json::to_string(&f).unwrap() + "\n";
            let fout = match uit_json(&tekst) {
                Ok(_) => panic!("{}: {pad} = {} was accepted", geval.naam, geval.waarde),
                Err(e) => e.to_string(),
            };
            // Names the field…
            assert!(fout.contains(&format!("bij {pad}:")), "{}: the message does not name {pad}: {fout}", geval.naam);
            // …and why, with the allowed range.
            for m in &geval.moet {
                assert!(fout.contains(m.as_str()), "{}: the message lacks «{m}»: {fout}", geval.naam);
            }
            assert!(!uit.contains_key(&geval.naam), "two cases named {}", geval.naam);
            uit.insert(geval.naam, (tekst, fout));
        }
    }
    // The years that key a row (a figure's year, a history year, …) are not fields of their
    // own; every `jaar` in the file at i32::MIN and i32::MAX: refused with a message naming it,
    // or read and then safe in every pure function.
    let mut sleuteljaren = Vec::new();
    jaar_paden(&basis["aanvraag"], "aanvraag", &mut sleuteljaren);
    assert!(sleuteljaren.len() >= 5, "{sleuteljaren:?}");
    for pad in sleuteljaren {
        for (soort, j) in [("i32-max", i32::MAX), ("i32-min", i32::MIN)] {
            let mut f = basis.clone();
            if let Some(o) = f.as_object_mut() {
                o.remove("afgeleid");
            }
            zet_pad(&mut f, &pad, Value::from(j));
            let tekst = serde_json::to_string(&f).unwrap() + "\n";
            let naam = format!("{}--{soort}.json", naam_van(&pad));
            let uitkomst = match uit_json(&tekst) {
                Ok(b) => {
                    alles(&b);
                    "OK".to_string()
                }
                Err(e) => {
                    let fout = e.to_string();
                    assert!(fout.starts_with("Fout in het bestand bij aanvraag."), "{naam}: {fout}");
                    fout
                }
            };
            uit.insert(naam, (tekst, uitkomst));
        }
    }
    for (naam, b) in randen() {
        let mut f: Value = serde_json::from_str(&naar_json(&b, None)).unwrap();
        if let Some(o) = f.as_object_mut() {
            o.remove("afgeleid");
        }
        let tekst = serde_json::to_string(&f).unwrap() + "\n";
        let gelezen = uit_json(&tekst).unwrap_or_else(|e| panic!("{naam} is valid but refused: {e}"));
        assert_eq!(gelezen, b, "{naam} reads back as written");
        alles(&gelezen);
        uit.insert(naam.to_string(), (tekst, "OK".to_string()));
    }
    uit
}

#[test]
fn extreme_value_files_are_current_and_each_gives_its_dutch_message() {
    let corpus = corpus();
    let dir = map();
    let verwacht: BTreeMap<&String, &String> = corpus.iter().map(|(n, (_, m))| (n, m)).collect();
    let verwacht_tekst = serde_json::to_string_pretty(&verwacht).unwrap() + "\n";
    if std::env::var_os("VANGNET_FIXTURES_SCHRIJVEN").is_some() {
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        for (naam, (tekst, _)) in &corpus {
            std::fs::write(dir.join(naam), tekst).unwrap();
        }
        std::fs::write(dir.join("verwacht.json"), &verwacht_tekst).unwrap();
    }
    let bijwerken = "run `VANGNET_FIXTURES_SCHRIJVEN=1 cargo test --test extreem_bestanden` and commit tests/fixtures/extreem/";
    let op_schijf: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|_| panic!("tests/fixtures/extreem/ is missing: {bijwerken}"))
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n != "verwacht.json")
        .collect();
    for n in &op_schijf {
        assert!(corpus.contains_key(n), "tests/fixtures/extreem/{n} is no longer generated (stale): {bijwerken}");
    }
    for (naam, (tekst, _)) in &corpus {
        let schijf =
            std::fs::read_to_string(dir.join(naam)).unwrap_or_else(|_| panic!("tests/fixtures/extreem/{naam} is missing: {bijwerken}"));
        assert!(schijf == *tekst, "tests/fixtures/extreem/{naam} is stale: {bijwerken}");
    }
    let schijf = std::fs::read_to_string(dir.join("verwacht.json")).unwrap_or_default();
    assert!(schijf == verwacht_tekst, "tests/fixtures/extreem/verwacht.json is stale: {bijwerken}");
}

#[test]
fn each_committed_file_gives_the_message_verwacht_json_names() {
    // The files as committed (not as generated): what the e2e test imports.
    let dir = map();
    let verwacht: BTreeMap<String, String> = serde_json::from_str(&std::fs::read_to_string(dir.join("verwacht.json")).unwrap()).unwrap();
    assert!(verwacht.len() >= 100, "only {} files", verwacht.len());
    for (naam, m) in &verwacht {
        let tekst = std::fs::read_to_string(dir.join(naam)).unwrap();
        match uit_json(&tekst) {
            Ok(a) => {
                assert_eq!(m, "OK", "{naam} was accepted");
                alles(&a);
            }
            Err(e) => assert_eq!(&e.to_string(), m, "{naam}"),
        }
    }
}
