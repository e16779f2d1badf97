//! The figures per year: the gemeente's own or, after a herindeling, the predecessors' summed;
//! each figure checked, and from the usable ones N = A − R, E = N − D, T = E − B and T / B.

use super::invoer::{CijferSoort, Invoer, JaarCijfers, MAXIMAAL_BEDRAG};
use super::uitkomst::{Ernst, JaarUitkomst, Melding};
use crate::nl::format_money;
use rust_decimal::Decimal;

/// The effective figures of year `j`: the gemeente's own, or the predecessors' summed.
fn effectieve_cijfers(invoer: &Invoer, j: i32) -> (JaarCijfers, bool) {
    let eigen = invoer.jaren.iter().find(|c| c.jaar == j).cloned().unwrap_or(JaarCijfers { jaar: j, ..Default::default() });
    if !eigen.is_leeg() || invoer.voorgangers.is_empty() {
        return (eigen, false);
    }
    let per_voorganger: Vec<JaarCijfers> = invoer
        .voorgangers
        .iter()
        .map(|v| v.jaren.iter().find(|c| c.jaar == j).cloned().unwrap_or(JaarCijfers { jaar: j, ..Default::default() }))
        .collect();
    let som = |f: fn(&JaarCijfers) -> Option<Decimal>| -> Option<Decimal> {
        per_voorganger.iter().map(f).try_fold(Decimal::ZERO, |acc, x| x.and_then(|x| acc.checked_add(x)))
    };
    (
        JaarCijfers {
            jaar: j,
            lasten: som(|c| c.lasten),
            baten: som(|c| c.baten),
            fout_onzeker: som(|c| c.fout_onzeker),
            budget: som(|c| c.budget),
        },
        true,
    )
}

/// The figures of year `j`: each checked (missing, negative, implausibly large, a budget below
/// € 1), then N, E, T and T / B wherever their parts are usable. Remarks go to `meldingen`.
pub(super) fn jaar_uitkomst(invoer: &Invoer, j: i32, meldingen: &mut Vec<Melding>) -> JaarUitkomst {
    let (c, uit_voorgangers) = effectieve_cijfers(invoer, j);
    let mut ontbreekt = Vec::new();
    let max = Decimal::from(MAXIMAAL_BEDRAG);
    let mut bruikbaar = |waarde: Option<Decimal>, cijfer: CijferSoort, naam: &str, positief_nodig: bool| -> Option<Decimal> {
        match waarde {
            None => {
                ontbreekt.push(format!("{naam} {j}"));
                None
            }
            Some(v) if v.abs() > max => {
                meldingen.push(Melding {
                    jaar: j,
                    cijfer,
                    ernst: Ernst::Fout,
                    tekst: format!(
                        "{} over {j} ({}) is groter dan enig gemeentelijk budget. Controleer het bedrag.",
                        hoofdletter(naam),
                        format_money(v)
                    ),
                });
                ontbreekt.push(format!("{naam} {j} (te groot)"));
                None
            }
            // A budget below one euro is no budget (and T / B would overflow a decimal).
            Some(v) if positief_nodig && v < Decimal::ONE => {
                meldingen.push(Melding {
                    jaar: j,
                    cijfer,
                    ernst: Ernst::Fout,
                    tekst: format!("{} over {j} moet groter dan nul zijn (minstens € 1).", hoofdletter(naam)),
                });
                ontbreekt.push(format!("{naam} {j} (moet groter dan nul zijn)"));
                None
            }
            Some(v) if v < Decimal::ZERO => {
                meldingen.push(Melding {
                    jaar: j,
                    cijfer,
                    ernst: Ernst::Fout,
                    tekst: format!("{} over {j} kan niet negatief zijn.", hoofdletter(naam)),
                });
                ontbreekt.push(format!("{naam} {j} (negatief)"));
                None
            }
            Some(v) => Some(v),
        }
    };
    let a = bruikbaar(c.lasten, CijferSoort::Lasten, "lasten", false);
    let rr = bruikbaar(c.baten, CijferSoort::Baten, "baten", false);
    let d = bruikbaar(c.fout_onzeker, CijferSoort::FoutOnzeker, "fout/onzekere bestedingen", false);
    let b = bruikbaar(c.budget, CijferSoort::Budget, "budget", true);
    // Every figure is at most MAXIMAAL_BEDRAG and a budget at least € 1, so these cannot leave a
    // decimal's range; checked all the same, so no input can make the engine panic.
    let n = a.zip(rr).and_then(|(a, r)| a.checked_sub(r));
    if let (Some(a), Some(r)) = (a, rr) {
        if r > a {
            meldingen.push(Melding {
                jaar: j,
                cijfer: CijferSoort::Baten,
                ernst: Ernst::Waarschuwing,
                tekst: format!("De baten over {j} zijn hoger dan de lasten. Klopt dat?"),
            });
        }
    }
    if let (Some(n), Some(d)) = (n, d) {
        if d > n && n >= Decimal::ZERO {
            meldingen.push(Melding {
                jaar: j,
                cijfer: CijferSoort::FoutOnzeker,
                ernst: Ernst::Waarschuwing,
                tekst: format!("De fout/onzekere bestedingen over {j} zijn hoger dan de netto lasten. Klopt dat?"),
            });
        }
    }
    let e = n.zip(d).and_then(|(n, d)| n.checked_sub(d));
    let tekort = e.zip(b).and_then(|(e, b)| e.checked_sub(b));
    let percentage = tekort.zip(b).and_then(|(t, b)| t.checked_div(b));
    JaarUitkomst { jaar: j, netto_lasten: n, relevante_bestedingen: e, budget: b, tekort, percentage, ontbreekt, uit_voorgangers }
}

fn hoofdletter(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}
