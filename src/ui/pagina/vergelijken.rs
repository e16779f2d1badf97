//! "Vergelijken met een bestand of concept": the version marks of this draft, and the
//! side-by-side differences with another draft, a file or a mark, per part and field, with
//! take-over per field, per measure or per whole part. Nothing changes before the user confirms
//! the list of changes; the state before the last take-over is kept in memory for "Ongedaan
//! maken". All logic is in `crate::samenvoegen` and `crate::versies`; this page only calls it.

use super::ctx;
use crate::drafts;
use crate::model::Aanvraag;
use crate::samenvoegen::{
    alle_velden, andere_herkomst, neem_over, titel, uittreksel, vergelijk, MaatregelStatus, OnderdeelVerschil, Regel,
};
use crate::ui::dom::focus_op;
use crate::ui::{href, opslag, Pagina, Route};
use crate::veld::Veld;
use crate::versies;
use leptos::prelude::*;
use std::collections::BTreeSet;
use wasm_bindgen::JsCast;

/// The application compared with.
#[derive(Clone, Debug, PartialEq)]
struct Ander {
    /// Where it comes from, for the heading ("het bestand ‘x.json’", "versie ‘…’").
    bron: String,
    /// The column heading of its values.
    kolom: &'static str,
    aanvraag: Aanvraag,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stap {
    /// Choose what to compare with.
    Kiezen,
    /// The other file is of another gemeente or year: say so first.
    Herkomst,
    /// The differences, with checkboxes.
    Lijst,
    /// The list of what will change, to confirm.
    Bevestigen,
}

/// Now in local time as ISO text without zone ("2027-05-12T10:15:00"): what the mark shows.
fn nu_lokaal() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes(),
        d.get_seconds()
    )
}

fn slug(o: crate::veld::Onderdeel) -> String {
    format!("{o:?}").to_lowercase()
}

fn toon(w: &Option<String>) -> String {
    w.clone().unwrap_or_else(|| "(leeg)".into())
}

fn kort(t: &str) -> String {
    let mut s: String = t.chars().take(120).collect();
    if s.len() < t.len() {
        s.push('…');
    }
    s
}

#[component]
pub(super) fn Vergelijken() -> impl IntoView {
    let c = ctx();
    let ander = RwSignal::new(None::<Ander>);
    let stap = RwSignal::new(Stap::Kiezen);
    let gekozen = RwSignal::new(BTreeSet::<Veld>::new());
    let vorige = RwSignal::new(None::<Aanvraag>);
    let melding = RwSignal::new(None::<String>);
    let import_fout = RwSignal::new(None::<String>);
    let delen = Memo::new(move |_| c.aanvraag.with(|a| ander.with(|x| x.as_ref().map(|x| vergelijk(a, &x.aanvraag)).unwrap_or_default())));
    let herkomst = Memo::new(move |_| c.aanvraag.with(|a| ander.with(|x| x.as_ref().and_then(|x| andere_herkomst(a, &x.aanvraag)))));

    let begin = move |x: Ander| {
        let anders = c.aanvraag.with_untracked(|a| andere_herkomst(a, &x.aanvraag)).is_some();
        ander.set(Some(x));
        gekozen.set(BTreeSet::new());
        import_fout.set(None);
        melding.set(None);
        stap.set(if anders { Stap::Herkomst } else { Stap::Lijst });
        focus_op(if anders { "andere-herkomst" } else { "verschillen-kop" });
    };
    let fout = move |t: String| {
        import_fout.set(Some(t));
        focus_op("vergelijk-fout");
    };

    // Other drafts in this browser.
    let eigen_id = c.aanvraag.with_untracked(|a| a.id.clone());
    let andere_concepten = opslag::index().unwrap_or_default().into_iter().filter(|r| r.id != eigen_id).collect::<Vec<_>>();
    let heeft_andere = !andere_concepten.is_empty();
    let gekozen_concept = RwSignal::new(andere_concepten.first().map(|r| r.id.clone()).unwrap_or_default());
    let vergelijk_concept = move |_| {
        let id = gekozen_concept.get_untracked();
        match opslag::lees(&drafts::sleutel(&id)) {
            Ok(Some(t)) => match drafts::lees(&t) {
                Ok(cpt) => {
                    let naam = if cpt.aanvraag.gemeente.trim().is_empty() {
                        "(naamloos)".to_string()
                    } else {
                        cpt.aanvraag.gemeente.trim().to_string()
                    };
                    begin(Ander {
                        bron: format!("het concept ‘{naam} {}’", cpt.aanvraag.tekortjaar()),
                        kolom: "Ander concept",
                        aanvraag: cpt.aanvraag,
                    })
                }
                Err(e) => fout(format!("Dit concept kon niet worden gelezen: {e}")),
            },
            Ok(None) => fout("Dit concept staat niet (meer) in deze browser.".into()),
            Err(e) => fout(e.tekst()),
        }
    };
    let vergelijk_bestand = move |ev: web_sys::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        let Some(bestand) = input.files().and_then(|f| f.get(0)) else { return };
        let naam = bestand.name();
        input.set_value("");
        // The start page's import path: the same checks and the same Dutch explanations.
        opslag::lees_bestand(bestand, move |r| match r.and_then(|t| crate::export::uit_json(&t).map_err(|e| e.to_string())) {
            Ok(b) => begin(Ander { bron: format!("het bestand ‘{naam}’"), kolom: "Ander bestand", aanvraag: b }),
            Err(e) => fout(e),
        });
    };

    // Version marks.
    let versie_naam = RwSignal::new(versies::standaard_naam(opslag::vandaag()));
    let versie_fout = RwSignal::new(None::<String>);
    let te_verwijderen = RwSignal::new(None::<usize>);
    let lijst_versies = c.structuur(|a| a.versies.iter().map(|v| (v.naam.clone(), v.datum_tijd.clone())).collect::<Vec<_>>());
    let markeer = move || {
        let naam = versie_naam.get_untracked();
        let mut r = Ok(());
        c.wijzig(|a| r = versies::markeer(a, &naam, &nu_lokaal()));
        match r {
            Ok(()) => {
                versie_fout.set(None);
                melding.set(Some(format!("Versie ‘{}’ is gemarkeerd.", naam.trim())));
                versie_naam.set(versies::standaard_naam(opslag::vandaag()));
                focus_op("melding");
            }
            Err(e) => {
                versie_fout.set(Some(e.to_string()));
                focus_op("versie-naam");
            }
        }
    };
    let versie_als_ander = move |i: usize| {
        c.aanvraag.with_untracked(|a| {
            a.versies.get(i).map(|v| Ander { bron: format!("versie ‘{}’", v.naam), kolom: "Versie", aanvraag: v.aanvraag.clone() })
        })
    };

    let overnemen = move || {
        let keuze = gekozen.get_untracked();
        let Some(x) = ander.get_untracked() else { return };
        let oud = c.aanvraag.get_untracked();
        let nieuw = neem_over(&oud, &x.aanvraag, &keuze);
        vorige.set(Some(oud));
        c.wijzig(|a| *a = nieuw);
        gekozen.set(BTreeSet::new());
        stap.set(Stap::Lijst);
        let n = keuze.len();
        melding.set(Some(format!("{n} {} overgenomen uit {}.", if n == 1 { "wijziging" } else { "wijzigingen" }, x.bron)));
        focus_op("melding");
    };
    let ongedaan = move |_| {
        if let Some(oud) = vorige.get_untracked() {
            c.wijzig(|a| *a = oud);
            vorige.set(None);
            melding.set(Some("Het overnemen is ongedaan gemaakt: het concept is weer zoals ervoor.".into()));
            focus_op("melding");
        }
    };

    let id = move || c.aanvraag.with(|a| a.id.clone());
    view! {
        <p>"Vergelijk dit concept met een ander concept in deze browser, met een bestand van een collega of met een eerder gemarkeerde versie. U ziet de verschillen per onderdeel en kiest zelf wat u overneemt; er verandert niets voordat u dat bevestigt, en u kunt het daarna ongedaan maken."</p>
        {move || melding.get().map(|m| view! {
            <div class="banner banner--goed" role="status">
                <p id="melding" tabindex="-1">{m}</p>
                {move || vorige.with(|v| v.is_some()).then(|| view! {
                    <button type="button" class="knop knop--secundair" id="ongedaan-maken" on:click=ongedaan>"Ongedaan maken"</button>
                })}
            </div>
        })}

        <h2 id="versies-kop">"Versies van dit concept"</h2>
        <p class="hint">{format!("Markeer een moment, bijvoorbeeld de versie die naar het college gaat. De versies worden in het concept bewaard en gaan mee in het JSON-bestand (hoogstens {}).", versies::MAX_VERSIES)}</p>
        <div class="veld" class:veld--fout=move || versie_fout.with(|f| f.is_some())>
            <label for="versie-naam" class="veld__label">"Naam van de versie"</label>
            {move || versie_fout.get().map(|f| view! { <p class="veld__fout" id="versie-fout" role="alert">{f}</p> })}
            <input type="text" id="versie-naam" class="veld__invoer" maxlength=versies::MAX_NAAM_TEKENS.to_string()
                prop:value=move || versie_naam.get()
                aria-invalid=move || versie_fout.with(|f| f.is_some()).then_some("true")
                aria-describedby=move || versie_fout.with(|f| f.is_some()).then_some("versie-fout")
                on:input:target=move |ev| versie_naam.set(ev.target().value())
                on:keydown=move |ev: web_sys::KeyboardEvent| if ev.key() == "Enter" { markeer() } />
        </div>
        <button type="button" class="knop" id="versie-markeren" on:click=move |_| markeer()>"Versie markeren"</button>
        {move || {
            let lijst = lijst_versies.get();
            if lijst.is_empty() {
                return view! { <p id="geen-versies">"Er zijn nog geen versies gemarkeerd."</p> }.into_any();
            }
            view! {
                <table class="tabel" id="versies">
                    <caption class="visueel-verborgen">"Gemarkeerde versies"</caption>
                    <thead><tr><th scope="col">"Naam"</th><th scope="col">"Gemarkeerd op"</th><th scope="col">"Acties"</th></tr></thead>
                    <tbody>
                        {lijst.into_iter().enumerate().map(|(i, (naam, tijd))| {
                            let n2 = naam.clone();
                            let n3 = naam.clone();
                            view! {
                                <tr>
                                    <th scope="row">{naam.clone()}</th>
                                    <td>{versies::tijd_tekst(&tijd)}</td>
                                    <td class="acties">
                                        <button type="button" class="knop knop--klein knop--secundair versie-vergelijken" on:click=move |_| {
                                            if let Some(x) = versie_als_ander(i) { begin(x) }
                                        }>"Vergelijken"<span class="visueel-verborgen">{format!(" met {n2}")}</span></button>
                                        " "
                                        <button type="button" class="knop knop--klein knop--secundair versie-herstellen" on:click=move |_| {
                                            let Some(x) = versie_als_ander(i) else { return };
                                            let alles = c.aanvraag.with_untracked(|a| alle_velden(&vergelijk(a, &x.aanvraag)));
                                            if alles.is_empty() {
                                                melding.set(Some("Deze versie is gelijk aan het huidige concept; er is niets te herstellen.".into()));
                                                focus_op("melding");
                                                return;
                                            }
                                            ander.set(Some(x));
                                            gekozen.set(alles);
                                            melding.set(None);
                                            stap.set(Stap::Bevestigen);
                                            focus_op("bevestig-kop");
                                        }>"Herstellen"<span class="visueel-verborgen">{format!(" {n3}")}</span></button>
                                        " "
                                        {move || if te_verwijderen.get() == Some(i) {
                                            view! {
                                                <span class="bevestig" role="group" aria-label="Verwijderen bevestigen">
                                                    "Zeker weten? "
                                                    <button type="button" class="knop knop--klein knop--gevaar" id="bevestig-versie-verwijderen" on:click=move |_| {
                                                        c.wijzig(|a| versies::verwijder(a, i));
                                                        te_verwijderen.set(None);
                                                        versie_fout.set(None);
                                                        focus_op("versies-kop");
                                                    }>"Ja, verwijderen"</button>
                                                    <button type="button" class="knop knop--klein knop--secundair" on:click=move |_| te_verwijderen.set(None)>"Nee"</button>
                                                </span>
                                            }.into_any()
                                        } else {
                                            view! {
                                                <button type="button" class="knop knop--klein knop--secundair versie-verwijderen" on:click=move |_| {
                                                    te_verwijderen.set(Some(i));
                                                    focus_op("bevestig-versie-verwijderen");
                                                }>"Verwijderen"</button>
                                            }.into_any()
                                        }}
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            }.into_any()
        }}

        <h2>"Vergelijken met een ander concept of bestand"</h2>
        <div class="veld" class:veld--fout=move || import_fout.with(|f| f.is_some())>
            {move || import_fout.get().map(|f| view! {
                <div id="vergelijk-fout" tabindex="-1" role="alert">
                    <p class="veld__fout">{f}</p>
                    <p>"Er is niets veranderd. Kies een ander bestand of concept, of ga "<a href=move || href(&Route::Concept { id: id(), pagina: Pagina::Overzicht })>"terug naar het overzicht"</a>"."</p>
                </div>
            })}
            {heeft_andere.then(|| view! {
                <label for="ander-concept" class="veld__label">"Een ander concept in deze browser"</label>
                <div class="rij">
                    <select id="ander-concept" on:change:target=move |ev| gekozen_concept.set(ev.target().value())>
                        {andere_concepten.iter().map(|r| {
                            let naam = if r.gemeente.trim().is_empty() { "(naamloos)".to_string() } else { r.gemeente.clone() };
                            view! { <option value=r.id.clone()>{format!("{naam} · tekortjaar {} · {}", r.tekortjaar, r.status)}</option> }
                        }).collect_view()}
                    </select>
                    <button type="button" class="knop knop--secundair" id="vergelijk-concept" on:click=vergelijk_concept>"Vergelijk met dit concept"</button>
                </div>
            })}
            <label for="vergelijk-bestand" class="veld__label">"Een aanvraagbestand (JSON), bijvoorbeeld van een collega"</label>
            <input type="file" id="vergelijk-bestand" accept=".json,application/json" on:change=vergelijk_bestand />
        </div>

        {move || match stap.get() {
            Stap::Kiezen => ().into_any(),
            Stap::Herkomst => view! {
                <div class="banner banner--waarschuwing" id="andere-herkomst" tabindex="-1" role="alert">
                    <p><strong>{move || herkomst.get().unwrap_or_default()}</strong></p>
                    <p>"Weet u zeker dat u deze wilt vergelijken? Wat u overneemt, komt uit de aanvraag van een andere gemeente of een ander jaar."</p>
                    <div class="knoppen">
                        <button type="button" class="knop" id="toch-vergelijken" on:click=move |_| { stap.set(Stap::Lijst); focus_op("verschillen-kop"); }>"Toch vergelijken"</button>
                        <button type="button" class="knop knop--secundair" id="niet-vergelijken" on:click=move |_| { ander.set(None); stap.set(Stap::Kiezen); focus_op("vergelijk-bestand"); }>"Niet vergelijken"</button>
                    </div>
                </div>
            }.into_any(),
            Stap::Lijst => view! { <Verschillen ander=ander delen=delen gekozen=gekozen herkomst=herkomst stap=stap /> }.into_any(),
            Stap::Bevestigen => view! { <Bevestigen ander=ander delen=delen gekozen=gekozen stap=stap overnemen=Callback::new(move |()| overnemen()) /> }.into_any(),
        }}
        <p><a href=move || href(&Route::Concept { id: id(), pagina: Pagina::Overzicht })>"Terug naar het overzicht"</a></p>
    }
}

/// A checkbox that takes over a set of fields: checked when all of them are chosen.
fn vinkje(id: String, label: String, velden: Vec<Veld>, gekozen: RwSignal<BTreeSet<Veld>>, verborgen: bool) -> impl IntoView {
    let v2 = velden.clone();
    view! {
        <span class="keuze-vak">
            <input type="checkbox" id=id.clone()
                prop:checked=move || gekozen.with(|g| !v2.is_empty() && v2.iter().all(|v| g.contains(v)))
                on:change:target=move |ev| {
                    let aan = ev.target().checked();
                    gekozen.update(|g| for v in &velden { if aan { g.insert(v.clone()); } else { g.remove(v); } });
                } />
            <label for=id class:visueel-verborgen=verborgen>{label}</label>
        </span>
    }
}

/// A value cell: for long texts only the paragraphs that differ (`uittreksel`), with the whole
/// text one click away.
fn waarde_cel(getoond: Option<String>, heel: Option<String>) -> impl IntoView {
    let leeg = getoond.is_none();
    let heel = heel.filter(|h| getoond.as_ref() != Some(h));
    view! {
        <td class="vergelijk__waarde" class:niet-ingevuld=leeg>
            <div>{toon(&getoond)}</div>
            {heel.map(|h| view! { <details><summary>"Hele tekst tonen"</summary><div>{h}</div></details> })}
        </td>
    }
}

fn regel_rij(r: Regel, gekozen: RwSignal<BTreeSet<Veld>>) -> impl IntoView {
    let id = format!("kies-{}", r.veld.dom_id());
    let (huidig, ander) = match (&r.huidig, &r.ander) {
        (Some(h), Some(a)) if r.veld.soort() == crate::veld::VeldSoort::LangeTekst => {
            let (h, a) = uittreksel(h, a);
            (Some(h), Some(a))
        }
        _ => (r.huidig.clone(), r.ander.clone()),
    };
    view! {
        <tr>
            <td>{vinkje(id, format!("{} overnemen", r.label), vec![r.veld.clone()], gekozen, true)}</td>
            <th scope="row">{r.label.clone()}</th>
            {waarde_cel(huidig, r.huidig)}
            {waarde_cel(ander, r.ander)}
        </tr>
    }
}

#[component]
fn Verschillen(
    ander: RwSignal<Option<Ander>>,
    delen: Memo<Vec<OnderdeelVerschil>>,
    gekozen: RwSignal<BTreeSet<Veld>>,
    herkomst: Memo<Option<String>>,
    stap: RwSignal<Stap>,
) -> impl IntoView {
    let kolom = move || ander.with(|x| x.as_ref().map_or("Ander bestand", |x| x.kolom));
    let (leeg_fout, zet_leeg_fout) = signal(false);
    view! {
        <section class="vergelijk" aria-labelledby="verschillen-kop">
            <h2 id="verschillen-kop" tabindex="-1">{move || ander.with(|x| format!("Verschillen met {}", x.as_ref().map(|x| x.bron.as_str()).unwrap_or("")))}</h2>
            {move || herkomst.get().map(|h| view! { <p class="banner banner--waarschuwing" id="herkomst-let-op">{h}</p> })}
            {move || {
                let ds = delen.get();
                if ds.is_empty() {
                    return view! { <p id="geen-verschillen">"Er zijn geen verschillen: de velden van het formulier zijn gelijk."</p> }.into_any();
                }
                view! {
                    <p>"Vink aan wat u wilt overnemen: een veld, een hele maatregel of een heel onderdeel. U ziet daarna eerst een overzicht van wat er verandert."</p>
                    {ds.into_iter().map(|d| {
                        let s = slug(d.onderdeel);
                        let t = titel(d.onderdeel);
                        let alle: Vec<Veld> = d.velden().cloned().collect();
                        view! {
                            <section class="vergelijk__deel" aria-labelledby=format!("verschil-{s}")>
                                <h3 id=format!("verschil-{s}")>{t}</h3>
                                {vinkje(format!("kies-onderdeel-{s}"), format!("Heel onderdeel overnemen ({t})"), alle, gekozen, false)}
                                <div class="vergelijk__rol">
                                <table class="tabel vergelijk__tabel" id=format!("verschillen-{s}")>
                                    <colgroup><col class="vergelijk__kies" /><col class="vergelijk__veld" /><col /><col /></colgroup>
                                    <caption class="visueel-verborgen">{format!("Verschillen in {t}")}</caption>
                                    <thead><tr><th scope="col">"Overnemen"</th><th scope="col">"Veld"</th><th scope="col">"Huidig"</th><th scope="col">{kolom}</th></tr></thead>
                                    <tbody>{d.regels.into_iter().map(|r| regel_rij(r, gekozen)).collect_view()}</tbody>
                                    {d.maatregelen.into_iter().map(|m| {
                                        let status = match m.status {
                                            MaatregelStatus::Gewijzigd => "gewijzigd",
                                            MaatregelStatus::Toegevoegd => "alleen in het andere bestand: komt erbij",
                                            MaatregelStatus::Verwijderd => "niet in het andere bestand: vervalt",
                                        };
                                        let velden: Vec<Veld> = m.regels.iter().map(|r| r.veld.clone()).collect();
                                        let kop = format!("Maatregel ‘{}’ ({status})", m.naam);
                                        view! {
                                            <tbody class="vergelijk__maatregel">
                                                <tr class="groep">
                                                    <td>{vinkje(format!("kies-maatregel-{s}-{}", m.id), format!("Hele maatregel ‘{}’ overnemen", m.naam), velden, gekozen, true)}</td>
                                                    <th scope="rowgroup" colspan="3">{kop}</th>
                                                </tr>
                                                {m.regels.into_iter().map(|r| regel_rij(r, gekozen)).collect_view()}
                                            </tbody>
                                        }
                                    }).collect_view()}
                                </table>
                                </div>
                            </section>
                        }
                    }).collect_view()}
                    {move || leeg_fout.get().then(|| view! { <p class="veld__fout" id="niets-gekozen" role="alert">"Vink eerst aan wat u wilt overnemen."</p> })}
                    <div class="knoppen">
                        <button type="button" class="knop" id="overnemen" on:click=move |_| {
                            if gekozen.with_untracked(|g| g.is_empty()) {
                                zet_leeg_fout.set(true);
                                return;
                            }
                            zet_leeg_fout.set(false);
                            stap.set(Stap::Bevestigen);
                            focus_op("bevestig-kop");
                        }>"Overnemen…"</button>
                    </div>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn Bevestigen(
    ander: RwSignal<Option<Ander>>,
    delen: Memo<Vec<OnderdeelVerschil>>,
    gekozen: RwSignal<BTreeSet<Veld>>,
    stap: RwSignal<Stap>,
    overnemen: Callback<()>,
) -> impl IntoView {
    let c = ctx();
    let lijst = move || {
        let g = gekozen.get();
        let a = c.aanvraag.get_untracked();
        let b = ander.with_untracked(|x| x.as_ref().map(|x| x.aanvraag.clone())).unwrap_or_default();
        delen
            .get()
            .iter()
            .flat_map(|d| d.regels.iter().chain(d.maatregelen.iter().flat_map(|m| &m.regels)).map(move |r| (d.onderdeel, r.clone())))
            .filter(|(_, r)| g.contains(&r.veld))
            .map(|(o, r)| {
                let naam = r.veld.naam(if r.veld.lees(&a).is_some() { &a } else { &b });
                (titel(o), naam, r)
            })
            .collect::<Vec<_>>()
    };
    let aantal = move || gekozen.with(|g| g.len());
    view! {
        <section class="vergelijk" aria-labelledby="bevestig-kop">
            <h2 id="bevestig-kop" tabindex="-1">{move || ander.with(|x| format!("Overnemen uit {}: controleer wat er verandert", x.as_ref().map(|x| x.bron.as_str()).unwrap_or("")))}</h2>
            <p>{move || format!("Na uw bevestiging {} in uw concept:", if aantal() == 1 { "verandert dit veld".to_string() } else { format!("veranderen deze {} velden", aantal()) })}</p>
            <ul id="te-wijzigen">
                {move || lijst().into_iter().map(|(deel, naam, r)| view! {
                    <li><strong>{format!("{deel} – {naam}")}</strong>": "{kort(&toon(&r.huidig))}" → "{kort(&toon(&r.ander))}</li>
                }).collect_view()}
            </ul>
            <div class="knoppen">
                <button type="button" class="knop" id="bevestig-overnemen" on:click=move |_| overnemen.run(())>"Ja, overnemen"</button>
                <button type="button" class="knop knop--secundair" id="terug-naar-keuze" on:click=move |_| { stap.set(Stap::Lijst); focus_op("verschillen-kop"); }>"Terug naar de keuze"</button>
            </div>
        </section>
    }
}
