//! The shell around the pages: the banners on top (saving, other-tab conflicts, start-up
//! messages), the error summary of a page and the saving line under it.

use super::ctx;
use super::dom::focus_op;
use super::{opslag, OpslagStatus, Pagina};
use crate::export::bestandsnaam;
use crate::rules::Ernst;
use leptos::prelude::*;

/// Saving state, other-tab conflicts and start-up messages: visible, never blocking.
#[component]
pub fn Banners() -> impl IntoView {
    let c = ctx();
    let download_json = move || {
        let a = c.aanvraag.get_untracked();
        let _ = opslag::download(&bestandsnaam(&a, "json"), &crate::ui::json_bestand(&a), "application/json");
    };
    view! {
        <div class="banners niet-afdrukken" role="status" aria-live="polite">
            {move || match c.opslag.get() {
                OpslagStatus::Mislukt(f) => view! {
                    <div class="banner banner--fout" id="banner-opslag">
                        <p>{f.tekst()}</p>
                        <button type="button" class="knop knop--secundair" on:click=move |_| download_json()>"Download als bestand (JSON)"</button>
                        <button type="button" class="knop knop--secundair" on:click=move |_| c.bewaar_nu()>"Opnieuw proberen"</button>
                    </div>
                }.into_any(),
                OpslagStatus::Conflict => view! {
                    <div class="banner banner--fout" id="banner-conflict">
                        <p>"Dit concept is in een ander tabblad of venster nieuwer opgeslagen. Automatisch opslaan is hier gestopt, zodat er niets wordt overschreven."</p>
                        <button type="button" class="knop" on:click=move |_| c.laad_nieuwere()>"Nieuwere versie laden"</button>
                        <button type="button" class="knop knop--secundair" on:click=move |_| c.bewaar_als_kopie()>"Mijn versie als kopie bewaren"</button>
                    </div>
                }.into_any(),
                OpslagStatus::NieuwereVersie(t) => view! {
                    <div class="banner banner--fout" id="banner-nieuwer"><p>{t}</p></div>
                }.into_any(),
                _ => ().into_any(),
            }}
            {move || c.melding.get().map(|m| {
                let ruw = m.ruw.clone();
                view! {
                    <div class="banner banner--waarschuwing" id="banner-melding">
                        <p>{m.tekst.clone()}</p>
                        {ruw.map(|r| view! {
                            <button type="button" class="knop knop--secundair" on:click=move |_| { let _ = opslag::download("onleesbaar-concept.txt", &r, "text/plain"); }>"Oorspronkelijke tekst downloaden"</button>
                        })}
                        <button type="button" class="knop knop--secundair" on:click=move |_| c.melding.set(None)>"Sluiten"</button>
                    </div>
                }
            })}
        </div>
    }
}

#[component]
pub(super) fn OpslagRegel() -> impl IntoView {
    let c = ctx();
    view! {
        <p class="opslag-regel niet-afdrukken" id="opslag-status">
            {move || match c.opslag.get() {
                OpslagStatus::Opgeslagen(t) => format!("Opgeslagen om {t}"),
                OpslagStatus::Niets => "Wijzigingen worden automatisch opgeslagen in deze browser.".into(),
                OpslagStatus::Mislukt(_) => "Niet opgeslagen: zie de melding bovenaan.".into(),
                OpslagStatus::Conflict => "Niet opgeslagen: er is een nieuwere versie in een ander tabblad.".into(),
                OpslagStatus::NieuwereVersie(_) => "Niet opgeslagen: nieuwere versie van de app nodig.".into(),
            }}
        </p>
    }
}

/// "Er is een probleem": the errors of this page, each a link to its field.
#[component]
pub(super) fn FoutSamenvatting(pagina: Pagina) -> impl IntoView {
    let c = ctx();
    let fouten = Memo::new(move |_| {
        if !c.toon_fouten.get() || matches!(pagina, Pagina::Overzicht | Pagina::Controleren | Pagina::Afronden | Pagina::Afdrukken) {
            return Vec::new();
        }
        c.controles
            .with(|cs| cs.iter().filter(|k| k.ernst == Ernst::Fout && Pagina::van_veld(&k.veld) == pagina).cloned().collect::<Vec<_>>())
    });
    view! {
        <Show when=move || !fouten.with(|f| f.is_empty())>
            <div class="fout-samenvatting" id="fout-samenvatting" tabindex="-1" role="alert" aria-labelledby="fout-samenvatting-kop">
                <h2 id="fout-samenvatting-kop">"Er is een probleem"</h2>
                <ul>
                    {move || fouten.get().into_iter().map(|k| {
                        let doel = k.veld.dom_id();
                        let doel2 = doel.clone();
                        view! { <li><a href=format!("#{doel}") on:click=move |ev| { ev.prevent_default(); focus_op(&doel2); }>{k.tekst.clone()}</a></li> }
                    }).collect_view()}
                </ul>
            </div>
        </Show>
    }
}
