//! Computations beyond the form: all optional in the application, saved and exported with it.
//!
//! - [`historie`]: the saldo over the years (gemeente and Nederland) with the threshold lines,
//!   ready to draw as a chart.
//! - [`effect`]: the expected fewer uitkeringen and savings of the measures, per year, set
//!   against the tekort and the eigen risico.
//! - [`wat_als`]: how much lower the lasten of the tekortjaar would have to be to drop to each
//!   threshold, and the grant after a chosen reduction — always by calling
//!   [`crate::rules::bereken`], never by re-implementing the rules.
//! - [`ambitie`]: the AEF method for a multi-year ambition against the national trend.
//! - [`svg`]: the history chart drawn as an accessible SVG, with its table as text alternative.
//!
//! Pure Rust, exact decimals (no binary floating point), no panics on any input: every
//! multiplication and division is checked, bad input gives a Dutch message.

pub mod ambitie;
pub mod effect;
pub mod historie;
pub mod resultaat;
pub mod svg;
pub mod wat_als;

use crate::rules::RekenFout;
use rust_decimal::{Decimal, RoundingStrategy};

/// Why an analysis cannot be made, in Dutch.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnalyseFout {
    /// The rules cannot be applied at all (unknown year, unusable override).
    Regels(RekenFout),
    /// Something needed is not filled in; the text says what.
    Ontbreekt(String),
    /// A value cannot be used; the text says which and why.
    Ongeldig(String),
}

impl std::fmt::Display for AnalyseFout {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AnalyseFout::Regels(e) => e.fmt(f),
            AnalyseFout::Ontbreekt(m) | AnalyseFout::Ongeldig(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for AnalyseFout {}

impl From<RekenFout> for AnalyseFout {
    fn from(e: RekenFout) -> Self {
        AnalyseFout::Regels(e)
    }
}

/// Rounds to whole units (people, euros), half away from zero, as Dutch tables do.
///
/// ```
/// use rust_decimal::Decimal;
/// use vangnet::analyse::heel;
/// assert_eq!(heel("-365.288".parse().unwrap()), Decimal::from(-365));
/// assert_eq!(heel("2.5".parse().unwrap()), Decimal::from(3));
/// ```
pub fn heel(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
}

/// Larger amounts (euros) are taken to be typos; keeps every product far from overflow.
pub(crate) const MAX_BEDRAG: i64 = 1_000_000_000_000;
/// Larger numbers of uitkeringen are taken to be typos.
pub(crate) const MAX_AANTAL: i64 = 100_000_000;

pub(crate) fn binnen(d: Decimal, max: i64) -> bool {
    d.abs() <= Decimal::from(max)
}
