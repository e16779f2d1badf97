//! Rekenen: the gemeente, the figures per year and the results, updated as you type.

use super::ctx;
use crate::model::Aanvraag;
use crate::nl::{format_date, format_money, format_percent};
use crate::rules::{Invoer, JaarCijfers, Status, Toegang, Uitkomst, EERSTE_JAAR, LAATSTE_JAAR};
use crate::ui::velden::{veld_id, Bedrag, KorteTekst};
use crate::ui::Ctx;
use leptos::prelude::*;
use rust_decimal::Decimal;

pub(super) fn jaar_cijfers(a: &Aanvraag, j: i32) -> JaarCijfers {
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
pub(super) fn Rekenen() -> impl IntoView {
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
        <crate::ui::regels::Herindeling />
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
                <ul>{voorlopig.into_iter().map(|v| view! { <li>{v}</li> }).collect_view()}</ul>
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
