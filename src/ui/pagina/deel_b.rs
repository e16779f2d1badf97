//! Part B (or B1/B2): the measures taken, one card per measure.

use super::{ctx, tekst_veld, toelichting};
use crate::guidance::{self, Deel};
use crate::model::{Maatregel, Soort};
use crate::rules::Versie;
use crate::ui::dom::focus_op;
use crate::ui::opmaak::Opmaak;
use crate::ui::velden::{alinea_views, Aantal, Bedrag, Datum, KorteTekst, LangeTekst, Toelichting};
use crate::ui::Ctx;
use crate::veld::{MaatregelVeld, ResultaatVeld, TekstVeld, Veld};
use leptos::prelude::*;

#[component]
pub(super) fn DeelB() -> impl IntoView {
    let c = ctx();
    let versie = c.structuur(|a| a.versie());
    let (verwijderd, zet_verwijderd) = signal(None::<(usize, Maatregel)>);
    let voeg_toe = move |soort: Soort| {
        let mut nieuw_id = String::new();
        c.wijzig(|a| {
            nieuw_id = a.nieuw_maatregel_id();
            a.maatregelen.push(Maatregel { id: nieuw_id.clone(), soort, ..Default::default() });
        });
        focus_op(&Veld::Maatregel { id: nieuw_id, veld: MaatregelVeld::Naam }.dom_id());
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
                {tekst_veld(c, TekstVeld::B, None, Some("De samenhang van de maatregelen, bijvoorbeeld per inspanningslijn."), true)}
                <h2 id=Veld::Maatregelen(Soort::Intern).dom_id() tabindex="-1" aria-describedby=groep_beschreven(c, Soort::Intern)>{Veld::Maatregelen(Soort::Intern).label()}</h2>
                {groep_fout(c, Soort::Intern)}
                {toelichting(Versie::Uitgebreid, Deel::B1)}
                {tekst_veld(c, TekstVeld::B1, None, None, true)}
                {lijst(Some(Soort::Intern))}
                <button type="button" class="knop knop--secundair" id="voeg-intern-toe" on:click=move |_| voeg_toe(Soort::Intern)>"Interne maatregel toevoegen"</button>
                <h2 id=Veld::Maatregelen(Soort::Extern).dom_id() tabindex="-1" aria-describedby=groep_beschreven(c, Soort::Extern)>{Veld::Maatregelen(Soort::Extern).label()}</h2>
                {groep_fout(c, Soort::Extern)}
                {toelichting(Versie::Uitgebreid, Deel::B2)}
                {tekst_veld(c, TekstVeld::B2, None, None, true)}
                {lijst(Some(Soort::Extern))}
                <button type="button" class="knop knop--secundair" id="voeg-extern-toe" on:click=move |_| voeg_toe(Soort::Extern)>"Externe maatregel toevoegen"</button>
            }.into_any(),
            v => view! {
                {toelichting(v, Deel::B)}
                {tekst_veld(c, TekstVeld::B, Some("Getroffen maatregelen om het tekort te reduceren"), None, false)}
                <h2 id=Veld::Maatregelen(Soort::Intern).dom_id() tabindex="-1" aria-describedby=groep_beschreven(c, Soort::Intern)>"Maatregelen afzonderlijk"<span class="optioneel">" (optioneel)"</span></h2>
                {groep_fout(c, Soort::Intern)}
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
                        focus_op(&Veld::Maatregel { id, veld: MaatregelVeld::Naam }.dom_id());
                    }
                }>"Ongedaan maken"</button>
            </div>
        })}
    }
}

/// The error about a whole group (e.g. "at least one internal measure"), shown under its heading
/// with the same words and id scheme as a field's error, so the error summary's link lands there.
fn groep_fout(c: Ctx, soort: Soort) -> impl IntoView {
    let veld = Veld::Maatregelen(soort);
    let fout = c.fout_bij(&veld);
    view! {
        <Show when=move || fout.with(|f| f.is_some())>
            <p class="veld__fout" id=format!("{}-fout", veld.dom_id())><span class="visueel-verborgen">"Fout: "</span>{move || fout.get().unwrap_or_default()}</p>
        </Show>
    }
}

/// `aria-describedby` for a group's heading while its error shows.
fn groep_beschreven(c: Ctx, soort: Soort) -> impl Fn() -> Option<String> + Clone + 'static {
    let veld = Veld::Maatregelen(soort);
    let fout = c.fout_bij(&veld);
    let id = format!("{}-fout", veld.dom_id());
    move || fout.with(|f| f.is_some()).then(|| id.clone())
}

#[component]
fn MaatregelKaart(id: String, zet_verwijderd: WriteSignal<Option<(usize, Maatregel)>>) -> impl IntoView {
    let c = ctx();
    let id = StoredValue::new(id);
    // Each field reads and writes only its own value (its `Binding`): typing in one card does
    // not wake the other cards.
    let veld = move |veld: MaatregelVeld| c.binding::<String>(Veld::Maatregel { id: id.get_value(), veld });
    let melding = move |v: MaatregelVeld| format!("{}-opmaak-melding", veld(v).id());
    // The card's own ids: "veld-maatregelen-m3" and its buttons.
    let kaart_id_ = format!("veld-maatregelen-{}", id.get_value());
    let kaart_id_2 = StoredValue::new(kaart_id_.clone());
    let soort = c.aanvraag.with_untracked(|a| a.maatregelen.iter().find(|m| m.id == id.get_value()).map(|m| m.soort).unwrap_or_default());
    let uitgebreid = c.aanvraag.with_untracked(|a| a.versie() == Versie::Uitgebreid);
    // Carried over from last year's draft: marked, and asked what it achieved (issue 15).
    let (sinds, met_resultaat, vorig) = c.aanvraag.with_untracked(|a| {
        let m = a.maatregelen.iter().find(|m| m.id == id.get_value());
        let vorig = a.vorig_concept.as_ref().map_or(a.tekortjaar().saturating_sub(1), |v| v.tekortjaar);
        (m.and_then(|m| m.voortgezet_sinds), m.is_some_and(|m| m.vraagt_resultaat()), vorig)
    });
    let resultaat = move |r: ResultaatVeld| Veld::Maatregel { id: id.get_value(), veld: MaatregelVeld::Resultaat(r) };
    let nummer = c.structuur(move |a| {
        a.maatregelen.iter().filter(|m| m.soort == soort).position(|m| m.id == id.get_value()).map(|i| i + 1).unwrap_or(0)
    });
    let naam_binding = veld(MaatregelVeld::Naam);
    let naam = naam_binding.waarde;
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
        focus_op(&format!("{}-{knop}", kaart_id_2.get_value()));
    };
    let kaart_id = kaart_id_.clone();
    let kop_id = format!("{kaart_id}-kop");
    let kop_id2 = kop_id.clone();
    view! {
        <section class="kaart" id=kaart_id.clone() aria-labelledby=kop_id2>
            <h3 id=kop_id>{move || naam.with(|naam| {
                format!("{} {}{}", if soort == Soort::Extern { "Externe maatregel" } else { "Maatregel" }, nummer.get(), if naam.trim().is_empty() { String::new() } else { format!(": {}", naam.trim()) })
            })}</h3>
            {sinds.map(|j| view! { <p class="label-voortgezet" id=format!("{kaart_id}-voortgezet")>{format!("Voortgezet, sinds {j}")}</p> })}
            <KorteTekst binding=naam_binding />
            <KorteTekst binding=veld(MaatregelVeld::Groep) hint="Bijvoorbeeld: 1. Investeren in voorkomen" optioneel=true />
            {if soort == Soort::Extern && uitgebreid {
                view! {
                    <LangeTekst binding=veld(MaatregelVeld::ExterneBron) rijen=4 beschreven_door=melding(MaatregelVeld::ExterneBron) />
                    <Opmaak binding=veld(MaatregelVeld::ExterneBron) ingeklapt=true />
                    <LangeTekst binding=veld(MaatregelVeld::Inzicht) rijen=4 beschreven_door=melding(MaatregelVeld::Inzicht) />
                    <Opmaak binding=veld(MaatregelVeld::Inzicht) ingeklapt=true />
                    <LangeTekst binding=veld(MaatregelVeld::GetroffenMaatregel) rijen=4 beschreven_door=melding(MaatregelVeld::GetroffenMaatregel) />
                    <Opmaak binding=veld(MaatregelVeld::GetroffenMaatregel) ingeklapt=true />
                }.into_any()
            } else {
                view! {
                    <LangeTekst binding=veld(MaatregelVeld::Omschrijving) rijen=4 optioneel=true beschreven_door=melding(MaatregelVeld::Omschrijving) />
                    <Opmaak binding=veld(MaatregelVeld::Omschrijving) ingeklapt=true />
                }.into_any()
            }}
            <Datum binding=c.binding(Veld::Maatregel { id: id.get_value(), veld: MaatregelVeld::DatumGetroffen })
                hint="Besloten en in uitvoering; vanaf 1 januari van het tekortjaar. Bijvoorbeeld 15 3 2019." optioneel=true />
            {met_resultaat.then(|| view! {
                <fieldset class="resultaat" id=format!("{kaart_id}-resultaat")>
                    <legend>{format!("Wat heeft de maatregel bereikt in {vorig}?")}</legend>
                    <Aantal binding=c.binding(resultaat(ResultaatVeld::BeoogdMinderUitkeringen)) />
                    <Aantal binding=c.binding(resultaat(ResultaatVeld::GerealiseerdMinderUitkeringen)) />
                    <Bedrag binding=c.binding(resultaat(ResultaatVeld::BeoogdBesparing)) />
                    <Bedrag binding=c.binding(resultaat(ResultaatVeld::GerealiseerdBesparing)) />
                    <LangeTekst binding=c.binding(resultaat(ResultaatVeld::Evaluatie)) rijen=3 optioneel=true hint="Bijvoorbeeld: wat werkte, wat niet, en wat u daarom anders doet." />
                </fieldset>
            })}
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
