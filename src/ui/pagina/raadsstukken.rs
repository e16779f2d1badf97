//! Raadsstukken: the draft raadsvoorstel and raadsbesluit (issue 14), to read, edit, print and
//! download as Word. The documents are built by [`crate::raadsstukken`]; this page binds the
//! editable texts (one [`Veld::Raadsstuk`] each) and shows both documents as they will print.

use super::{bestandsnaam, ctx, Ctx};
use crate::raadsstukken::{raadsbesluit, raadsvoorstel, voorgesteld};
use crate::ui::velden::LangeTekst;
use crate::ui::word::WordKnop;
use crate::ui::{href, Binding, Pagina, Route};
use crate::veld::{RaadsstukVeld, Veld};
use leptos::prelude::*;

#[component]
pub(super) fn Raadsstukken() -> impl IntoView {
    let c = ctx();
    let id = move || c.aanvraag.with(|a| a.id.clone());
    let voorstel_html = move || {
        let u = c.uitkomst.get();
        c.aanvraag.with(|a| een_niveau_lager(&crate::document::html::artikel(&raadsvoorstel(a, u.as_ref().ok()))))
    };
    let besluit_html = move || {
        let u = c.uitkomst.get();
        c.aanvraag.with(|a| een_niveau_lager(&crate::document::html::artikel(&raadsbesluit(a, u.as_ref().ok()))))
    };
    let naam = move |soort: &str| {
        let a = c.aanvraag.get_untracked();
        bestandsnaam(&a, "docx").replacen("vangnetuitkering-", &format!("{soort}-vangnetuitkering-"), 1)
    };
    let maak_voorstel = Callback::new(move |()| {
        let u = c.uitkomst.get_untracked();
        (naam("raadsvoorstel"), c.aanvraag.with_untracked(|a| raadsvoorstel(a, u.as_ref().ok())))
    });
    let maak_besluit = Callback::new(move |()| {
        let u = c.uitkomst.get_untracked();
        (naam("raadsbesluit"), c.aanvraag.with_untracked(|a| raadsbesluit(a, u.as_ref().ok())))
    });
    view! {
        <div class="niet-afdrukken">
            <p>"Voor de instemming van de gemeenteraad (onderdeel 2) zijn een raadsvoorstel en een raadsbesluit nodig. Hier staan beide als concept, gemaakt uit uw aanvraag. De cijfers (het tekort, de verwachte vangnetuitkering en hoe zeker die is, het formulier en de uiterste datum) komen uit de berekening en lopen mee als u iets wijzigt."</p>
            <p>"De teksten kunt u aanpassen; ze worden met het concept bewaard. Zolang u een tekst niet wijzigt, maakt de app hem opnieuw uit de aanvraag. Maakt u een tekst leeg, dan komt de voorgestelde tekst terug. Een regel die begint met “- ” wordt een opsommingsteken, een lege regel begint een nieuwe alinea."</p>
            <p>"De datum van de raadsvergadering en de namen van voorzitter en griffier vult u in bij "<a href=move || href(&Route::Concept { id: id(), pagina: Pagina::Raad })>"2. Instemming gemeenteraad"</a>"."</p>
            <div class="knoppen">
                <button type="button" class="knop knop--secundair" id="raadsstukken-afdrukken" on:click=move |_| { let _ = window().print(); }>"Afdrukken / opslaan als PDF"</button>
            </div>
            <h2>"Raadsvoorstel"</h2>
            {tekst_veld(c, RaadsstukVeld::Aanleiding, "Aanleiding")}
            {tekst_veld(c, RaadsstukVeld::Tekort, "Het tekort (de tabel met het verloop komt eronder)")}
            {tekst_veld(c, RaadsstukVeld::Maatregelen, "De maatregelen")}
            <div class="knoppen">
                <WordKnop id="download-raadsvoorstel-word" tekst="Download raadsvoorstel als Word-bestand (.docx)" maak=maak_voorstel />
            </div>
            <h2>"Raadsbesluit"</h2>
            {tekst_veld(c, RaadsstukVeld::Overwegingen, "Overwegingen (boven “besluit:”)")}
            <div class="knoppen">
                <WordKnop id="download-raadsbesluit-word" tekst="Download raadsbesluit als Word-bestand (.docx)" maak=maak_besluit />
            </div>
            <h2>"Zo ziet het eruit"</h2>
        </div>
        // Built by `document::html::artikel`, which escapes every user text.
        <div class="afdruk-houder raadsstuk" id="raadsvoorstel-afdruk" inner_html=voorstel_html></div>
        <div class="afdruk-houder raadsstuk nieuwe-pagina" id="raadsbesluit-afdruk" inner_html=besluit_html></div>
    }
}

/// One editable text: it shows the user's text, or the generated one until edited. A button
/// puts the generated text back.
fn tekst_veld(c: Ctx, veld: RaadsstukVeld, label: &'static str) -> impl IntoView {
    let b: Binding<String> = c.binding(Veld::Raadsstuk(veld));
    let opgeslagen = b.waarde;
    let getoond = Signal::derive(move || {
        let eigen = opgeslagen.get();
        if eigen.trim().is_empty() {
            let u = c.uitkomst.get();
            c.aanvraag.with(|a| voorgesteld(veld, a, u.as_ref().ok()))
        } else {
            eigen
        }
    });
    let zet = b.zet;
    let binding = Binding { waarde: getoond, ..b };
    let herstel_id = format!("herstel-{}", veld.sleutel());
    view! {
        <LangeTekst binding=binding label=label rijen=8 />
        {move || (!opgeslagen.get().trim().is_empty()).then(|| view! {
            <p><button type="button" class="knop knop--secundair knop--klein" id=herstel_id.clone() on:click=move |_| zet.run(String::new())>"Voorgestelde tekst terugzetten"</button></p>
        })}
    }
}

/// The documents' headings one level down (h1 → h2 …), so the page keeps its one h1 and the
/// previews sit under "Zo ziet het eruit". Safe on this HTML: every user text in it is escaped,
/// so `<h` occurs only in the renderer's own tags.
fn een_niveau_lager(html: &str) -> String {
    let mut s = html.to_string();
    for n in (1..=5).rev() {
        s = s.replace(&format!("<h{n}>"), &format!("<h{}>", n + 1)).replace(&format!("</h{n}>"), &format!("</h{}>", n + 1));
    }
    s
}
