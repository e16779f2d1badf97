//! Part A: the analysis of the causes of the deficit.

use super::{ctx, tekst_veld, toelichting};
use crate::guidance::Deel;
use crate::veld::TekstVeld;
use leptos::prelude::*;

#[component]
pub(super) fn DeelA() -> impl IntoView {
    let c = ctx();
    let versie = c.aanvraag.with_untracked(|a| a.versie());
    view! {
        {toelichting(versie, Deel::A)}
        {tekst_veld(c, TekstVeld::A, None, Some("Noem ook de omvang van het tekort (bedrag of percentage)."), false)}
    }
}
