//! The insight page (issue 7): history chart, effect of measures, what-if, ambition monitor.
//! Only calls `crate::analyse` (and the rule engine through it).

use leptos::prelude::*;

/// The insight page.
#[component]
pub fn Analyse() -> impl IntoView {
    view! { <p>"Nog in aanbouw."</p> }
}
