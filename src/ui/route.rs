//! Routing: the pages and their URL hashes (`#/concept/{id}/{page}`), and going to one.

use crate::rules::Versie;
use leptos::prelude::*;

/// Which page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// Drafts in this browser.
    Start,
    /// One page of one draft.
    Concept {
        /// Draft id.
        id: String,
        /// Page.
        pagina: Pagina,
    },
    /// The accessibility statement.
    Toegankelijkheid,
}

/// The pages of a draft, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pagina {
    /// Task list.
    Overzicht,
    /// Figures and results.
    Rekenen,
    /// A.
    A,
    /// B or B1/B2.
    B,
    /// C.
    C,
    /// D.
    D,
    /// 2.
    Raad,
    /// All checks.
    Controleren,
    /// Export and print.
    Afronden,
    /// The print view.
    Afdrukken,
    /// Check your answers: the whole request (`None`) or one part.
    Antwoorden(Option<Onderdeel>),
    /// Insight beyond the form: history chart, effect of measures, what-if, ambition.
    Analyse,
    /// Compare with another draft, a file or a version mark, and take over; the version marks.
    Vergelijken,
    /// The raad's documents: draft raadsvoorstel and raadsbesluit (issue 14).
    Raadsstukken,
    /// "Volgend jaar voorbereiden": this year's outcome, and a new draft for t+1.
    VolgendJaar,
}

/// The parts a review page can be limited to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Onderdeel {
    /// Figures.
    Rekenen,
    /// A.
    A,
    /// B.
    B,
    /// C.
    C,
    /// D.
    D,
    /// 2.
    Raad,
}

impl Onderdeel {
    /// All parts, in form order.
    pub const ALLE: [Onderdeel; 6] = [Onderdeel::Rekenen, Onderdeel::A, Onderdeel::B, Onderdeel::C, Onderdeel::D, Onderdeel::Raad];

    /// The page where this part is filled in.
    pub fn pagina(self) -> Pagina {
        match self {
            Onderdeel::Rekenen => Pagina::Rekenen,
            Onderdeel::A => Pagina::A,
            Onderdeel::B => Pagina::B,
            Onderdeel::C => Pagina::C,
            Onderdeel::D => Pagina::D,
            Onderdeel::Raad => Pagina::Raad,
        }
    }

    /// The part filled in on page `p`, if any.
    pub fn van_pagina(p: Pagina) -> Option<Onderdeel> {
        Onderdeel::ALLE.into_iter().find(|o| o.pagina() == p)
    }
}

impl Pagina {
    /// The steps counted in "Stap x van y".
    pub const STAPPEN: [Pagina; 8] =
        [Pagina::Rekenen, Pagina::A, Pagina::B, Pagina::C, Pagina::D, Pagina::Raad, Pagina::Controleren, Pagina::Afronden];

    /// URL part.
    pub fn slug(self) -> &'static str {
        match self {
            Pagina::Overzicht => "overzicht",
            Pagina::Rekenen => "rekenen",
            Pagina::A => "a",
            Pagina::B => "b",
            Pagina::C => "c",
            Pagina::D => "d",
            Pagina::Raad => "raad",
            Pagina::Controleren => "controleren",
            Pagina::Afronden => "afronden",
            Pagina::Afdrukken => "afdrukken",
            Pagina::Analyse => "analyse",
            Pagina::Vergelijken => "vergelijken",
            Pagina::Raadsstukken => "raadsstukken",
            Pagina::VolgendJaar => "volgend-jaar",
            Pagina::Antwoorden(None) => "antwoorden",
            Pagina::Antwoorden(Some(o)) => match o {
                Onderdeel::Rekenen => "antwoorden-rekenen",
                Onderdeel::A => "antwoorden-a",
                Onderdeel::B => "antwoorden-b",
                Onderdeel::C => "antwoorden-c",
                Onderdeel::D => "antwoorden-d",
                Onderdeel::Raad => "antwoorden-raad",
            },
        }
    }

    fn van_slug(s: &str) -> Option<Pagina> {
        [
            Pagina::Overzicht,
            Pagina::Rekenen,
            Pagina::A,
            Pagina::B,
            Pagina::C,
            Pagina::D,
            Pagina::Raad,
            Pagina::Controleren,
            Pagina::Afronden,
            Pagina::Afdrukken,
            Pagina::Antwoorden(None),
            Pagina::Analyse,
            Pagina::Vergelijken,
            Pagina::Raadsstukken,
            Pagina::VolgendJaar,
        ]
        .into_iter()
        .chain(Onderdeel::ALLE.map(|o| Pagina::Antwoorden(Some(o))))
        .find(|p| p.slug() == s)
    }

    /// Page title.
    pub fn titel(self, versie: Versie) -> &'static str {
        match self {
            Pagina::Overzicht => "Overzicht",
            Pagina::Rekenen => "Rekenen: tekort en vangnetuitkering",
            Pagina::A => "A. Analyse van de oorzaken van het tekort",
            Pagina::B if versie == Versie::Uitgebreid => "B. Getroffen interne en externe maatregelen",
            Pagina::B => "B. Getroffen maatregelen",
            Pagina::C => "C. Beoogd effect van de maatregelen",
            Pagina::D => "D. Ondertekening door het college",
            Pagina::Raad => "2. Instemming gemeenteraad",
            Pagina::Controleren => "Controleren",
            Pagina::Afronden => "Afronden: bestand en afdrukken",
            Pagina::Afdrukken => "Afdrukversie",
            Pagina::Analyse => "Inzicht: verloop, effect, wat-als en ambitie",
            Pagina::Vergelijken => "Vergelijken met een bestand of concept",
            Pagina::Raadsstukken => "Raadsstukken: raadsvoorstel en raadsbesluit",
            Pagina::VolgendJaar => "Volgend jaar voorbereiden",
            Pagina::Antwoorden(None) => "Uw antwoorden controleren",
            Pagina::Antwoorden(Some(Onderdeel::Rekenen)) => "Uw antwoorden: Rekenen",
            Pagina::Antwoorden(Some(Onderdeel::A)) => "Uw antwoorden: A. Analyse",
            Pagina::Antwoorden(Some(Onderdeel::B)) => "Uw antwoorden: B. Maatregelen",
            Pagina::Antwoorden(Some(Onderdeel::C)) => "Uw antwoorden: C. Beoogd effect",
            Pagina::Antwoorden(Some(Onderdeel::D)) => "Uw antwoorden: D. Ondertekening college",
            Pagina::Antwoorden(Some(Onderdeel::Raad)) => "Uw antwoorden: 2. Instemming gemeenteraad",
        }
    }

    /// The page where field `v` is filled in.
    pub fn van_veld(v: &crate::veld::Veld) -> Pagina {
        use crate::veld::Onderdeel as O;
        if let crate::veld::Veld::Raadsstuk(_) = v {
            return Pagina::Raadsstukken;
        }
        match v.onderdeel() {
            O::Rekenen => Pagina::Rekenen,
            O::A => Pagina::A,
            O::B => Pagina::B,
            O::C => Pagina::C,
            O::D => Pagina::D,
            O::Raad => Pagina::Raad,
            O::Inzicht => Pagina::Analyse,
        }
    }
}

/// The URL hash of a route.
pub fn href(r: &Route) -> String {
    match r {
        Route::Start => "#/".into(),
        Route::Toegankelijkheid => "#/toegankelijkheid".into(),
        Route::Concept { id, pagina } => format!("#/concept/{id}/{}", pagina.slug()),
    }
}

pub(super) fn route_van_hash(hash: &str) -> Route {
    let h = hash.trim_start_matches('#').trim_start_matches('/');
    let delen: Vec<&str> = h.split('/').collect();
    match delen.as_slice() {
        ["toegankelijkheid"] => Route::Toegankelijkheid,
        ["concept", id, p] if !id.is_empty() => {
            Route::Concept { id: id.to_string(), pagina: Pagina::van_slug(p).unwrap_or(Pagina::Overzicht) }
        }
        ["concept", id] if !id.is_empty() => Route::Concept { id: id.to_string(), pagina: Pagina::Overzicht },
        _ => Route::Start,
    }
}

/// Goes to a route (pushes history).
pub fn ga_naar(r: &Route) {
    let _ = window().location().set_hash(&href(r));
}
