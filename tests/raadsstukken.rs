//! The raad's documents (`vangnet::raadsstukken`) from the Arnhem 2019 application: the figures
//! come from the rules and follow the application, edited texts are stored and only those, and
//! the instemming is explained in the form's own words.

mod common;

use vangnet::document::{Blok, Document, Stuk};
use vangnet::raadsstukken::{raadsbesluit, raadsvoorstel, tekst, voorgesteld};
use vangnet::veld::{RaadsstukVeld, Veld, Waarde};

/// All text of a document, one block a line.
fn platte_tekst(d: &Document) -> String {
    fn stukken(s: &[Stuk]) -> String {
        s.iter()
            .map(|s| match s {
                Stuk::Tekst(t) | Stuk::Vet(t) => t.as_str(),
                Stuk::Regelovergang => "\n",
            })
            .collect()
    }
    fn blok(b: &Blok, uit: &mut String) {
        match b {
            Blok::Kop { tekst, .. } | Blok::Opmerking(tekst) => uit.push_str(tekst),
            Blok::Alinea(s) => uit.push_str(&stukken(s)),
            Blok::Lijst(l) => l.items.iter().for_each(|i| {
                uit.push_str(&stukken(&i.stukken));
                uit.push('\n');
            }),
            Blok::Tabel(t) => t.rijen.iter().chain(std::iter::once(&t.kop)).for_each(|r| uit.push_str(&r.join(" | "))),
            Blok::Tussenkop(t) => uit.push_str(t),
            Blok::Formuliertekst(bs) | Blok::Antwoord(bs) | Blok::Bijeen(bs) => bs.iter().for_each(|b| blok(b, uit)),
            Blok::Sectie(s) => s.blokken.iter().for_each(|b| blok(b, uit)),
            Blok::Ondertekening(o) => o.ondertekenaars.iter().for_each(|(f, n)| uit.push_str(&format!("{f} {n}\n"))),
            Blok::Grafiek(_) | Blok::NieuwePagina => {}
        }
        uit.push('\n');
    }
    let mut uit = d.titel.clone() + "\n";
    d.blokken.iter().for_each(|b| blok(b, &mut uit));
    uit
}

#[test]
fn raadsvoorstel_holds_the_figures_the_certainty_the_form_version_the_deadline_and_the_forms_words() {
    let a = common::arnhem();
    let u = a.uitkomst(None).unwrap();
    let t = platte_tekst(&raadsvoorstel(&a, Some(&u)));
    for deel in [
        "Voorgesteld besluit",
        "in te stemmen met de verklaring van het college van burgemeester en wethouders van Arnhem bij de aanvraag vangnetuitkering Participatiewet over 2019",
        "Aanleiding",
        // The tekort and its history, from the rules.
        "tekort op het BUIG-budget van € 9.198.000: 9,00% van het budget van € 102.200.000",
        "2017 | € 99.000.000",
        // The expected grant and how certain: the 2019 rules rest on unverified parameters.
        "vangnetuitkering van € 766.500",
        "Dit bedrag is voorlopig",
        // Form version and why.
        "formulier voor het uitgebreid verzoek",
        u.formulier.reden.trim(),
        // The deadline.
        "uiterlijk 15 augustus 2020",
        // The form's own words: consent with the declaration, not with the measures.
        "De instemming heeft geen betrekking op het inhoudelijk oordeel",
        "niet met de maatregelen zelf",
        "Bemiddelen aan de poort",
        "De secretaris",
    ] {
        assert!(t.contains(deel), "missing {deel:?} in\n{t}");
    }
}

#[test]
fn raadsbesluit_has_the_beslispunt_the_meeting_date_and_both_signatures() {
    let mut a = common::arnhem();
    let u = a.uitkomst(None).ok();
    let t = platte_tekst(&raadsbesluit(&a, u.as_ref()));
    assert!(t.contains("De raad van de gemeente Arnhem;"));
    assert!(t.contains("besluit:"));
    assert!(t.contains("in te stemmen met de verklaring van het college"));
    assert!(t.contains("De voorzitter") && t.contains("De griffier"), "{t}");
    a.raad.datum = vangnet::date::Date::new(2020, 7, 9);
    let t = platte_tekst(&raadsbesluit(&a, u.as_ref()));
    assert!(t.contains("Aldus besloten in de openbare vergadering van 9 juli 2020."), "{t}");
    a.raad.datum = None;
    let t = platte_tekst(&raadsbesluit(&a, u.as_ref()));
    assert!(t.contains("vergadering van ____") && t.contains("De datum van de raadsvergadering vult u in bij onderdeel 2"), "{t}");
}

#[test]
fn generated_text_follows_the_figures_until_edited_and_only_edits_are_stored() {
    let mut a = common::arnhem();
    assert_eq!(a.raadsstukken, None);
    let voor = tekst(RaadsstukVeld::Tekort, &a, a.uitkomst(None).ok().as_ref());
    assert!(voor.contains("€ 9.198.000"), "{voor}");
    // A figure changes: the generated text follows.
    let b = a.financien.jaren.iter_mut().find(|j| j.jaar == 2019).unwrap();
    b.lasten = b.lasten.map(|l| l + rust_decimal::Decimal::from(1000));
    let na = tekst(RaadsstukVeld::Tekort, &a, a.uitkomst(None).ok().as_ref());
    assert!(na.contains("€ 9.199.000"), "{na}");
    // An edit is stored through the field and wins over the generated text …
    Veld::Raadsstuk(RaadsstukVeld::Aanleiding).zet(&mut a, Waarde::Tekst("Eigen aanleiding.".into())).unwrap();
    assert_eq!(a.raadsstukken.as_ref().and_then(|r| r.aanleiding.as_deref()), Some("Eigen aanleiding."));
    assert_eq!(a.raadsstukken.as_ref().and_then(|r| r.tekort.as_ref()), None);
    let u = a.uitkomst(None).ok();
    assert!(platte_tekst(&raadsvoorstel(&a, u.as_ref())).contains("Eigen aanleiding."));
    // … travels through the file …
    let json = vangnet::export::naar_json(&a, None);
    assert!(json.contains("\"raadsstukken\""));
    assert_eq!(vangnet::export::uit_json(&json).unwrap().raadsstukken, a.raadsstukken);
    // … and emptying it goes back to the generated text, leaving the file as it was.
    Veld::Raadsstuk(RaadsstukVeld::Aanleiding).zet(&mut a, Waarde::Tekst("  ".into())).unwrap();
    assert_eq!(a.raadsstukken, None);
    assert_eq!(tekst(RaadsstukVeld::Aanleiding, &a, u.as_ref()), voorgesteld(RaadsstukVeld::Aanleiding, &a, u.as_ref()));
    assert!(!vangnet::export::naar_json(&a, None).contains("raadsstukken"));
}

#[test]
fn without_figures_or_gemeente_the_documents_say_what_is_missing() {
    let a = vangnet::model::Aanvraag::nieuw("x", 2019);
    let u = a.uitkomst(None).ok();
    let t = platte_tekst(&raadsvoorstel(&a, u.as_ref()));
    assert!(t.contains("[gemeente]"));
    assert!(t.contains("nog niet"), "{t}");
    let _ = platte_tekst(&raadsvoorstel(&a, None));
    let _ = platte_tekst(&raadsbesluit(&a, None));
}
