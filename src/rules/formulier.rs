//! Which form applies: one form in 2015 and 2016; from 2017 the basisverzoek, or the uitgebreid
//! verzoek after a grant over t−1 or t−2. Only grants count, not requests; after a herindeling a
//! grant to a predecessor passes to the new gemeente and makes its request uitgebreid too
//! (rulebook §9 [V]).

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
    let (versie, mut reden) = match (a, b) {
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
                t.saturating_sub(2),
                t.saturating_sub(1)
            ),
        ),
    };
    if versie == Some(Versie::Uitgebreid) {
        return Formulier { versie, reden, zekerheid: z };
    }
    // After a herindeling: a grant to a predecessor over t−1 or t−2 passes to this gemeente.
    let naam = |i: usize, n: &str| if n.trim().is_empty() { format!("voorganger {}", i.saturating_add(1)) } else { n.trim().to_string() };
    let verleend: Vec<String> =
        invoer.voorgangers.iter().enumerate().filter(|(_, v)| v.verleend == Some(true)).map(|(i, v)| naam(i, &v.naam)).collect();
    if !verleend.is_empty() {
        return Formulier {
            versie: Some(Versie::Uitgebreid),
            reden: format!(
                "Aan {} is over {} of {} een vangnetuitkering verleend. Na een herindeling gaat dat recht over op de nieuwe gemeente, die het uitgebreide verzoek gebruikt, met interne én externe maatregelen.",
                verleend.join(" en "),
                t.saturating_sub(2),
                t.saturating_sub(1)
            ),
            zekerheid: z,
        };
    }
    let open: Vec<String> =
        invoer.voorgangers.iter().enumerate().filter(|(_, v)| v.verleend.is_none()).map(|(i, v)| naam(i, &v.naam)).collect();
    if !open.is_empty() {
        reden.push_str(&format!(
            " Geef ook bij {} aan of daaraan over {} of {} een vangnetuitkering is verleend: dan geldt het uitgebreide verzoek.",
            open.join(" en "),
            t.saturating_sub(2),
            t.saturating_sub(1)
        ));
    }
    Formulier { versie, reden, zekerheid: z }
}
