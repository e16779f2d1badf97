//! Check your answers: the whole request or one part, with "Wijzigen" links that come back here.

use super::ctx;
use super::rekenen::jaar_cijfers;
use crate::model::Soort;
use crate::nl::{format_date, format_money};
use crate::rules::Invoer;
use crate::ui::dom::focus_op;
use crate::ui::velden::alinea_views;
use crate::ui::{href, Ctx, Pagina, Route};
use crate::veld::{CijferSoort, CollegeVeld, MaatregelVeld, RaadVeld, TekstVeld, Terug, Veld};
use leptos::prelude::*;
use rust_decimal::Decimal;

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
pub(super) fn Antwoorden(onderdeel: Option<crate::ui::Onderdeel>) -> impl IntoView {
    use crate::ui::Onderdeel as O;
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
            // A row for one field: its label, its value in Dutch formats, its page and control.
            let veld = |v: Veld, label: String| (label, v.weergave(a), Pagina::van_veld(&v), v.dom_id());
            match o {
                O::Rekenen => {
                    rijen.push(veld(Veld::Gemeente, "Gemeente".into()));
                    rijen.push(veld(Veld::Tekortjaar, "Tekortjaar".into()));
                    if a.vraagt_verleend() {
                        for t in [Terug::VorigJaar, Terug::TweeJaar] {
                            rijen.push(veld(Veld::Verleend(t), Veld::Verleend(t).naam(a)));
                        }
                    }
                    if a.vraagt_inwoners() {
                        rijen.push(veld(Veld::Inwoners, Veld::Inwoners.label()));
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
                            Veld::Cijfer { jaar: j, soort: CijferSoort::Lasten }.dom_id(),
                        ));
                    }
                }
                O::A => rijen.push(veld(Veld::Tekst(TekstVeld::A), "Analyse van de oorzaken".into())),
                O::B => {
                    rijen.push(veld(Veld::Tekst(TekstVeld::B), "Toelichting op de maatregelen".into()));
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
                            Veld::Maatregel { id: m.id.clone(), veld: MaatregelVeld::Naam }.dom_id(),
                        ));
                    }
                }
                O::C => {
                    rijen.push(veld(Veld::Tekst(TekstVeld::C), "Beoogd effect".into()));
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
                    // The review's own short labels (GOV.UK "check your answers"); the rest from the field.
                    for (v, label) in [
                        (CollegeVeld::Datum, "Datum ondertekening college"),
                        (CollegeVeld::Secretaris, "Secretaris"),
                        (CollegeVeld::Burgemeester, "Burgemeester"),
                    ] {
                        rijen.push(veld(Veld::College(v), label.into()));
                    }
                }
                O::Raad => {
                    for (v, label) in
                        [(RaadVeld::Datum, "Datum instemming raad"), (RaadVeld::Voorzitter, "Voorzitter"), (RaadVeld::Griffier, "Griffier")]
                    {
                        rijen.push(veld(Veld::Raad(v), label.into()));
                    }
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
