//! The share link's query string:
//! `?students=140&staff=10&mobility=low&frequency=as-needed&source=none&sso=0&nwea=1`.
//! Every parameter is optional and missing ones take the defaults; anything
//! unknown or malformed is dropped and reported, never guessed at.

use super::fields::{self, Rejection};
use crate::model::{Answers, Choice, Frequency, Mobility, Source};

/// A query parameter that was not used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DroppedParam {
    /// The name as it appeared in the link (decoded, and cut short if long).
    pub name: String,
    pub why: ParamProblem,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParamProblem {
    Unknown,
    Repeated,
    Bad(Rejection),
}

impl ParamProblem {
    pub fn text(&self) -> String {
        match self {
            Self::Unknown => "this page does not use it".into(),
            Self::Repeated => "it was given more than once, and only the first counts".into(),
            Self::Bad(why) => why.text(),
        }
    }
}

/// Answers from a link, with what was dropped on the way.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shared {
    pub answers: Answers,
    pub dropped: Vec<DroppedParam>,
}

pub fn encode(a: &Answers) -> String {
    let flag = |on: bool| if on { "1" } else { "0" };
    format!(
        "students={}&staff={}&mobility={}&frequency={}&source={}&sso={}&nwea={}",
        a.students,
        a.staff,
        a.mobility.token(),
        a.frequency.token(),
        a.source.token(),
        flag(a.sso),
        flag(a.nwea)
    )
}

/// Read a query string, with or without its leading `?`. `None` when it
/// holds no parameters at all: the page was opened without shared answers.
pub fn decode(query: &str) -> Option<Shared> {
    let query = query.strip_prefix('?').unwrap_or(query);
    let pairs: Vec<(String, String)> = query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decode(name), percent_decode(value))
        })
        .collect();
    if pairs.is_empty() {
        return None;
    }

    let mut answers = Answers::default();
    let mut seen: Vec<&str> = Vec::new();
    let mut dropped = Vec::new();
    for (name, value) in &pairs {
        let mut drop = |why| {
            dropped.push(DroppedParam {
                name: name.chars().take(40).collect(),
                why,
            })
        };
        if seen.contains(&name.as_str()) {
            drop(ParamProblem::Repeated);
            continue;
        }
        let applied = match name.as_str() {
            "students" => count(value).map(|n| answers.students = n),
            "staff" => count(value).map(|n| answers.staff = n),
            "mobility" => fields::choice::<Mobility>(value).map(|m| answers.mobility = m),
            "frequency" => fields::choice::<Frequency>(value).map(|f| answers.frequency = f),
            "source" => fields::choice::<Source>(value).map(|s| answers.source = s),
            "sso" => flag(value).map(|on| answers.sso = on),
            "nwea" => flag(value).map(|on| answers.nwea = on),
            _ => {
                drop(ParamProblem::Unknown);
                continue;
            }
        };
        seen.push(name);
        if let Err(why) = applied {
            drop(ParamProblem::Bad(why));
        }
    }
    Some(Shared { answers, dropped })
}

/// A count written in decimal digits, checked without parsing floats.
fn count(text: &str) -> Result<u32, Rejection> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !all_digits(whole) || !all_digits(fraction) {
        return Err(Rejection::WrongType("a number"));
    }
    let whole = whole.trim_start_matches('0');
    if negative && (!whole.is_empty() || fraction.bytes().any(|b| b != b'0')) {
        return Err(Rejection::Negative);
    }
    if fraction.bytes().any(|b| b != b'0') {
        return Err(Rejection::NotWhole);
    }
    // More digits than the largest count has cannot be in range.
    if whole.len() > 6 {
        return Err(Rejection::TooLarge);
    }
    // At most six digits, so the parse cannot fail; zero was trimmed to "".
    let n: u32 = whole.parse().unwrap_or(0);
    fields::count(f64::from(n))
}

fn flag(text: &str) -> Result<bool, Rejection> {
    match text {
        "1" => Ok(true),
        "0" => Ok(false),
        _ => Err(Rejection::WrongType("0 or 1")),
    }
}

/// `%XX` escapes and `+` for space, as browsers write query strings. Bytes
/// that do not form UTF-8 become U+FFFD rather than an error.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(hi), Some(lo)) => {
                    out.push((hi * 16 + lo) as u8);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
