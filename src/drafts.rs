//! Drafts as stored in the browser: the export envelope plus a revision and a save time, and
//! the index of drafts on the start page. Pure: the browser side (`ui::opslag`) only moves
//! these strings in and out of localStorage.

use crate::checks::Controle;
use crate::export::{self, ImportFout, FORMAAT, SCHEMA_VERSIE};
use crate::model::Aanvraag;
use crate::rules::Ernst;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// localStorage key of the index.
pub const INDEX_SLEUTEL: &str = "vangnet.concepten";
/// localStorage key prefix of one draft.
pub const CONCEPT_PREFIX: &str = "vangnet.concept.";
/// localStorage key prefix of a draft's revision number.
pub const REVISIE_PREFIX: &str = "vangnet.revisie.";
/// Where an unreadable draft's raw text is kept aside.
pub const BEWAARD_PREFIX: &str = "vangnet.onleesbaar.";

/// The localStorage key of draft `id`.
pub fn sleutel(id: &str) -> String {
    format!("{CONCEPT_PREFIX}{id}")
}

/// A draft read back from storage.
#[derive(Clone, Debug, PartialEq)]
pub struct Concept {
    /// Increases by one on every save; used to notice another tab's newer save.
    pub revisie: u64,
    /// When it was saved (ISO text from the browser clock).
    pub opgeslagen_op: String,
    /// The application.
    pub aanvraag: Aanvraag,
}

/// The stored text of a draft: the compact export envelope plus revision and time.
pub fn schrijf(aanvraag: &Aanvraag, revisie: u64, opgeslagen_op: &str) -> String {
    serde_json::json!({
        "formaat": FORMAAT,
        "schema_version": SCHEMA_VERSIE,
        "app_versie": env!("CARGO_PKG_VERSION"),
        "revisie": revisie,
        "opgeslagen_op": opgeslagen_op,
        "aanvraag": aanvraag,
    })
    .to_string()
}

/// Reads a stored draft (migrating older versions).
///
/// # Errors
/// The [`ImportFout`] of [`export::uit_json`]: the caller keeps the raw text aside and tells
/// the user; [`ImportFout::NieuwereVersie`] means "do not overwrite, use the newer app".
pub fn lees(tekst: &str) -> Result<Concept, ImportFout> {
    let aanvraag = export::uit_json(tekst)?;
    let v: Value = serde_json::from_str(tekst.strip_prefix('\u{feff}').unwrap_or(tekst)).unwrap_or(Value::Null);
    Ok(Concept {
        revisie: v.get("revisie").and_then(Value::as_u64).unwrap_or(0),
        opgeslagen_op: v.get("opgeslagen_op").and_then(Value::as_str).unwrap_or("").to_string(),
        aanvraag,
    })
}

/// localStorage key of draft `id`'s revision. Kept apart from the draft so that a tab can
/// check, before every save and on every storage event, whether another tab saved a newer
/// revision without reading and parsing the whole draft.
pub fn revisie_sleutel(id: &str) -> String {
    format!("{REVISIE_PREFIX}{id}")
}

/// The revision number stored under [`revisie_sleutel`]; anything unreadable counts as none.
pub fn lees_revisie(tekst: &str) -> Option<u64> {
    tekst.trim().parse().ok()
}

/// One line on the start page.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct IndexRegel {
    /// Draft id.
    pub id: String,
    /// Gemeente.
    #[serde(default)]
    pub gemeente: String,
    /// Tekortjaar.
    #[serde(default)]
    pub tekortjaar: i32,
    /// Last saved (ISO).
    #[serde(default)]
    pub opgeslagen_op: String,
    /// Status text.
    #[serde(default)]
    pub status: String,
}

impl IndexRegel {
    /// The index line for `aanvraag`, with its checks (the app passes the ones it already
    /// computed; [`crate::checks::controleer`] computes them where there are none).
    pub fn van(aanvraag: &Aanvraag, opgeslagen_op: &str, controles: &[Controle]) -> IndexRegel {
        IndexRegel {
            id: aanvraag.id.clone(),
            gemeente: aanvraag.gemeente.clone(),
            tekortjaar: aanvraag.tekortjaar(),
            opgeslagen_op: opgeslagen_op.to_string(),
            status: status_tekst(controles),
        }
    }
}

/// "Klaar" or "3 fouten, 2 waarschuwingen".
pub fn status_tekst(controles: &[Controle]) -> String {
    let fouten = controles.iter().filter(|c| c.ernst == Ernst::Fout).count();
    let waarschuwingen = controles.len().saturating_sub(fouten);
    match (fouten, waarschuwingen) {
        (0, 0) => "Klaar".into(),
        (0, w) => format!("Klaar, {w} {}", if w == 1 { "waarschuwing" } else { "waarschuwingen" }),
        (f, _) => format!("Nog {f} {} open", if f == 1 { "punt" } else { "punten" }),
    }
}

/// Reads the index; an unreadable index is rebuilt by the caller from the draft keys.
pub fn lees_index(tekst: &str) -> Option<Vec<IndexRegel>> {
    serde_json::from_str(tekst).ok()
}

/// Writes the index.
pub fn schrijf_index(regels: &[IndexRegel]) -> String {
    serde_json::to_string(regels).expect("plain data")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_with_revision() {
        let a = Aanvraag::nieuw("x1", 2024);
        let t = schrijf(&a, 7, "2026-11-29T10:00:00Z");
        let c = lees(&t).unwrap();
        assert_eq!((c.revisie, c.aanvraag), (7, a));
        assert_eq!(lees_revisie("7"), Some(7));
    }

    #[test]
    fn corrupt_and_newer_drafts_are_errors_not_panics() {
        assert!(matches!(lees("{\"formaat\":\"vangnetuitkering-aanvraag\",\"schema_version\":1,\"aanv"), Err(ImportFout::Syntax { .. })));
        assert!(matches!(lees("{\"formaat\":\"vangnetuitkering-aanvraag\",\"schema_version\":5}"), Err(ImportFout::NieuwereVersie(5))));
        assert_eq!(lees_revisie("kapot"), None);
    }
}
