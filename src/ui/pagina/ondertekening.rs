//! The signatures: part D (the college) and 2 (the gemeenteraad), each with its declaration text.

use super::ctx;
use crate::guidance::{self, Deel};
use crate::ui::velden::{alinea_views, Datum, KorteTekst, Toelichting};
use crate::ui::Ctx;
use crate::veld::{CollegeVeld, RaadVeld, Veld};
use leptos::prelude::*;

/// The fixed declaration text of part D or 2, with the gemeente, year and deadline filled in.
fn formuliertekst_ingevuld(c: Ctx, deel: Deel) -> impl Fn() -> Vec<AnyView> {
    let gemeente = c.lees::<String>(&Veld::Gemeente);
    let jaar = c.structuur(|a| a.tekortjaar());
    let versie = c.structuur(|a| a.versie());
    move || {
        let (g, t, versie) = (gemeente.get(), jaar.get(), versie.get());
        let deadline = c.uitkomst.with(|u| u.as_ref().ok().map(|u| crate::nl::format_date_long(u.uiterste_datum))).unwrap_or_default();
        alinea_views(&guidance::tekst(versie, deel).map(|x| guidance::invullen(x.formuliertekst, &g, t, &deadline)).unwrap_or_default())
    }
}

/// A signature block: the date and the two names.
fn ondertekening(c: Ctx, datum: Veld, hint: &'static str, namen: [Veld; 2]) -> impl IntoView {
    view! {
        <Datum binding=c.binding(datum) hint=hint />
        {namen.map(|v| view! { <KorteTekst binding=c.binding(v) autocomplete="name" /> })}
    }
}

#[component]
pub(super) fn DeelD() -> impl IntoView {
    let c = ctx();
    let versie = c.aanvraag.with_untracked(|a| a.versie());
    view! {
        <div class="formuliertekst" id="verklaring-college">{formuliertekst_ingevuld(c, Deel::D)}</div>
        {guidance::tekst(versie, Deel::D).map(|t| view! { <Toelichting titel="Officiële toelichting" tekst=t.toelichting bron=t.bron /> })}
        {ondertekening(c, Veld::College(CollegeVeld::Datum), "Uiterlijk op de uiterste datum. Bijvoorbeeld 23 6 2020.",
            [Veld::College(CollegeVeld::Secretaris), Veld::College(CollegeVeld::Burgemeester)])}
    }
}

#[component]
pub(super) fn DeelRaad() -> impl IntoView {
    let c = ctx();
    view! {
        <div class="formuliertekst" id="tekst-raad">{formuliertekst_ingevuld(c, Deel::Raad)}</div>
        {ondertekening(c, Veld::Raad(RaadVeld::Datum), "Op of na de datum van het college, uiterlijk op de uiterste datum.",
            [Veld::Raad(RaadVeld::Voorzitter), Veld::Raad(RaadVeld::Griffier)])}
    }
}
