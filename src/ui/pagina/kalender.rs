//! Rekenen's calendar and scenario: the deadline with its weekend warning and what follows after
//! submission (rulebook §9), and the switch for the unverified 2,5% eigen risico scenario.

use super::ctx;
use crate::nl::format_date;
use crate::rules::{na_indienen, weekend_advies, Uitkomst, SCENARIO_NAAM, SCENARIO_VANAF};
use crate::veld::Veld;
use leptos::prelude::*;

/// The deadline, days left, the weekend warning and the timeline after submission.
pub(super) fn termijn_view(u: &Uitkomst) -> impl IntoView {
    let dagen = u.dagen_over;
    let weekend = weekend_advies(u.uiterste_datum);
    let momenten = na_indienen(u.tekortjaar).unwrap_or_default();
    let zekerheid = u.regels.uitbetaling.zekerheid.label();
    view! {
        <p id="uiterste-datum"><strong>"Uiterste datum: "</strong>{format_date(u.uiterste_datum)}
            {dagen.map(|d| if d >= 0 { format!(" (nog {d} dagen)") } else { format!(" (verstreken, {} dagen geleden)", -d) })}
        </p>
        {weekend.map(|w| view! {
            <div class="banner banner--waarschuwing" id="weekend-advies">
                <p><strong>{w.tekst}</strong></p>
                <p>{w.toelichting}</p>
            </div>
        })}
        {(!momenten.is_empty()).then(|| view! {
            <h3 id="na-indienen-kop">"Na het indienen"</h3>
            <ol class="tijdlijn" id="na-indienen" aria-labelledby="na-indienen-kop">
                {momenten.into_iter().map(|m| view! { <li><strong>{m.wanneer}</strong>": " {m.wat}</li> }).collect_view()}
            </ol>
            <p class="hint">{format!("Zekerheid: {zekerheid}. Bron: {}.", crate::rules::BRON_NA_INDIENEN)}</p>
        })}
    }
}

/// The switch for the 2,5% eigen risico scenario, from [`SCENARIO_VANAF`] (or while a file has
/// it on). Off by default; the hint says plainly that the rule is not verified.
#[component]
pub(super) fn ScenarioKeuze() -> impl IntoView {
    let c = ctx();
    let zichtbaar = c.structuur(|a| a.tekortjaar() >= SCENARIO_VANAF || a.scenario_eigen_risico);
    view! {
        <Show when=move || zichtbaar.get()>
            {move || {
                let b = c.binding::<Option<bool>>(Veld::Scenario);
                let id = b.id();
                let hint_id = format!("{id}-hint");
                let (waarde, zet) = (b.waarde, b.zet);
                view! {
                    <section class="scenario" aria-labelledby="scenario-kop">
                        <h2 id="scenario-kop">"Scenario"<span class="optioneel">" (optioneel)"</span></h2>
                        <div class="veld">
                            <label class="keuze-vak">
                                <input type="checkbox" id=id.clone() aria-describedby=hint_id.clone()
                                    prop:checked=move || waarde.get() == Some(true)
                                    on:change:target=move |ev| zet.run(Some(ev.target().checked())) />
                                " " {b.label()}
                            </label>
                            <p class="hint" id=hint_id>{format!(
                                "{SCENARIO_NAAM}. Het Besluit (Stb. 2025, 222) verlaagt het eigen risico van het uitgebreide vangnet later naar 2,5%; voor 2025 geldt dat nog niet, en vanaf welk jaar en onder welke voorwaarden is niet gepubliceerd. Aangevinkt rekent de app het uitgebreide vangnet met 2,5% in plaats van 5%, en zegt overal dat het een scenario is."
                            )}</p>
                        </div>
                    </section>
                }
            }}
        </Show>
    }
}
