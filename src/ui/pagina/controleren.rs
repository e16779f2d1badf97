//! Controleren: all checks of the draft, grouped by part, each a link to its field.

use super::ctx;
use crate::checks::{Controle, Sectie};
use crate::rules::Ernst;
use crate::ui::dom::focus_op;
use crate::ui::{href, Pagina, Route};
use leptos::prelude::*;

#[component]
pub(super) fn Controleren() -> impl IntoView {
    let c = ctx();
    c.toon_fouten.set(true);
    let groepen = move || {
        let cs = c.controles.get();
        let mut per: Vec<(Sectie, Vec<Controle>)> = Vec::new();
        for k in cs {
            match per.iter_mut().find(|(s, _)| *s == k.sectie) {
                Some((_, v)) => v.push(k),
                None => per.push((k.sectie, vec![k])),
            }
        }
        per.sort_by_key(|(s, _)| *s);
        per
    };
    let id = move || c.aanvraag.with(|a| a.id.clone());
    view! {
        <p id="controle-samenvatting">{move || c.controles.with(|cs| crate::drafts::status_tekst(cs))}</p>
        {move || {
            let g = groepen();
            if g.is_empty() {
                view! { <p class="banner banner--goed">"Geen fouten of waarschuwingen gevonden."</p> }.into_any()
            } else {
                g.into_iter().map(|(s, ks)| view! {
                    <section class="controle-groep">
                        <h2>{s.naam()}</h2>
                        <ul>
                            {ks.into_iter().map(|k| {
                                // The page is the field's own: the link lands where the control is.
                                let pagina = Pagina::van_veld(&k.veld);
                                let doel = k.veld.dom_id();
                                let url = href(&Route::Concept { id: id(), pagina });
                                let doel2 = doel.clone();
                                view! {
                                    <li class=if k.ernst == Ernst::Fout { "controle controle--fout" } else { "controle controle--waarschuwing" } data-id=k.id.clone()>
                                        <strong>{if k.ernst == Ernst::Fout { "Fout: " } else { "Waarschuwing: " }}</strong>
                                        <a href=url on:click=move |_| {
                                            // After the page switch, put focus on the field.
                                            let d = doel2.clone();
                                            set_timeout(move || focus_op(&d), std::time::Duration::from_millis(50));
                                        }>{k.tekst.clone()}</a>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </section>
                }).collect_view().into_any()
            }
        }}
    }
}
