//! The application as a file the gemeente owns: JSON export and import.
//!
//! Format (`schema/aanvraag.schema.json` describes it):
//!
//! ```json
//! { "formaat": "vangnetuitkering-aanvraag", "schema_version": 1, "app_versie": "0.1.0",
//!   "aanvraag": { … what the user entered … },
//!   "afgeleid": { "let_op": "…", "uitkomst": { … }, "controles": [ … ] } }
//! ```
//!
//! Decimals are strings, dates ISO `JJJJ-MM-DD`. `afgeleid` holds the computed results for a
//! reader of the file; import ignores it and recomputes (it is never trusted). The same
//! envelope is used for drafts in the browser, so one migration path serves both.

use crate::checks::{controleer, Controle};
use crate::date::Date;
use crate::model::Aanvraag;
use crate::rules::Uitkomst;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Identifies our files among other JSON.
pub const FORMAAT: &str = "vangnetuitkering-aanvraag";
/// The schema version this app writes. Bump it, add a migration in [`migreer`] and keep a
/// fixture of the old version in `tests/fixtures/` whenever a field changes meaning or name.
pub const SCHEMA_VERSIE: u64 = 1;
/// Larger files are refused before parsing (a real application is well under 2 MB).
pub const MAX_BESTAND_BYTES: usize = 20 * 1024 * 1024;
/// Longest single text field accepted (characters); see [`crate::veld::Veld::grens`].
pub const MAX_TEKST_TEKENS: usize = crate::veld::MAX_TEKST_TEKENS;
/// Most measures accepted.
pub const MAX_MAATREGELEN: usize = 1_000;

/// The file.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Bestand {
    /// Always [`FORMAAT`].
    pub formaat: String,
    /// Always [`SCHEMA_VERSIE`] when written.
    pub schema_version: u64,
    /// Version of the app that wrote it.
    pub app_versie: String,
    /// The user's application.
    pub aanvraag: Aanvraag,
    /// Computed by the app; ignored on import.
    pub afgeleid: Afgeleid,
}

/// The derived part of the file.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Afgeleid {
    /// Says that this part is computed and not read back.
    pub let_op: String,
    /// The rules' outcome, if computable.
    pub uitkomst: Option<Uitkomst>,
    /// Why the rules could not be applied, if so.
    pub rekenfout: Option<String>,
    /// All checks.
    pub controles: Vec<Controle>,
}

const LET_OP: &str = "Berekend door de app bij het opslaan. Bij inlezen wordt dit deel genegeerd en opnieuw berekend.";

/// The application as pretty-printed JSON, with the derived results.
///
/// ```
/// use vangnet::{export, model::Aanvraag};
/// let a = Aanvraag::nieuw("d1", 2024);
/// let json = export::naar_json(&a, None);
/// assert!(json.contains("\"schema_version\": 1"));
/// assert_eq!(export::uit_json(&json).unwrap(), a);
/// ```
pub fn naar_json(aanvraag: &Aanvraag, vandaag: Option<Date>) -> String {
    let uitkomst = aanvraag.uitkomst(vandaag);
    let bestand = Bestand {
        formaat: FORMAAT.into(),
        schema_version: SCHEMA_VERSIE,
        app_versie: env!("CARGO_PKG_VERSION").into(),
        aanvraag: aanvraag.clone(),
        afgeleid: Afgeleid {
            let_op: LET_OP.into(),
            rekenfout: uitkomst.as_ref().err().map(|e| e.to_string()),
            uitkomst: uitkomst.ok(),
            controles: controleer(aanvraag, vandaag),
        },
    };
    serde_json::to_string_pretty(&bestand).expect("our own types always serialise")
}

/// The name of a downloaded file: `vangnetuitkering-arnhem-2019.json` (the gemeente's letters,
/// digits and dashes only, lower case; "aanvraag" without a name).
///
/// ```
/// use vangnet::{export::bestandsnaam, model::Aanvraag};
/// let mut a = Aanvraag::nieuw("x", 2019);
/// assert_eq!(bestandsnaam(&a, "json"), "vangnetuitkering-aanvraag-2019.json");
/// a.gemeente = "Súdwest-Fryslân <b>".into();
/// assert_eq!(bestandsnaam(&a, "docx"), "vangnetuitkering-súdwest-fryslânb-2019.docx");
/// ```
pub fn bestandsnaam(a: &Aanvraag, ext: &str) -> String {
    let g: String = a.gemeente.chars().filter(|c| c.is_alphanumeric() || *c == '-').collect::<String>().to_lowercase();
    format!("vangnetuitkering-{}-{}.{ext}", if g.is_empty() { "aanvraag".into() } else { g }, a.tekortjaar())
}

/// Why a file could not be read, in Dutch, with where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportFout {
    /// Empty file.
    Leeg,
    /// Larger than [`MAX_BESTAND_BYTES`].
    TeGroot(usize),
    /// Not valid JSON.
    Syntax {
        /// 1-based line.
        regel: usize,
        /// 1-based column.
        kolom: usize,
        /// What is wrong.
        uitleg: String,
    },
    /// Valid JSON, but not our format.
    GeenAanvraag(String),
    /// Written by a newer app.
    NieuwereVersie(u64),
    /// A value is wrong at a place in the file.
    Inhoud {
        /// JSON path, e.g. `aanvraag.maatregelen[2].naam`.
        pad: String,
        /// What is wrong.
        uitleg: String,
    },
}

impl std::fmt::Display for ImportFout {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportFout::Leeg => f.write_str("Het bestand is leeg."),
            ImportFout::TeGroot(n) => write!(
                f,
                "Het bestand is te groot ({} MB). Een aanvraag is veel kleiner; is dit het goede bestand?",
                n / (1024 * 1024)
            ),
            ImportFout::Syntax { regel, kolom, uitleg } => write!(
                f,
                "Het bestand is geen geldige JSON: {uitleg} (regel {regel}, kolom {kolom}). Is het bestand beschadigd of met de hand aangepast?"
            ),
            ImportFout::GeenAanvraag(w) => write!(f, "Dit is geen aanvraagbestand van deze app: {w}"),
            ImportFout::NieuwereVersie(v) => write!(
                f,
                "Dit bestand is gemaakt met een nieuwere versie van de app (schemaversie {v}; deze app kent versie {SCHEMA_VERSIE}). Open het in de nieuwste versie van de app; hier wordt het niet ingelezen, zodat er niets verloren gaat."
            ),
            ImportFout::Inhoud { pad, uitleg } => write!(f, "Fout in het bestand bij {pad}: {uitleg}"),
        }
    }
}

impl std::error::Error for ImportFout {}

/// Reads an application from a file's text. The derived part is ignored.
///
/// # Errors
/// An [`ImportFout`] that says in Dutch what is wrong and where.
///
/// ```
/// use vangnet::export::{uit_json, ImportFout};
/// let fout = uit_json("{\"formaat\": \"vangnetuitkering-aanvraag\", \"schema_version\": 99}").unwrap_err();
/// assert_eq!(fout, ImportFout::NieuwereVersie(99));
/// assert!(fout.to_string().contains("nieuwere versie"));
/// ```
pub fn uit_json(tekst: &str) -> Result<Aanvraag, ImportFout> {
    let tekst = tekst.strip_prefix('\u{feff}').unwrap_or(tekst);
    if tekst.trim().is_empty() {
        return Err(ImportFout::Leeg);
    }
    if tekst.len() > MAX_BESTAND_BYTES {
        return Err(ImportFout::TeGroot(tekst.len()));
    }
    let waarde: Value =
        serde_json::from_str(tekst).map_err(|e| ImportFout::Syntax { regel: e.line(), kolom: e.column(), uitleg: syntax_uitleg(&e) })?;
    let Value::Object(obj) = &waarde else {
        return Err(ImportFout::GeenAanvraag("het bestand bevat geen object met een aanvraag.".into()));
    };
    match obj.get("formaat") {
        Some(Value::String(s)) if s == FORMAAT => {}
        Some(_) => {
            return Err(ImportFout::GeenAanvraag(format!("het veld \"formaat\" is niet \"{FORMAAT}\".")));
        }
        None => return Err(ImportFout::GeenAanvraag("het veld \"formaat\" ontbreekt.".into())),
    }
    let versie = match obj.get("schema_version") {
        Some(Value::Number(n)) => n.as_u64().ok_or_else(|| ImportFout::Inhoud {
            pad: "schema_version".into(),
            uitleg: "de schemaversie moet een positief geheel getal zijn.".into(),
        })?,
        Some(_) => return Err(ImportFout::Inhoud { pad: "schema_version".into(), uitleg: "de schemaversie moet een getal zijn.".into() }),
        None => return Err(ImportFout::GeenAanvraag("het veld \"schema_version\" ontbreekt.".into())),
    };
    if versie > SCHEMA_VERSIE {
        return Err(ImportFout::NieuwereVersie(versie));
    }
    if versie == 0 {
        return Err(ImportFout::Inhoud { pad: "schema_version".into(), uitleg: "schemaversie 0 bestaat niet.".into() });
    }
    let aanvraag = obj.get("aanvraag").cloned().ok_or_else(|| ImportFout::GeenAanvraag("het deel \"aanvraag\" ontbreekt.".into()))?;
    let mut aanvraag = migreer(aanvraag, versie);
    eis_objecten(&aanvraag, "aanvraag", &OBJECT_VORM)?;
    // The version marks are read apart, each snapshot through this same path (see `lees_versies`).
    // Taken out in place (left as null, which the application's own reader skips): a map
    // removal would add the map's rebalancing code to the start page's wasm.
    let versies = aanvraag.get_mut("versies").map(Value::take).unwrap_or(Value::Null);
    let mut a = lees_aanvraag(aanvraag, "aanvraag")?;
    herstel_ids(&mut a);
    grenzen(&a)?;
    a.versies = lees_versies(versies)?;
    let bytes = crate::versies::bytes(&a.versies);
    if bytes > crate::versies::MAX_VERSIE_BYTES {
        return Err(ImportFout::Inhoud {
            pad: "aanvraag.versies".into(),
            uitleg: format!(
                "de bewaarde versies zijn samen te groot ({} bytes; maximaal {}).",
                crate::nl::format_integer(bytes as u64),
                crate::nl::format_integer(crate::versies::MAX_VERSIE_BYTES as u64)
            ),
        });
    }
    Ok(a)
}

/// The `aanvraag` object at `pad` through serde, with the JSON path in the message.
fn lees_aanvraag(aanvraag: Value, pad: &str) -> Result<Aanvraag, ImportFout> {
    let mut pad_fout = None;
    let gelezen: Result<Aanvraag, _> = serde_path_to_error::deserialize(aanvraag).map_err(|e| {
        let p = e.path().to_string();
        let mut uitleg = inhoud_uitleg(&e.into_inner().to_string());
        // A whole number past its type (-1 inhabitants): the field's own range, as for a value
        // past its bound. Only fields outside lists are whole numbers; they are all in the
        // fields of an empty application (`Veld::van_pad` would cost the start page's wasm
        // its whole pointer parser).
        if uitleg == BUITEN_TYPE {
            let leeg = Aanvraag::default();
            let gezocht = format!("aanvraag.{p}");
            if let Some(v) = crate::veld::velden(&leeg).into_iter().find(|v| v.json_pad(&leeg).as_deref() == Some(gezocht.as_str())) {
                uitleg = v.grens_tekst();
            }
        }
        pad_fout = Some(ImportFout::Inhoud { pad: if p == "." { pad.into() } else { format!("{pad}.{p}") }, uitleg });
    });
    gelezen.map_err(|()| pad_fout.unwrap_or(ImportFout::Inhoud { pad: pad.into(), uitleg: "onleesbaar.".into() }))
}

/// The version marks (`aanvraag.versies`): at most [`crate::versies::MAX_VERSIES`], each with a
/// name, a time and a snapshot that is read and bounded like the application itself. Read here
/// rather than by serde's derive: a derived `Versiemarkering` would make the application's
/// deserializer nest in itself, and the wasm would carry it twice. A snapshot's own marks are
/// dropped: a mark never holds marks, however deep a file nests them.
fn lees_versies(v: Value) -> Result<Vec<crate::model::Versiemarkering>, ImportFout> {
    let fout = |pad: String, uitleg: &str| ImportFout::Inhoud { pad, uitleg: uitleg.into() };
    let lijst = match v {
        Value::Null => return Ok(Vec::new()),
        Value::Array(l) => l,
        _ => return Err(fout("aanvraag.versies".into(), "hier wordt een lijst van versies verwacht.")),
    };
    if lijst.len() > crate::versies::MAX_VERSIES {
        return Err(ImportFout::Inhoud {
            pad: "aanvraag.versies".into(),
            uitleg: format!("meer dan {} versiemarkeringen; de app bewaart er zo veel niet.", crate::versies::MAX_VERSIES),
        });
    }
    let mut uit = Vec::with_capacity(lijst.len());
    for (i, item) in lijst.into_iter().enumerate() {
        let pad = format!("aanvraag.versies[{i}]");
        let Value::Object(mut o) = item else {
            return Err(fout(pad, "hier staat geen object met een versie."));
        };
        if let Some(k) = o.keys().find(|k| !["naam", "datum_tijd", "aanvraag"].contains(&k.as_str())) {
            return Err(fout(format!("{pad}.{k}"), "dit veld kent deze app niet."));
        }
        let mut tekst = |k: &str| match o.get_mut(k).map(Value::take) {
            None | Some(Value::Null) => Ok(String::new()),
            Some(Value::String(s)) => Ok(s),
            Some(_) => Err(fout(format!("{pad}.{k}"), "hier wordt een tekst verwacht.")),
        };
        let naam = tekst("naam")?;
        let datum_tijd = tekst("datum_tijd")?;
        if naam.chars().count() > crate::versies::MAX_NAAM_TEKENS {
            return Err(fout(format!("{pad}.naam"), "deze naam is te lang."));
        }
        let mut snapshot = o.get_mut("aanvraag").map(Value::take).unwrap_or_else(|| Value::Object(Default::default()));
        if let Some(v) = snapshot.get_mut("versies") {
            *v = Value::Null;
        }
        let sp = format!("{pad}.aanvraag");
        eis_objecten(&snapshot, &sp, &OBJECT_VORM)?;
        let mut s = lees_aanvraag(snapshot, &sp)?;
        herstel_ids(&mut s);
        grenzen(&s).map_err(|e| match e {
            ImportFout::Inhoud { pad, uitleg } => {
                ImportFout::Inhoud { pad: pad.strip_prefix("aanvraag").map_or(pad.clone(), |rest| format!("{sp}{rest}")), uitleg }
            }
            e => e,
        })?;
        uit.push(crate::model::Versiemarkering { naam, datum_tijd, aanvraag: s });
    }
    Ok(uit)
}

/// Brings the `aanvraag` part of an older schema version up to [`SCHEMA_VERSIE`].
///
/// Version 1 is the first released format, so there is nothing to migrate yet. Each future
/// version adds one step here, applied in order, with a fixture of the old version in
/// `tests/fixtures/`.
pub fn migreer(aanvraag: Value, van: u64) -> Value {
    debug_assert!((1..=SCHEMA_VERSIE).contains(&van));
    aanvraag
}

/// Where the file must hold objects: serde's derived structs would also accept a JSON list and
/// read it by position, which silently turns a broken file into wrong data.
/// `(key, is_list_of_objects, nested shape)`.
struct Vorm(&'static [(&'static str, bool, &'static Vorm)]);
const LEEG: Vorm = Vorm(&[]);
const JAREN: Vorm = Vorm(&[("jaren", true, &LEEG)]);
const OBJECT_VORM: Vorm = Vorm(&[
    ("financien", false, &Vorm(&[("jaren", true, &LEEG), ("voorgangers", true, &JAREN)])),
    ("regelaanpassing", false, &Vorm(&[("banden", true, &LEEG), ("uitgebreid_banden", true, &LEEG)])),
    ("maatregelen", true, &Vorm(&[("effect", false, &LEEG)])),
    ("d_college", false, &LEEG),
    ("raad", false, &LEEG),
    ("bronnen", true, &LEEG),
    ("historie", true, &LEEG),
    ("effect_instellingen", false, &LEEG),
    ("effect_jaren", true, &LEEG),
    ("ambitie", false, &Vorm(&[("jaren", true, &LEEG)])),
]);

fn eis_objecten(v: &Value, pad: &str, vorm: &Vorm) -> Result<(), ImportFout> {
    let obj = match v {
        Value::Object(o) => o,
        // null is handled (and explained) by serde where it is allowed or not.
        Value::Null => return Ok(()),
        Value::Array(_) => {
            return Err(ImportFout::Inhoud { pad: pad.into(), uitleg: "hier staat een lijst, maar er wordt een object verwacht.".into() })
        }
        _ => return Ok(()),
    };
    for (sleutel, lijst, binnen) in vorm.0 {
        let Some(w) = obj.get(*sleutel) else { continue };
        let p = format!("{pad}.{sleutel}");
        if *lijst {
            if let Value::Array(items) = w {
                for (i, item) in items.iter().enumerate() {
                    let pi = format!("{p}[{i}]");
                    if item.is_array() {
                        return Err(ImportFout::Inhoud {
                            pad: pi,
                            uitleg: "hier staat een lijst, maar er wordt een object verwacht.".into(),
                        });
                    }
                    eis_objecten(item, &pi, binnen)?;
                }
            }
        } else {
            eis_objecten(w, &p, binnen)?;
        }
    }
    Ok(())
}

/// Measure ids are part of the field pointers (`maatregelen.m3.naam`): an id the pointers cannot
/// carry, or one used twice, is replaced by a fresh one (the app's own ids are never touched),
/// with the effect rows that pointed at it. Ids are internal, so nothing the user wrote changes.
fn herstel_ids(a: &mut Aanvraag) {
    for i in 0..a.maatregelen.len() {
        let id = a.maatregelen[i].id.clone();
        if crate::veld::is_id(&id) && !a.maatregelen[..i].iter().any(|m| m.id == id) {
            continue;
        }
        let nieuw = a.nieuw_maatregel_id();
        let gedeeld = a.maatregelen[..i].iter().any(|m| m.id == id);
        if !gedeeld {
            for e in a.effect_jaren.iter_mut().filter(|e| e.maatregel_id == id) {
                e.maatregel_id = nieuw.clone();
            }
        }
        a.maatregelen[i].id = nieuw;
    }
}

fn grenzen(a: &Aanvraag) -> Result<(), ImportFout> {
    if a.maatregelen.len() > MAX_MAATREGELEN {
        return Err(ImportFout::Inhoud {
            pad: "aanvraag.maatregelen".into(),
            uitleg: format!("meer dan {MAX_MAATREGELEN} maatregelen; dat kan geen echte aanvraag zijn."),
        });
    }
    // The optional analysis parts (issue 7): far above any real use, low enough to keep every
    // analysis quick.
    const MAX_HISTORIEJAREN: usize = 200;
    const MAX_EFFECTJAREN: usize = 10_000;
    const MAX_AMBITIEJAREN: usize = 200;
    let lijsten = [
        ("historie", a.historie.len(), MAX_HISTORIEJAREN, "jaren"),
        ("effect_jaren", a.effect_jaren.len(), MAX_EFFECTJAREN, "regels"),
        ("ambitie.jaren", a.ambitie.as_ref().map_or(0, |x| x.jaren.len()), MAX_AMBITIEJAREN, "jaren"),
    ];
    for (pad, n, max, wat) in lijsten {
        if n > max {
            return Err(ImportFout::Inhoud {
                pad: format!("aanvraag.{pad}"),
                uitleg: format!("meer dan {} {wat}; dat kan geen echte aanvraag zijn.", crate::nl::format_integer(max as u64)),
            });
        }
    }
    for (i, e) in a.effect_jaren.iter().enumerate() {
        if !crate::veld::is_id(&e.maatregel_id) {
            return Err(ImportFout::Inhoud {
                pad: format!("aanvraag.effect_jaren[{i}].maatregel_id"),
                uitleg: "dit is geen id van een maatregel (letters, cijfers, - en _, zoals \"m3\").".into(),
            });
        }
    }
    // Every field within its bounds (texts, amounts, counts, percentages, years), so no
    // computation on an imported value can overflow and no field shows an absurd value.
    for v in crate::veld::velden(a) {
        let Some(w) = v.lees(a) else { continue };
        if let Err(uitleg) = v.binnen_grens(&w) {
            return Err(ImportFout::Inhoud { pad: v.json_pad(a).unwrap_or_else(|| format!("aanvraag.{}", v.pad())), uitleg });
        }
    }
    Ok(())
}

fn syntax_uitleg(e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let m = e.to_string();
    match e.classify() {
        Category::Eof => "het bestand houdt halverwege op (afgebroken bij het kopiëren of downloaden?)".into(),
        _ if m.contains("recursion limit") => "het bestand is te diep genest".into(),
        _ if m.contains("trailing comma") => "er staat een komma te veel".into(),
        _ if m.contains("trailing characters") => "na het einde van de gegevens staat nog tekst".into(),
        _ if m.contains("expected value") => "hier wordt een waarde verwacht".into(),
        _ if m.contains("key must be a string") => "een veldnaam moet tussen aanhalingstekens staan".into(),
        _ if m.contains("control character") => "een tekst bevat een ongeldig stuurteken".into(),
        _ if m.contains("EOF while parsing") => "het bestand houdt halverwege op".into(),
        _ if m.contains("escape") || m.contains("invalid unicode") || m.contains("surrogate") => {
            "een tekst bevat een ongeldige escape (\\…)".into()
        }
        _ if m.contains("number out of range") => "een getal is te groot".into(),
        _ => "onverwacht teken".into(),
    }
}

/// A number its type cannot hold (a field's own range is said where the field is known).
const BUITEN_TYPE: &str = "dit getal valt buiten het toegestane bereik.";

/// Serde's English messages, told in Dutch. Our own messages (dates, decimals) are already Dutch.
fn inhoud_uitleg(m: &str) -> String {
    let soort = |s: &str| -> String {
        let s = s.trim_start_matches("invalid type: ");
        let woord = if s.starts_with("integer") || s.starts_with("floating point") {
            "een getal"
        } else if s.starts_with("string") {
            "tekst"
        } else if s.starts_with("boolean") {
            "waar/onwaar"
        } else if s.starts_with("null") {
            "leeg (null)"
        } else if s.starts_with("map") {
            "een object"
        } else if s.starts_with("sequence") {
            "een lijst"
        } else {
            "een waarde"
        };
        woord.to_string()
    };
    if let Some(rest) = m.strip_prefix("invalid type: ") {
        let (gekregen, verwacht) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let verwacht = if verwacht.contains("decimaal") {
            "een decimaal getal als tekst, bijvoorbeeld \"1234567.89\"".to_string()
        } else if verwacht.contains("string") {
            "tekst".into()
        } else if verwacht.contains("sequence") {
            "een lijst".into()
        } else if verwacht.contains("bool") {
            "true of false".into()
        } else if verwacht.contains("struct") || verwacht.contains("map") {
            "een object".into()
        } else if verwacht.contains("i32") || verwacht.contains("u64") || verwacht.contains("integer") {
            "een geheel getal".into()
        } else {
            verwacht.to_string()
        };
        return format!("hier staat {}, maar er wordt {verwacht} verwacht.", soort(gekregen));
    }
    if let Some(rest) = m.strip_prefix("unknown field `") {
        let veld = rest.split('`').next().unwrap_or("");
        return format!("het veld \"{veld}\" is onbekend. Is dit bestand voor een andere versie of met de hand aangepast?");
    }
    if let Some(rest) = m.strip_prefix("missing field `") {
        let veld = rest.split('`').next().unwrap_or("");
        return format!("het veld \"{veld}\" ontbreekt.");
    }
    if let Some(rest) = m.strip_prefix("unknown variant `") {
        let waarde = rest.split('`').next().unwrap_or("");
        return format!("de waarde \"{waarde}\" is hier niet toegestaan.");
    }
    if m.starts_with("invalid value: integer") || m.contains("out of range") {
        return BUITEN_TYPE.into();
    }
    // Our own (Dutch) messages from dates and decimals, possibly with serde's position suffix.
    m.split(" at line ").next().unwrap_or(m).to_string()
}
