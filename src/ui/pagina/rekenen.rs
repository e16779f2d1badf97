//! Rekenen: the gemeente, the figures per year and the results, updated as you type.

use super::ctx;
use crate::model::Aanvraag;
use crate::nl::{format_bedrag, format_money, format_percent};
use crate::rules::{Invoer, JaarCijfers, Status, Toegang, Uitkomst, EERSTE_JAAR, LAATSTE_JAAR};
use crate::ui::velden::{Bedrag, HeelGetal, KorteTekst};
use crate::ui::Ctx;
use crate::veld::{CijferSoort, Terug, Veld};
use leptos::prelude::*;

pub(super) fn jaar_cijfers(a: &Aanvraag, j: i32) -> JaarCijfers {
    a.financien.jaren.iter().find(|c| c.jaar == j).cloned().unwrap_or(JaarCijfers { jaar: j, ..Default::default() })
}

/// A yes/no question as two radios in a fieldset; like the other fields, the error has an id
/// and each radio points at it while it shows.
fn ja_nee(c: Ctx, terug: Terug, legend: String) -> impl IntoView {
    let naam = match terug {
        Terug::VorigJaar => "verleend_vorig_jaar",
        Terug::TweeJaar => "verleend_twee_jaar_terug",
    };
    ja_nee_veld(c, Veld::Verleend(terug), naam.to_string(), legend)
}

/// [`ja_nee`] for any yes/no field; the radios are `{naam}-ja` and `{naam}-nee`.
pub(crate) fn ja_nee_veld(c: Ctx, veld: Veld, naam: String, legend: String) -> impl IntoView {
    let b = c.binding::<Option<bool>>(veld);
    let id = b.id();
    let fout_id = format!("{id}-fout");
    let fout = b.fout;
    let heeft_fout = move || fout.with(|f| f.is_some());
    let beschreven = {
        let f = fout_id.clone();
        move || heeft_fout().then(|| f.clone())
    };
    let invalid = move || if heeft_fout() { "true" } else { "false" };
    let (waarde, zet) = (b.waarde, b.zet);
    view! {
        <fieldset class="veld keuze" class:veld--fout=heeft_fout id=id>
            <legend class="veld__label">{legend}</legend>
            <Show when=heeft_fout>
                <p class="veld__fout" id=fout_id.clone()><span class="visueel-verborgen">"Fout: "</span>{move || fout.get().unwrap_or_default()}</p>
            </Show>
            <div class="keuze__opties">
                <label><input type="radio" name=naam.clone() id=format!("{naam}-ja") aria-invalid=invalid aria-describedby=beschreven.clone() prop:checked=move || waarde.get() == Some(true) on:change=move |_| zet.run(Some(true)) />" Ja"</label>
                <label><input type="radio" name=naam.clone() id=format!("{naam}-nee") aria-invalid=invalid aria-describedby=beschreven prop:checked=move || waarde.get() == Some(false) on:change=move |_| zet.run(Some(false)) />" Nee"</label>
            </div>
        </fieldset>
    }
}

/// The tekortjaar: a choice of the years the rule table knows, with its error (an unknown year,
/// a passed deadline) at the field like every other field.
fn tekortjaar_keuze(c: Ctx) -> impl IntoView {
    let b = c.binding::<Option<i64>>(Veld::Tekortjaar);
    let (id, fout, waarde, zet) = (b.id(), b.fout, b.waarde, b.zet);
    let fout_id = format!("{id}-fout");
    let heeft_fout = move || fout.with(|f| f.is_some());
    let beschreven = {
        let f = fout_id.clone();
        move || heeft_fout().then(|| f.clone())
    };
    view! {
        <div class="veld" class:veld--fout=heeft_fout>
            <label for=id.clone() class="veld__label">{b.label()}</label>
            <Show when=heeft_fout>
                <p class="veld__fout" id=fout_id.clone()><span class="visueel-verborgen">"Fout: "</span>{move || fout.get().unwrap_or_default()}</p>
            </Show>
            <select id=id aria-invalid=move || if heeft_fout() { "true" } else { "false" } aria-describedby=beschreven on:change:target=move |ev| {
                if let Ok(j) = ev.target().value().parse::<i64>() {
                    zet.run(Some(j));
                }
            }>
                {(EERSTE_JAAR..=LAATSTE_JAAR).rev().map(|j| view! { <option value=j.to_string() selected=move || waarde.get() == Some(i64::from(j))>{j}</option> }).collect_view()}
            </select>
        </div>
    }
}

#[component]
pub(super) fn Rekenen() -> impl IntoView {
    let c = ctx();
    let t = c.structuur(|a| a.tekortjaar());
    let vraagt_verleend = c.structuur(|a| a.vraagt_verleend());
    // The per-inhabitant route and its amount come from the rule table.
    let per_inwoner = c.structuur(|a| crate::rules::regels(a.tekortjaar()).and_then(|r| r.per_inwoner.map(|p| p.waarde)));
    let jaren = Memo::new(move |_| Invoer::benodigde_jaren(t.get()));
    view! {
        <KorteTekst binding=c.binding(Veld::Gemeente) hint="Zonder “gemeente”, bijvoorbeeld: Arnhem" autocomplete="organization" />
        {tekortjaar_keuze(c)}
        <Show when=move || vraagt_verleend.get()>
            {move || ja_nee(c, Terug::VorigJaar, format!("Is over {} een vangnetuitkering verleend (toegekend)?", t.get() - 1))}
            {move || ja_nee(c, Terug::TweeJaar, format!("Is over {} een vangnetuitkering verleend (toegekend)?", t.get() - 2))}
        </Show>
        {move || per_inwoner.get().map(|bedrag| view! {
            <HeelGetal binding=c.binding(Veld::Inwoners)
                hint=format!("In {} geeft ook een tekort van meer dan {} per inwoner toegang.", t.get_untracked(), format_money(bedrag)) />
        })}
        <h2>"Cijfers per jaar"</h2>
        <p class="hint">"Volgens de SiSa-verantwoording (jaarrekening). Bedragen in euro’s, bijvoorbeeld 1.234.567. Vul bij fout/onzeker 0 in als de accountant niets meldde."</p>
        <div class="jaren">
            {move || jaren.get().into_iter().map(|jaar| {
                let veld = move |soort| c.binding(Veld::Cijfer { jaar, soort });
                view! {
                    <fieldset class="jaar" id=format!("jaar-{jaar}")>
                        <legend>{if jaar == t.get_untracked() { format!("{jaar} (tekortjaar)") } else { jaar.to_string() }}</legend>
                        <Bedrag binding=veld(CijferSoort::Lasten) />
                        <Bedrag binding=veld(CijferSoort::Baten) />
                        <Bedrag binding=veld(CijferSoort::FoutOnzeker) />
                        <Bedrag binding=veld(CijferSoort::Budget) hint="Zonder correctie volgens art. 7 Besluit Participatiewet" />
                    </fieldset>
                }
            }).collect_view()}
        </div>
        <crate::ui::regels::Herindeling />
        <super::kalender::ScenarioKeuze />
        <Uitkomsten />
        <crate::ui::regels::GebruikteRegels />
        <crate::ui::regels::RegelsAanpassen />
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
                Err(e) => view! { <p class="banner banner--fout">{e.to_string()}</p> }.into_any(),
                Ok(u) => uitkomst_view(&u).into_any(),
            }}
        </section>
    }
}

fn uitkomst_view(u: &Uitkomst) -> impl IntoView {
    let hoofd = match (&u.toegang, u.vergoeding) {
        (Toegang::Ja, Some(v)) => format!("Recht op een vangnetuitkering van {}", format_bedrag(v)),
        (Toegang::Nee, _) => "Geen recht op een vangnetuitkering".to_string(),
        _ => "Nog niet te bepalen: er ontbreken cijfers".to_string(),
    };
    // Rulebook §9: a scenario or an indicative amount says so in the headline itself.
    let hoofd = match (u.scenario, u.indicatief(), &u.toegang) {
        (true, _, _) => format!("{}: {}", crate::rules::SCENARIO_NAAM, kleine_letter(&hoofd)),
        (false, Some(_), Toegang::Ja) => format!("Indicatief: {}", kleine_letter(&hoofd)),
        _ => hoofd,
    };
    let indicatief = u.indicatief().filter(|_| u.toegang == Toegang::Ja).map(|r| format!("Het bedrag is indicatief: {r}."));
    let andere = u.andere_lezing.clone();
    let jaren = u.jaren.clone();
    let sporen = u.sporen.clone();
    let voorlopig = u.voorlopig.clone();
    let stappen = u.stappen.clone();
    view! {
        <p class="uitkomst-hoofd" id="uitkomst-hoofd">{hoofd}</p>
        {indicatief.map(|t| view! { <p id="indicatief">{t}</p> })}
        {andere.map(|l| view! {
            <p id="andere-lezing"><strong>{format!("Andere lezing ({}): ", l.naam)}</strong>
                {l.vergoeding.map(format_bedrag).unwrap_or_else(|| "nog onbekend".into())}
                " — ook indicatief; een echt verzoek over 2015 rekende zo."
            </p>
        })}
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
                    <tr class="totaal"><th scope="row">"Totaal"</th><td></td><td class="getal">{format_bedrag(v.totaal)}</td></tr>
                </tbody>
            </table>
        }).collect_view()}
        <p id="formulierversie"><strong>"Formulier: "</strong>{u.formulier.versie.map(|v| v.naam()).unwrap_or("nog niet te bepalen")}". " {u.formulier.reden.clone()}</p>
        {super::kalender::termijn_view(u)}
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

fn kleine_letter(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}
