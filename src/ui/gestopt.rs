//! When the wasm dies anyway (a panic is an abort: the page's wasm stops for good). The screen
//! that says so lives outside the wasm, in `gestopt.js` (loaded before the JS glue); this module
//! only tells it about a panic and keeps the "opening" mark: a draft page that stops the app
//! while it opens is not opened again by itself on the next start (the start page offers
//! "Toch openen" and a download instead).

use super::opslag;
use wasm_bindgen::{JsCast, JsValue};

/// localStorage key holding the id of the draft whose page is being opened; cleared once the
/// page has rendered (or the tab is left normally). Still there at start: that page stopped
/// the app.
pub const OPENEN_SLEUTEL: &str = "vangnet.openen";

/// The panic hook: the console message as before, then `window.vangnetGestopt(message)` from
/// `gestopt.js`, which shows the "app stopped" screen once the wasm has trapped.
pub fn zet_paniekhaak() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        let Some(w) = web_sys::window() else { return };
        if let Ok(f) = js_sys::Reflect::get(&w, &JsValue::from_str("vangnetGestopt")) {
            if let Some(f) = f.dyn_ref::<js_sys::Function>() {
                let _ = f.call1(&JsValue::NULL, &JsValue::from_str(&info.to_string()));
            }
        }
    }));
}

/// Whether the "app stopped" screen is up. The wasm's own window listeners (hashchange,
/// pagehide) may still run after a trap, behind the screen; they must not touch the mark then.
fn gestopt() -> bool {
    leptos::prelude::document().body().is_some_and(|b| b.has_attribute("data-app-gestopt"))
}

/// Draft `id`'s page is about to be built.
pub fn markeer_openen(id: &str) {
    if !gestopt() {
        let _ = opslag::schrijf(OPENEN_SLEUTEL, id);
    }
}

/// The page has rendered (or the tab is left normally): nothing stopped while opening. Not
/// after the app stopped: "Opnieuw laden" fires pagehide, and the mark must survive that.
pub fn wis_openen() {
    if gestopt() {
        return;
    }
    if opslag::lees(OPENEN_SLEUTEL).is_ok_and(|m| m.is_some()) {
        let _ = opslag::verwijder(OPENEN_SLEUTEL);
    }
}

/// The draft whose opening stopped the app last time, if any.
pub fn gestopt_bij_openen() -> Option<String> {
    opslag::lees(OPENEN_SLEUTEL).ok().flatten().filter(|id| !id.is_empty())
}

/// Test-only panics (cargo feature `testhaak`, never in the release build: e2e/gestopt.test.mjs
/// checks that `dist/` does not hold the word): a `vangnet-testhaak` event on the window panics
/// at once, and a draft page panics while opening when localStorage `vangnet.testhaak` is
/// `openen`.
#[cfg(feature = "testhaak")]
pub mod testhaak {
    /// Panics on the window event `vangnet-testhaak`.
    pub fn installeer() {
        use wasm_bindgen::JsCast;
        let f = wasm_bindgen::closure::Closure::<dyn Fn()>::new(|| panic!("testhaak: paniek op verzoek"));
        if let Some(w) = web_sys::window() {
            let _ = w.add_event_listener_with_callback("vangnet-testhaak", f.as_ref().unchecked_ref());
        }
        f.forget();
    }

    /// Panics while a draft page opens, when asked to.
    pub fn bij_openen() {
        if super::opslag::lees("vangnet.testhaak").ok().flatten().as_deref() == Some("openen") {
            panic!("testhaak: paniek bij het openen");
        }
    }
}
