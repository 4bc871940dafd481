//! Checks for single answer values, shared by every way answers come in
//! (the saved record now, a shared link later), so each source rejects the
//! same bad values with the same words.

use crate::model::{thousands, Choice, MAX_COUNT, MAX_SUITES, MAX_SUITE_NAME_CHARS};

/// Longest district name kept; long enough for any real district's name.
pub const MAX_DISTRICT_CHARS: usize = 80;

/// Why a value was not used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rejection {
    Missing,
    WrongType(&'static str),
    NotWhole,
    Negative,
    TooLarge,
    UnknownChoice,
    TooLong,
    /// More suites than a plan holds.
    TooMany,
}

impl Rejection {
    pub fn text(&self) -> String {
        match self {
            Self::Missing => "it was missing".into(),
            Self::WrongType(expected) => format!("it was not {expected}"),
            Self::NotWhole => "it was not a whole number".into(),
            Self::Negative => "it was below zero".into(),
            Self::TooLarge => format!("it was above {}", thousands(MAX_COUNT)),
            Self::UnknownChoice => "it was not one of the offered choices".into(),
            Self::TooLong => format!("it was longer than {MAX_DISTRICT_CHARS} characters"),
            Self::TooMany => format!("a plan holds at most {MAX_SUITES} suites"),
        }
    }
}

/// A head count: a whole number from 0 to [`MAX_COUNT`].
pub fn count(value: f64) -> Result<u32, Rejection> {
    if !value.is_finite() {
        Err(Rejection::WrongType("a number"))
    } else if value.fract() != 0.0 {
        Err(Rejection::NotWhole)
    } else if value < 0.0 {
        Err(Rejection::Negative)
    } else if value > f64::from(MAX_COUNT) {
        Err(Rejection::TooLarge)
    } else {
        // In range and whole, so the conversion is exact.
        Ok(value as u32)
    }
}

pub fn choice<C: Choice>(token: &str) -> Result<C, Rejection> {
    C::from_token(token).ok_or(Rejection::UnknownChoice)
}

/// Longest step id kept; the page's own ids are far shorter.
pub const MAX_STEP_ID_CHARS: usize = 40;

/// A ticked step's id: short, lowercase letters, digits and dashes.
pub fn step_id(text: &str) -> Result<String, Rejection> {
    let well_formed = !text.is_empty()
        && text.len() <= MAX_STEP_ID_CHARS
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if well_formed {
        Ok(text.to_owned())
    } else {
        Err(Rejection::WrongType("a step name"))
    }
}

/// A suite's name: not blank, and no longer than a district name.
pub fn suite_name(text: &str) -> Result<String, Rejection> {
    let name = text.trim();
    if name.is_empty() {
        Err(Rejection::Missing)
    } else if name.chars().count() > MAX_SUITE_NAME_CHARS {
        Err(Rejection::TooLong)
    } else {
        Ok(name.to_owned())
    }
}

pub fn district(text: &str) -> Result<String, Rejection> {
    if text.chars().count() > MAX_DISTRICT_CHARS {
        Err(Rejection::TooLong)
    } else {
        Ok(text.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Source;

    #[test]
    fn counts_must_be_whole_and_in_range() {
        assert_eq!(count(0.0), Ok(0));
        assert_eq!(count(100_000.0), Ok(100_000));
        assert_eq!(count(140.5), Err(Rejection::NotWhole));
        assert_eq!(count(-1.0), Err(Rejection::Negative));
        assert_eq!(count(100_001.0), Err(Rejection::TooLarge));
        assert_eq!(count(f64::NAN), Err(Rejection::WrongType("a number")));
        assert_eq!(count(f64::INFINITY), Err(Rejection::WrongType("a number")));
        assert_eq!(count(1e300), Err(Rejection::TooLarge));
    }

    #[test]
    fn choices_accept_only_their_tokens() {
        assert_eq!(choice::<Source>("classlink"), Ok(Source::ClassLink));
        assert_eq!(choice::<Source>("ClassLink"), Err(Rejection::UnknownChoice));
        assert_eq!(choice::<Source>(""), Err(Rejection::UnknownChoice));
    }

    #[test]
    fn district_names_have_a_length_limit() {
        assert_eq!(district("Springfield USD"), Ok("Springfield USD".into()));
        let long = "é".repeat(MAX_DISTRICT_CHARS + 1);
        assert_eq!(district(&long), Err(Rejection::TooLong));
        assert!(district(&"é".repeat(MAX_DISTRICT_CHARS)).is_ok());
    }
}
