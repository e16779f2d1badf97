//! Vangnetuitkering Participatiewet: the rules, the application model and the checks as pure
//! Rust (no browser code), plus the Leptos web app on wasm32.
// Every public item of the pure (native) part is documented; the UI is wasm-only.
#![cfg_attr(not(target_arch = "wasm32"), warn(missing_docs))]
pub mod analyse;
pub mod checks;
pub mod date;
pub mod dec_serde;
pub mod document;
pub mod drafts;
pub mod export;
pub mod guidance;
pub mod html;
pub mod model;
pub mod nl;
pub mod print;
pub mod rules;
#[cfg(target_arch = "wasm32")]
pub mod ui;
pub mod veld;
pub mod volgend_jaar;
