//! "Volgend jaar voorbereiden": next year's draft (t+1) from this one (issue 15).
//!
//! Figures are kept per calendar year, so "shifting" t to t−1 is moving the tekortjaar: the
//! figures of t become those of t−1 of the new draft, t+1 starts empty. The outcome of this
//! year's request ([`Afloop`]) decides the new draft's grant questions ([`verleend_over_vorig_jaar`]).
//! Measures carry over marked "voortgezet" with their first year; A–C carry over marked
//! "te herzien" until edited; the history gets this year's point. What is deliberately not
//! carried over is listed in [`NIET_MEE`] (and held to that by `tests/volgend_jaar.rs`).

use crate::model::{Aanvraag, Afloop, AfloopStatus, Effect, HistorieJaar, VorigConcept};
use crate::veld::{TekstVeld, Veld, Waarde};

/// What the new draft deliberately does not take over, by pointer, with the reason.
pub const NIET_MEE: &[(&str, &str)] = &[
    ("financien.verleend_twee_jaar_terug", "de verlening over t−2 wordt t−3 en het formulier vraagt er niet naar; die over t−1 wordt t−2"),
    ("regelaanpassing", "aangepaste regels gelden voor het tekortjaar waarvoor ze zijn ingevuld"),
    ("d_college.datum", "het college tekent het nieuwe verzoek opnieuw"),
    ("raad.datum", "de raad stemt opnieuw in"),
    ("scenario_eigen_risico", "het scenario van 2,5% eigen risico is voor 2026 aangezet; het nieuwe jaar rekent weer met de regels"),
    ("vorig_concept", "het vorige concept van dit concept; het nieuwe concept verwijst naar dit concept en zijn afloop"),
    (
        "maatregelen.*.resultaat",
        "het resultaat van een maatregel gaat over het vorige jaar; het nieuwe concept vraagt het resultaat over dit jaar",
    ),
];

/// The new draft's answer to "granted over t−1?" from the outcome of this year's request:
/// granted → yes; refused or not requested → no; requested without a beschikking, or not
/// recorded → still open (the new draft asks).
pub fn verleend_over_vorig_jaar(afloop: Option<&Afloop>) -> Option<bool> {
    match afloop.and_then(|a| a.status) {
        Some(AfloopStatus::Toegekend) => Some(true),
        Some(AfloopStatus::Afgewezen | AfloopStatus::NietAangevraagd) => Some(false),
        Some(AfloopStatus::Aangevraagd) | None => None,
    }
}

/// Next year's draft from `bron`, with `afloop` as the outcome of `bron`'s request. The new draft
/// gets `nieuw_id` (the app replaces it with a fresh one when it stores the draft).
pub fn volgend_jaar(bron: &Aanvraag, afloop: Option<&Afloop>, nieuw_id: &str) -> Aanvraag {
    let t = bron.tekortjaar();
    let mut a = bron.clone();
    a.id = nieuw_id.to_string();
    a.financien.tekortjaar = t.saturating_add(1);
    a.financien.verleend_twee_jaar_terug = bron.financien.verleend_vorig_jaar;
    a.financien.verleend_vorig_jaar = verleend_over_vorig_jaar(afloop);
    a.regelaanpassing = None;
    a.scenario_eigen_risico = false;
    a.d_college.datum = None;
    a.raad.datum = None;
    let af = afloop.cloned().unwrap_or_default();
    a.vorig_concept = Some(VorigConcept {
        id: bron.id.clone(),
        gemeente: bron.gemeente.clone(),
        tekortjaar: t,
        status: af.status,
        bedrag: af.bedrag,
        datum_beschikking: af.datum_beschikking,
    });
    // Only a text that has something to revise is marked.
    a.te_herzien =
        TekstVeld::ALLE.into_iter().filter(|v| !crate::model::is_leeg(tekst(bron, *v))).map(|v| v.sleutel().to_string()).collect();
    for m in &mut a.maatregelen {
        m.voortgezet_sinds = Some(m.voortgezet_sinds.unwrap_or(t));
        // What it was meant to achieve this year is what it was expected to do.
        m.beoogd_vorig_jaar = Some(Effect { toelichting: String::new(), ..m.effect.clone().unwrap_or_default() });
        m.bereikt_vorig_jaar = None;
    }
    // This year's point in the history: the computed saldo of t, where the history has none.
    // Held to the history field's bounds (at most 12 decimals, within ±10.000%), so the new
    // draft's file imports again.
    let grens = Veld::Historie { i: 0, landelijk: false };
    let punt = bron
        .uitkomst(None)
        .ok()
        .and_then(|u| u.jaren.iter().find(|j| j.jaar == t).and_then(|j| j.percentage))
        .map(|p| p.round_dp(12))
        .filter(|p| grens.binnen_grens(&Waarde::Getal(Some(*p))).is_ok());
    if let Some(p) = punt {
        match a.historie.iter_mut().find(|h| h.jaar == t) {
            Some(h) if h.percentage_gemeente.is_none() => h.percentage_gemeente = Some(p),
            Some(_) => {}
            None => a.historie.push(HistorieJaar { jaar: t, percentage_gemeente: Some(p), percentage_landelijk: None }),
        }
    }
    a
}

fn tekst(a: &Aanvraag, v: TekstVeld) -> &str {
    match v {
        TekstVeld::A => &a.a_analyse,
        TekstVeld::B => &a.b_toelichting,
        TekstVeld::B1 => &a.b1_toelichting,
        TekstVeld::B2 => &a.b2_toelichting,
        TekstVeld::C => &a.c_effect,
    }
}

/// Whether text `v` is still marked "te herzien".
pub fn te_herzien(a: &Aanvraag, v: TekstVeld) -> bool {
    a.te_herzien.iter().any(|k| k == v.sleutel())
}
