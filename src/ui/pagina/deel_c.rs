//! Part C: the intended effect of the measures, and the source documents.

use super::{ctx, tekst_veld, toelichting};
use crate::guidance::Deel;
use crate::ui::dom::focus_op;
use crate::ui::velden::{veld_id, KorteTekst};
use leptos::prelude::*;

#[component]
pub(super) fn DeelC() -> impl IntoView {
    let c = ctx();
    let versie = c.aanvraag.with_untracked(|a| a.versie());
    view! {
        {toelichting(versie, Deel::C)}
        {tekst_veld(c, "c_effect", "Beoogd effect van de genoemde maatregelen".into(), Some("Kwantitatief (minder uitkeringen, besparing) of, als dat niet kan, kwalitatief.".into()), |a| &a.c_effect, |a| &mut a.c_effect, false)}
        <Bronnen />
    }
}

/// The source documents the request is based on: named, never attached (the form forbids
/// attachments). Printed under C.
#[component]
fn Bronnen() -> impl IntoView {
    let c = ctx();
    let aantal = c.structuur(|a| a.bronnen.len());
    let veld = move |i: usize, f: &'static str, label: &'static str| {
        fn lees<'a>(b: &'a crate::model::Brondocument, f: &str) -> &'a String {
            match f {
                "titel" => &b.titel,
                "auteur" => &b.auteur,
                _ => &b.datum,
            }
        }
        let pointer = format!("bronnen.{i}.{f}");
        let pointer2 = pointer.clone();
        view! {
            <KorteTekst veld=pointer.clone() label=label optioneel=f != "titel"
                waarde=c.lees_veld(&pointer, move |a| a.bronnen.get(i).map(|b| lees(b, f))).into()
                zet=Callback::new(move |v: String| c.wijzig_veld(&pointer2, |a| if let Some(b) = a.bronnen.get_mut(i) {
                    match f { "titel" => b.titel = v, "auteur" => b.auteur = v, _ => b.datum = v }
                }))
                fout=Signal::derive(|| None::<String>) />
        }
    };
    view! {
        <section aria-labelledby="bronnen-kop">
            <h2 id="bronnen-kop" tabindex="-1">"Brondocumenten"<span class="optioneel">" (optioneel)"</span></h2>
            <p class="hint">"Documenten waarop de aanvraag is gebaseerd, bijvoorbeeld rapporten of raadsbrieven. U kunt ze noemen, niet bijvoegen."</p>
            {move || (0..aantal.get()).map(|i| view! {
                <fieldset class="kaart">
                    <legend>{format!("Document {}", i + 1)}</legend>
                    {veld(i, "titel", "Titel")}
                    {veld(i, "auteur", "Auteur of uitgever")}
                    {veld(i, "datum", "Datum")}
                    <button type="button" class="knop knop--klein knop--gevaar" on:click=move |_| {
                        c.wijzig(|a| { if i < a.bronnen.len() { a.bronnen.remove(i); } });
                        focus_op("bronnen-kop");
                    }>{format!("Document {} verwijderen", i + 1)}</button>
                </fieldset>
            }).collect_view()}
            <button type="button" class="knop knop--secundair" id="bron-toevoegen" on:click=move |_| {
                let n = c.aanvraag.with_untracked(|a| a.bronnen.len());
                c.wijzig(|a| a.bronnen.push(Default::default()));
                focus_op(&veld_id(&format!("bronnen.{n}.titel")));
            }>"Brondocument toevoegen"</button>
        </section>
    }
}
