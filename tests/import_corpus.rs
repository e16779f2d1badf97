//! Hostile and malformed import files: every file in `tests/fixtures/kapot/` is fed to
//! `vangnet::export::uit_json`. `verwacht.json` maps each file name to a substring the Dutch
//! error message must contain, or to "OK" when the file must be read without error.
//!
//! Files ending in `.gen` only contain the word GENERATE: their (large) content is built here at
//! run time, so no multi-megabyte file is committed.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const MIN_GEVALLEN: usize = 30;

fn map() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/kapot")
}

/// A valid envelope around an `aanvraag` object given as JSON text.
fn envelop(aanvraag: &str) -> String {
    format!("{{\"formaat\": \"vangnetuitkering-aanvraag\", \"schema_version\": 1, \"app_versie\": \"0.1.0\", \"aanvraag\": {aanvraag}}}")
}

/// Valid file whose `a_analyse` holds `n` times 'x'.
fn met_lange_analyse(n: usize) -> String {
    envelop(&format!("{{\"id\": \"groot\", \"gemeente\": \"Arnhem\", \"a_analyse\": \"{}\"}}", "x".repeat(n)))
}

/// The content of a `.gen` case.
fn genereer(naam: &str) -> String {
    match naam {
        // 10 MB: under the file limit, over the per-text limit.
        "groot-10mb.gen" => met_lange_analyse(10_000_000),
        // 25 MB: over the file limit; must be refused before parsing.
        "te-groot-25mb.gen" => met_lange_analyse(25_000_000),
        // One measure more than allowed.
        "te-veel-maatregelen.gen" => {
            let maatregelen = vec!["{}"; vangnet::export::MAX_MAATREGELEN + 1].join(",");
            envelop(&format!("{{\"id\": \"veel\", \"gemeente\": \"Arnhem\", \"maatregelen\": [{maatregelen}]}}"))
        }
        _ => panic!("onbekend .gen-geval {naam}: voeg een generator toe in tests/import_corpus.rs"),
    }
}

#[test]
fn kapotte_en_vijandige_bestanden_geven_een_duidelijke_fout() {
    let dir = map();
    let verwacht_tekst = std::fs::read_to_string(dir.join("verwacht.json")).expect("verwacht.json ontbreekt");
    let verwacht: BTreeMap<String, String> = serde_json::from_str(&verwacht_tekst).expect("verwacht.json is geen object van teksten");

    let mut namen: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().expect("bestandsnaam is geen UTF-8"))
        .filter(|n| n != "verwacht.json")
        .collect();
    namen.sort();

    assert!(namen.len() >= MIN_GEVALLEN, "maar {} gevallen; minstens {MIN_GEVALLEN} verwacht", namen.len());
    for naam in &namen {
        assert!(verwacht.contains_key(naam), "{naam} staat niet in verwacht.json");
    }
    for naam in verwacht.keys() {
        assert!(namen.contains(naam), "verwacht.json noemt {naam}, maar dat bestand bestaat niet");
    }

    let mut fouten = Vec::new();
    for naam in &namen {
        let bytes = std::fs::read(dir.join(naam)).unwrap();
        let mut tekst = String::from_utf8(bytes).unwrap_or_else(|_| panic!("{naam} is geen UTF-8"));
        if naam.ends_with(".gen") {
            assert_eq!(tekst.trim(), "GENERATE", "{naam}: een .gen-bestand bevat alleen het woord GENERATE");
            tekst = genereer(naam);
        }
        let verwacht = &verwacht[naam];
        let uitkomst = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| vangnet::export::uit_json(&tekst)));
        match (uitkomst, verwacht.as_str()) {
            (Err(_), _) => fouten.push(format!("{naam}: PANIEK in uit_json")),
            (Ok(Ok(_)), "OK") => {}
            (Ok(Err(e)), "OK") => fouten.push(format!("{naam}: zou moeten lukken, maar gaf: {e}")),
            (Ok(Ok(_)), v) => fouten.push(format!("{naam}: werd ingelezen, maar er werd een fout verwacht met {v:?}")),
            (Ok(Err(e)), v) => {
                let m = e.to_string();
                if !m.contains(v) {
                    fouten.push(format!("{naam}: melding {m:?} bevat niet {v:?}"));
                }
            }
        }
    }
    assert!(fouten.is_empty(), "{} van {} gevallen fout:\n{}", fouten.len(), namen.len(), fouten.join("\n"));
}

/// Prints every case's actual message (`cargo test --test import_corpus -- --ignored --nocapture`).
#[test]
#[ignore]
fn toon_meldingen() {
    let dir = map();
    let mut namen: Vec<String> =
        std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).filter(|n| n != "verwacht.json").collect();
    namen.sort();
    for naam in namen {
        let mut tekst = std::fs::read_to_string(dir.join(&naam)).unwrap();
        if naam.ends_with(".gen") {
            tekst = genereer(&naam);
        }
        match vangnet::export::uit_json(&tekst) {
            Ok(_) => println!("{naam}\tOK"),
            Err(e) => println!("{naam}\t{e}"),
        }
    }
}
