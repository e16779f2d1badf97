//! localStorage and files: the only place the app touches browser storage and downloads.
//! Everything that can fail here returns a Dutch message instead of panicking.

use crate::drafts::{self, IndexRegel, BEWAARD_PREFIX, CONCEPT_PREFIX, INDEX_SLEUTEL};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Storage;

/// Why storage did not work.
#[derive(Clone, Debug, PartialEq)]
pub enum OpslagFout {
    /// localStorage is disabled, blocked or throws on access.
    NietBeschikbaar,
    /// The quota is full.
    Vol,
    /// Something else, with the browser's text.
    Anders(String),
}

impl OpslagFout {
    /// Dutch message for the banner.
    pub fn tekst(&self) -> String {
        match self {
            OpslagFout::NietBeschikbaar => "De browser staat opslaan niet toe (opslag uitgeschakeld of geblokkeerd). Uw werk staat alleen in dit venster: download het als bestand om het te bewaren.".into(),
            OpslagFout::Vol => "De opslag van de browser is vol; uw laatste wijzigingen zijn niet opgeslagen. Download de aanvraag als bestand, of verwijder oude concepten op de startpagina.".into(),
            OpslagFout::Anders(m) => format!("Opslaan is mislukt ({m}). Download de aanvraag als bestand om niets te verliezen."),
        }
    }
}

// web-sys directly, not gloo-storage 0.4: its `LocalStorage::raw()` (used by every `Storage`
// method) does `expect_throw` on a missing or blocked localStorage, `delete`/`length` do too on
// any error, and `get`/`set` go through serde_json, which would quote our raw JSON text.
fn storage() -> Result<Storage, OpslagFout> {
    let w = web_sys::window().ok_or(OpslagFout::NietBeschikbaar)?;
    match w.local_storage() {
        Ok(Some(s)) => Ok(s),
        _ => Err(OpslagFout::NietBeschikbaar),
    }
}

fn fout_van(e: JsValue) -> OpslagFout {
    let naam = js_sys::Reflect::get(&e, &"name".into()).ok().and_then(|n| n.as_string()).unwrap_or_default();
    if naam == "QuotaExceededError" || naam == "NS_ERROR_DOM_QUOTA_REACHED" {
        OpslagFout::Vol
    } else if naam == "SecurityError" {
        OpslagFout::NietBeschikbaar
    } else {
        OpslagFout::Anders(if naam.is_empty() { "onbekende fout".into() } else { naam })
    }
}

/// Reads a key.
pub fn lees(sleutel: &str) -> Result<Option<String>, OpslagFout> {
    storage()?.get_item(sleutel).map_err(fout_van)
}

/// Writes a key.
pub fn schrijf(sleutel: &str, waarde: &str) -> Result<(), OpslagFout> {
    storage()?.set_item(sleutel, waarde).map_err(fout_van)
}

/// Removes a key.
pub fn verwijder(sleutel: &str) -> Result<(), OpslagFout> {
    storage()?.remove_item(sleutel).map_err(fout_van)
}

/// The drafts on the start page. A missing or unreadable index is rebuilt from the draft keys.
pub fn index() -> Result<Vec<IndexRegel>, OpslagFout> {
    let s = storage()?;
    if let Some(regels) = s.get_item(INDEX_SLEUTEL).map_err(fout_van)?.as_deref().and_then(drafts::lees_index) {
        return Ok(regels);
    }
    let mut regels = Vec::new();
    let n = s.length().map_err(fout_van)?;
    for i in 0..n {
        let Some(k) = s.key(i).map_err(fout_van)? else { continue };
        let Some(id) = k.strip_prefix(CONCEPT_PREFIX) else { continue };
        let tekst = s.get_item(&k).map_err(fout_van)?.unwrap_or_default();
        regels.push(match drafts::lees(&tekst) {
            // The checks live in the draft pages' module; the status is set again at the next save.
            Ok(c) => IndexRegel { status: "Nog niet gecontroleerd".into(), ..IndexRegel::van(&c.aanvraag, &c.opgeslagen_op, &[]) },
            Err(_) => IndexRegel { id: id.to_string(), status: "Onleesbaar".into(), ..Default::default() },
        });
    }
    Ok(regels)
}

/// Puts `regel` in the index (replacing the line with the same id).
pub fn werk_index_bij(regel: IndexRegel) -> Result<(), OpslagFout> {
    let mut regels = index()?;
    match regels.iter_mut().find(|r| r.id == regel.id) {
        Some(r) => *r = regel,
        None => regels.push(regel),
    }
    schrijf(INDEX_SLEUTEL, &drafts::schrijf_index(&regels))
}

/// Removes draft `id` and its index line.
pub fn verwijder_concept(id: &str) -> Result<(), OpslagFout> {
    let mut regels = index()?;
    regels.retain(|r| r.id != id);
    schrijf(INDEX_SLEUTEL, &drafts::schrijf_index(&regels))?;
    verwijder(&drafts::revisie_sleutel(id))?;
    verwijder(&drafts::sleutel(id))
}

/// Keeps an unreadable draft's text aside (under its own key) so it can be downloaded later.
pub fn bewaar_onleesbaar(id: &str, tekst: &str) -> Result<String, OpslagFout> {
    let sleutel = format!("{BEWAARD_PREFIX}{id}");
    schrijf(&sleutel, tekst)?;
    Ok(sleutel)
}

/// Now, as ISO text, from the browser clock.
pub fn nu_iso() -> String {
    js_sys::Date::new_0().to_iso_string().as_string().unwrap_or_default()
}

/// "14:32" in local time.
pub fn tijd_kort() -> String {
    let d = js_sys::Date::new_0();
    format!("{:02}:{:02}", d.get_hours(), d.get_minutes())
}

/// Today's local date.
pub fn vandaag() -> Option<crate::date::Date> {
    let d = js_sys::Date::new_0();
    crate::date::Date::new(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
}

/// A random id for a new draft.
pub fn nieuw_id() -> String {
    let r = (js_sys::Math::random() * 2f64.powi(40)) as u64;
    let t = js_sys::Date::now() as u64;
    format!("{t:x}{r:x}")
}

/// Offers `inhoud` as a file download named `naam`.
pub fn download(naam: &str, inhoud: &str, mime: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(inhoud));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).map_err(|_| "Bestand maken mislukt".to_string())?;
    bied_aan(naam, &blob)
}

/// Offers a blob as a download named `naam` (a hidden link, clicked).
fn bied_aan(naam: &str, blob: &web_sys::Blob) -> Result<(), String> {
    let url = web_sys::Url::create_object_url_with_blob(blob).map_err(|_| "Bestand maken mislukt".to_string())?;
    let doc = web_sys::window().and_then(|w| w.document()).ok_or("Geen document")?;
    let a: web_sys::HtmlAnchorElement =
        doc.create_element("a").map_err(|_| "Downloaden mislukt")?.dyn_into().map_err(|_| "Downloaden mislukt")?;
    a.set_href(&url);
    a.set_download(naam);
    a.set_attribute("hidden", "").ok();
    doc.body().ok_or("Geen body")?.append_child(&a).ok();
    a.click();
    a.remove();
    // Revoking at once can cancel the download in some browsers; a minute later is safe.
    let url2 = url.clone();
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url2);
        },
        std::time::Duration::from_secs(60),
    );
    Ok(())
}

/// Offers `inhoud` (binary, e.g. a .docx) as a download named `naam`.
pub fn download_bytes(naam: &str, inhoud: &[u8], mime: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(inhoud));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &opts).map_err(|_| "Bestand maken mislukt".to_string())?;
    bied_aan(naam, &blob)
}

/// Reads a chosen file as text and calls `klaar` with it (or with a Dutch error).
pub fn lees_bestand(bestand: web_sys::File, klaar: impl FnOnce(Result<String, String>) + 'static) {
    let lezer = match web_sys::FileReader::new() {
        Ok(l) => l,
        Err(_) => return klaar(Err("De browser kan het bestand niet lezen.".into())),
    };
    let l2 = lezer.clone();
    let cb = Closure::once(Box::new(move |_: web_sys::Event| {
        let r = l2.result().ok().and_then(|v| v.as_string()).ok_or_else(|| "Het bestand kon niet als tekst worden gelezen.".to_string());
        klaar(r);
    }) as Box<dyn FnOnce(web_sys::Event)>);
    lezer.set_onloadend(Some(cb.as_ref().unchecked_ref()));
    cb.forget();
    if lezer.read_as_text(&bestand).is_err() {
        web_sys::console::error_1(&"read_as_text failed".into());
    }
}
