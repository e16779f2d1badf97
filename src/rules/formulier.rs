//! Which form applies: one form in 2015 and 2016; from 2017 the basisverzoek, or the uitgebreid
//! verzoek after a grant over t−1 or t−2.

use super::invoer::Invoer;
use super::table::{JaarRegels, Zekerheid};
use super::uitkomst::{Formulier, Versie};

/// The form version for tekortjaar `r.jaar`, with the Dutch reason.
pub(super) fn formulier(r: &JaarRegels, invoer: &Invoer) -> Formulier {
    let t = r.jaar;
    // `t` is a table year (2015–2026), so these never saturate; saturating keeps the lint honest.
    let (t1, t2) = (t.saturating_sub(1), t.saturating_sub(2));
    if !r.twee_versies.waarde {
        return Formulier {
            versie: Some(Versie::Enkel),
            reden: format!("Voor tekortjaar {t} is er één aanvraagformulier, zonder onderscheid tussen basis- en uitgebreid verzoek."),
            zekerheid: r.twee_versies.zekerheid,
        };
    }
    let z = if t >= 2025 { Zekerheid::Onzeker } else { r.twee_versies.zekerheid };
    let (a, b) = (invoer.verleend_vorig_jaar, invoer.verleend_twee_jaar_terug);
    let (versie, reden) = match (a, b) {
        (Some(true), Some(true)) => (
            Some(Versie::Uitgebreid),
            format!("Over {} en over {} is een vangnetuitkering verleend: het uitgebreide verzoek, met interne én externe maatregelen.", t1, t2),
        ),
        (Some(true), _) => (
            Some(Versie::Uitgebreid),
            format!("Over {} is een vangnetuitkering verleend: het uitgebreide verzoek, met interne én externe maatregelen.", t1),
        ),
        (_, Some(true)) => (
            Some(Versie::Uitgebreid),
            format!("Over {} is een vangnetuitkering verleend: het uitgebreide verzoek, met interne én externe maatregelen.", t2),
        ),
        (Some(false), Some(false)) => (
            Some(Versie::Basis),
            format!("Over {} en {} is geen vangnetuitkering verleend: het basisverzoek.", t2, t1),
        ),
        _ => (
            None,
            format!(
                "Geef aan of over {} en over {} een vangnetuitkering is verleend (toegekend, niet alleen aangevraagd); daarvan hangt af of het basisverzoek of het uitgebreide verzoek geldt.",
                t2,
                t1
            ),
        ),
    };
    Formulier { versie, reden, zekerheid: z }
}
