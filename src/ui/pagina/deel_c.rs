//! Part C: the intended effect of the measures, and the source documents.

use super::{ctx, tekst_veld, toelichting};
use crate::guidance::Deel;
use crate::ui::dom::focus_op;
use crate::ui::velden::KorteTekst;
use crate::veld::{BronVeld, TekstVeld, Veld};
use leptos::prelude::*;

#[component]
pub(super) fn DeelC() -> impl IntoView {
    let c = ctx();
    let versie = c.aanvraag.with_untracked(|a| a.versie());
    view! {
        {toelichting(versie, Deel::C)}
        {tekst_veld(c, TekstVeld::C, None, Some("Kwantitatief (minder uitkeringen, besparing) of, als dat niet kan, kwalitatief."), false)}
        <Bronnen />
    }
}

/// The source documents the request is based on: named, never attached (the form forbids
/// attachments). Printed under C.
#[component]
fn Bronnen() -> impl IntoView {
    let c = ctx();
    let aantal = c.structuur(|a| a.bronnen.len());
    let veld = move |i: usize, veld: BronVeld| {
        view! { <KorteTekst binding=c.binding(Veld::Bron { i, veld }) optioneel=veld != BronVeld::Titel /> }
    };
    view! {
        <section aria-labelledby="bronnen-kop">
            <h2 id="bronnen-kop" tabindex="-1">"Brondocumenten"<span class="optioneel">" (optioneel)"</span></h2>
            <p class="hint">"Documenten waarop de aanvraag is gebaseerd, bijvoorbeeld rapporten of raadsbrieven. U kunt ze noemen, niet bijvoegen."</p>
            {move || (0..aantal.get()).map(|i| view! {
                <fieldset class="kaart">
                    <legend>{format!("Document {}", i + 1)}</legend>
                    {veld(i, BronVeld::Titel)}
                    {veld(i, BronVeld::Auteur)}
                    {veld(i, BronVeld::Datum)}
                    <button type="button" class="knop knop--klein knop--gevaar" on:click=move |_| {
                        c.wijzig(|a| { if i < a.bronnen.len() { a.bronnen.remove(i); } });
                        focus_op("bronnen-kop");
                    }>{format!("Document {} verwijderen", i + 1)}</button>
                </fieldset>
            }).collect_view()}
            <button type="button" class="knop knop--secundair" id="bron-toevoegen" on:click=move |_| {
                let n = c.aanvraag.with_untracked(|a| a.bronnen.len());
                c.wijzig(|a| a.bronnen.push(Default::default()));
                focus_op(&Veld::Bron { i: n, veld: BronVeld::Titel }.dom_id());
            }>"Brondocument toevoegen"</button>
        </section>
    }
}
