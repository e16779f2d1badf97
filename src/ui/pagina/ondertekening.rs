//! The signatures: part D (the college) and 2 (the gemeenteraad), each with its declaration text.

use super::ctx;
use crate::guidance::{self, Deel};
use crate::model::Aanvraag;
use crate::ui::velden::{alinea_views, Datum, KorteTekst, Toelichting};
use crate::ui::Ctx;
use leptos::prelude::*;

/// The fixed declaration text of part D or 2, with the gemeente, year and deadline filled in.
fn formuliertekst_ingevuld(c: Ctx, deel: Deel) -> impl Fn() -> Vec<AnyView> {
    let gemeente = c.lees_veld("gemeente", |a| Some(&a.gemeente));
    let jaar = c.structuur(|a| a.tekortjaar());
    let versie = c.structuur(|a| a.versie());
    move || {
        let (g, t, versie) = (gemeente.get(), jaar.get(), versie.get());
        let deadline = c.uitkomst.with(|u| u.as_ref().ok().map(|u| crate::nl::format_date_long(u.uiterste_datum))).unwrap_or_default();
        alinea_views(&guidance::tekst(versie, deel).map(|x| guidance::invullen(x.formuliertekst, &g, t, &deadline)).unwrap_or_default())
    }
}

/// The signer's name field `veld` of the college (D) or the raad (2).
fn naam_van<'a>(a: &'a Aanvraag, is_raad: bool, veld: &str) -> &'a String {
    match (is_raad, veld) {
        (false, "secretaris") => &a.d_college.secretaris,
        (false, _) => &a.d_college.burgemeester,
        (true, "voorzitter") => &a.raad.voorzitter,
        (true, _) => &a.raad.griffier,
    }
}

fn zet_naam(a: &mut Aanvraag, is_raad: bool, veld: &str, v: String) {
    match (is_raad, veld) {
        (false, "secretaris") => a.d_college.secretaris = v,
        (false, _) => a.d_college.burgemeester = v,
        (true, "voorzitter") => a.raad.voorzitter = v,
        (true, _) => a.raad.griffier = v,
    }
}

/// A signature block: the date and the two names. `pad` is `d_college` or `raad`.
fn ondertekening(
    c: Ctx,
    pad: &'static str,
    legend: &'static str,
    hint: &'static str,
    namen: [(&'static str, &'static str); 2],
) -> impl IntoView {
    let is_raad = pad == "raad";
    let datum = move |a: &Aanvraag| if is_raad { a.raad.datum } else { a.d_college.datum };
    let datum_pad = format!("{pad}.datum");
    view! {
        <Datum veld=datum_pad.clone() legend=legend hint=hint
            waarde=c.lees_veld_waarde(&datum_pad, datum).into()
            zet={ let p = datum_pad.clone(); Callback::new(move |d| c.wijzig_veld(&p, |a| if is_raad { a.raad.datum = d } else { a.d_college.datum = d })) }
            fout=c.fout_bij(&datum_pad) />
        {namen.map(|(veld, label)| {
            let p = format!("{pad}.{veld}");
            let p2 = p.clone();
            view! {
                <KorteTekst veld=p.clone() label=label autocomplete="name"
                    waarde=c.lees_veld(&p, move |a| Some(naam_van(a, is_raad, veld))).into()
                    zet=Callback::new(move |v: String| c.wijzig_veld(&p2, |a| zet_naam(a, is_raad, veld, v)))
                    fout=c.fout_bij(&p) />
            }
        })}
    }
}

#[component]
pub(super) fn DeelD() -> impl IntoView {
    let c = ctx();
    let versie = c.aanvraag.with_untracked(|a| a.versie());
    view! {
        <div class="formuliertekst" id="verklaring-college">{formuliertekst_ingevuld(c, Deel::D)}</div>
        {guidance::tekst(versie, Deel::D).map(|t| view! { <Toelichting titel="Officiële toelichting" tekst=t.toelichting bron=t.bron /> })}
        {ondertekening(c, "d_college", "Datum van ondertekening", "Uiterlijk op de uiterste datum. Bijvoorbeeld 23 6 2020.",
            [("secretaris", "Naam van de secretaris"), ("burgemeester", "Naam van de burgemeester")])}
    }
}

#[component]
pub(super) fn DeelRaad() -> impl IntoView {
    let c = ctx();
    view! {
        <div class="formuliertekst" id="tekst-raad">{formuliertekst_ingevuld(c, Deel::Raad)}</div>
        {ondertekening(c, "raad", "Datum van instemming door de gemeenteraad", "Op of na de datum van het college, uiterlijk op de uiterste datum.",
            [("voorzitter", "Naam van de voorzitter"), ("griffier", "Naam van de griffier")])}
    }
}
