//! Decimals in the JSON file are always strings (`"1234567.89"`), never JSON numbers: a number
//! goes through binary floating point in most readers and would lose cents. They are written
//! exactly as held (`12.50` stays `"12.50"`), so a file read back computes the very same
//! derived results, digit for digit.

use rust_decimal::Decimal;
use serde::{de, Deserialize, Deserializer, Serializer};
use std::str::FromStr;

fn parse<E: de::Error>(s: &str) -> Result<Decimal, E> {
    if s.len() > 40 {
        return Err(E::custom("bedrag of percentage is te lang (meer dan 40 tekens)"));
    }
    Decimal::from_str(s).map_err(|_| E::custom(format!("\"{s}\" is geen geldig decimaal getal (verwacht bijvoorbeeld \"1234567.89\")")))
}

/// `Decimal` as a JSON string.
pub mod req {
    use super::*;
    /// Writes the decimal as a string.
    pub fn serialize<S: Serializer>(d: &Decimal, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(d)
    }
    /// Reads a decimal from a string; a JSON number is refused.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
        struct V;
        impl de::Visitor<'_> for V {
            type Value = Decimal;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("een decimaal getal als tekst, bijvoorbeeld \"1234567.89\"")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Decimal, E> {
                parse(v)
            }
        }
        d.deserialize_str(V)
    }
}

/// `Option<Decimal>` as a JSON string or `null`.
pub mod opt {
    use super::*;
    /// Writes the decimal as a string, or null.
    pub fn serialize<S: Serializer>(d: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
        match d {
            Some(d) => s.collect_str(d),
            None => s.serialize_none(),
        }
    }
    /// Reads a decimal string or null; a JSON number is refused.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Decimal>, D::Error> {
        #[derive(Deserialize)]
        struct W(#[serde(with = "super::req")] Decimal);
        Ok(Option::<W>::deserialize(d)?.map(|w| w.0))
    }
}
