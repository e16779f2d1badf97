//! Vangnetuitkering Participatiewet: the rules, the application model and the checks as pure
//! Rust (no browser code), plus the Leptos web app on wasm32.
pub mod date;
pub mod nl;
pub mod dec_serde;
pub mod rules;
pub mod model;
pub mod checks;
pub mod guidance;
pub mod export;
pub mod drafts;
pub mod print;
#[cfg(target_arch = "wasm32")]
pub mod ui;
