//! "Volgend jaar voorbereiden" (issue 15): the outcome of this year's request, and a new draft
//! for t+1 made from this one by [`crate::volgend_jaar::volgend_jaar`]. Also the "te herzien"
//! note at a text carried over from last year.

use super::ctx;
use crate::model::{Afloop, AfloopStatus};
use crate::ui::velden::{Bedrag, Datum};
use crate::ui::{Binding, Ctx};
use crate::veld::{AfloopVeld, TekstVeld, Veld};
use leptos::prelude::*;

/// The note at text `veld` while it is still marked "te herzien" (cleared by its first edit).
pub(super) fn te_herzien_markering(c: Ctx, veld: TekstVeld) -> Signal<Option<String>> {
    // Tracks the whole draft: the mark goes with the text's first edit, which the text's own
    // trigger does not carry to a reader of the mark. A short list to scan; the memo notifies
    // only when the note changes.
    let m = Memo::new(move |_| {
        c.aanvraag.with(|a| {
            crate::volgend_jaar::te_herzien(a, veld).then(|| {
                let vorig = a.vorig_concept.as_ref().map_or(a.tekortjaar().saturating_sub(1), |v| v.tekortjaar);
                format!("Te herzien: deze tekst komt uit de aanvraag over {vorig}. Werk hem bij voor {}; na de eerste wijziging verdwijnt deze melding.", a.tekortjaar())
            })
        })
    });
    m.into()
}

/// The page: the outcome as a choice, amount and date, and the button.
#[component]
pub(super) fn VolgendJaar() -> impl IntoView {
    let c = ctx();
    let t = c.structuur(|a| a.tekortjaar());
    // The outcome is kept in the new draft (its `vorig_concept`), so here it is held on the page
    // until the button; the controls are those of the new draft's fields (bounds, messages).
    let (status, bedrag, datum) = (RwSignal::new(String::new()), RwSignal::new(None), RwSignal::new(None));
    let status_binding = Binding::los(Veld::Afloop(AfloopVeld::Status).pad(), status);
    let id = status_binding.id();
    let (waarde, zet) = (status_binding.waarde, status_binding.zet);
    let maak = move |_| {
        let afloop = Afloop {
            status: AfloopStatus::van_sleutel(&status.get_untracked()),
            bedrag: bedrag.get_untracked(),
            datum_beschikking: datum.get_untracked(),
        };
        // This draft is stored as it is first; the new draft is then saved and opened.
        c.bewaar_nu();
        let nieuw = c.aanvraag.with_untracked(|a| crate::volgend_jaar::volgend_jaar(a, Some(&afloop), ""));
        c.nieuw(nieuw);
    };
    view! {
        <p>{move || format!("Maak een nieuw concept voor tekortjaar {} op basis van dit concept over {}. Dit concept blijft zoals het is.", t.get().saturating_add(1), t.get())}</p>
        <ul class="lijst" id="volgend-uitleg">
            <li>"De cijfers schuiven een jaar op: de cijfers over dit jaar worden die van het vorige jaar; het nieuwe jaar is leeg."</li>
            <li>"De maatregelen gaan mee, gemarkeerd als voortgezet met hun eerste jaar. Bij elke maatregel kunt u invullen wat hij heeft bereikt."</li>
            <li>"De teksten van A, B en C gaan mee, gemarkeerd als ‘te herzien’ tot u ze wijzigt."</li>
            <li>"De datums van ondertekening en aangepaste regels gaan niet mee."</li>
        </ul>
        <fieldset class="veld keuze" id=id.clone()>
            <legend class="veld__label">{move || format!("Wat is de afloop van de aanvraag over {}?", t.get())}</legend>
            <p class="veld__hint" id=format!("{id}-hint")>"Dit bepaalt in het nieuwe concept de vraag of over het vorige jaar een vangnetuitkering is verleend."</p>
            <div class="keuze__opties">
                {AfloopStatus::ALLE.into_iter().map(|s| {
                    let sleutel = s.sleutel();
                    view! {
                        <label><input type="radio" name="afloop" id=format!("afloop-{sleutel}") aria-describedby=format!("{id}-hint")
                            prop:checked=move || waarde.with(|w| w == sleutel)
                            on:change=move |_| zet.run(sleutel.to_string()) />" "{s.label()}</label>
                    }
                }).collect_view()}
            </div>
        </fieldset>
        <Bedrag binding=Binding::los(Veld::Afloop(AfloopVeld::Bedrag).pad(), bedrag) hint="Alleen bij toekenning." />
        <Datum binding=Binding::los(Veld::Afloop(AfloopVeld::Datum).pad(), datum) hint="Bij toekenning of afwijzing. Bijvoorbeeld 15 12 2020." />
        <div class="knoppen">
            <button type="button" class="knop" id="maak-volgend-jaar" on:click=maak>
                {move || format!("Concept voor {} maken", t.get().saturating_add(1))}
            </button>
        </div>
    }
}
