//! The start page: new draft, import, and the drafts in this browser.

use super::ctx;
use crate::model::Aanvraag;
use crate::rules::{EERSTE_JAAR, LAATSTE_JAAR};
use crate::ui::dom::{focus_op, markeer_klaar, zet_titel};
use crate::ui::{href, opslag, Pagina, Route};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The start page: drafts in this browser.
#[component]
pub fn Start() -> impl IntoView {
    let c = ctx();
    zet_titel("Concepten");
    focus_op("pagina-kop");
    markeer_klaar();
    let (versie, ververs) = signal(0u32);
    let index = move || {
        versie.track();
        opslag::index()
    };
    // The year a gemeente prepares today: the one whose deadline has not passed (issue 15).
    let standaard = crate::model::standaard_tekortjaar(opslag::vandaag());
    let (jaar, zet_jaar) = signal(standaard);
    let (import_fout, zet_import_fout) = signal(None::<String>);
    let (te_verwijderen, zet_te_verwijderen) = signal(None::<String>);
    // A draft page that stopped the app while opening (see `ui::gestopt`): marked here and not
    // opened by itself; the user may download it or still open it.
    let gestopt = crate::ui::gestopt::gestopt_bij_openen();
    let gestopt_tekst = gestopt.as_ref().and_then(|id| opslag::lees(&crate::drafts::sleutel(id)).ok().flatten());
    if gestopt.is_some() && gestopt_tekst.is_none() {
        // That draft is gone (deleted in another tab): nothing to warn about.
        crate::ui::gestopt::wis_openen();
    }
    let gestopt = gestopt.filter(|_| gestopt_tekst.is_some());
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
                <select id="nieuw-jaar" on:change:target=move |ev| zet_jaar.set(ev.target().value().parse().unwrap_or(standaard))>
                    {(EERSTE_JAAR..=LAATSTE_JAAR).rev().map(|j| view! { <option value=j.to_string() selected=j == standaard>{j}</option> }).collect_view()}
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
        {gestopt.clone().zip(gestopt_tekst).map(|(id, t)| {
            let id2 = id.clone();
            let naam = crate::drafts::lees(&t).ok().map(|c| c.aanvraag.gemeente.trim().to_string()).filter(|g| !g.is_empty());
            let wie = naam.map(|g| format!("Het concept {g}")).unwrap_or_else(|| "Eén concept".into());
            view! {
                <div class="banner banner--waarschuwing" id="gestopt-concept" role="status">
                    <p>{wie}" stopte de app bij het openen (gemarkeerd in de lijst). Het wordt daarom niet vanzelf geopend. Download het als bestand om het veilig te stellen, of open het toch."</p>
                    <button type="button" class="knop knop--secundair" id="gestopt-download" on:click=move |_| {
                        let _ = opslag::download(&format!("concept-{id2}.json"), &t, "application/json");
                    }>"Download (JSON)"</button>
                    " "
                    <a class="knop" id="gestopt-openen" href=href(&Route::Concept { id, pagina: Pagina::Overzicht })>"Toch openen"</a>
                </div>
            }
        })}
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
                                        <td>{r.status.clone()}{(gestopt.as_deref() == Some(r.id.as_str())).then(|| view! {
                                            <strong class="gestopt-merk">" Deze versie stopte de app bij het openen"</strong>
                                        })}</td>
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
                                            <a class="knop knop--klein knop--secundair" href=href(&Route::Concept { id: id.clone(), pagina: Pagina::VolgendJaar })>"Volgend jaar voorbereiden"<span class="visueel-verborgen">{format!(" vanuit {naam}")}</span></a>
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
        // Filled by pwa.js (outside the wasm, to keep the start page's module small): storage
        // used and left, and whether the browser keeps the drafts for good.
        <section id="opslag-ruimte"></section>
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
