//! The task list of a draft, with the status of each step.

use super::ctx;
use crate::checks::{Controle, Sectie};
use crate::model::{is_leeg, Aanvraag};
use crate::rules::Ernst;
use crate::ui::{href, Pagina, Route};
use leptos::prelude::*;

#[component]
pub(super) fn Overzicht() -> impl IntoView {
    let c = ctx();
    let taken = move || {
        let cs = c.controles.get();
        c.aanvraag.with(|a| Pagina::STAPPEN.iter().map(|p| (*p, p.titel(a.versie()), taak_status(a, &cs, *p))).collect::<Vec<_>>())
    };
    let vorig = c.structuur(|a| a.vorig_concept.clone());
    let id = c.structuur(|a| a.id.clone());
    let t = c.structuur(|a| a.tekortjaar());
    view! {
        {move || vorig.get().filter(|v| !v.id.is_empty()).map(|v| {
            let naam = format!("{}, tekortjaar {}", if v.gemeente.trim().is_empty() { "(naamloos)" } else { v.gemeente.trim() }, v.tekortjaar);
            let afloop = v.status.map(|s| {
                let bedrag = v.bedrag.filter(|_| s == crate::model::AfloopStatus::Toegekend);
                format!(" Afloop van die aanvraag: {}{}.", s.label().to_lowercase(), bedrag.map(|b| format!(", {}", crate::nl::format_money(b))).unwrap_or_default())
            }).unwrap_or_default();
            // A link only while the predecessor is still in this browser.
            let bestaat = crate::ui::opslag::lees(&crate::drafts::sleutel(&v.id)).ok().flatten().is_some();
            view! {
                <p class="banner" id="vorig-concept">
                    "Voorbereid uit het concept "
                    {if bestaat {
                        view! { <a href=href(&Route::Concept { id: v.id.clone(), pagina: Pagina::Overzicht })>{naam}</a> }.into_any()
                    } else {
                        view! { <strong>{naam}</strong> }.into_any()
                    }}
                    "."{afloop}" Teksten uit dat jaar zijn gemarkeerd als ‘te herzien’ tot u ze wijzigt."
                </p>
            }
        })}
        <p>"Werk de onderdelen in willekeurige volgorde af. Alles wordt automatisch bewaard."</p>
        <ul class="takenlijst" id="takenlijst">
            {move || taken().into_iter().map(|(p, titel, status)| {
                let klasse = format!("status status--{}", status.to_lowercase().replace(' ', "-"));
                view! {
                    <li class="takenlijst__item">
                        <a href=href(&Route::Concept { id: c.aanvraag.with_untracked(|a| a.id.clone()), pagina: p }) aria-describedby=format!("status-{}", p.slug())>{titel}</a>
                        <strong class=klasse id=format!("status-{}", p.slug())>{status}</strong>
                    </li>
                }
            }).collect_view()}
        </ul>
        <p><a id="naar-vergelijken" href=move || href(&Route::Concept { id: c.aanvraag.with(|a| a.id.clone()), pagina: Pagina::Vergelijken })>"Vergelijken met een bestand of concept, en versies markeren"</a></p>
        <p class="niet-afdrukken">
            <a id="volgend-jaar" href=move || href(&Route::Concept { id: id.get(), pagina: Pagina::VolgendJaar })>"Volgend jaar voorbereiden"</a>
            {move || format!(": een nieuw concept voor {} op basis van dit concept.", t.get().saturating_add(1))}
        </p>
    }
}

/// Status of one task in the task list.
fn taak_status(a: &Aanvraag, cs: &[Controle], p: Pagina) -> &'static str {
    let secties: &[Sectie] = match p {
        Pagina::Rekenen => &[Sectie::Rekenen],
        Pagina::A => &[Sectie::A],
        Pagina::B => &[Sectie::B, Sectie::B1, Sectie::B2],
        Pagina::C => &[Sectie::C],
        Pagina::D => &[Sectie::D],
        Pagina::Raad => &[Sectie::Raad],
        _ => &[],
    };
    let begonnen = match p {
        Pagina::Rekenen => !a.gemeente.trim().is_empty() || !a.financien.jaren.is_empty(),
        Pagina::A => !is_leeg(&a.a_analyse),
        Pagina::B => !is_leeg(&a.b_toelichting) || !a.maatregelen.is_empty(),
        Pagina::C => !is_leeg(&a.c_effect),
        Pagina::D => a.d_college.datum.is_some() || !is_leeg(&a.d_college.secretaris) || !is_leeg(&a.d_college.burgemeester),
        Pagina::Raad => a.raad.datum.is_some() || !is_leeg(&a.raad.voorzitter) || !is_leeg(&a.raad.griffier),
        Pagina::Controleren | Pagina::Afronden => return if cs.iter().any(|c| c.ernst == Ernst::Fout) { "Bezig" } else { "Klaar" },
        _ => false,
    };
    // Problems that filling in more cannot solve: no right, or too late.
    let hier = |c: &&Controle| secties.contains(&c.sectie);
    let probleem = cs.iter().filter(hier).any(|c| c.aard == crate::checks::Aard::Probleem);
    let fouten = cs.iter().filter(hier).any(|c| c.ernst == Ernst::Fout);
    if probleem {
        "Probleem"
    } else if !begonnen {
        "Niet begonnen"
    } else if fouten {
        "Bezig"
    } else {
        "Klaar"
    }
}
