//! Part A: the analysis of the causes of the deficit.

use super::{ctx, tekst_veld, toelichting};
use crate::guidance::Deel;
use leptos::prelude::*;

#[component]
pub(super) fn DeelA() -> impl IntoView {
    let c = ctx();
    let versie = c.aanvraag.with_untracked(|a| a.versie());
    view! {
        {toelichting(versie, Deel::A)}
        {tekst_veld(c, "a_analyse", "Analyse van de oorzaken van het tekort".into(), Some("Noem ook de omvang van het tekort (bedrag of percentage).".into()), |a| &a.a_analyse, |a| &mut a.a_analyse, false)}
    }
}
