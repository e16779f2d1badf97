//! The Word download (issue 14): the .docx renderer ([`crate::word`]) lives in its own wasm
//! module, fetched only when the user asks for a Word file (the first click on a Word button),
//! so neither the start page nor the draft pages carry it. `scripts/bin/wasm-bindgen` splits it
//! off at build time, as it does the draft pages (`docs/TOOLCHAIN.md`).

use super::{opslag, LaadFout};
use crate::document::Document;
use leptos::prelude::*;

/// The MIME type of a .docx file.
const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// The Word file of `doc`, made in the Word module (fetched on the first call).
#[leptos::wasm_split::wasm_split(word, wasm_split_path = ::leptos::wasm_split, fallible)]
fn word_bestand(doc: Document) -> Result<Vec<u8>, LaadFout> {
    Ok(crate::word::docx(&doc))
}

/// The call into the Word module, as a plain function pointer that [`koppel`] sets from the app
/// at start. Why not a direct call from the buttons: the buttons sit in the draft pages, whose
/// module is kept whole in any wasm that contains it; a direct call would make the wasm of the
/// component tests (`tests/web.rs`, built without the split tool) import the Word module, which
/// it cannot resolve, and not start at all.
type Maker = fn(Document) -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<Vec<u8>, LaadFout>>>>;

thread_local! {
    static MAKER: std::cell::Cell<Option<Maker>> = const { std::cell::Cell::new(None) };
}

/// Connects the Word buttons to the Word module (called once by the app).
pub fn koppel() {
    MAKER.with(|m| m.set(Some(|doc| Box::pin(word_bestand(doc)))));
}

/// Where a Word download stands, for the status line next to its button.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WordStatus {
    /// Nothing asked yet, or done.
    Rust,
    /// The module is being fetched or the file made.
    Bezig,
    /// Downloaded.
    Klaar(String),
    /// Failed: the Dutch message.
    Mislukt(String),
}

/// Makes the Word file of `doc` and downloads it as `naam`; `status` follows along. A failed
/// fetch of the module is explained; the user tries again with the same button.
pub fn download(naam: String, doc: Document, status: RwSignal<WordStatus>) {
    if status.get_untracked() == WordStatus::Bezig {
        return;
    }
    status.set(WordStatus::Bezig);
    leptos::task::spawn_local(async move {
        let Some(maak) = MAKER.with(std::cell::Cell::get) else {
            let _ = status.try_set(WordStatus::Mislukt("Word-bestanden maken is in deze omgeving niet beschikbaar.".into()));
            return;
        };
        let uit = match maak(doc).await {
            Ok(bytes) => match opslag::download_bytes(&naam, &bytes, DOCX) {
                Ok(()) => WordStatus::Klaar(format!("{naam} is gedownload.")),
                Err(e) => WordStatus::Mislukt(format!("Het Word-bestand kon niet worden opgeslagen: {e}.")),
            },
            Err(LaadFout) => WordStatus::Mislukt(
                "Het onderdeel dat Word-bestanden maakt kon niet worden geladen. Is de verbinding weg? Uw concept staat veilig in deze browser; probeer het zo opnieuw."
                    .into(),
            ),
        };
        let _ = status.try_set(uit);
    });
}

/// A Word download button with its status line (a live region, so a screen reader hears the
/// result).
#[component]
pub fn WordKnop(
    /// The button's id (the e2e tests click it).
    id: &'static str,
    /// The button text.
    tekst: &'static str,
    /// The file name and the document, made when the button is pressed.
    maak: Callback<(), (String, Document)>,
    /// Secondary style.
    #[prop(optional)]
    secundair: bool,
) -> impl IntoView {
    let status = RwSignal::new(WordStatus::Rust);
    let status_id = format!("{id}-status");
    view! {
        <button
            type="button"
            class=if secundair { "knop knop--secundair" } else { "knop" }
            id=id
            aria-describedby=status_id.clone()
            aria-busy=move || (status.get() == WordStatus::Bezig).then_some("true")
            on:click=move |_| {
                let (naam, doc) = maak.run(());
                download(naam, doc, status);
            }
        >{tekst}</button>
        <span class="word-status" id=status_id role="status">{move || match status.get() {
            WordStatus::Rust => String::new(),
            WordStatus::Bezig => "Het Word-bestand wordt gemaakt…".into(),
            WordStatus::Klaar(t) | WordStatus::Mislukt(t) => t,
        }}</span>
    }
}
