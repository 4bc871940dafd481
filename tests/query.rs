//! The share link's query string: every valid answer set survives the trip,
//! and no string, however malformed, breaks the reader.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/strategies.rs"]
mod strategies;

use proptest::prelude::*;
use rostering_advisor::model::*;
use rostering_advisor::state::fields::Rejection;
use rostering_advisor::state::query::{
    decode, encode, encode_plan, DroppedParam, ParamProblem, Shared,
};
use rostering_advisor::state::record::DEFAULT_SUITE_NAME;
use strategies::any_answers;

fn dropped(query: &str) -> Vec<(String, ParamProblem)> {
    decode(query)
        .expect("parameters present")
        .dropped
        .into_iter()
        .map(|d| (d.name, d.why))
        .collect()
}

#[test]
fn the_documented_link_opens_as_written() {
    let shared =
        decode("?students=140&staff=10&mobility=low&frequency=as-needed&source=none&sso=0&nwea=1")
            .unwrap();
    let answers = Answers {
        students: 140,
        staff: 10,
        mobility: Mobility::Low,
        frequency: Frequency::AsNeeded,
        source: Source::None,
        sso: false,
        nwea: true,
    };
    assert_eq!(
        shared,
        Shared {
            plan: Plan::single(answers, DEFAULT_SUITE_NAME),
            dropped: vec![],
        }
    );
}

#[test]
fn encoding_writes_every_parameter_in_the_documented_form() {
    let a = Answers {
        students: 3700,
        staff: 300,
        mobility: Mobility::High,
        frequency: Frequency::Daily,
        source: Source::ClassLink,
        sso: true,
        nwea: false,
    };
    assert_eq!(
        encode(&a),
        "students=3700&staff=300&mobility=high&frequency=daily&source=classlink&sso=1&nwea=0"
    );
}

#[test]
fn no_parameters_means_no_shared_answers() {
    for query in ["", "?", "&", "?&&"] {
        assert_eq!(decode(query), None, "{query:?}");
    }
}

#[test]
fn missing_parameters_take_the_defaults() {
    let shared = decode("?source=clever").unwrap();
    assert_eq!(
        shared.plan.district,
        Answers {
            source: Source::Clever,
            ..Answers::default()
        }
    );
    assert!(shared.dropped.is_empty());
}

#[test]
fn malformed_values_are_dropped_with_their_reason() {
    let cases: &[(&str, Rejection)] = &[
        ("students=-5", Rejection::Negative),
        ("students=-0.5", Rejection::Negative),
        ("students=140.5", Rejection::NotWhole),
        ("students=100001", Rejection::TooLarge),
        ("students=99999999999999999999", Rejection::TooLarge),
        ("students=abc", Rejection::WrongType("a number")),
        ("students=", Rejection::WrongType("a number")),
        ("students=1e3", Rejection::WrongType("a number")),
        ("students=%20140", Rejection::WrongType("a number")),
        ("staff=NaN", Rejection::WrongType("a number")),
        ("staff=Infinity", Rejection::WrongType("a number")),
        ("mobility=sometimes", Rejection::UnknownChoice),
        ("frequency=DAILY", Rejection::UnknownChoice),
        ("source=powerschool", Rejection::UnknownChoice),
        ("sso=yes", Rejection::WrongType("0 or 1")),
        ("nwea=2", Rejection::WrongType("0 or 1")),
    ];
    for (query, why) in cases {
        let name = query.split('=').next().unwrap();
        let full = format!("?{query}&staff=7");
        let shared = decode(&full).unwrap();
        if name == "staff" {
            // The repeated staff is dropped too; the first one was the bad one.
            assert_eq!(
                shared.dropped[0].why,
                ParamProblem::Bad(why.clone()),
                "{query}"
            );
            continue;
        }
        assert_eq!(
            dropped(&full),
            vec![(name.to_string(), ParamProblem::Bad(why.clone()))],
            "{query}"
        );
        // The good parameter beside it still counts; the bad one is left at its default.
        assert_eq!(shared.plan.district.staff, 7);
        assert_eq!(
            shared.plan.district,
            Answers {
                staff: 7,
                ..Answers::default()
            },
            "{query}"
        );
    }
}

#[test]
fn well_formed_numbers_in_unusual_spellings_are_accepted() {
    assert_eq!(
        decode("?students=0140").unwrap().plan.district.students,
        140
    );
    assert_eq!(
        decode("?students=140.0").unwrap().plan.district.students,
        140
    );
    assert_eq!(decode("?students=-0").unwrap().plan.district.students, 0);
    assert_eq!(
        decode("?students=100000").unwrap().plan.district.students,
        MAX_COUNT
    );
}

#[test]
fn unknown_and_repeated_parameters_are_reported() {
    assert_eq!(
        dropped("?utm_source=mail&students=140&students=999&Source=sis"),
        vec![
            ("utm_source".to_string(), ParamProblem::Unknown),
            ("students".to_string(), ParamProblem::Repeated),
            ("Source".to_string(), ParamProblem::Unknown),
        ]
    );
    assert_eq!(
        decode("?students=140&students=999")
            .unwrap()
            .plan
            .district
            .students,
        140
    );
}

#[test]
fn escapes_are_decoded_and_bad_bytes_replaced() {
    assert_eq!(
        decode("?source=%73is").unwrap().plan.district.source,
        Source::Sis
    );
    assert_eq!(
        decode("?%73ource=clever").unwrap().plan.district.source,
        Source::Clever
    );
    assert_eq!(
        dropped("?%E2%9C%93=1"),
        vec![("✓".to_string(), ParamProblem::Unknown)]
    );
    assert_eq!(
        dropped("?a+b=1"),
        vec![("a b".to_string(), ParamProblem::Unknown)]
    );
    // A lone byte that is not UTF-8, and a dangling escape.
    assert_eq!(
        dropped("?%FF=1&x=%"),
        vec![
            ("\u{fffd}".to_string(), ParamProblem::Unknown),
            ("x".to_string(), ParamProblem::Unknown)
        ]
    );
    assert_eq!(
        decode("?students=14%").unwrap().dropped,
        vec![DroppedParam {
            name: "students".into(),
            why: ParamProblem::Bad(Rejection::WrongType("a number"))
        }]
    );
}

#[test]
fn long_parameter_names_are_cut_short_in_reports() {
    let name = "x".repeat(500);
    let report = dropped(&format!("?{name}=1"));
    assert_eq!(report[0].0.chars().count(), 40);
}

#[test]
fn every_problem_reads_as_a_reason() {
    for why in [
        ParamProblem::Unknown,
        ParamProblem::Repeated,
        ParamProblem::Bad(Rejection::TooLarge),
    ] {
        assert!(why.text().len() > 10);
    }
}

// --- Plans of several suites ---------------------------------------------------

fn ten_suites() -> Plan {
    let district = Answers {
        students: 5400,
        staff: 400,
        mobility: Mobility::Medium,
        frequency: Frequency::Weekly,
        source: Source::Clever,
        sso: true,
        nwea: false,
    };
    let mut plan = Plan::single(district, "Imagine Language & Literacy");
    for name in [
        "Imagine+ Assessment",
        "MyPath",
        "Purpose",
        "Edgenuity",
        "Robotify",
        "Imagine Math",
        "Summer School",
        "Reading Lab",
        "Algebra 1.0*",
    ] {
        plan.add(name);
    }
    plan.suites[1].overrides.students = Some(150);
    plan.suites[1].overrides.mobility = Some(Mobility::Low);
    plan.suites[3].overrides.frequency = Some(Frequency::Daily);
    plan.suites[9].overrides.staff = Some(12);
    plan
}

#[test]
fn a_plan_link_carries_every_suite_and_stays_short() {
    let plan = ten_suites();
    let query = encode_plan(&plan);
    let shared = decode(&format!("?{query}")).unwrap();
    assert_eq!(shared.dropped, vec![]);
    assert_eq!(shared.plan, plan);
    // Short enough for an email: measured for ten suites, and written down.
    let link = format!("https://example.org/tools/rostering/?{query}");
    assert!(link.len() < 500, "{} characters: {link}", link.len());
}

#[test]
fn a_plan_link_reads_as_documented() {
    let shared =
        decode("?district=540.40.low.yearly.clever.1.0&suite=MyPath*150..high.&suite=Purpose*")
            .unwrap();
    assert_eq!(shared.dropped, vec![]);
    assert_eq!(shared.plan.district.source, Source::Clever);
    assert!(shared.plan.district.sso);
    let names: Vec<&str> = shared.plan.suites.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["MyPath", "Purpose"]);
    assert_eq!(
        shared.plan.suites[0].overrides,
        Overrides {
            students: Some(150),
            mobility: Some(Mobility::High),
            ..Overrides::default()
        }
    );
    assert!(shared.plan.suites[1].overrides.is_empty());
}

#[test]
fn a_single_unnamed_suite_still_uses_the_one_suite_form() {
    let plan = Plan::single(Answers::default(), DEFAULT_SUITE_NAME);
    assert_eq!(encode_plan(&plan), encode(&Answers::default()));
    let named = Plan::single(Answers::default(), "MyPath");
    assert!(encode_plan(&named).starts_with("district="));
}

#[test]
fn bad_parts_of_a_plan_link_are_dropped_with_reasons() {
    let shared = decode("?district=540.40.sometimes.yearly.clever.1&suite=*1.2.3.4&suite=Ok*-5&suite=Fine*..high.&students=5").unwrap();
    let names: Vec<(&str, &ParamProblem)> = shared
        .dropped
        .iter()
        .map(|d| (d.name.as_str(), &d.why))
        .collect();
    assert_eq!(
        names,
        vec![
            (
                "district",
                &ParamProblem::Bad(Rejection::WrongType("seven answers joined by dots"))
            ),
            ("suite", &ParamProblem::Bad(Rejection::Missing)),
            ("Ok students", &ParamProblem::Bad(Rejection::Negative)),
            ("students", &ParamProblem::Unknown),
        ]
    );
    assert_eq!(shared.plan.district, Answers::default());
    // A suite with a bad answer is kept, inheriting that answer.
    let suites: Vec<(&str, Overrides)> = shared
        .plan
        .suites
        .iter()
        .map(|s| (s.name.as_str(), s.overrides))
        .collect();
    assert_eq!(
        suites,
        [
            ("Ok", Overrides::default()),
            (
                "Fine",
                Overrides {
                    mobility: Some(Mobility::High),
                    ..Overrides::default()
                }
            ),
        ]
    );
    let too_many = decode("?suite=A*1.2.low.daily.extra").unwrap();
    assert_eq!(
        too_many.dropped[0].why,
        ParamProblem::Bad(Rejection::WrongType("up to four answers joined by dots"))
    );

    let partial = decode("?district=540.x.low.yearly.ftp.1.0").unwrap();
    let named: Vec<&str> = partial.dropped.iter().map(|d| d.name.as_str()).collect();
    assert_eq!(named, ["district staff", "district source"]);
    assert_eq!(partial.plan.district.students, 540);
    assert_eq!(partial.plan.suites[0].name, DEFAULT_SUITE_NAME);
}

#[test]
fn a_link_holds_at_most_the_plan_ceiling_of_suites() {
    let query: String = (0..MAX_SUITES + 2)
        .map(|n| format!("&suite=S{n}"))
        .collect();
    let shared = decode(&format!("?district=1.1.low.yearly.none.0.0{query}")).unwrap();
    assert_eq!(shared.plan.suites.len(), MAX_SUITES);
    assert_eq!(shared.dropped.len(), 2);
    assert!(shared
        .dropped
        .iter()
        .all(|d| d.why == ParamProblem::Bad(Rejection::TooMany)));
    assert!(Rejection::TooMany.text().contains("at most 60 suites"));
}

proptest! {
    #[test]
    fn any_plan_survives_its_link(
        students in 0..=MAX_COUNT,
        names in prop::collection::vec("\\PC{1,30}".prop_filter("a name", |n| !n.trim().is_empty()), 1..12),
        own in prop::collection::vec(prop::option::of(0..=MAX_COUNT), 12),
    ) {
        let mut plan = Plan::single(Answers { students, ..Answers::default() }, "x");
        plan.suites.clear();
        for (n, name) in names.iter().enumerate() {
            plan.suites.push(Suite {
                id: n as u32 + 1,
                name: name.trim().to_owned(),
                overrides: Overrides { students: own[n], ..Overrides::default() },
                ticked: vec![],
            });
        }
        let shared = decode(&format!("?{}", encode_plan(&plan))).unwrap();
        prop_assert_eq!(shared.dropped, vec![]);
        prop_assert_eq!(shared.plan, plan);
    }
}

proptest! {
    #[test]
    fn encode_then_decode_is_the_identity(answers in any_answers()) {
        let shared = decode(&format!("?{}", encode(&answers))).unwrap();
        prop_assert_eq!(shared, Shared { plan: Plan::single(answers, DEFAULT_SUITE_NAME), dropped: vec![] });
    }

    #[test]
    fn decoding_never_panics_on_arbitrary_text(query in "\\PC*") {
        if let Some(shared) = decode(&query) {
            prop_assert!(shared.plan.district.students <= MAX_COUNT);
            prop_assert!(shared.plan.district.staff <= MAX_COUNT);
            prop_assert!(!shared.plan.suites.is_empty());
        }
    }

    #[test]
    fn decoding_never_panics_on_query_shaped_noise(
        query in "[?&=%+a-z0-9.\\-]{0,60}",
    ) {
        let _ = decode(&query);
    }
}
