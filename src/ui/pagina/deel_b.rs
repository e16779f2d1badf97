//! Part B (or B1/B2): the measures taken, one card per measure.

use super::{ctx, tekst_veld, toelichting};
use crate::guidance::{self, Deel};
use crate::model::{Maatregel, Soort};
use crate::rules::Versie;
use crate::ui::dom::focus_op;
use crate::ui::velden::{alinea_views, veld_id, Datum, KorteTekst, LangeTekst, Toelichting};
use crate::ui::Ctx;
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
