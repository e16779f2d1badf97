//! DOM helpers shared by the pages and the shell: focus, the document title, and the "ready"
//! mark for tests.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Moves focus to element `id` after the next render.
pub fn focus_op(id: &str) {
    let id = id.to_string();
    request_animation_frame(move || {
        let el = document().get_element_by_id(&id);
        // A group (radios): its chosen or else first control, as GOV.UK's error summary does.
        let el = match el {
            Some(g) if g.tag_name() == "FIELDSET" => {
                g.query_selector("input:checked").ok().flatten().or(g.query_selector("input").ok().flatten()).or(Some(g))
            }
            el => el,
        };
        if let Some(el) = el.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    });
}

/// Sets the document title: `t`, then the app's name.
pub(super) fn zet_titel(t: &str) {
    document().set_title(&format!("{t} – Vangnetuitkering Participatiewet"));
}

/// Tells tests and the benchmark that the app is interactive: called by each page once it is
/// mounted (a draft page arrives later than the shell, with its own wasm module).
pub fn markeer_klaar() {
    request_animation_frame(|| {
        if let Some(b) = document().body() {
            if !b.has_attribute("data-app-klaar") {
                let _ = b.set_attribute("data-app-klaar", "ja");
            }
        }
    });
}
