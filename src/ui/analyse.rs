//! The insight page (issue 7): history chart, effect of measures, what-if, ambition monitor.
//! Everything here is optional; an application without it is complete. The page only calls
//! `crate::analyse` (and the rule engine through it) and shows the results.

use super::dom::focus_op;
use super::velden::{Aantal, Bedrag, HeelGetal, Percentage};
use super::{Binding, Ctx};
use crate::analyse::{ambitie, effect, historie, svg, wat_als};
use crate::model::{Ambitie, AmbitieJaar, HistorieJaar};
use crate::nl::{format_integer, format_money, format_percent};
use crate::rules::{Status, Toegang};
use crate::veld::{AmbitieJaarVeld, AmbitieVeld, EffectInstellingVeld, EffectVeld, MaatregelVeld, Veld, VeldWaarde};
use leptos::prelude::*;
use rust_decimal::Decimal;

fn getal(d: Decimal) -> String {
    // Counts of people: whole, Dutch grouping, sign kept.
    let r = crate::analyse::heel(d);
    let s = format_integer(r.abs().try_into().unwrap_or(0u64));
    if r < Decimal::ZERO {
        format!("-{s}")
    } else {
        s
    }
}

/// The insight page.
#[component]
pub fn Analyse() -> impl IntoView {
    view! {
        <p>"Hulpmiddelen rond de aanvraag: niets hiervan is verplicht, en het formulier zelf verandert er niet door. Wat u invult, wordt bewaard en komt als bijlage voor intern gebruik in de afdrukversie."</p>
        <Verloop />
        <EffectMaatregelen />
        <ResultaatMaatregelen />
        <WatAls />
        <AmbitieMonitor />
    }
}

/// What the carried-over measures achieved (issue 15): intended against realised, one table
/// (the same as in the print view's appendix). Edited on the measures in part B.
#[component]
fn ResultaatMaatregelen() -> impl IntoView {
    let c = super::ctx();
    let tabel = Memo::new(move |_| c.aanvraag.with(crate::analyse::resultaat::maatregelen_resultaat_tabel));
    view! {
        <Show when=move || tabel.with(|t| !t.rijen.is_empty())>
            <section aria-labelledby="resultaat-kop" class="analyse-deel">
                <h2 id="resultaat-kop">"Wat de maatregelen bereikten"</h2>
                <p>"Voor de maatregelen die uit het vorige jaar zijn voortgezet: beoogd en gerealiseerd effect. U vult ze in bij de maatregel in onderdeel B."</p>
                {move || tabel.with(|t| view! {
                    <table class="tabel" id="resultaat-tabel">
                        <caption>{t.bijschrift.clone().unwrap_or_default()}</caption>
                        <thead><tr>{t.kop.iter().map(|k| view! { <th scope="col">{k.clone()}</th> }).collect_view()}</tr></thead>
                        <tbody>{t.rijen.iter().map(|r| view! {
                            <tr>{r.iter().enumerate().map(|(i, cel)| if i == 0 {
                                view! { <th scope="row">{cel.clone()}</th> }.into_any()
                            } else {
                                view! { <td class:bedrag=t.rechts.get(i).copied().unwrap_or(false)>{cel.clone()}</td> }.into_any()
                            }).collect_view()}</tr>
                        }).collect_view()}</tbody>
                    </table>
                })}
            </section>
        </Show>
    }
}

/// History: the tekort as % of the budget over the years, with the national line and thresholds.
#[component]
fn Verloop() -> impl IntoView {
    let c = expect_context::<Ctx>();
    let aantal = c.structuur(|a| a.historie.len());
    let grafiek = Memo::new(move |_| c.aanvraag.with(historie::van_aanvraag));
    let gemeente = Memo::new(move |_| c.aanvraag.with(|a| a.gemeente.clone()));
    let veld = move |i: usize, landelijk: bool| view! { <Percentage binding=c.binding(Veld::Historie { i, landelijk }) /> };
    let voeg_toe = move |_| {
        let (i, jaar) = c.aanvraag.with_untracked(|a| {
            let eerste = a.historie.iter().map(|h| h.jaar).min().unwrap_or(a.tekortjaar());
            (a.historie.len(), (eerste - 1).max(2009))
        });
        c.wijzig(|a| {
            a.historie.push(HistorieJaar { jaar, ..Default::default() });
            a.historie.sort_by_key(|h| std::cmp::Reverse(h.jaar));
        });
        let _ = i;
        focus_op("veld-historie-jaren");
    };
    view! {
        <section aria-labelledby="verloop-kop" class="analyse-deel">
            <h2 id="verloop-kop">"Verloop van het tekort"</h2>
            <p class="hint">"Tekort als percentage van het budget (een overschot is negatief), naast het landelijke beeld en de drempels. De jaren die de app zelf berekent, komen uit uw cijfers bij Rekenen."</p>
            <div id="veld-historie-jaren" tabindex="-1">
                {move || (0..aantal.get()).map(|i| {
                    let jaar = c.aanvraag.with_untracked(|a| a.historie.get(i).map(|h| h.jaar).unwrap_or_default());
                    view! {
                        <fieldset class="jaar">
                            <legend>{jaar}</legend>
                            <div class="rij">{veld(i, false)}{veld(i, true)}</div>
                            <button type="button" class="knop knop--klein knop--gevaar" on:click=move |_| {
                                c.wijzig(|a| { if i < a.historie.len() { a.historie.remove(i); } });
                                focus_op("historie-toevoegen");
                            }>{format!("{jaar} verwijderen")}</button>
                        </fieldset>
                    }
                }).collect_view()}
            </div>
            <button type="button" class="knop knop--secundair" id="historie-toevoegen" on:click=voeg_toe>"Eerder jaar toevoegen"</button>
            {move || grafiek.with(|g| {
                if g.gemeente.len() + g.landelijk.len() < 2 {
                    view! { <p>"Vul minstens twee jaren in om een grafiek te zien."</p> }.into_any()
                } else {
                    // Both strings are built by `analyse::svg`, which escapes every text.
                    let figuur = svg::grafiek_svg(g, &svg::SvgOpties { id: "verloop".into(), gemeente: gemeente.get() });
                    let tabel = svg::grafiek_tabel_html(g);
                    view! {
                        <figure class="grafiek-houder" id="grafiek" inner_html=figuur></figure>
                        <details class="grafiek-tabel">
                            <summary>"De cijfers van de grafiek als tabel"</summary>
                            <div id="grafiek-tabel" inner_html=tabel></div>
                        </details>
                        {(!g.meldingen.is_empty()).then(|| view! { <ul class="meldingen">{g.meldingen.iter().map(|m| view! { <li>{m.clone()}</li> }).collect_view()}</ul> })}
                    }.into_any()
                }
            })}
        </section>
    }
}

/// Effect of the measures: fewer uitkeringen and savings, per measure and in total.
#[component]
fn EffectMaatregelen() -> impl IntoView {
    let c = expect_context::<Ctx>();
    let analyse = Memo::new(move |_| {
        let u = c.uitkomst.get();
        c.aanvraag.with(|a| effect::analyseer(a, u.as_ref().ok()))
    });
    let voorstel = Memo::new(move |_| c.aanvraag.with(effect::kosten_uit_lasten));
    let ids = c.structuur(|a| a.maatregelen.iter().map(|m| (m.id.clone(), m.naam.clone())).collect::<Vec<_>>());
    let effect_veld = move |id: String, besparing: bool| {
        let veld = Veld::Maatregel {
            id,
            veld: MaatregelVeld::Effect(if besparing { EffectVeld::Besparing } else { EffectVeld::MinderUitkeringen }),
        };
        if besparing {
            view! { <Bedrag binding=c.binding(veld) /> }.into_any()
        } else {
            view! { <Aantal binding=c.binding(veld) /> }.into_any()
        }
    };
    view! {
        <section aria-labelledby="effect-kop" class="analyse-deel">
            <h2 id="effect-kop">"Effect van de maatregelen"</h2>
            <p class="hint">"Vraag C vraagt het beoogde effect kwantitatief dan wel kwalitatief. Vul per maatregel in wat u verwacht; een besparing rekent de app uit als u de kosten per uitkering geeft."</p>
            <div class="rij">
                <Bedrag binding=c.binding(Veld::EffectInstelling(EffectInstellingVeld::KostenPerUitkering))
                    hint="Leeg laten mag: met het aantal uitkeringen rekent de app het uit uw lasten." />
                <Aantal binding=c.binding(Veld::EffectInstelling(EffectInstellingVeld::AantalUitkeringen)) />
            </div>
            {move || voorstel.get().map(|v| view! {
                <p id="kosten-voorstel">{format!("Uit de lasten van het tekortjaar en het aantal uitkeringen: {} per uitkering.", format_money(v))}</p>
            })}
            <Show when=move || ids.with(|i| i.is_empty())>
                <p>"Voeg eerst maatregelen toe bij B."</p>
            </Show>
            <For each=move || ids.get() key=|(id, naam)| format!("{id}\u{1}{naam}") let:m>
                <fieldset class="jaar effect-maatregel">
                    <legend>{if m.1.trim().is_empty() { "(maatregel zonder naam)".to_string() } else { m.1.clone() }}</legend>
                    <div class="rij">{effect_veld(m.0.clone(), false)}{effect_veld(m.0.clone(), true)}</div>
                    <EffectPerJaar id=m.0.clone() />
                </fieldset>
            </For>
            {move || analyse.with(|e| {
                let totaal = e.totaal.clone();
                (totaal.minder_uitkeringen != Decimal::ZERO || totaal.besparing != Decimal::ZERO).then(|| view! {
                    <table class="tabel" id="effect-totalen">
                        <caption>"Beoogd effect, opgeteld"</caption>
                        <thead><tr><th scope="col">"Jaar"</th><th scope="col">"Minder uitkeringen"</th><th scope="col">"Besparing"</th><th scope="col">"Deel van het tekort"</th><th scope="col">"Deel van het eigen risico"</th></tr></thead>
                        <tbody>
                            {e.per_jaar.iter().chain(std::iter::once(&totaal)).enumerate().map(|(i, t)| {
                                let naam = match t.jaar { Some(j) => j.to_string(), None if i < e.per_jaar.len() => "Per jaar".into(), None => "Totaal".into() };
                                view! {
                                    <tr class:totaal=i == e.per_jaar.len()>
                                        <th scope="row">{naam}</th>
                                        <td class="getal">{getal(t.minder_uitkeringen)}</td>
                                        <td class="getal">{format_money(t.besparing)}{t.onvolledig.then_some(" (onvolledig)")}</td>
                                        <td class="getal">{t.deel_van_tekort.map(|p| format_percent(p, 1)).unwrap_or_else(|| "—".into())}</td>
                                        <td class="getal">{t.deel_van_eigen_risico.map(|p| format_percent(p, 1)).unwrap_or_else(|| "—".into())}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                    {e.tekort.map(|t| view! { <p>"Tekort van het tekortjaar: " {format_money(t)} {e.eigen_risico.map(|r| format!("; eigen risico: {}", format_money(r)))}</p> })}
                    {(!e.meldingen.is_empty()).then(|| view! { <ul class="meldingen">{e.meldingen.iter().map(|m| view! { <li>{m.clone()}</li> }).collect_view()}</ul> })}
                })
            })}
        </section>
    }
}

/// The effect of one measure split over calendar years (`aanvraag.effect_jaren`); when there are
/// rows, they replace the measure's yearly rate in the totals.
#[component]
fn EffectPerJaar(id: String) -> impl IntoView {
    let c = expect_context::<Ctx>();
    let id = StoredValue::new(id);
    let jaren =
        c.structuur(move |a| a.effect_jaren.iter().filter(|e| e.maatregel_id == id.get_value()).map(|e| e.jaar).collect::<Vec<_>>());
    let veld = move |jaar: i32, besparing: bool| {
        let veld = Veld::EffectJaar {
            id: id.get_value(),
            jaar,
            veld: if besparing { EffectVeld::Besparing } else { EffectVeld::MinderUitkeringen },
        };
        if besparing {
            view! { <Bedrag binding=c.binding(veld) /> }.into_any()
        } else {
            view! { <Aantal binding=c.binding(veld) /> }.into_any()
        }
    };
    let voeg_toe = move |_| {
        let jaar = c.aanvraag.with_untracked(|a| {
            a.effect_jaren.iter().filter(|e| e.maatregel_id == id.get_value()).map(|e| e.jaar + 1).max().unwrap_or(a.tekortjaar() + 1)
        });
        c.wijzig(|a| a.effect_jaren.push(crate::model::EffectJaar { maatregel_id: id.get_value(), jaar, ..Default::default() }));
        focus_op(&Veld::EffectJaar { id: id.get_value(), jaar, veld: EffectVeld::MinderUitkeringen }.dom_id());
    };
    view! {
        <For each=move || jaren.get() key=|j| *j let:jaar>
            <div class="rij effect-jaar">
                {veld(jaar, false)}
                {veld(jaar, true)}
                <button type="button" class="knop knop--klein knop--gevaar" on:click=move |_| {
                    c.wijzig(|a| a.effect_jaren.retain(|e| !(e.maatregel_id == id.get_value() && e.jaar == jaar)));
                    focus_op(&format!("veld-effect-{}-jaar-toevoegen", id.get_value()));
                }>{format!("{jaar} verwijderen")}</button>
            </div>
        </For>
        <button type="button" class="knop knop--klein knop--secundair" id=format!("veld-effect-{}-jaar-toevoegen", id.get_value()) on:click=voeg_toe>"Per jaar verdelen: jaar toevoegen"</button>
    }
}

/// What-if: how much lower the lasten would have to be for each threshold, and a chosen reduction.
#[component]
fn WatAls() -> impl IntoView {
    let c = expect_context::<Ctx>();
    let verlaging = RwSignal::new(None::<Decimal>);
    let grenzen = Memo::new(move |_| {
        c.aanvraag.track();
        c.aanvraag.with(wat_als::grenzen)
    });
    let scenario = Memo::new(move |_| verlaging.get().map(|v| c.aanvraag.with(|a| wat_als::na_verlaging(a, v))));
    let status = |s: &Status| match s {
        Status::Voldaan => "voldaan",
        Status::NietVoldaan => "niet voldaan",
        Status::Onbekend(_) => "onbekend",
    };
    let toegang = |t: &Toegang| match t {
        Toegang::Ja => "recht",
        Toegang::Nee => "geen recht",
        Toegang::Onbekend => "onbekend",
    };
    view! {
        <section aria-labelledby="watals-kop" class="analyse-deel">
            <h2 id="watals-kop">"Wat als de lasten lager waren?"</h2>
            {move || match grenzen.get() {
                Err(e) => view! { <p>{e.to_string()}</p> }.into_any(),
                Ok(w) => view! {
                    <table class="tabel" id="wat-als-grenzen">
                        <caption>{format!("Lasten {}: {}", w.tekortjaar, format_money(w.lasten))}</caption>
                        <thead><tr><th scope="col">"Grens"</th><th scope="col">"Nu"</th><th scope="col">"Lasten lager met ten minste"</th></tr></thead>
                        <tbody>
                            {w.toetsen.iter().map(|t| view! {
                                <tr>
                                    <th scope="row">{t.naam.clone()}</th>
                                    <td>{status(&t.status)}</td>
                                    <td class="getal">{t.verlaging.map(format_money).unwrap_or_else(|| "—".into())}</td>
                                </tr>
                            }).collect_view()}
                            {w.banden.iter().map(|b| view! {
                                <tr>
                                    <th scope="row">{b.naam.clone()}</th>
                                    <td>"—"</td>
                                    <td class="getal">{format_money(b.verlaging)}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                    <p class="hint">"Bij een verlaging van ten minste het genoemde bedrag haalt de gemeente die grens niet meer (“meer dan” is strikt). Berekend met dezelfde regels als bij Rekenen."</p>
                }.into_any(),
            }}
            <Bedrag binding=Binding::los("wat_als.verlaging", verlaging) label="Stel dat de lasten zoveel lager waren" />
            {move || scenario.get().map(|s| match s {
                Err(e) => view! { <p id="wat-als-uitkomst">{e.to_string()}</p> }.into_any(),
                Ok(s) => view! {
                    <p id="wat-als-uitkomst">
                        {format!(
                            "Met lasten van {}: {} ({}), nu {} ({}).",
                            format_money(s.lasten_na),
                            s.vergoeding_na.map(format_money).unwrap_or_else(|| "onbekend".into()),
                            toegang(&s.toegang_na),
                            s.vergoeding_voor.map(format_money).unwrap_or_else(|| "onbekend".into()),
                            toegang(&s.toegang_voor),
                        )}
                        {s.uitkomst.scenario.then(|| format!(" {}: berekend met 2,5% eigen risico voor het uitgebreide vangnet.", crate::rules::SCENARIO_NAAM))}
                    </p>
                }.into_any(),
            })}
        </section>
    }
}

/// The AEF ambition monitor: part 1 (the extra, spread evenly), part 2 (the national trend
/// compounded) and the realised effect.
#[component]
fn AmbitieMonitor() -> impl IntoView {
    let c = expect_context::<Ctx>();
    let actief = c.structuur(|a| a.ambitie.is_some());
    let tabel = Memo::new(move |_| c.aanvraag.with(|a| a.ambitie.as_ref().map(ambitie::tabel)));
    // The ambition's own fields decide its years (`vul_jaren`): written through the field, then
    // the years are filled in as a broad change.
    let basis = move |v: AmbitieVeld| {
        let b = c.binding::<Option<Decimal>>(Veld::Ambitie(v));
        let veld = Veld::Ambitie(v);
        Binding {
            zet: Callback::new(move |w: Option<Decimal>| {
                c.schrijf(&veld, w.naar());
                c.wijzig(|a| {
                    if let Some(am) = a.ambitie.as_mut() {
                        vul_jaren(am);
                    }
                });
            }),
            ..b
        }
    };
    let jaren = c.structuur(|a| a.ambitie.as_ref().map(|am| am.jaren.iter().map(|j| j.jaar).collect::<Vec<_>>()).unwrap_or_default());
    let jaar_veld = move |jaar: i32, veld: AmbitieJaarVeld| {
        let b = c.binding(Veld::AmbitieJaar { jaar, veld });
        match veld {
            AmbitieJaarVeld::Aantal => view! { <Aantal binding=b /> }.into_any(),
            _ => view! { <Percentage binding=b /> }.into_any(),
        }
    };
    view! {
        <section aria-labelledby="ambitie-kop" class="analyse-deel">
            <h2 id="ambitie-kop">"Ambitie volgen (methode AEF)"</h2>
            <p class="hint">"De ambitie per jaar is deel 1 (de extra daling, gelijk verdeeld over de jaren) plus deel 2 (de landelijke trend, opgeteld over de jaren, toegepast op het aantal bij de start). Elk jaar wordt deel 2 opnieuw bepaald met de gerealiseerde trend."</p>
            <div class="veld">
                <label class="keuze-vak">
                    <input type="checkbox" id="ambitie-aan" prop:checked=move || actief.get()
                        on:change:target=move |ev| { let aan = ev.target().checked(); c.wijzig(|a| a.ambitie = aan.then(Ambitie::default)); } />
                    " Een meerjarige ambitie volgen"
                </label>
            </div>
            <Show when=move || actief.get()>
                <div class="rij">
                    <HeelGetal binding=basis(AmbitieVeld::Startjaar) jaar=true />
                    <HeelGetal binding=basis(AmbitieVeld::AantalJaren) />
                    <Aantal binding=basis(AmbitieVeld::Startaantal) />
                    <Aantal binding=basis(AmbitieVeld::ExtraDaling) hint="Bijvoorbeeld 500" />
                </div>
                <For each=move || jaren.get() key=|j| *j let:jaar>
                    <fieldset class="jaar">
                        <legend>{jaar}</legend>
                        <div class="rij">{jaar_veld(jaar, AmbitieJaarVeld::Prognose)}{jaar_veld(jaar, AmbitieJaarVeld::Realisatie)}{jaar_veld(jaar, AmbitieJaarVeld::Aantal)}</div>
                    </fieldset>
                </For>
                {move || tabel.get().map(|t| match t {
                    Err(e) => view! { <p id="ambitie-fout">{e.to_string()}</p> }.into_any(),
                    Ok(t) => view! {
                        <table class="tabel" id="ambitie-tabel">
                            <caption>{format!("Ambitie vanaf {} (start {} uitkeringen, extra daling {})", t.startjaar, getal(t.startaantal), getal(t.extra_daling))}</caption>
                            <thead><tr><th scope="col">"Jaar"</th><th scope="col">"Deel 1"</th><th scope="col">"Deel 2"</th><th scope="col">"Ambitie"</th><th scope="col">"Gerealiseerd"</th><th scope="col">"Verschil"</th></tr></thead>
                            <tbody>
                                {t.rijen.iter().map(|r| view! {
                                    <tr>
                                        <th scope="row">{r.jaar}{(!r.voorlopig.is_empty()).then_some(" (voorlopig)")}</th>
                                        <td class="getal">{getal(r.afgerond.deel1)}</td>
                                        <td class="getal">{r.afgerond.deel2.map(getal).unwrap_or_else(|| "—".into())}</td>
                                        <td class="getal">{r.afgerond.totaal.map(getal).unwrap_or_else(|| "—".into())}</td>
                                        <td class="getal">{r.afgerond.realisatie.map(getal).unwrap_or_else(|| "—".into())}</td>
                                        <td class="getal">{r.afgerond.verschil.map(getal).unwrap_or_else(|| "—".into())}</td>
                                    </tr>
                                }).collect_view()}
                                {t.achteraf.as_ref().map(|a| view! {
                                    <tr class="totaal">
                                        <th scope="row">"Achteraf"</th>
                                        <td class="getal">{getal(a.afgerond.deel1)}</td>
                                        <td class="getal">{a.afgerond.deel2.map(getal).unwrap_or_else(|| "—".into())}</td>
                                        <td class="getal">{a.afgerond.totaal.map(getal).unwrap_or_else(|| "—".into())}</td>
                                        <td class="getal">{a.afgerond.realisatie.map(getal).unwrap_or_else(|| "—".into())}</td>
                                        <td class="getal">{a.afgerond.verschil.map(getal).unwrap_or_else(|| "—".into())}</td>
                                    </tr>
                                })}
                            </tbody>
                        </table>
                        {(!t.meldingen.is_empty()).then(|| view! { <ul class="meldingen">{t.meldingen.iter().map(|m| view! { <li>{m.clone()}</li> }).collect_view()}</ul> })}
                    }.into_any(),
                })}
            </Show>
        </section>
    }
}

/// Keeps one row per year of the ambition's period (rows already filled are kept).
fn vul_jaren(am: &mut Ambitie) {
    let (Some(start), Some(n)) = (am.startjaar, am.aantal_jaren) else { return };
    if !(1..=50).contains(&n) || !(1900..=2100).contains(&start) {
        return;
    }
    for jaar in start..start + n as i32 {
        if !am.jaren.iter().any(|j| j.jaar == jaar) {
            am.jaren.push(AmbitieJaar { jaar, ..Default::default() });
        }
    }
    am.jaren.sort_by_key(|j| j.jaar);
}
