//! The accessibility statement.

use crate::ui::dom::{focus_op, markeer_klaar, zet_titel};
use leptos::prelude::*;

/// The accessibility statement.
#[component]
pub fn Toegankelijkheid() -> impl IntoView {
    zet_titel("Toegankelijkheidsverklaring");
    focus_op("pagina-kop");
    markeer_klaar();
    view! {
        <h1 id="pagina-kop" tabindex="-1">"Toegankelijkheid"</h1>
        <p>"Deze app wil voldoen aan WCAG 2.1 niveau AA (EN 301 549), zoals het Besluit digitale toegankelijkheid overheid vraagt. Hieronder staat wat bij elke wijziging automatisch wordt gecontroleerd, hoe, en wat niet."</p>
        <h2>"Wat is getest, en hoe"</h2>
        <p>"De tests draaien bij elke wijziging in Chromium 156 (Debian, zonder scherm, aangestuurd met Playwright), tegen de gebouwde app."</p>
        <ul>
            <li>"Automatische controle met axe-core 4.11.0, met alle regels voor WCAG 2.0 en 2.1 niveau A en AA: geen enkele overtreding op elke pagina en in elke toestand: de startpagina (leeg, met concepten, met een foutmelding bij het inlezen, met de vraag “Zeker weten?” bij verwijderen), elk onderdeel van een leeg concept (ook Rekenen met “Regels aanpassen” en herindeling open, en B met maatregelkaarten en de toelichtingen open), dezelfde onderdelen met foutmeldingen en foutsamenvatting, de volledige aanvraag van Arnhem over 2019 (alle onderdelen, Controleren, Afronden, Uw antwoorden, Inzicht en de afdrukversie) en deze verklaring."</li>
            <li>"Alleen met het toetsenbord: de aanvraag van Arnhem over 2019 (met twee interne en twee externe maatregelen) wordt helemaal ingevuld met Tab, Shift+Tab, Enter, spatie, pijltjestoetsen en typen (jaar kiezen, onderdelen via de navigatie, bedragen, keuzerondjes, teksten, maatregelen en brondocument toevoegen, datums als dag, maand en jaar), Controleren toont geen fouten en het JSON-bestand wordt met Enter gedownload. Op het gekozen element is steeds een focusrand van minstens 2 pixels zichtbaar."</li>
            <li>"De foutsamenvatting (“Er is een probleem”) krijgt de focus; elke melding is een link die met Enter de focus op het veld zet (bij keuzerondjes op het eerste of gekozen rondje), met precies dezelfde tekst als de melding bij het veld; de paginatitel begint met “Fout: ”; het veld heeft aria-invalid en is met aria-describedby aan de melding gekoppeld. Getest bij D, bij Rekenen en bij B."</li>
            <li>"320 pixels breed (zoals 400% zoom): op elke pagina, ook de afdrukversie, hoeft u niet horizontaal te scrollen. Alleen brede tabellen scrollen binnen hun eigen kader."</li>
            <li>"Geforceerde kleuren (forced-colors, zoals Windows-contrastthema’s), nagebootst in Chromium: de focusrand en de rand van de foutsamenvatting blijven zichtbaar, en axe-core vindt geen overtredingen."</li>
            <li>"Klikdoelen: elke zichtbare knop, link in de navigatie, keuzerondje, vinkvakje en de bestandskiezer is minstens 24 bij 24 pixels (WCAG 2.2, 2.5.8), ook bij 320 pixels breed."</li>
            <li>"Elke pagina heeft precies één kop van niveau 1; elke stap toont “Stap x van y” direct boven die kop en aan het begin van de paginatitel. De link “Naar de inhoud” verschijnt bij de eerste Tab en zet de focus op de inhoud."</li>
            <li>"Velden hebben een label; hints en foutmeldingen zijn met aria-describedby aan het veld gekoppeld; velden met een fout krijgen aria-invalid."</li>
            <li>"Verder draait een test de hele aanvraag van Arnhem over 2019 door met de muis: invullen, herladen, exporteren, afdrukversie, inlezen."</li>
        </ul>
        <h2>"Wat (nog) niet werkt of niet getest is"</h2>
        <ul>
            <li>"Er is niet getest met echte schermlezers (NVDA, JAWS, VoiceOver, TalkBack), vergrotingssoftware of spraakbesturing, en er is geen handmatige audit door een deskundige gedaan. Automatische tests vinden niet alle problemen, bijvoorbeeld niet of teksten en volgorde begrijpelijk zijn."</li>
            <li>"Alleen Chromium onder Linux is getest; Firefox, Safari, Edge en mobiele browsers niet."</li>
            <li>"Geforceerde kleuren zijn alleen nagebootst; een echt Windows-contrastthema op Windows is niet getest."</li>
            <li>"Niet getest: eigen tekstafstand (WCAG 1.4.12) en draaien tussen staand en liggend op mobiele apparaten."</li>
            <li>"De knop van de bestandskiezer (“Bestand kiezen”) heeft de taal van de browser, niet altijd Nederlands."</li>
            <li>"Zonder JavaScript werkt de app niet; gebruik dan het officiële Word-formulier van de Toetsingscommissie."</li>
        </ul>
        <p><a href="#/">"Terug naar de startpagina"</a></p>
    }
}
