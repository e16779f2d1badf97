//! Components in a real browser (wasm-bindgen-test in headless Chromium).
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use rust_decimal::Decimal;
use std::str::FromStr;
use vangnet::ui::velden::{Bedrag, Datum};
use vangnet::ui::Binding;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn container() -> web_sys::HtmlElement {
    let doc = document();
    let div: web_sys::HtmlElement = doc.create_element("div").unwrap().dyn_into().unwrap();
    doc.body().unwrap().append_child(&div).unwrap();
    div
}

fn input(root: &web_sys::HtmlElement, sel: &str) -> web_sys::HtmlInputElement {
    root.query_selector(sel).unwrap().unwrap_or_else(|| panic!("no {sel}")).dyn_into().unwrap()
}

fn typ(el: &web_sys::HtmlInputElement, tekst: &str, verlaat: bool) {
    el.set_value(tekst);
    el.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
    if verlaat {
        el.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    }
}

#[wasm_bindgen_test]
async fn money_field_parses_dutch_amounts_and_keeps_bad_text_with_a_message() {
    let root = container();
    let waarde = RwSignal::new(None::<Decimal>);
    let _h = leptos::mount::mount_to(root.clone(), move || {
        view! { <Bedrag binding=Binding::los("financien.2019.lasten", waarde) /> }
    });
    let el = input(&root, "#veld-financien-2019-lasten");
    assert_eq!(el.get_attribute("inputmode").as_deref(), Some("decimal"));
    assert_eq!(el.type_(), "text");
    typ(&el, "€ 1.234.567,89", true);
    leptos::task::tick().await;
    assert_eq!(waarde.get_untracked(), Some(Decimal::from_str("1234567.89").unwrap()));
    assert_eq!(el.value(), "1.234.567,89");
    assert!(root.query_selector(".veld__fout").unwrap().is_none());

    typ(&el, "12abc", true);
    leptos::task::tick().await;
    assert_eq!(waarde.get_untracked(), None, "an unreadable amount is never used");
    assert_eq!(el.value(), "12abc", "the typed text is kept");
    let fout = root.query_selector("#veld-financien-2019-lasten-fout").unwrap().expect("error at the field");
    assert!(fout.text_content().unwrap().contains("geen bedrag"));
    assert_eq!(el.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(el.get_attribute("aria-describedby").unwrap().contains("veld-financien-2019-lasten-fout"));
}

#[wasm_bindgen_test]
async fn date_field_reads_dag_maand_jaar_and_rejects_impossible_dates() {
    let root = container();
    let waarde = RwSignal::new(None::<vangnet::date::Date>);
    let _h = leptos::mount::mount_to(root.clone(), move || {
        view! { <Datum binding=Binding::los("d_college.datum", waarde) /> }
    });
    let (d, m, j) =
        (input(&root, "#veld-d_college-datum"), input(&root, "#veld-d_college-datum-maand"), input(&root, "#veld-d_college-datum-jaar"));
    typ(&d, "31", false);
    typ(&m, "2", false);
    typ(&j, "2024", true);
    leptos::task::tick().await;
    assert_eq!(waarde.get_untracked(), None);
    let fout = root.query_selector("#veld-d_college-datum-fout").unwrap().expect("error at the field");
    assert!(fout.text_content().unwrap().contains("bestaat niet"), "{:?}", fout.text_content());
    typ(&d, "29", true);
    leptos::task::tick().await;
    assert_eq!(waarde.get_untracked(), vangnet::date::Date::new(2024, 2, 29));
}

#[wasm_bindgen_test]
async fn a_realised_effect_that_is_not_a_number_gets_the_fields_own_dutch_message() {
    use vangnet::ui::velden::Aantal;
    let root = container();
    let waarde = RwSignal::new(None::<Decimal>);
    let pad = "maatregelen.m1.resultaat.gerealiseerd_minder_uitkeringen";
    let _h = leptos::mount::mount_to(root.clone(), move || {
        view! { <Aantal binding=Binding::los(pad, waarde) /> }
    });
    let el = input(&root, "#veld-maatregelen-m1-resultaat-gerealiseerd_minder_uitkeringen");
    assert_eq!(root.query_selector("label").unwrap().unwrap().text_content().as_deref(), Some("Gerealiseerd: minder uitkeringen"));
    typ(&el, "veel", true);
    leptos::task::tick().await;
    assert_eq!(waarde.get_untracked(), None);
    assert_eq!(el.value(), "veel", "the typed text is kept");
    let fout =
        root.query_selector("#veld-maatregelen-m1-resultaat-gerealiseerd_minder_uitkeringen-fout").unwrap().expect("error at the field");
    assert!(fout.text_content().unwrap().contains("Het gerealiseerde effect moet een aantal zijn"), "{:?}", fout.text_content());
    assert_eq!(el.get_attribute("aria-invalid").as_deref(), Some("true"));
    typ(&el, "12,5", true);
    leptos::task::tick().await;
    assert_eq!(waarde.get_untracked(), Some(Decimal::from_str("12.5").unwrap()));
    assert!(root.query_selector("#veld-maatregelen-m1-resultaat-gerealiseerd_minder_uitkeringen-fout").unwrap().is_none());
}
