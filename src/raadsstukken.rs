//! The raad's documents (issue 14): a draft raadsvoorstel and a draft raadsbesluit, as
//! [`Document`]s for the print view and the Word renderer.
//!
//! The figures (the tekort and its history, the expected vangnetuitkering and how certain it is,
//! the form version and why, the deadline) come from the rules' [`Uitkomst`] each time, so they
//! follow the application. The texts a gemeente words itself (aanleiding, the tekort, the
//! measures, the besluit's considerations) are generated too, until the user edits them: only an
//! edited text is stored ([`crate::model::Raadsstukken`], one [`RaadsstukVeld`] each), so a
//! text nobody touched keeps its figures current. What the instemming means is quoted from the
//! form itself (part 2, [`crate::guidance`]): consent with the college's declaration, not with
//! the measures.
//!
//! Pure Rust, no web code.

use crate::document::{Blok, Document, Lijst, LijstItem, Ondertekening, Stuk, Tabel};
use crate::guidance::{self, Deel};
use crate::model::{Aanvraag, Soort};
use crate::nl;
use crate::rules::{Toegang, Uitkomst};
use crate::veld::RaadsstukVeld;

/// The text of `veld`: the user's edit, else the generated text.
pub fn tekst(veld: RaadsstukVeld, a: &Aanvraag, u: Option<&Uitkomst>) -> String {
    veld.van(a).cloned().unwrap_or_else(|| voorgesteld(veld, a, u))
}

/// The generated text of `veld` (what the page offers until the user edits it).
pub fn voorgesteld(veld: RaadsstukVeld, a: &Aanvraag, u: Option<&Uitkomst>) -> String {
    let g = gemeente(a);
    let jaar = a.tekortjaar();
    match veld {
        RaadsstukVeld::Aanleiding => format!(
            "Het college van burgemeester en wethouders van {g} vraagt over {jaar} een vangnetuitkering \
Participatiewet aan. Een vangnetuitkering vult een deel aan van het tekort op het budget voor de \
bijstandsuitkeringen (de gebundelde uitkering, BUIG) dat de gemeente van het Rijk krijgt. De \
Toetsingscommissie vangnet Participatiewet beoordeelt de aanvraag en adviseert de minister.\n\n\
In de aanvraag verklaart het college maatregelen te hebben getroffen om het tekort te reduceren. \
Die verklaring moet de instemming van de gemeenteraad hebben (artikel 10, eerste lid, onderdeel d, \
van het Besluit Participatiewet). Met dit voorstel vraagt het college u om die instemming."
        ),
        RaadsstukVeld::Tekort => tekort_tekst(jaar, u),
        RaadsstukVeld::Maatregelen => {
            let mut t = String::from(
                "Het college heeft inzicht gegeven in de oorzaken van het tekort (onderdeel A van de aanvraag) en in \
de maatregelen die het heeft getroffen om het tekort te reduceren (onderdeel B), met hun beoogde \
effect (onderdeel C).",
            );
            for (soort, kop) in [(Soort::Intern, "Interne maatregelen:"), (Soort::Extern, "Externe maatregelen:")] {
                let namen: Vec<String> = a
                    .maatregelen
                    .iter()
                    .filter(|m| m.soort == soort && !m.naam.trim().is_empty())
                    .map(|m| crate::html::een_regel(&m.naam))
                    .collect();
                if !namen.is_empty() {
                    t.push_str("\n\n");
                    t.push_str(kop);
                    for n in namen {
                        t.push_str("\n- ");
                        t.push_str(&n);
                    }
                }
            }
            t
        }
        RaadsstukVeld::Overwegingen => "gelezen het voorstel van het college van burgemeester en wethouders;\n\n\
gelet op artikel 10, eerste lid, onderdeel d, van het Besluit Participatiewet;"
            .to_string(),
    }
}

/// The beslispunt, as in both documents.
pub fn beslispunt(a: &Aanvraag) -> String {
    format!(
        "in te stemmen met de verklaring van het college van burgemeester en wethouders van {} bij de aanvraag \
vangnetuitkering Participatiewet over {}, zoals afgegeven onder 1 van het aanvraagformulier.",
        gemeente(a),
        a.tekortjaar()
    )
}

/// The draft raadsvoorstel.
pub fn raadsvoorstel(a: &Aanvraag, u: Option<&Uitkomst>) -> Document {
    let g = gemeente(a);
    let jaar = a.tekortjaar();
    let titel =
        format!("Raadsvoorstel: instemming met de verklaring van het college bij de aanvraag vangnetuitkering Participatiewet over {jaar}");
    let mut b = vec![
        Blok::Kop { niveau: 1, tekst: titel.clone() },
        Blok::Alinea(vec![Stuk::Tekst(format!("Gemeente {g}"))]),
        Blok::Opmerking("Concept. De cijfers komen uit de aanvraag; controleer de teksten voordat het voorstel naar de raad gaat.".into()),
        Blok::Kop { niveau: 2, tekst: "Voorgesteld besluit".into() },
        Blok::Alinea(vec![Stuk::Tekst("De raad wordt voorgesteld:".into())]),
        Blok::Lijst(Lijst {
            genummerd: true,
            letters: false,
            items: vec![LijstItem { niveau: 0, stukken: vec![Stuk::Tekst(beslispunt(a))] }],
        }),
        Blok::Kop { niveau: 2, tekst: "Aanleiding".into() },
    ];
    b.extend(tekst_blokken(&tekst(RaadsstukVeld::Aanleiding, a, u)));
    b.push(Blok::Kop { niveau: 2, tekst: "Het tekort".into() });
    b.extend(tekst_blokken(&tekst(RaadsstukVeld::Tekort, a, u)));
    b.push(match u {
        Some(u) => Blok::Tabel(verloop(u)),
        None => {
            Blok::Opmerking("Het verloop van het tekort is nog niet te berekenen: de cijfers bij Rekenen ontbreken of zijn onjuist.".into())
        }
    });
    // The longer history (Inzicht), when it has been filled in: the chart the form's answers
    // can hold, with its figures.
    if let Some(g) = crate::print::antwoord_grafiek(a, u) {
        b.push(Blok::Grafiek(g));
    }
    b.push(Blok::Kop { niveau: 2, tekst: "De verwachte vangnetuitkering".into() });
    b.extend(uitkering(u));
    b.push(Blok::Kop { niveau: 2, tekst: "Het aanvraagformulier".into() });
    b.push(Blok::Alinea(vec![Stuk::Tekst(match u.and_then(|u| u.formulier.versie.map(|v| (v, &u.formulier.reden))) {
        Some((v, reden)) => format!("De aanvraag wordt ingediend met het formulier voor het {}. {}", v.naam(), reden.trim()),
        None => "Welk formulier van toepassing is, staat nog niet vast: vul bij Rekenen in of over de twee jaren vóór het tekortjaar een vangnetuitkering is verleend.".into(),
    })]));
    b.push(Blok::Kop { niveau: 2, tekst: "De maatregelen".into() });
    b.extend(tekst_blokken(&tekst(RaadsstukVeld::Maatregelen, a, u)));
    b.push(Blok::Kop { niveau: 2, tekst: "Wat uw instemming betekent".into() });
    b.push(Blok::Alinea(vec![Stuk::Tekst("Het aanvraagformulier zegt hierover:".into())]));
    b.push(Blok::Formuliertekst(instemming_formulier(a, u)));
    b.push(Blok::Alinea(vec![Stuk::Tekst(
        "U stemt dus in met de verklaring van het college, niet met de maatregelen zelf: u hoeft het niet met de maatregelen eens te zijn."
            .into(),
    )]));
    b.push(Blok::Kop { niveau: 2, tekst: "Planning".into() });
    b.push(Blok::Alinea(vec![Stuk::Tekst(match u {
        Some(u) => format!(
            "De aanvraag moet uiterlijk {} bij de Toetsingscommissie zijn ingediend. De raad moet vóór de indiening instemmen. \
Na het besluit ondertekenen de voorzitter en de griffier onderdeel 2 van het aanvraagformulier; het raadsbesluit mag die \
handtekeningen niet vervangen.",
            nl::format_date_long(u.uiterste_datum)
        ),
        None => {
            "De uiterste datum van indiening volgt uit het tekortjaar; vul bij Rekenen een tekortjaar in waarvoor de regels bekend zijn."
                .into()
        }
    })]));
    b.push(Blok::Ondertekening(Ondertekening {
        kop: Some(format!("Burgemeester en wethouders van {g}")),
        datum: String::new(),
        ondertekenaars: vec![
            ("De secretaris".into(), a.d_college.secretaris.clone()),
            ("De burgemeester".into(), a.d_college.burgemeester.clone()),
        ],
    }));
    Document {
        titel: format!(
            "Raadsvoorstel: instemming met de verklaring van het college bij de aanvraag vangnetuitkering Participatiewet over {jaar}"
        ),
        // The same page margin as the form's.
        kantlijn: crate::print::kantlijn(a),
        blokken: b,
    }
}

/// The draft raadsbesluit.
pub fn raadsbesluit(a: &Aanvraag, u: Option<&Uitkomst>) -> Document {
    let g = gemeente(a);
    let mut b = vec![
        Blok::Kop { niveau: 1, tekst: "Raadsbesluit".into() },
        Blok::Opmerking("Concept.".into()),
        Blok::Alinea(vec![Stuk::Tekst(format!("De raad van de gemeente {g};"))]),
    ];
    b.extend(tekst_blokken(&tekst(RaadsstukVeld::Overwegingen, a, u)));
    b.push(Blok::Alinea(vec![Stuk::Vet("besluit:".into())]));
    b.push(Blok::Lijst(Lijst {
        genummerd: true,
        letters: false,
        items: vec![LijstItem { niveau: 0, stukken: vec![Stuk::Tekst(beslispunt(a))] }],
    }));
    let datum = a.raad.datum.map(nl::format_date_long);
    b.push(Blok::Alinea(vec![Stuk::Tekst(format!(
        "Aldus besloten in de openbare vergadering van {}.",
        datum.clone().unwrap_or_else(|| "______________________".into())
    ))]));
    if datum.is_none() {
        b.push(Blok::Opmerking(
            "De datum van de raadsvergadering vult u in bij onderdeel 2 (Datum van instemming door de gemeenteraad).".into(),
        ));
    }
    b.push(Blok::Ondertekening(Ondertekening {
        kop: Some(format!("De raad van de gemeente {g}")),
        datum: datum.unwrap_or_default(),
        ondertekenaars: vec![("De voorzitter".into(), a.raad.voorzitter.clone()), ("De griffier".into(), a.raad.griffier.clone())],
    }));
    Document { titel: "Raadsbesluit".into(), kantlijn: crate::print::kantlijn(a), blokken: b }
}

fn gemeente(a: &Aanvraag) -> String {
    let g = crate::html::een_regel(&a.gemeente);
    if g.is_empty() {
        "[gemeente]".into()
    } else {
        g
    }
}

/// The tekort's generated text.
fn tekort_tekst(jaar: i32, u: Option<&Uitkomst>) -> String {
    let Some(u) = u else {
        return format!("Het tekort over {jaar} is nog niet te berekenen: de cijfers bij Rekenen ontbreken of zijn onjuist.");
    };
    let dit = u.jaren.iter().find(|j| j.jaar == jaar);
    let mut t = match dit.and_then(|j| Some((j.tekort?, j.percentage?, j.budget?))) {
        Some((tekort, p, budget)) if tekort.is_sign_positive() && !tekort.is_zero() => format!(
            "Over {jaar} heeft de gemeente een tekort op het BUIG-budget van {}: {} van het budget van {}.",
            nl::format_money(tekort),
            nl::format_percent(p, 2),
            nl::format_money(budget)
        ),
        Some((tekort, _, budget)) => format!(
            "Over {jaar} heeft de gemeente geen tekort op het BUIG-budget van {} (overschot {}).",
            nl::format_money(budget),
            nl::format_money(tekort.abs())
        ),
        None => format!("Het tekort over {jaar} is nog niet bekend: niet alle cijfers over {jaar} zijn ingevuld."),
    };
    if let (Some(c), Some(p)) = (u.cumulatief_tekort, u.cumulatief_percentage) {
        let eerste = u.jaren.iter().map(|j| j.jaar).min().unwrap_or(jaar);
        if eerste < jaar {
            t.push_str(&format!(
                " Over {eerste} tot en met {jaar} samen is het tekort {}, dat is {} van het budget over {jaar}.",
                nl::format_money(c),
                nl::format_percent(p, 2)
            ));
        }
    }
    t.push_str(" Het verloop over de jaren staat in de tabel hieronder.");
    t
}

/// The years the rules computed, as a table.
fn verloop(u: &Uitkomst) -> Tabel {
    let bedrag = |d: Option<rust_decimal::Decimal>| d.map(nl::format_money).unwrap_or_else(|| "onbekend".into());
    let mut jaren: Vec<_> = u.jaren.iter().collect();
    jaren.sort_by_key(|j| j.jaar);
    Tabel {
        bijschrift: Some("Het tekort per jaar".into()),
        kop: vec!["Jaar".into(), "Budget (B)".into(), "Relevante bestedingen (E)".into(), "Tekort (T)".into(), "Tekort in % van B".into()],
        rechts: vec![false, true, true, true, true],
        rijen: jaren
            .into_iter()
            .map(|j| {
                vec![
                    j.jaar.to_string(),
                    bedrag(j.budget),
                    bedrag(j.relevante_bestedingen),
                    bedrag(j.tekort),
                    j.percentage.map(|p| nl::format_percent(p, 2)).unwrap_or_else(|| "onbekend".into()),
                ]
            })
            .collect(),
        rijkop: true,
        totaalrij: false,
    }
}

/// The expected grant and how certain it is.
fn uitkering(u: Option<&Uitkomst>) -> Vec<Blok> {
    let Some(u) = u else {
        return vec![Blok::Opmerking(
            "De vangnetuitkering is nog niet te berekenen: de cijfers bij Rekenen ontbreken of zijn onjuist.".into(),
        )];
    };
    let mut b = vec![Blok::Alinea(match (&u.toegang, u.vergoeding) {
        (Toegang::Ja, Some(v)) => vec![
            Stuk::Tekst("Volgens de berekening heeft de gemeente recht op een vangnetuitkering van ".into()),
            Stuk::Vet(nl::format_money(v)),
            Stuk::Tekst(". De minister stelt het bedrag vast op advies van de Toetsingscommissie.".into()),
        ],
        (Toegang::Nee, _) => vec![Stuk::Tekst(
            "Volgens de berekening voldoet de gemeente niet aan alle voorwaarden voor een vangnetuitkering. Kijk bij Rekenen welke toets niet is gehaald."
                .into(),
        )],
        _ => vec![Stuk::Tekst("De vangnetuitkering is nog niet te berekenen: niet alle cijfers zijn ingevuld.".into())],
    })];
    if u.voorlopig.is_empty() {
        b.push(Blok::Alinea(vec![Stuk::Tekst(
            "Dit bedrag is zeker: de berekening rust alleen op regels die in een officiële bron zijn nagelezen.".into(),
        )]));
    } else {
        b.push(Blok::Alinea(vec![Stuk::Vet("Dit bedrag is voorlopig".into()), Stuk::Tekst(", omdat:".into())]));
        b.push(Blok::Lijst(Lijst {
            genummerd: false,
            letters: false,
            items: u.voorlopig.iter().map(|v| LijstItem { niveau: 0, stukken: vec![Stuk::Tekst(v.tekst.clone())] }).collect(),
        }));
    }
    b
}

/// Part 2's own words on what the instemming means (the first two paragraphs of the form text:
/// the legal basis and "geen betrekking op het inhoudelijk oordeel").
fn instemming_formulier(a: &Aanvraag, u: Option<&Uitkomst>) -> Vec<Blok> {
    let versie = a.versie();
    let deadline = u.map(|u| nl::format_date_long(u.uiterste_datum)).unwrap_or_default();
    let Some(t) = guidance::tekst(versie, Deel::Raad) else { return Vec::new() };
    let tekst = guidance::invullen(t.formuliertekst, &gemeente(a), a.tekortjaar(), &deadline);
    tekst.split("\n\n").take(2).map(|p| Blok::Alinea(vec![Stuk::Tekst(p.trim().to_string())])).collect()
}

/// An editable text as blocks: paragraphs split at blank lines; lines starting with "- " or
/// "• " are a bulleted list, lines starting with "1. " (any number) a numbered one.
pub fn tekst_blokken(t: &str) -> Vec<Blok> {
    let mut uit = Vec::new();
    for alinea in t.split("\n\n").map(str::trim).filter(|a| !a.is_empty()) {
        let mut regels: Vec<Stuk> = Vec::new();
        let mut lijst: Option<Lijst> = None;
        let klaar = |regels: &mut Vec<Stuk>, uit: &mut Vec<Blok>| {
            if !regels.is_empty() {
                uit.push(Blok::Alinea(std::mem::take(regels)));
            }
        };
        for regel in alinea.lines().map(str::trim_end) {
            let item = lijst_item(regel);
            match (item, &mut lijst) {
                (Some((genummerd, tekst)), Some(l)) if l.genummerd == genummerd => {
                    l.items.push(LijstItem { niveau: 0, stukken: vec![Stuk::Tekst(tekst.into())] });
                }
                (Some((genummerd, tekst)), _) => {
                    klaar(&mut regels, &mut uit);
                    if let Some(l) = lijst.take() {
                        uit.push(Blok::Lijst(l));
                    }
                    lijst = Some(Lijst {
                        genummerd,
                        letters: false,
                        items: vec![LijstItem { niveau: 0, stukken: vec![Stuk::Tekst(tekst.into())] }],
                    });
                }
                (None, _) => {
                    if let Some(l) = lijst.take() {
                        uit.push(Blok::Lijst(l));
                    }
                    if !regels.is_empty() {
                        regels.push(Stuk::Regelovergang);
                    }
                    regels.push(Stuk::Tekst(regel.trim().into()));
                }
            }
        }
        klaar(&mut regels, &mut uit);
        if let Some(l) = lijst.take() {
            uit.push(Blok::Lijst(l));
        }
    }
    uit
}

/// A list line: (numbered, text).
fn lijst_item(regel: &str) -> Option<(bool, &str)> {
    let r = regel.trim_start();
    if let Some(t) = r.strip_prefix("- ").or_else(|| r.strip_prefix("• ")) {
        return Some((false, t.trim()));
    }
    let cijfers = r.find(|c: char| !c.is_ascii_digit())?;
    if cijfers == 0 {
        return None;
    }
    r.get(cijfers..)?.strip_prefix(". ").map(|t| (true, t.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tekst_blokken_paragraphs_and_lists() {
        let b = tekst_blokken("Eerste regel\ntweede\n\nKop:\n- een\n- twee\n\n1. a\n2. b");
        assert_eq!(b.len(), 4);
        assert!(matches!(&b[0], Blok::Alinea(s) if s.len() == 3));
        assert!(matches!(&b[2], Blok::Lijst(l) if !l.genummerd && l.items.len() == 2));
        assert!(matches!(&b[3], Blok::Lijst(l) if l.genummerd && l.items.len() == 2));
        assert!(tekst_blokken("  \n\n ").is_empty());
    }
}
