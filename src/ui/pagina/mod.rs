//! The pages of a draft: [`ConceptPagina`] is the frame (heading, step count, navigation) that
//! shows one of them; each page or part of the form has its own file. Also the helpers several
//! pages share. Pages only read the draft and call the pure code (rules, checks, print).

mod afdrukken;
mod afronden;
mod antwoorden;
mod controleren;
mod deel_a;
mod deel_b;
mod deel_c;
mod kalender;
mod ondertekening;
mod overzicht;
mod raadsstukken;
pub(super) mod rekenen;
mod start;
mod toegankelijkheid;
mod vergelijken;
mod volgend;

pub use start::Start;
pub use toegankelijkheid::Toegankelijkheid;

use super::dom::{focus_op, markeer_klaar, zet_titel};
use super::shell::{FoutSamenvatting, OpslagRegel};
use super::velden::{alinea_views, LangeTekst, Toelichting};
use super::{href, Ctx, Pagina, Route};
use crate::guidance::{self, Deel};
use crate::rules::{Ernst, Versie};
use crate::veld::{TekstVeld, Veld};
use afdrukken::Afdrukken;
use afronden::Afronden;
use antwoorden::Antwoorden;
use controleren::Controleren;
use deel_a::DeelA;
use deel_b::DeelB;
use deel_c::DeelC;
use leptos::prelude::*;
use ondertekening::{DeelD, DeelRaad};
use overzicht::Overzicht;
use rekenen::Rekenen;

pub(super) use super::ctx;
pub(super) use crate::export::bestandsnaam;

/// One page of a draft with its heading, step count and navigation.
#[component]
pub fn ConceptPagina(pagina: Pagina) -> impl IntoView {
    let c = ctx();
    let versie = c.structuur(|a| a.versie());
    let bepaald = c.structuur(|a| a.versie_bepaald());
    let gemeente = c.lees::<String>(&Veld::Gemeente);
    let tekortjaar = c.structuur(|a| a.tekortjaar());
    let stap = Pagina::STAPPEN.iter().position(|p| *p == pagina).map(|i| i + 1);
    let fouten_getoond = Memo::new(move |_| {
        c.toon_fouten.get() && c.controles.with(|cs| cs.iter().any(|k| k.ernst == Ernst::Fout && Pagina::van_veld(&k.veld) == pagina))
    });
    // "Stap x van y" and "Fout: " in the document title, on every change.
    super::effect(move || {
        let titel = pagina.titel(versie.get());
        let gemeente = gemeente.get();
        let stap_tekst = stap.map(|s| format!("Stap {s} van {}: ", Pagina::STAPPEN.len())).unwrap_or_default();
        let t = format!(
            "{}{stap_tekst}{titel}{}",
            if fouten_getoond.get() { "Fout: " } else { "" },
            if gemeente.trim().is_empty() { String::new() } else { format!(" – {}", gemeente.trim()) }
        );
        zet_titel(&t);
    });
    // Also here, not only in the route effect: a page may be built before that effect runs.
    if let Route::Concept { id, .. } = c.route.get_untracked() {
        super::gestopt::markeer_openen(&id);
    }
    #[cfg(feature = "testhaak")]
    super::gestopt::testhaak::bij_openen();
    focus_op("pagina-kop");
    markeer_klaar();
    // Rendered (the frame after this one): this page did not stop the app while opening.
    request_animation_frame(super::gestopt::wis_openen);
    let id = c.structuur(|a| a.id.clone());
    let link = move |p: Pagina| href(&Route::Concept { id: id.get(), pagina: p });
    view! {
        <div class="concept">
            <nav class="secties niet-afdrukken" aria-label="Onderdelen van de aanvraag">
                <ol>
                    <li><a href=move || link(Pagina::Overzicht) aria-current=move || (pagina == Pagina::Overzicht).then_some("page")>"Overzicht"</a></li>
                    {Pagina::STAPPEN.into_iter().map(|p| view! {
                        <li><a href=move || link(p) aria-current=move || (pagina == p).then_some("page")>{move || p.titel(versie.get())}</a></li>
                    }).collect_view()}
                    <li><a href=move || link(Pagina::Antwoorden(None)) aria-current=move || (pagina == Pagina::Antwoorden(None)).then_some("page")>"Uw antwoorden"</a></li>
                    <li><a href=move || link(Pagina::Analyse) aria-current=move || (pagina == Pagina::Analyse).then_some("page")>"Inzicht"<span class="optioneel">" (optioneel)"</span></a></li>
                    <li><a href=move || link(Pagina::Raadsstukken) aria-current=move || (pagina == Pagina::Raadsstukken).then_some("page")>"Raadsstukken"<span class="optioneel">" (optioneel)"</span></a></li>
                </ol>
            </nav>
            <div class="pagina">
                <FoutSamenvatting pagina=pagina />
                <super::regels::AanpassingWaarschuwing />
                {stap.map(|s| view! { <p class="stap" id="stap">{format!("Stap {s} van {}", Pagina::STAPPEN.len())}</p> })}
                // The print view's own title is the page's one h1 (see `Afdrukken`).
                {(pagina != Pagina::Afdrukken).then(|| view! {
                    <h1 id="pagina-kop" tabindex="-1">
                        {move || pagina.titel(versie.get())}
                    </h1>
                })}
                <p class="kop-context">{move || gemeente.with(|g| format!("{}Tekortjaar {} · {}", if g.trim().is_empty() { String::new() } else { format!("Gemeente {} · ", g.trim()) }, tekortjaar.get(), bepaald.get().map(|v| v.naam()).unwrap_or("formulier nog niet bepaald")))}</p>
                {match pagina {
                    Pagina::Overzicht => view! { <Overzicht /> }.into_any(),
                    Pagina::Rekenen => view! { <Rekenen /> }.into_any(),
                    Pagina::A => view! { <DeelA /> }.into_any(),
                    Pagina::B => view! { <DeelB /> }.into_any(),
                    Pagina::C => view! { <DeelC /> }.into_any(),
                    Pagina::D => view! { <DeelD /> }.into_any(),
                    Pagina::Raad => view! { <DeelRaad /> }.into_any(),
                    Pagina::Controleren => view! { <Controleren /> }.into_any(),
                    Pagina::Afronden => view! { <Afronden /> }.into_any(),
                    Pagina::Afdrukken => view! { <Afdrukken /> }.into_any(),
                    Pagina::Antwoorden(o) => view! { <Antwoorden onderdeel=o /> }.into_any(),
                    Pagina::Analyse => view! { <super::analyse::Analyse /> }.into_any(),
                    Pagina::Vergelijken => view! { <vergelijken::Vergelijken /> }.into_any(),
                    Pagina::Raadsstukken => view! { <raadsstukken::Raadsstukken /> }.into_any(),
                    Pagina::VolgendJaar => view! { <volgend::VolgendJaar /> }.into_any(),
                }}
                <OpslagRegel />
                {(stap.is_some() && pagina != Pagina::Controleren && pagina != Pagina::Afronden).then(|| view! {
                    <div class="knoppen niet-afdrukken">
                        <button type="button" class="knop knop--secundair" id="controleer-sectie" on:click=move |_| {
                            c.toon_fouten.set(true);
                            c.bewaar_als_wachtend();
                            focus_op("fout-samenvatting");
                        }>"Controleer dit onderdeel"</button>
                        {move || match c.terug.get() {
                            // Came here from a review page's "Wijzigen": go back there (WCAG 3.3.4).
                            Some(terug) => view! {
                                <a class="knop" id="terug-naar-antwoorden" href=link(terug)>"Terug naar uw antwoorden"</a>
                            }.into_any(),
                            None => Pagina::STAPPEN.iter().position(|p| *p == pagina).and_then(|i| Pagina::STAPPEN.get(i + 1).copied()).map(|volgende| view! {
                                <a class="knop" id="volgende" href=link(volgende)>{move || format!("Verder: {}", volgende.titel(versie.get()))}</a>
                            }).into_any(),
                        }}
                        {super::Onderdeel::van_pagina(pagina).map(|o| view! {
                            <p><a id="antwoorden-onderdeel" href=move || link(Pagina::Antwoorden(Some(o)))>"Antwoorden van dit onderdeel bekijken"</a></p>
                        })}
                    </div>
                })}
            </div>
        </div>
    }
}

/// A long answer of A, B, B1, B2 or C; `label` when the form version words it otherwise.
/// An answer field (A, B, B1, B2, C) with the help on the text conventions, the live preview
/// and, in A and C, "Grafiek invoegen".
fn tekst_veld(c: Ctx, veld: TekstVeld, label: Option<&'static str>, hint: Option<&'static str>, optioneel: bool) -> impl IntoView {
    let grafiek_knop = matches!(veld, TekstVeld::A | TekstVeld::C);
    let binding = c.binding(Veld::Tekst(veld));
    let meldingen = format!("{}-opmaak-melding", binding.id());
    let markering = volgend::te_herzien_markering(c, veld);
    view! {
        <LangeTekst binding=binding.clone() label=label.unwrap_or_default() hint=hint.unwrap_or_default() rijen=12 optioneel=optioneel beschreven_door=meldingen markering=markering />
        <crate::ui::opmaak::Opmaak binding=binding grafiek_knop=grafiek_knop />
    }
}

fn toelichting(versie: Versie, deel: Deel) -> impl IntoView {
    guidance::tekst(versie, deel).map(|t| {
        view! {
            {(!t.formuliertekst.trim().is_empty()).then(|| view! { <div class="formuliertekst">{alinea_views(t.formuliertekst)}</div> })}
            <Toelichting titel="Officiële toelichting bij deze vraag" tekst=t.toelichting bron=t.bron />
        }
    })
}
