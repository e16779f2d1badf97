//! Afronden: download the draft (JSON) and go to the print view.

use super::{bestandsnaam, ctx, Ctx};
use crate::document::Document;
use crate::rules::Ernst;
use crate::ui::word::WordKnop;
use crate::ui::{href, opslag, Pagina, Route};
use leptos::prelude::*;

#[component]
pub(super) fn Afronden() -> impl IntoView {
    let c = ctx();
    let id = move || c.aanvraag.with(|a| a.id.clone());
    let exporteer = move |_| {
        c.toon_fouten.set(true);
        let a = c.aanvraag.get_untracked();
        let _ = opslag::download(&bestandsnaam(&a, "json"), &crate::export::naar_json(&a, opslag::vandaag()), "application/json");
    };
    view! {
        <p>{move || c.controles.with(|cs| {
            let f = cs.iter().filter(|k| k.ernst == Ernst::Fout).count();
            if f == 0 { "De controle vindt geen fouten meer. Download de aanvraag en druk het formulier af om te laten ondertekenen.".to_string() }
            else { format!("Er {} nog {f} {} open; zie Controleren. U kunt het bestand al wel downloaden als reservekopie.", if f == 1 { "staat" } else { "staan" }, if f == 1 { "punt" } else { "punten" }) }
        })}</p>
        <div class="knoppen">
            <button type="button" class="knop" id="download-json" on:click=exporteer>"Download aanvraag (JSON)"</button>
            <a class="knop knop--secundair" id="naar-afdrukversie" href=move || href(&Route::Concept { id: id(), pagina: Pagina::Afdrukken })>"Afdrukversie bekijken"</a>
            <WordKnop id="download-word" tekst="Download als Word-bestand (.docx)" maak=word_van_formulier(c) secundair=true />
        </div>
        <p><a id="naar-vergelijken" href=move || href(&Route::Concept { id: id(), pagina: Pagina::Vergelijken })>"Vergelijken met een bestand of concept"</a>" – bijvoorbeeld met het bestand van een collega, of markeer deze versie."</p>
        <p>"Voor de instemming van de gemeenteraad: "<a id="naar-raadsstukken" href=move || href(&Route::Concept { id: id(), pagina: Pagina::Raadsstukken })>"raadsvoorstel en raadsbesluit (concept)"</a>"."</p>
        <p class="hint">"Het JSON-bestand kunt u later weer inlezen op de startpagina, ook in een andere browser. Het formulier zelf dient u in als ondertekende PDF via het webformulier van de Toetsingscommissie."</p>
    }
}

/// The form as a Word file: the same [`Document`] as the print view (with its appendices).
pub(super) fn word_van_formulier(c: Ctx) -> Callback<(), (String, Document)> {
    Callback::new(move |()| {
        let u = c.uitkomst.get_untracked();
        let a = c.aanvraag.get_untracked();
        (bestandsnaam(&a, "docx"), crate::print::document(&a, u.as_ref().ok(), &crate::print::AfdrukOpties::default()))
    })
}
