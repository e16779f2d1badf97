#[test]
fn arnhem_fixture_loads() {
    let t = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/arnhem-2019.json")).unwrap();
    let a = vangnet::export::uit_json(&t).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(a.gemeente, "Arnhem");
    assert!(a.externe().count() >= 10);
    assert!(a.interne().count() >= 5);
    for m in a.externe() { assert!(!m.externe_bron.trim().is_empty() && !m.inzicht.trim().is_empty() && !m.getroffen_maatregel.trim().is_empty(), "{}", m.naam); }
}
