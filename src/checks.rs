//! The section checks: everything the Toetsingscommissie tests procedurally, found first.
//!
//! [`controleer`] is the one function that returns all checks for an application; the screen,
//! the export and the tests all call it. [`CATALOGUS`] lists every check id with its section,
//! severity and message: it is the single place where the checks are documented (the README
//! points here), and a test fails when a check is emitted that is not in it.

use crate::date::Date;
use crate::model::{is_leeg, Aanvraag, Maatregel, Soort};
use crate::nl::{format_date, format_money};
use crate::rules::{Ernst, RekenFout, Status, Toegang, Uitkomst, Versie};
use crate::veld::{CijferSoort, CollegeVeld, MaatregelVeld, RaadVeld, TekstVeld, Terug, Veld};
use serde::{Deserialize, Serialize};

/// The part of the form a check belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sectie {
    /// Gemeente, tekortjaar, figures.
    Rekenen,
    /// A. Analyse van de oorzaken.
    A,
    /// B. Maatregelen (basisverzoek, single form) or the general B text.
    B,
    /// B1. Interne maatregelen.
    B1,
    /// B2. Externe maatregelen.
    B2,
    /// C. Beoogd effect.
    C,
    /// D. Ondertekening college.
    D,
    /// 2. Instemming gemeenteraad.
    Raad,
}

impl Sectie {
    /// Dutch heading.
    pub fn naam(self) -> &'static str {
        match self {
            Sectie::Rekenen => "Rekenen",
            Sectie::A => "A. Analyse van de oorzaken",
            Sectie::B => "B. Maatregelen",
            Sectie::B1 => "B1. Interne maatregelen",
            Sectie::B2 => "B2. Externe maatregelen",
            Sectie::C => "C. Beoogd effect",
            Sectie::D => "D. Ondertekening college",
            Sectie::Raad => "2. Instemming gemeenteraad",
        }
    }
}

/// One finding.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Controle {
    /// Stable id, e.g. `a.leeg` or `b2.m3.bron` (measure ids are filled in).
    pub id: String,
    /// The section.
    pub sectie: Sectie,
    /// Fout blocks "klaar"; waarschuwing is advice.
    pub ernst: Ernst,
    /// Dutch message for the civil servant; the same words at the field and in the summary.
    pub tekst: String,
    /// The field; in the file its pointer, e.g. `a_analyse`, `maatregelen.m3.externe_bron`,
    /// `financien.2019.budget`.
    pub veld: Veld,
    /// How the check behaves beyond its severity (not in the file: derived from the id's kind).
    #[serde(skip)]
    pub aard: Aard,
}

/// How a check behaves beyond its severity.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Aard {
    /// Solved by filling in: shown at the field once the field was left or the user asked.
    #[default]
    Invullen,
    /// A figure the rules cannot use (negative, zero budget, …): shown at the field at once.
    Cijfer,
    /// Filling in more cannot solve it (no right, too late): the task list says "Probleem".
    Probleem,
}

/// Every check: id pattern (`*` = a measure id or year), section, severity, message (template).
pub const CATALOGUS: &[(&str, Sectie, Ernst, &str)] = &[
    ("gemeente.leeg", Sectie::Rekenen, Ernst::Fout, "Vul de naam van de gemeente in."),
    ("jaar.onbekend", Sectie::Rekenen, Ernst::Fout, "Voor dit tekortjaar kent de app geen regels."),
    ("regels.ongeldig", Sectie::Rekenen, Ernst::Fout, "De aangepaste regels zijn niet bruikbaar."),
    ("cijfers.ontbreken.*", Sectie::Rekenen, Ernst::Fout, "Vul de cijfers over {jaar} in: …"),
    ("cijfers.fout.*", Sectie::Rekenen, Ernst::Fout, "Een bedrag kan niet kloppen (negatief, nul budget, onrealistisch groot)."),
    ("cijfers.waarschuwing.*", Sectie::Rekenen, Ernst::Waarschuwing, "Een bedrag lijkt niet te kloppen (baten hoger dan lasten, …)."),
    ("inwoners.ontbreken", Sectie::Rekenen, Ernst::Fout, "2016: vul het aantal inwoners in (toets € 30 per inwoner)."),
    ("recht.geen", Sectie::Rekenen, Ernst::Fout, "Volgens de regels is er geen recht op een vangnetuitkering: …"),
    ("regels.voorlopig", Sectie::Rekenen, Ernst::Waarschuwing, "De uitkomst is voorlopig: een regel is niet geverifieerd."),
    ("regels.aangepast", Sectie::Rekenen, Ernst::Waarschuwing, "Er wordt gerekend met door u aangepaste regels."),
    ("versie.onbekend", Sectie::Rekenen, Ernst::Fout, "Geef aan of over t−1 en t−2 een vangnetuitkering is verleend."),
    ("termijn.verstreken", Sectie::Rekenen, Ernst::Fout, "De uiterste datum is verstreken."),
    ("termijn.dichtbij", Sectie::Rekenen, Ernst::Waarschuwing, "Nog maar … dagen tot de uiterste datum."),
    ("a.leeg", Sectie::A, Ernst::Fout, "Beschrijf de analyse van de oorzaken van het tekort (vraag A)."),
    ("a.omvang", Sectie::A, Ernst::Waarschuwing, "De analyse noemt de omvang van het tekort niet (bedrag of percentage)."),
    ("b.leeg", Sectie::B, Ernst::Fout, "Beschrijf de getroffen maatregelen (vraag B)."),
    ("b1.geen", Sectie::B1, Ernst::Fout, "Het uitgebreide verzoek vraagt minstens één interne maatregel (B1)."),
    ("b2.geen", Sectie::B2, Ernst::Fout, "Het uitgebreide verzoek vraagt minstens één externe maatregel (B2)."),
    ("maatregel.*.naam", Sectie::B, Ernst::Fout, "Geef de maatregel een naam."),
    ("b2.*.bron", Sectie::B2, Ernst::Fout, "Externe maatregel: beantwoord vraag a) (de externe bron)."),
    ("b2.*.inzicht", Sectie::B2, Ernst::Fout, "Externe maatregel: beantwoord vraag b) (het verkregen inzicht)."),
    ("b2.*.maatregel", Sectie::B2, Ernst::Fout, "Externe maatregel: beantwoord vraag c) (de getroffen maatregel)."),
    ("maatregel.*.datum_te_vroeg", Sectie::B, Ernst::Fout, "Een maatregel telt pas vanaf 1 januari van het tekortjaar."),
    ("maatregel.*.datum_te_laat", Sectie::B, Ernst::Fout, "Een maatregel moet getroffen zijn vóór de ondertekening."),
    ("basis.extern", Sectie::B, Ernst::Waarschuwing, "Het basisverzoek vraagt geen externe maatregelen; ze mogen wel."),
    (
        "b.alleen_voortgezet",
        Sectie::B,
        Ernst::Waarschuwing,
        "Het formulier vraagt om maatregelen gericht op verdere vermindering van het tekort; alle maatregelen zijn voortgezet.",
    ),
    ("a.te_herzien", Sectie::A, Ernst::Waarschuwing, "Deze tekst komt uit de aanvraag over het vorige jaar en is nog niet herzien."),
    ("b.te_herzien", Sectie::B, Ernst::Waarschuwing, "Deze tekst komt uit de aanvraag over het vorige jaar en is nog niet herzien."),
    ("b1.te_herzien", Sectie::B1, Ernst::Waarschuwing, "Deze tekst komt uit de aanvraag over het vorige jaar en is nog niet herzien."),
    ("b2.te_herzien", Sectie::B2, Ernst::Waarschuwing, "Deze tekst komt uit de aanvraag over het vorige jaar en is nog niet herzien."),
    ("c.te_herzien", Sectie::C, Ernst::Waarschuwing, "Deze tekst komt uit de aanvraag over het vorige jaar en is nog niet herzien."),
    ("c.leeg", Sectie::C, Ernst::Fout, "Beschrijf het beoogde effect van de maatregelen (vraag C)."),
    ("c.effect", Sectie::C, Ernst::Waarschuwing, "Vraag C: geef het effect kwantitatief (aantallen, bedragen) of kwalitatief aan."),
    ("d.datum", Sectie::D, Ernst::Fout, "Vul de datum van ondertekening door het college in."),
    ("d.te_laat", Sectie::D, Ernst::Fout, "Het college tekent na de uiterste datum."),
    ("d.secretaris", Sectie::D, Ernst::Fout, "Vul de naam van de secretaris in."),
    ("d.burgemeester", Sectie::D, Ernst::Fout, "Vul de naam van de burgemeester in."),
    ("d.te_vroeg", Sectie::D, Ernst::Waarschuwing, "Het college tekent vóór het einde van het tekortjaar."),
    ("raad.datum", Sectie::Raad, Ernst::Fout, "Vul de datum van instemming door de gemeenteraad in."),
    ("raad.te_laat", Sectie::Raad, Ernst::Fout, "De gemeenteraad stemt in na de uiterste datum."),
    ("raad.voor_college", Sectie::Raad, Ernst::Fout, "De raad stemt in vóór het college heeft getekend."),
    ("raad.voorzitter", Sectie::Raad, Ernst::Fout, "Vul de naam van de voorzitter van de raad in."),
    ("raad.griffier", Sectie::Raad, Ernst::Fout, "Vul de naam van de griffier in."),
];

/// How many days before the deadline [`controleer`] starts warning.
pub const WAARSCHUW_DAGEN: i64 = 21;

/// All checks for `aanvraag`, in form order. `vandaag` enables the deadline checks.
///
/// ```
/// use vangnet::{checks::controleer, model::Aanvraag};
/// let leeg = Aanvraag::nieuw("x", 2024);
/// let ids: Vec<String> = controleer(&leeg, None).into_iter().map(|c| c.id).collect();
/// assert!(ids.contains(&"a.leeg".to_string()));
/// assert!(ids.contains(&"raad.griffier".to_string()));
/// ```
pub fn controleer(aanvraag: &Aanvraag, vandaag: Option<Date>) -> Vec<Controle> {
    let uitkomst = aanvraag.uitkomst(vandaag);
    controleer_met(aanvraag, uitkomst.as_ref(), vandaag)
}

/// As [`controleer`], for a caller that already computed the rules' outcome (the UI computes it
/// once per change and shares it).
pub fn controleer_met(aanvraag: &Aanvraag, uitkomst: Result<&Uitkomst, &RekenFout>, vandaag: Option<Date>) -> Vec<Controle> {
    let mut c = Verzameling(Vec::new());
    let versie = aanvraag.versie();

    if is_leeg(&aanvraag.gemeente) {
        c.fout("gemeente.leeg", Sectie::Rekenen, "Vul de naam van de gemeente in.".into(), Veld::Gemeente);
    }
    match uitkomst {
        Err(f @ RekenFout::OnbekendJaar(_)) => c.fout("jaar.onbekend", Sectie::Rekenen, f.to_string(), Veld::Tekortjaar),
        Err(f) => c.fout("regels.ongeldig", Sectie::Rekenen, f.to_string(), rekenfout_veld(f)),
        Ok(_) => {}
    }
    let uitkomst = uitkomst.ok();
    let deadline = uitkomst.map(|u| u.uiterste_datum);
    if let Some(u) = uitkomst {
        rekenen(&mut c, aanvraag, u);
    }

    if is_leeg(&aanvraag.a_analyse) {
        c.fout("a.leeg", Sectie::A, "Beschrijf de analyse van de oorzaken van het tekort (vraag A).".into(), Veld::Tekst(TekstVeld::A));
    } else if !noemt_omvang(&aanvraag.a_analyse) {
        c.waarschuwing(
            "a.omvang",
            Sectie::A,
            "De analyse noemt de omvang van het tekort niet. Noem het tekort in euro's of als percentage van het budget.".into(),
            Veld::Tekst(TekstVeld::A),
        );
    }

    match versie {
        Versie::Uitgebreid => {
            if aanvraag.interne().next().is_none() {
                c.fout(
                    "b1.geen",
                    Sectie::B1,
                    "Het uitgebreide verzoek vraagt minstens één interne maatregel (B1). Voeg een interne maatregel toe.".into(),
                    Veld::Maatregelen(Soort::Intern),
                );
            }
            if aanvraag.externe().next().is_none() {
                c.fout(
                    "b2.geen",
                    Sectie::B2,
                    "Het uitgebreide verzoek vraagt minstens één externe maatregel (B2), met externe bron, inzicht en getroffen maatregel. Voeg een externe maatregel toe.".into(),
                    Veld::Maatregelen(Soort::Extern),
                );
            }
        }
        Versie::Basis | Versie::Enkel => {
            if is_leeg(&aanvraag.b_toelichting) && aanvraag.maatregelen.is_empty() {
                c.fout(
                    "b.leeg",
                    Sectie::B,
                    "Beschrijf de getroffen maatregelen om het tekort te reduceren (vraag B).".into(),
                    Veld::Tekst(TekstVeld::B),
                );
            }
            if aanvraag.externe().next().is_some() && versie == Versie::Basis {
                c.waarschuwing(
                    "basis.extern",
                    Sectie::B,
                    "Het basisverzoek vraagt geen externe maatregelen. Ze mogen wel genoemd worden; controleer of niet het uitgebreide verzoek geldt.".into(),
                    // Page B of the basisverzoek has one list of measures, under the "intern" heading.
                    Veld::Maatregelen(Soort::Intern),
                );
            }
        }
    }
    for (m, nr) in aanvraag.maatregelen.iter().zip(1..) {
        maatregel(&mut c, aanvraag, m, nr, versie, deadline);
    }
    volgend_jaar(&mut c, aanvraag, versie);

    if is_leeg(&aanvraag.c_effect) {
        c.fout(
            "c.leeg",
            Sectie::C,
            "Beschrijf het beoogde effect van de genoemde maatregelen (vraag C).".into(),
            Veld::Tekst(TekstVeld::C),
        );
    } else if !noemt_effect(&aanvraag.c_effect) {
        c.waarschuwing(
            "c.effect",
            Sectie::C,
            "Vraag C vraagt het beoogde effect kwantitatief dan wel kwalitatief: noem bijvoorbeeld het verwachte aantal minder uitkeringen, een bedrag, of beschrijf welke verandering u verwacht.".into(),
            Veld::Tekst(TekstVeld::C),
        );
    }

    ondertekening(&mut c, aanvraag, deadline);

    if let (Some(d), Some(v)) = (deadline, vandaag) {
        let over = v.days_until(d);
        if over < 0 {
            c.probleem(
                "termijn.verstreken",
                Sectie::Rekenen,
                format!(
                    "De uiterste datum ({}) is verstreken. Een te laat verzoek neemt de Toetsingscommissie niet in behandeling.",
                    format_date(d)
                ),
                Veld::Tekortjaar,
            );
        } else if over <= WAARSCHUW_DAGEN {
            c.waarschuwing(
                "termijn.dichtbij",
                Sectie::Rekenen,
                format!(
                    "Nog {} tot de uiterste datum ({}). Plan de ondertekening door college en raad.",
                    if over == 1 { "1 dag".to_string() } else { format!("{over} dagen") },
                    format_date(d)
                ),
                Veld::Tekortjaar,
            );
        }
    }
    c.0
}

struct Verzameling(Vec<Controle>);

impl Verzameling {
    fn push(&mut self, id: &str, sectie: Sectie, ernst: Ernst, tekst: String, veld: Veld, aard: Aard) {
        self.0.push(Controle { id: id.into(), sectie, ernst, tekst, veld, aard });
    }
    fn fout(&mut self, id: &str, sectie: Sectie, tekst: String, veld: Veld) {
        self.push(id, sectie, Ernst::Fout, tekst, veld, Aard::Invullen);
    }
    fn probleem(&mut self, id: &str, sectie: Sectie, tekst: String, veld: Veld) {
        self.push(id, sectie, Ernst::Fout, tekst, veld, Aard::Probleem);
    }
    fn waarschuwing(&mut self, id: &str, sectie: Sectie, tekst: String, veld: Veld) {
        self.push(id, sectie, Ernst::Waarschuwing, tekst, veld, Aard::Invullen);
    }
}

/// The field an unusable rule override names.
fn rekenfout_veld(f: &RekenFout) -> Veld {
    match f {
        RekenFout::OnbekendJaar(_) => Veld::Tekortjaar,
        RekenFout::OngeldigeAanpassing { veld, .. } => Veld::Aanpassing(*veld),
    }
}

fn rekenen(c: &mut Verzameling, aanvraag: &Aanvraag, u: &Uitkomst) {
    let t = u.tekortjaar;
    for m in &u.meldingen {
        let soort = if m.ernst == Ernst::Fout { "fout" } else { "waarschuwing" };
        let aard = if m.ernst == Ernst::Fout { Aard::Cijfer } else { Aard::Invullen };
        let veld = Veld::Cijfer { jaar: m.jaar, soort: m.cijfer };
        c.push(&format!("cijfers.{soort}.{}.{}", m.jaar, m.cijfer.sleutel()), Sectie::Rekenen, m.ernst, m.tekst.clone(), veld, aard);
    }
    for j in &u.jaren {
        let leeg: Vec<CijferSoort> = [
            (CijferSoort::Lasten, j.netto_lasten.is_none() && veld_leeg(aanvraag, j.jaar, |c| c.lasten.is_none())),
            (CijferSoort::Baten, j.netto_lasten.is_none() && veld_leeg(aanvraag, j.jaar, |c| c.baten.is_none())),
            (CijferSoort::FoutOnzeker, j.relevante_bestedingen.is_none() && veld_leeg(aanvraag, j.jaar, |c| c.fout_onzeker.is_none())),
            (CijferSoort::Budget, j.budget.is_none() && veld_leeg(aanvraag, j.jaar, |c| c.budget.is_none())),
        ]
        .into_iter()
        .filter(|(_, leeg)| *leeg)
        .map(|(v, _)| v)
        .collect();
        if let Some(eerste) = leeg.first() {
            let namen: Vec<&str> = leeg
                .iter()
                .map(|v| match v {
                    CijferSoort::Lasten => "lasten",
                    CijferSoort::Baten => "baten",
                    CijferSoort::FoutOnzeker => "fout/onzekere bestedingen (0 als de accountant niets meldde)",
                    CijferSoort::Budget => "budget",
                })
                .collect();
            c.fout(
                &format!("cijfers.ontbreken.{}", j.jaar),
                Sectie::Rekenen,
                format!(
                    "Vul de cijfers over {} in: {}.{}",
                    j.jaar,
                    namen.join(", "),
                    if j.jaar == t { "" } else { " Die zijn nodig voor de toets over meerdere jaren." }
                ),
                Veld::Cijfer { jaar: j.jaar, soort: *eerste },
            );
        }
    }
    if u.regels.per_inwoner.is_some() && !matches!(aanvraag.financien.inwoners, Some(n) if n > 0) {
        c.fout(
            "inwoners.ontbreken",
            Sectie::Rekenen,
            format!(
                "Vul het aantal inwoners in: in {t} geeft ook een tekort van meer dan {} per inwoner toegang.",
                format_money(u.regels.per_inwoner.as_ref().map(|p| p.waarde).unwrap_or_default())
            ),
            Veld::Inwoners,
        );
    }
    if u.toegang == Toegang::Nee {
        let gezakt: Vec<String> = u
            .sporen
            .iter()
            .flat_map(|s| s.toetsen.iter())
            .filter(|t| t.status == Status::NietVoldaan)
            .map(|t| match t.marge {
                Some(m) if m < rust_decimal::Decimal::ZERO => format!("{} ({} te weinig)", t.naam, format_money(-m)),
                Some(_) => format!("{} (precies op de grens; het moet méér zijn)", t.naam),
                None => t.naam.clone(),
            })
            .collect();
        c.probleem(
            "recht.geen",
            Sectie::Rekenen,
            format!(
                "Volgens de regels heeft de gemeente geen recht op een vangnetuitkering over {t}. Niet voldaan: {}.",
                gezakt.join("; ")
            ),
            Veld::Cijfer { jaar: t, soort: CijferSoort::Lasten },
        );
    }
    let aangepast = aanvraag.regelaanpassing.as_ref().is_some_and(|a| a.is_actief());
    if aangepast {
        c.waarschuwing(
            "regels.aangepast",
            Sectie::Rekenen,
            "Er wordt gerekend met door u aangepaste regels. Vermeld waarom, en controleer ze tegen de officiële publicatie.".into(),
            // The reason is what the warning asks for.
            Veld::Aanpassing(crate::rules::AanpassingVeld::Reden),
        );
    }
    let onzeker: Vec<&String> = u.voorlopig.iter().filter(|v| v.soort == crate::rules::VoorlopigSoort::Onzeker).map(|v| &v.tekst).collect();
    if !onzeker.is_empty() {
        c.waarschuwing(
            "regels.voorlopig",
            Sectie::Rekenen,
            format!(
                "De uitkomst is voorlopig: niet alle regels voor {t} zijn in een officiële bron bevestigd. {}",
                onzeker.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(" ")
            ),
            Veld::Tekortjaar,
        );
    }
    if u.formulier.versie.is_none() {
        c.fout("versie.onbekend", Sectie::Rekenen, u.formulier.reden.clone(), Veld::Verleend(Terug::VorigJaar));
    }
}

fn veld_leeg(aanvraag: &Aanvraag, jaar: i32, leeg: impl Fn(&crate::rules::JaarCijfers) -> bool) -> bool {
    match aanvraag.financien.jaren.iter().find(|c| c.jaar == jaar) {
        Some(c) => leeg(c),
        // Predecessors' figures are summed for a year the gemeente left empty; the engine already
        // reports what is missing there.
        None => true,
    }
}

fn maatregel(c: &mut Verzameling, a: &Aanvraag, m: &Maatregel, nr: usize, versie: Versie, deadline: Option<Date>) {
    let naam = if is_leeg(&m.naam) { format!("maatregel {nr}") } else { format!("‘{}’", m.naam.trim()) };
    let sectie = match (versie, m.soort) {
        (Versie::Uitgebreid, Soort::Intern) => Sectie::B1,
        (Versie::Uitgebreid, Soort::Extern) => Sectie::B2,
        _ => Sectie::B,
    };
    let veld = |f: MaatregelVeld| Veld::Maatregel { id: m.id.clone(), veld: f };
    if is_leeg(&m.naam) {
        c.fout(&format!("maatregel.{}.naam", m.id), sectie, format!("Geef {naam} een naam."), veld(MaatregelVeld::Naam));
    }
    if m.soort == Soort::Extern && versie == Versie::Uitgebreid {
        let vragen = [
            (
                "bron",
                &m.externe_bron,
                MaatregelVeld::ExterneBron,
                "a) wat de externe bron(nen) zijn geweest (partij of schriftelijke informatie)",
            ),
            ("inzicht", &m.inzicht, MaatregelVeld::Inzicht, "b) welk inzicht de gemeente door die externe partij of bron heeft gekregen"),
            (
                "maatregel",
                &m.getroffen_maatregel,
                MaatregelVeld::GetroffenMaatregel,
                "c) welke externe maatregel naar aanleiding daarvan is getroffen",
            ),
        ];
        for (id, tekst, f, vraag) in vragen {
            if is_leeg(tekst) {
                c.fout(&format!("b2.{}.{id}", m.id), Sectie::B2, format!("Externe maatregel {naam}: beschrijf {vraag}."), veld(f));
            }
        }
    }
    if let Some(d) = m.datum_getroffen {
        let begin = Date::new(a.tekortjaar(), 1, 1);
        if begin.is_some_and(|b| d < b) {
            c.fout(
                &format!("maatregel.{}.datum_te_vroeg", m.id),
                sectie,
                format!(
                    "Maatregel {naam} is getroffen op {}, vóór 1 januari {}. Alleen maatregelen getroffen vanaf het begin van het tekortjaar tellen mee; noem de datum waarop de maatregel (opnieuw) is getroffen of geïntensiveerd.",
                    format_date(d),
                    a.tekortjaar()
                ),
                veld(MaatregelVeld::DatumGetroffen),
            );
        }
        let grens = a.d_college.datum.or(deadline);
        if let Some(g) = grens.filter(|g| d > *g) {
            c.fout(
                &format!("maatregel.{}.datum_te_laat", m.id),
                sectie,
                format!(
                    "Maatregel {naam} is getroffen op {}, na {} ({}). Het college verklaart maatregelen te hebben getroffen: aangekondigde maatregelen tellen niet.",
                    format_date(d),
                    if a.d_college.datum.is_some() { "de ondertekening door het college" } else { "de uiterste datum" },
                    format_date(g)
                ),
                veld(MaatregelVeld::DatumGetroffen),
            );
        }
    }
}

/// The checks of a next-year draft (issue 15): texts still to revise, and an uitgebreid verzoek
/// that only continues earlier measures.
fn volgend_jaar(c: &mut Verzameling, a: &Aanvraag, versie: Versie) {
    let t = a.tekortjaar();
    if versie == Versie::Uitgebreid && !a.maatregelen.is_empty() && a.maatregelen.iter().all(|m| m.voortgezet_sinds.is_some_and(|j| j < t))
    {
        c.waarschuwing(
            "b.alleen_voortgezet",
            Sectie::B,
            "Het formulier vraagt om maatregelen gericht op verdere vermindering van het tekort; alle maatregelen zijn voortgezet. Voeg een nieuwe maatregel toe of beschrijf hoe een maatregel is geïntensiveerd.".into(),
            Veld::Maatregelen(Soort::Intern),
        );
    }
    for v in TekstVeld::ALLE.into_iter().filter(|v| crate::volgend_jaar::te_herzien(a, *v)) {
        let (id, sectie) = match (v, versie) {
            (TekstVeld::A, _) => ("a.te_herzien", Sectie::A),
            (TekstVeld::B1, Versie::Uitgebreid) => ("b1.te_herzien", Sectie::B1),
            (TekstVeld::B2, Versie::Uitgebreid) => ("b2.te_herzien", Sectie::B2),
            // B1/B2 have no field in the other versions' page B: nothing to point at.
            (TekstVeld::B1 | TekstVeld::B2, _) => continue,
            (TekstVeld::B, _) => ("b.te_herzien", Sectie::B),
            (TekstVeld::C, _) => ("c.te_herzien", Sectie::C),
        };
        let vorig = a.vorig_concept.as_ref().map_or(t.saturating_sub(1), |v| v.tekortjaar);
        c.waarschuwing(
            id,
            sectie,
            format!("Deze tekst komt uit de aanvraag over {vorig} en is nog niet herzien. Werk hem bij voor {t}; de markering verdwijnt bij de eerste wijziging."),
            Veld::Tekst(v),
        );
    }
}

fn ondertekening(c: &mut Verzameling, a: &Aanvraag, deadline: Option<Date>) {
    let d = &a.d_college;
    match d.datum {
        None => {
            c.fout("d.datum", Sectie::D, "Vul de datum van ondertekening door het college in.".into(), Veld::College(CollegeVeld::Datum))
        }
        Some(dt) => {
            if let Some(g) = deadline.filter(|g| dt > *g) {
                c.probleem(
                    "d.te_laat",
                    Sectie::D,
                    format!(
                        "Het college tekent op {}, na de uiterste datum {}. Dan is het verzoek te laat.",
                        format_date(dt),
                        format_date(g)
                    ),
                    Veld::College(CollegeVeld::Datum),
                );
            }
            if dt.year() <= a.tekortjaar() {
                c.waarschuwing(
                    "d.te_vroeg",
                    Sectie::D,
                    format!(
                        "Het college tekent op {}, vóór het einde van tekortjaar {}. Het verzoek gaat over het hele jaar; klopt de datum?",
                        format_date(dt),
                        a.tekortjaar()
                    ),
                    Veld::College(CollegeVeld::Datum),
                );
            }
        }
    }
    if is_leeg(&d.secretaris) {
        c.fout(
            "d.secretaris",
            Sectie::D,
            "Vul de naam van de secretaris in (ondertekening college).".into(),
            Veld::College(CollegeVeld::Secretaris),
        );
    }
    if is_leeg(&d.burgemeester) {
        c.fout(
            "d.burgemeester",
            Sectie::D,
            "Vul de naam van de burgemeester in (ondertekening college).".into(),
            Veld::College(CollegeVeld::Burgemeester),
        );
    }
    let r = &a.raad;
    match r.datum {
        None => {
            c.fout("raad.datum", Sectie::Raad, "Vul de datum van instemming door de gemeenteraad in.".into(), Veld::Raad(RaadVeld::Datum))
        }
        Some(dt) => {
            if let Some(g) = deadline.filter(|g| dt > *g) {
                c.probleem(
                    "raad.te_laat",
                    Sectie::Raad,
                    format!(
                        "De gemeenteraad stemt in op {}, na de uiterste datum {}. De raad moet uiterlijk bij indiening hebben ingestemd.",
                        format_date(dt),
                        format_date(g)
                    ),
                    Veld::Raad(RaadVeld::Datum),
                );
            }
            if let Some(cd) = d.datum.filter(|cd| dt < *cd) {
                c.fout(
                    "raad.voor_college",
                    Sectie::Raad,
                    format!(
                        "De raad stemt in op {}, vóór het college tekent ({}). De raad stemt in met de verklaring van het college; die moet er dan al zijn.",
                        format_date(dt),
                        format_date(cd)
                    ),
                    Veld::Raad(RaadVeld::Datum),
                );
            }
        }
    }
    if is_leeg(&r.voorzitter) {
        c.fout(
            "raad.voorzitter",
            Sectie::Raad,
            "Vul de naam van de voorzitter van de gemeenteraad in.".into(),
            Veld::Raad(RaadVeld::Voorzitter),
        );
    }
    if is_leeg(&r.griffier) {
        c.fout("raad.griffier", Sectie::Raad, "Vul de naam van de griffier in.".into(), Veld::Raad(RaadVeld::Griffier));
    }
}

/// Does the analysis state the size of the tekort? An amount, a percentage or "miljoen".
///
/// The checks run on every keystroke in any field, and A can be long: the keywords are ASCII, so
/// an ASCII lower-casing is enough and much cheaper than a Unicode one (measured: the Unicode
/// `to_lowercase` of a big draft's A was the largest item of a keystroke in Rekenen).
fn noemt_omvang(tekst: &str) -> bool {
    let heeft_cijfer = tekst.bytes().any(|b| b.is_ascii_digit());
    if !heeft_cijfer {
        return false;
    }
    let t = tekst.to_ascii_lowercase();
    t.contains('%') || t.contains('€') || t.contains("procent") || t.contains("miljoen") || t.contains("euro")
}

/// Does C state an effect, quantitatively (a number) or qualitatively (a word for a change)?
fn noemt_effect(tekst: &str) -> bool {
    if tekst.bytes().any(|b| b.is_ascii_digit()) {
        return true;
    }
    let t = tekst.to_ascii_lowercase();
    [
        "minder",
        "daling",
        "dalen",
        "daalt",
        "afname",
        "afnemen",
        "reductie",
        "reduceren",
        "uitstroom",
        "besparing",
        "verlaging",
        "lager",
        "toename",
        "meer ",
        "effect",
    ]
    .iter()
    .any(|w| t.contains(w))
}

/// The [`CATALOGUS`] entry a check id belongs to (`*` matches one or more segments).
pub fn catalogus_regel(id: &str) -> Option<&'static (&'static str, Sectie, Ernst, &'static str)> {
    CATALOGUS.iter().find(|(patroon, ..)| patroon_past(patroon, id))
}

/// True when a check id is documented in [`CATALOGUS`].
pub fn in_catalogus(id: &str) -> bool {
    catalogus_regel(id).is_some()
}

fn patroon_past(patroon: &str, id: &str) -> bool {
    match patroon.split_once('*') {
        None => patroon == id,
        Some((voor, na)) => id.len() > voor.len().saturating_add(na.len()) && id.starts_with(voor) && id.ends_with(na),
    }
}

/// True when no check of severity fout remains for `sectie`.
pub fn sectie_zonder_fouten(controles: &[Controle], sectie: Sectie) -> bool {
    !controles.iter().any(|c| c.sectie == sectie && c.ernst == Ernst::Fout)
}
