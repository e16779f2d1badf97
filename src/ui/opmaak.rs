//! Under each answer field: the short help on the text conventions, the "Grafiek invoegen"
//! button (A and C) and a live preview of the answer as it will print. The preview uses the same
//! parser ([`crate::opmaak`]) and HTML renderer ([`crate::document::html`]) as the print, and is
//! rendered on a pause in typing (debounce), so typing never waits for it. What is stored stays
//! the user's text.

use super::{ctx, Binding, Ctx};
use crate::document::html as doc_html;
use crate::guidance::OPMAAK_HULP;
use crate::opmaak::{self, met_eigen_marker};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// How long typing must pause before the preview is rendered again.
const WACHT: std::time::Duration = std::time::Duration::from_millis(300);

/// Above this many bytes the preview is not live but updated on request ("Voorbeeld
/// bijwerken"): parsing a very long text on every pause would slow typing.
const LIVE_TOT: usize = 50_000;

/// The preview shows at most this many blocks: a 1 MB answer would otherwise put thousands of
/// tables into the page on every pause in typing. The print view and the print file show all.
const MAX_BLOKKEN: usize = 200;

/// The preview's HTML and the notes for the hint at the field.
fn voorbeeld(tekst: &str, c: Ctx) -> (String, Vec<String>) {
    if tekst.trim().is_empty() {
        return (String::new(), Vec::new());
    }
    // The chart is only built when the text asks for it.
    let grafiek = if tekst.to_lowercase().contains("[grafiek") {
        let u = c.uitkomst.get_untracked();
        c.aanvraag.with_untracked(|a| crate::print::antwoord_grafiek(a, u.as_ref().ok()))
    } else {
        None
    };
    let maatregelen = tekst
        .to_lowercase()
        .contains(opmaak::MAATREGELEN_MARKER)
        .then(|| c.aanvraag.with_untracked(crate::analyse::resultaat::maatregelen_resultaat_tabel));
    let blokken = opmaak::blokken_met(tekst, grafiek.as_ref(), maatregelen.as_ref());
    let mut html = String::new();
    doc_html::blokken(&mut html, blokken.get(..MAX_BLOKKEN).unwrap_or(&blokken));
    if blokken.len() > MAX_BLOKKEN {
        html.push_str(&format!(
            "<p class=\"opmerking\">Het voorbeeld toont de eerste {MAX_BLOKKEN} van {} onderdelen van deze lange tekst; de afdruk bevat alles.</p>",
            blokken.len()
        ));
    }
    // Each note once (a long text may repeat the same one thousands of times).
    let mut meldingen: Vec<String> = Vec::new();
    for m in opmaak::opmerkingen(&blokken) {
        if !meldingen.contains(&m) {
            meldingen.push(m);
        }
    }
    (html, meldingen)
}

/// Help, optional chart button and live preview for the answer field `binding`.
#[component]
pub fn Opmaak(
    /// The answer field.
    binding: Binding<String>,
    /// Show "Grafiek invoegen" (A and C).
    #[prop(optional)]
    grafiek_knop: bool,
    /// The preview starts folded (the measures' texts: a page with many measures would
    /// otherwise show every text twice).
    #[prop(optional)]
    ingeklapt: bool,
) -> impl IntoView {
    // Taken now: the debounced render runs from a timer, outside the component's owner.
    let c = ctx();
    let id = binding.id();
    let (waarde, zet) = (binding.waarde, binding.zet);
    let veld = binding.veld.clone();
    let (html, zet_html) = signal(String::new());
    let (meldingen, zet_meldingen) = signal(Vec::<String>::new());
    let (verouderd, zet_verouderd) = signal(false);
    let wacht = StoredValue::new(None::<TimeoutHandle>);
    on_cleanup(move || {
        if let Some(Some(h)) = wacht.try_get_value() {
            h.clear();
        }
    });
    // First render at once, later ones after a pause in typing.
    let eerste = StoredValue::new(true);
    Effect::new(move |_| {
        waarde.track();
        if let Some(h) = wacht.get_value() {
            h.clear();
        }
        let render = move || {
            if let Some((h, m)) = waarde.try_with_untracked(|t| voorbeeld(t, c)) {
                let _ = zet_html.try_set(h);
                let _ = zet_meldingen.try_set(m);
                let _ = zet_verouderd.try_set(false);
            }
        };
        if eerste.get_value() {
            eerste.set_value(false);
            render();
        } else if waarde.with_untracked(|t| t.len() > LIVE_TOT) {
            zet_verouderd.set(true);
        } else {
            wacht.set_value(set_timeout_with_handle(render, WACHT).ok());
        }
    });
    let bijwerken = move |_| {
        if let Some((h, m)) = waarde.try_with_untracked(|t| voorbeeld(t, c)) {
            zet_html.set(h);
            zet_meldingen.set(m);
            zet_verouderd.set(false);
        }
    };
    let invoegen = {
        let (id, veld) = (id.clone(), veld.clone());
        move |marker: &'static str| {
            let (id, veld) = (id.clone(), veld.clone());
            move |_| {
                let Some(el) = document().get_element_by_id(&id).and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok()) else {
                    return;
                };
                let bij = el.selection_end().ok().flatten().unwrap_or(u32::MAX);
                let (nieuw, cursor) = met_eigen_marker(&el.value(), bij, marker);
                el.set_value(&nieuw);
                zet.run(nieuw);
                if let Some(v) = &veld {
                    c.verlaat(v);
                }
                let _ = el.focus();
                let _ = el.set_selection_range(cursor, cursor);
            }
        }
    };
    let hulp_id = format!("{id}-opmaak");
    let voorbeeld_id = format!("{id}-voorbeeld");
    let voorbeeld_kop = format!("{id}-voorbeeld-kop");
    let melding_id = format!("{id}-opmaak-melding");
    view! {
        <div class="opmaak niet-afdrukken">
            {grafiek_knop.then(|| view! {
                <button type="button" class="knop knop--klein knop--secundair" id=format!("{id}-grafiek-invoegen") on:click=invoegen(opmaak::GRAFIEK_MARKER)>
                    "Grafiek invoegen"
                </button>
                " "
                <button type="button" class="knop knop--klein knop--secundair" id=format!("{id}-maatregelen-invoegen") on:click=invoegen(opmaak::MAATREGELEN_MARKER)>
                    "Tabel maatregelen invoegen"
                </button>
            })}
            <details class="opmaak-hulp" id=hulp_id>
                <summary>"Opmaak: alinea’s, lijsten, kopjes, tabellen en de grafiek"</summary>
                <ul>{OPMAAK_HULP.iter().map(|r| view! { <li>{*r}</li> }).collect_view()}</ul>
                <p>"Bewaard wordt altijd uw eigen tekst; het voorbeeld hieronder toont hoe die wordt afgedrukt."</p>
            </details>
            <div class="veld__hint opmaak-meldingen" id=melding_id aria-live="polite">
                {move || meldingen.get().into_iter().map(|m| view! { <p class="opmaak-melding">{m}</p> }).collect_view()}
            </div>
            <Show when=move || verouderd.get()>
                <p class="opmaak-verouderd">
                    "Deze tekst is lang: het voorbeeld wordt niet bij elke toets bijgewerkt. "
                    <button type="button" class="knop knop--klein knop--secundair" id=format!("{id}-voorbeeld-bijwerken") on:click=bijwerken>
                        "Voorbeeld bijwerken"
                    </button>
                </p>
            </Show>
            <Show when=move || html.with(|h| !h.is_empty())>
                <details class="opmaak-voorbeeld-vak" open=!ingeklapt>
                    <summary class="opmaak-voorbeeld-kop" id=voorbeeld_kop.clone()>"Voorbeeld van de afdruk"</summary>
                    // Built by the print's renderer, which escapes every text the user typed.
                    <div class="afdruk opmaak-voorbeeld" id=voorbeeld_id.clone() inner_html=move || html.get()></div>
                </details>
            </Show>
        </div>
    }
}
