//! The web app (wasm32 only): the open draft, autosave, the split loader and the app. Routing is
//! in [`route`], the shell (banners, error summary) in [`shell`], DOM helpers in [`dom`]; the
//! pages live in [`pagina`]; they only read the draft and call the rules, checks and print code.

// The UI's arithmetic is on layout, indices and timers the app itself controls; the numbers a
// user or a file controls are computed in the pure core, where the lint is denied (lib.rs).
#![allow(clippy::arithmetic_side_effects)]

pub mod analyse;
pub mod dom;
pub mod gestopt;
pub mod opmaak;
pub mod opslag;
pub mod pagina;
pub mod regels;
pub mod route;
pub mod shell;
pub mod velden;
pub mod word;

use route::route_van_hash;
pub use route::{ga_naar, href, Onderdeel, Pagina, Route};

use crate::checks::{controleer_met, Aard, Controle};
use crate::drafts::{self, IndexRegel};
use crate::model::Aanvraag;
use crate::rules::RekenFout;
use crate::rules::Uitkomst;
use crate::veld::{Veld, VeldWaarde, Waarde};
use leptos::prelude::*;
use opslag::OpslagFout;
use std::collections::{HashMap, HashSet};
use std::time::Duration;

/// The debounce of the autosave: a save follows this long after the last change…
const WACHT_MS: u64 = 400;
/// …but at most this long after the first unsaved change, however long typing goes on.
const MAX_WACHT_MS: u64 = 1000;

/// State of saving, shown in the banner.
#[derive(Clone, Debug, PartialEq)]
pub enum OpslagStatus {
    /// Nothing to report yet.
    Niets,
    /// Saved at this local time.
    Opgeslagen(String),
    /// Saving failed; working in memory.
    Mislukt(OpslagFout),
    /// Another tab saved a newer revision; autosave stopped.
    Conflict,
    /// The stored draft was written by a newer app; it is not overwritten.
    NieuwereVersie(String),
}

/// Everything the pages share, as cheap handles.
#[derive(Clone, Copy)]
pub struct Ctx {
    /// The open application.
    pub aanvraag: RwSignal<Aanvraag>,
    /// The rules' outcome (recomputed on change).
    pub uitkomst: Memo<Result<Uitkomst, RekenFout>>,
    /// All checks (recomputed on change).
    pub controles: Memo<Vec<Controle>>,
    /// Saving state.
    pub opslag: RwSignal<OpslagStatus>,
    /// Show check messages at the fields (after "Controleer" or on the check page).
    pub toon_fouten: RwSignal<bool>,
    /// Current route.
    pub route: RwSignal<Route>,
    /// Revision this tab last read or wrote.
    revisie: StoredValue<u64>,
    /// A save is pending (debounced).
    wachtend: StoredValue<Option<TimeoutHandle>>,
    /// Since when (ms since the epoch) a save has been pending: the max-wait of the debounce.
    wacht_sinds: StoredValue<Option<f64>>,
    /// Set by a load ([`Ctx::open`], [`Ctx::nieuw`]) and cleared by the autosave effect's next
    /// run, which then does not save: loading is not a change. (Effects run asynchronously,
    /// after the load has returned, so a flag reset at the end of the load would be too early:
    /// every load then saved the draft again and put other tabs on it into conflict.)
    laden: StoredValue<bool>,
    /// A message about the start (corrupt draft kept aside, …).
    pub melding: RwSignal<Option<Melding>>,
    /// The review page a "Wijzigen" link came from, to return to after the change.
    pub terug: RwSignal<Option<Pagina>>,
    /// Fields the user changed and left: their checks show at once.
    pub verlaten: RwSignal<HashSet<Veld>>,
    /// Field-level change notification, so typing only wakes what shows that field.
    velden: Velden,
}

/// Field-level reactivity on top of the one `aanvraag` signal (what `reactive_stores` does per
/// path, here per typed [`Veld`]). A keystroke must not wake every field on the page: a memo
/// that reads `aanvraag` is re-checked on every change, and so is everything downstream of it
/// (every render effect of every field of all 150 measure cards).
///
/// - [`Ctx::wijzig`] (and loading a draft) is a *broad* change: it notifies `breed`, which
///   every field reader tracks. Adding, removing and moving rows, and choices that decide which
///   fields exist, go through it.
/// - A field's [`Binding`] writes through [`Veld::zet`], which changes that field and nothing
///   another field reads (tests/veld.rs holds it to that), and notifies only that field's
///   trigger ([`Ctx::schrijf`]). Readers of other fields ([`Ctx::lees`]) and of the structure
///   ([`Ctx::structuur`]) do not wake. Whole-draft readers (checks, rules, autosave) track
///   `aanvraag` itself and see every change. A field whose value decides which other fields
///   exist ([`Veld::is_structureel`]) is written broadly.
/// - Field errors ([`Ctx::fout_bij`]) are one signal per field, set by one effect that derives
///   all shown errors from the checks at once (O(checks) per change of the checks, and only
///   fields whose message changed are notified).
#[derive(Clone, Copy)]
struct Velden {
    breed: Trigger,
    /// Notified by narrow changes of a field the rules read ([`Veld::raakt_regels`]): all the
    /// rules track besides broad changes.
    regels: Trigger,
    /// Per field: its change trigger and, once asked for, its error signal.
    register: StoredValue<HashMap<Veld, VeldStaat>>,
}

#[derive(Default)]
struct VeldStaat {
    gewijzigd: ArcTrigger,
    fout: Option<ArcRwSignal<Option<String>>>,
}

impl Velden {
    fn sleutel(&self, veld: &Veld) -> ArcTrigger {
        self.register.try_update_value(|m| m.entry(veld.clone()).or_default().gewijzigd.clone()).unwrap_or_default()
    }
}

/// What every field control takes: its field (for the id, label and bounds), its value, its
/// writer and its error. Built by [`Ctx::binding`] for a field of the draft; the writer goes
/// through [`Veld::zet`], so a control cannot change anything but its own field.
pub struct Binding<T: Send + Sync + 'static> {
    /// The field; `None` for a control outside the application (the what-if amount).
    pub veld: Option<Veld>,
    /// The pointer the control's DOM ids are made from ([`Veld::pad`] for a field).
    pub pad: String,
    /// The current value.
    pub waarde: Signal<T>,
    /// Writes a new value.
    pub zet: Callback<T>,
    /// The check message shown at the field, if any.
    pub fout: Signal<Option<String>>,
}

impl<T: Send + Sync + 'static> Clone for Binding<T> {
    fn clone(&self) -> Self {
        Binding { veld: self.veld.clone(), pad: self.pad.clone(), waarde: self.waarde, zet: self.zet, fout: self.fout }
    }
}

impl<T: Clone + Send + Sync + 'static> Binding<T> {
    /// A control bound to a plain signal: a value outside the application, or a component test.
    pub fn los(pad: impl Into<String>, s: RwSignal<T>) -> Binding<T> {
        let pad = pad.into();
        Binding { veld: Veld::van_pad(&pad), pad, waarde: s.into(), zet: Callback::new(move |v| s.set(v)), fout: Signal::derive(|| None) }
    }
}

impl<T: Send + Sync + 'static> Binding<T> {
    /// The DOM id of the control.
    pub fn id(&self) -> String {
        format!("veld-{}", self.pad.replace('.', "-"))
    }

    /// The field's own label (empty for a control outside the application).
    pub fn label(&self) -> String {
        self.veld.as_ref().map(Veld::label).unwrap_or_default()
    }
}

/// Whether check `k` shows at its field: a field is checked once it was changed and left (NL
/// Design System), and every field once the user asks for the checks or exports; never on the
/// first keystroke. Rule-engine messages about figures (budget zero, …) always show.
fn getoond(k: &Controle, toon: bool, verlaten: &HashSet<Veld>) -> bool {
    k.ernst == crate::rules::Ernst::Fout && (toon || k.aard == Aard::Cijfer || verlaten.contains(&k.veld))
}

/// A message on top of the page, with an optional raw text to download.
#[derive(Clone, Debug, PartialEq)]
pub struct Melding {
    /// Dutch text.
    pub tekst: String,
    /// Raw text the user can download (e.g. an unreadable draft).
    pub ruw: Option<String>,
}

impl Ctx {
    /// The check message for a field, if any and if messages are shown (see `getoond`): the
    /// first shown error about the field. One signal per field, set by one effect in [`App`]
    /// and notified only when the field's message changes.
    pub fn fout_bij(&self, veld: &Veld) -> Signal<Option<String>> {
        let toon = self.toon_fouten.get_untracked();
        let nu = self.verlaten.with_untracked(|v| {
            self.controles.with_untracked(|cs| cs.iter().find(|k| &k.veld == veld && getoond(k, toon, v)).map(|k| k.tekst.clone()))
        });
        let s = self
            .velden
            .register
            .try_update_value(|m| m.entry(veld.clone()).or_default().fout.get_or_insert_with(|| ArcRwSignal::new(nu)).clone())
            .unwrap_or_default();
        s.into()
    }

    /// Derives every field's shown error from the checks (O(checks)) and notifies only the
    /// fields whose message changed.
    fn werk_fouten_bij(&self) {
        let toon = self.toon_fouten.get();
        self.verlaten.with(|v| {
            self.controles.with(|cs| {
                // The first shown check per field, in check order.
                let mut eerste: HashMap<&Veld, &String> = HashMap::new();
                for k in cs.iter().filter(|k| getoond(k, toon, v)) {
                    eerste.entry(&k.veld).or_insert(&k.tekst);
                }
                let gewijzigd = self.velden.register.try_with_value(|m| {
                    m.iter()
                        .filter_map(|(veld, r)| {
                            let s = r.fout.as_ref()?;
                            let wil = eerste.get(veld).copied();
                            s.with_untracked(|f| f.as_ref() != wil).then(|| (s.clone(), wil.cloned()))
                        })
                        .collect::<Vec<_>>()
                });
                for (s, f) in gewijzigd.into_iter().flatten() {
                    s.set(f);
                }
            })
        });
    }

    /// Changes the application (and schedules an autosave). A *broad* change: everything that
    /// shows part of the draft is re-checked. For a field, use its [`Binding`].
    pub fn wijzig(&self, f: impl FnOnce(&mut Aanvraag)) {
        self.aanvraag.update(f);
        self.velden.breed.notify();
    }

    /// Writes `w` into field `veld` through [`Veld::zet`] (nothing else changes), and wakes the
    /// readers of that field and the whole-draft readers, not the other fields. A field whose
    /// value decides which fields exist is written as a broad change. A value the field refuses
    /// (outside its bounds) is not written; the control says why.
    pub fn schrijf(&self, veld: &Veld, w: Waarde) {
        let mut gelukt = false;
        self.aanvraag.update(|a| gelukt = veld.zet(a, w).is_ok());
        if !gelukt {
            return;
        }
        if veld.is_structureel() {
            self.velden.breed.notify();
            return;
        }
        if let Some(Some(t)) = self.velden.register.try_with_value(|m| m.get(veld).map(|r| r.gewijzigd.clone())) {
            t.notify();
        }
        if veld.raakt_regels() {
            self.velden.regels.notify();
        }
    }

    /// The control's binding for field `veld` of the open draft.
    pub fn binding<T: VeldWaarde>(&self, veld: Veld) -> Binding<T> {
        let c = *self;
        let schrijf_veld = veld.clone();
        Binding {
            pad: veld.pad(),
            waarde: self.lees::<T>(&veld).into(),
            zet: Callback::new(move |w: T| c.schrijf(&schrijf_veld, w.naar())),
            fout: self.fout_bij(&veld),
            veld: Some(veld),
        }
    }

    /// Replaces the whole draft (load, import): a broad change.
    fn zet_aanvraag(&self, a: Aanvraag) {
        self.aanvraag.set(a);
        self.velden.breed.notify();
    }

    /// The value of field `veld`: re-run only when that field is written ([`Ctx::schrijf`]) or
    /// on a broad change, so the copy it keeps is made only then. A field that is not there (a
    /// removed measure) reads as empty.
    pub fn lees<T: VeldWaarde>(&self, veld: &Veld) -> Memo<T> {
        let v = veld.clone();
        self.volg(Some(self.velden.sleutel(veld)), Box::new(move |a| v.lees(a).and_then(T::uit).unwrap_or_default()))
    }

    /// A value that no single-field edit changes (ids, order, kinds, counts, choices made with
    /// [`Ctx::wijzig`]): re-checked only on broad changes, so typing does not wake it.
    pub fn structuur<T>(&self, lees: impl Fn(&Aanvraag) -> T + Send + Sync + 'static) -> Memo<T>
    where
        T: PartialEq + Send + Sync + 'static,
    {
        self.volg(None, Box::new(lees))
    }

    fn volg<T>(&self, sleutel: Option<ArcTrigger>, lees: Box<dyn Fn(&Aanvraag) -> T + Send + Sync>) -> Memo<T>
    where
        T: PartialEq + Send + Sync + 'static,
    {
        let breed = self.velden.breed;
        let aanvraag = self.aanvraag;
        Memo::new(move |_| {
            breed.track();
            if let Some(t) = &sleutel {
                t.track();
            }
            aanvraag.with_untracked(|a| lees(a))
        })
    }

    fn plan_opslaan(&self) {
        if matches!(self.opslag.get_untracked(), OpslagStatus::Conflict | OpslagStatus::NieuwereVersie(_)) {
            return;
        }
        let nu = js_sys::Date::now();
        if let Some(h) = self.wachtend.get_value() {
            // Max-wait: while typing goes on, the pending save is no longer pushed back once it
            // has waited long enough, so a save happens at least once a second and a tab that is
            // killed loses at most that much. The save itself stays in its own task.
            if self.wacht_sinds.get_value().is_some_and(|t| nu - t >= (MAX_WACHT_MS - WACHT_MS) as f64) {
                return;
            }
            h.clear();
        } else {
            self.wacht_sinds.set_value(Some(nu));
        }
        let c = *self;
        let h = set_timeout_with_handle(move || c.bewaar_nu(), Duration::from_millis(WACHT_MS)).ok();
        self.wachtend.set_value(h);
    }

    /// Writes the draft now if a save is pending (page hidden, leaving).
    pub fn bewaar_als_wachtend(&self) {
        if let Some(h) = self.wachtend.get_value() {
            h.clear();
            self.wachtend.set_value(None);
            self.bewaar_nu();
        }
    }

    /// Writes the draft, unless another tab saved a newer revision.
    pub fn bewaar_nu(&self) {
        self.wachtend.set_value(None);
        self.wacht_sinds.set_value(None);
        if matches!(self.opslag.get_untracked(), OpslagStatus::Conflict | OpslagStatus::NieuwereVersie(_)) {
            return;
        }
        let mijn = self.revisie.get_value();
        // Read in place: no copy of the (possibly large) draft.
        self.aanvraag.with_untracked(|a| {
            if a.id.is_empty() {
                return;
            }
            match self.opgeslagen_revisie(&a.id) {
                Ok(r) if r > mijn => {
                    self.opslag.set(OpslagStatus::Conflict);
                    return;
                }
                Ok(_) => {}
                Err(e) => {
                    self.opslag.set(OpslagStatus::Mislukt(e));
                    return;
                }
            }
            let nu = opslag::nu_iso();
            let tekst = drafts::schrijf(a, mijn + 1, &nu);
            // The draft first, then its revision: another tab only reacts to the revision key.
            let geschreven = opslag::schrijf(&drafts::sleutel(&a.id), &tekst)
                .and_then(|()| opslag::schrijf(&drafts::revisie_sleutel(&a.id), &(mijn + 1).to_string()));
            match geschreven {
                Ok(()) => {
                    self.revisie.set_value(mijn + 1);
                    let _ = opslag::werk_index_bij(self.controles.with_untracked(|cs| IndexRegel::van(a, &nu, cs)));
                    self.opslag.set(OpslagStatus::Opgeslagen(opslag::tijd_kort()));
                }
                Err(e) => self.opslag.set(OpslagStatus::Mislukt(e)),
            }
        });
    }

    /// The revision another tab (or this one) last saved for draft `id` (0 if none).
    fn opgeslagen_revisie(&self, id: &str) -> Result<u64, OpslagFout> {
        Ok(opslag::lees(&drafts::revisie_sleutel(id))?.as_deref().and_then(drafts::lees_revisie).unwrap_or(0))
    }

    /// Checks whether another tab saved a newer revision (on focus and storage events).
    pub fn controleer_andere_tab(&self) {
        let id = self.aanvraag.with_untracked(|a| a.id.clone());
        if id.is_empty() {
            return;
        }
        if self.opgeslagen_revisie(&id).is_ok_and(|r| r > self.revisie.get_value()) {
            if let Some(h) = self.wachtend.get_value() {
                h.clear();
                self.wachtend.set_value(None);
            }
            self.opslag.set(OpslagStatus::Conflict);
        }
    }

    /// Marks field `veld` as changed and left, so its check shows.
    pub fn verlaat(&self, veld: &Veld) {
        if !self.verlaten.with_untracked(|v| v.contains(veld)) {
            self.verlaten.update(|v| {
                v.insert(veld.clone());
            });
        }
    }

    /// Typing again in a field: its check waits until the field is left again.
    pub fn typt(&self, veld: &Veld) {
        if self.verlaten.with_untracked(|v| v.contains(veld)) {
            self.verlaten.update(|v| {
                v.remove(veld);
            });
        }
    }

    /// Opens draft `id` from storage. A corrupt draft is kept aside and explained.
    pub fn open(&self, id: &str) {
        self.laden.set_value(true);
        self.toon_fouten.set(false);
        self.verlaten.set(Default::default());
        let sleutel = drafts::sleutel(id);
        match opslag::lees(&sleutel) {
            Ok(Some(t)) => match drafts::lees(&t) {
                Ok(c) => {
                    let mut a = c.aanvraag;
                    a.id = id.to_string();
                    self.revisie.set_value(c.revisie.max(self.opgeslagen_revisie(id).unwrap_or(0)));
                    self.zet_aanvraag(a);
                    self.opslag.set(OpslagStatus::Niets);
                }
                Err(crate::export::ImportFout::NieuwereVersie(v)) => {
                    self.revisie.set_value(u64::MAX);
                    self.zet_aanvraag(Aanvraag::nieuw(id, 0));
                    self.opslag.set(OpslagStatus::NieuwereVersie(format!(
                        "Dit concept is opgeslagen met een nieuwere versie van de app (schemaversie {v}). Open het in de nieuwste versie; deze versie laat het ongewijzigd."
                    )));
                }
                Err(e) => {
                    let _ = opslag::bewaar_onleesbaar(id, &t);
                    self.melding.set(Some(Melding {
                        tekst: format!(
                            "Het opgeslagen concept kon niet worden gelezen: {e} De oorspronkelijke tekst is apart bewaard; u kunt hem hieronder downloaden. U werkt verder in een leeg concept met hetzelfde nummer."
                        ),
                        ruw: Some(t),
                    }));
                    // The unreadable text is kept aside; this tab continues from the revision the
                    // other key says, so its first save replaces the broken draft.
                    self.revisie.set_value(self.opgeslagen_revisie(id).unwrap_or(0));
                    self.zet_aanvraag(Aanvraag::nieuw(id, crate::model::standaard_tekortjaar(opslag::vandaag())));
                    self.opslag.set(OpslagStatus::Niets);
                }
            },
            Ok(None) => {
                self.revisie.set_value(0);
                self.zet_aanvraag(Aanvraag::nieuw(id, crate::model::standaard_tekortjaar(opslag::vandaag())));
                self.opslag.set(OpslagStatus::Niets);
            }
            Err(e) => {
                self.revisie.set_value(0);
                self.zet_aanvraag(Aanvraag::nieuw(id, crate::model::standaard_tekortjaar(opslag::vandaag())));
                self.opslag.set(OpslagStatus::Mislukt(e));
            }
        }
        // `laden` stays set: the autosave effect clears it (see the field).
    }

    /// Starts a new draft (also used for an imported file) and goes to it.
    pub fn nieuw(&self, mut a: Aanvraag) {
        a.id = opslag::nieuw_id();
        self.laden.set_value(true);
        self.revisie.set_value(0);
        let id = a.id.clone();
        self.zet_aanvraag(a);
        self.opslag.set(OpslagStatus::Niets);
        // Saved right here; the autosave effect clears `laden` instead of saving again.
        self.bewaar_nu();
        ga_naar(&Route::Concept { id, pagina: Pagina::Overzicht });
    }

    /// Conflict: take the other tab's newer version.
    pub fn laad_nieuwere(&self) {
        let id = self.aanvraag.with_untracked(|a| a.id.clone());
        self.opslag.set(OpslagStatus::Niets);
        self.open(&id);
    }

    /// Conflict: keep this tab's version as a new draft.
    pub fn bewaar_als_kopie(&self) {
        let mut a = self.aanvraag.get_untracked();
        a.gemeente = if a.gemeente.trim().is_empty() { "(kopie)".into() } else { format!("{} (kopie)", a.gemeente.trim()) };
        self.opslag.set(OpslagStatus::Niets);
        self.nieuw(a);
    }
}

/// The draft pages' module failed to load (network gone after the start page loaded).
#[derive(Debug)]
pub struct LaadFout;

impl From<leptos::wasm_split::SplitLoaderError> for LaadFout {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        LaadFout
    }
}

/// The draft pages (figures, form, checks, print view, insight), split off into their own wasm
/// module: the start page is interactive without them (issue 6: the whole wasm loads before
/// anything is interactive). `scripts/bin/wasm-bindgen` does the split at build time; the
/// module is fetched by [`laad_concept_module`], soon after the start page is up.
#[leptos::wasm_split::wasm_split(concept, wasm_split_path = ::leptos::wasm_split, preload(laad_concept_module), fallible)]
fn concept_pagina(pagina: Pagina) -> Result<AnyView, LaadFout> {
    Ok(view! { <pagina::ConceptPagina pagina=pagina /> }.into_any())
}

/// The rules for the open draft, in the draft pages' module: the rule table with its sources,
/// the engine and its Dutch explanation are only shown on draft pages, and in the start page's
/// module they would break its budget (≤ 200 KB brotli, issue 14).
#[leptos::wasm_split::wasm_split(concept, wasm_split_path = ::leptos::wasm_split, preload(laad_reken), fallible)]
fn reken(a: &Aanvraag, vandaag: Option<crate::date::Date>) -> Result<Result<Uitkomst, RekenFout>, LaadFout> {
    Ok(a.uitkomst(vandaag))
}

/// The checks for the open draft, in the draft pages' module (like [`reken`]).
#[leptos::wasm_split::wasm_split(concept, wasm_split_path = ::leptos::wasm_split, preload(laad_controleer), fallible)]
fn controleer(a: &Aanvraag, u: Result<&Uitkomst, &RekenFout>, vandaag: Option<crate::date::Date>) -> Result<Vec<Controle>, LaadFout> {
    Ok(controleer_met(a, u, vandaag))
}

/// The application as the exported JSON file, made in the draft pages' module: the file holds
/// the derived figures and checks (`afgeleid`), so writing it needs the rules (see [`reken`]).
#[leptos::wasm_split::wasm_split(concept, wasm_split_path = ::leptos::wasm_split, preload(laad_als_json), fallible)]
fn als_json(a: &Aanvraag, vandaag: Option<crate::date::Date>) -> Result<String, LaadFout> {
    Ok(crate::export::naar_json(a, vandaag))
}

/// The JSON file of `a` for a download from the frame (the saving banners). Without the draft
/// pages' module (it failed to load) the draft's own stored form, which "Bestand inlezen" reads
/// just the same: the user's work always leaves the browser.
pub fn json_bestand(a: &Aanvraag) -> String {
    nu_klaar(als_json(a, opslag::vandaag())).and_then(Result::ok).unwrap_or_else(|| drafts::schrijf(a, 0, ""))
}

/// The result of a future that is already complete, without waiting. A split function whose
/// module is loaded completes at once; rendering it synchronously keeps page changes as they
/// were before the split (no "loading" flash, no component built after its owner is gone).
fn nu_klaar<F: std::future::Future>(f: F) -> Option<F::Output> {
    let mut f = std::pin::pin!(f);
    match f.as_mut().poll(&mut std::task::Context::from_waker(std::task::Waker::noop())) {
        std::task::Poll::Ready(v) => Some(v),
        std::task::Poll::Pending => None,
    }
}

/// State of the draft pages' module.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Module {
    /// Not asked for yet.
    Niet,
    /// Being fetched.
    Bezig,
    /// Loaded: draft pages render at once.
    Geladen,
    /// Fetching failed; the user can try again.
    Mislukt,
}

/// Fetches the draft pages' module once; after a failure only when the user asks (`opnieuw`).
fn laad_module(status: RwSignal<Module>, opnieuw: bool) {
    match status.get_untracked() {
        Module::Niet => {}
        Module::Mislukt if opnieuw => {}
        _ => return,
    }
    status.set(Module::Bezig);
    leptos::task::spawn_local(async move {
        // The split functions of the module each have their own loader: wait for all of them, so
        // that once it reads `Geladen` every call completes at once (the memos call them that way).
        let r = match laad_concept_module().await {
            Ok(()) => match (laad_reken().await, laad_controleer().await, laad_als_json().await) {
                (Ok(()), Ok(()), Ok(())) => Ok(()),
                _ => Err(LaadFout),
            },
            Err(e) => Err(LaadFout::from(e)),
        };
        status.set(if r.is_ok() { Module::Geladen } else { Module::Mislukt });
    });
}

/// A draft page: at once when its module is loaded, else a status line until it is. A failed
/// fetch is not retried by itself (that would loop while offline): the user chooses when.
fn concept_weergave(pagina: Pagina, status: RwSignal<Module>) -> AnyView {
    let laden = || view! { <p class="laden-tekst" role="status">"De pagina wordt geladen…"</p> }.into_any();
    match status.get() {
        Module::Geladen => match nu_klaar(concept_pagina(pagina)) {
            Some(Ok(v)) => v,
            Some(Err(LaadFout)) => {
                status.set(Module::Mislukt);
                laden()
            }
            None => laden(),
        },
        Module::Niet => {
            laad_module(status, false);
            laden()
        }
        Module::Bezig => laden(),
        Module::Mislukt => view! {
            <div class="banner banner--fout" role="alert">
                <p>"Deze pagina kon niet worden geladen. Is de verbinding weg? Uw concept staat veilig in deze browser."</p>
                <button type="button" class="knop" id="opnieuw-laden" on:click=move |_| laad_module(status, true)>"Opnieuw proberen"</button>
            </div>
        }
        .into_any(),
    }
}

/// `Effect::new` with a boxed body. Each closure type passed to `Effect::new` instantiates the
/// effect's whole run loop (about 3 KB of wasm); the effects that go through here share one.
pub fn effect(f: impl Fn() + 'static) {
    let f: Box<dyn Fn()> = Box::new(f);
    Effect::new(move |_| f());
}

/// The app's shared handles, from the context [`App`] provides.
pub fn ctx() -> Ctx {
    expect_context::<Ctx>()
}

/// The app.
#[component]
pub fn App() -> impl IntoView {
    let mut begin = route_van_hash(&window().location().hash().unwrap_or_default());
    // The draft page this URL names stopped the app while opening last time: not again by
    // itself; the start page marks it and offers "Toch openen" (see `gestopt`).
    if matches!(&begin, Route::Concept { id, .. } if gestopt::gestopt_bij_openen().as_ref() == Some(id)) {
        begin = Route::Start;
        let _ = window().history().and_then(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("#/")));
    }
    word::koppel();
    let route = RwSignal::new(begin);
    let aanvraag = RwSignal::new(Aanvraag::default());
    let velden = Velden { breed: Trigger::new(), regels: Trigger::new(), register: StoredValue::new(HashMap::new()) };
    // The rules read only the figures and the rule adjustments (`Aanvraag::uitkomst`): they
    // re-run on broad changes and on typing in a figure, not on typing a text.
    // The draft pages are a separate wasm module (see `concept_pagina`), and so are the rules and
    // the checks (`reken`, `controleer`): the memos below compute once it is loaded, and again
    // when it arrives. Nothing shows them before that: a draft page waits for the module.
    let module = RwSignal::new(Module::Niet);
    let uitkomst = Memo::new(move |_| {
        velden.breed.track();
        velden.regels.track();
        let geladen = module.get() == Module::Geladen;
        aanvraag.with_untracked(|a| {
            let tekortjaar = a.tekortjaar();
            geladen
                .then(|| nu_klaar(reken(a, opslag::vandaag())))
                .flatten()
                .and_then(Result::ok)
                .unwrap_or(Err(RekenFout::OnbekendJaar(tekortjaar)))
        })
    });
    let controles = Memo::new(move |_| {
        let geladen = module.get() == Module::Geladen;
        uitkomst.with(|u| {
            aanvraag.with(|a| {
                geladen.then(|| nu_klaar(controleer(a, u.as_ref(), opslag::vandaag()))).flatten().and_then(Result::ok).unwrap_or_default()
            })
        })
    });
    let ctx = Ctx {
        aanvraag,
        uitkomst,
        controles,
        opslag: RwSignal::new(OpslagStatus::Niets),
        toon_fouten: RwSignal::new(false),
        route,
        revisie: StoredValue::new(0),
        wachtend: StoredValue::new(None),
        wacht_sinds: StoredValue::new(None),
        laden: StoredValue::new(false),
        melding: RwSignal::new(None),
        terug: RwSignal::new(None),
        verlaten: RwSignal::new(Default::default()),
        velden,
    };
    provide_context(ctx);
    // The error at each field: derived once per change of the checks, shown-state or left fields.
    effect(move || ctx.werk_fouten_bij());

    let _hash = window_event_listener(leptos::ev::hashchange, move |_| {
        route.set(route_van_hash(&window().location().hash().unwrap_or_default()));
    });
    // Open the draft named in the URL whenever it changes.
    effect(move || {
        if let Route::Concept { id, .. } = route.get() {
            // Cleared once the page has rendered (`ConceptPagina`).
            gestopt::markeer_openen(&id);
            if aanvraag.with_untracked(|a| a.id != id) {
                ctx.bewaar_als_wachtend();
                ctx.open(&id);
            }
        }
    });
    // Autosave: every change of the draft, debounced; never on the keystroke path itself.
    let eerste = std::cell::Cell::new(true);
    effect(move || {
        aanvraag.track();
        let eerste = eerste.replace(false);
        if ctx.laden.get_value() {
            // This run is the load's own change (open/nieuw): not a change to save.
            ctx.laden.set_value(false);
        } else if !eerste {
            ctx.plan_opslaan();
        }
    });
    let _vis = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            ctx.bewaar_als_wachtend();
        } else {
            ctx.controleer_andere_tab();
        }
    });
    let _hide = window_event_listener(leptos::ev::pagehide, move |_| {
        ctx.bewaar_als_wachtend();
        // Left normally while a page was still opening (its module loading): not a crash.
        gestopt::wis_openen();
    });
    #[cfg(feature = "testhaak")]
    gestopt::testhaak::installeer();
    // A frozen tab (Page Lifecycle) may be discarded without another event: save first.
    {
        use wasm_bindgen::JsCast;
        let bij_bevriezen = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || ctx.bewaar_als_wachtend());
        let _ = document().add_event_listener_with_callback("freeze", bij_bevriezen.as_ref().unchecked_ref());
        // Lives as long as the page: the app is never unmounted.
        bij_bevriezen.forget();
    }
    let _focus = window_event_listener(leptos::ev::focus, move |_| ctx.controleer_andere_tab());
    let _storage = window_event_listener(leptos::ev::storage, move |ev: web_sys::StorageEvent| {
        let id = aanvraag.with_untracked(|a| a.id.clone());
        if !id.is_empty() && ev.key().as_deref() == Some(drafts::revisie_sleutel(&id).as_str()) {
            ctx.controleer_andere_tab();
        }
    });

    // Fetch the draft pages' module once the start page is up, so opening a draft does not wait
    // for the network.
    if !matches!(route.get_untracked(), Route::Concept { .. }) {
        // From the frame in which the start page marks itself ready (its callback comes after
        // this one in the same frame), so the fetch never competes with the start itself.
        request_animation_frame(move || set_timeout(move || laad_module(module, false), Duration::from_millis(300)));
    }

    view! {
        <a href="#hoofdinhoud" class="overslaan" on:click=|ev| {
            ev.prevent_default();
            if let Some(el) = document().get_element_by_id("hoofdinhoud") {
                use wasm_bindgen::JsCast;
                if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        }>"Naar de inhoud"</a>
        <header class="kop niet-afdrukken">
            <div class="kop__binnen">
                <a class="kop__naam" href="#/">"Vangnetuitkering Participatiewet"</a>
                <span class="kop__sub">"aanvraag voorbereiden"</span>
            </div>
        </header>
        <shell::Banners />
        <main id="hoofdinhoud" tabindex="-1">
            {move || match route.get() {
                Route::Start => view! { <pagina::Start /> }.into_any(),
                Route::Toegankelijkheid => view! { <pagina::Toegankelijkheid /> }.into_any(),
                Route::Concept { pagina, .. } => concept_weergave(pagina, module),
            }}
        </main>
        <footer class="voet niet-afdrukken">
            <p>
                "Alles blijft in deze browser; er gaat niets naar een server. "
                <a href="#/toegankelijkheid">"Toegankelijkheid"</a>
            </p>
        </footer>
    }
}
