//! Rekenen, the parts around the figures: the rules used (with certainty and source), the
//! user's replacement of rule parameters for this application, and the predecessors after a
//! herindeling.

use super::velden::{Bedrag, Datum, KorteTekst, LangeTekst, Percentage};
use super::Ctx;
use crate::nl::{format_date, format_percent};
use crate::rules::{regels, AanpassingVeld, Band, BandVeld, Bron, Cumulatief, Invoer, RegelAanpassing, Voorganger};
use crate::veld::{CijferSoort, Veld};
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
                            {r.per_inwoner.as_ref().map(|p| rij("Alternatieve toegang", p, format!("tekort meer dan {} per inwoner", crate::nl::format_money(p.waarde))))}
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
    let actief = c.structuur(|a| a.regelaanpassing.is_some());
    let t = c.structuur(|a| a.tekortjaar());
    let veld = move |v: AanpassingVeld| Veld::Aanpassing(v);
    // One band field: the replaced bands start as a copy of the year's bands (`Veld::zet`).
    let band_veld = move |uitgebreid: bool, i: usize, deel: BandVeld, standaard: Decimal| {
        view! {
            <Percentage binding=c.binding(Veld::Aanpassing(AanpassingVeld::Band { uitgebreid, i, deel }))
                hint=format!("Standaard: {}", format_percent(standaard, 1)) />
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
                        <Percentage binding=c.binding(veld(AanpassingVeld::Drempel)) hint=format!("Standaard: {}", format_percent(r.drempel.waarde, 1)) />
                        {r.banden.waarde.iter().enumerate().map(|(i, b)| view! {
                            <div class="rij">{band_veld(false, i, BandVeld::Vanaf, b.vanaf)}{band_veld(false, i, BandVeld::Aandeel, b.aandeel)}</div>
                        }).collect_view()}
                        {r.uitgebreid_vangnet.clone().map(|uv| view! {
                            <Percentage binding=c.binding(veld(AanpassingVeld::UitgebreidDrempel)) hint=format!("Standaard: {}", format_percent(uv.drempel.waarde, 1)) />
                            {uv.banden.waarde.iter().enumerate().map(|(i, b)| view! {
                                <div class="rij">{band_veld(true, i, BandVeld::Vanaf, b.vanaf)}{band_veld(true, i, BandVeld::Aandeel, b.aandeel)}</div>
                            }).collect_view()}
                        })}
                        <Datum binding=c.binding(veld(AanpassingVeld::UitersteDatum)) optioneel=true hint=format!("Standaard: {}", format_date(r.uiterste_datum.waarde)) />
                        <LangeTekst binding=c.binding(veld(AanpassingVeld::Reden)) rijen=3 />
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
    let aantal = c.structuur(|a| a.financien.voorgangers.len());
    let vraagt_verleend = c.structuur(|a| a.vraagt_verleend());
    let jaar_t = c.structuur(|a| a.tekortjaar());
    let (aan, zet_aan) = signal(aantal.get_untracked() > 0);
    let jaren = c.structuur(|a| {
        let t = a.tekortjaar();
        Invoer::benodigde_jaren(t).into_iter().filter(|j| *j < t).collect::<Vec<_>>()
    });
    let voeg_toe = move || {
        let n = c.aanvraag.with_untracked(|a| a.financien.voorgangers.len());
        c.wijzig(|a| a.financien.voorgangers.push(Voorganger::default()));
        super::dom::focus_op(&Veld::VoorgangerNaam(n).dom_id());
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
                    view! {
                        <fieldset class="voorganger">
                            <legend>{format!("Voorganger {}", i + 1)}</legend>
                            <KorteTekst binding=c.binding(Veld::VoorgangerNaam(i)) />
                            <Show when=move || vraagt_verleend.get()>
                                {move || super::pagina::rekenen::ja_nee_veld(
                                    c,
                                    Veld::VoorgangerVerleend(i),
                                    format!("voorganger-{i}-verleend"),
                                    format!("Is aan voorganger {} over {} of {} een vangnetuitkering verleend (toegekend)?", i + 1, jaar_t.get() - 2, jaar_t.get() - 1),
                                )}
                            </Show>
                            <div class="jaren">
                                {jaren.get().into_iter().map(|jaar| view! {
                                    <fieldset class="jaar">
                                        <legend>{jaar}</legend>
                                        {CijferSoort::ALLE.map(|soort| view! { <Bedrag binding=c.binding(Veld::VoorgangerCijfer { i, jaar, soort }) /> })}
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
