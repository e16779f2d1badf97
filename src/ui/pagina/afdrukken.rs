//! The print view: the filled-in form, to print or download.

use super::{bestandsnaam, ctx};
use crate::ui::opslag;
use leptos::prelude::*;

#[component]
pub(super) fn Afdrukken() -> impl IntoView {
    let c = ctx();
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
