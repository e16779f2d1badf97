//! The pages: start, task list, Rekenen, the form parts A–D and 2, Controleren, Afronden and
//! the print view. Pages only read the draft and call the pure code (rules, checks, print).

use super::velden::{alinea_views, veld_id, Bedrag, Datum, KorteTekst, LangeTekst, Toelichting};
use super::{href, opslag, Ctx, OpslagStatus, Pagina, Route};
use crate::checks::{Controle, Sectie};
use crate::guidance::{self, Deel};
use crate::model::{is_leeg, Aanvraag, Maatregel, Soort};
use crate::nl::{format_date, format_money, format_percent};
use crate::rules::{Ernst, Invoer, JaarCijfers, Status, Toegang, Uitkomst, Versie, EERSTE_JAAR, LAATSTE_JAAR};
use leptos::prelude::*;
use rust_decimal::Decimal;
use wasm_bindgen::JsCast;

fn ctx() -> Ctx {
    expect_context::<Ctx>()
}

/// Moves focus to element `id` after the next render.
pub fn focus_op(id: &str) {
    let id = id.to_string();
    request_animation_frame(move || {
        let el = document().get_element_by_id(&id);
        // A group (radios): its chosen or else first control, as GOV.UK's error summary does.
        let el = match el {
            Some(g) if g.tag_name() == "FIELDSET" => {
                g.query_selector("input:checked").ok().flatten().or(g.query_selector("input").ok().flatten()).or(Some(g))
            }
            el => el,
        };
        if let Some(el) = el.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    });
}

/// Saving state, other-tab conflicts and start-up messages: visible, never blocking.
#[component]
pub fn Banners() -> impl IntoView {
    let c = ctx();
    let download_json = move || {
        let a = c.aanvraag.get_untracked();
        let _ = opslag::download(&bestandsnaam(&a, "json"), &crate::export::naar_json(&a, opslag::vandaag()), "application/json");
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

fn bestandsnaam(a: &Aanvraag, ext: &str) -> String {
    let g: String = a.gemeente.chars().filter(|c| c.is_alphanumeric() || *c == '-').collect::<String>().to_lowercase();
    format!("vangnetuitkering-{}-{}.{ext}", if g.is_empty() { "aanvraag".into() } else { g }, a.tekortjaar())
}

fn zet_titel(t: &str) {
    document().set_title(&format!("{t} – Vangnetuitkering Participatiewet"));
}

/// The start page: drafts in this browser.
#[component]
pub fn Start() -> impl IntoView {
    let c = ctx();
    zet_titel("Concepten");
    focus_op("pagina-kop");
    super::markeer_klaar();
    let (versie, ververs) = signal(0u32);
    let index = move || {
        versie.track();
        opslag::index()
    };
    let (jaar, zet_jaar) = signal(2025i32);
    let (import_fout, zet_import_fout) = signal(None::<String>);
    let (te_verwijderen, zet_te_verwijderen) = signal(None::<String>);
    let importeer = move |ev: web_sys::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        let Some(bestand) = input.files().and_then(|f| f.get(0)) else { return };
        input.set_value("");
        opslag::lees_bestand(bestand, move |r| match r.and_then(|t| crate::export::uit_json(&t).map_err(|e| e.to_string())) {
            Ok(a) => {
                zet_import_fout.set(None);
                c.nieuw(a);
            }
            Err(e) => {
                zet_import_fout.set(Some(e));
                focus_op("import-fout");
            }
        });
    };
    view! {
        <h1 id="pagina-kop" tabindex="-1">"Aanvraag vangnetuitkering voorbereiden"</h1>
        <p class="intro">"Bereken het tekort en de vangnetuitkering, vul het aanvraagformulier in, controleer het en druk het af om te laten ondertekenen. Alles blijft in deze browser."</p>
        <h2>"Nieuwe aanvraag"</h2>
        <div class="rij">
            <div class="veld">
                <label for="nieuw-jaar" class="veld__label">"Tekortjaar"</label>
                <select id="nieuw-jaar" on:change:target=move |ev| zet_jaar.set(ev.target().value().parse().unwrap_or(2025))>
                    {(EERSTE_JAAR..=LAATSTE_JAAR).rev().map(|j| view! { <option value=j.to_string() selected=j == 2025>{j}</option> }).collect_view()}
                </select>
            </div>
            <button type="button" class="knop" id="nieuw-concept" on:click=move |_| c.nieuw(Aanvraag::nieuw("", jaar.get_untracked()))>"Nieuwe aanvraag beginnen"</button>
        </div>
        <h2>"Bestand inlezen"</h2>
        <div class="veld" class:veld--fout=move || import_fout.with(|f| f.is_some())>
            <label for="import-bestand" class="veld__label">"Een eerder gedownloade aanvraag (JSON-bestand)"</label>
            <Show when=move || import_fout.with(|f| f.is_some())>
                <p class="veld__fout" id="import-fout" tabindex="-1" role="alert">{move || import_fout.get().unwrap_or_default()}</p>
            </Show>
            <input type="file" id="import-bestand" accept=".json,application/json" on:change=importeer />
        </div>
        <h2>"Concepten in deze browser"</h2>
        {move || match index() {
            Err(e) => view! { <p class="banner banner--fout">{e.tekst()}</p> }.into_any(),
            Ok(regels) if regels.is_empty() => view! { <p>"Er zijn nog geen concepten in deze browser."</p> }.into_any(),
            Ok(mut regels) => {
                regels.sort_by(|a, b| b.opgeslagen_op.cmp(&a.opgeslagen_op));
                view! {
                    <table class="tabel" id="concepten">
                        <caption class="visueel-verborgen">"Concepten"</caption>
                        <thead><tr><th scope="col">"Gemeente"</th><th scope="col">"Tekortjaar"</th><th scope="col">"Laatst opgeslagen"</th><th scope="col">"Status"</th><th scope="col">"Acties"</th></tr></thead>
                        <tbody>
                            {regels.into_iter().map(|r| {
                                let id = r.id.clone();
                                let id2 = r.id.clone();
                                let id3 = r.id.clone();
                                let naam = if r.gemeente.trim().is_empty() { "(naamloos)".to_string() } else { r.gemeente.clone() };
                                let naam2 = naam.clone();
                                view! {
                                    <tr>
                                        <th scope="row"><a href=href(&Route::Concept { id: id.clone(), pagina: Pagina::Overzicht })>{naam.clone()}</a></th>
                                        <td>{r.tekortjaar}</td>
                                        <td>{tijd_nl(&r.opgeslagen_op)}</td>
                                        <td>{r.status.clone()}</td>
                                        <td class="acties">
                                            <button type="button" class="knop knop--klein knop--secundair" on:click=move |_| {
                                                if let Ok(Some(t)) = opslag::lees(&crate::drafts::sleutel(&id2)) {
                                                    if let Ok(cpt) = crate::drafts::lees(&t) {
                                                        let mut a = cpt.aanvraag;
                                                        a.gemeente = format!("{} (kopie)", a.gemeente);
                                                        c.nieuw(a);
                                                    }
                                                }
                                            }>"Dupliceren" <span class="visueel-verborgen">{format!(" {naam2}")}</span></button>
                                            <Show when={ let id3 = id3.clone(); move || te_verwijderen.get().as_deref() != Some(id3.as_str()) } fallback={
                                                let id3 = id3.clone();
                                                move || { let id4 = id3.clone(); view! {
                                                    <span class="bevestig" role="group" aria-label="Verwijderen bevestigen">
                                                        "Zeker weten? "
                                                        <button type="button" class="knop knop--klein knop--gevaar" id="bevestig-verwijderen" on:click=move |_| {
                                                            let _ = opslag::verwijder_concept(&id4);
                                                            zet_te_verwijderen.set(None);
                                                            ververs.update(|v| *v += 1);
                                                            focus_op("pagina-kop");
                                                        }>"Ja, verwijderen"</button>
                                                        <button type="button" class="knop knop--klein knop--secundair" on:click=move |_| zet_te_verwijderen.set(None)>"Nee"</button>
                                                    </span>
                                                } } }
                                            >
                                                <button type="button" class="knop knop--klein knop--secundair" on:click={ let id3 = id3.clone(); move |_| { zet_te_verwijderen.set(Some(id3.clone())); focus_op("bevestig-verwijderen"); } }>"Verwijderen"</button>
                                            </Show>
                                        </td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }
        }}
        <p class="hint">"Concepten staan alleen in deze browser, op deze computer. Maak een reservekopie met “Afronden → Download aanvraag (JSON)”."</p>
    }
}

fn tijd_nl(iso: &str) -> String {
    // "2026-11-29T10:15:00.000Z" → local "29-11-2026 11:15".
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(iso));
    if d.get_time().is_nan() {
        return "—".into();
    }
    format!("{:02}-{:02}-{} {:02}:{:02}", d.get_date(), d.get_month() + 1, d.get_full_year(), d.get_hours(), d.get_minutes())
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
    let probleem =
        cs.iter().filter(hier).any(|c| matches!(c.id.as_str(), "recht.geen" | "termijn.verstreken" | "d.te_laat" | "raad.te_laat"));
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

/// One page of a draft with its heading, step count and navigation.
#[component]
pub fn ConceptPagina(pagina: Pagina) -> impl IntoView {
    let c = ctx();
    let versie = c.structuur(|a| a.versie());
    let gemeente = c.lees_veld("gemeente", |a| Some(&a.gemeente));
    let tekortjaar = c.structuur(|a| a.tekortjaar());
    let stap = Pagina::STAPPEN.iter().position(|p| *p == pagina).map(|i| i + 1);
    let fouten_getoond = Memo::new(move |_| {
        c.toon_fouten.get() && c.controles.with(|cs| cs.iter().any(|k| k.ernst == Ernst::Fout && Pagina::van_sectie(k.sectie) == pagina))
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
    focus_op("pagina-kop");
    super::markeer_klaar();
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
                <p class="kop-context">{move || gemeente.with(|g| format!("{}Tekortjaar {} · {}", if g.trim().is_empty() { String::new() } else { format!("Gemeente {} · ", g.trim()) }, tekortjaar.get(), versie.get().naam()))}</p>
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

#[component]
fn OpslagRegel() -> impl IntoView {
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
fn FoutSamenvatting(pagina: Pagina) -> impl IntoView {
    let c = ctx();
    let fouten = Memo::new(move |_| {
        if !c.toon_fouten.get() || matches!(pagina, Pagina::Overzicht | Pagina::Controleren | Pagina::Afronden | Pagina::Afdrukken) {
            return Vec::new();
        }
        c.controles
            .with(|cs| cs.iter().filter(|k| k.ernst == Ernst::Fout && Pagina::van_sectie(k.sectie) == pagina).cloned().collect::<Vec<_>>())
    });
    view! {
        <Show when=move || !fouten.with(|f| f.is_empty())>
            <div class="fout-samenvatting" id="fout-samenvatting" tabindex="-1" role="alert" aria-labelledby="fout-samenvatting-kop">
                <h2 id="fout-samenvatting-kop">"Er is een probleem"</h2>
                <ul>
                    {move || fouten.get().into_iter().map(|k| {
                        let doel = veld_id(&k.veld);
                        let doel2 = doel.clone();
                        view! { <li><a href=format!("#{doel}") on:click=move |ev| { ev.prevent_default(); focus_op(&doel2); }>{k.tekst.clone()}</a></li> }
                    }).collect_view()}
                </ul>
            </div>
        </Show>
    }
}

#[component]
fn Overzicht() -> impl IntoView {
    let c = ctx();
    let taken = move || {
        let cs = c.controles.get();
        c.aanvraag.with(|a| Pagina::STAPPEN.iter().map(|p| (*p, p.titel(a.versie()), taak_status(a, &cs, *p))).collect::<Vec<_>>())
    };
    view! {
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
    }
}

fn jaar_cijfers(a: &Aanvraag, j: i32) -> JaarCijfers {
    a.financien.jaren.iter().find(|c| c.jaar == j).cloned().unwrap_or(JaarCijfers { jaar: j, ..Default::default() })
}

fn zet_cijfer(c: Ctx, veld: String, j: i32, f: fn(&mut JaarCijfers) -> &mut Option<Decimal>) -> Callback<Option<Decimal>> {
    Callback::new(move |v| {
        // Adding the year's (empty) figures when missing changes nothing another field reads.
        c.wijzig_veld(&veld, |a| {
            if !a.financien.jaren.iter().any(|x| x.jaar == j) {
                a.financien.jaren.push(JaarCijfers { jaar: j, ..Default::default() });
            }
            if let Some(x) = a.financien.jaren.iter_mut().find(|x| x.jaar == j) {
                *f(x) = v;
            }
        })
    })
}

fn ja_nee(
    c: Ctx,
    naam: &'static str,
    legend: String,
    lees: fn(&Invoer) -> Option<bool>,
    zet: fn(&mut Invoer, Option<bool>),
) -> impl IntoView {
    let fout = c.fout_bij(&format!("financien.{naam}"));
    let id = veld_id(&format!("financien.{naam}"));
    let fout_id = format!("{id}-fout");
    // Like the other fields: the error has an id, and each radio points at it while it shows.
    let heeft_fout = move || fout.with(|f| f.is_some());
    let beschreven = {
        let f = fout_id.clone();
        move || heeft_fout().then(|| f.clone())
    };
    let invalid = move || if heeft_fout() { "true" } else { "false" };
    view! {
        <fieldset class="veld keuze" class:veld--fout=heeft_fout id=id>
            <legend class="veld__label">{legend}</legend>
            <Show when=heeft_fout>
                <p class="veld__fout" id=fout_id.clone()><span class="visueel-verborgen">"Fout: "</span>{move || fout.get().unwrap_or_default()}</p>
            </Show>
            <div class="keuze__opties">
                <label><input type="radio" name=naam id=format!("{naam}-ja") aria-invalid=invalid aria-describedby=beschreven.clone() prop:checked=move || c.aanvraag.with(|a| lees(&a.financien) == Some(true)) on:change=move |_| c.wijzig(|a| zet(&mut a.financien, Some(true))) />" Ja"</label>
                <label><input type="radio" name=naam id=format!("{naam}-nee") aria-invalid=invalid aria-describedby=beschreven prop:checked=move || c.aanvraag.with(|a| lees(&a.financien) == Some(false)) on:change=move |_| c.wijzig(|a| zet(&mut a.financien, Some(false))) />" Nee"</label>
            </div>
        </fieldset>
    }
}

#[component]
fn Rekenen() -> impl IntoView {
    let c = ctx();
    let t = c.structuur(|a| a.tekortjaar());
    let jaren = Memo::new(move |_| Invoer::benodigde_jaren(t.get()));
    view! {
        <KorteTekst veld="gemeente" label="Naam van de gemeente" hint="Zonder “gemeente”, bijvoorbeeld: Arnhem"
            waarde=c.lees_veld("gemeente", |a| Some(&a.gemeente)).into()
            zet=Callback::new(move |v: String| c.wijzig_veld("gemeente", |a| a.gemeente = v))
            fout=c.fout_bij("gemeente") autocomplete="organization" />
        <div class="veld">
            <label for="veld-financien-tekortjaar" class="veld__label">"Tekortjaar"</label>
            <select id="veld-financien-tekortjaar" on:change:target=move |ev| {
                let j = ev.target().value().parse().unwrap_or(2025);
                c.wijzig(|a| a.financien.tekortjaar = j);
            }>
                {(EERSTE_JAAR..=LAATSTE_JAAR).rev().map(|j| view! { <option value=j.to_string() selected=move || t.get() == j>{j}</option> }).collect_view()}
            </select>
        </div>
        <Show when=move || { t.get() >= 2017 }>
            {move || ja_nee(c, "verleend_vorig_jaar", format!("Is over {} een vangnetuitkering verleend (toegekend)?", t.get() - 1), |i| i.verleend_vorig_jaar, |i, v| i.verleend_vorig_jaar = v)}
            {move || ja_nee(c, "verleend_twee_jaar_terug", format!("Is over {} een vangnetuitkering verleend (toegekend)?", t.get() - 2), |i| i.verleend_twee_jaar_terug, |i, v| i.verleend_twee_jaar_terug = v)}
        </Show>
        <Show when=move || t.get() == 2016>
            <div class="veld">
                <label for="veld-financien-inwoners" class="veld__label">"Aantal inwoners"</label>
                <p class="veld__hint" id="inwoners-hint">"In 2016 geeft ook een tekort van meer dan € 30 per inwoner toegang."</p>
                <input type="text" inputmode="numeric" id="veld-financien-inwoners" aria-describedby="inwoners-hint"
                    prop:value=move || c.aanvraag.with(|a| a.financien.inwoners.map(|n| n.to_string()).unwrap_or_default())
                    on:input:target=move |ev| { let v = ev.target().value().replace(['.', ' '], "").parse::<u64>().ok(); c.wijzig(|a| a.financien.inwoners = v); } />
            </div>
        </Show>
        <h2>"Cijfers per jaar"</h2>
        <p class="hint">"Volgens de SiSa-verantwoording (jaarrekening). Bedragen in euro’s, bijvoorbeeld 1.234.567. Vul bij fout/onzeker 0 in als de accountant niets meldde."</p>
        <div class="jaren">
            {move || jaren.get().into_iter().map(|j| {
                let p = move |f: &str| format!("financien.{j}.{f}");
                let v = move |f: &str, lees: fn(&JaarCijfers) -> Option<Decimal>| -> Signal<Option<Decimal>> {
                    c.lees_veld_waarde(&p(f), move |a| a.financien.jaren.iter().find(|x| x.jaar == j).and_then(lees)).into()
                };
                view! {
                    <fieldset class="jaar" id=format!("jaar-{j}")>
                        <legend>{if j == t.get_untracked() { format!("{j} (tekortjaar)") } else { j.to_string() }}</legend>
                        <Bedrag veld=p("lasten") label="Lasten (A)" waarde=v("lasten", |x| x.lasten) zet=zet_cijfer(c, p("lasten"), j, |x| &mut x.lasten) fout=c.fout_bij(&p("lasten")) />
                        <Bedrag veld=p("baten") label="Baten (R)" waarde=v("baten", |x| x.baten) zet=zet_cijfer(c, p("baten"), j, |x| &mut x.baten) fout=c.fout_bij(&p("baten")) />
                        <Bedrag veld=p("fout_onzeker") label="Fout/onzeker volgens accountant (D)" waarde=v("fout_onzeker", |x| x.fout_onzeker) zet=zet_cijfer(c, p("fout_onzeker"), j, |x| &mut x.fout_onzeker) fout=c.fout_bij(&p("fout_onzeker")) />
                        <Bedrag veld=p("budget") label="Definitief budget (B)" hint="Zonder correctie volgens art. 7 Besluit Participatiewet" waarde=v("budget", |x| x.budget) zet=zet_cijfer(c, p("budget"), j, |x| &mut x.budget) fout=c.fout_bij(&p("budget")) />
                    </fieldset>
                }
            }).collect_view()}
        </div>
        <super::regels::Herindeling />
        <Uitkomsten />
        <super::regels::GebruikteRegels />
        <super::regels::RegelsAanpassen />
    }
}

fn status_label(s: &Status) -> (&'static str, &'static str) {
    match s {
        Status::Voldaan => ("Voldaan", "status--klaar"),
        Status::NietVoldaan => ("Niet voldaan", "status--probleem"),
        Status::Onbekend(_) => ("Nog onbekend", "status--niet-begonnen"),
    }
}

/// The results, updated as you type.
#[component]
pub fn Uitkomsten() -> impl IntoView {
    let c = ctx();
    view! {
        <section class="uitkomsten" aria-labelledby="uitkomsten-kop" id="uitkomsten">
            <h2 id="uitkomsten-kop">"Uitkomst"</h2>
            {move || match c.uitkomst.get() {
                Err(e) => view! { <p class="banner banner--fout">{e}</p> }.into_any(),
                Ok(u) => uitkomst_view(&u).into_any(),
            }}
        </section>
    }
}

fn uitkomst_view(u: &Uitkomst) -> impl IntoView {
    let hoofd = match (&u.toegang, u.vergoeding) {
        (Toegang::Ja, Some(v)) => format!("Recht op een vangnetuitkering van {}", format_money(v)),
        (Toegang::Nee, _) => "Geen recht op een vangnetuitkering".to_string(),
        _ => "Nog niet te bepalen: er ontbreken cijfers".to_string(),
    };
    let jaren = u.jaren.clone();
    let sporen = u.sporen.clone();
    let voorlopig = u.voorlopig.clone();
    let stappen = u.stappen.clone();
    let dagen = u.dagen_over;
    view! {
        <p class="uitkomst-hoofd" id="uitkomst-hoofd">{hoofd}</p>
        {(!voorlopig.is_empty()).then(|| view! {
            <div class="banner banner--waarschuwing" id="voorlopig">
                <p><strong>"Voorlopig: "</strong>"niet alle regels zijn in een officiële bron bevestigd of u heeft ze aangepast."</p>
                <ul>{voorlopig.into_iter().map(|v| view! { <li>{v.tekst}</li> }).collect_view()}</ul>
            </div>
        })}
        <table class="tabel" id="tabel-jaren">
            <caption>"Tekort per jaar"</caption>
            <thead><tr><th scope="col">"Jaar"</th><th scope="col">"Relevante lasten (E)"</th><th scope="col">"Budget"</th><th scope="col">"Tekort"</th><th scope="col">"% van budget"</th></tr></thead>
            <tbody>
                {jaren.into_iter().map(|j| view! {
                    <tr>
                        <th scope="row">{j.jaar}</th>
                        <td class="getal">{j.relevante_bestedingen.map(format_money).unwrap_or_else(|| "—".into())}</td>
                        <td class="getal">{j.budget.map(format_money).unwrap_or_else(|| "—".into())}</td>
                        <td class="getal">{j.tekort.map(format_money).unwrap_or_else(|| "—".into())}</td>
                        <td class="getal">{j.percentage.map(|p| format_percent(p, 2)).unwrap_or_else(|| "—".into())}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        {u.cumulatief_tekort.map(|s| view! { <p id="cumulatief">"Gecumuleerd tekort: " {format_money(s)} {u.cumulatief_percentage.map(|p| format!(" ({} van het budget van het tekortjaar)", format_percent(p, 2)))}</p> })}
        <h3>"Toegangstoetsen"</h3>
        <ul class="toetsen" id="toetsen">
            {sporen.iter().flat_map(|s| s.toetsen.clone()).map(|t| {
                let (label, klasse) = status_label(&t.status);
                view! {
                    <li>
                        <span>{t.naam.clone()}</span>" "
                        <strong class=format!("status {klasse}")>{label}</strong>
                        {t.marge.map(|m| format!(" (marge {})", format_money(m)))}
                        {(t.zekerheid != crate::rules::Zekerheid::Geverifieerd).then(|| view! { <span class="zekerheid">{format!(" — regel {}", t.zekerheid.label())}</span> })}
                    </li>
                }
            }).collect_view()}
        </ul>
        <h3>"Bedrag per band"</h3>
        {sporen.into_iter().filter_map(|s| s.verdeling.map(|v| (s.soort, s.toegang, v))).map(|(soort, toegang, v)| view! {
            <table class="tabel tabel--banden">
                <caption>{format!("Verdeling volgens {}{}", crate::rules::spoor_naam(soort), if toegang == Toegang::Ja { "" } else { " (geen toegang: niet uitgekeerd)" })}</caption>
                <thead><tr><th scope="col">"Deel van het tekort"</th><th scope="col">"Bedrag"</th><th scope="col">"Vergoed"</th></tr></thead>
                <tbody>
                    <tr><th scope="row">"Eigen risico"</th><td class="getal">{format_money(v.eigen_risico)}</td><td class="getal">"€ 0"</td></tr>
                    {v.banden.iter().map(|b| view! {
                        <tr>
                            <th scope="row">{format!("{} {}", format_percent(b.aandeel, 0), match b.tot { Some(t) => format!("tussen {} en {}", format_percent(b.vanaf, 1), format_percent(t, 1)), None => format!("boven {}", format_percent(b.vanaf, 1)) })}</th>
                            <td class="getal">{format_money(b.tekort_in_band)}</td>
                            <td class="getal">{format_money(b.vergoed)}</td>
                        </tr>
                    }).collect_view()}
                    <tr class="totaal"><th scope="row">"Totaal"</th><td></td><td class="getal">{format_money(v.totaal)}</td></tr>
                </tbody>
            </table>
        }).collect_view()}
        <p id="formulierversie"><strong>"Formulier: "</strong>{u.formulier.versie.map(|v| v.naam()).unwrap_or("nog niet te bepalen")}". " {u.formulier.reden.clone()}</p>
        <p id="uiterste-datum"><strong>"Uiterste datum: "</strong>{format_date(u.uiterste_datum)}
            {dagen.map(|d| if d >= 0 { format!(" (nog {d} dagen)") } else { format!(" (verstreken, {} dagen geleden)", -d) })}
        </p>
        <details class="stappen" id="stappen">
            <summary>"Uitleg per stap, met bron en zekerheid"</summary>
            <ol>
                {stappen.into_iter().map(|s| view! {
                    <li class:aangepast=s.aangepast>
                        <strong>{s.titel.clone()}</strong>
                        <p>{s.berekening.clone()}</p>
                        <p class="stap__bron">"Bron: " {s.bron.clone()} " · Zekerheid: " {s.zekerheid.label()} {s.aangepast.then_some(" · door u aangepast")}</p>
                    </li>
                }).collect_view()}
            </ol>
        </details>
    }
}

fn tekst_veld(
    c: Ctx,
    veld: &'static str,
    label: String,
    hint: Option<String>,
    lees: fn(&Aanvraag) -> &String,
    zet: fn(&mut Aanvraag) -> &mut String,
    optioneel: bool,
) -> impl IntoView {
    view! {
        <LangeTekst veld=veld label=label hint=hint.unwrap_or_default() rijen=12 optioneel=optioneel
            waarde=c.lees_veld(veld, move |a| Some(lees(a))).into()
            zet=Callback::new(move |v: String| c.wijzig_veld(veld, |a| *zet(a) = v))
            fout=c.fout_bij(veld) />
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

#[component]
fn DeelA() -> impl IntoView {
    let c = ctx();
    let versie = c.aanvraag.with_untracked(|a| a.versie());
    view! {
        {toelichting(versie, Deel::A)}
        {tekst_veld(c, "a_analyse", "Analyse van de oorzaken van het tekort".into(), Some("Noem ook de omvang van het tekort (bedrag of percentage).".into()), |a| &a.a_analyse, |a| &mut a.a_analyse, false)}
    }
}

#[component]
fn DeelC() -> impl IntoView {
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

#[component]
fn DeelB() -> impl IntoView {
    let c = ctx();
    let versie = c.structuur(|a| a.versie());
    let (verwijderd, zet_verwijderd) = signal(None::<(usize, Maatregel)>);
    let voeg_toe = move |soort: Soort| {
        let mut nieuw_id = String::new();
        c.wijzig(|a| {
            nieuw_id = a.nieuw_maatregel_id();
            a.maatregelen.push(Maatregel { id: nieuw_id.clone(), soort, ..Default::default() });
        });
        focus_op(&veld_id(&format!("maatregelen.{nieuw_id}.naam")));
    };
    let lijst = move |soort: Option<Soort>| {
        let ids = c.structuur(move |a| {
            a.maatregelen.iter().filter(|m| soort.is_none_or(|s| m.soort == s)).map(|m| m.id.clone()).collect::<Vec<_>>()
        });
        view! {
            <For each=move || ids.get() key=|id| id.clone() let:id>
                <MaatregelKaart id=id zet_verwijderd=zet_verwijderd />
            </For>
        }
    };
    view! {
        {move || match versie.get() {
            Versie::Uitgebreid => view! {
                <div class="formuliertekst">{alinea_views(guidance::ONDERDEEL_B_UITGEBREID.formuliertekst)}</div>
                <Toelichting titel="Officiële toelichting bij vraag B" tekst=guidance::ONDERDEEL_B_UITGEBREID.toelichting bron=guidance::ONDERDEEL_B_UITGEBREID.bron />
                {tekst_veld(c, "b_toelichting", "Toelichting op de maatregelen".into(), Some("De samenhang van de maatregelen, bijvoorbeeld per inspanningslijn.".into()), |a| &a.b_toelichting, |a| &mut a.b_toelichting, true)}
                <h2 id=veld_id("maatregelen.intern") tabindex="-1" aria-describedby=groep_beschreven(c, "maatregelen.intern")>"B1. Interne maatregelen"</h2>
                {groep_fout(c, "maatregelen.intern")}
                {toelichting(Versie::Uitgebreid, Deel::B1)}
                {tekst_veld(c, "b1_toelichting", "Inleiding interne maatregelen".into(), None, |a| &a.b1_toelichting, |a| &mut a.b1_toelichting, true)}
                {lijst(Some(Soort::Intern))}
                <button type="button" class="knop knop--secundair" id="voeg-intern-toe" on:click=move |_| voeg_toe(Soort::Intern)>"Interne maatregel toevoegen"</button>
                <h2 id=veld_id("maatregelen.extern") tabindex="-1" aria-describedby=groep_beschreven(c, "maatregelen.extern")>"B2. Externe maatregelen"</h2>
                {groep_fout(c, "maatregelen.extern")}
                {toelichting(Versie::Uitgebreid, Deel::B2)}
                {tekst_veld(c, "b2_toelichting", "Inleiding externe maatregelen".into(), None, |a| &a.b2_toelichting, |a| &mut a.b2_toelichting, true)}
                {lijst(Some(Soort::Extern))}
                <button type="button" class="knop knop--secundair" id="voeg-extern-toe" on:click=move |_| voeg_toe(Soort::Extern)>"Externe maatregel toevoegen"</button>
            }.into_any(),
            v => view! {
                {toelichting(v, Deel::B)}
                {tekst_veld(c, "b_toelichting", "Getroffen maatregelen om het tekort te reduceren".into(), None, |a| &a.b_toelichting, |a| &mut a.b_toelichting, false)}
                <h2 id=veld_id("maatregelen.intern") tabindex="-1">"Maatregelen afzonderlijk"<span class="optioneel">" (optioneel)"</span></h2>
                {lijst(None)}
                <button type="button" class="knop knop--secundair" id="voeg-intern-toe" on:click=move |_| voeg_toe(Soort::Intern)>"Maatregel toevoegen"</button>
            }.into_any(),
        }}
        {move || verwijderd.get().map(|(_, m)| view! {
            <div class="banner banner--waarschuwing" role="status" id="ongedaan-maken">
                <p>{format!("Maatregel “{}” is verwijderd.", if m.naam.trim().is_empty() { "zonder naam".to_string() } else { m.naam.clone() })}</p>
                <button type="button" class="knop knop--secundair" id="herstel-maatregel" on:click=move |_| {
                    if let Some((i, m)) = verwijderd.get_untracked() {
                        let id = m.id.clone();
                        c.wijzig(|a| { let i = i.min(a.maatregelen.len()); a.maatregelen.insert(i, m); });
                        zet_verwijderd.set(None);
                        focus_op(&veld_id(&format!("maatregelen.{id}.naam")));
                    }
                }>"Ongedaan maken"</button>
            </div>
        })}
    }
}

/// The error about a whole group (e.g. "at least one internal measure"), shown under its heading
/// with the same words and id scheme as a field's error, so the error summary's link lands there.
fn groep_fout(c: Ctx, veld: &'static str) -> impl IntoView {
    let fout = c.fout_bij(veld);
    view! {
        <Show when=move || fout.with(|f| f.is_some())>
            <p class="veld__fout" id=format!("{}-fout", veld_id(veld))><span class="visueel-verborgen">"Fout: "</span>{move || fout.get().unwrap_or_default()}</p>
        </Show>
    }
}

/// `aria-describedby` for a group's heading while its error shows.
fn groep_beschreven(c: Ctx, veld: &'static str) -> impl Fn() -> Option<String> + Clone + 'static {
    let fout = c.fout_bij(veld);
    move || fout.with(|f| f.is_some()).then(|| format!("{}-fout", veld_id(veld)))
}

#[component]
fn MaatregelKaart(id: String, zet_verwijderd: WriteSignal<Option<(usize, Maatregel)>>) -> impl IntoView {
    let c = ctx();
    let id = StoredValue::new(id);
    let p = move |f: &str| format!("maatregelen.{}.{f}", id.get_value());
    // Each field reads and writes only its own value (see `Ctx::lees_veld`): typing in one
    // card does not wake the other cards.
    let lees = move |f: &str, veld: fn(&Maatregel) -> &String| -> Signal<String> {
        let mid = id.get_value();
        c.lees_veld(&p(f), move |a| a.maatregelen.iter().find(|m| m.id == mid).map(veld)).into()
    };
    let zet = move |f: &str, veld: fn(&mut Maatregel, String)| {
        let pointer = p(f);
        Callback::new(move |v: String| {
            c.wijzig_veld(&pointer, |a| {
                if let Some(m) = a.maatregelen.iter_mut().find(|m| m.id == id.get_value()) {
                    veld(m, v)
                }
            })
        })
    };
    let soort = c.aanvraag.with_untracked(|a| a.maatregelen.iter().find(|m| m.id == id.get_value()).map(|m| m.soort).unwrap_or_default());
    let uitgebreid = c.aanvraag.with_untracked(|a| a.versie() == Versie::Uitgebreid);
    let nummer = c.structuur(move |a| {
        a.maatregelen.iter().filter(|m| m.soort == soort).position(|m| m.id == id.get_value()).map(|i| i + 1).unwrap_or(0)
    });
    let naam = lees("naam", |m| &m.naam);
    let verplaats = move |delta: i32| {
        c.wijzig(|a| {
            let Some(i) = a.maatregelen.iter().position(|m| m.id == id.get_value()) else { return };
            // Move past the neighbour of the same kind, so B1 and B2 keep their own order.
            let mut j = i as i32 + delta;
            while j >= 0 && (j as usize) < a.maatregelen.len() && a.maatregelen[j as usize].soort != soort {
                j += delta;
            }
            if j >= 0 && (j as usize) < a.maatregelen.len() {
                a.maatregelen.swap(i, j as usize);
            }
        });
        let knop = if delta < 0 { "omhoog" } else { "omlaag" };
        focus_op(&format!("{}-{knop}", veld_id(&format!("maatregelen.{}", id.get_value()))));
    };
    let kaart_id = veld_id(&format!("maatregelen.{}", id.get_value()));
    let kop_id = format!("{kaart_id}-kop");
    let kop_id2 = kop_id.clone();
    view! {
        <section class="kaart" id=kaart_id.clone() aria-labelledby=kop_id2>
            <h3 id=kop_id>{move || naam.with(|naam| {
                format!("{} {}{}", if soort == Soort::Extern { "Externe maatregel" } else { "Maatregel" }, nummer.get(), if naam.trim().is_empty() { String::new() } else { format!(": {}", naam.trim()) })
            })}</h3>
            <KorteTekst veld=p("naam") label="Naam van de maatregel" waarde=naam zet=zet("naam", |m, v| m.naam = v) fout=c.fout_bij(&p("naam")) />
            <KorteTekst veld=p("groep") label="Inspanningslijn of groep" hint="Bijvoorbeeld: 1. Investeren in voorkomen" optioneel=true waarde=lees("groep", |m| &m.groep) zet=zet("groep", |m, v| m.groep = v) fout=c.fout_bij(&p("groep")) />
            {if soort == Soort::Extern && uitgebreid {
                let vragen = guidance::B2_VRAGEN;
                view! {
                    <LangeTekst veld=p("externe_bron") rijen=4 label=format!("a) {}", vragen[0].1) waarde=lees("externe_bron", |m| &m.externe_bron) zet=zet("externe_bron", |m, v| m.externe_bron = v) fout=c.fout_bij(&p("externe_bron")) />
                    <LangeTekst veld=p("inzicht") rijen=4 label=format!("b) {}", vragen[1].1) waarde=lees("inzicht", |m| &m.inzicht) zet=zet("inzicht", |m, v| m.inzicht = v) fout=c.fout_bij(&p("inzicht")) />
                    <LangeTekst veld=p("getroffen_maatregel") rijen=4 label=format!("c) {}", vragen[2].1) waarde=lees("getroffen_maatregel", |m| &m.getroffen_maatregel) zet=zet("getroffen_maatregel", |m, v| m.getroffen_maatregel = v) fout=c.fout_bij(&p("getroffen_maatregel")) />
                }.into_any()
            } else {
                view! {
                    <LangeTekst veld=p("omschrijving") rijen=4 label="Omschrijving" optioneel=true waarde=lees("omschrijving", |m| &m.omschrijving) zet=zet("omschrijving", |m, v| m.omschrijving = v) fout=c.fout_bij(&p("omschrijving")) />
                }.into_any()
            }}
            <Datum veld=p("datum_getroffen") legend="Datum waarop de maatregel is getroffen" hint="Besloten en in uitvoering; vanaf 1 januari van het tekortjaar. Bijvoorbeeld 15 3 2019." optioneel=true
                waarde=c.lees_veld_waarde(&p("datum_getroffen"), move |a| a.maatregelen.iter().find(|m| m.id == id.get_value()).and_then(|m| m.datum_getroffen)).into()
                zet={ let pointer = p("datum_getroffen"); Callback::new(move |d| c.wijzig_veld(&pointer, |a| if let Some(m) = a.maatregelen.iter_mut().find(|m| m.id == id.get_value()) { m.datum_getroffen = d })) }
                fout=c.fout_bij(&p("datum_getroffen")) />
            <div class="kaart__acties">
                <button type="button" class="knop knop--klein knop--secundair" id=format!("{kaart_id}-omhoog") on:click=move |_| verplaats(-1)>"Omhoog"<span class="visueel-verborgen">{move || format!(" maatregel {}", nummer.get())}</span></button>
                <button type="button" class="knop knop--klein knop--secundair" id=format!("{kaart_id}-omlaag") on:click=move |_| verplaats(1)>"Omlaag"<span class="visueel-verborgen">{move || format!(" maatregel {}", nummer.get())}</span></button>
                <button type="button" class="knop knop--klein knop--gevaar" id=format!("{kaart_id}-verwijder") on:click=move |_| {
                    let mut weg = None;
                    c.wijzig(|a| if let Some(i) = a.maatregelen.iter().position(|m| m.id == id.get_value()) { weg = Some((i, a.maatregelen.remove(i))); });
                    zet_verwijderd.set(weg);
                    focus_op("herstel-maatregel");
                }>"Verwijderen"<span class="visueel-verborgen">{move || format!(" maatregel {}", nummer.get())}</span></button>
            </div>
        </section>
    }
}

/// The fixed declaration text of part D or 2, with the gemeente, year and deadline filled in.
fn formuliertekst_ingevuld(c: Ctx, deel: Deel) -> impl Fn() -> Vec<AnyView> {
    let gemeente = c.lees_veld("gemeente", |a| Some(&a.gemeente));
    let jaar = c.structuur(|a| a.tekortjaar());
    let versie = c.structuur(|a| a.versie());
    move || {
        let (g, t, versie) = (gemeente.get(), jaar.get(), versie.get());
        let deadline = c.uitkomst.with(|u| u.as_ref().ok().map(|u| crate::nl::format_date_long(u.uiterste_datum))).unwrap_or_default();
        alinea_views(&guidance::tekst(versie, deel).map(|x| guidance::invullen(x.formuliertekst, &g, t, &deadline)).unwrap_or_default())
    }
}

/// The signer's name field `veld` of the college (D) or the raad (2).
fn naam_van<'a>(a: &'a Aanvraag, is_raad: bool, veld: &str) -> &'a String {
    match (is_raad, veld) {
        (false, "secretaris") => &a.d_college.secretaris,
        (false, _) => &a.d_college.burgemeester,
        (true, "voorzitter") => &a.raad.voorzitter,
        (true, _) => &a.raad.griffier,
    }
}

fn zet_naam(a: &mut Aanvraag, is_raad: bool, veld: &str, v: String) {
    match (is_raad, veld) {
        (false, "secretaris") => a.d_college.secretaris = v,
        (false, _) => a.d_college.burgemeester = v,
        (true, "voorzitter") => a.raad.voorzitter = v,
        (true, _) => a.raad.griffier = v,
    }
}

/// A signature block: the date and the two names. `pad` is `d_college` or `raad`.
fn ondertekening(
    c: Ctx,
    pad: &'static str,
    legend: &'static str,
    hint: &'static str,
    namen: [(&'static str, &'static str); 2],
) -> impl IntoView {
    let is_raad = pad == "raad";
    let datum = move |a: &Aanvraag| if is_raad { a.raad.datum } else { a.d_college.datum };
    let datum_pad = format!("{pad}.datum");
    view! {
        <Datum veld=datum_pad.clone() legend=legend hint=hint
            waarde=c.lees_veld_waarde(&datum_pad, datum).into()
            zet={ let p = datum_pad.clone(); Callback::new(move |d| c.wijzig_veld(&p, |a| if is_raad { a.raad.datum = d } else { a.d_college.datum = d })) }
            fout=c.fout_bij(&datum_pad) />
        {namen.map(|(veld, label)| {
            let p = format!("{pad}.{veld}");
            let p2 = p.clone();
            view! {
                <KorteTekst veld=p.clone() label=label autocomplete="name"
                    waarde=c.lees_veld(&p, move |a| Some(naam_van(a, is_raad, veld))).into()
                    zet=Callback::new(move |v: String| c.wijzig_veld(&p2, |a| zet_naam(a, is_raad, veld, v)))
                    fout=c.fout_bij(&p) />
            }
        })}
    }
}

#[component]
fn DeelD() -> impl IntoView {
    let c = ctx();
    let versie = c.aanvraag.with_untracked(|a| a.versie());
    view! {
        <div class="formuliertekst" id="verklaring-college">{formuliertekst_ingevuld(c, Deel::D)}</div>
        {guidance::tekst(versie, Deel::D).map(|t| view! { <Toelichting titel="Officiële toelichting" tekst=t.toelichting bron=t.bron /> })}
        {ondertekening(c, "d_college", "Datum van ondertekening", "Uiterlijk op de uiterste datum. Bijvoorbeeld 23 6 2020.",
            [("secretaris", "Naam van de secretaris"), ("burgemeester", "Naam van de burgemeester")])}
    }
}

#[component]
fn DeelRaad() -> impl IntoView {
    let c = ctx();
    view! {
        <div class="formuliertekst" id="tekst-raad">{formuliertekst_ingevuld(c, Deel::Raad)}</div>
        {ondertekening(c, "raad", "Datum van instemming door de gemeenteraad", "Op of na de datum van het college, uiterlijk op de uiterste datum.",
            [("voorzitter", "Naam van de voorzitter"), ("griffier", "Naam van de griffier")])}
    }
}

#[component]
fn Controleren() -> impl IntoView {
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
                                let pagina = Pagina::van_sectie(k.sectie);
                                let doel = veld_id(&k.veld);
                                let url = format!("{}", href(&Route::Concept { id: id(), pagina }));
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

#[component]
fn Afronden() -> impl IntoView {
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
        </div>
        <p class="hint">"Het JSON-bestand kunt u later weer inlezen op de startpagina, ook in een andere browser. Het formulier zelf dient u in als ondertekende PDF via het webformulier van de Toetsingscommissie."</p>
    }
}

#[component]
fn Afdrukken() -> impl IntoView {
    let c = ctx();
    let html = move || {
        let u = c.uitkomst.get();
        let html = c.aanvraag.with(|a| crate::print::afdruk_html(a, u.as_ref().ok(), &crate::print::AfdrukOpties::default()));
        // One h1 per page: the form's title is this page's heading (and focus target).
        html.replacen("<h1>", "<h1 id=\"pagina-kop\" tabindex=\"-1\">", 1)
    };
    let download = move |_| {
        let u = c.uitkomst.get_untracked();
        let a = c.aanvraag.get_untracked();
        let doc = crate::print::afdruk_document(&a, u.as_ref().ok(), &crate::print::AfdrukOpties::default());
        let _ = opslag::download(&bestandsnaam(&a, "html"), &doc, "text/html");
    };
    view! {
        <div class="knoppen niet-afdrukken">
            <button type="button" class="knop" id="afdrukken" on:click=move |_| { let _ = window().print(); }>"Afdrukken / opslaan als PDF"</button>
            <button type="button" class="knop knop--secundair" id="download-afdrukversie" on:click=download>"Download afdrukversie"</button>
        </div>
        // The print HTML is built by `print::afdruk_html`, which escapes every user text.
        <div class="afdruk-houder" id="afdrukversie" inner_html=html></div>
    }
}

/// The accessibility statement.
#[component]
pub fn Toegankelijkheid() -> impl IntoView {
    zet_titel("Toegankelijkheidsverklaring");
    focus_op("pagina-kop");
    super::markeer_klaar();
    view! {
        <h1 id="pagina-kop" tabindex="-1">"Toegankelijkheid"</h1>
        <p>"Deze app wil voldoen aan WCAG 2.1 niveau AA (EN 301 549), zoals het Besluit digitale toegankelijkheid overheid vraagt. Hieronder staat wat bij elke wijziging automatisch wordt gecontroleerd, hoe, en wat niet."</p>
        <h2>"Wat is getest, en hoe"</h2>
        <p>"De tests draaien bij elke wijziging in Chromium 156 (Debian, zonder scherm, aangestuurd met Playwright), tegen de gebouwde app."</p>
        <ul>
            <li>"Automatische controle met axe-core 4.11.0, met alle regels voor WCAG 2.0 en 2.1 niveau A en AA: geen enkele overtreding op elke pagina en in elke toestand: de startpagina (leeg, met concepten, met een foutmelding bij het inlezen, met de vraag “Zeker weten?” bij verwijderen), elk onderdeel van een leeg concept (ook Rekenen met “Regels aanpassen” en herindeling open, en B met maatregelkaarten en de toelichtingen open), dezelfde onderdelen met foutmeldingen en foutsamenvatting, de volledige aanvraag van Arnhem over 2019 (alle onderdelen, Controleren, Afronden, Uw antwoorden, Inzicht en de afdrukversie) en deze verklaring."</li>
            <li>"Alleen met het toetsenbord: de aanvraag van Arnhem over 2019 (met twee interne en twee externe maatregelen) wordt helemaal ingevuld met Tab, Shift+Tab, Enter, spatie, pijltjestoetsen en typen (jaar kiezen, onderdelen via de navigatie, bedragen, keuzerondjes, teksten, maatregelen en brondocument toevoegen, datums als dag, maand en jaar), Controleren toont geen fouten en het JSON-bestand wordt met Enter gedownload. Op het gekozen element is steeds een focusrand van minstens 2 pixels zichtbaar."</li>
            <li>"De foutsamenvatting (“Er is een probleem”) krijgt de focus; elke melding is een link die met Enter de focus op het veld zet (bij keuzerondjes op het eerste of gekozen rondje), met precies dezelfde tekst als de melding bij het veld; de paginatitel begint met “Fout: ”; het veld heeft aria-invalid en is met aria-describedby aan de melding gekoppeld. Getest bij D, bij Rekenen en bij B."</li>
            <li>"320 pixels breed (zoals 400% zoom): op elke pagina, ook de afdrukversie, hoeft u niet horizontaal te scrollen. Alleen brede tabellen scrollen binnen hun eigen kader."</li>
            <li>"Geforceerde kleuren (forced-colors, zoals Windows-contrastthema’s), nagebootst in Chromium: de focusrand en de rand van de foutsamenvatting blijven zichtbaar, en axe-core vindt geen overtredingen."</li>
            <li>"Klikdoelen: elke zichtbare knop, link in de navigatie, keuzerondje, vinkvakje en de bestandskiezer is minstens 24 bij 24 pixels (WCAG 2.2, 2.5.8), ook bij 320 pixels breed."</li>
            <li>"Elke pagina heeft precies één kop van niveau 1; elke stap toont “Stap x van y” direct boven die kop en aan het begin van de paginatitel. De link “Naar de inhoud” verschijnt bij de eerste Tab en zet de focus op de inhoud."</li>
            <li>"Velden hebben een label; hints en foutmeldingen zijn met aria-describedby aan het veld gekoppeld; velden met een fout krijgen aria-invalid."</li>
            <li>"Verder draait een test de hele aanvraag van Arnhem over 2019 door met de muis: invullen, herladen, exporteren, afdrukversie, inlezen."</li>
        </ul>
        <h2>"Wat (nog) niet werkt of niet getest is"</h2>
        <ul>
            <li>"Er is niet getest met echte schermlezers (NVDA, JAWS, VoiceOver, TalkBack), vergrotingssoftware of spraakbesturing, en er is geen handmatige audit door een deskundige gedaan. Automatische tests vinden niet alle problemen, bijvoorbeeld niet of teksten en volgorde begrijpelijk zijn."</li>
            <li>"Alleen Chromium onder Linux is getest; Firefox, Safari, Edge en mobiele browsers niet."</li>
            <li>"Geforceerde kleuren zijn alleen nagebootst; een echt Windows-contrastthema op Windows is niet getest."</li>
            <li>"Niet getest: eigen tekstafstand (WCAG 1.4.12) en draaien tussen staand en liggend op mobiele apparaten."</li>
            <li>"De knop van de bestandskiezer (“Bestand kiezen”) heeft de taal van de browser, niet altijd Nederlands."</li>
            <li>"Zonder JavaScript werkt de app niet; gebruik dan het officiële Word-formulier van de Toetsingscommissie."</li>
        </ul>
        <p><a href="#/">"Terug naar de startpagina"</a></p>
    }
}

/// One row of a check-your-answers list.
fn antwoord_rij(label: String, waarde: Option<String>, wijzig: String, doel: String, c: Ctx, terug: Pagina) -> impl IntoView {
    let leeg = waarde.as_deref().is_none_or(|w| w.trim().is_empty());
    let label2 = label.clone();
    view! {
        <div class="samenvatting__rij">
            <dt>{label}</dt>
            <dd class:niet-ingevuld=leeg>{if leeg { vec![view! { <p>"Niet ingevuld"</p> }.into_any()] } else { alinea_views(&waarde.unwrap_or_default()) }}</dd>
            <dd class="samenvatting__actie">
                <a href=wijzig on:click=move |_| {
                    c.terug.set(Some(terug));
                    let d = doel.clone();
                    set_timeout(move || focus_op(&d), std::time::Duration::from_millis(60));
                }>"Wijzigen"<span class="visueel-verborgen">{format!(" {label2}")}</span></a>
            </dd>
        </div>
    }
}

/// Check your answers, for the whole request or one part, with "Wijzigen" links that come back here.
#[component]
fn Antwoorden(onderdeel: Option<super::Onderdeel>) -> impl IntoView {
    use super::Onderdeel as O;
    let c = ctx();
    c.terug.set(None);
    let hier = Pagina::Antwoorden(onderdeel);
    let delen: Vec<O> = match onderdeel {
        Some(o) => vec![o],
        None => O::ALLE.to_vec(),
    };
    let lijst = move |o: O| {
        // Read in place (no copy of the draft); the rows are built from it.
        let (id, rijen) = c.aanvraag.with(|a| {
            let mut rijen: Vec<(String, Option<String>, Pagina, String)> = Vec::new();
            let bedrag = |d: Option<Decimal>| d.map(format_money);
            match o {
                O::Rekenen => {
                    rijen.push(("Gemeente".into(), Some(a.gemeente.clone()), Pagina::Rekenen, veld_id("gemeente")));
                    rijen.push(("Tekortjaar".into(), Some(a.tekortjaar().to_string()), Pagina::Rekenen, veld_id("financien.tekortjaar")));
                    if a.tekortjaar() >= 2017 {
                        let jn = |b: Option<bool>| b.map(|b| if b { "Ja".to_string() } else { "Nee".to_string() });
                        rijen.push((
                            format!("Vangnetuitkering verleend over {}", a.tekortjaar() - 1),
                            jn(a.financien.verleend_vorig_jaar),
                            Pagina::Rekenen,
                            "verleend_vorig_jaar-ja".into(),
                        ));
                        rijen.push((
                            format!("Vangnetuitkering verleend over {}", a.tekortjaar() - 2),
                            jn(a.financien.verleend_twee_jaar_terug),
                            Pagina::Rekenen,
                            "verleend_twee_jaar_terug-ja".into(),
                        ));
                    }
                    for j in Invoer::benodigde_jaren(a.tekortjaar()) {
                        let x = jaar_cijfers(a, j);
                        let tekst = [("lasten", x.lasten), ("baten", x.baten), ("fout/onzeker", x.fout_onzeker), ("budget", x.budget)]
                            .iter()
                            .map(|(n, v)| format!("{n}: {}", bedrag(*v).unwrap_or_else(|| "niet ingevuld".into())))
                            .collect::<Vec<_>>()
                            .join("\n");
                        let leeg = x.lasten.is_none() && x.baten.is_none() && x.fout_onzeker.is_none() && x.budget.is_none();
                        rijen.push((
                            format!("Cijfers {j}"),
                            (!leeg).then_some(tekst),
                            Pagina::Rekenen,
                            veld_id(&format!("financien.{j}.lasten")),
                        ));
                    }
                }
                O::A => rijen.push(("Analyse van de oorzaken".into(), Some(a.a_analyse.clone()), Pagina::A, veld_id("a_analyse"))),
                O::B => {
                    rijen.push((
                        "Toelichting op de maatregelen".into(),
                        Some(a.b_toelichting.clone()),
                        Pagina::B,
                        veld_id("b_toelichting"),
                    ));
                    for m in &a.maatregelen {
                        let mut t = vec![];
                        if !m.groep.trim().is_empty() {
                            t.push(format!("Groep: {}", m.groep.trim()));
                        }
                        if m.soort == Soort::Extern {
                            t.push(format!("a) {}", m.externe_bron.trim()));
                            t.push(format!("b) {}", m.inzicht.trim()));
                            t.push(format!("c) {}", m.getroffen_maatregel.trim()));
                        } else if !m.omschrijving.trim().is_empty() {
                            t.push(m.omschrijving.trim().to_string());
                        }
                        if let Some(d) = m.datum_getroffen {
                            t.push(format!("Getroffen op {}", format_date(d)));
                        }
                        let soort = if m.soort == Soort::Extern { "Externe maatregel" } else { "Maatregel" };
                        rijen.push((
                            format!("{soort}: {}", if m.naam.trim().is_empty() { "(zonder naam)" } else { m.naam.trim() }),
                            Some(t.join("\n\n")),
                            Pagina::B,
                            veld_id(&format!("maatregelen.{}.naam", m.id)),
                        ));
                    }
                }
                O::C => {
                    rijen.push(("Beoogd effect".into(), Some(a.c_effect.clone()), Pagina::C, veld_id("c_effect")));
                    let bronnen = a
                        .bronnen
                        .iter()
                        .map(|b| {
                            format!(
                                "- {}{}{}",
                                b.titel.trim(),
                                if b.auteur.trim().is_empty() { String::new() } else { format!(", {}", b.auteur.trim()) },
                                if b.datum.trim().is_empty() { String::new() } else { format!(", {}", b.datum.trim()) }
                            )
                        })
                        .collect::<Vec<_>>()
                        .join("\n");
                    rijen.push(("Brondocumenten".into(), Some(bronnen), Pagina::C, "bronnen-kop".into()));
                }
                O::D => {
                    rijen.push((
                        "Datum ondertekening college".into(),
                        a.d_college.datum.map(format_date),
                        Pagina::D,
                        veld_id("d_college.datum"),
                    ));
                    rijen.push(("Secretaris".into(), Some(a.d_college.secretaris.clone()), Pagina::D, veld_id("d_college.secretaris")));
                    rijen.push((
                        "Burgemeester".into(),
                        Some(a.d_college.burgemeester.clone()),
                        Pagina::D,
                        veld_id("d_college.burgemeester"),
                    ));
                }
                O::Raad => {
                    rijen.push(("Datum instemming raad".into(), a.raad.datum.map(format_date), Pagina::Raad, veld_id("raad.datum")));
                    rijen.push(("Voorzitter".into(), Some(a.raad.voorzitter.clone()), Pagina::Raad, veld_id("raad.voorzitter")));
                    rijen.push(("Griffier".into(), Some(a.raad.griffier.clone()), Pagina::Raad, veld_id("raad.griffier")));
                }
            }
            (a.id.clone(), rijen)
        });
        let url = |p: Pagina| href(&Route::Concept { id: id.clone(), pagina: p });
        rijen.into_iter().map(|(label, waarde, p, doel)| antwoord_rij(label, waarde, url(p), doel, c, hier)).collect_view()
    };
    let versie = c.aanvraag.with_untracked(|a| a.versie());
    let id = c.aanvraag.with_untracked(|a| a.id.clone());
    view! {
        <p>"Controleer uw antwoorden. Met “Wijzigen” past u een antwoord aan en komt u hier terug."</p>
        {delen.into_iter().map(|o| {
            let kop = o.pagina().titel(versie);
            let kop_id = format!("antwoorden-{}", o.pagina().slug());
            view! {
                <section class="samenvatting" aria-labelledby=kop_id.clone()>
                    <h2 id=kop_id.clone()>{kop}</h2>
                    <dl class="samenvatting__lijst">{move || lijst(o)}</dl>
                </section>
            }
        }).collect_view()}
        <div class="knoppen">
            <a class="knop" id="naar-controleren" href=href(&Route::Concept { id: id.clone(), pagina: Pagina::Controleren })>"Verder: controleren"</a>
        </div>
    }
}
