//! What the carried-over measures achieved (issue 15): intended against realised effect, per
//! measure, as one table for the Inzicht page, the print view's appendix and — through a
//! `[tabel maatregelen]` marker in A or C — the form's answers. Data only (a [`Tabel`]); the
//! print view renders it.

use crate::document::Tabel;
use crate::model::{Aanvraag, Maatregel};
use crate::nl::{format_amount_input, format_money};
use crate::veld::ResultaatVeld;
use rust_decimal::Decimal;

/// The measures a result is asked of: carried over, or with a result filled in.
pub fn met_resultaat(a: &Aanvraag) -> impl Iterator<Item = &Maatregel> {
    a.maatregelen.iter().filter(|m| m.vraagt_resultaat())
}

/// The table "Wat de maatregelen bereikten": per measure its first year, the intended and the
/// realised fewer uitkeringen and saving, and the evaluation; then a total row of what is filled
/// in. Empty rows (no measure carried over) give a table without body rows.
pub fn maatregelen_resultaat_tabel(a: &Aanvraag) -> Tabel {
    let vorig = a.vorig_concept.as_ref().map_or(a.tekortjaar().saturating_sub(1), |v| v.tekortjaar);
    let aantal = |d: Option<Decimal>| d.map(format_amount_input).unwrap_or_else(|| "—".into());
    let bedrag = |d: Option<Decimal>| d.map(format_money).unwrap_or_else(|| "—".into());
    let mut totaal: [Option<Decimal>; 4] = [None; 4];
    let mut rijen = Vec::new();
    for m in met_resultaat(a) {
        let waarden = [
            ResultaatVeld::BeoogdMinderUitkeringen,
            ResultaatVeld::GerealiseerdMinderUitkeringen,
            ResultaatVeld::BeoogdBesparing,
            ResultaatVeld::GerealiseerdBesparing,
        ]
        .map(|v| v.getal(m));
        let evaluatie = m.bereikt_vorig_jaar.as_ref().map(|e| e.toelichting.trim().to_string()).unwrap_or_default();
        for (t, w) in totaal.iter_mut().zip(waarden) {
            if let Some(w) = w {
                // Amounts are bounded at the field, so the sum cannot overflow; if it did, the
                // total stays as far as it got rather than panicking.
                *t = Some(t.unwrap_or_default().checked_add(w).unwrap_or(t.unwrap_or_default()));
            }
        }
        rijen.push(vec![
            if m.naam.trim().is_empty() { format!("maatregel {}", m.id) } else { m.naam.trim().to_string() },
            m.voortgezet_sinds.map(|j| j.to_string()).unwrap_or_else(|| "—".into()),
            aantal(waarden[0]),
            aantal(waarden[1]),
            bedrag(waarden[2]),
            bedrag(waarden[3]),
            evaluatie,
        ]);
    }
    if !rijen.is_empty() {
        rijen.push(vec![
            "Totaal (ingevuld)".into(),
            String::new(),
            aantal(totaal[0]),
            aantal(totaal[1]),
            bedrag(totaal[2]),
            bedrag(totaal[3]),
            String::new(),
        ]);
    }
    Tabel {
        bijschrift: Some(format!("Wat de maatregelen bereikten in {vorig}: beoogd en gerealiseerd effect")),
        kop: [
            "Maatregel",
            "Sinds",
            "Beoogd: minder uitkeringen",
            "Gerealiseerd: minder uitkeringen",
            "Beoogd: besparing",
            "Gerealiseerd: besparing",
            "Evaluatie",
        ]
        .map(String::from)
        .to_vec(),
        rechts: vec![false, false, true, true, true, true, false],
        totaalrij: !rijen.is_empty(),
        rijen,
        rijkop: true,
    }
}
