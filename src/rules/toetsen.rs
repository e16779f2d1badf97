//! The entry tests of both tracks: the tekort of the tekortjaar against the threshold, the
//! cumulative tekort, the 2016 route via euros per inwoner, and the uitgebreid vangnet's test of
//! the three years before. Each test is computed here; [`super::uitleg`] words it afterwards.

use super::table::{Bron, Cumulatief, JaarRegels, UitgebreidVangnet, Zekerheid};
use super::uitkomst::{JaarUitkomst, Spoor, SpoorSoort, Status, Toegang, Toets};
use super::verdeling::{verdeling, Randen};
use crate::nl::{format_money, format_percent};
use rust_decimal::Decimal;

/// What the regular track found on the way, besides the [`Spoor`] itself.
pub(super) struct RegulierTussen {
    /// Threshold × B_t in euros (the bar of the single-year and the cumulative test).
    pub grens: Option<Decimal>,
    /// 2016: € per inwoner × inwoners (the bar of the per-inwoner test).
    pub per_inwoner_grens: Option<Decimal>,
    /// 2016, access only via the per-inwoner test: the eigen risico the app then assumes.
    pub eigen_risico_per_inwoner: Option<Decimal>,
    /// The band edges in euros of the split.
    pub randen: Option<Randen>,
}

/// What the uitgebreid track found on the way, besides the [`Spoor`] itself.
pub(super) struct UitgebreidTussen {
    /// Its threshold × B_t in euros.
    pub grens: Option<Decimal>,
    /// The three years before t, oldest first: T / B, and whether it reached the minimum.
    pub vooraf: Vec<(i32, Option<Decimal>, bool)>,
    /// The band edges in euros of the split.
    pub randen: Option<Randen>,
}

/// The regular track of tekortjaar `r.jaar`, with the cumulative sum of T and its share of B_t.
pub(super) fn regulier(
    r: &JaarRegels,
    jaren: &[JaarUitkomst],
    huidig: &JaarUitkomst,
    inwoners: Option<u64>,
) -> (Spoor, RegulierTussen, Option<Decimal>, Option<Decimal>) {
    let t = r.jaar;
    let jaar = |j: i32| jaren.iter().find(|u| u.jaar == j);
    let mut toetsen = Vec::new();
    let grens = huidig.budget.and_then(|b| r.drempel.waarde.checked_mul(b));
    toetsen.push(drempel_toets("enkel", "Tekort over het tekortjaar", huidig, r.drempel.waarde, grens, r.drempel.zekerheid));

    let mut cumulatief_tekort = None;
    let mut cumulatief_percentage = None;
    if let Cumulatief::Jaren { van, tot_en_met } = r.cumulatief.waarde {
        let venster: Vec<&JaarUitkomst> = (van..=tot_en_met).filter_map(jaar).collect();
        let mut ontbreekt: Vec<String> = venster.iter().filter(|u| u.tekort.is_none()).map(|u| format!("tekort over {}", u.jaar)).collect();
        let som: Option<Decimal> = if ontbreekt.is_empty() {
            venster.iter().try_fold(Decimal::ZERO, |som, u| u.tekort.and_then(|t| som.checked_add(t)))
        } else {
            None
        };
        cumulatief_tekort = som;
        cumulatief_percentage = som.zip(huidig.budget).and_then(|(s, b)| s.checked_div(b));
        if huidig.budget.is_none() {
            ontbreekt.push(format!("budget over {t}"));
        }
        let (status, marge) = vergelijk_strikt(som, grens, ontbreekt);
        toetsen.push(Toets {
            id: "cumulatief".into(),
            naam: format!("Gecumuleerd tekort {van}–{tot_en_met}"),
            status,
            marge,
            zekerheid: r.cumulatief.zekerheid.max(r.drempel.zekerheid),
        });
    }

    let mut toegang = alle_voldaan(&toetsen);
    let mut gesplitst = verdeling(huidig, &r.banden.waarde);
    let mut per_inwoner_grens = None;
    let mut eigen_risico_per_inwoner = None;

    // 2016: the alternative entry via euros per inwoner. Either test gives access.
    if let Some(pi) = &r.per_inwoner {
        let toets = per_inwoner_toets(pi, huidig, inwoners, &mut per_inwoner_grens);
        let enkel_status = &toetsen[0].status;
        toegang = match (enkel_status, &toets.status) {
            (Status::Voldaan, _) | (_, Status::Voldaan) => Toegang::Ja,
            (Status::NietVoldaan, Status::NietVoldaan) => Toegang::Nee,
            _ => Toegang::Onbekend,
        };
        // How the amount follows for a gemeente that only passes the per-inwoner route is not
        // published (rulebook §1.2 [U]): the eigen risico is then the lower of the two entry
        // amounts, so the amount stays continuous; flagged as unverified.
        if toets.status == Status::Voldaan && *enkel_status != Status::Voldaan {
            if let (Some(b), Some(eigen)) = (huidig.budget, per_inwoner_grens) {
                let mut banden = r.banden.waarde.clone();
                if let (Some(eerste), Some(deel)) = (banden.first_mut(), eigen.checked_div(b)) {
                    eerste.vanaf = deel.min(eerste.vanaf);
                }
                gesplitst = verdeling(huidig, &banden);
                eigen_risico_per_inwoner = Some(eigen);
            }
        }
        toetsen.push(toets);
    }

    let (verdeling, randen) = gesplitst.unzip();
    let spoor = Spoor { soort: SpoorSoort::Regulier, toetsen, toegang, verdeling };
    (spoor, RegulierTussen { grens, per_inwoner_grens, eigen_risico_per_inwoner, randen }, cumulatief_tekort, cumulatief_percentage)
}

/// 2016: the tekort against € per inwoner × inwoners. The bar goes to `grens` when computable.
fn per_inwoner_toets(pi: &Bron<Decimal>, huidig: &JaarUitkomst, inwoners: Option<u64>, grens: &mut Option<Decimal>) -> Toets {
    let t = huidig.jaar;
    let (status, marge) = match (huidig.tekort, inwoners) {
        (Some(tk), Some(n)) if n > 0 => match pi.waarde.checked_mul(Decimal::from(n)) {
            Some(g) => {
                *grens = Some(g);
                vergelijk_strikt(Some(tk), Some(g), vec![])
            }
            None => (Status::Onbekend(vec!["aantal inwoners (te groot)".to_string()]), None),
        },
        (tk, _) => {
            let mut o = Vec::new();
            if tk.is_none() {
                o.push(format!("tekort over {t}"));
            }
            if !matches!(inwoners, Some(n) if n > 0) {
                o.push("aantal inwoners".to_string());
            }
            (Status::Onbekend(o), None)
        }
    };
    Toets {
        id: "per_inwoner".into(),
        naam: format!("Tekort meer dan {} per inwoner", format_money(pi.waarde)),
        status,
        marge,
        zekerheid: pi.zekerheid,
    }
}

/// 2025 onward: the uitgebreid track.
pub(super) fn uitgebreid(uv: &UitgebreidVangnet, jaren: &[JaarUitkomst], huidig: &JaarUitkomst) -> (Spoor, UitgebreidTussen) {
    let t = huidig.jaar;
    // `t` is a table year (2025 or later, at most LAATSTE_JAAR): the saturating forms below never saturate.
    let mut toetsen = Vec::new();
    let grens = huidig.budget.and_then(|b| uv.drempel.waarde.checked_mul(b));
    toetsen.push(drempel_toets(
        "uitgebreid_enkel",
        "Uitgebreid vangnet: tekort over het tekortjaar",
        huidig,
        uv.drempel.waarde,
        grens,
        uv.drempel.zekerheid,
    ));

    let mut gehaald = 0u32;
    let mut onbekend = Vec::new();
    let mut vooraf = Vec::new();
    for u in (t.saturating_sub(3)..t).filter_map(|j| jaren.iter().find(|u| u.jaar == j)) {
        // "at least": ≥, each year against its own budget.
        let ja = u.percentage.is_some_and(|p| p >= uv.vooraf_minimum.waarde);
        if ja {
            gehaald = gehaald.saturating_add(1);
        }
        if u.percentage.is_none() {
            onbekend.push(format!("tekort en budget over {}", u.jaar));
        }
        vooraf.push((u.jaar, u.percentage, ja));
    }
    let nodig = uv.vooraf_aantal.waarde;
    let status = if gehaald >= nodig {
        Status::Voldaan
    } else if gehaald.saturating_add(u32::try_from(onbekend.len()).unwrap_or(u32::MAX)) >= nodig {
        Status::Onbekend(onbekend)
    } else {
        Status::NietVoldaan
    };
    toetsen.push(Toets {
        id: "uitgebreid_vooraf".into(),
        naam: format!(
            "Uitgebreid vangnet: in minstens {nodig} van de jaren {}–{} een tekort van ten minste {}",
            t.saturating_sub(3),
            t.saturating_sub(1),
            format_percent(uv.vooraf_minimum.waarde, 1)
        ),
        status,
        marge: None,
        zekerheid: uv.vooraf_minimum.zekerheid.max(uv.vooraf_aantal.zekerheid),
    });
    let (verdeling, randen) = verdeling(huidig, &uv.banden.waarde).unzip();
    let spoor = Spoor { soort: SpoorSoort::Uitgebreid, toegang: alle_voldaan(&toetsen), toetsen, verdeling };
    (spoor, UitgebreidTussen { grens, vooraf, randen })
}

fn vergelijk_strikt(links: Option<Decimal>, rechts: Option<Decimal>, ontbreekt: Vec<String>) -> (Status, Option<Decimal>) {
    match (links, rechts) {
        (Some(l), Some(r)) if ontbreekt.is_empty() => {
            // "meer dan": strict, on unrounded amounts. The margin only when it fits a decimal.
            (if l > r { Status::Voldaan } else { Status::NietVoldaan }, l.checked_sub(r))
        }
        _ => (Status::Onbekend(ontbreekt), None),
    }
}

/// T_t against `grens` = `drempel` × B_t.
fn drempel_toets(id: &str, naam: &str, u: &JaarUitkomst, drempel: Decimal, grens: Option<Decimal>, zekerheid: Zekerheid) -> Toets {
    let mut ontbreekt = Vec::new();
    if u.tekort.is_none() {
        ontbreekt.push(format!("de cijfers over {}", u.jaar));
    }
    let (status, marge) = vergelijk_strikt(u.tekort, grens, ontbreekt);
    Toets { id: id.into(), naam: format!("{naam}: meer dan {} van het budget", format_percent(drempel, 1)), status, marge, zekerheid }
}

/// Access of a track whose tests must all pass.
fn alle_voldaan(toetsen: &[Toets]) -> Toegang {
    if toetsen.iter().any(|t| t.status == Status::NietVoldaan) {
        Toegang::Nee
    } else if toetsen.iter().all(|t| t.status == Status::Voldaan) {
        Toegang::Ja
    } else {
        Toegang::Onbekend
    }
}

/// Overall access, the track that gives the grant (the more favourable one when both do) and the grant.
pub(super) fn kies(sporen: &[Spoor]) -> (Toegang, Option<SpoorSoort>, Option<Decimal>) {
    let met_toegang: Vec<&Spoor> = sporen.iter().filter(|s| s.toegang == Toegang::Ja).collect();
    let toegang = if !met_toegang.is_empty() {
        Toegang::Ja
    } else if sporen.iter().all(|s| s.toegang == Toegang::Nee) {
        Toegang::Nee
    } else {
        Toegang::Onbekend
    };
    let beste = met_toegang
        .iter()
        .filter_map(|s| s.verdeling.as_ref().map(|v| (s.soort, v.totaal)))
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.eq(&SpoorSoort::Regulier).cmp(&a.0.eq(&SpoorSoort::Regulier))));
    match toegang {
        Toegang::Ja => (toegang, beste.map(|b| b.0), beste.map(|b| b.1)),
        Toegang::Nee => (toegang, None, Some(Decimal::ZERO)),
        Toegang::Onbekend => (toegang, None, None),
    }
}
