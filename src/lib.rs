//! Vangnetuitkering Participatiewet: the rules, the application model and the checks as pure
//! Rust (no browser code), plus the Leptos web app on wasm32.
// Every public item of the pure (native) part is documented; the UI is wasm-only.
#![cfg_attr(not(target_arch = "wasm32"), warn(missing_docs))]
// The app must never panic (`panic = "abort"` stops the whole wasm), and an overflow in the
// pure core is a panic: arithmetic there is checked, saturating or iterator-based. The UI opts
// out in `ui/mod.rs`; a bounded exception elsewhere is allowed on its own item with the reason.
#![deny(clippy::arithmetic_side_effects)]
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
pub mod opmaak;
pub mod print;
pub mod raadsstukken;
pub mod rules;
pub mod samenvoegen;
#[cfg(target_arch = "wasm32")]
pub mod ui;
pub mod veld;
pub mod versies;
pub mod volgend_jaar;
pub mod word;
