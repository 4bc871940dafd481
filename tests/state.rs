//! The saved record's codec: round trips of whole plans, migration from the
//! first schema, and every kind of bad saved text giving defaults and a
//! precise account of what was dropped, never a panic.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/strategies.rs"]
mod strategies;

use proptest::prelude::*;
use rostering_advisor::model::*;
use rostering_advisor::state::fields::{Rejection, MAX_DISTRICT_CHARS};
use rostering_advisor::state::record::{DEFAULT_SUITE_NAME, DISTRICT};
use rostering_advisor::state::*;
use strategies::any_answers;

const GOOD: &str = r#"{"students":140,"staff":10,"mobility":"low","frequency":"as-needed","source":"classlink","sso":true,"nwea":false}"#;

fn good_answers() -> Answers {
    Answers {
        students: 140,
        staff: 10,
        mobility: Mobility::Low,
        frequency: Frequency::AsNeeded,
        source: Source::ClassLink,
        sso: true,
        nwea: false,
    }
}

/// A record of the first schema, exactly as the previous version wrote it.
fn first_schema(answers: &str) -> String {
    format!(r#"{{"version":1,"answers":{answers},"district":"","ticked":[]}}"#)
}

fn plan_record(district: &str, suites: &str) -> String {
    format!(
        r#"{{"version":2,"district":{district},"districtName":"","suites":{suites},"selected":1}}"#
    )
}

fn dropped_fields(decoded: &Decoded) -> Vec<(String, Rejection)> {
    match decoded {
        Decoded::Repaired(_, dropped) => dropped
            .iter()
            .map(|d| (d.field.clone(), d.why.clone()))
            .collect(),
        other => panic!("expected a repaired record, got {other:?}"),
    }
}

fn two_suites() -> Saved {
    let mut plan = Plan::single(good_answers(), "MyPath");
    plan.suites[0].overrides.students = Some(150);
    plan.suites[0].ticked = vec!["check-ids".into()];
    plan.add("Imagine Language & Literacy");
    plan.suites[1].overrides.mobility = Some(Mobility::High);
    Saved {
        plan,
        district_name: "Springfield Unified".into(),
        selected: 2,
    }
}

// --- Round trips and format ---------------------------------------------------

#[test]
fn a_written_plan_reads_back_unchanged() {
    let s = two_suites();
    let text = encode(&s);
    assert!(text.contains(r#""version":2"#));
    assert_eq!(decode(&text), Decoded::Clean(s));
}

#[test]
fn the_record_format_is_stable() {
    // Other versions of the page read this text; its shape is a contract.
    assert_eq!(
        encode(&two_suites()),
        format!(
            r#"{{"version":2,"district":{GOOD},"districtName":"Springfield Unified","suites":[{{"id":1,"name":"MyPath","students":150,"ticked":["check-ids"]}},{{"id":2,"name":"Imagine Language & Literacy","mobility":"high","ticked":[]}}],"selected":2}}"#
        )
    );
}

#[test]
fn unknown_extra_fields_are_ignored() {
    let text = encode(&two_suites()).replacen('{', r#"{"theme":"dark","#, 1);
    assert_eq!(decode(&text), Decoded::Clean(two_suites()));
}

// --- Migration from the first schema --------------------------------------------

#[test]
fn a_record_from_the_previous_version_becomes_a_one_suite_plan_with_nothing_lost() {
    let old = format!(
        r#"{{"version":1,"answers":{GOOD},"district":"Springfield Unified","ticked":["check-ids","auto-request"]}}"#
    );
    let Decoded::Clean(saved) = decode(&old) else {
        panic!("a clean first-schema record migrates cleanly");
    };
    assert_eq!(saved.district_name, "Springfield Unified");
    assert_eq!(saved.plan.district, good_answers());
    assert_eq!(saved.plan.suites.len(), 1);
    let suite = &saved.plan.suites[0];
    assert_eq!(suite.name, DEFAULT_SUITE_NAME);
    assert!(
        suite.overrides.is_empty(),
        "every answer comes from the district"
    );
    assert_eq!(saved.plan.answers_of(suite), good_answers());
    assert_eq!(suite.ticked, ["check-ids", "auto-request"]);
    assert_eq!(saved.selected, suite.id);
    // Written again, it is a plan record.
    assert_eq!(decode(&encode(&saved)), Decoded::Clean(saved.clone()));
}

#[test]
fn first_schema_records_without_district_or_ticks_migrate_too() {
    let Decoded::Clean(saved) = decode(&format!(r#"{{"version":1,"answers":{GOOD}}}"#)) else {
        panic!()
    };
    assert_eq!(saved, Saved::single(good_answers()));
}

// --- Unusable records ------------------------------------------------------------

#[test]
fn unusable_records_are_reported_as_unreadable() {
    let cases: &[(&str, Unreadable)] = &[
        ("", Unreadable::Empty),
        ("   \n", Unreadable::Empty),
        (
            r#"{"version":1,"answers":{"students":14"#,
            Unreadable::NotJson,
        ),
        ("not json at all", Unreadable::NotJson),
        (
            r#"{"version":1,"answers":{"students":NaN}}"#,
            Unreadable::NotJson,
        ),
        ("[1,2,3]", Unreadable::NotARecord),
        ("42", Unreadable::NotARecord),
        ("null", Unreadable::NotARecord),
        (r#""a string""#, Unreadable::NotARecord),
        (r#"{"answers":{}}"#, Unreadable::NoVersion),
        (r#"{"version":"1","answers":{}}"#, Unreadable::NoVersion),
        (r#"{"version":1.5,"answers":{}}"#, Unreadable::NoVersion),
        (r#"{"version":-1,"answers":{}}"#, Unreadable::NoVersion),
        (r#"{"version":3,"answers":{}}"#, Unreadable::Newer(3)),
        (r#"{"version":99,"plan":[]}"#, Unreadable::Newer(99)),
        (r#"{"version":0,"answers":{}}"#, Unreadable::Older(0)),
        (r#"{"version":1}"#, Unreadable::NotARecord),
        (r#"{"version":1,"answers":[]}"#, Unreadable::NotARecord),
        (r#"{"version":2,"suites":[]}"#, Unreadable::NotARecord),
        (r#"{"version":2,"district":"all"}"#, Unreadable::NotARecord),
    ];
    for (text, why) in cases {
        assert_eq!(decode(text), Decoded::Unreadable(why.clone()), "{text}");
        assert!(!why.text().is_empty());
    }
}

// --- Bad values, one at a time ----------------------------------------------------

fn good_value(field: &str) -> &'static str {
    match field {
        "students" => "140",
        "staff" => "10",
        "mobility" => r#""low""#,
        "frequency" => r#""as-needed""#,
        "source" => r#""classlink""#,
        "sso" => "true",
        "nwea" => "false",
        _ => unreachable!(),
    }
}

const BAD_VALUES: &[(&str, &str, &str, Rejection)] = &[
    ("students", "students", "-5", Rejection::Negative),
    ("students", "students", "140.5", Rejection::NotWhole),
    ("students", "students", "100001", Rejection::TooLarge),
    ("students", "students", "1e300", Rejection::TooLarge),
    (
        "students",
        "students",
        "99999999999999999999999",
        Rejection::TooLarge,
    ),
    (
        "students",
        "students",
        r#""140""#,
        Rejection::WrongType("a number"),
    ),
    ("staff", "staff", "null", Rejection::WrongType("a number")),
    ("staff", "staff", "true", Rejection::WrongType("a number")),
    (
        "mobility",
        "how often students change schools",
        r#""sometimes""#,
        Rejection::UnknownChoice,
    ),
    (
        "mobility",
        "how often students change schools",
        "2",
        Rejection::WrongType("text"),
    ),
    (
        "frequency",
        "how often rosters change",
        r#""DAILY""#,
        Rejection::UnknownChoice,
    ),
    (
        "source",
        "roster source",
        r#""powerschool""#,
        Rejection::UnknownChoice,
    ),
    ("source", "roster source", r#""""#, Rejection::UnknownChoice),
    (
        "sso",
        "single sign-on",
        r#""yes""#,
        Rejection::WrongType("true or false"),
    ),
    (
        "sso",
        "single sign-on",
        "1",
        Rejection::WrongType("true or false"),
    ),
    ("nwea", "NWEA", "{}", Rejection::WrongType("true or false")),
];

fn with_bad(field: &str, bad: &str) -> String {
    let json = GOOD.replacen(
        &format!(r#""{field}":{}"#, good_value(field)),
        &format!(r#""{field}":{bad}"#),
        1,
    );
    assert_ne!(json, GOOD, "the case must change the record");
    json
}

fn expected_after_drop(field: &str) -> Answers {
    let d = Answers::default();
    let g = good_answers();
    match field {
        "students" => Answers {
            students: d.students,
            ..g
        },
        "staff" => Answers {
            staff: d.staff,
            ..g
        },
        "mobility" => Answers {
            mobility: d.mobility,
            ..g
        },
        "frequency" => Answers {
            frequency: d.frequency,
            ..g
        },
        "source" => Answers {
            source: d.source,
            ..g
        },
        "sso" => Answers { sso: d.sso, ..g },
        "nwea" => Answers { nwea: d.nwea, ..g },
        _ => unreachable!(),
    }
}

#[test]
fn each_bad_answer_is_dropped_alone_with_its_reason_in_either_schema() {
    for (field, label, bad, why) in BAD_VALUES {
        let json = with_bad(field, bad);
        let suites = r#"[{"id":1,"name":"MyPath","ticked":[]}]"#;
        for text in [first_schema(&json), plan_record(&json, suites)] {
            let decoded = decode(&text);
            assert_eq!(
                dropped_fields(&decoded),
                vec![(label.to_string(), why.clone())],
                "{text}"
            );
            let Decoded::Repaired(s, _) = decoded else {
                unreachable!()
            };
            assert_eq!(s.plan.district, expected_after_drop(field), "{field}");
        }
    }
}

#[test]
fn missing_answers_are_reported_one_by_one() {
    let decoded = decode(&first_schema(r#"{"students":140}"#));
    let fields: Vec<String> = dropped_fields(&decoded)
        .into_iter()
        .map(|(f, _)| f)
        .collect();
    assert_eq!(
        fields,
        [
            "staff",
            "how often students change schools",
            "how often rosters change",
            "roster source",
            "single sign-on",
            "NWEA"
        ]
    );
    assert!(dropped_fields(&decoded)
        .iter()
        .all(|(_, why)| *why == Rejection::Missing));
}

#[test]
fn a_bad_suite_answer_is_named_with_its_suite() {
    let suites = r#"[{"id":1,"name":"MyPath","students":-5,"mobility":"wandering","ticked":[]}]"#;
    let decoded = decode(&plan_record(GOOD, suites));
    assert_eq!(
        dropped_fields(&decoded),
        vec![
            (
                "students of \u{201c}MyPath\u{201d}".to_string(),
                Rejection::Negative
            ),
            (
                "how often students change schools of \u{201c}MyPath\u{201d}".to_string(),
                Rejection::UnknownChoice
            ),
        ]
    );
    let Decoded::Repaired(s, _) = decoded else {
        unreachable!()
    };
    assert!(
        s.plan.suites[0].overrides.is_empty(),
        "the bad ones fall back to the district"
    );
}

#[test]
fn damaged_suites_are_repaired_and_reported() {
    // No name, a repeated id, something that is not a suite, a blank name.
    let suites = r#"[{"id":1,"ticked":[]},{"id":1,"name":"Purpose"},7,{"id":5,"name":"   "}]"#;
    let decoded = decode(&plan_record(GOOD, suites));
    let fields: Vec<String> = dropped_fields(&decoded)
        .into_iter()
        .map(|(f, _)| f)
        .collect();
    assert_eq!(
        fields,
        ["the name of suite 1", "suite 3", "the name of suite 4"]
    );
    let Decoded::Repaired(s, _) = decoded else {
        unreachable!()
    };
    let names: Vec<&str> = s.plan.suites.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Product suite 1", "Purpose", "Product suite 4"]);
    let ids: std::collections::HashSet<u32> = s.plan.suites.iter().map(|s| s.id).collect();
    assert_eq!(ids.len(), 3, "ids are made unique");
}

#[test]
fn a_plan_without_suites_gets_one_and_says_so() {
    for suites in [r#""none""#, "{}"] {
        let decoded = decode(&plan_record(GOOD, suites));
        assert_eq!(dropped_fields(&decoded)[0].0, "suites");
        let Decoded::Repaired(s, _) = decoded else {
            unreachable!()
        };
        assert_eq!(s.plan.suites.len(), 1);
        assert_eq!(s.plan.district, good_answers());
    }
    // An empty list is a plan of one suite, silently.
    assert!(matches!(
        decode(&plan_record(GOOD, "[]")),
        Decoded::Clean(_)
    ));
}

#[test]
fn too_many_suites_are_cut_to_the_ceiling() {
    let one = r#"{"id":0,"name":"S","ticked":[]}"#;
    let suites = format!("[{}]", vec![one; MAX_SUITES + 5].join(","));
    let decoded = decode(&plan_record(GOOD, &suites));
    assert_eq!(dropped_fields(&decoded)[0].1, Rejection::TooMany);
    let Decoded::Repaired(s, _) = decoded else {
        unreachable!()
    };
    assert_eq!(s.plan.suites.len(), MAX_SUITES);
}

#[test]
fn a_selection_of_a_suite_that_is_not_there_falls_back_to_the_first() {
    let text = plan_record(GOOD, r#"[{"id":4,"name":"A","ticked":[]}]"#)
        .replace(r#""selected":1"#, r#""selected":9"#);
    let Decoded::Clean(s) = decode(&text) else {
        panic!()
    };
    assert_eq!(s.selected, 4);
    // The district overview is a choice of its own, kept as it was.
    let overview = plan_record(GOOD, r#"[{"id":4,"name":"A","ticked":[]}]"#)
        .replace(r#""selected":1"#, r#""selected":0"#);
    let Decoded::Clean(s) = decode(&overview) else {
        panic!()
    };
    assert_eq!(s.selected, DISTRICT);
}

#[test]
fn a_bad_district_name_is_dropped_but_the_plan_stays() {
    let long = "x".repeat(MAX_DISTRICT_CHARS + 1);
    for (name, why) in [
        (format!(r#""{long}""#), Rejection::TooLong),
        ("7".to_string(), Rejection::WrongType("text")),
    ] {
        let text = format!(r#"{{"version":1,"answers":{GOOD},"district":{name}}}"#);
        let decoded = decode(&text);
        assert_eq!(
            dropped_fields(&decoded),
            vec![("district name".to_string(), why)]
        );
        let Decoded::Repaired(s, _) = decoded else {
            unreachable!()
        };
        assert_eq!(s, Saved::single(good_answers()));
    }
}

#[test]
fn bad_ticks_are_dropped_and_good_ones_kept() {
    let text = format!(
        r#"{{"version":1,"answers":{GOOD},"ticked":["check-ids",7,"<script>","auto-request"]}}"#
    );
    let decoded = decode(&text);
    assert_eq!(
        dropped_fields(&decoded),
        vec![(
            "ticked steps".to_string(),
            Rejection::WrongType("a list of step names")
        )]
    );
    let Decoded::Repaired(kept, _) = decoded else {
        unreachable!()
    };
    assert_eq!(kept.plan.suites[0].ticked, ["check-ids", "auto-request"]);
}

#[test]
fn unicode_names_survive() {
    let mut s = two_suites();
    s.district_name = "Distrito Escolar de Peñasco 🏫 学区".into();
    s.plan.suites[1].name = "Lectura y escritura ✓".into();
    assert_eq!(decode(&encode(&s)), Decoded::Clean(s));
}

#[test]
fn notices_say_what_happened_and_where_the_text_is_kept() {
    let repaired = Notice::Repaired {
        dropped: vec![Dropped {
            field: "roster source".into(),
            why: Rejection::UnknownChoice,
        }],
        kept_under: Some("backup-key".into()),
    };
    let text = repaired.text();
    assert!(
        text.contains("roster source (it was not one of the offered choices)"),
        "{text}"
    );
    assert!(text.contains("backup-key"));

    let lost = Notice::Unreadable {
        why: Unreadable::Newer(3),
        kept_under: None,
    };
    let text = lost.text();
    assert!(text.contains("newer version"), "{text}");
    assert!(text.contains("will not be saved over it"), "{text}");

    let ids: std::collections::HashSet<_> = [
        Notice::StorageBlocked.id(),
        Notice::SaveFailed.id(),
        repaired.id(),
        lost.id(),
    ]
    .into_iter()
    .collect();
    assert_eq!(ids.len(), 4, "each kind of notice has its own id");
}

// --- Properties ---------------------------------------------------------------------

fn any_suite() -> impl Strategy<Value = (String, Overrides, Vec<String>)> {
    (
        "\\PC{1,40}"
            .prop_filter("a name", |n| !n.trim().is_empty())
            .prop_map(|n| n.trim().to_owned()),
        (
            prop::option::of(0..=MAX_COUNT),
            prop::option::of(0..=MAX_COUNT),
            prop::option::of(prop::sample::select(Mobility::ALL)),
            prop::option::of(prop::sample::select(Frequency::ALL)),
        ),
        prop::collection::vec("[a-z0-9-]{1,40}", 0..4),
    )
        .prop_map(|(name, (students, staff, mobility, frequency), ticked)| {
            (
                name,
                Overrides {
                    students,
                    staff,
                    mobility,
                    frequency,
                },
                ticked,
            )
        })
}

proptest! {
    #[test]
    fn every_valid_plan_round_trips(
        district in any_answers(),
        district_name in "\\PC{0,80}",
        suites in prop::collection::vec(any_suite(), 1..8),
        pick in 0usize..8,
    ) {
        let mut plan = Plan::single(district, "first");
        plan.suites.clear();
        for (n, (name, overrides, ticked)) in suites.into_iter().enumerate() {
            plan.suites.push(Suite { id: n as u32 + 1, name, overrides, ticked });
        }
        let selected = plan.suites[pick % plan.suites.len()].id;
        let s = Saved { plan, district_name, selected };
        prop_assert_eq!(decode(&encode(&s)), Decoded::Clean(s));
    }

    #[test]
    fn decoding_never_panics_on_arbitrary_text(text in "\\PC*") {
        let _ = decode(&text);
    }

    #[test]
    fn decoding_never_panics_on_damaged_records(
        cut in 0usize..400,
        junk in "[\\[\\]{}\":,0-9a-z-]{0,8}",
    ) {
        let text = encode(&two_suites());
        let cut = cut.min(text.len());
        let damaged = format!("{}{}{}", &text[..cut], junk, &text[cut..]);
        match decode(&damaged) {
            Decoded::Clean(s) | Decoded::Repaired(s, _) => {
                prop_assert!(!s.plan.suites.is_empty());
                prop_assert!(s.selected == DISTRICT || s.plan.suites.iter().any(|x| x.id == s.selected));
            }
            Decoded::Unreadable(_) => {}
        }
    }
}
