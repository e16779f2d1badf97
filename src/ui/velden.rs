//! Reusable form fields: long text, short text, money, date (dag/maand/jaar), and the official
//! guidance at hand. Each field ties its label, hint and error to the control
//! (`aria-describedby`, `aria-invalid`) and shows the same message the checks list shows.

use crate::date::Date;
use crate::nl;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// The DOM id of the control for a field pointer (`maatregelen.m3.naam` → `veld-maatregelen-m3-naam`).
pub fn veld_id(pointer: &str) -> String {
    format!("veld-{}", pointer.replace('.', "-"))
}

/// Long answer (textarea) with a character count announced after typing pauses.
#[component]
pub fn LangeTekst(
    /// Field pointer (see `checks::Controle::veld`).
    #[prop(into)]
    veld: String,
    /// Visible label.
    #[prop(into)]
    label: String,
    /// Short hint under the label.
    #[prop(optional, into)]
    hint: Option<String>,
    /// Current value.
    waarde: Signal<String>,
    /// Called with the new text on every input.
    zet: Callback<String>,
    /// Error shown at the field (same words as in the checks).
    #[prop(into)]
    fout: Signal<Option<String>>,
    /// Visible rows.
    #[prop(default = 8)]
    rijen: u32,
    /// Mark as optional.
    #[prop(optional)]
    optioneel: bool,
) -> impl IntoView {
    let id = veld_id(&veld);
    let hint_id = format!("{id}-hint");
    let fout_id = format!("{id}-fout");
    let telling_id = format!("{id}-telling");
    // The count is announced only after typing pauses (a live region updated on every key
    // would interrupt the screen reader constantly).
    let (aangekondigd, zet_aangekondigd) = signal(String::new());
    let teller = StoredValue::new(None::<leptos::prelude::TimeoutHandle>);
    on_cleanup(move || {
        if let Some(Some(h)) = teller.try_get_value() {
            h.clear();
        }
    });
    let telling = move || {
        let n = waarde.with(|w| w.chars().count());
        format!("{} {}", nl::format_integer(n as u64), if n == 1 { "teken" } else { "tekens" })
    };
    let describedby = {
        let (h, f, t) = (hint_id.clone(), fout_id.clone(), telling_id.clone());
        let heeft_hint = hint.is_some();
        move || {
            let mut d = Vec::new();
            if heeft_hint {
                d.push(h.clone());
            }
            if fout.with(|f| f.is_some()) {
                d.push(f.clone());
            }
            d.push(t.clone());
            d.join(" ")
        }
    };
    view! {
        <div class="veld" class:veld--fout=move || fout.with(|f| f.is_some())>
            <label for=id.clone() class="veld__label">
                {label}
                {optioneel.then(|| view! { <span class="optioneel">" (optioneel)"</span> })}
            </label>
            {hint.map(|h| view! { <p class="veld__hint" id=hint_id.clone()>{h}</p> })}
            <Show when=move || fout.with(|f| f.is_some())>
                <p class="veld__fout" id=fout_id.clone()>
                    <span class="visueel-verborgen">"Fout: "</span>
                    {move || fout.get().unwrap_or_default()}
                </p>
            </Show>
            <textarea
                id=id.clone()
                name=veld.clone()
                rows=rijen
                spellcheck="true"
                aria-invalid=move || if fout.with(|f| f.is_some()) { "true" } else { "false" }
                aria-describedby=describedby
                prop:value=move || waarde.get()
                on:input:target=move |ev| {
                    zet.run(ev.target().value());
                    if let Some(h) = teller.get_value() {
                        h.clear();
                    }
                    // The field may be gone (page changed) when the timer fires: try_*.
                    let h = set_timeout_with_handle(
                        move || {
                            if let Some(n) = waarde.try_with(|w| w.chars().count()) {
                                let _ = zet_aangekondigd.try_set(format!(
                                    "{} {}",
                                    nl::format_integer(n as u64),
                                    if n == 1 { "teken" } else { "tekens" }
                                ));
                            }
                        },
                        std::time::Duration::from_millis(1200),
                    )
                    .ok();
                    teller.set_value(h);
                }
            ></textarea>
            <p class="veld__telling" id=telling_id.clone()>{telling}</p>
            <p class="visueel-verborgen" aria-live="polite">{move || aangekondigd.get()}</p>
        </div>
    }
}

/// Short text input (names).
#[component]
pub fn KorteTekst(
    #[prop(into)] veld: String,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    waarde: Signal<String>,
    zet: Callback<String>,
    #[prop(into)] fout: Signal<Option<String>>,
    #[prop(optional, into)] autocomplete: Option<String>,
    #[prop(optional)] optioneel: bool,
) -> impl IntoView {
    let id = veld_id(&veld);
    let hint_id = format!("{id}-hint");
    let fout_id = format!("{id}-fout");
    let heeft_hint = hint.is_some();
    let describedby = {
        let (h, f) = (hint_id.clone(), fout_id.clone());
        move || {
            let mut d = Vec::new();
            if heeft_hint {
                d.push(h.clone());
            }
            if fout.with(|f| f.is_some()) {
                d.push(f.clone());
            }
            d.join(" ")
        }
    };
    view! {
        <div class="veld" class:veld--fout=move || fout.with(|f| f.is_some())>
            <label for=id.clone() class="veld__label">
                {label}
                {optioneel.then(|| view! { <span class="optioneel">" (optioneel)"</span> })}
            </label>
            {hint.map(|h| view! { <p class="veld__hint" id=hint_id.clone()>{h}</p> })}
            <Show when=move || fout.with(|f| f.is_some())>
                <p class="veld__fout" id=fout_id.clone()>
                    <span class="visueel-verborgen">"Fout: "</span>
                    {move || fout.get().unwrap_or_default()}
                </p>
            </Show>
            <input
                type="text"
                id=id.clone()
                name=veld.clone()
                autocomplete=autocomplete.unwrap_or_else(|| "off".into())
                aria-invalid=move || if fout.with(|f| f.is_some()) { "true" } else { "false" }
                aria-describedby=describedby
                prop:value=move || waarde.get()
                on:input:target=move |ev| zet.run(ev.target().value())
            />
        </div>
    }
}

/// Money input: Dutch spellings accepted, exact decimal out. While typing, a valid amount
/// updates the results at once; an invalid one is shown as an error when the field is left,
/// and the typed text stays so nothing is lost.
#[component]
pub fn Bedrag(
    #[prop(into)] veld: String,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    waarde: Signal<Option<Decimal>>,
    zet: Callback<Option<Decimal>>,
    /// Error from the rules (e.g. budget zero), shown when there is no parse error.
    #[prop(into)]
    fout: Signal<Option<String>>,
) -> impl IntoView {
    let id = veld_id(&veld);
    let hint_id = format!("{id}-hint");
    let fout_id = format!("{id}-fout");
    let begin = waarde.get_untracked().map(nl::format_amount_input).unwrap_or_default();
    let (tekst, zet_tekst) = signal(begin);
    let (parse_fout, zet_parse_fout) = signal(None::<String>);
    // Keep the text in step when the value changes from elsewhere (import, other tab).
    Effect::new(move |_| {
        let w = waarde.get();
        let huidig = tekst.get_untracked();
        if nl::parse_money(&huidig).ok() != w && !(w.is_none() && parse_fout.get_untracked().is_some()) {
            zet_tekst.set(w.map(nl::format_amount_input).unwrap_or_default());
        }
    });
    let getoonde_fout = Signal::derive(move || parse_fout.get().or_else(|| fout.get()));
    let heeft_hint = hint.is_some();
    let describedby = {
        let (h, f) = (hint_id.clone(), fout_id.clone());
        move || {
            let mut d = Vec::new();
            if heeft_hint {
                d.push(h.clone());
            }
            if getoonde_fout.with(|f| f.is_some()) {
                d.push(f.clone());
            }
            d.join(" ")
        }
    };
    view! {
        <div class="veld veld--bedrag" class:veld--fout=move || getoonde_fout.with(|f| f.is_some())>
            <label for=id.clone() class="veld__label">{label}</label>
            {hint.map(|h| view! { <p class="veld__hint" id=hint_id.clone()>{h}</p> })}
            <Show when=move || getoonde_fout.with(|f| f.is_some())>
                <p class="veld__fout" id=fout_id.clone()>
                    <span class="visueel-verborgen">"Fout: "</span>
                    {move || getoonde_fout.get().unwrap_or_default()}
                </p>
            </Show>
            <div class="bedrag-invoer">
                <span class="bedrag-invoer__euro" aria-hidden="true">"€"</span>
                <input
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    spellcheck="false"
                    id=id.clone()
                    name=veld.clone()
                    aria-invalid=move || if getoonde_fout.with(|f| f.is_some()) { "true" } else { "false" }
                    aria-describedby=describedby
                    prop:value=move || tekst.get()
                    on:input:target=move |ev| {
                        let t = ev.target().value();
                        zet_tekst.set(t.clone());
                        match nl::parse_money(&t) {
                            Ok(v) => {
                                zet_parse_fout.set(None);
                                zet.run(Some(v));
                            }
                            Err(nl::MoneyError::Empty) => {
                                zet_parse_fout.set(None);
                                zet.run(None);
                            }
                            // Not an error yet while typing; results show the figure as missing.
                            Err(_) => zet.run(None),
                        }
                    }
                    on:change:target=move |ev| {
                        let t = ev.target().value();
                        match nl::parse_money(&t) {
                            Ok(v) => {
                                zet_parse_fout.set(None);
                                zet_tekst.set(nl::format_amount_input(v));
                            }
                            Err(nl::MoneyError::Empty) => zet_parse_fout.set(None),
                            Err(e) => zet_parse_fout.set(Some(e.message().to_string())),
                        }
                    }
                />
            </div>
        </div>
    }
}

/// A date as three fields (dag / maand / jaar) in a fieldset, as Dutch government forms do.
#[component]
pub fn Datum(
    #[prop(into)] veld: String,
    #[prop(into)] legend: String,
    #[prop(optional, into)] hint: Option<String>,
    waarde: Signal<Option<Date>>,
    zet: Callback<Option<Date>>,
    #[prop(into)] fout: Signal<Option<String>>,
    #[prop(optional)] optioneel: bool,
) -> impl IntoView {
    let id = veld_id(&veld);
    let hint_id = format!("{id}-hint");
    let fout_id = format!("{id}-fout");
    let deel = move |f: fn(Date) -> String| waarde.get_untracked().map(f).unwrap_or_default();
    let (dag, zet_dag) = signal(deel(|d| d.day().to_string()));
    let (maand, zet_maand) = signal(deel(|d| d.month().to_string()));
    let (jaar, zet_jaar) = signal(deel(|d| d.year().to_string()));
    let (parse_fout, zet_parse_fout) = signal(None::<String>);
    Effect::new(move |_| {
        let w = waarde.get();
        let huidig = nl::parse_date_parts(&dag.get_untracked(), &maand.get_untracked(), &jaar.get_untracked()).ok();
        if w.is_some() && huidig != w {
            let d = w.expect("checked");
            zet_dag.set(d.day().to_string());
            zet_maand.set(d.month().to_string());
            zet_jaar.set(d.year().to_string());
        }
    });
    let bijwerken = move |toon_fout: bool| {
        let (d, m, j) = (dag.get_untracked(), maand.get_untracked(), jaar.get_untracked());
        if d.trim().is_empty() && m.trim().is_empty() && j.trim().is_empty() {
            zet_parse_fout.set(None);
            zet.run(None);
            return;
        }
        match nl::parse_date_parts(&d, &m, &j) {
            Ok(datum) => {
                zet_parse_fout.set(None);
                zet.run(Some(datum));
            }
            Err(e) => {
                zet.run(None);
                if toon_fout {
                    zet_parse_fout.set(Some(e.message().to_string()));
                }
            }
        }
    };
    let getoonde_fout = Signal::derive(move || parse_fout.get().or_else(|| fout.get()));
    let heeft_hint = hint.is_some();
    let describedby = {
        let (h, f) = (hint_id.clone(), fout_id.clone());
        move || {
            let mut d = Vec::new();
            if heeft_hint {
                d.push(h.clone());
            }
            if getoonde_fout.with(|f| f.is_some()) {
                d.push(f.clone());
            }
            d.join(" ")
        }
    };
    let invoer = move |sub: &'static str, label: &'static str, breed: bool, lees: ReadSignal<String>, schrijf: WriteSignal<String>| {
        let sub_id = if sub == "dag" { id.clone() } else { format!("{id}-{sub}") };
        let describedby = describedby.clone();
        view! {
            <div class="datum__deel" class:datum__deel--jaar=breed>
                <label for=sub_id.clone()>{label}</label>
                <input
                    type="text"
                    inputmode="numeric"
                    autocomplete="off"
                    id=sub_id
                    name=format!("{veld}-{sub}")
                    aria-invalid=move || if getoonde_fout.with(|f| f.is_some()) { "true" } else { "false" }
                    aria-describedby=describedby
                    prop:value=move || lees.get()
                    on:input:target=move |ev| {
                        schrijf.set(ev.target().value());
                        bijwerken(false);
                    }
                    on:change=move |_| bijwerken(true)
                />
            </div>
        }
    };
    view! {
        <fieldset class="veld datum" class:veld--fout=move || getoonde_fout.with(|f| f.is_some())>
            <legend class="veld__label">
                {legend}
                {optioneel.then(|| view! { <span class="optioneel">" (optioneel)"</span> })}
            </legend>
            {hint.map(|h| view! { <p class="veld__hint" id=hint_id.clone()>{h}</p> })}
            <Show when=move || getoonde_fout.with(|f| f.is_some())>
                <p class="veld__fout" id=fout_id.clone()>
                    <span class="visueel-verborgen">"Fout: "</span>
                    {move || getoonde_fout.get().unwrap_or_default()}
                </p>
            </Show>
            <div class="datum__velden">
                {invoer("dag", "Dag", false, dag, zet_dag)}
                {invoer("maand", "Maand", false, maand, zet_maand)}
                {invoer("jaar", "Jaar", true, jaar, zet_jaar)}
            </div>
        </fieldset>
    }
}

/// The official guidance for a question, collapsed by default.
#[component]
pub fn Toelichting(#[prop(into)] titel: String, #[prop(into)] tekst: String, #[prop(into)] bron: String) -> impl IntoView {
    if tekst.trim().is_empty() {
        return ().into_any();
    }
    view! {
        <details class="toelichting">
            <summary>{titel}</summary>
            <div class="toelichting__tekst">
                {alinea_views(&tekst)}
                <p class="toelichting__bron">"Bron: " {bron}</p>
            </div>
        </details>
    }
    .into_any()
}

/// Paragraphs (blank-line separated) and "- " lists as views; text is always text.
pub fn alinea_views(tekst: &str) -> Vec<AnyView> {
    let mut uit = Vec::new();
    for blok in tekst.split("\n\n").filter(|b| !b.trim().is_empty()) {
        let regels: Vec<&str> = blok.lines().collect();
        if regels.iter().all(|r| r.trim_start().starts_with("- ")) {
            let items: Vec<_> = regels
                .iter()
                .map(|r| {
                    let t = r.trim_start().trim_start_matches("- ").to_string();
                    view! { <li>{t}</li> }
                })
                .collect();
            uit.push(view! { <ul>{items}</ul> }.into_any());
        } else {
            let t = blok.to_string();
            uit.push(view! { <p>{t}</p> }.into_any());
        }
    }
    uit
}
