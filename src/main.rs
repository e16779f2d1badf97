//! Mounts the web app. On native targets there is nothing to run: the rules are tested with
//! `cargo test`.

#[cfg(target_arch = "wasm32")]
fn main() {
    // The console message, and the "app stopped" screen of gestopt.js.
    vangnet::ui::gestopt::zet_paniekhaak();
    // The static shell in index.html (noscript text, loading note) is replaced by the app.
    if let Some(el) = leptos::prelude::document().get_element_by_id("laden") {
        el.remove();
    }
    leptos::mount::mount_to_body(vangnet::ui::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Dit is een webapp: start hem met `bash scripts/run.sh`.");
}
