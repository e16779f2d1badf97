//! The print view: the filled-in form, to print or download.

use super::{bestandsnaam, ctx};
use crate::ui::opslag;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Puts the page-margin rule of this print (the gemeente and the tekortjaar, "pagina x van y")
/// into the last stylesheet through the CSSOM (the app's CSP allows no inline `<style>`), in
/// place of the one put there before; returns its index. `None` removes it.
fn kantlijn_regel(css: Option<&str>, vorige: Option<u32>) -> Option<u32> {
    let lijst = document().style_sheets();
    let blad = lijst.item(lijst.length().checked_sub(1)?)?.dyn_into::<web_sys::CssStyleSheet>().ok()?;
    if let Some(i) = vorige {
        let _ = blad.delete_rule(i);
    }
    let regels = blad.css_rules().ok()?;
    blad.insert_rule_with_index(css?, regels.length()).ok()
}

#[component]
pub(super) fn Afdrukken() -> impl IntoView {
    let c = ctx();
    let regel = StoredValue::new(None::<u32>);
    Effect::new(move |_| {
        let css = c.aanvraag.with(crate::print::pagina_css);
        regel.set_value(kantlijn_regel(Some(&css), regel.get_value()));
    });
    on_cleanup(move || {
        if let Some(vorige) = regel.try_get_value() {
            kantlijn_regel(None, vorige);
        }
    });
    let html = move || {
        let u = c.uitkomst.get();
        let html = c.aanvraag.with(|a| crate::print::afdruk_html(a, u.as_ref().ok(), &crate::print::AfdrukOpties::default()));
        // One h1 per page: the form's title is this page's heading (and focus target).
        html.replacen("<h1>", "<h1 id=\"pagina-kop\" tabindex=\"-1\">", 1)
    };
    let download = move |_| {
        let u = c.uitkomst.get_untracked();
        let a = c.aanvraag.get_untracked();
        let doc = crate::print::afdruk_document(&a, u.as_ref().ok(), &crate::print::AfdrukOpties::default());
        let _ = opslag::download(&bestandsnaam(&a, "html"), &doc, "text/html");
    };
    let word = super::afronden::word_van_formulier(c);
    view! {
        <div class="knoppen niet-afdrukken">
            <button type="button" class="knop" id="afdrukken" on:click=move |_| { let _ = window().print(); }>"Afdrukken / opslaan als PDF"</button>
            <button type="button" class="knop knop--secundair" id="download-afdrukversie" on:click=download>"Download afdrukversie"</button>
            <crate::ui::word::WordKnop id="download-word" tekst="Download als Word-bestand (.docx)" maak=word secundair=true />
        </div>
        // The print HTML is built by `print::afdruk_html`, which escapes every user text.
        <div class="afdruk-houder" id="afdrukversie" inner_html=html></div>
    }
}
