//! Rekenen, the parts around the figures: the rules used (with certainty and source), the
//! user's replacement of rule parameters for this application, and the predecessors after a
//! herindeling.

use super::velden::{veld_id, Bedrag, Datum, KorteTekst, LangeTekst, Percentage};
use super::Ctx;
use crate::nl::{format_date, format_percent};
use crate::rules::{regels, Band, Bron, Cumulatief, Invoer, JaarCijfers, RegelAanpassing, Voorganger};
use leptos::prelude::*;
use rust_decimal::Decimal;

fn rij<T>(naam: &str, b: &Bron<T>, waarde: String) -> impl IntoView {
    let naam = naam.to_string();
    let zekerheid = if b.aangepast { "door u aangepast".to_string() } else { b.zekerheid.label().to_string() };
    view! {
        <tr class:aangepast=b.aangepast>
            <th scope="row">{naam}</th>
            <td>{waarde}</td>
            <td>{zekerheid}</td>
            <td class="bron">{b.bron.clone()}</td>
        </tr>
    }
}

fn banden_tekst(banden: &[Band]) -> String {
    let mut delen = vec![format!("tot {}: 0% (eigen risico)", banden.first().map(|b| format_percent(b.vanaf, 1)).unwrap_or_default())];
    for (i, b) in banden.iter().enumerate() {
        let tot = banden.get(i + 1).map(|n| format!(" tot {}", format_percent(n.vanaf, 1))).unwrap_or_default();
        delen.push(format!("vanaf {}{tot}: {}", format_percent(b.vanaf, 1), format_percent(b.aandeel, 0)));
    }
    delen.join("; ")
}

/// The rule parameters used for this tekortjaar, each with certainty and source.
#[component]
pub fn GebruikteRegels() -> impl IntoView {
    let c = expect_context::<Ctx>();
    view! {
        <details class="regels" id="gebruikte-regels">
            <summary>"Gebruikte regels, met zekerheid en bron"</summary>
            {move || c.uitkomst.with(|u| u.as_ref().ok().map(|u| {
                let r = &u.regels;
                let cum = match r.cumulatief.waarde {
                    Cumulatief::Geen => "geen".to_string(),
                    Cumulatief::Jaren { van, tot_en_met } => format!("som van de tekorten {van}–{tot_en_met}, vergeleken met het budget van {tot_en_met}"),
                };
                view! {
                    <table class="tabel">
                        <caption>{format!("Regels voor tekortjaar {}", r.jaar)}</caption>
                        <thead><tr><th scope="col">"Regel"</th><th scope="col">"Waarde"</th><th scope="col">"Zekerheid"</th><th scope="col">"Bron"</th></tr></thead>
                        <tbody>
                            {rij("Toegangsdrempel (tekort meer dan)", &r.drempel, format_percent(r.drempel.waarde, 1))}
                            {rij("Vergoeding per band", &r.banden, banden_tekst(&r.banden.waarde))}
                            {rij("Toets over meerdere jaren", &r.cumulatief, cum)}
                            {r.per_inwoner.as_ref().map(|p| rij("Alternatieve toegang", p, format!("tekort meer dan € {} per inwoner", p.waarde)))}
                            {r.uitgebreid_vangnet.as_ref().map(|uv| view! {
                                {rij("Uitgebreid vangnet: drempel", &uv.drempel, format_percent(uv.drempel.waarde, 1))}
                                {rij("Uitgebreid vangnet: eerdere jaren", &uv.vooraf_minimum, format!("in minstens {} van de 3 jaren ervoor ten minste {}", uv.vooraf_aantal.waarde, format_percent(uv.vooraf_minimum.waarde, 1)))}
                                {rij("Uitgebreid vangnet: vergoeding per band", &uv.banden, banden_tekst(&uv.banden.waarde))}
                            })}
                            {rij("Uiterste datum van ontvangst", &r.uiterste_datum, format_date(r.uiterste_datum.waarde))}
                            {rij("Uitbetaling", &r.uitbetaling, r.uitbetaling.waarde.clone())}
                        </tbody>
                    </table>
                }
            }))}
        </details>
    }
}

/// Replacing rule parameters for this application (e.g. when the ministry published the rules
/// of 2026 after this app was made).
#[component]
pub fn RegelsAanpassen() -> impl IntoView {
    let c = expect_context::<Ctx>();
    let actief = Memo::new(move |_| c.aanvraag.with(|a| a.regelaanpassing.is_some()));
    let t = Memo::new(move |_| c.aanvraag.with(|a| a.tekortjaar()));
    let aanpassing = move |f: fn(&RegelAanpassing) -> Option<Decimal>| {
        Signal::derive(move || c.aanvraag.with(|a| a.regelaanpassing.as_ref().and_then(f)))
    };
    let zet = move |f: fn(&mut RegelAanpassing, Option<Decimal>)| {
        Callback::new(move |v| c.wijzig(|a| f(a.regelaanpassing.get_or_insert_with(Default::default), v)))
    };
    // One band field: the replaced bands start as a copy of the year's bands.
    let band_veld = move |uitgebreid: bool, i: usize, vanaf: bool, standaard: Decimal| {
        let lees = move |r: &RegelAanpassing| {
            let b = if uitgebreid { &r.uitgebreid_banden } else { &r.banden };
            b.as_ref().and_then(|b| b.get(i)).map(|b| if vanaf { b.vanaf } else { b.aandeel })
        };
        let label = format!(
            "{}Band {}: {}",
            if uitgebreid { "Uitgebreid vangnet, " } else { "" },
            i + 1,
            if vanaf { "vanaf (% van het budget)" } else { "vergoed (% van het tekort in de band)" }
        );
        let pad = format!(
            "regelaanpassing.{}banden.{i}.{}",
            if uitgebreid { "uitgebreid_" } else { "" },
            if vanaf { "vanaf" } else { "aandeel" }
        );
        view! {
            <Percentage veld=pad label=label hint=format!("Standaard: {}", format_percent(standaard, 1))
                waarde=Signal::derive(move || c.aanvraag.with(|a| a.regelaanpassing.as_ref().and_then(lees)))
                zet=Callback::new(move |v: Option<Decimal>| c.wijzig(|a| {
                    let jaar = a.tekortjaar();
                    let Some(r) = regels(jaar) else { return };
                    let std_banden = if uitgebreid { r.uitgebreid_vangnet.map(|u| u.banden.waarde).unwrap_or_default() } else { r.banden.waarde };
                    let ra = a.regelaanpassing.get_or_insert_with(Default::default);
                    let banden = if uitgebreid { &mut ra.uitgebreid_banden } else { &mut ra.banden };
                    let lijst = banden.get_or_insert_with(|| std_banden.clone());
                    if let (Some(b), Some(s)) = (lijst.get_mut(i), std_banden.get(i)) {
                        let nieuw = v.unwrap_or(if vanaf { s.vanaf } else { s.aandeel });
                        if vanaf { b.vanaf = nieuw } else { b.aandeel = nieuw }
                    }
                    if *lijst == std_banden {
                        *banden = None;
                    }
                }))
                fout=Signal::derive(|| None::<String>) />
        }
    };
    view! {
        <section class="aanpassing" aria-labelledby="aanpassing-kop">
            <h2 id="aanpassing-kop">"Regels aanpassen"<span class="optioneel">" (optioneel)"</span></h2>
            <p class="hint">"Alleen nodig als de officiële regels voor dit jaar afwijken van wat de app kent, bijvoorbeeld na een nieuwe publicatie. De uitkomst, de controle en de afdrukversie vermelden dat er met aangepaste regels is gerekend."</p>
            <div class="veld">
                <label class="keuze-vak">
                    <input type="checkbox" id="regels-aanpassen" prop:checked=move || actief.get()
                        on:change:target=move |ev| {
                            let aan = ev.target().checked();
                            c.wijzig(|a| a.regelaanpassing = aan.then(RegelAanpassing::default));
                        } />
                    " Regels aanpassen voor deze aanvraag"
                </label>
            </div>
            <Show when=move || actief.get()>
                {move || regels(t.get()).map(|r| view! {
                    <div class="aanpassing__velden">
                        <Percentage veld="regelaanpassing.drempel" label="Toegangsdrempel (%)" hint=format!("Standaard: {}", format_percent(r.drempel.waarde, 1))
                            waarde=aanpassing(|a| a.drempel) zet=zet(|a, v| a.drempel = v) fout=c.fout_bij("regelaanpassing.drempel") />
                        {r.banden.waarde.iter().enumerate().map(|(i, b)| view! {
                            <div class="rij">{band_veld(false, i, true, b.vanaf)}{band_veld(false, i, false, b.aandeel)}</div>
                        }).collect_view()}
                        {r.uitgebreid_vangnet.clone().map(|uv| view! {
                            <Percentage veld="regelaanpassing.uitgebreid_drempel" label="Uitgebreid vangnet: toegangsdrempel (%)" hint=format!("Standaard: {}", format_percent(uv.drempel.waarde, 1))
                                waarde=aanpassing(|a| a.uitgebreid_drempel) zet=zet(|a, v| a.uitgebreid_drempel = v) fout=Signal::derive(|| None::<String>) />
                            {uv.banden.waarde.iter().enumerate().map(|(i, b)| view! {
                                <div class="rij">{band_veld(true, i, true, b.vanaf)}{band_veld(true, i, false, b.aandeel)}</div>
                            }).collect_view()}
                        })}
                        <Datum veld="regelaanpassing.uiterste_datum" legend="Uiterste datum" optioneel=true hint=format!("Standaard: {}", format_date(r.uiterste_datum.waarde))
                            waarde=Signal::derive(move || c.aanvraag.with(|a| a.regelaanpassing.as_ref().and_then(|r| r.uiterste_datum)))
                            zet=Callback::new(move |d| c.wijzig(|a| a.regelaanpassing.get_or_insert_with(Default::default).uiterste_datum = d))
                            fout=Signal::derive(|| None::<String>) />
                        <LangeTekst veld="regelaanpassing.reden" label="Waarom wijkt u af? Noem de bron." rijen=3
                            waarde=Signal::derive(move || c.aanvraag.with(|a| a.regelaanpassing.as_ref().map(|r| r.reden.clone()).unwrap_or_default()))
                            zet=Callback::new(move |v: String| c.wijzig(|a| a.regelaanpassing.get_or_insert_with(Default::default).reden = v))
                            fout=Signal::derive(|| None::<String>) />
                    </div>
                })}
            </Show>
        </section>
    }
}

/// The warning that stays on every page while rules are replaced.
#[component]
pub fn AanpassingWaarschuwing() -> impl IntoView {
    let c = expect_context::<Ctx>();
    let reden =
        Memo::new(move |_| c.aanvraag.with(|a| a.regelaanpassing.as_ref().filter(|r| r.is_actief()).map(|r| r.reden.trim().to_string())));
    view! {
        <Show when=move || reden.with(|r| r.is_some())>
            <div class="banner banner--waarschuwing" id="waarschuwing-aanpassing">
                <p>
                    <strong>"Let op: "</strong>
                    "deze aanvraag rekent met door u aangepaste regels. De uitkomst, de controle en de afdrukversie vermelden dat."
                    {move || reden_tekst(reden.get())}
                </p>
            </div>
        </Show>
    }
}

fn reden_tekst(reden: Option<String>) -> String {
    match reden {
        Some(r) if !r.is_empty() => format!(" Reden: {r}"),
        _ => " Vul bij Rekenen de reden en de bron in.".into(),
    }
}

/// The predecessors after a herindeling, with their figures per year.
#[component]
pub fn Herindeling() -> impl IntoView {
    let c = expect_context::<Ctx>();
    let aantal = Memo::new(move |_| c.aanvraag.with(|a| a.financien.voorgangers.len()));
    let (aan, zet_aan) = signal(aantal.get_untracked() > 0);
    let jaren = Memo::new(move |_| {
        let t = c.aanvraag.with(|a| a.tekortjaar());
        Invoer::benodigde_jaren(t).into_iter().filter(|j| *j < t).collect::<Vec<_>>()
    });
    let voeg_toe = move || {
        let n = c.aanvraag.with_untracked(|a| a.financien.voorgangers.len());
        c.wijzig(|a| a.financien.voorgangers.push(Voorganger::default()));
        super::dom::focus_op(&veld_id(&format!("financien.voorgangers.{n}.naam")));
    };
    view! {
        <section class="herindeling" aria-labelledby="herindeling-kop">
            <h2 id="herindeling-kop">"Herindeling"<span class="optioneel">" (optioneel)"</span></h2>
            <div class="veld">
                <label class="keuze-vak">
                    <input type="checkbox" id="herindeling" prop:checked={move || aan.get() || aantal.get() > 0}
                        on:change:target=move |ev| {
                            let v = ev.target().checked();
                            zet_aan.set(v);
                            if v && aantal.get_untracked() == 0 {
                                voeg_toe();
                                voeg_toe();
                            }
                            if !v {
                                c.wijzig(|a| a.financien.voorgangers.clear());
                            }
                        } />
                    " De gemeente is in de afgelopen jaren ontstaan uit een herindeling"
                </label>
                <p class="hint">"Voor een jaar waarin u de eigen cijfers leeg laat, telt de app de cijfers van de voorgangers op (als de herindeling toen al gold)."</p>
            </div>
            <Show when={move || aantal.get() > 0}>
                {move || (0..aantal.get()).map(|i| {
                    let naam_pad = format!("financien.voorgangers.{i}.naam");
                    view! {
                        <fieldset class="voorganger">
                            <legend>{format!("Voorganger {}", i + 1)}</legend>
                            <KorteTekst veld=naam_pad.clone() label="Naam van de voormalige gemeente"
                                waarde=Signal::derive(move || c.aanvraag.with(|a| a.financien.voorgangers.get(i).map(|v| v.naam.clone()).unwrap_or_default()))
                                zet=Callback::new(move |v: String| c.wijzig(|a| if let Some(x) = a.financien.voorgangers.get_mut(i) { x.naam = v }))
                                fout=Signal::derive(|| None::<String>) />
                            <div class="jaren">
                                {jaren.get().into_iter().map(|j| view! {
                                    <fieldset class="jaar">
                                        <legend>{j}</legend>
                                        {[("lasten", "Lasten (A)"), ("baten", "Baten (R)"), ("fout_onzeker", "Fout/onzeker (D)"), ("budget", "Budget (B)")].map(|(f, label)| view! {
                                            <Bedrag veld=format!("financien.voorgangers.{i}.{j}.{f}") label=label
                                                waarde=Signal::derive(move || c.aanvraag.with(|a| a.financien.voorgangers.get(i).and_then(|v| v.jaren.iter().find(|x| x.jaar == j)).and_then(|x| *veld(x, f))))
                                                zet=Callback::new(move |w| c.wijzig(|a| if let Some(v) = a.financien.voorgangers.get_mut(i) {
                                                    if !v.jaren.iter().any(|x| x.jaar == j) {
                                                        v.jaren.push(JaarCijfers { jaar: j, ..Default::default() });
                                                    }
                                                    if let Some(x) = v.jaren.iter_mut().find(|x| x.jaar == j) {
                                                        *veld_mut(x, f) = w;
                                                    }
                                                }))
                                                fout=Signal::derive(|| None::<String>) />
                                        })}
                                    </fieldset>
                                }).collect_view()}
                            </div>
                            <button type="button" class="knop knop--klein knop--gevaar" on:click=move |_| {
                                c.wijzig(|a| { if i < a.financien.voorgangers.len() { a.financien.voorgangers.remove(i); } });
                                super::dom::focus_op("herindeling");
                            }>{format!("Voorganger {} verwijderen", i + 1)}</button>
                        </fieldset>
                    }
                }).collect_view()}
                <button type="button" class="knop knop--secundair" id="voorganger-toevoegen" on:click=move |_| voeg_toe()>"Voorganger toevoegen"</button>
            </Show>
        </section>
    }
}

fn veld<'a>(x: &'a JaarCijfers, f: &str) -> &'a Option<Decimal> {
    match f {
        "lasten" => &x.lasten,
        "baten" => &x.baten,
        "fout_onzeker" => &x.fout_onzeker,
        _ => &x.budget,
    }
}

fn veld_mut<'a>(x: &'a mut JaarCijfers, f: &str) -> &'a mut Option<Decimal> {
    match f {
        "lasten" => &mut x.lasten,
        "baten" => &mut x.baten,
        "fout_onzeker" => &mut x.fout_onzeker,
        _ => &mut x.budget,
    }
}
