//! "Volgend jaar voorbereiden" (issue 15): the shift of years, the carry-over (nothing of the
//! source is lost or misplaced), the outcome → grant questions, the checks of a next-year draft,
//! and the table of what the measures achieved.

mod common;

use common::arnhem;
use proptest::prelude::*;
use rust_decimal::Decimal;
use std::collections::BTreeSet;
use vangnet::analyse::resultaat::maatregelen_resultaat_tabel;
use vangnet::checks::controleer;
use vangnet::date::Date;
use vangnet::export::{naar_json, uit_json};
use vangnet::model::{Aanvraag, Afloop, AfloopStatus, Effect, HistorieJaar, Maatregel, Soort};
use vangnet::rules::{Versie, EERSTE_JAAR, LAATSTE_JAAR};
use vangnet::veld::{
    velden, AfloopVeld, CollegeVeld, MaatregelVeld, RaadVeld, ResultaatVeld, TekstVeld, Terug, Veld, VeldSoort, Waarde, ZetFout,
};
use vangnet::volgend_jaar::{te_herzien, verleend_over_vorig_jaar, volgend_jaar, NIET_MEE};

fn afloop(status: AfloopStatus) -> Afloop {
    Afloop { status: Some(status), bedrag: Some(Decimal::from(1_250_000)), datum_beschikking: Date::new(2020, 12, 15) }
}

/// Where a source field's value belongs in the next-year draft: `Some(field)` (its shifted
/// place), or `None` when it is deliberately not carried over (see `NIET_MEE`).
fn plaats(v: &Veld) -> Option<Veld> {
    match v {
        // t−1 of the source is t−2 of the target.
        Veld::Verleend(Terug::VorigJaar) => Some(Veld::Verleend(Terug::TweeJaar)),
        // t−2 of the source is t−3: the form does not ask it.
        Veld::Verleend(Terug::TweeJaar) => None,
        // A new tekortjaar, by definition.
        Veld::Tekortjaar => None,
        Veld::Aanpassing(_) => None,
        Veld::College(CollegeVeld::Datum) | Veld::Raad(RaadVeld::Datum) => None,
        // A predecessor's predecessor: the new draft points at the source instead.
        Veld::Afloop(_) => None,
        // The 2,5% scenario is switched on for one year (2026), not carried over.
        Veld::Scenario => None,
        Veld::Maatregel { veld: MaatregelVeld::Resultaat(_), .. } => None,
        // Figures are per calendar year: same pointer, now t−1, t−2, …
        v => Some(v.clone()),
    }
}

fn niet_mee_pad(v: &Veld) -> bool {
    let p = v.pad();
    NIET_MEE.iter().any(|(n, _)| match n.split_once(".*.") {
        Some((voor, na)) => p.starts_with(&format!("{voor}.")) && p.contains(&format!(".{na}")),
        None => p == *n || p.starts_with(&format!("{n}.")),
    })
}

/// Every value of `bron` is in `doel` at its shifted place, or deliberately dropped; and every
/// value of `doel` came from `bron` or is one the shift sets (year, grants, history point,
/// intended effect, marks).
fn controleer_overdracht(bron: &Aanvraag, doel: &Aanvraag, af: Option<&Afloop>) {
    let t = bron.tekortjaar();
    for v in velden(bron) {
        let w = v.lees(bron).unwrap();
        match plaats(&v) {
            Some(p) => {
                if let Veld::Historie { .. } = v {
                    // The history point may fill in an empty saldo of t, never replace one.
                    if w != Waarde::Getal(None) {
                        assert_eq!(p.lees(doel), Some(w), "{} moved or lost", v.pad());
                    }
                    continue;
                }
                assert_eq!(p.lees(doel), Some(w), "{} moved or lost", v.pad());
            }
            None => {
                // The tekortjaar itself is the one value the shift replaces by design.
                assert!(niet_mee_pad(&v) || v == Veld::Tekortjaar, "{} is dropped but not in NIET_MEE", v.pad());
            }
        }
    }
    // Nothing appears that the source did not have, except what the shift sets.
    let bron_velden: BTreeSet<Veld> = velden(bron).into_iter().collect();
    for v in velden(doel) {
        let w = v.lees(doel).unwrap();
        let leeg = vangnet::veld::is_leeg(&w);
        match &v {
            Veld::Tekortjaar => assert_eq!(w, Waarde::Geheel(Some(i64::from(t) + 1))),
            Veld::Verleend(Terug::VorigJaar) => assert_eq!(w, Waarde::JaNee(verleend_over_vorig_jaar(af))),
            Veld::Verleend(Terug::TweeJaar) => assert_eq!(w, Waarde::JaNee(bron.financien.verleend_vorig_jaar)),
            // The outcome of the source's request, as recorded.
            Veld::Afloop(f) => {
                let x = af.cloned().unwrap_or_default();
                let verwacht = match f {
                    AfloopVeld::Status => Waarde::Tekst(x.status.map(|s| s.sleutel().to_string()).unwrap_or_default()),
                    AfloopVeld::Bedrag => Waarde::Getal(x.bedrag),
                    AfloopVeld::Datum => Waarde::Datum(x.datum_beschikking),
                };
                assert_eq!(w, verwacht, "{}", v.pad());
            }
            Veld::Maatregel { id, veld: MaatregelVeld::Resultaat(r) } => {
                let m = bron.maatregelen.iter().find(|m| &m.id == id).unwrap();
                let e = m.effect.as_ref();
                let verwacht = match r {
                    ResultaatVeld::BeoogdMinderUitkeringen => Waarde::Getal(e.and_then(|e| e.minder_uitkeringen)),
                    ResultaatVeld::BeoogdBesparing => Waarde::Getal(e.and_then(|e| e.besparing)),
                    ResultaatVeld::Evaluatie => Waarde::Tekst(String::new()),
                    _ => Waarde::Getal(None),
                };
                assert_eq!(w, verwacht, "{}", v.pad());
            }
            Veld::Historie { i, .. } if *i >= bron.historie.len() => {
                let h = &doel.historie[*i];
                assert_eq!(h.jaar, t, "only this year's point is added");
            }
            Veld::Historie { .. } => {}
            Veld::Scenario => assert_eq!(w, Waarde::JaNee(Some(false)), "the scenario starts off"),
            _ if leeg => {}
            _ => {
                assert!(bron_velden.contains(&v), "{} appears from nowhere", v.pad());
                assert_eq!(v.lees(bron), Some(w), "{} changed", v.pad());
            }
        }
    }
    // The marks and the predecessor.
    let vc = doel.vorig_concept.as_ref().unwrap();
    assert_eq!(
        (vc.id.as_str(), vc.gemeente.as_str(), vc.tekortjaar, vc.afloop()),
        (bron.id.as_str(), bron.gemeente.as_str(), t, af.cloned().unwrap_or_default())
    );
    assert_eq!(doel.maatregelen.len(), bron.maatregelen.len());
    for (m, n) in bron.maatregelen.iter().zip(&doel.maatregelen) {
        assert_eq!(n.voortgezet_sinds, Some(m.voortgezet_sinds.unwrap_or(t)));
        assert_eq!((&n.id, n.soort, &n.effect, n.datum_getroffen), (&m.id, m.soort, &m.effect, m.datum_getroffen));
    }
    for tv in TekstVeld::ALLE {
        let Some(Waarde::Tekst(tekst)) = Veld::Tekst(tv).lees(bron) else { panic!("{tv:?} is a text") };
        assert_eq!(te_herzien(doel, tv), !tekst.trim().is_empty(), "{tv:?}");
    }
    // The file keeps all of it.
    assert_eq!(&uit_json(&naar_json(doel, None)).unwrap(), doel);
}

#[test]
fn arnhem_2019_becomes_a_2020_draft_with_shifted_figures_and_carried_measures() {
    let bron = arnhem();
    let af = afloop(AfloopStatus::Toegekend);
    let doel = volgend_jaar(&bron, Some(&af), "nieuw");
    assert_eq!(doel.tekortjaar(), 2020);
    assert_eq!(doel.id, "nieuw");
    assert_eq!(doel.gemeente, "Arnhem");
    // 2019's figures are now t−1; 2020 is empty.
    let lasten = |a: &Aanvraag, jaar| Veld::Cijfer { jaar, soort: vangnet::veld::CijferSoort::Lasten }.lees(a).unwrap();
    assert_eq!(lasten(&doel, 2019), Waarde::Getal(Some(Decimal::from(111_398_000))));
    assert_eq!(lasten(&doel, 2020), Waarde::Getal(None));
    // Granted over 2019 → the 2020 request is uitgebreid; 2018's grant is now t−2.
    assert_eq!(doel.financien.verleend_vorig_jaar, Some(true));
    assert_eq!(doel.financien.verleend_twee_jaar_terug, bron.financien.verleend_vorig_jaar);
    assert_eq!(doel.versie(), Versie::Uitgebreid);
    assert!(doel.maatregelen.iter().all(|m| m.voortgezet_sinds == Some(2019)));
    for tv in [TekstVeld::A, TekstVeld::B, TekstVeld::B1, TekstVeld::B2, TekstVeld::C] {
        assert!(te_herzien(&doel, tv), "{tv:?}");
    }
    // This year's point: Arnhem's tekort over 2019 as computed (9,0% in the fixture's text).
    let h = doel.historie.iter().find(|h| h.jaar == 2019).unwrap();
    let p = h.percentage_gemeente.unwrap();
    assert!(p > Decimal::new(89, 3) && p < Decimal::new(91, 3), "{p}");
    controleer_overdracht(&bron, &doel, Some(&af));
}

#[test]
fn the_outcome_decides_the_grant_questions_of_the_new_draft() {
    let bron = arnhem();
    for (status, verwacht) in [
        (Some(AfloopStatus::Toegekend), Some(true)),
        (Some(AfloopStatus::Afgewezen), Some(false)),
        (Some(AfloopStatus::NietAangevraagd), Some(false)),
        (Some(AfloopStatus::Aangevraagd), None),
        (None, None),
    ] {
        let af = Afloop { status, ..Afloop::default() };
        let doel = volgend_jaar(&bron, Some(&af), "x");
        assert_eq!(doel.financien.verleend_vorig_jaar, verwacht, "{status:?}");
        assert_eq!(doel.financien.verleend_twee_jaar_terug, Some(true), "Arnhem had a grant over 2018");
    }
    // Refused over t and nothing over t−1: the basisverzoek.
    let mut zonder = Aanvraag::nieuw("z", 2024);
    zonder.financien.verleend_vorig_jaar = Some(false);
    let doel = volgend_jaar(&zonder, Some(&afloop(AfloopStatus::Afgewezen)), "y");
    assert_eq!(doel.versie(), Versie::Basis);
    // Open (requested, no beschikking yet): the new draft asks, with its check.
    let doel = volgend_jaar(&zonder, Some(&afloop(AfloopStatus::Aangevraagd)), "y");
    assert!(controleer(&doel, None).iter().any(|c| c.id == "versie.onbekend"));
}

#[test]
fn the_outcome_is_a_field_with_choices_and_refuses_an_unknown_one() {
    let mut a = arnhem();
    let s = Veld::Afloop(AfloopVeld::Status);
    assert_eq!(s.soort(), VeldSoort::Keuze);
    assert_eq!(s.keuzes().len(), 4);
    s.zet(&mut a, Waarde::Tekst("toegekend".into())).unwrap();
    Veld::Afloop(AfloopVeld::Bedrag).zet(&mut a, Waarde::Getal(Some(Decimal::from(500_000)))).unwrap();
    assert_eq!(a.vorig_concept.as_ref().unwrap().status, Some(AfloopStatus::Toegekend));
    assert_eq!(s.weergave(&a).as_deref(), Some("Toegekend"));
    assert_eq!(s.zet(&mut a, Waarde::Tekst("misschien".into())), Err(ZetFout::VerkeerdeSoort));
    assert_eq!(a.vorig_concept.as_ref().unwrap().status, Some(AfloopStatus::Toegekend), "a refused write changes nothing");
    assert_eq!(Veld::van_pad("vorig_concept.datum_beschikking"), Some(Veld::Afloop(AfloopVeld::Datum)));
    // A draft that was not prepared from another has no such fields; one that was, has them.
    assert!(!velden(&arnhem()).contains(&s));
    assert!(velden(&a).contains(&s));
}

#[test]
fn a_text_stays_te_herzien_until_its_first_edit_and_the_check_says_so() {
    let doel = volgend_jaar(&arnhem(), Some(&afloop(AfloopStatus::Toegekend)), "n");
    let ids = |a: &Aanvraag| controleer(a, None).into_iter().map(|c| c.id).collect::<BTreeSet<_>>();
    assert!(ids(&doel).contains("a.te_herzien") && ids(&doel).contains("c.te_herzien") && ids(&doel).contains("b1.te_herzien"));
    let mut b = doel.clone();
    // Writing the same text is no edit.
    let a_tekst = b.a_analyse.clone();
    Veld::Tekst(TekstVeld::A).zet(&mut b, Waarde::Tekst(a_tekst.clone())).unwrap();
    assert!(te_herzien(&b, TekstVeld::A));
    Veld::Tekst(TekstVeld::A).zet(&mut b, Waarde::Tekst(format!("{a_tekst} Bijgewerkt voor 2020."))).unwrap();
    assert!(!te_herzien(&b, TekstVeld::A));
    assert!(te_herzien(&b, TekstVeld::C), "only the edited text loses its mark");
    assert!(!ids(&b).contains("a.te_herzien"));
    assert!(ids(&b).contains("c.te_herzien"));
}

#[test]
fn an_uitgebreid_verzoek_with_only_continued_measures_gets_the_warning() {
    let doel = volgend_jaar(&arnhem(), Some(&afloop(AfloopStatus::Toegekend)), "n");
    let tekst = |a: &Aanvraag| controleer(a, None).into_iter().find(|c| c.id == "b.alleen_voortgezet").map(|c| c.tekst);
    let t = tekst(&doel).expect("all 39 measures are continued");
    assert!(t.starts_with(
        "Het formulier vraagt om maatregelen gericht op verdere vermindering van het tekort; alle maatregelen zijn voortgezet."
    ));
    // One new measure: no warning.
    let mut b = doel.clone();
    b.maatregelen.push(Maatregel { id: "nieuw1".into(), soort: Soort::Intern, naam: "Nieuw".into(), ..Default::default() });
    assert_eq!(tekst(&b), None);
    // A basisverzoek is not asked for further reduction.
    let mut basis = arnhem();
    basis.financien.verleend_vorig_jaar = Some(false);
    basis.financien.verleend_twee_jaar_terug = Some(false);
    let doel = volgend_jaar(&basis, Some(&afloop(AfloopStatus::Afgewezen)), "n");
    assert_eq!(doel.versie(), Versie::Basis);
    assert_eq!(tekst(&doel), None);
    // The source itself (measures of its own year) gets no warning.
    assert_eq!(tekst(&arnhem()), None);
}

#[test]
fn errors_of_the_source_come_along_and_stay_visible() {
    let mut bron = arnhem();
    bron.maatregelen[0].naam.clear();
    bron.gemeente.clear();
    bron.financien.jaren.retain(|j| j.jaar != 2018);
    let fouten = |a: &Aanvraag| {
        controleer(a, None).into_iter().filter(|c| c.ernst == vangnet::rules::Ernst::Fout).map(|c| c.id).collect::<BTreeSet<_>>()
    };
    let voor = fouten(&bron);
    let na = fouten(&volgend_jaar(&bron, Some(&afloop(AfloopStatus::Toegekend)), "n"));
    for id in ["maatregel.m1.naam", "gemeente.leeg", "cijfers.ontbreken.2018"] {
        assert!(voor.contains(id), "source lacks {id}: {voor:?}");
        assert!(na.contains(id), "the next-year draft hides {id}: {na:?}");
    }
}

#[test]
fn a_realised_effect_that_is_not_a_number_gets_the_fields_dutch_message_and_bounds() {
    let doel = volgend_jaar(&arnhem(), None, "n");
    let id = doel.maatregelen[0].id.clone();
    let v = Veld::Maatregel { id: id.clone(), veld: MaatregelVeld::Resultaat(ResultaatVeld::GerealiseerdMinderUitkeringen) };
    assert!(velden(&doel).contains(&v));
    assert_eq!(v.soort(), VeldSoort::Aantal);
    let m = v.geen_getal_melding().unwrap();
    assert!(m.starts_with("Het gerealiseerde effect moet een aantal zijn"), "{m}");
    let b = Veld::Maatregel { id: id.clone(), veld: MaatregelVeld::Resultaat(ResultaatVeld::GerealiseerdBesparing) };
    assert!(b.geen_getal_melding().unwrap().contains("bedrag in euro"));
    // Out of bounds is refused with the field's own sentence; a text is of the wrong kind.
    let mut x = doel.clone();
    match v.zet(&mut x, Waarde::Getal(Some(Decimal::from(i64::MAX)))) {
        Err(ZetFout::BuitenGrens(s)) => assert!(s.contains("buiten het toegestane bereik"), "{s}"),
        r => panic!("{r:?}"),
    }
    assert_eq!(v.zet(&mut x, Waarde::Tekst("veel".into())), Err(ZetFout::VerkeerdeSoort));
    assert_eq!(x, doel, "nothing changed");
    v.zet(&mut x, Waarde::Getal(Some(Decimal::from(25)))).unwrap();
    assert_eq!(x.maatregelen[0].bereikt_vorig_jaar.as_ref().unwrap().minder_uitkeringen, Some(Decimal::from(25)));
    assert_eq!(v.json_pad(&x).unwrap(), "aanvraag.maatregelen[0].bereikt_vorig_jaar.minder_uitkeringen");
    assert_eq!(v.pad(), format!("maatregelen.{id}.resultaat.gerealiseerd_minder_uitkeringen"));
    assert_eq!(Veld::van_pad(&v.pad()), Some(v));
}

#[test]
fn the_results_table_lists_carried_measures_with_intended_and_realised_effect() {
    let mut bron = arnhem();
    bron.maatregelen[0].effect =
        Some(Effect { minder_uitkeringen: Some(Decimal::from(40)), besparing: Some(Decimal::from(600_000)), toelichting: String::new() });
    let mut doel = volgend_jaar(&bron, None, "n");
    let id = doel.maatregelen[0].id.clone();
    let r = |veld| Veld::Maatregel { id: id.clone(), veld: MaatregelVeld::Resultaat(veld) };
    r(ResultaatVeld::GerealiseerdMinderUitkeringen).zet(&mut doel, Waarde::Getal(Some(Decimal::from(32)))).unwrap();
    r(ResultaatVeld::GerealiseerdBesparing).zet(&mut doel, Waarde::Getal(Some(Decimal::from(480_000)))).unwrap();
    r(ResultaatVeld::Evaluatie).zet(&mut doel, Waarde::Tekst("Minder dan beoogd <door> de instroom.".into())).unwrap();
    let t = maatregelen_resultaat_tabel(&doel);
    assert_eq!(t.kop.len(), 7);
    assert!(t.rijen.iter().all(|r| r.len() == t.kop.len()));
    assert_eq!(t.rijen.len(), doel.maatregelen.len() + 1, "a row per carried measure and the total");
    assert_eq!(
        t.rijen[0],
        vec![
            "Bemiddelen aan de poort".to_string(),
            "2019".into(),
            "40".into(),
            "32".into(),
            "€ 600.000".into(),
            "€ 480.000".into(),
            "Minder dan beoogd <door> de instroom.".into()
        ]
    );
    assert_eq!(t.rijen.last().unwrap()[0], "Totaal (ingevuld)");
    assert_eq!(t.rijen.last().unwrap()[3], "32");
    assert!(t.bijschrift.as_deref().unwrap().contains("2019"));
    // A draft without carried measures: no rows.
    assert!(maatregelen_resultaat_tabel(&arnhem()).rijen.is_empty());
    // The print view's analysis appendix shows it, escaped.
    let u = doel.uitkomst(None).ok();
    let html = vangnet::print::afdruk_html(&doel, u.as_ref(), &vangnet::print::AfdrukOpties::default());
    assert!(html.contains("Wat de maatregelen bereikten"));
    assert!(html.contains("Minder dan beoogd &lt;door&gt; de instroom."));
    assert!(!html.contains("<door>"));
    // "[tabel maatregelen]" in part A places the same table inside A's answer, before part B.
    doel.a_analyse = "Wat de maatregelen deden:\n\n[tabel maatregelen]\n\nDaarna.".into();
    let html = vangnet::print::afdruk_html(&doel, u.as_ref(), &vangnet::print::AfdrukOpties::default());
    let a = html.find("Daarna.").expect("A's answer printed");
    let tabel = html.find("Bemiddelen aan de poort").expect("the table printed");
    let b = html.find("vraag-b").or_else(|| html.find("B. ")).unwrap_or(usize::MAX);
    assert!(tabel < a && a < b, "the table sits inside A's answer");
    assert!(!html.contains("[tabel maatregelen]"));
    // Without results the marker becomes the Dutch note, not a silent gap.
    let mut leeg = arnhem();
    leeg.c_effect = "[tabel maatregelen]".into();
    let html = vangnet::print::afdruk_html(&leeg, None, &vangnet::print::AfdrukOpties::default());
    assert!(html.contains(vangnet::opmaak::GEEN_MAATREGELEN));
}

/// A source with random values in random fields, a random year and random marks.
fn bron() -> impl Strategy<Value = (Aanvraag, Option<Afloop>)> {
    (
        EERSTE_JAAR..=LAATSTE_JAAR,
        proptest::collection::vec((any::<prop::sample::Index>(), any::<u32>()), 0..40),
        proptest::option::of((0usize..4, proptest::option::of(0u32..10_000_000))),
        proptest::collection::vec(proptest::option::of(2010i32..2026), 0..4),
        proptest::option::of((2009i32..2026, proptest::option::of(-50i64..50))),
    )
        .prop_map(|(jaar, zetten, af, sinds, hist)| {
            let mut a = arnhem();
            a.financien.tekortjaar = jaar;
            if let Some((j, p)) = hist {
                a.historie.push(HistorieJaar { jaar: j, percentage_gemeente: p.map(|p| Decimal::new(p, 3)), percentage_landelijk: None });
            }
            for (m, s) in a.maatregelen.iter_mut().zip(sinds) {
                m.voortgezet_sinds = s;
            }
            let alle: Vec<Veld> = velden(&a).into_iter().filter(|v| v.soort() != VeldSoort::Groep && *v != Veld::Tekortjaar).collect();
            for (i, n) in zetten {
                let v = i.get(&alle);
                let w = match v.soort() {
                    VeldSoort::KorteTekst | VeldSoort::LangeTekst => {
                        Waarde::Tekst(if n % 3 == 0 { String::new() } else { format!("tekst {n}") })
                    }
                    VeldSoort::Bedrag | VeldSoort::Aantal => Waarde::Getal((n % 4 != 0).then(|| Decimal::from(n % 1_000_000))),
                    VeldSoort::Percentage => Waarde::Getal((n % 4 != 0).then(|| Decimal::new(i64::from(n % 200), 3))),
                    VeldSoort::Datum => Waarde::Datum(Date::new(2015 + (n % 10) as i32, 1 + n % 12, 1 + n % 28)),
                    VeldSoort::JaNee => Waarde::JaNee([None, Some(true), Some(false)][(n % 3) as usize]),
                    VeldSoort::Geheel => Waarde::Geheel(Some(i64::from(2015 + n % 10))),
                    VeldSoort::Keuze => Waarde::Tekst(v.keuzes().get((n % 4) as usize).map(|k| k.0.to_string()).unwrap_or_default()),
                    VeldSoort::Groep => continue,
                };
                let _ = v.zet(&mut a, w);
            }
            let af = af.map(|(s, b)| Afloop { status: Some(AfloopStatus::ALLE[s]), bedrag: b.map(Decimal::from), datum_beschikking: None });
            (a, af)
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    /// Nothing of the source is lost or misplaced: every value is at its shifted place in the
    /// next-year draft or deliberately dropped (NIET_MEE), and nothing appears from nowhere.
    #[test]
    fn nothing_of_the_source_is_lost_or_misplaced((a, af) in bron()) {
        let doel = volgend_jaar(&a, af.as_ref(), "doel");
        controleer_overdracht(&a, &doel, af.as_ref());
        // Twice over: t+2 keeps each measure's first year.
        let verder = volgend_jaar(&doel, None, "verder");
        for (m, n) in doel.maatregelen.iter().zip(&verder.maatregelen) {
            prop_assert_eq!(n.voortgezet_sinds, m.voortgezet_sinds);
        }
    }
}
