//! The official texts of the model form "Aanvraag Vangnetuitkering Participatiewet": the fixed
//! texts printed on the form (so the print view can reproduce them) and the official guidance
//! ("toelichting") per question (so the app can show it next to each question).
//!
//! Source: the model form for the vangnetuitkering over 2019, uitgebreid verzoek, version of
//! 30 January 2020 (see [`BRON_MODELFORMULIER`]). The texts are verbatim; only artefacts of the
//! PDF extraction were repaired (hyphenation, lines joined into paragraphs, page footers,
//! footnote markers and footnotes, link debris removed, bullet glyphs turned into `"- "`).
//! Texts that are *not* in that source verbatim (the basisverzoek and the 2015–2016 form) are
//! adapted by us and carry [`Tekst::afgeleid`] `== true`.
//!
//! # Text format
//!
//! * Paragraphs are separated by a blank line (`"\n\n"`).
//! * A list is one block whose lines each start with `"- "` (items separated by `"\n"`).
//!   Sub-items of the original are flattened into the same list.
//! * Headings inside a text (e.g. "Suggesties bij de beantwoording van A") are paragraphs of
//!   their own.
//! * Only [`Tekst::formuliertekst`] (and [`FORMULIERTITEL`]) contain placeholders:
//!   `{gemeente}` (name of the municipality), `{jaar}` (the tekortjaar) and `{deadline}` (the
//!   date by which the Toetsingscommissie must have received the request, e.g.
//!   "15 augustus 2020"). Fill them with [`invullen`]. Titles and guidance contain no
//!   placeholders; the guidance keeps the dates of the 2019 guidance it was taken from.
//!
//! # Example
//!
//! ```
//! use vangnet::guidance::{tekst, invullen, Deel, Versie};
//! let d = tekst(Versie::Uitgebreid, Deel::D).unwrap();
//! assert_eq!(d.titel, "D. Ondertekening");
//! let gevuld = invullen(d.formuliertekst, "Voorbeeldstad", 2019, "15 augustus 2020");
//! assert!(gevuld.contains("van de gemeente Voorbeeldstad verklaart"));
//! // B1/B2 exist only in the uitgebreid verzoek.
//! assert!(tekst(Versie::Basis, Deel::B1).is_none());
//! ```

/// The form version; the same type the rules use to decide which form applies.
pub use crate::rules::Versie;

/// One question/part of the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Deel {
    /// The introduction at the top of the form (what a vangnetuitkering is, the procedure, what
    /// is expected of the gemeenteraad) and the overview of part 1.
    Inleiding,
    /// A. Analysis of the causes of the tekort.
    A,
    /// B. Measures taken (basisverzoek and the 2015–2016 form only; the uitgebreid verzoek
    /// splits B into [`Deel::B1`] and [`Deel::B2`], see [`ONDERDEEL_B_UITGEBREID`]).
    B,
    /// B1. Internal measures taken (uitgebreid verzoek only).
    B1,
    /// B2. External measures taken (uitgebreid verzoek only).
    B2,
    /// C. Intended effect of the measures on the reduction of the tekort.
    C,
    /// D. Signature by the college (the college's declaration).
    D,
    /// Part 2: the gemeenteraad's consent (signed by voorzitter and griffier).
    Raad,
}

impl Deel {
    /// All parts in the order of the form.
    ///
    /// # Example
    ///
    /// ```
    /// use vangnet::guidance::Deel;
    /// assert_eq!(Deel::ALLE.first(), Some(&Deel::Inleiding));
    /// assert_eq!(Deel::ALLE.last(), Some(&Deel::Raad));
    /// ```
    pub const ALLE: [Deel; 8] = [Deel::Inleiding, Deel::A, Deel::B, Deel::B1, Deel::B2, Deel::C, Deel::D, Deel::Raad];
}

/// The official texts belonging to one part of one form version.
#[derive(Debug, PartialEq, Eq)]
pub struct Tekst {
    /// The heading as on the form, e.g. "A. Analyse van de oorzaken van het tekort".
    /// Never contains placeholders.
    pub titel: &'static str,
    /// The fixed text printed on the form under the heading (for [`Deel::D`] and
    /// [`Deel::Raad`]: including the declaration that is signed). May contain the placeholders
    /// `{gemeente}`, `{jaar}` and `{deadline}` (see [`invullen`]). Empty when the form prints
    /// no fixed text under the heading. The signature block itself is not part of it, see
    /// [`ONDERTEKENAARS_COLLEGE`] and [`ONDERTEKENAARS_RAAD`].
    pub formuliertekst: &'static str,
    /// The official guidance for this question (mostly from "Toelichting per vraag"); empty
    /// when there is none.
    pub toelichting: &'static str,
    /// Where the texts come from.
    pub bron: &'static str,
    /// `true` when the texts are not in the source verbatim but adapted by us.
    pub afgeleid: bool,
}

/// Where the verbatim texts of this module come from.
pub const BRON_MODELFORMULIER: &str = "Modelaanvraagformulier vangnetuitkering 2019 (uitgebreid verzoek), vastgesteld door de minister van SZW; versie 30 januari 2020; https://www.toetsingscommissievp.nl/vangnetuitkering-2019";

/// The app's short help next to the answer fields (A, B, B1, B2, the measures' texts, C): the
/// plain-text conventions of [`crate::opmaak`], one line each, in Dutch.
pub const OPMAAK_HULP: [&str; 7] = [
    "Witregel: nieuwe alinea. Enter: nieuwe regel.",
    "Opsomming: begin een regel met \u{201c}- \u{201d} of \u{201c}• \u{201d}; inspringen (twee spaties) of \u{201c}◦ \u{201d} voor een tweede niveau.",
    "Genummerde lijst: begin een regel met \u{201c}1. \u{201d}, \u{201c}1) \u{201d} of \u{201c}a) \u{201d}. Lijsten uit Word plakken kan ook.",
    "Tussenkopje: begin een regel met \u{201c}## \u{201d}.",
    "Tabel: plak cellen uit Excel of een Word-tabel (de kolommen zijn door tabs gescheiden). De eerste regel is de kopregel.",
    "Grafiek: een regel met alleen [grafiek] plaatst de grafiek van het tekort (van Inzicht); [grafiek als tabel] alleen de cijfers.",
    "Maatregelen: een regel met alleen [tabel maatregelen] plaatst de tabel met wat de voortgezette maatregelen bereikten (beoogd en gerealiseerd, onderdeel B).",
];

/// The title at the top of the form; `{jaar}` is the tekortjaar.
pub const FORMULIERTITEL: &str = "Aanvraag Vangnetuitkering Participatiewet over {jaar}";

/// Label before the signing date in the signature blocks.
pub const LABEL_DATUM: &str = "Datum:";

/// Label under each signature in the signature blocks.
pub const LABEL_NAAM_ONDERTEKENAAR: &str = "Naam van de ondertekenaar:";

/// Who signs part D for the college, in the order of the form ("De ondertekening geschiedt
/// door burgemeester en secretaris.").
pub const ONDERTEKENAARS_COLLEGE: [&str; 2] = ["De secretaris,", "De burgemeester,"];

/// Who signs part 2 for the gemeenteraad, in the order of the form ("De ondertekening
/// geschiedt door voorzitter en griffier.").
pub const ONDERTEKENAARS_RAAD: [&str; 2] = ["De voorzitter,", "De griffier,"];

/// Fills the placeholders `{gemeente}`, `{jaar}` and `{deadline}` of a
/// [`Tekst::formuliertekst`] (or of [`FORMULIERTITEL`]).
///
/// # Example
///
/// ```
/// use vangnet::guidance::{invullen, FORMULIERTITEL};
/// assert_eq!(
///     invullen(FORMULIERTITEL, "Voorbeeldstad", 2019, "15 augustus 2020"),
///     "Aanvraag Vangnetuitkering Participatiewet over 2019"
/// );
/// ```
pub fn invullen(tekst: &str, gemeente: &str, jaar: i32, deadline: &str) -> String {
    tekst.replace("{gemeente}", gemeente).replace("{jaar}", &jaar.to_string()).replace("{deadline}", deadline)
}

/// The official texts of `deel` in form version `versie`, or `None` when that part does not
/// exist in that version: [`Deel::B1`] and [`Deel::B2`] exist only in
/// [`Versie::Uitgebreid`], [`Deel::B`] only in [`Versie::Basis`] and [`Versie::Enkel`] (the
/// heading B of the uitgebreid verzoek, above B1 and B2, is [`ONDERDEEL_B_UITGEBREID`]).
///
/// # Example
///
/// ```
/// use vangnet::guidance::{tekst, Deel, Versie};
/// let a = tekst(Versie::Uitgebreid, Deel::A).unwrap();
/// assert_eq!(a.titel, "A. Analyse van de oorzaken van het tekort");
/// assert!(!a.afgeleid);
/// assert!(tekst(Versie::Uitgebreid, Deel::B).is_none());
/// assert!(tekst(Versie::Basis, Deel::B).unwrap().afgeleid);
/// ```
pub fn tekst(versie: Versie, deel: Deel) -> Option<&'static Tekst> {
    use Deel::*;
    match versie {
        Versie::Uitgebreid => match deel {
            Inleiding => Some(&U_INLEIDING),
            A => Some(&U_A),
            B => None,
            B1 => Some(&U_B1),
            B2 => Some(&U_B2),
            C => Some(&U_C),
            D => Some(&U_D),
            Raad => Some(&U_RAAD),
        },
        Versie::Basis => match deel {
            Inleiding => Some(&BASIS_INLEIDING),
            A => Some(&BASIS_A),
            B => Some(&BASIS_B),
            B1 | B2 => None,
            C => Some(&BASIS_C),
            D => Some(&BASIS_D),
            Raad => Some(&BASIS_RAAD),
        },
        Versie::Enkel => match deel {
            Inleiding => Some(&ENKEL_INLEIDING),
            A => Some(&ENKEL_A),
            B => Some(&ENKEL_B),
            B1 | B2 => None,
            C => Some(&ENKEL_C),
            D => Some(&ENKEL_D),
            Raad => Some(&ENKEL_RAAD),
        },
    }
}

// ---------------------------------------------------------------------------------------------
// Shared fragments (macros so that `concat!` can combine them into one literal).
// ---------------------------------------------------------------------------------------------

/// Introduction, the part shared by basis and uitgebreid (after the "Versie:" line).
macro_rules! inleiding_begin {
    () => {
        "Wat is een vangnetuitkering?\n\n\
Gemeenten ontvangen op grond van de Participatiewet budget voor bijstandsuitkeringen en \
loonkostensubsidies. Dit budget wordt ook wel het BUIG-budget genoemd. Gemeenten die een tekort \
hebben kunnen in aanmerking komen voor een vangnetuitkering. De voorwaarden zijn op hoofdlijnen:\n\n\
- het tekort is groter dan een bepaalde toegangsdrempel\n\
- het college verklaart maatregelen te hebben getroffen om te komen tot tekortreductie\n\
- het college geeft een toelichting op deze verklaring\n\
- de gemeenteraad stemt in met de verklaring van het college\n\n\
De vangnetuitkering is gebaseerd op een solidariteitsprincipe tussen gemeenten: de vangnetuitkeringen \
worden bekostigd uit het macrobudget van twee jaar na het tekortjaar. Deze aanvraag beoogt, naast de \
gemeenteraad, ook andere gemeenten inzicht te geven dat het college inspanning heeft geleverd om het \
tekort te reduceren.\n\n\
Hoe verloopt de aanvraagprocedure?\n\n\
Het college kan een vangnetuitkering uitsluitend aanvragen via dit aanvraagformulier, dat is vastgesteld \
door de minister. Elke aanvraag geldt alleen voor het betreffende tekortjaar. Bij een volgend tekort \
(boven de risicodrempel) moet dus opnieuw een aanvraag worden ingediend.\n\n\
Met een ingevuld aanvraagformulier geeft het college de gemeenteraad inzicht in de getroffen \
maatregelen om het tekort te reduceren. Een belangrijke veronderstelling bij het vangnet is dat \
gemeenteraad en college regelmatig in gesprek zijn over ontwikkelingen in het bijstandsvolume (bijv. \
middels kwartaalrapportages). Op dit niveau wordt inhoudelijk gesproken over maatregelen (beleid en \
uitvoering) om eventuele tekorten te reduceren.\n\n\
Het college dient het ingevulde aanvraagformulier in bij de onafhankelijke Toetsingscommissie vangnet \
Participatiewet. De commissie moet de aanvraag uiterlijk op {deadline} hebben ontvangen. De \
Toetsingscommissie beoordeelt de aanvraag procedureel. Dit betekent dat wordt beoordeeld of het \
college en de gemeenteraad een aantal processtappen hebben doorlopen: het tekort is groter dan de \
drempelwaarde; het college heeft in de verklaring toegelicht dat maatregelen zijn getroffen om het \
tekort te reduceren en de gemeenteraad heeft ingestemd met de verklaring. De commissie geeft dus \
geen inhoudelijk oordeel over de aanvraag. Vervolgens adviseert deze commissie de Minister. Deze \
adviezen worden in beginsel overgenomen.\n\n\
Aan het eind van het aanvraagformulier is een uitgebreide toelichting per vraag opgenomen voor de \
ambtelijke ondersteuning van het college.\n\n\
Voor een verdere toelichting op dit formulier wordt verwezen naar de informatie op de website: \
https://www.toetsingscommissievp.nl/vangnetuitkering-{jaar}.\n\n\
Wat wordt verwacht van gemeenteraadsleden?\n\n\
Hieronder verklaart het college maatregelen te hebben getroffen om het tekort te reduceren. De \
gemeenteraad wordt gevraagd om in te stemmen met de verklaring van het college. Met deze \
instemming bevestigt de gemeenteraad dat het college inzicht heeft gegeven in de maatregelen die zijn \
getroffen om het tekort te reduceren. De instemming heeft geen betrekking op het inhoudelijk oordeel \
dat de gemeenteraad eventueel over de maatregelen van het college heeft uitgesproken. De \
gemeenteraad hoeft het dus niet eens te zijn met de maatregelen.\n\n\
Welke punten vragen de aandacht van de gemeenteraad? Uit welke onderdelen moet dat inzicht \
bestaan?\n\n\
- Het college geeft de gemeenteraad via een globale analyse inzicht in de oorzaken van het tekort \
op de gebundelde uitkering (ook wel BUIG genoemd).\n"
    };
}

/// Introduction, the sentence after the list of points for the gemeenteraad.
macro_rules! inleiding_vng {
    () => {
        "Op de website van de VNG is de brief aan de Raadsleden over de VU {jaar} gepubliceerd.\n\n"
    };
}

/// Guidance "Toelichting per vraag", the sentences after the opening sentence.
macro_rules! per_vraag_slot {
    () => {
        " Alle vragen moeten worden beantwoord. Hieronder staat een toelichting bij vraag \
A, B en C. Hieronder staan suggesties bij vraag A, B en C. Bij D volgt ondertekening door het college van \
de gemeente. Alle onderdelen moeten worden ingevuld."
    };
}

/// Part D: the instruction above the declaration.
macro_rules! d_instructie {
    () => {
        "Een verzoek tot vangnetuitkering dient door het college van burgemeester en wethouders te worden \
ingediend, ook indien de uitvoering van de Participatiewet aan een samenwerkingsverband is \
overgedragen (meer informatie hierover in de toelichting onderaan het formulier). De ondertekening \
geschiedt door burgemeester en secretaris.\n\n"
    };
}

/// Part 2: the first sentence (legal basis).
macro_rules! raad_begin {
    () => {
        "In artikel art. 10, eerste lid, onderdeel d, BPw staat dat de verklaring van het college de instemming van \
de gemeenteraad moet hebben. Met de instemming van de gemeenteraad stelt de gemeenteraad vast \
dat het college inzicht heeft gegeven in de oorzaken van het tekort, "
    };
}

/// Part 2: everything after the sentence on what the raad establishes.
macro_rules! raad_rest {
    () => {
        "\n\nDe instemming heeft geen betrekking op het inhoudelijk oordeel dat de gemeenteraad eventueel over \
de maatregelen van het college heeft uitgesproken. Het is geen vereiste dat de gemeenteraad het eens is \
met de getroffen maatregelen.\n\n\
De ondertekening geschiedt door voorzitter en griffier. De gemeenteraad dient uiterlijk voor het \
moment van indiening van het verzoek haar instemming te hebben gegeven, uiterlijk {deadline}.\n\n\
De gemeenteraad van de gemeente {gemeente} stemt in met de onder 1. afgegeven verklaring door het \
college van deze gemeente.\n\n\
Ondertekening in dit formulier is een vereiste. Het is niet toegestaan om ter vervanging van \
onderstaande handtekeningen het gemeenteraadbesluit in te voegen of mee te sturen."
    };
}

/// Guidance for D (uitgebreid and basis): the per-question sentence and the background
/// paragraph the form text of D refers to ("toelichting onderaan het formulier").
macro_rules! toelichting_d {
    () => {
        "Bij D volgt ondertekening door het college van de gemeente.\n\n\
De toekenning van een vangnetuitkering gebeurt uitsluitend op verzoek van het college van \
burgemeester en wethouders van de tekortgemeente en nadat is vastgesteld dat aan alle geldende eisen \
wordt voldaan. Blijkens artikel 8c, eerste lid, van de Participatiewet, kan het indienen van een verzoek \
tot vangnetuitkering niet worden overgedragen aan het bestuur van een openbaar lichaam op grond van \
de Wet gemeenschappelijke regelingen."
    };
}

/// Guidance for part 2 (from the general part of the guidance).
macro_rules! toelichting_raad {
    () => {
        "Daarna dient in onderdeel 2 de gemeenteraad te tekenen voor haar instemming met de verklaring van \
het college. Dit mag niet worden vervangen door het in- of toevoegen van een gemeenteraadbesluit."
    };
}

/// Guidance A (identical in basis and uitgebreid).
macro_rules! toelichting_a {
    () => {
        "In dit onderdeel van de verklaring van het college wordt een analyse van de oorzaken van het tekort \
beschreven. Onder een analyse van de oorzaken van het tekort wordt verstaan: ‘de ontwikkeling van de \
uitgaven en de oorzaken daarvan.’\n\n\
Suggesties bij de beantwoording van A\n\n\
- Kunt u de omvang van het tekort betrekken bij uw analyse?\n\
- Kunt u aangeven op welke moment het college heeft gesignaleerd dat opnieuw een tekort zou \
ontstaan?\n\
- Wilt u in uw analyse van de oorzaken de nadruk leggen op factoren die door het college kunnen \
worden beïnvloed? De analyse betreft dus vooral de ontwikkelingen in de uitgaven van de \
gemeente.\n\
- U kunt hierbij ook gebruik maken van de rekentool verdeelmodel bijstandsbudgetten 2018 \
en/of de Benchmark van Divosa.\n\
- U kunt in de analyse ook beschrijven wat het effect is van getroffen maatregelen in voorgaande \
jaren."
    };
}

/// Suggestions for B, first two items (shared by all B texts).
macro_rules! suggesties_b_begin {
    () => {
        "Suggesties bij de beantwoording van B\n\n\
- U kunt waar mogelijk en voor zover relevant de relatie tussen oorzaken en maatregelen \
aangeven.\n\
- U kunt bij de getroffen maatregelen aangeven welke overwegingen hebben geleid tot het treffen \
van deze maatregelen en welke bronnen bij die afwegingen zijn gebruikt.\n\
- U kunt bij het antwoord aangeven of gebruik gemaakt is van de volgende tool(s):\n\
- de rekentool SEO\n\
- de benchmark Divosa\n\
- de tool “informatie over eerdere aanvragen”, te vinden via de gelijknamige pagina \
“Informatie over eerdere aanvragen”. Met deze tool kunnen aan de hand van \
kenmerken van gemeenten (grootteklasse, omvang tekort en arbeidsmarktregio) \
vergelijkbare gemeenten worden gevonden, waarbij direct zichtbaar wordt welke \
maatregelen deze gemeenten hebben getroffen."
    };
}

/// Suggestions for B, the items after the tools (up to the sentence on the arbeidsmarktregio).
macro_rules! suggesties_b_midden {
    () => {
        "\n\
- U kunt in uw antwoord verwijzen naar eerder genomen maatregelen. Indien mogelijk kunt u de \
effecten van eerder genomen maatregelen betrekken bij de maatregelen die u nu treft.\n\
- U kunt in uw antwoord bij voorkeur onderscheid maken tussen eerder getroffen maatregelen \
(voorafgaande jaren) en nieuwe (nog te treffen, lopende het jaar tot indiening).\n\
- U kunt hierbij ook de maatregelen aangeven die in het kader van de aanpak van uw \
arbeidsmarktregio worden gedaan en waaraan uw gemeente een extra bijdrage levert."
    };
}

/// Suggestions for B, the last item.
macro_rules! suggesties_b_eind {
    () => {
        "\n\
- U kunt bij het noemen van de maatregelen ook de samenhang met andere maatregelen of \
effecten in het sociale domein benoemen."
    };
}

/// The complete suggestions for B of the uitgebreid verzoek.
macro_rules! suggesties_b_uitgebreid {
    () => {
        concat!(
            suggesties_b_begin!(),
            " Dit kan nuttig zijn bij het oriënteren op de externe maatregelen.",
            suggesties_b_midden!(),
            " In het geval van externe maatregelen dient ook sprake te zijn van externe consultatie.",
            suggesties_b_eind!()
        )
    };
}

/// Guidance B, the question B1 and the definition of an internal measure.
macro_rules! vraag_b1 {
    () => {
        "B1. Beschrijf de getroffen interne maatregelen onder B1.\n\n\
Onder interne maatregelen worden alle getroffen maatregelen verstaan die niet tot stand zijn \
gekomen door externe consultatie, maar door de gemeente zelf."
    };
}

/// Guidance B, the question B2.
macro_rules! vraag_b2 {
    () => {
        "B2. Beschrijf de getroffen externe maatregelen, waarbij ook wordt beschreven hoe de \
consultatie van de externe partij of externe ‘schriftelijke’ informatie heeft geleid tot de getroffen \
externe maatregelen."
    };
}

/// Explanation of question 1 (the external source) of an external measure.
macro_rules! uitleg_vraag_1 {
    () => {
        "Een externe partij is een persoon of organisatie buiten de grenzen van de gemeente.\n\n\
- Een veelgestelde vraag is of in geval van een gemeenschappelijke regeling (ISD of RSD) de \
consultatie als extern wordt aangemerkt. Het antwoord hierop is, dat in geval van een \
gemeenschappelijke regeling (ISD of RSD) er sprake is van een gemeenschappelijk beleid en \
uitvoering voor alle aangesloten gemeenten. Dat betekent dat consultatie van gemeenten \
die onderdeel uitmaken vaan een gemeenschappelijke regeling niet als extern wordt gezien.\n\
- Dit ligt anders voor een SW-bedrijf omdat hier ook sprake kan zijn van privatisering, \
waardoor verantwoordelijkheden en bevoegdheden anders kunnen worden belegd. Om die \
reden wordt consultatie van het SW-bedrijf wel gezien als externe consultatie.\n\
- Onder externe ‘schriftelijke’ informatie wordt alle informatie verstaan die vastgelegd is in \
een document of een digitale drager (website, bestand etc.) en voortkomt uit een bron \
buiten de grenzen van de eigen gemeente respectievelijk ISD of RSD. Deze externe \
informatie dient dan wel ook informatie te bevatten over de effectiviteit en de aanpak van \
deze maatregel. Anders is raadpleging van de partij van wie de informatie komt noodzakelijk."
    };
}

/// Explanation of question 2 (the insight gained) of an external measure.
macro_rules! uitleg_vraag_2 {
    () => {
        "Hier wordt beschreven welk inzicht door consultatie van die externe partij of externe \
‘schriftelijke’ informatie is gekregen bij de gemeente, dat geleid heeft tot het treffen van de \
externe maatregel?\n\n\
Wat wordt verstaan onder consultatie van een externe partij of externe ‘schriftelijke’ \
informatie?\n\n\
Onder consultatie wordt verstaan het raadplegen van een externe bron (partij of \
‘schriftelijke’ informatie) buiten de gemeente respectievelijk ISD of RSD. Dat kan het \
raadplegen van een externe partij zijn, maar het kan ook het raadplegen van externe \
‘schriftelijke’ informatie zijn, mits deze ook informatie over de toepasbaarheid (effectiviteit, \
uitvoerbaarheid en aanpak etc.) omvat, anders is het inwinnen van advies bij de betreffende \
gemeente noodzakelijk.\n\n\
Voorbeelden van externe consultatie zijn onder andere:\n\n\
- gebruik maken van goed werkende maatregelen van andere gemeenten;\n\
- gebruik maken van beleidsplannen e.d. van gemeenten en op basis daarvan inwinnen \
van advies over deze maatregelen (zoals werkwijze, uitvoering en effectiviteit etc.);\n\
- inwinnen van advies bij andere gemeenten;\n\
- gebruik maken van een kennisgroep of leercirkel, bijeenkomst van Divosa;\n\
- gebruik maken van de signalen op basis van benchmarking Divosa;\n\
- gebruik maken van de signalen op basis van de SEO-tool;\n\
- gebruik maken van de publicatie van aanvragen van eerdere jaren en de betreffende \
tools op de website van de toetsingscommissie en op basis daarvan inwinnen van een \
advies over deze maatregelen (zoals werkwijze, uitvoering en effectiviteit etc.);\n\
- advies van een extern adviesbureau voor het nemen van extra maatregelen;\n\
- onder voorwaarden kunnen samenwerking met en uitvoering door een externe partij \
ook onder externe consultatie vallen. Dat is alleen het geval indien de consultatie \
duidelijk is beschreven en deze vervolgens leidt tot een maatregel, zie ook onder punt \
3 externe maatregel.\n\n\
Het inschakelen van een externe voor het opstellen van de aanvraag, is géén externe \
maatregel.\n\n\
In geval van consultatie van een groep van externen, bijvoorbeeld bij het voorleggen van een \
beleidsplan, volstaat het aangeven van de betrokken externen en de uit deze \
groepsconsultatie opgedane inzichten en tot welke (groep van) maatregelen dit heeft geleid."
    };
}

/// Explanation of question 3 (the measure taken) of an external measure.
macro_rules! uitleg_vraag_3 {
    () => {
        "Dit is een beschrijving van een getroffen externe maatregel.\n\n\
Hierna volgen nog enkele toelichtingen over de externe maatregel (n.a.v. veelgestelde vragen):\n\n\
Wat wordt verstaan onder een maatregel?\n\n\
- Onder een maatregel wordt verstaan: een besluit over hoe iets wordt opgelost of \
veranderd.\n\n\
Met ‘externe’ maatregel wordt bedoeld: een maatregel die is getroffen naar aanleiding van \
externe consultatie.\n\n\
Onder voorwaarden gelden de volgende externe maatregelen ook:\n\n\
- Het samenwerken met een externe partij voldoet als ‘externe maatregel’ mits binnen \
deze samenwerking consultatie heeft plaatsgevonden. Beschrijf duidelijk op welke wijze \
de consultatie in deze samenwerking heeft geleid tot de getroffen maatregel.\n\
- Het uitvoeren van een maatregel door een externe partij voldoet pas als ‘externe \
maatregel’ indien deze maatregel is getroffen naar aanleiding van consultatie van een \
externe partij (dat kan de uitvoerende partij zijn). Indien maatregelen met een duidelijk \
herkenbare inbreng van externen (dus personen of organisaties buiten de eigen \
gemeente) tot stand komen, worden ze als extern aangemerkt.\n\n\
Wat wordt verstaan onder een getroffen externe maatregel.\n\n\
- Dit is een externe maatregel die voor het tijdstip van indiening van de aanvraag door het \
college, de gemandateerde directeur en/of de wethouder is getroffen.\n\
- Onder het treffen van een maatregel wordt verstaan dat het besluit is genomen en \
waarvan de uitvoering in gang is gezet.\n\n\
Moet het steeds een nieuwe (aanvullende) maatregel zijn?\n\n\
Van het college wordt verwacht om te analyseren wat de oorzaken zijn van het tekort, wat \
hieraan inmiddels is gedaan en wat hiervan de effecten per jaar zijn. En vervolgens of, in dat \
licht, al dan niet nodig is om tot extra maatregelen te komen ten einde het tekort verder te \
reduceren.\n\n\
Die afweging is aan het lokaal bestuur. Het college dient wel de gemeenteraad inzicht te \
verschaffen over deze afweging. Deze afweging dient dan ook in dit onderdeel te worden \
beschreven.\n\n\
In alle gevallen dient het college externe maatregelen te nemen. Dat kunnen ook, afhankelijk \
van de hiervoor genoemde afweging, bestaande maatregelen zijn, die in hun effect meerjarig \
doorlopen. Om die reden staat “aanvullende” tussen haakjes.\n\n\
Hoeveel getroffen externe maatregelen zijn vereist?\n\n\
Het is aan het lokaal bestuur om te bepalen hoeveel maatregelen moeten worden getroffen \
om het tekort verder te reduceren. Dat houdt in dat de toetsingscommissie nagaat of één \
dan wel meerdere externe maatregel zijn getroffen. Het is aan het college en de \
gemeenteraad om na te gaan of en te beschrijven dat de getroffen maatregelen tezamen het \
tekort verder reduceren (zie onderdeel effecten)."
    };
}

/// The three questions of an external measure (B2), as in the guidance.
macro_rules! vraag_a {
    () => {
        "Wat is (zijn) de externe bron(nen) (partij of ‘schriftelijke’ informatie) voor deze maatregel \
geweest?"
    };
}
/// See [`vraag_a`].
macro_rules! vraag_b {
    () => {
        "Welk inzicht bij de gemeente is gekregen door die externe partij of externe ‘schriftelijke’ \
informatie?"
    };
}
/// See [`vraag_a`].
macro_rules! vraag_c {
    () => {
        "Welke externe maatregel is getroffen naar aanleiding van de conclusie(s) uit deze consultatie?"
    };
}

/// Guidance C, the paragraphs after the first one that do not differ between versions.
macro_rules! toelichting_c_beoordeling {
    () => {
        "De toetsingscommissie geeft geen oordeel over de mate van effectiviteit van de maatregelen en geeft \
ook geen oordeel over de mate van tekortreductie. De commissie beoordeelt of een antwoord wordt \
gegeven op de hoofdvraag.\n\n\
Het college dient de gemeenteraad inzicht te verschaffen dat met alle getroffen maatregelen te samen \
sprake is van een extra (optimale) inspanning om het tekort te reduceren.\n\n\
Het verklaren en dit inzichtelijk maken is voldoende.\n\n\
Hierop wordt niet inhoudelijk, maar slechts procedureel getoetst (wordt dit door de verklaring van het \
college e.e.a. voldoende inzichtelijk aan de gemeenteraad). De commissie beoordeelt of de beoogde \
stappen worden beschreven.\n\n\
Suggesties bij de beantwoording van C\n\n"
    };
}

/// Suggestions C: quantified or qualitative effect, per measure or together.
macro_rules! suggesties_c_effect {
    () => {
        "- U kunt een inschatting van het beoogde effect kwantitatief uitdrukken en als dat niet mogelijk is \
kunt u het beoogde effect kwalitatief uitdrukken. Onder kwantificering wordt verstaan: de \
beoogde opbrengst in minder uitkeringen respectievelijk in het beoogde besparingsbedrag.\n\
- U kunt de beoogde effecten presenteren per maatregel of als dat niet mogelijk is voor meerdere \
maatregelen gezamenlijk.\n"
    };
}

/// Suggestions C: the last item.
macro_rules! suggesties_c_monitor {
    () => {
        "- U kunt aangeven op welke wijze het college de effecten van de maatregelen monitort."
    };
}

// ---------------------------------------------------------------------------------------------
// General guidance.
// ---------------------------------------------------------------------------------------------

/// The general part of the official guidance ("Toelichting op het aanvraagformulier bij het
/// uitgebreide verzoek voor de ambtelijke ondersteuning van het college"), up to "Toelichting
/// per vraag". Verbatim from the VU 2019 form, including its dates.
pub const TOELICHTING_ALGEMEEN: &str = concat!(
    "Toelichting op het aanvraagformulier bij het uitgebreide verzoek voor de ambtelijke \
ondersteuning van het college\n\n\
Voor de juistheid en de beoordeling van de aanvraag is het niet toegestaan dat u het format van de \
pagina’s aanpast.\n\n\
Hoe verloopt de aanvraagprocedure?\n\n\
Een verzoek om een vangnetuitkering over 2019 dient uiterlijk op 15 augustus 2020 te zijn ontvangen \
door de Toetsingscommissie vangnet Participatiewet. Omdat sprake is van een fatale termijn worden \
verzoeken die na 15 augustus 2020 door de Toetsingscommissie vangnet Participatiewet worden \
ontvangen, niet in behandeling genomen. Het college dient het verzoek digitaal door middel van het \
webformulier op www.toetsingscommissievp.nl in te dienen. Na de aangegeven datum is dit \
webformulier niet meer beschikbaar.\n\n\
U vindt onderaan dit formulier meer achtergrondinformatie over de aanvraagprocedure, de wet- en \
regelgeving, de relatie met jaarcijfers (SiSa verantwoording) en de ondersteuning vanuit Divosa. Op de \
website www.toetsingscommissievp.nl kunt u meer informatie vinden over de aanvraagprocedure en de \
deadline voor het indienen van een complete aanvraag.\n\n\
Waarom zijn er twee versies van dit formulier?\n\n\
Van dit formulier bestaan twee versies: ‘basisverzoek’ en ‘uitgebreid verzoek’. De versie die u moet \
gebruiken is afhankelijk van het volgende:\n\n\
- indien uw gemeente zowel over 2017 als over 2018 geen vangnetuitkering is verleend, gebruikt u \
de versie ‘basisverzoek’.\n\
- indien uw gemeente over 2017 en/of over 2018 wel een vangnetuitkering is verleend, gebruikt u \
de versie ‘uitgebreid verzoek’.\n\n\
De verklaring van het college verschilt tussen een ‘basisverzoek’ en een ‘uitgebreid verzoek’.\n\n\
Hoe is het aanvraagformulier opgebouwd?\n\n\
De vangnetaanvraag bestaat uit twee gedeelten:\n\n\
- 1. De verklaring van het college en de toelichting op de verklaring\n\
- 2. De instemming van de gemeenteraad\n\n\
Onderdeel 1 bestaat uit vier onderdelen: A, B, C en D. Het gaat om de verklaring van het college \
(onderdeel D) en een toelichting van het college op deze verklaring. Deze toelichting gebeurt aan de \
hand van drie vragen (onderdelen A, B en C). Na iedere vraag kunt u het antwoord invoegen. U kunt \
eventueel tabellen of grafieken invoegen. U kunt aangegeven op welke brondocumenten, die eventueel \
in de gemeenteraad zijn besproken, de aanvraag is gebaseerd. U kunt geen bijlagen toevoegen aan deze \
aanvraag. Hieronder wordt per vraag aangegeven wat verwacht wordt van de beantwoording.\n\n",
    toelichting_raad!(),
    "\n\n\
Hoe uitgebreid moet het aanvraagformulier worden ingevuld en is hier een extern bureau bij nodig?\n\n\
Het uitgangspunt van de aanvraag van de vangnetuitkering is dat elke gemeente – ongeacht het aantal \
inwoners – zelfstandig de aanvraag moet kunnen voorbereiden en indienen. Dat houdt in dat alleen het \
opstellen van de aanvraag geen reden is om een extern bureau te betrekken. Daarbij wordt benadrukt \
dat het aan het lokale bestuur is hoe uitgebreid de vragen in het aanvraagformulier worden beantwoord, \
mits deze vragen duidelijk worden beantwoord. De beantwoording van de vragen in het \
aanvraagformulier is verplicht. Dat geldt niet voor de suggesties in de onderstaande toelichting. Op de \
pagina ‘beoordeling en advisering’ over de VU 2019 wordt een en ander eveneens toegelicht."
);

/// The background part at the end of the official guidance ("Achtergrondinformatie bij dit
/// formulier": legislation, procedure, annual figures, support by Divosa). Verbatim from the
/// VU 2019 form.
pub const TOELICHTING_ACHTERGROND: &str = concat!(
    "Achtergrondinformatie bij dit formulier\n\n\
Wet- en regelgeving\n\n\
In het BPw is geregeld dat het college alleen via een door de minister van SZW beschikbaar gesteld \
aanvraagformulier een verzoek tot een vangnetuitkering kan indienen, als bedoeld in artikel 74 van de \
Participatiewet. De verklaring van het college voor een basisverzoek kunt u vinden in het BPw, artikel 10, \
eerste lid, onder d. De verklaring van het college voor een uitgebreid verzoek kunt u vinden in het BPw \
artikel 10, eerste lid, onder d, jo. artikel 10, tweede lid. In het BPw staat dat de verklaring van het \
college een toelichting omvat zoals gevraagd in het modelaanvraagformulier (BPw, artikel 10, onderdeel \
e).\n\n\
Aanvraagprocedure\n\n",
    "De toekenning van een vangnetuitkering gebeurt uitsluitend op verzoek van het college van \
burgemeester en wethouders van de tekortgemeente en nadat is vastgesteld dat aan alle geldende eisen \
wordt voldaan. Blijkens artikel 8c, eerste lid, van de Participatiewet, kan het indienen van een verzoek \
tot vangnetuitkering niet worden overgedragen aan het bestuur van een openbaar lichaam op grond van \
de Wet gemeenschappelijke regelingen.\n\n\
Bij het indienen van een verzoek tot vangnetuitkering moet het college verklaren dat het maatregelen \
heeft getroffen om tot tekortreductie te komen. Verdere toelichting op de aanvraagprocedure en de \
vangnetuitkering 2019 kunt u vinden op: www.toetsingscommissievp.nl\n\n\
Via het aanvraagformulier hoeft het college geen informatie te verstrekken over de jaarcijfers \
(toegekend budget, de netto uitkeringslasten en de door de accountant gerapporteerde foute of \
onzekere bestedingen), aangezien het ministerie –mede op basis van de SiSa-verantwoording- al over \
deze gegevens beschikt en zij de toetsingscommissie daarover zal informeren.\n\n\
Ondersteuning Divosa\n\n\
Divosa, de vereniging van leidinggevenden in het Sociaal Domein, zal periodiek bijeenkomsten \
organiseren waarbij wordt ingegaan op de vangnetuitkering. Daarnaast wordt de Benchmark door Divosa \
ondersteund en heeft Divosa een factsheet maatregelen uitgegeven.\n\n\
Ook heeft Divosa bijgedragen aan het beschikbaar komen van een tool waarin de aanvragen van de \
afgelopen drie jaar zijn verwerkt. De tool en aanvragen worden per VU-jaar op de website van de \
Toetsingscommissie gepubliceerd. Zie hiervoor de rubriek: informatie over eerdere aanvragen."
);

// ---------------------------------------------------------------------------------------------
// External measures (B2).
// ---------------------------------------------------------------------------------------------

/// The three questions every external measure (B2) answers, after the name of the measure
/// ("Naam van de maatregel, gevolgd door de antwoorden op de volgende drie vragen:"), verbatim
/// from the guidance. The official explanation of each question is in
/// [`B2_VRAGEN_TOELICHTING`]. "Alle drie de vragen dienen te zijn beschreven, zodat een
/// duidelijk inzicht wordt geboden dat hier sprake is van ‘externe maatregel(en)’."
pub const B2_VRAGEN: [(&str, &str); 3] = [("a", vraag_a!()), ("b", vraag_b!()), ("c", vraag_c!())];

/// The official explanation of each of the three [`B2_VRAGEN`] ("Toelichting op de drie
/// vragen"), in the same order, each starting with the question as the guidance phrases it
/// there.
pub const B2_VRAGEN_TOELICHTING: [&str; 3] = [
    concat!(
        "1. Wat wordt verstaan onder een externe bron(nen): externe partij of externe ‘schriftelijke’ \
informatie?\n\n",
        uitleg_vraag_1!()
    ),
    concat!("2. Wat heeft de externe consultatie opgeleverd?\n\n", vraag_b!(), "\n\n", uitleg_vraag_2!()),
    concat!("3. Welke externe maatregel is getroffen naar aanleiding van de conclusie(s) uit deze ‘consultatie’?.\n\n", uitleg_vraag_3!()),
];

/// Heading B of the uitgebreid verzoek, above B1 and B2 (it is not a question of its own, so
/// [`tekst`] returns `None` for `(Versie::Uitgebreid, Deel::B)`). Its toelichting is the
/// introduction to part B of the guidance; B1 and B2 carry their own guidance.
pub static ONDERDEEL_B_UITGEBREID: Tekst = Tekst {
    titel: "B. Getroffen interne en externe maatregelen om het tekort verder te reduceren",
    formuliertekst: "In dit onderdeel van de verklaring van het college wordt beschreven welke (aanvullende) interne (B1) \
en externe maatregelen (B2) zijn getroffen om een bijdrage te leveren aan de verdere tekortreductie. \
Bij B2 wordt beschreven hoe de consultatie van de externe partij of externe bron heeft geleid tot de \
getroffen externe maatregelen.",
    toelichting: concat!(
        "Indien uw gemeente over 2017 en/of 2018 een vangnetuitkering is verleend, is sprake van een \
aanhoudend tekort. Indien het college ook over 2019 aanspraak wenst te maken op een \
vangnetuitkering dient het college te verklaren dat interne en externe maatregelen zijn genomen om tot \
verdere tekortreductie te komen.\n\n\
In dit onderdeel van de verklaring van het college wordt beschreven welke (aanvullende) interne en \
externe maatregelen zijn getroffen om een bijdrage te leveren aan de verdere reductie van het tekort.\n\n\
Onderdeel B bestaat uit 2 vragen:\n\n- ",
        vraag_b1!(),
        "\n\n- ",
        vraag_b2!()
    ),
    bron: "Modelaanvraagformulier vangnetuitkering 2019, uitgebreid verzoek (versie 30 januari 2020), onderdeel B en toelichting bij vraag B (inleiding)",
    afgeleid: false,
};

// ---------------------------------------------------------------------------------------------
// Uitgebreid verzoek (verbatim).
// ---------------------------------------------------------------------------------------------

static U_INLEIDING: Tekst = Tekst {
    titel: "Aanvraag Vangnetuitkering Participatiewet",
    formuliertekst: concat!(
        "Versie: uitgebreid verzoek\n\n",
        inleiding_begin!(),
        "- Het college geeft de gemeenteraad inzicht in de (interne en externe) maatregelen, met een \
toelichting waarom die naar verwachting leiden tot een reductie van het tekort.\n\
- Het college geeft de gemeenteraad inzicht in welke mate (interne en externe) maatregelen \
beogen bij te dragen aan het (verder) reduceren van het tekort.\n\n",
        inleiding_vng!(),
        "1. Verklaring college bij een uitgebreid verzoek\n\n\
Dit gedeelte bestaat uit de volgende vier onderdelen:\n\n\
- A. Analyse van de oorzaken van het tekort\n\
- B. Getroffen interne en externe maatregelen om het tekort verder te reduceren\n\
- C. Beoogde effect van de genoemde maatregelen\n\
- D. Ondertekening door het college"
    ),
    toelichting: concat!(
        "Het college van de tekortgemeente verklaart dat het interne en externe maatregelen heeft getroffen om \
tot verdere tekortreductie te komen en geeft daarop een toelichting door het invullen van de \
onderdelen A, B en C.",
        per_vraag_slot!()
    ),
    bron: "Modelaanvraagformulier vangnetuitkering 2019, uitgebreid verzoek (versie 30 januari 2020), inleiding van het formulier en opening van de toelichting per vraag",
    afgeleid: false,
};

static U_A: Tekst = Tekst {
    titel: "A. Analyse van de oorzaken van het tekort",
    formuliertekst: "Hieronder beschrijft het college een analyse van de oorzaken van het tekort.",
    toelichting: toelichting_a!(),
    bron: "Modelaanvraagformulier vangnetuitkering 2019, uitgebreid verzoek (versie 30 januari 2020), toelichting bij vraag A",
    afgeleid: false,
};

static U_B1: Tekst = Tekst {
    titel: "B1. Beschrijving getroffen interne maatregelen",
    formuliertekst: "",
    toelichting: concat!(vraag_b1!(), "\n\n", suggesties_b_uitgebreid!()),
    bron: "Modelaanvraagformulier vangnetuitkering 2019, uitgebreid verzoek (versie 30 januari 2020), toelichting bij vraag B (B1 en suggesties bij B)",
    afgeleid: false,
};

static U_B2: Tekst = Tekst {
    titel: "B2. Beschrijving getroffen externe maatregelen",
    formuliertekst: "",
    toelichting: concat!(
        vraag_b2!(),
        "\n\n\
Hieronder staat toegelicht wat wordt bedoeld met ‘getroffen externe maatregelen’.\n\n\
Wat wordt verwacht van de beschrijving van de getroffen externe maatregelen?\n\n\
Van het college wordt verwacht duidelijk te beschrijven hoe externe consultatie heeft plaatsgevonden en \
hoe deze consultatie heeft geleid tot de getroffen externe maatregelen. Omschrijf hoe een externe \
maatregel tot stand is gekomen. Hieruit moet blijken dat het college actief externe consultatie heeft \
verricht om te komen tot deze externe maatregel en hoe dit heeft geleid tot het treffen van de externe \
maatregel(en) voorafgaand aan het moment van indiening door het college.\n\n\
Beschrijving getroffen externe maatregelen\n\n\
Per getroffen maatregel dienen de volgende vragen te worden beantwoord:\n\n\
Naam van de maatregel, gevolgd door de antwoorden op de volgende drie vragen:\n\n\
- a) ",
        vraag_a!(),
        "\n- b) ",
        vraag_b!(),
        "\n- c) ",
        vraag_c!(),
        "\n\n\
Alle drie de vragen dienen te zijn beschreven, zodat een duidelijk inzicht wordt geboden dat hier sprake \
is van ‘externe maatregel(en)’.\n\n\
Een voorbeeld van een duidelijke beschrijving is:\n\n\
Maatregel 1. Bevorderen ondernemerschap\n\n\
A) De externe bronnen voor deze maatregel zijn geweest:\n\n\
- a. Een rapport van Radar Advies: Werkzame bestanddelen van parttime ondernemen, dec 2016\n\
- b. Achterbanraadpleging ZZP Nederland, mei 2018\n\
- c. Divosa, innoveren van het BBZ, november 2018\n\n\
B) Welk inzicht bij de gemeente is gekregen door die externe partij of externe bron?\n\n\
Het inzicht dat investeren in begeleiding van en naar zelfstandig ondernemerschap bijdraagt \
aan het verkleinen van het bijstandstekort.\n\n\
C) Welke externe maatregel is getroffen naar aanleiding van de conclusie(s) uit deze consultatie?\n\n\
De maatregel die getroffen is om meer capaciteit beschikbaar te stellen. Hiermee kunnen \
meer bijstandsgerechtigden naar zelfstandige ondernemerschap worden begeleid en wordt \
tevens vroegtijdige beëindiging van zelfstandig ondernemerschap zoveel mogelijk voorkomen.\n\n\
Toelichting op de drie vragen.\n\n\
1. Wat wordt verstaan onder een externe bron(nen): externe partij of externe ‘schriftelijke’ \
informatie?\n\n",
        uitleg_vraag_1!(),
        "\n\n2. Wat heeft de externe consultatie opgeleverd?\n\n",
        vraag_b!(),
        "\n\n",
        uitleg_vraag_2!(),
        "\n\n3. Welke externe maatregel is getroffen naar aanleiding van de conclusie(s) uit deze ‘consultatie’?.\n\n",
        uitleg_vraag_3!(),
        "\n\n",
        suggesties_b_uitgebreid!()
    ),
    bron: "Modelaanvraagformulier vangnetuitkering 2019, uitgebreid verzoek (versie 30 januari 2020), toelichting bij vraag B (B2, beschrijving getroffen externe maatregelen, toelichting op de drie vragen en suggesties bij B)",
    afgeleid: false,
};

static U_C: Tekst = Tekst {
    titel: "C. Beoogd effect van de genoemde maatregelen op de tekortreductie",
    formuliertekst: "In dit onderdeel van de verklaring van het college wordt het beoogde effect beschreven van de \
genoemde (aanvullende) interne en externe maatregelen, die een bijdrage leveren aan de verdere \
tekortreductie. Het gaat hierbij om een inschatting van het beoogde effect.",
    toelichting: concat!(
        "In dit onderdeel van de verklaring van het college wordt het beoogde effect beschreven van de \
genoemde (aanvullende) interne en externe maatregelen, die een bijdrage leveren aan de verdere \
tekortreductie. Het gaat hierbij om een inschatting van het beoogde effect.\n\n\
Er zijn meerdere factoren die een invloed hebben op de ontwikkeling van het tekort. Om die reden \
wordt gesproken van een bijdrage aan de reductie van het tekort.\n\n\
In de regelgeving staat dat het college verklaart dat het interne en externe maatregelen heeft getroffen \
om tot verdere tekortreductie te komen. Het tekort verder reduceren betekent dat het college \
inzichtelijk maakt dat het maatregelen heeft getroffen waarmee het college beoogt/verwacht dat deze \
bijdragen aan het verder reduceren van het tekort ten opzichte van voorgaande jaren, Verder reduceren \
kan ook worden geïnterpreteerd als maatregelen die een reducerend effect hebben op de stijging van de \
uitgaven. Dus wordt hier verwacht om inzichtelijk te maken dat maatregelen zijn getroffen waarmee het \
college verwacht/beoogt de eerdere bijdrage aan de neerwaartse trend te vervolgen.\n\n",
        toelichting_c_beoordeling!(),
        "- Geef inzicht in de redenering op basis waarvan het college verwacht dat het tekort verder \
reduceert met de onder B genoemde maatregelen.\n",
        suggesties_c_effect!(),
        "- U hoeft geen onderscheid te maken tussen beoogd effect van interne maatregelen en beoogd \
effect van externe maatregelen.\n",
        suggesties_c_monitor!()
    ),
    bron: "Modelaanvraagformulier vangnetuitkering 2019, uitgebreid verzoek (versie 30 januari 2020), toelichting bij vraag C",
    afgeleid: false,
};

static U_D: Tekst = Tekst {
    titel: "D. Ondertekening",
    formuliertekst: concat!(
        d_instructie!(),
        "Het college van burgemeester en wethouders van de gemeente {gemeente} verklaart dat het voor \
{deadline} de genoemde interne en externe maatregelen heeft getroffen om te komen tot \
verdere tekortreductie."
    ),
    toelichting: toelichting_d!(),
    bron: "Modelaanvraagformulier vangnetuitkering 2019, uitgebreid verzoek (versie 30 januari 2020), onderdeel D; toelichting per vraag (D) en achtergrondinformatie (aanvraagprocedure)",
    afgeleid: false,
};

static U_RAAD: Tekst = Tekst {
    titel: "2. Instemming gemeenteraad",
    formuliertekst: concat!(
        raad_begin!(),
        "de getroffen interne en externe \
maatregelen, het beoogde effect van deze maatregelen en de bijdrage die deze samen leveren om het \
tekort verder te reduceren.",
        raad_rest!()
    ),
    toelichting: toelichting_raad!(),
    bron: "Modelaanvraagformulier vangnetuitkering 2019, uitgebreid verzoek (versie 30 januari 2020), onderdeel 2; toelichting: algemeen deel (opbouw van het formulier)",
    afgeleid: false,
};

// ---------------------------------------------------------------------------------------------
// Basisverzoek (adapted from the uitgebreid verzoek).
// ---------------------------------------------------------------------------------------------

static BASIS_INLEIDING: Tekst = Tekst {
    titel: "Aanvraag Vangnetuitkering Participatiewet",
    formuliertekst: concat!(
        "Versie: basisverzoek\n\n",
        inleiding_begin!(),
        "- Het college geeft de gemeenteraad inzicht in de maatregelen, met een \
toelichting waarom die naar verwachting leiden tot een reductie van het tekort.\n\
- Het college geeft de gemeenteraad inzicht in welke mate maatregelen \
beogen bij te dragen aan het reduceren van het tekort.\n\n",
        inleiding_vng!(),
        "1. Verklaring college bij een basisverzoek\n\n\
Dit gedeelte bestaat uit de volgende vier onderdelen:\n\n\
- A. Analyse van de oorzaken van het tekort\n\
- B. Getroffen maatregelen om het tekort te reduceren\n\
- C. Beoogde effect van de genoemde maatregelen\n\
- D. Ondertekening door het college"
    ),
    toelichting: concat!(
        "Het college van de tekortgemeente verklaart dat het maatregelen heeft getroffen om \
te komen tot tekortreductie en geeft daarop een toelichting door het invullen van de \
onderdelen A, B en C.",
        per_vraag_slot!()
    ),
    bron: "afgeleid van het uitgebreide verzoek 2019; tekst van het basisverzoek niet in de bron (aangepast: inleiding van het formulier en opening van de toelichting per vraag)",
    afgeleid: true,
};

static BASIS_A: Tekst = Tekst {
    titel: "A. Analyse van de oorzaken van het tekort",
    formuliertekst: "Hieronder beschrijft het college een analyse van de oorzaken van het tekort.",
    toelichting: toelichting_a!(),
    bron: "afgeleid van het uitgebreide verzoek 2019; tekst van het basisverzoek niet in de bron (onderdeel A en toelichting bij vraag A ongewijzigd overgenomen)",
    afgeleid: true,
};

static BASIS_B: Tekst = Tekst {
    titel: "B. Getroffen maatregelen om het tekort te reduceren",
    formuliertekst: "In dit onderdeel van de verklaring van het college wordt beschreven welke maatregelen zijn \
getroffen om een bijdrage te leveren aan de tekortreductie.",
    toelichting: concat!(
        "In dit onderdeel van de verklaring van het college wordt beschreven welke maatregelen zijn \
getroffen om een bijdrage te leveren aan de reductie van het tekort.\n\n\
Wat wordt verstaan onder een maatregel?\n\n\
- Onder een maatregel wordt verstaan: een besluit over hoe iets wordt opgelost of \
veranderd.\n\n\
Wat wordt verstaan onder een getroffen maatregel.\n\n\
- Dit is een maatregel die voor het tijdstip van indiening van de aanvraag door het \
college, de gemandateerde directeur en/of de wethouder is getroffen.\n\
- Onder het treffen van een maatregel wordt verstaan dat het besluit is genomen en \
waarvan de uitvoering in gang is gezet.\n\n",
        suggesties_b_begin!(),
        suggesties_b_midden!(),
        suggesties_b_eind!()
    ),
    bron: "afgeleid van het uitgebreide verzoek 2019; tekst van het basisverzoek niet in de bron (aangepast: onderdeel B zonder splitsing B1/B2 en zonder externe maatregelen; definities van (getroffen) maatregel en suggesties bij B)",
    afgeleid: true,
};

static BASIS_C: Tekst = Tekst {
    titel: "C. Beoogd effect van de genoemde maatregelen op de tekortreductie",
    formuliertekst: "In dit onderdeel van de verklaring van het college wordt het beoogde effect beschreven van de \
genoemde maatregelen, die een bijdrage leveren aan de tekortreductie. Het gaat hierbij om een \
inschatting van het beoogde effect.",
    toelichting: concat!(
        "In dit onderdeel van de verklaring van het college wordt het beoogde effect beschreven van de \
genoemde maatregelen, die een bijdrage leveren aan de tekortreductie. Het gaat hierbij om een \
inschatting van het beoogde effect.\n\n\
Er zijn meerdere factoren die een invloed hebben op de ontwikkeling van het tekort. Om die reden \
wordt gesproken van een bijdrage aan de reductie van het tekort.\n\n\
In de regelgeving staat dat het college verklaart dat het maatregelen heeft getroffen om te komen tot \
tekortreductie.\n\n",
        toelichting_c_beoordeling!(),
        "- Geef inzicht in de redenering op basis waarvan het college verwacht dat het tekort \
reduceert met de onder B genoemde maatregelen.\n",
        suggesties_c_effect!(),
        suggesties_c_monitor!()
    ),
    bron: "afgeleid van het uitgebreide verzoek 2019; tekst van het basisverzoek niet in de bron (aangepast: onderdeel C en toelichting bij vraag C zonder ‘interne en externe’ en ‘verdere’)",
    afgeleid: true,
};

static BASIS_D: Tekst = Tekst {
    titel: "D. Ondertekening",
    formuliertekst: concat!(
        d_instructie!(),
        "Het college van burgemeester en wethouders van de gemeente {gemeente} verklaart dat het voor \
{deadline} maatregelen heeft getroffen om te komen tot tekortreductie."
    ),
    toelichting: toelichting_d!(),
    bron: "afgeleid van het uitgebreide verzoek 2019; tekst van het basisverzoek niet in de bron (aangepast: verklaring naar artikel 10, eerste lid, onder d, BPw: maatregelen getroffen om te komen tot tekortreductie)",
    afgeleid: true,
};

static BASIS_RAAD: Tekst = Tekst {
    titel: "2. Instemming gemeenteraad",
    formuliertekst: concat!(
        raad_begin!(),
        "de getroffen maatregelen, het beoogde effect van deze maatregelen en de bijdrage die deze samen \
leveren om het tekort te reduceren.",
        raad_rest!()
    ),
    toelichting: toelichting_raad!(),
    bron: "afgeleid van het uitgebreide verzoek 2019; tekst van het basisverzoek niet in de bron (aangepast: onderdeel 2 zonder ‘interne en externe’ en ‘verder’)",
    afgeleid: true,
};

// ---------------------------------------------------------------------------------------------
// Single form 2015–2016 (text not available; summarised from the rule book).
// ---------------------------------------------------------------------------------------------

/// Source note shared by all texts of the 2015–2016 form.
const BRON_ENKEL: &str = "afgeleid; de tekst van het aanvraagformulier over 2015/2016 is niet beschikbaar. Samengevat naar het regelboek: één formulier; het college laat zien dat in het tekortjaar een proces van tekortreductie in gang is gezet (globale analyse van oorzaak en omvang van het tekort, gemeenteraad geïnformeerd, maatregelen in dat jaar en hun effect); titels naar het model van het basisverzoek 2019";

static ENKEL_INLEIDING: Tekst = Tekst {
    titel: "Aanvraag Vangnetuitkering Participatiewet",
    formuliertekst: "",
    toelichting: "Voor de vangnetuitkering over 2015 en over 2016 gold één aanvraagformulier, zonder onderscheid \
tussen basisverzoek en uitgebreid verzoek. Het college laat zien dat in het tekortjaar een proces van \
tekortreductie in gang is gezet: een globale analyse van de oorzaak en de omvang van het tekort, het \
informeren van de gemeenteraad, de maatregelen in het tekortjaar en het effect daarvan.",
    bron: BRON_ENKEL,
    afgeleid: true,
};

static ENKEL_A: Tekst = Tekst {
    titel: "A. Analyse van de oorzaken van het tekort",
    formuliertekst: "Hieronder beschrijft het college een globale analyse van de oorzaken en de omvang van het tekort.",
    toelichting: "Geef een globale analyse van de oorzaak en de omvang van het tekort.",
    bron: BRON_ENKEL,
    afgeleid: true,
};

static ENKEL_B: Tekst = Tekst {
    titel: "B. Getroffen maatregelen om het tekort te reduceren",
    formuliertekst: "Hieronder beschrijft het college welke maatregelen in het tekortjaar zijn getroffen om het tekort te reduceren.",
    toelichting: "Beschrijf de maatregelen die in het tekortjaar zijn getroffen om het tekort te reduceren.",
    bron: BRON_ENKEL,
    afgeleid: true,
};

static ENKEL_C: Tekst = Tekst {
    titel: "C. Beoogd effect van de genoemde maatregelen op de tekortreductie",
    formuliertekst: "Hieronder beschrijft het college het (beoogde) effect van de genoemde maatregelen op het tekort.",
    toelichting: "Beschrijf het (beoogde) effect van de genoemde maatregelen op het tekort.",
    bron: BRON_ENKEL,
    afgeleid: true,
};

static ENKEL_D: Tekst = Tekst {
    titel: "D. Ondertekening",
    formuliertekst: "Het college van burgemeester en wethouders van de gemeente {gemeente} verklaart dat het in \
{jaar} een proces van tekortreductie in gang heeft gezet.",
    toelichting: "",
    bron: BRON_ENKEL,
    afgeleid: true,
};

static ENKEL_RAAD: Tekst = Tekst {
    titel: "2. Gemeenteraad",
    formuliertekst: "De gemeenteraad van de gemeente {gemeente} is geïnformeerd over de analyse van het tekort en \
de getroffen maatregelen.",
    toelichting: "Voor 2015 en 2016 werd gevraagd dat de gemeenteraad was geïnformeerd; voor 2015 werden ook de \
opvattingen van de gemeenteraad gevraagd.",
    bron: BRON_ENKEL,
    afgeleid: true,
};

#[cfg(test)]
mod tests {
    use super::*;

    /// Every text of every version, with a label for failure messages.
    fn alle_teksten() -> Vec<(String, &'static Tekst)> {
        let mut v = Vec::new();
        for versie in Versie::ALLE {
            for deel in Deel::ALLE {
                if let Some(t) = tekst(versie, deel) {
                    v.push((format!("{versie:?}/{deel:?}"), t));
                }
            }
        }
        v.push(("ONDERDEEL_B_UITGEBREID".to_string(), &ONDERDEEL_B_UITGEBREID));
        v
    }

    /// Every string of the module, with a label.
    fn alle_strings() -> Vec<(String, &'static str)> {
        let mut v = Vec::new();
        for (label, t) in alle_teksten() {
            v.push((format!("{label}.titel"), t.titel));
            v.push((format!("{label}.formuliertekst"), t.formuliertekst));
            v.push((format!("{label}.toelichting"), t.toelichting));
            v.push((format!("{label}.bron"), t.bron));
        }
        v.push(("TOELICHTING_ALGEMEEN".into(), TOELICHTING_ALGEMEEN));
        v.push(("TOELICHTING_ACHTERGROND".into(), TOELICHTING_ACHTERGROND));
        v.push(("BRON_MODELFORMULIER".into(), BRON_MODELFORMULIER));
        for (i, (letter, vraag)) in B2_VRAGEN.iter().enumerate() {
            v.push((format!("B2_VRAGEN[{i}].0"), *letter));
            v.push((format!("B2_VRAGEN[{i}].1"), *vraag));
        }
        for (i, t) in B2_VRAGEN_TOELICHTING.iter().enumerate() {
            v.push((format!("B2_VRAGEN_TOELICHTING[{i}]"), *t));
        }
        v
    }

    #[test]
    fn every_expected_part_exists_with_a_title() {
        for versie in Versie::ALLE {
            for deel in [Deel::Inleiding, Deel::A, Deel::C, Deel::D, Deel::Raad] {
                let t = tekst(versie, deel).unwrap_or_else(|| panic!("{versie:?}/{deel:?} missing"));
                assert!(!t.titel.trim().is_empty(), "{versie:?}/{deel:?}");
                assert!(!t.bron.trim().is_empty(), "{versie:?}/{deel:?}");
            }
        }
    }

    #[test]
    fn b1_b2_only_in_uitgebreid_and_b_only_in_basis_and_enkel() {
        for deel in [Deel::B1, Deel::B2] {
            assert!(tekst(Versie::Uitgebreid, deel).is_some());
            assert!(tekst(Versie::Basis, deel).is_none());
            assert!(tekst(Versie::Enkel, deel).is_none());
        }
        assert!(tekst(Versie::Uitgebreid, Deel::B).is_none());
        assert!(tekst(Versie::Basis, Deel::B).is_some());
        assert!(tekst(Versie::Enkel, Deel::B).is_some());
        assert_eq!(tekst(Versie::Basis, Deel::B).unwrap().titel, "B. Getroffen maatregelen om het tekort te reduceren");
        assert!(ONDERDEEL_B_UITGEBREID.titel.starts_with("B. "));
    }

    #[test]
    fn titles_start_with_their_letter() {
        for versie in Versie::ALLE {
            for (deel, prefix) in [
                (Deel::A, "A. "),
                (Deel::B, "B. "),
                (Deel::B1, "B1. "),
                (Deel::B2, "B2. "),
                (Deel::C, "C. "),
                (Deel::D, "D. "),
                (Deel::Raad, "2. "),
            ] {
                if let Some(t) = tekst(versie, deel) {
                    assert!(t.titel.starts_with(prefix), "{versie:?}/{deel:?}: {}", t.titel);
                }
            }
        }
    }

    #[test]
    fn uitgebreid_declarations_have_placeholders() {
        let d = tekst(Versie::Uitgebreid, Deel::D).unwrap().formuliertekst;
        assert!(d.contains("{gemeente}"));
        assert!(d.contains("{deadline}"));
        assert!(d.contains("de genoemde interne en externe maatregelen heeft getroffen"));
        let raad = tekst(Versie::Uitgebreid, Deel::Raad).unwrap().formuliertekst;
        assert!(raad.contains("De gemeenteraad van de gemeente {gemeente} stemt in"));
        assert!(raad.contains("uiterlijk {deadline}"));
        let basis_d = tekst(Versie::Basis, Deel::D).unwrap().formuliertekst;
        assert!(basis_d.contains("{gemeente}"));
        assert!(!basis_d.contains("interne en externe"));
        assert!(!basis_d.contains("verdere"));
    }

    #[test]
    fn placeholders_only_in_formuliertekst_and_only_known_ones() {
        for (label, t) in alle_teksten() {
            for s in [t.titel, t.toelichting, t.bron] {
                assert!(!s.contains('{') && !s.contains('}'), "placeholder outside formuliertekst in {label}");
            }
            let rest = t.formuliertekst.replace("{gemeente}", "").replace("{jaar}", "").replace("{deadline}", "");
            assert!(!rest.contains('{') && !rest.contains('}'), "unknown placeholder in {label}");
        }
        for s in [TOELICHTING_ALGEMEEN, TOELICHTING_ACHTERGROND] {
            assert!(!s.contains('{'));
        }
    }

    #[test]
    fn invullen_replaces_everything() {
        for (label, t) in alle_teksten() {
            let s = invullen(t.formuliertekst, "Voorbeeldstad", 2019, "15 augustus 2020");
            assert!(!s.contains('{'), "{label}");
        }
        let d = invullen(tekst(Versie::Uitgebreid, Deel::D).unwrap().formuliertekst, "Voorbeeldstad", 2019, "15 augustus 2020");
        assert!(d.contains("gemeente Voorbeeldstad verklaart dat het voor 15 augustus 2020 de genoemde"));
    }

    #[test]
    fn b2_questions_are_complete() {
        let letters: Vec<&str> = B2_VRAGEN.iter().map(|(l, _)| *l).collect();
        assert_eq!(letters, ["a", "b", "c"]);
        for (_, vraag) in B2_VRAGEN {
            assert!(!vraag.trim().is_empty());
            assert!(vraag.ends_with('?'));
        }
        assert!(B2_VRAGEN[0].1.contains("externe bron(nen)"));
        assert!(B2_VRAGEN[1].1.contains("inzicht"));
        assert!(B2_VRAGEN[2].1.contains("externe maatregel is getroffen"));
        for t in B2_VRAGEN_TOELICHTING {
            assert!(!t.trim().is_empty());
        }
        // The B2 guidance asks all three questions.
        let b2 = tekst(Versie::Uitgebreid, Deel::B2).unwrap().toelichting;
        for (_, vraag) in B2_VRAGEN {
            assert!(b2.contains(vraag));
        }
    }

    #[test]
    fn afgeleid_flags_and_sources() {
        for deel in Deel::ALLE {
            if let Some(t) = tekst(Versie::Uitgebreid, deel) {
                assert!(!t.afgeleid, "{deel:?}");
                assert!(t.bron.starts_with("Modelaanvraagformulier vangnetuitkering 2019"), "{deel:?}");
            }
            if let Some(t) = tekst(Versie::Basis, deel) {
                assert!(t.afgeleid, "{deel:?}");
                assert!(
                    t.bron.starts_with("afgeleid van het uitgebreide verzoek 2019; tekst van het basisverzoek niet in de bron"),
                    "{deel:?}"
                );
            }
            if let Some(t) = tekst(Versie::Enkel, deel) {
                assert!(t.afgeleid, "{deel:?}");
                assert!(t.bron.contains("2015/2016") && t.bron.contains("niet beschikbaar"), "{deel:?}");
            }
        }
        assert!(!ONDERDEEL_B_UITGEBREID.afgeleid);
    }

    #[test]
    fn basis_texts_mention_no_external_measures() {
        for deel in Deel::ALLE {
            if let Some(t) = tekst(Versie::Basis, deel) {
                for s in [t.titel, t.formuliertekst, t.toelichting] {
                    assert!(!s.contains("externe maatregel"), "{deel:?}");
                    assert!(!s.contains("interne en externe"), "{deel:?}");
                }
            }
        }
    }

    #[test]
    fn no_municipality_specific_text() {
        for (label, s) in alle_strings() {
            assert!(!s.contains("Arnhem"), "{label}");
            assert!(!s.contains("Arnhemmer"), "{label}");
        }
    }

    #[test]
    fn no_pdf_artefacts() {
        for (label, s) in alle_strings() {
            // Bullet glyphs of the PDF (private use area) and other control characters.
            assert!(!s.chars().any(|c| ('\u{f000}'..='\u{f8ff}').contains(&c)), "bullet glyph in {label}");
            assert!(!s.contains('•') && !s.contains('\u{a0}') && !s.contains('\r') && !s.contains('\t'), "{label}");
            assert!(!s.contains("  "), "double space in {label}");
            assert!(!s.contains("\n\n\n"), "empty paragraph in {label}");
            assert_eq!(s, s.trim(), "leading/trailing whitespace in {label}");
            for line in s.lines() {
                assert_eq!(line, line.trim(), "untrimmed line in {label}: {line:?}");
                // A bare page number (e.g. "12") or a footnote line ("6 https://…").
                assert!(line.is_empty() || !line.chars().all(|c| c.is_ascii_digit()), "page number in {label}");
                assert!(!line.starts_with("http"), "link debris in {label}: {line:?}");
                assert!(
                    !(line.split_whitespace().next().is_some_and(|w| w.chars().all(|c| c.is_ascii_digit())) && line.contains("http")),
                    "footnote in {label}: {line:?}"
                );
                // Hyphenation left at a line end.
                assert!(!line.ends_with('-') || line == "-", "hyphen at line end in {label}: {line:?}");
                // "o " sub-bullets of the PDF.
                assert!(!line.starts_with("o "), "sub-bullet glyph in {label}: {line:?}");
            }
            // Footnote markers glued to words, and the form's version footnote.
            for debris in ["20186", "Divosa7", "over 20191", "Versie aanvraagformulier d.d."] {
                assert!(!s.contains(debris), "footnote debris {debris:?} in {label}");
            }
        }
    }

    #[test]
    fn lists_are_dash_lines_inside_their_own_block() {
        for (label, s) in alle_strings() {
            for block in s.split("\n\n") {
                let lines: Vec<&str> = block.lines().collect();
                if lines.len() > 1 {
                    // A multi-line block is a list: every line is an item.
                    for line in &lines {
                        assert!(line.starts_with("- "), "non-item line in list block of {label}: {line:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn guidance_keeps_the_key_requirements() {
        let algemeen = TOELICHTING_ALGEMEEN;
        assert!(algemeen.contains("U kunt geen bijlagen toevoegen aan deze aanvraag."));
        assert!(algemeen.contains("Dit mag niet worden vervangen door het in- of toevoegen van een gemeenteraadbesluit."));
        let a = tekst(Versie::Uitgebreid, Deel::A).unwrap().toelichting;
        assert!(a.contains("Kunt u de omvang van het tekort betrekken bij uw analyse?"));
        let c = tekst(Versie::Uitgebreid, Deel::C).unwrap().toelichting;
        assert!(c.contains("kwantitatief uitdrukken") && c.contains("kwalitatief uitdrukken"));
        let raad = tekst(Versie::Uitgebreid, Deel::Raad).unwrap().formuliertekst;
        assert!(raad.contains("Ondertekening in dit formulier is een vereiste."));
        assert_eq!(ONDERTEKENAARS_COLLEGE, ["De secretaris,", "De burgemeester,"]);
        assert_eq!(ONDERTEKENAARS_RAAD, ["De voorzitter,", "De griffier,"]);
    }
}
