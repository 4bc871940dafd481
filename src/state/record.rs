//! The saved record: one versioned JSON document holding the answers.
//!
//! Reading is forgiving field by field, so one bad value costs only that value,
//! and it reports exactly what it dropped so the page can say so.

use serde::Serialize;

use super::fields::{self, Rejection};
use super::loose::{self, Loose};
use crate::model::{Answers, Frequency, Mobility, Source};

/// The schema this build writes. Older versions it knows how to read are
/// migrated; newer ones are left alone for the newer page that wrote them.
pub const SCHEMA_VERSION: u64 = 1;

/// What the page keeps between visits.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Saved {
    pub answers: Answers,
    /// Optional district name for the printout.
    pub district: String,
    /// Ids of the next steps and readiness checks the user has ticked.
    pub ticked: Vec<String>,
}

/// The record as written: the current schema version and the saved values.
#[derive(Serialize)]
pub struct Record<'a> {
    version: u64,
    answers: &'a Answers,
    district: &'a str,
    ticked: &'a [String],
}

impl<'a> Record<'a> {
    pub fn new(saved: &'a Saved) -> Self {
        Self {
            version: SCHEMA_VERSION,
            answers: &saved.answers,
            district: &saved.district,
            ticked: &saved.ticked,
        }
    }
}

pub fn encode(saved: &Saved) -> String {
    // A struct of plain numbers, strings and booleans always serializes.
    serde_json::to_string(&Record::new(saved)).unwrap_or_default()
}

/// Why a saved record could not be used at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unreadable {
    Empty,
    NotJson,
    NotARecord,
    NoVersion,
    Newer(u64),
    Older(u64),
}

impl Unreadable {
    pub fn text(&self) -> String {
        match self {
            Self::Empty => "it was empty".into(),
            Self::NotJson => "it was not valid JSON".into(),
            Self::NotARecord => "it did not hold a set of answers".into(),
            Self::NoVersion => "it had no schema version".into(),
            Self::Newer(v) => format!("it was saved by a newer version of this page (schema {v})"),
            Self::Older(v) => format!("it uses schema {v}, which this page cannot read"),
        }
    }
}

/// One answer that was dropped and replaced by its default.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dropped {
    pub field: &'static str,
    pub why: Rejection,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decoded {
    Clean(Saved),
    /// Usable, but some values were replaced by defaults.
    Repaired(Saved, Vec<Dropped>),
    Unreadable(Unreadable),
}

pub fn decode(text: &str) -> Decoded {
    if text.trim().is_empty() {
        return Decoded::Unreadable(Unreadable::Empty);
    }
    let Some(record) = loose::parse(text) else {
        return Decoded::Unreadable(Unreadable::NotJson);
    };
    if !record.is_object() {
        return Decoded::Unreadable(Unreadable::NotARecord);
    }
    match record.get("version").map(Loose::as_whole) {
        None | Some(None) => return Decoded::Unreadable(Unreadable::NoVersion),
        Some(Some(v)) if v > SCHEMA_VERSION => return Decoded::Unreadable(Unreadable::Newer(v)),
        Some(Some(v)) if v < SCHEMA_VERSION => return Decoded::Unreadable(Unreadable::Older(v)),
        Some(Some(_)) => {}
    }
    let Some(answers) = record.get("answers").filter(|a| a.is_object()) else {
        return Decoded::Unreadable(Unreadable::NotARecord);
    };

    let mut reader = FieldReader {
        fields: answers,
        dropped: Vec::new(),
    };
    let defaults = Answers::default();
    let answers = Answers {
        students: reader.count("students", defaults.students),
        staff: reader.count("staff", defaults.staff),
        mobility: reader.choice::<Mobility>("mobility", defaults.mobility),
        frequency: reader.choice::<Frequency>("frequency", defaults.frequency),
        source: reader.choice::<Source>("source", defaults.source),
        sso: reader.flag("sso", defaults.sso),
        nwea: reader.flag("nwea", defaults.nwea),
    };
    let district = match record.get("district") {
        None => String::new(),
        Some(Loose::Text(s)) => fields::district(s).unwrap_or_else(|why| {
            reader.drop("district", why);
            String::new()
        }),
        Some(_) => {
            reader.drop("district", Rejection::WrongType("text"));
            String::new()
        }
    };

    let ticked = match record.get("ticked") {
        None => Vec::new(),
        Some(Loose::List(items)) => {
            let ids: Vec<String> = items
                .iter()
                .filter_map(|item| item.as_text().and_then(|id| fields::step_id(id).ok()))
                .collect();
            if ids.len() != items.len() {
                reader.drop("ticked", Rejection::WrongType("a list of step names"));
            }
            ids
        }
        Some(_) => {
            reader.drop("ticked", Rejection::WrongType("a list of step names"));
            Vec::new()
        }
    };

    let saved = Saved {
        answers,
        district,
        ticked,
    };
    if reader.dropped.is_empty() {
        Decoded::Clean(saved)
    } else {
        Decoded::Repaired(saved, reader.dropped)
    }
}

struct FieldReader<'a> {
    fields: &'a Loose,
    dropped: Vec<Dropped>,
}

impl FieldReader<'_> {
    fn drop(&mut self, field: &'static str, why: Rejection) {
        self.dropped.push(Dropped { field, why });
    }

    fn read<T>(
        &mut self,
        field: &'static str,
        default: T,
        parse: impl FnOnce(&Loose) -> Result<T, Rejection>,
    ) -> T {
        let result = match self.fields.get(field) {
            None => Err(Rejection::Missing),
            Some(value) => parse(value),
        };
        result.unwrap_or_else(|why| {
            self.drop(field, why);
            default
        })
    }

    fn count(&mut self, field: &'static str, default: u32) -> u32 {
        self.read(field, default, |v| match v.as_number() {
            Some(n) => fields::count(n),
            None => Err(Rejection::WrongType("a number")),
        })
    }

    fn choice<C: crate::model::Choice>(&mut self, field: &'static str, default: C) -> C {
        self.read(field, default, |v| match v.as_text() {
            Some(token) => fields::choice(token),
            None => Err(Rejection::WrongType("text")),
        })
    }

    fn flag(&mut self, field: &'static str, default: bool) -> bool {
        self.read(field, default, |v| {
            v.as_flag().ok_or(Rejection::WrongType("true or false"))
        })
    }
}
