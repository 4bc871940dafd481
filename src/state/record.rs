//! The saved record: one versioned JSON document holding the plan.
//!
//! Reading is forgiving field by field, so one bad value costs only that value,
//! and it reports exactly what it dropped so the page can say so. Records of
//! the first schema (one set of answers) are read as a one-suite plan.

use serde::Serialize;

use super::fields::{self, Rejection};
use super::loose::{self, Loose};
use crate::model::{Answers, Choice, Frequency, Mobility, Overrides, Plan, Suite, MAX_SUITES};

/// The schema this build writes. Older versions it knows how to read are
/// migrated; newer ones are left alone for the newer page that wrote them.
pub const SCHEMA_VERSION: u64 = 2;

/// `Saved::selected` when the district overview is on show rather than a suite.
pub const DISTRICT: u32 = 0;

/// The name a plan's first suite gets when nobody has named it.
pub const DEFAULT_SUITE_NAME: &str = "Product suite";

/// What the page keeps between visits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Saved {
    pub plan: Plan,
    /// Optional district name for the printout.
    pub district_name: String,
    /// The suite on show, or [`DISTRICT`].
    pub selected: u32,
}

impl Default for Saved {
    fn default() -> Self {
        Self::single(Answers::default())
    }
}

impl Saved {
    /// One suite taking every answer from `answers`.
    pub fn single(answers: Answers) -> Self {
        Self {
            plan: Plan::single(answers, DEFAULT_SUITE_NAME),
            district_name: String::new(),
            selected: 1,
        }
    }
}

/// The record as written.
#[derive(Serialize)]
pub struct Record<'a> {
    version: u64,
    district: &'a Answers,
    #[serde(rename = "districtName")]
    district_name: &'a str,
    suites: Vec<SuiteRecord<'a>>,
    selected: u32,
}

#[derive(Serialize)]
struct SuiteRecord<'a> {
    id: u32,
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    students: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    staff: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    mobility: Option<Mobility>,
    #[serde(skip_serializing_if = "Option::is_none")]
    frequency: Option<Frequency>,
    ticked: &'a [String],
}

impl<'a> Record<'a> {
    pub fn new(saved: &'a Saved) -> Self {
        let suites = saved
            .plan
            .suites
            .iter()
            .map(|s| SuiteRecord {
                id: s.id,
                name: &s.name,
                students: s.overrides.students,
                staff: s.overrides.staff,
                mobility: s.overrides.mobility,
                frequency: s.overrides.frequency,
                ticked: &s.ticked,
            })
            .collect();
        Self {
            version: SCHEMA_VERSION,
            district: &saved.plan.district,
            district_name: &saved.district_name,
            suites,
            selected: saved.selected,
        }
    }
}

pub fn encode(saved: &Saved) -> String {
    // Plain numbers, strings and booleans always serialize.
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

/// One saved value that was dropped and replaced by its default.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dropped {
    /// What a person knows the value by: "students", "roster source",
    /// "students of \u{201c}MyPath\u{201d}".
    pub field: String,
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
    let version = match record.get("version").map(Loose::as_whole) {
        None | Some(None) => return Decoded::Unreadable(Unreadable::NoVersion),
        Some(Some(v)) if v > SCHEMA_VERSION => return Decoded::Unreadable(Unreadable::Newer(v)),
        Some(Some(v)) if v < 1 => return Decoded::Unreadable(Unreadable::Older(v)),
        Some(Some(v)) => v,
    };
    let mut dropped = Vec::new();
    let saved = if version == 1 {
        read_first_schema(&record, &mut dropped)
    } else {
        read_plan(&record, &mut dropped)
    };
    match saved {
        None => Decoded::Unreadable(Unreadable::NotARecord),
        Some(saved) if dropped.is_empty() => Decoded::Clean(saved),
        Some(saved) => Decoded::Repaired(saved, dropped),
    }
}

/// Schema 1: `{version: 1, answers, district, ticked}`, one set of answers
/// with the district's name under `district`. It becomes a one-suite plan.
fn read_first_schema(record: &Loose, dropped: &mut Vec<Dropped>) -> Option<Saved> {
    let answers = record.get("answers").filter(|a| a.is_object())?;
    let mut saved = Saved::single(read_answers(answers, dropped));
    saved.district_name = read_district_name(record.get("district"), dropped);
    saved.plan.suites[0].ticked = read_ticked(record.get("ticked"), "ticked steps", dropped);
    Some(saved)
}

/// Schema 2: `{version: 2, district, districtName, suites, selected}`.
fn read_plan(record: &Loose, dropped: &mut Vec<Dropped>) -> Option<Saved> {
    let district = record.get("district").filter(|a| a.is_object())?;
    let district = read_answers(district, dropped);
    let district_name = read_district_name(record.get("districtName"), dropped);

    let mut suites: Vec<Suite> = Vec::new();
    match record.get("suites") {
        Some(Loose::List(items)) => {
            if items.len() > MAX_SUITES {
                drop_field(dropped, "suites beyond the sixtieth", Rejection::TooMany);
            }
            for (n, item) in items.iter().take(MAX_SUITES).enumerate() {
                match read_suite(item, n, &suites, dropped) {
                    Some(suite) => suites.push(suite),
                    None => drop_field(
                        dropped,
                        &format!("suite {}", n + 1),
                        Rejection::WrongType("a suite"),
                    ),
                }
            }
        }
        _ => drop_field(dropped, "suites", Rejection::WrongType("a list of suites")),
    }
    let mut plan = Plan::single(district, DEFAULT_SUITE_NAME);
    if !suites.is_empty() {
        plan.suites = suites;
    }
    let selected = match record.get("selected").and_then(Loose::as_whole) {
        Some(id)
            if id == u64::from(DISTRICT) || plan.suites.iter().any(|s| u64::from(s.id) == id) =>
        {
            id as u32
        }
        _ => plan.suites[0].id,
    };
    Some(Saved {
        plan,
        district_name,
        selected,
    })
}

fn read_suite(
    item: &Loose,
    n: usize,
    earlier: &[Suite],
    dropped: &mut Vec<Dropped>,
) -> Option<Suite> {
    if !item.is_object() {
        return None;
    }
    let name = match item
        .get("name")
        .map(|v| v.as_text().map(fields::suite_name))
    {
        Some(Some(Ok(name))) => name,
        _ => {
            drop_field(
                dropped,
                &format!("the name of suite {}", n + 1),
                Rejection::WrongType("a name"),
            );
            format!("{DEFAULT_SUITE_NAME} {}", n + 1)
        }
    };
    let of = |what: &str| format!("{what} of \u{201c}{name}\u{201d}");
    // Ids keep selection and keys stable; a missing or repeated one gets a fresh number.
    let taken = |id: u32| earlier.iter().any(|s| s.id == id);
    let id = match item.get("id").and_then(Loose::as_whole) {
        Some(id) if id > 0 && id <= u64::from(u32::MAX) && !taken(id as u32) => id as u32,
        _ => (1..).find(|&id| !taken(id)).unwrap_or(1),
    };
    let overrides = Overrides {
        students: optional(item, "students", &of("students"), count, dropped),
        staff: optional(item, "staff", &of("staff"), count, dropped),
        mobility: optional(
            item,
            "mobility",
            &of("how often students change schools"),
            choice,
            dropped,
        ),
        frequency: optional(
            item,
            "frequency",
            &of("how often rosters change"),
            choice,
            dropped,
        ),
    };
    let ticked = read_ticked(item.get("ticked"), &of("ticked steps"), dropped);
    Some(Suite {
        id,
        name,
        overrides,
        ticked,
    })
}

/// A value that may be absent; present but bad, it is dropped and reported.
fn optional<T>(
    fields: &Loose,
    key: &str,
    label: &str,
    parse: fn(&Loose) -> Result<T, Rejection>,
    dropped: &mut Vec<Dropped>,
) -> Option<T> {
    match parse(fields.get(key)?) {
        Ok(value) => Some(value),
        Err(why) => {
            drop_field(dropped, label, why);
            None
        }
    }
}

/// A value that must be there; missing or bad, it takes its default.
fn required<T>(
    fields: &Loose,
    key: &str,
    label: &str,
    parse: fn(&Loose) -> Result<T, Rejection>,
    default: T,
    dropped: &mut Vec<Dropped>,
) -> T {
    if fields.get(key).is_none() {
        drop_field(dropped, label, Rejection::Missing);
        return default;
    }
    optional(fields, key, label, parse, dropped).unwrap_or(default)
}

fn drop_field(dropped: &mut Vec<Dropped>, field: &str, why: Rejection) {
    dropped.push(Dropped {
        field: field.to_owned(),
        why,
    });
}

fn count(value: &Loose) -> Result<u32, Rejection> {
    match value.as_number() {
        Some(n) => fields::count(n),
        None => Err(Rejection::WrongType("a number")),
    }
}

fn choice<C: Choice>(value: &Loose) -> Result<C, Rejection> {
    match value.as_text() {
        Some(token) => fields::choice(token),
        None => Err(Rejection::WrongType("text")),
    }
}

fn flag(value: &Loose) -> Result<bool, Rejection> {
    value.as_flag().ok_or(Rejection::WrongType("true or false"))
}

/// A full set of answers; each missing or bad one becomes its default.
fn read_answers(fields: &Loose, dropped: &mut Vec<Dropped>) -> Answers {
    let d = Answers::default();
    Answers {
        students: required(fields, "students", "students", count, d.students, dropped),
        staff: required(fields, "staff", "staff", count, d.staff, dropped),
        mobility: required(
            fields,
            "mobility",
            "how often students change schools",
            choice,
            d.mobility,
            dropped,
        ),
        frequency: required(
            fields,
            "frequency",
            "how often rosters change",
            choice,
            d.frequency,
            dropped,
        ),
        source: required(fields, "source", "roster source", choice, d.source, dropped),
        sso: required(fields, "sso", "single sign-on", flag, d.sso, dropped),
        nwea: required(fields, "nwea", "NWEA", flag, d.nwea, dropped),
    }
}

fn read_district_name(value: Option<&Loose>, dropped: &mut Vec<Dropped>) -> String {
    match value {
        None => String::new(),
        Some(Loose::Text(s)) => fields::district(s).unwrap_or_else(|why| {
            drop_field(dropped, "district name", why);
            String::new()
        }),
        Some(_) => {
            drop_field(dropped, "district name", Rejection::WrongType("text"));
            String::new()
        }
    }
}

fn read_ticked(value: Option<&Loose>, label: &str, dropped: &mut Vec<Dropped>) -> Vec<String> {
    match value {
        None => Vec::new(),
        Some(Loose::List(items)) => {
            let ids: Vec<String> = items
                .iter()
                .filter_map(|item| item.as_text().and_then(|id| fields::step_id(id).ok()))
                .collect();
            if ids.len() != items.len() {
                drop_field(dropped, label, Rejection::WrongType("a list of step names"));
            }
            ids
        }
        Some(_) => {
            drop_field(dropped, label, Rejection::WrongType("a list of step names"));
            Vec::new()
        }
    }
}
