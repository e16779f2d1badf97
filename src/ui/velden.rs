//! Reusable form fields: long text, short text, money, date (dag/maand/jaar), and the official
//! guidance at hand. Each field ties its label, hint and error to the control
//! (`aria-describedby`, `aria-invalid`) and shows the same message the checks list shows.

use super::Binding;
use crate::date::Date;
use crate::nl;
use crate::veld::{Veld, Waarde};
use leptos::prelude::*;
use rust_decimal::Decimal;

/// The ids and ARIA wiring every field shares: the label points at the control; the hint, the
/// error and any extra description are tied to it with `aria-describedby`; a field with an
/// error gets `aria-invalid="true"` and a red bar. One place, so every field behaves alike.
#[derive(Clone)]
struct Koppeling {
    id: String,
    hint: Option<String>,
    fout: Signal<Option<String>>,
}

impl Koppeling {
    fn new<T: Send + Sync + 'static>(b: &Binding<T>, hint: Option<String>, fout: Signal<Option<String>>) -> Koppeling {
        Koppeling { id: b.id(), hint, fout }
    }

    fn hint_id(&self) -> String {
        format!("{}-hint", self.id)
    }

    fn fout_id(&self) -> String {
        format!("{}-fout", self.id)
    }

    fn heeft_fout(&self) -> impl Fn() -> bool + Copy + 'static {
        let fout = self.fout;
        move || fout.with(|f| f.is_some())
    }

    fn invalid(&self) -> impl Fn() -> &'static str + Copy + 'static {
        let heeft_fout = self.heeft_fout();
        move || if heeft_fout() { "true" } else { "false" }
    }

    /// `aria-describedby`: hint, error (while shown) and `extra` (e.g. the character count).
    fn describedby(&self, extra: Option<String>) -> impl Fn() -> String + Clone + 'static {
        let hint_id = self.hint.is_some().then(|| self.hint_id());
        let fout_id = self.fout_id();
        let heeft_fout = self.heeft_fout();
        move || {
            let fout = heeft_fout().then(|| fout_id.clone());
            [hint_id.clone(), fout, extra.clone()].into_iter().flatten().collect::<Vec<_>>().join(" ")
        }
    }

    /// The hint and the error message, as GOV.UK and NL Design System place them: under the
    /// label, above the control.
    fn hint_en_fout(&self) -> impl IntoView {
        let fout = self.fout;
        let fout_id = self.fout_id();
        let hint = self.hint.clone().map(|h| view! { <p class="veld__hint" id=self.hint_id()>{h}</p> });
        view! {
            {hint}
            <Show when=self.heeft_fout()>
                <p class="veld__fout" id=fout_id.clone()>
                    <span class="visueel-verborgen">"Fout: "</span>
                    {move || fout.get().unwrap_or_default()}
                </p>
            </Show>
        }
    }
}

/// Tells the app's state that field `veld` is being typed in (its check waits for the blur).
fn typt(veld: &Option<Veld>) {
    if let (Some(c), Some(v)) = (use_context::<super::Ctx>(), veld) {
        c.typt(v);
    }
}

/// The handler that marks a field as changed and left in the app's state (outside the app,
/// e.g. in component tests, there is no state and nothing happens).
fn verlaten<E>(veld: Option<Veld>) -> impl Fn(E) + Clone + 'static {
    move |_| {
        if let (Some(c), Some(v)) = (use_context::<super::Ctx>(), &veld) {
            c.verlaat(v);
        }
    }
}

/// The label: the one given, else the field's own.
fn label_van<T: Send + Sync + 'static>(label: Option<String>, b: &Binding<T>) -> String {
    label.filter(|l| !l.is_empty()).unwrap_or_else(|| b.label())
}

fn optioneel_tekst(optioneel: bool) -> Option<impl IntoView> {
    optioneel.then(|| view! { <span class="optioneel">" (optioneel)"</span> })
}

fn tekens(n: usize) -> String {
    format!("{} {}", nl::format_integer(n as u64), if n == 1 { "teken" } else { "tekens" })
}

/// Long answer (textarea) with a character count announced after typing pauses.
#[component]
pub fn LangeTekst(
    /// The field: value, writer and the check message shown at it (same words as in the checks).
    binding: Binding<String>,
    /// Visible label, when it differs from the field's own.
    #[prop(optional, into)]
    label: Option<String>,
    /// Short hint under the label.
    #[prop(optional, into)]
    hint: Option<String>,
    /// Visible rows.
    #[prop(default = 8)]
    rijen: u32,
    /// Mark as optional.
    #[prop(optional)]
    optioneel: bool,
    /// The id of a further description of the field (the notes of [`super::opmaak::Opmaak`]).
    #[prop(optional, into)]
    beschreven_door: Option<String>,
    /// A note at the field while it is `Some` (a text carried over from last year: "te
    /// herzien"), tied to the control like the hint.
    #[prop(optional, into)]
    markering: Option<Signal<Option<String>>>,
) -> impl IntoView {
    let k = Koppeling::new(&binding, hint.filter(|h| !h.is_empty()), binding.fout);
    let markering = markering.unwrap_or_else(|| Signal::derive(|| None));
    let markering_id = format!("{}-markering", k.id);
    let telling_id = format!("{}-telling", k.id);
    let extra = match beschreven_door.filter(|b| !b.is_empty()) {
        Some(b) => format!("{telling_id} {b}"),
        None => telling_id.clone(),
    };
    let beschreven = {
        let d = k.describedby(Some(extra));
        let m = markering_id.clone();
        move || if markering.with(|x| x.is_some()) { format!("{} {m}", d()) } else { d() }
    };
    let label = label_van(label, &binding);
    let (waarde, zet, veld_pointer, naam) = (binding.waarde, binding.zet, binding.veld.clone(), binding.pad.clone());
    // The count is announced only after typing pauses (a live region updated on every key
    // would interrupt the screen reader constantly).
    let (aangekondigd, zet_aangekondigd) = signal(String::new());
    let teller = StoredValue::new(None::<TimeoutHandle>);
    on_cleanup(move || {
        if let Some(Some(h)) = teller.try_get_value() {
            h.clear();
        }
    });
    view! {
        <div class="veld" class:veld--fout=k.heeft_fout()>
            <label for=k.id.clone() class="veld__label">{label}{optioneel_tekst(optioneel)}</label>
            {k.hint_en_fout()}
            <Show when=move || markering.with(|x| x.is_some())>
                <p class="veld__markering" id=markering_id.clone()>{move || markering.get().unwrap_or_default()}</p>
            </Show>
            <textarea
                id=k.id.clone()
                name=naam
                rows=rijen
                spellcheck="true"
                aria-invalid=k.invalid()
                aria-describedby=beschreven
                on:change=verlaten(veld_pointer.clone())
                prop:value=move || waarde.get()
                on:input:target={
                    let veld = veld_pointer.clone();
                    move |ev| {
                    typt(&veld);
                    zet.run(ev.target().value());
                    if let Some(h) = teller.get_value() {
                        h.clear();
                    }
                    // The field may be gone (page changed) when the timer fires: try_*.
                    let h = set_timeout_with_handle(
                        move || {
                            if let Some(n) = waarde.try_with(|w| w.chars().count()) {
                                let _ = zet_aangekondigd.try_set(tekens(n));
                            }
                        },
                        std::time::Duration::from_millis(1200),
                    )
                    .ok();
                    teller.set_value(h);
                }}
            ></textarea>
            <p class="veld__telling" id=telling_id>{move || tekens(waarde.with(|w| w.chars().count()))}</p>
            <p class="visueel-verborgen" aria-live="polite">{move || aangekondigd.get()}</p>
        </div>
    }
}

/// Short text input (names).
#[component]
pub fn KorteTekst(
    /// The field.
    binding: Binding<String>,
    /// Visible label, when it differs from the field's own.
    #[prop(optional, into)]
    label: Option<String>,
    /// Short hint under the label.
    #[prop(optional, into)]
    hint: Option<String>,
    /// `autocomplete` token (WCAG 1.3.5), default off.
    #[prop(optional, into)]
    autocomplete: Option<String>,
    /// Mark as optional.
    #[prop(optional)]
    optioneel: bool,
) -> impl IntoView {
    let k = Koppeling::new(&binding, hint, binding.fout);
    let label = label_van(label, &binding);
    let (waarde, zet, veld_pointer, naam) = (binding.waarde, binding.zet, binding.veld.clone(), binding.pad.clone());
    view! {
        <div class="veld" class:veld--fout=k.heeft_fout()>
            <label for=k.id.clone() class="veld__label">{label}{optioneel_tekst(optioneel)}</label>
            {k.hint_en_fout()}
            <input
                type="text"
                id=k.id.clone()
                name=naam
                autocomplete=autocomplete.unwrap_or_else(|| "off".into())
                aria-invalid=k.invalid()
                aria-describedby=k.describedby(None)
                on:change=verlaten(veld_pointer.clone())
                prop:value=move || waarde.get()
                on:input:target=move |ev| {
                    typt(&veld_pointer);
                    zet.run(ev.target().value())
                }
            />
        </div>
    }
}

/// How a number field reads and writes its text.
#[derive(Clone, Copy)]
struct Getal {
    /// `Ok(None)` for an empty field.
    lees: fn(&str) -> Result<Option<Decimal>, String>,
    schrijf: fn(Decimal) -> String,
    voor: &'static str,
    na: &'static str,
}

const BEDRAG: Getal = Getal {
    lees: |t| match nl::parse_money(t) {
        Ok(v) => Ok(Some(v)),
        Err(nl::MoneyError::Empty) => Ok(None),
        Err(e) => Err(e.message().to_string()),
    },
    schrijf: nl::format_amount_input,
    voor: "€",
    na: "",
};

const AANTAL: Getal = Getal {
    lees: |t| match nl::parse_money(t) {
        Ok(v) => Ok(Some(v)),
        Err(nl::MoneyError::Empty) => Ok(None),
        Err(_) => Err("Dit is geen aantal. Schrijf bijvoorbeeld 7.700 of 12,5".into()),
    },
    schrijf: nl::format_amount_input,
    voor: "",
    na: "",
};

const PERCENTAGE: Getal = Getal {
    lees: |t| if t.trim().is_empty() { Ok(None) } else { nl::parse_percent(t).map(Some) },
    schrijf: nl::format_percent_input,
    voor: "",
    na: "%",
};

const GEHEEL: Getal = Getal {
    lees: |t| match nl::parse_money(t) {
        Ok(v) if v.fract().is_zero() => Ok(Some(v)),
        Ok(_) => Err("Vul een heel getal in, bijvoorbeeld 152.000".into()),
        Err(nl::MoneyError::Empty) => Ok(None),
        Err(_) => Err("Dit is geen getal. Schrijf bijvoorbeeld 152.000".into()),
    },
    schrijf: nl::format_amount_input,
    voor: "",
    na: "",
};

/// A year: digits only, no grouping ("2018", not "2.018").
const JAAR: Getal = Getal {
    lees: |t| {
        let t = t.trim();
        if t.is_empty() {
            Ok(None)
        } else if t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()) {
            Ok(t.parse::<i64>().ok().map(Decimal::from))
        } else {
            Err("Vul een jaar in met vier cijfers, bijvoorbeeld 2018".into())
        }
    },
    schrijf: |d| d.trunc().to_string(),
    voor: "",
    na: "",
};

/// A number field: while typing, a readable number updates the results at once; an unreadable
/// one is shown as an error when the field is left, and the typed text stays so nothing is lost.
fn getal_veld(soort: Getal, binding: Binding<Option<Decimal>>, label: Option<String>, hint: Option<String>) -> impl IntoView {
    let label = label_van(label, &binding);
    let (waarde, zet, fout, veld, naam) = (binding.waarde, binding.zet, binding.fout, binding.veld.clone(), binding.pad.clone());
    // A readable number outside the field's bounds is refused like an unreadable one, with the
    // field's own sentence: nothing out of bounds reaches the draft.
    // A field may have its own words for "not a number" (a realised effect: `Veld::geen_getal_melding`).
    let eigen = veld.as_ref().and_then(Veld::geen_getal_melding);
    let lees = move |t: &str| -> Result<Option<Decimal>, String> {
        let v = (soort.lees)(t).map_err(|e| eigen.clone().unwrap_or(e))?;
        match (&veld, v) {
            (Some(veld), Some(d)) => veld.binnen_grens(&Waarde::Getal(Some(d))).map(|()| Some(d)).map_err(|e| hoofdletter(&e)),
            _ => Ok(v),
        }
    };
    let lees = std::sync::Arc::new(lees);
    let begin = waarde.get_untracked().map(soort.schrijf).unwrap_or_default();
    let (tekst, zet_tekst) = signal(begin);
    let (parse_fout, zet_parse_fout) = signal(None::<String>);
    // Keep the text in step when the value changes from elsewhere (import, other tab).
    super::effect(move || {
        let w = waarde.get();
        let huidig = (soort.lees)(&tekst.get_untracked()).ok().flatten();
        if huidig != w && !(w.is_none() && parse_fout.get_untracked().is_some()) {
            zet_tekst.set(w.map(soort.schrijf).unwrap_or_default());
        }
    });
    let k = Koppeling::new(&binding, hint, Signal::derive(move || parse_fout.get().or_else(|| fout.get())));
    let (lees_in, lees_uit) = (lees.clone(), lees);
    view! {
        <div class="veld veld--getal" class:veld--fout=k.heeft_fout()>
            <label for=k.id.clone() class="veld__label">{label}</label>
            {k.hint_en_fout()}
            <div class="getal-invoer">
                {(!soort.voor.is_empty()).then(|| view! { <span class="getal-invoer__teken" aria-hidden="true">{soort.voor}</span> })}
                <input
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    spellcheck="false"
                    id=k.id.clone()
                    name=naam
                    aria-invalid=k.invalid()
                    aria-describedby=k.describedby(None)
                    prop:value=move || tekst.get()
                    on:input:target=move |ev| {
                        let t = ev.target().value();
                        zet_tekst.set(t.clone());
                        match lees_in(&t) {
                            Ok(v) => {
                                zet_parse_fout.set(None);
                                zet.run(v);
                            }
                            // Not an error yet while typing; results show the figure as missing.
                            Err(_) => zet.run(None),
                        }
                    }
                    on:change:target=move |ev| match lees_uit(&ev.target().value()) {
                        Ok(Some(v)) => {
                            zet_parse_fout.set(None);
                            zet_tekst.set((soort.schrijf)(v));
                        }
                        Ok(None) => zet_parse_fout.set(None),
                        Err(e) => zet_parse_fout.set(Some(e)),
                    }
                />
                {(!soort.na.is_empty()).then(|| view! { <span class="getal-invoer__teken" aria-hidden="true">{soort.na}</span> })}
            </div>
        </div>
    }
}

/// Money input: Dutch spellings accepted (`1.234.567,89`, `€ 1.234.567`, …), exact decimal out.
/// The check's error from the rules (e.g. budget zero) shows when there is no parse error.
#[component]
pub fn Bedrag(
    /// The field.
    binding: Binding<Option<Decimal>>,
    /// Visible label, when it differs from the field's own.
    #[prop(optional, into)]
    label: Option<String>,
    /// Short hint under the label.
    #[prop(optional, into)]
    hint: Option<String>,
) -> impl IntoView {
    getal_veld(BEDRAG, binding, label, hint)
}

/// A count (uitkeringen, people): Dutch spelling, decimals allowed.
#[component]
pub fn Aantal(
    /// The field.
    binding: Binding<Option<Decimal>>,
    /// Visible label, when it differs from the field's own.
    #[prop(optional, into)]
    label: Option<String>,
    /// Short hint under the label.
    #[prop(optional, into)]
    hint: Option<String>,
) -> impl IntoView {
    getal_veld(AANTAL, binding, label, hint)
}

/// A whole number (inhabitants, a number of years): Dutch grouping allowed, no decimals.
#[component]
pub fn HeelGetal(
    /// The field.
    binding: Binding<Option<Decimal>>,
    /// Visible label, when it differs from the field's own.
    #[prop(optional, into)]
    label: Option<String>,
    /// Short hint under the label.
    #[prop(optional, into)]
    hint: Option<String>,
    /// A calendar year (four digits, no grouping).
    #[prop(optional)]
    jaar: bool,
) -> impl IntoView {
    getal_veld(if jaar { JAAR } else { GEHEEL }, binding, label, hint)
}

/// Percentage input ("7,5" or "7,5%"); the value is a fraction (0.075).
#[component]
pub fn Percentage(
    /// The field (a fraction).
    binding: Binding<Option<Decimal>>,
    /// Visible label, when it differs from the field's own.
    #[prop(optional, into)]
    label: Option<String>,
    /// Short hint under the label.
    #[prop(optional, into)]
    hint: Option<String>,
) -> impl IntoView {
    getal_veld(PERCENTAGE, binding, label, hint)
}

/// A date as three fields (dag / maand / jaar) in a fieldset, as Dutch government forms do.
#[component]
pub fn Datum(
    /// The field; the day input gets its id, month and year get `-maand` / `-jaar`.
    binding: Binding<Option<Date>>,
    /// The question, as the fieldset's legend, when it differs from the field's own label.
    #[prop(optional, into)]
    legend: Option<String>,
    /// Short hint under the legend.
    #[prop(optional, into)]
    hint: Option<String>,
    /// Mark as optional.
    #[prop(optional)]
    optioneel: bool,
) -> impl IntoView {
    let legend = label_van(legend, &binding);
    let (waarde, zet, fout, naam) = (binding.waarde, binding.zet, binding.fout, binding.pad.clone());
    let deel = move |f: fn(Date) -> String| waarde.get_untracked().map(f).unwrap_or_default();
    let (dag, zet_dag) = signal(deel(|d| d.day().to_string()));
    let (maand, zet_maand) = signal(deel(|d| d.month().to_string()));
    let (jaar, zet_jaar) = signal(deel(|d| d.year().to_string()));
    let (parse_fout, zet_parse_fout) = signal(None::<String>);
    super::effect(move || {
        let w = waarde.get();
        let huidig = nl::parse_date_parts(&dag.get_untracked(), &maand.get_untracked(), &jaar.get_untracked()).ok();
        if let Some(d) = w.filter(|_| huidig != w) {
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
    let k = Koppeling::new(&binding, hint, Signal::derive(move || parse_fout.get().or_else(|| fout.get())));
    let veld_pointer = binding.veld.clone();
    let invoer = |sub: &'static str, label: &'static str, breed: bool, lees: ReadSignal<String>, schrijf: WriteSignal<String>| {
        let sub_id = if sub == "dag" { k.id.clone() } else { format!("{}-{sub}", k.id) };
        let markeer = verlaten::<()>(veld_pointer.clone());
        view! {
            <div class="datum__deel" class:datum__deel--jaar=breed>
                <label for=sub_id.clone()>{label}</label>
                <input
                    type="text"
                    inputmode="numeric"
                    autocomplete="off"
                    id=sub_id
                    name=format!("{naam}-{sub}")
                    aria-invalid=k.invalid()
                    aria-describedby=k.describedby(None)
                    prop:value=move || lees.get()
                    on:input:target=move |ev| {
                        schrijf.set(ev.target().value());
                        bijwerken(false);
                    }
                    on:change=move |_| {
                        bijwerken(true);
                        markeer(());
                    }
                />
            </div>
        }
    };
    view! {
        <fieldset class="veld datum" class:veld--fout=k.heeft_fout()>
            <legend class="veld__label">{legend}{optioneel_tekst(optioneel)}</legend>
            {k.hint_en_fout()}
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

fn hoofdletter(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}
