//! The share link's query string. One suite's answers use the form of the
//! design notes:
//! `?students=140&staff=10&mobility=low&frequency=as-needed&source=none&sso=0&nwea=1`,
//! where every parameter is optional and missing ones take the defaults.
//! A plan of several suites puts the district's answers in `district`, dot
//! separated in the same order, and each suite in a `suite`: its name, a
//! `*`, then students, staff, mobility and frequency, blank where the suite
//! takes the district's answer:
//! `?district=540.40.low.yearly.clever.1.0&suite=MyPath*150..high&suite=Purpose`.
//! Anything unknown or malformed is dropped and reported, never guessed at.

use super::fields::{self, Rejection};
use super::record::DEFAULT_SUITE_NAME;
use crate::model::{
    Answers, Choice, Frequency, Mobility, Overrides, Plan, Source, Suite, MAX_SUITES,
};

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

/// A plan from a link, with what was dropped on the way.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shared {
    pub plan: Plan,
    pub dropped: Vec<DroppedParam>,
}

/// A link for a plan: the short one-suite form when the plan is a single,
/// unnamed suite, the plan form otherwise.
pub fn encode_plan(plan: &Plan) -> String {
    match plan.suites.as_slice() {
        [only] if only.overrides.is_empty() && only.name == DEFAULT_SUITE_NAME => {
            encode(&plan.district)
        }
        suites => {
            let d = &plan.district;
            let mut out = format!(
                "district={}.{}.{}.{}.{}.{}.{}",
                d.students,
                d.staff,
                d.mobility.token(),
                d.frequency.token(),
                d.source.token(),
                u8::from(d.sso),
                u8::from(d.nwea)
            );
            for suite in suites {
                let o = &suite.overrides;
                let own = format!(
                    "{}.{}.{}.{}",
                    o.students.map(|n| n.to_string()).unwrap_or_default(),
                    o.staff.map(|n| n.to_string()).unwrap_or_default(),
                    o.mobility.map_or("", |m| m.token()),
                    o.frequency.map_or("", |f| f.token()),
                );
                // Trailing blanks say nothing, so a suite that takes every
                // answer from the district is its name alone.
                let own = own.trim_end_matches('.');
                out += "&suite=";
                out += &encode_name(&suite.name);
                if !own.is_empty() {
                    out += "*";
                    out += own;
                }
            }
            out
        }
    }
}

/// A name for a query string: letters, digits and `-_~` as they are, spaces
/// as `+`, everything else (dots and stars, which the form uses) escaped.
fn encode_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for &b in name.as_bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'~' => out.push(b as char),
            b' ' => out.push('+'),
            _ => out += &format!("%{b:02X}"),
        }
    }
    out
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
    // Values stay raw here: a plan's values are split before they are decoded.
    let pairs: Vec<(String, &str)> = query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decode(name), value)
        })
        .collect();
    if pairs.is_empty() {
        return None;
    }
    let mut dropped = Vec::new();
    let is_plan = pairs
        .iter()
        .any(|(name, _)| name == "district" || name == "suite");
    let plan = if is_plan {
        plan_from(&pairs, &mut dropped)
    } else {
        Plan::single(answers_from(&pairs, &mut dropped), DEFAULT_SUITE_NAME)
    };
    Some(Shared { plan, dropped })
}

fn report(dropped: &mut Vec<DroppedParam>, name: &str, why: ParamProblem) {
    dropped.push(DroppedParam {
        name: name.chars().take(40).collect(),
        why,
    });
}

/// One suite's answers, one parameter each.
fn answers_from(pairs: &[(String, &str)], dropped: &mut Vec<DroppedParam>) -> Answers {
    let mut answers = Answers::default();
    let mut seen: Vec<&str> = Vec::new();
    for (name, raw) in pairs {
        if seen.contains(&name.as_str()) {
            report(dropped, name, ParamProblem::Repeated);
            continue;
        }
        let value = percent_decode(raw);
        let applied = match name.as_str() {
            "students" => count(&value).map(|n| answers.students = n),
            "staff" => count(&value).map(|n| answers.staff = n),
            "mobility" => fields::choice::<Mobility>(&value).map(|m| answers.mobility = m),
            "frequency" => fields::choice::<Frequency>(&value).map(|f| answers.frequency = f),
            "source" => fields::choice::<Source>(&value).map(|s| answers.source = s),
            "sso" => flag(&value).map(|on| answers.sso = on),
            "nwea" => flag(&value).map(|on| answers.nwea = on),
            _ => {
                report(dropped, name, ParamProblem::Unknown);
                continue;
            }
        };
        seen.push(name);
        if let Err(why) = applied {
            report(dropped, name, ParamProblem::Bad(why));
        }
    }
    answers
}

/// A plan: `district` once, `suite` for each suite.
fn plan_from(pairs: &[(String, &str)], dropped: &mut Vec<DroppedParam>) -> Plan {
    let mut district = None;
    let mut suites: Vec<Suite> = Vec::new();
    for (name, raw) in pairs {
        match name.as_str() {
            "district" if district.is_some() => report(dropped, name, ParamProblem::Repeated),
            "district" => district = Some(district_from(raw, dropped)),
            "suite" if suites.len() >= MAX_SUITES => {
                report(dropped, name, ParamProblem::Bad(Rejection::TooMany))
            }
            "suite" => match suite_from(raw, suites.len() as u32 + 1, dropped) {
                Ok(suite) => suites.push(suite),
                Err(why) => report(dropped, name, ParamProblem::Bad(why)),
            },
            _ => report(dropped, name, ParamProblem::Unknown),
        }
    }
    let mut plan = Plan::single(district.unwrap_or_default(), DEFAULT_SUITE_NAME);
    if !suites.is_empty() {
        plan.suites = suites;
    }
    plan
}

/// `students.staff.mobility.frequency.source.sso.nwea`; each bad part is
/// reported and left at its default.
fn district_from(raw: &str, dropped: &mut Vec<DroppedParam>) -> Answers {
    let parts: Vec<String> = raw.split('.').map(percent_decode).collect();
    let mut a = Answers::default();
    if parts.len() != 7 {
        report(
            dropped,
            "district",
            ParamProblem::Bad(Rejection::WrongType("seven answers joined by dots")),
        );
        return a;
    }
    let mut check = |label: &str, result: Result<(), Rejection>| {
        if let Err(why) = result {
            report(
                dropped,
                &format!("district {label}"),
                ParamProblem::Bad(why),
            );
        }
    };
    check("students", count(&parts[0]).map(|n| a.students = n));
    check("staff", count(&parts[1]).map(|n| a.staff = n));
    check(
        "mobility",
        fields::choice::<Mobility>(&parts[2]).map(|m| a.mobility = m),
    );
    check(
        "frequency",
        fields::choice::<Frequency>(&parts[3]).map(|f| a.frequency = f),
    );
    check(
        "source",
        fields::choice::<Source>(&parts[4]).map(|s| a.source = s),
    );
    check("sso", flag(&parts[5]).map(|on| a.sso = on));
    check("nwea", flag(&parts[6]).map(|on| a.nwea = on));
    a
}

/// `name*students.staff.mobility.frequency`, blanks inherited. Without a
/// usable name the suite is dropped; a bad answer is reported and inherited,
/// as a bad part of `district` is.
fn suite_from(raw: &str, id: u32, dropped: &mut Vec<DroppedParam>) -> Result<Suite, Rejection> {
    let (name, rest) = raw.split_once('*').unwrap_or((raw, ""));
    let name = fields::suite_name(&percent_decode(name))?;
    let parts: Vec<String> = rest.split('.').map(percent_decode).collect();
    if parts.len() > 4 {
        return Err(Rejection::WrongType("up to four answers joined by dots"));
    }
    let own = |i: usize| parts.get(i).map(String::as_str).filter(|t| !t.is_empty());
    fn kept<T>(
        result: Result<T, Rejection>,
        label: String,
        dropped: &mut Vec<DroppedParam>,
    ) -> Option<T> {
        result
            .map_err(|why| report(dropped, &label, ParamProblem::Bad(why)))
            .ok()
    }
    let label = |what: &str| format!("{name} {what}");
    let overrides = Overrides {
        students: own(0).and_then(|t| kept(count(t), label("students"), dropped)),
        staff: own(1).and_then(|t| kept(count(t), label("staff"), dropped)),
        mobility: own(2)
            .and_then(|t| kept(fields::choice::<Mobility>(t), label("mobility"), dropped)),
        frequency: own(3)
            .and_then(|t| kept(fields::choice::<Frequency>(t), label("frequency"), dropped)),
    };
    Ok(Suite {
        id,
        name,
        overrides,
        ticked: Vec::new(),
    })
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
