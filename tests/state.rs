//! The saved record's codec: round trips, and every kind of bad saved text
//! gives defaults and a precise account of what was dropped, never a panic.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use rostering_advisor::model::*;
use rostering_advisor::state::fields::{Rejection, MAX_DISTRICT_CHARS};
use rostering_advisor::state::*;

fn saved(answers: Answers, district: &str) -> Saved {
    Saved {
        answers,
        district: district.into(),
        ticked: vec![],
    }
}

fn with_answers(answers_json: &str) -> String {
    format!(r#"{{"version":1,"answers":{answers_json},"district":"","ticked":[]}}"#)
}

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

fn dropped_fields(decoded: &Decoded) -> Vec<(&'static str, Rejection)> {
    match decoded {
        Decoded::Repaired(_, dropped) => dropped.iter().map(|d| (d.field, d.why.clone())).collect(),
        other => panic!("expected a repaired record, got {other:?}"),
    }
}

#[test]
fn a_written_record_reads_back_unchanged() {
    let s = saved(good_answers(), "Springfield Unified");
    let text = encode(&s);
    assert!(text.contains(r#""version":1"#));
    assert_eq!(decode(&text), Decoded::Clean(s));
}

#[test]
fn the_record_format_is_stable() {
    // Other versions of the page read this text; its shape is a contract.
    let text = encode(&saved(good_answers(), "Springfield"));
    assert_eq!(
        text,
        format!(r#"{{"version":1,"answers":{GOOD},"district":"Springfield","ticked":[]}}"#)
    );
}

#[test]
fn unknown_extra_fields_are_ignored() {
    let text = format!(r#"{{"version":1,"answers":{GOOD},"district":"","theme":"dark"}}"#);
    assert_eq!(decode(&text), Decoded::Clean(saved(good_answers(), "")));
}

#[test]
fn a_missing_district_is_simply_empty() {
    let text = format!(r#"{{"version":1,"answers":{GOOD}}}"#);
    assert_eq!(decode(&text), Decoded::Clean(saved(good_answers(), "")));
}

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
        (
            r#"{"version":1,"answers":{"students":Infinity}}"#,
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
        (r#"{"version":2,"answers":{}}"#, Unreadable::Newer(2)),
        (r#"{"version":99,"plan":[]}"#, Unreadable::Newer(99)),
        (r#"{"version":0,"answers":{}}"#, Unreadable::Older(0)),
        (r#"{"version":1}"#, Unreadable::NotARecord),
        (r#"{"version":1,"answers":[]}"#, Unreadable::NotARecord),
        (
            r#"{"version":1,"answers":"students=140"}"#,
            Unreadable::NotARecord,
        ),
    ];
    for (text, why) in cases {
        assert_eq!(decode(text), Decoded::Unreadable(why.clone()), "{text}");
        assert!(!why.text().is_empty());
    }
}

#[test]
fn each_bad_value_is_dropped_alone_with_its_reason() {
    let cases: &[(&str, &str, Rejection)] = &[
        ("students", "-5", Rejection::Negative),
        ("students", "140.5", Rejection::NotWhole),
        ("students", "100001", Rejection::TooLarge),
        ("students", "1e300", Rejection::TooLarge),
        ("students", "99999999999999999999999", Rejection::TooLarge),
        ("students", r#""140""#, Rejection::WrongType("a number")),
        ("staff", "null", Rejection::WrongType("a number")),
        ("staff", "true", Rejection::WrongType("a number")),
        ("mobility", r#""sometimes""#, Rejection::UnknownChoice),
        ("mobility", "2", Rejection::WrongType("text")),
        ("frequency", r#""DAILY""#, Rejection::UnknownChoice),
        ("source", r#""powerschool""#, Rejection::UnknownChoice),
        ("source", r#""""#, Rejection::UnknownChoice),
        ("sso", r#""yes""#, Rejection::WrongType("true or false")),
        ("sso", "1", Rejection::WrongType("true or false")),
        ("nwea", "{}", Rejection::WrongType("true or false")),
    ];
    for (field, bad, why) in cases {
        let json = GOOD.replacen(
            &format!(r#""{field}":{}"#, good_value(field)),
            &format!(r#""{field}":{bad}"#),
            1,
        );
        assert_ne!(json, GOOD, "the case must change the record");
        let decoded = decode(&with_answers(&json));
        assert_eq!(
            dropped_fields(&decoded),
            vec![(*field, why.clone())],
            "{json}"
        );
        // Everything else survives, and the bad value becomes its default.
        let Decoded::Repaired(s, _) = decoded else {
            unreachable!()
        };
        let defaults = Answers::default();
        let expected = match *field {
            "students" => Answers {
                students: defaults.students,
                ..good_answers()
            },
            "staff" => Answers {
                staff: defaults.staff,
                ..good_answers()
            },
            "mobility" => Answers {
                mobility: defaults.mobility,
                ..good_answers()
            },
            "frequency" => Answers {
                frequency: defaults.frequency,
                ..good_answers()
            },
            "source" => Answers {
                source: defaults.source,
                ..good_answers()
            },
            "sso" => Answers {
                sso: defaults.sso,
                ..good_answers()
            },
            "nwea" => Answers {
                nwea: defaults.nwea,
                ..good_answers()
            },
            _ => unreachable!(),
        };
        assert_eq!(s.answers, expected, "{field}");
    }
}

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

#[test]
fn missing_answers_are_reported_one_by_one() {
    let decoded = decode(&with_answers(r#"{"students":140}"#));
    let fields: Vec<_> = dropped_fields(&decoded)
        .into_iter()
        .map(|(f, _)| f)
        .collect();
    assert_eq!(
        fields,
        ["staff", "mobility", "frequency", "source", "sso", "nwea"]
    );
    assert!(dropped_fields(&decoded)
        .iter()
        .all(|(_, why)| *why == Rejection::Missing));
}

#[test]
fn a_bad_district_name_is_dropped_but_the_answers_stay() {
    let long = "x".repeat(MAX_DISTRICT_CHARS + 1);
    for (district, why) in [
        (format!(r#""{long}""#), Rejection::TooLong),
        ("7".to_string(), Rejection::WrongType("text")),
    ] {
        let text = format!(r#"{{"version":1,"answers":{GOOD},"district":{district}}}"#);
        let decoded = decode(&text);
        assert_eq!(dropped_fields(&decoded), vec![("district", why)]);
        let Decoded::Repaired(s, _) = decoded else {
            unreachable!()
        };
        assert_eq!(s, saved(good_answers(), ""));
    }
}

#[test]
fn ticked_steps_round_trip_and_bad_ones_are_dropped() {
    let mut s = saved(good_answers(), "");
    s.ticked = vec!["check-ids".into(), "auto-request".into()];
    assert_eq!(decode(&encode(&s)), Decoded::Clean(s.clone()));

    let text = format!(
        r#"{{"version":1,"answers":{GOOD},"ticked":["check-ids",7,"<script>","auto-request"]}}"#
    );
    let decoded = decode(&text);
    assert_eq!(
        dropped_fields(&decoded),
        vec![("ticked", Rejection::WrongType("a list of step names"))]
    );
    let Decoded::Repaired(kept, _) = decoded else {
        unreachable!()
    };
    assert_eq!(kept.ticked, ["check-ids", "auto-request"]);

    let text = format!(r#"{{"version":1,"answers":{GOOD},"ticked":"check-ids"}}"#);
    let Decoded::Repaired(kept, _) = decode(&text) else {
        panic!("a ticked value that is not a list is dropped")
    };
    assert!(kept.ticked.is_empty());
}

#[test]
fn unicode_district_names_survive() {
    let s = saved(good_answers(), "Distrito Escolar de Peñasco 🏫 学区");
    assert_eq!(decode(&encode(&s)), Decoded::Clean(s));
}

#[test]
fn notices_say_what_happened_and_where_the_text_is_kept() {
    let repaired = Notice::Repaired {
        dropped: vec![Dropped {
            field: "source",
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

fn any_answers() -> impl Strategy<Value = Answers> {
    (
        0..=MAX_COUNT,
        0..=MAX_COUNT,
        prop::sample::select(Mobility::ALL),
        prop::sample::select(Frequency::ALL),
        prop::sample::select(Source::ALL),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |(students, staff, mobility, frequency, source, sso, nwea)| Answers {
                students,
                staff,
                mobility,
                frequency,
                source,
                sso,
                nwea,
            },
        )
}

proptest! {
    #[test]
    fn every_valid_record_round_trips(
        answers in any_answers(),
        district in "\\PC{0,80}",
        ticked in prop::collection::vec("[a-z0-9-]{1,40}", 0..8),
    ) {
        let s = Saved { answers, district, ticked };
        prop_assert_eq!(decode(&encode(&s)), Decoded::Clean(s));
    }

    #[test]
    fn decoding_never_panics_on_arbitrary_text(text in "\\PC*") {
        let _ = decode(&text);
    }

    #[test]
    fn decoding_never_panics_on_damaged_records(
        answers in any_answers(),
        cut in 0usize..200,
        junk in "[\\[\\]{}\":,0-9a-z-]{0,8}",
    ) {
        let text = encode(&saved(answers, "Springfield"));
        let cut = cut.min(text.len());
        let damaged = format!("{}{}{}", &text[..cut], junk, &text[cut..]);
        match decode(&damaged) {
            Decoded::Clean(s) | Decoded::Repaired(s, _) => {
                prop_assert!(s.answers.students <= MAX_COUNT && s.answers.staff <= MAX_COUNT);
            }
            Decoded::Unreadable(_) => {}
        }
    }
}
