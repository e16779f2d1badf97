//! The Dutch explanation, worded after the computation from the computed values: one [`Stap`]
//! per year, per entry test, per track's amount, the choice of track, the form, the deadline and
//! the payment, and from those steps the reasons why the outcome is provisional.

use super::invoer::Invoer;
use super::table::{Band, Bron, Cumulatief, Zekerheid};
use super::uitkomst::{JaarUitkomst, Spoor, SpoorSoort, Stap, StapSoort, Status, Toegang, Toets, Uitkomst, Voorlopig, VoorlopigSoort};
use super::verdeling::Randen;
use super::Tussenstand;
use crate::nl::{format_bedrag, format_money, format_percent};
use rust_decimal::Decimal;

const BRON_KEUZE: &str = "Stb. 2025, 222; toetsingscommissievp.nl, voorwaarden 2025 (dat het gunstigste spoor geldt is niet gepubliceerd)";

/// Dutch name of a track.
pub fn spoor_naam(s: SpoorSoort) -> &'static str {
    match s {
        SpoorSoort::Regulier => "het reguliere vangnet",
        SpoorSoort::Uitgebreid => "het uitgebreide vangnet",
    }
}

/// The explanation of `u`, step by step. `u.stappen` and `u.voorlopig` are not read.
pub(super) fn stappen(u: &Uitkomst, invoer: &Invoer, tussen: &Tussenstand) -> Vec<Stap> {
    let t = u.tekortjaar;
    let r = &u.regels;
    let huidig = u.jaren.iter().find(|j| j.jaar == t).expect("the tekortjaar is always in the needed years");
    let toets = |soort: SpoorSoort, id: &str| {
        u.sporen
            .iter()
            .filter(|s| s.soort == soort)
            .flat_map(|s| &s.toetsen)
            .find(|t| t.id == id)
            .expect("every test of the rules is computed")
    };
    let mut stappen: Vec<Stap> = u.jaren.iter().map(|j| jaar_stap(j, t)).collect();

    // Regular track.
    let enkel = toets(SpoorSoort::Regulier, "enkel");
    stappen.push(drempel_stap(enkel, huidig, &r.drempel, tussen.regulier.grens, "Toegangsdrempel: tekort van het jaar"));
    if let Cumulatief::Jaren { van, tot_en_met } = r.cumulatief.waarde {
        let toets = toets(SpoorSoort::Regulier, "cumulatief");
        let venster: Vec<&JaarUitkomst> = (van..=tot_en_met).filter_map(|j| u.jaren.iter().find(|u| u.jaar == j)).collect();
        let berekening = match (u.cumulatief_tekort, tussen.regulier.grens, u.cumulatief_percentage) {
            (Some(_), Some(g), Some(p)) => format!(
                "Som van de resultaten {van}–{tot_en_met} = {} ({} van het budget {t}); dat moet meer zijn dan {} × {} = {} → {}",
                venster.iter().map(|u| format_money(u.tekort.unwrap_or_default())).collect::<Vec<_>>().join(" + "),
                format_percent(p, 2),
                format_percent(r.drempel.waarde, 1),
                format_money(huidig.budget.unwrap_or_default()),
                format_money(g),
                status_tekst(&toets.status, toets.marge),
            ),
            _ => format!("Nog niet te berekenen: vul in {}.", ontbreekt_tekst(&toets.status)),
        };
        stappen.push(Stap {
            titel: format!("Toegangsdrempel: gecumuleerd tekort {van}–{tot_en_met}"),
            berekening: format!(
                "{berekening} Overschotten tellen negatief mee; de grens is {} van het budget van {t} alleen.",
                format_percent(r.drempel.waarde, 1)
            ),
            bron: r.cumulatief.bron.clone(),
            zekerheid: toets.zekerheid,
            aangepast: r.drempel.aangepast,
            soort: StapSoort::Berekening,
        });
    }
    if let Some(pi) = &r.per_inwoner {
        let toets = toets(SpoorSoort::Regulier, "per_inwoner");
        stappen.push(Stap {
            titel: "Alternatieve toegang 2016: tekort per inwoner".into(),
            berekening: match (huidig.tekort, invoer.inwoners, tussen.regulier.per_inwoner_grens) {
                (Some(tk), Some(n), Some(g)) => format!(
                    "Tekort {} moet meer zijn dan {} × {} inwoners = {} → {}. In 2016 geeft één van beide toetsen toegang.",
                    format_money(tk),
                    format_money(pi.waarde),
                    crate::nl::format_integer(n),
                    format_money(g),
                    status_tekst(&toets.status, toets.marge)
                ),
                _ => format!("Nog niet te berekenen: vul in {}.", ontbreekt_tekst(&toets.status)),
            },
            bron: pi.bron.clone(),
            zekerheid: pi.zekerheid,
            aangepast: false,
            soort: StapSoort::Berekening,
        });
    }

    // 2025 onward: the uitgebreid vangnet.
    if let (Some(uv), Some(ut)) = (&r.uitgebreid_vangnet, &tussen.uitgebreid) {
        let enkel = toets(SpoorSoort::Uitgebreid, "uitgebreid_enkel");
        let titel = if u.scenario {
            "Uitgebreid vangnet (scenario 2,5% eigen risico): tekort van het jaar"
        } else {
            "Uitgebreid vangnet: tekort van het jaar"
        };
        stappen.push(drempel_stap(enkel, huidig, &uv.drempel, ut.grens, titel));
        let toets = toets(SpoorSoort::Uitgebreid, "uitgebreid_vooraf");
        let per_jaar: Vec<String> = ut
            .vooraf
            .iter()
            .map(|(jaar, p, ja)| match p {
                Some(p) => format!("{jaar}: {} ({})", format_percent(*p, 2), if *ja { "ja" } else { "nee" }),
                None => format!("{jaar}: onbekend"),
            })
            .collect();
        let gehaald = ut.vooraf.iter().filter(|(_, _, ja)| *ja).count();
        stappen.push(Stap {
            titel: "Uitgebreid vangnet: tekorten in de drie jaren ervoor".into(),
            berekening: format!(
                "{}. Nodig: minstens {} jaren met ten minste {} van het eigen budget van dat jaar; gehaald: {gehaald} → {}",
                per_jaar.join("; "),
                uv.vooraf_aantal.waarde,
                format_percent(uv.vooraf_minimum.waarde, 1),
                status_tekst(&toets.status, Some(Decimal::ZERO))
            ),
            bron: uv.vooraf_minimum.bron.clone(),
            zekerheid: toets.zekerheid,
            aangepast: false,
            soort: StapSoort::Berekening,
        });
    }

    // Amount per track, and the choice between tracks.
    for s in &u.sporen {
        let (banden, randen) = match s.soort {
            SpoorSoort::Regulier => (&r.banden, &tussen.regulier.randen),
            SpoorSoort::Uitgebreid => {
                (&r.uitgebreid_vangnet.as_ref().expect("track exists").banden, &tussen.uitgebreid.as_ref().expect("track exists").randen)
            }
        };
        let mut stap = bedrag_stap(s, randen.as_ref(), banden, u.sporen.len() > 1);
        if s.soort == SpoorSoort::Uitgebreid && u.scenario {
            stap.titel = format!("{} ({})", stap.titel, super::table::SCENARIO_NAAM.to_lowercase());
        }
        // 2016, access only via € 30 per inwoner: no published amount rule (rulebook §9 [U]).
        if let (SpoorSoort::Regulier, Some(eigen)) = (s.soort, tussen.regulier.eigen_risico_per_inwoner) {
            stap.zekerheid = Zekerheid::Onzeker;
            stap.berekening = format!(
                "Indicatief: toegang alleen via de toets per inwoner, en voor die route is geen regel voor het bedrag gevonden. Met het tekort boven {} als eigen risico: {}",
                format_money(eigen),
                stap.berekening
            );
        }
        stappen.push(stap);
    }
    // 2015: every amount is indicative; the other reading beside the one used (rulebook §9).
    if let (Some(l), Some(regel)) = (&u.andere_lezing, &r.andere_lezing) {
        stappen.push(Stap {
            titel: format!("Andere lezing 2015: {}", l.naam),
            berekening: match (&l.verdeling, l.vergoeding) {
                (Some(v), Some(bedrag)) => format!(
                    "Een echt verzoek over 2015 rekende zo: {} van het tekort boven {} ({}) = {}; met deze lezing is de uitkering {}. De definitieve regeling voor 2015 is niet gevonden: beide bedragen zijn indicatief.",
                    format_percent(regel.banden.waarde.first().map(|b| b.aandeel).unwrap_or_default(), 0),
                    format_percent(regel.banden.waarde.first().map(|b| b.vanaf).unwrap_or_default(), 1),
                    format_money(v.banden.iter().map(|b| b.tekort_in_band).fold(Decimal::ZERO, |a, b| a.checked_add(b).unwrap_or(a))),
                    format_bedrag(v.totaal),
                    format_bedrag(bedrag)
                ),
                (Some(v), None) => format!(
                    "Met deze lezing zou het {} zijn, als aan de toegangsvoorwaarde wordt voldaan; dat is nog niet vast te stellen.",
                    format_bedrag(v.totaal)
                ),
                _ => "Nog niet te berekenen: het tekort en het budget van 2015 zijn nodig.".into(),
            },
            bron: regel.banden.bron.clone(),
            zekerheid: regel.banden.zekerheid,
            aangepast: false,
            soort: StapSoort::Informatie,
        });
    }
    if u.sporen.len() > 1 {
        stappen.push(Stap {
            titel: "Keuze tussen regulier en uitgebreid vangnet".into(),
            berekening: match (u.gekozen_spoor, u.vergoeding) {
                (Some(s), Some(v)) => format!(
                    "Toegang via {}; de app rekent met het gunstigste spoor: {} ({}).",
                    u.sporen.iter().filter(|s| s.toegang == Toegang::Ja).map(|s| spoor_naam(s.soort)).collect::<Vec<_>>().join(" en "),
                    spoor_naam(s),
                    format_bedrag(v)
                ),
                (_, Some(_)) => "Geen van beide sporen geeft toegang.".into(),
                _ => "Nog niet te bepalen: er ontbreken cijfers.".into(),
            },
            bron: BRON_KEUZE.into(),
            zekerheid: Zekerheid::Onzeker,
            aangepast: false,
            soort: StapSoort::Berekening,
        });
    }

    // Form version.
    stappen.push(Stap {
        titel: "Welk formulier".into(),
        berekening: u.formulier.reden.clone(),
        bron: r.twee_versies.bron.clone(),
        zekerheid: u.formulier.zekerheid,
        aangepast: false,
        soort: StapSoort::Berekening,
    });

    // Deadline and payment.
    stappen.push(Stap {
        titel: "Uiterste datum".into(),
        berekening: format!(
            "De Toetsingscommissie moet het verzoek uiterlijk op {} hebben ontvangen; die dag zelf is nog op tijd. Een later verzoek wordt niet in behandeling genomen.{}{}",
            crate::nl::format_date(u.uiterste_datum),
            match u.dagen_over {
                Some(d) if d > 1 => format!(" Nog {d} dagen."),
                Some(1) => " Nog 1 dag.".into(),
                Some(0) => " Vandaag is de laatste dag.".into(),
                Some(d) => format!(" De termijn is {} dagen geleden verstreken.", d.unsigned_abs()),
                None => String::new(),
            },
            match super::kalender::weekend_advies(u.uiterste_datum) {
                Some(w) => format!(" {} {}", w.tekst, w.toelichting),
                None => String::new(),
            }
        ),
        bron: r.uiterste_datum.bron.clone(),
        zekerheid: r.uiterste_datum.zekerheid,
        aangepast: r.uiterste_datum.aangepast,
        soort: StapSoort::Berekening,
    });
    if let Some(tekst) = super::kalender::na_indienen_tekst(t) {
        stappen.push(Stap {
            titel: "Na het indienen".into(),
            berekening: tekst,
            bron: super::kalender::BRON_NA_INDIENEN.into(),
            zekerheid: r.uitbetaling.zekerheid,
            aangepast: false,
            soort: StapSoort::Informatie,
        });
    }
    stappen.push(Stap {
        titel: "Uitbetaling".into(),
        berekening: format!("Een toegekende vangnetuitkering wordt naar verwachting betaald in {}.", r.uitbetaling.waarde),
        bron: r.uitbetaling.bron.clone(),
        zekerheid: r.uitbetaling.zekerheid,
        aangepast: false,
        // When the grant is paid does not change the outcome: its certainty makes nothing provisional.
        soort: StapSoort::Informatie,
    });
    stappen
}

/// Why the outcome is provisional: the assumption behind a per-inwoner-only access, then per
/// step a replaced rule ([`VoorlopigSoort::Aangepast`]) or an unverified rule of a step that
/// computes part of the outcome ([`VoorlopigSoort::Onzeker`]).
pub(super) fn voorlopig(u: &Uitkomst, tussen: &Tussenstand) -> Vec<Voorlopig> {
    let stappen = &u.stappen;
    let mut voorlopig = Vec::new();
    if u.scenario {
        voorlopig.push(Voorlopig {
            soort: VoorlopigSoort::Scenario,
            tekst: format!(
                "{}: het uitgebreide vangnet is berekend met een eigen risico van 2,5% in plaats van 5%. Of en onder welke voorwaarden dat voor {} geldt, is niet gepubliceerd.",
                super::table::SCENARIO_NAAM,
                u.tekortjaar
            ),
        });
    }
    if let Some(l) = &u.andere_lezing {
        voorlopig.push(Voorlopig {
            soort: VoorlopigSoort::Onzeker,
            tekst: format!(
                "Tekortjaar {}: de definitieve regeling is niet gevonden; elk bedrag is indicatief. Volgens de lezing \u{201c}{}\u{201d} is het {}.",
                u.tekortjaar,
                l.naam,
                l.vergoeding.map(format_bedrag).unwrap_or_else(|| "nog onbekend".into())
            ),
        });
    }
    if let Some(eigen) = tussen.regulier.eigen_risico_per_inwoner {
        voorlopig.push(Voorlopig {
            soort: VoorlopigSoort::Onzeker,
            tekst: format!(
                "Toegang alleen via de toets per inwoner: hoe het bedrag dan wordt berekend is niet gepubliceerd; de app neemt als eigen risico {} (het tekort boven € 30 per inwoner).",
                format_money(eigen)
            ),
        });
    }
    for s in stappen {
        if s.aangepast {
            let tekst = format!("Gerekend met door u aangepaste regels ({}).", s.titel.to_lowercase());
            if !voorlopig.iter().any(|v: &Voorlopig| v.tekst == tekst) {
                voorlopig.push(Voorlopig { soort: VoorlopigSoort::Aangepast, tekst });
            }
        } else if s.zekerheid != Zekerheid::Geverifieerd && s.soort == StapSoort::Berekening {
            voorlopig
                .push(Voorlopig { soort: VoorlopigSoort::Onzeker, tekst: format!("{}: de regel is {}.", s.titel, s.zekerheid.label()) });
        }
    }
    voorlopig
}

fn jaar_stap(u: &JaarUitkomst, t: i32) -> Stap {
    let berekening = match (u.netto_lasten, u.relevante_bestedingen, u.budget, u.tekort, u.percentage) {
        (Some(n), Some(e), Some(b), Some(tk), Some(p)) => format!(
            "Netto lasten N = lasten − baten = {}. Relevante bestedingen E = N − fout/onzeker = {}. Tekort T = E − budget {} = {} ({} van het budget{}).",
            format_money(n),
            format_money(e),
            format_money(b),
            format_money(tk),
            format_percent(p, 2),
            if tk < Decimal::ZERO { "; een overschot" } else { "" }
        ),
        _ => format!("Nog niet te berekenen: vul in {}.", u.ontbreekt.join(", ")),
    };
    Stap {
        titel: format!(
            "Tekort {}{}{}",
            u.jaar,
            if u.jaar == t { " (tekortjaar)" } else { "" },
            if u.uit_voorgangers { ", som van de voorgangers" } else { "" }
        ),
        berekening,
        bron: "Berekeningsschema Toetsingscommissie (berekening en uitbetaling 2018 en 2024); Besluit Participatiewet zoals gewijzigd bij Stb. 2016, 355 (fout/onzeker)".into(),
        // The definition of T is verified for the tekortjaar; whether earlier years are also
        // taken net of fout/onzeker is not stated (rulebook §1.2, §7.7).
        zekerheid: if u.jaar == t { Zekerheid::Geverifieerd } else { Zekerheid::Onzeker },
        aangepast: false,
        soort: StapSoort::Berekening,
    }
}

fn drempel_stap(toets: &Toets, u: &JaarUitkomst, drempel: &Bron<Decimal>, grens: Option<Decimal>, titel: &str) -> Stap {
    let berekening = match (u.tekort, u.budget, grens) {
        (Some(tk), Some(b), Some(g)) => format!(
            "Tekort {} moet meer zijn dan {} × budget {} = {} → {}",
            format_money(tk),
            format_percent(drempel.waarde, 1),
            format_money(b),
            format_money(g),
            status_tekst(&toets.status, toets.marge)
        ),
        _ => format!("Nog niet te berekenen: vul in {}.", ontbreekt_tekst(&toets.status)),
    };
    Stap {
        titel: titel.into(),
        berekening,
        bron: drempel.bron.clone(),
        zekerheid: drempel.zekerheid,
        aangepast: drempel.aangepast,
        soort: StapSoort::Berekening,
    }
}

/// The result of a test with its margin (`None`: a margin beyond a decimal's range, not shown).
fn status_tekst(s: &Status, marge: Option<Decimal>) -> String {
    match (s, marge) {
        (Status::Voldaan, Some(m)) if m > Decimal::ZERO => format!("voldaan ({} erboven)", format_money(m)),
        (Status::Voldaan, _) => "voldaan".into(),
        (Status::NietVoldaan, Some(m)) if m < Decimal::ZERO => format!("niet voldaan ({} te weinig)", format_money(m.abs())),
        (Status::NietVoldaan, Some(m)) if m == Decimal::ZERO => "niet voldaan (precies op de grens; het moet méér zijn)".into(),
        (Status::NietVoldaan, _) => "niet voldaan".into(),
        (Status::Onbekend(_), _) => "nog onbekend".into(),
    }
}

fn ontbreekt_tekst(s: &Status) -> String {
    match s {
        Status::Onbekend(o) if !o.is_empty() => o.join(", "),
        _ => "de ontbrekende cijfers".into(),
    }
}

fn bedrag_stap(s: &Spoor, randen: Option<&Randen>, banden: &Bron<Vec<Band>>, twee_sporen: bool) -> Stap {
    let titel = if twee_sporen { format!("Bedrag volgens {}", spoor_naam(s.soort)) } else { "Bedrag van de vangnetuitkering".to_string() };
    let berekening = match (&s.verdeling, randen) {
        (Some(v), Some(randen)) => {
            let mut delen = vec![format!(
                "Eigen risico: het tekort tot {} van het budget ({}) draagt de gemeente zelf",
                format_percent(banden.waarde.first().map(|b| b.vanaf).unwrap_or_default(), 1),
                format_money(v.eigen_risico)
            )];
            for (d, (onder, boven)) in v.banden.iter().zip(randen) {
                delen.push(format!(
                    "{} van het deel {}: {} × {} = {}",
                    format_percent(d.aandeel, 0),
                    match (d.tot, boven) {
                        (Some(tot), Some(boven)) => format!(
                            "tussen {} en {} ({} tot {})",
                            format_percent(d.vanaf, 1),
                            format_percent(tot, 1),
                            format_money(*onder),
                            format_money(*boven)
                        ),
                        _ => format!("boven {} ({})", format_percent(d.vanaf, 1), format_money(*onder)),
                    },
                    format_percent(d.aandeel, 0),
                    format_money(d.tekort_in_band),
                    format_money(d.vergoed)
                ));
            }
            let slot = match s.toegang {
                Toegang::Ja => format!(
                    "Totaal {} (afgerond op hele euro's, alleen aan het eind; een bedrag onder € 0,50 houdt zijn centen: er is geen minimumbedrag).",
                    format_bedrag(v.totaal)
                ),
                Toegang::Nee => format!(
                    "Omdat niet aan de toegangsvoorwaarden is voldaan, is de uitkering € 0 (zonder die voorwaarden zou het {} zijn).",
                    format_bedrag(v.totaal)
                ),
                Toegang::Onbekend => {
                    format!("Als aan alle toegangsvoorwaarden wordt voldaan: {}; dat is nog niet vast te stellen.", format_bedrag(v.totaal))
                }
            };
            format!("{}. {}", delen.join(". "), slot)
        }
        _ => "Nog niet te berekenen: het tekort en het budget van het tekortjaar zijn nodig.".into(),
    };
    Stap {
        titel,
        berekening,
        bron: banden.bron.clone(),
        zekerheid: banden.zekerheid,
        aangepast: banden.aangepast,
        soort: StapSoort::Berekening,
    }
}
