//! The decision model: the worked examples of the design, and properties that
//! must hold over the whole answer space.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/strategies.rs"]
mod strategies;

use proptest::prelude::*;
use rostering_advisor::model::*;
use strategies::any_answers;

fn answers(
    students: u32,
    staff: u32,
    mobility: Mobility,
    frequency: Frequency,
    source: Source,
    sso: bool,
    nwea: bool,
) -> Answers {
    Answers {
        students,
        staff,
        mobility,
        frequency,
        source,
        sso,
        nwea,
    }
}

// --- The design's worked examples -------------------------------------------

#[test]
fn small_district_without_a_source_manages_itself() {
    let a = assess(&answers(
        140,
        10,
        Mobility::Low,
        Frequency::AsNeeded,
        Source::None,
        false,
        false,
    ));
    assert_eq!(a.recommended, Method::SelfManaged);
    assert_eq!(a.clarity, Clarity::Clear);
}

#[test]
fn mid_sized_district_with_yearly_changes_gets_one_time_assisted() {
    let a = assess(&answers(
        850,
        50,
        Mobility::Medium,
        Frequency::Yearly,
        Source::None,
        false,
        false,
    ));
    assert_eq!(a.recommended, Method::Assisted);
    assert!(!a.is_close_call());
}

#[test]
fn large_mobile_district_on_clever_gets_automated() {
    let a = assess(&answers(
        3700,
        300,
        Mobility::High,
        Frequency::Daily,
        Source::Clever,
        false,
        false,
    ));
    assert_eq!(a.recommended, Method::Automated);
    assert_eq!(a.clarity, Clarity::Clear);
}

#[test]
fn wanting_sso_with_classlink_gets_automated_even_when_small() {
    let a = assess(&answers(
        110,
        10,
        Mobility::Low,
        Frequency::AsNeeded,
        Source::ClassLink,
        true,
        false,
    ));
    assert_eq!(a.recommended, Method::Automated);
    assert_eq!(a.clarity, Clarity::Required(Requirement::Sso));
    assert!(a.deciding_rule().unwrap().contains("single sign-on"));
    // Without the requirement, the scores alone would favour managing it yourself.
    assert_eq!(a.runner_up, Method::SelfManaged);
}

#[test]
fn large_mobile_district_without_a_source_gets_assisted_and_a_note() {
    let a = assess(&answers(
        2800,
        200,
        Mobility::High,
        Frequency::Weekly,
        Source::None,
        false,
        false,
    ));
    assert_eq!(a.recommended, Method::Assisted);
    assert!(a.notes.contains(&Note::AutomatedNeedsSource));
    assert!(a.method(Method::Automated).unavailable.is_some());
}

// --- Smaller, specific behaviour ----------------------------------------------

#[test]
fn a_near_tie_is_flagged_as_a_close_call() {
    // A SIS is there, but only yearly changes: Assisted edges out Automated.
    let a = assess(&answers(
        850,
        50,
        Mobility::Medium,
        Frequency::Yearly,
        Source::Sis,
        false,
        false,
    ));
    assert_eq!(a.recommended, Method::Assisted);
    assert_eq!(a.runner_up, Method::Automated);
    assert!(a.is_close_call());
    assert!(a.margin() <= CLOSE_CALL_MARGIN);
}

#[test]
fn wanting_sso_without_a_source_says_plainly_why_it_cannot_happen() {
    let a = assess(&answers(
        900,
        50,
        Mobility::High,
        Frequency::Daily,
        Source::None,
        true,
        false,
    ));
    assert_ne!(a.recommended, Method::Automated);
    assert!(a
        .notes
        .contains(&Note::RequirementNeedsSource(Requirement::Sso)));
    let text = Note::RequirementNeedsSource(Requirement::Sso).text();
    assert!(text.contains("single sign-on") && text.contains("roster source"));
}

#[test]
fn head_counts_near_200_carry_the_guidance_note() {
    for total in [150, 199, 200, 250] {
        let a = assess(&Answers::default().with_head_count(total));
        assert!(a.notes.contains(&Note::NearThreshold), "{total}");
    }
    for total in [149, 251, 5000] {
        let a = assess(&Answers::default().with_head_count(total));
        assert!(!a.notes.contains(&Note::NearThreshold), "{total}");
    }
}

#[test]
fn strengths_and_caveats_come_from_the_recommended_column() {
    let a = assess(&answers(
        2800,
        200,
        Mobility::High,
        Frequency::Weekly,
        Source::None,
        false,
        false,
    ));
    let column = a.recommended();
    for (factor, cell) in a.strengths() {
        assert_eq!(cell, column.cell(factor));
        assert_eq!(cell.fit, Fit::Good);
    }
    let caveats = a.caveats();
    assert!(caveats.iter().any(|(f, _)| *f == Factor::Mobility));
    assert!(caveats.iter().all(|(_, c)| c.fit != Fit::Good));
    // SSO and NWEA are not wanted, so every method fits them alike: not a reason.
    assert!(a
        .strengths()
        .iter()
        .all(|(f, _)| *f != Factor::Sso && *f != Factor::Nwea));
}

#[test]
fn strengths_are_heaviest_first() {
    let a = assess(&answers(
        3700,
        300,
        Mobility::High,
        Frequency::Daily,
        Source::Clever,
        false,
        false,
    ));
    let weights: Vec<u8> = a.strengths().iter().map(|(f, _)| f.weight()).collect();
    let mut sorted = weights.clone();
    sorted.sort_by(|x, y| y.cmp(x));
    assert_eq!(weights, sorted);
    assert_eq!(a.strengths()[0].0, Factor::HeadCount);
}

#[test]
fn what_if_names_the_answer_that_flips_a_small_district() {
    let base = answers(
        140,
        10,
        Mobility::Low,
        Frequency::AsNeeded,
        Source::None,
        false,
        false,
    );
    let changes = what_if(&base);
    let head = changes
        .iter()
        .find(|w| w.change.factor() == Factor::HeadCount)
        .expect("a bigger head count changes the answer");
    assert_eq!(
        head.change,
        Change::HeadCount {
            edge: 200,
            up: true
        }
    );
    assert_eq!(head.method, Method::Assisted);
    assert_eq!(
        head.sentence(),
        "With 200 or more accounts, One-time Assisted would be recommended."
    );
}

#[test]
fn what_if_points_to_a_source_when_automated_is_locked() {
    let base = answers(
        2800,
        200,
        Mobility::High,
        Frequency::Weekly,
        Source::None,
        false,
        false,
    );
    let source = what_if(&base)
        .into_iter()
        .find(|w| w.change.factor() == Factor::Source)
        .expect("a source unlocks Automated");
    assert_eq!(source.method, Method::Automated);
    assert!(source
        .sentence()
        .starts_with("With a SIS, Clever or ClassLink"));
}

#[test]
fn every_phrase_reads_as_the_start_of_a_sentence() {
    let changes = [
        Change::HeadCount {
            edge: 200,
            up: true,
        },
        Change::HeadCount {
            edge: 50,
            up: false,
        },
        Change::Source(Source::None),
        Change::Source(Source::Clever),
        Change::Sso(true),
        Change::Sso(false),
        Change::Nwea(true),
        Change::Nwea(false),
    ]
    .into_iter()
    .chain(Mobility::ALL.iter().map(|&m| Change::Mobility(m)))
    .chain(Frequency::ALL.iter().map(|&f| Change::Frequency(f)));
    for change in changes {
        let phrase = change.phrase();
        assert!(phrase.starts_with(char::is_uppercase), "{phrase}");
        assert!(!phrase.ends_with('.'), "{phrase}");
    }
}

// --- Properties over the whole answer space -----------------------------------

/// Head counts on both sides of every band edge, plus the extremes.
fn head_count_grid() -> Vec<u32> {
    let mut totals = vec![0, 1, 2 * MAX_COUNT];
    for edge in HEAD_COUNT_EDGES {
        totals.extend([edge - 1, edge, edge + 1]);
    }
    for edge in [*NEAR_THRESHOLD.start(), *NEAR_THRESHOLD.end()] {
        totals.extend([edge - 1, edge, edge + 1]);
    }
    totals.sort_unstable();
    totals.dedup();
    totals
}

/// Every combination of the choice answers, at every head count of the grid.
fn answer_grid() -> impl Iterator<Item = Answers> {
    let mut all = Vec::new();
    for total in head_count_grid() {
        for &mobility in Mobility::ALL {
            for &frequency in Frequency::ALL {
                for &source in Source::ALL {
                    for sso in [false, true] {
                        for nwea in [false, true] {
                            let staff = total.min(MAX_COUNT) / 10;
                            all.push(answers(
                                total - staff,
                                staff,
                                mobility,
                                frequency,
                                source,
                                sso,
                                nwea,
                            ));
                        }
                    }
                }
            }
        }
    }
    all.into_iter()
}

fn check_invariants(answers: &Answers) {
    let a = assess(answers);

    // The recommendation can always be carried out.
    assert!(a.recommended().is_available(), "{answers:?}");
    assert_ne!(a.recommended, a.runner_up);
    assert!(a.method(a.runner_up).is_available());

    // Every factor of every method carries a fit and a reason.
    for m in &a.methods {
        for factor in Factor::ALL {
            let cell = m.cell(factor);
            assert!(
                cell.reason.len() > 10 && cell.reason.ends_with('.'),
                "{cell:?}"
            );
        }
        let weighted: u8 = Factor::ALL
            .iter()
            .map(|f| f.weight() * m.cell(*f).fit.points())
            .sum();
        assert_eq!(m.score, weighted);
        assert!(m.score <= MAX_SCORE);
    }

    let connectable = answers.source.is_connectable();
    if connectable && (answers.sso || answers.nwea) {
        assert_eq!(a.recommended, Method::Automated, "{answers:?}");
        assert!(matches!(a.clarity, Clarity::Required(_)));
        assert!(a.deciding_rule().is_some());
    }
    if !connectable {
        assert_ne!(a.recommended, Method::Automated, "{answers:?}");
        let why = a
            .method(Method::Automated)
            .unavailable
            .expect("marked unavailable");
        for unlock in ["SIS", "Clever", "ClassLink"] {
            assert!(why.contains(unlock), "{why}");
        }
        if answers.sso || answers.nwea {
            assert!(a
                .notes
                .iter()
                .any(|n| matches!(n, Note::RequirementNeedsSource(_))));
        }
    } else {
        assert!(a.methods.iter().all(MethodAssessment::is_available));
        assert!(!a.notes.contains(&Note::AutomatedNeedsSource));
    }

    if !matches!(a.clarity, Clarity::Required(_)) {
        let best = a
            .methods
            .iter()
            .filter(|m| m.is_available())
            .map(|m| m.score)
            .max();
        assert_eq!(Some(a.recommended().score), best, "the top score wins");
        assert_eq!(a.is_close_call(), a.margin() <= CLOSE_CALL_MARGIN);
    }

    // The same answers always give the same advice.
    assert_eq!(assess(answers), a);
}

#[test]
fn invariants_hold_across_the_answer_grid() {
    let mut count = 0;
    for answers in answer_grid() {
        check_invariants(&answers);
        count += 1;
    }
    assert!(count > 1000);
}

#[test]
fn every_design_recommendation_is_reachable() {
    let reached: std::collections::HashSet<Method> =
        answer_grid().map(|a| assess(&a).recommended).collect();
    assert_eq!(reached.len(), 3);
    let clarities: std::collections::HashSet<&str> =
        answer_grid().map(|a| assess(&a).clarity.id()).collect();
    assert_eq!(clarities.len(), 4, "{clarities:?}");
}

#[test]
fn automated_needs_source_note_matches_the_source_what_if() {
    // The note and "what would change it" are worked out separately; they
    // must agree that a roster source would bring Automated.
    let mut noted_somewhere = false;
    for answers in answer_grid().filter(|a| !a.source.is_connectable() && !a.sso && !a.nwea) {
        let noted = assess(&answers).notes.contains(&Note::AutomatedNeedsSource);
        let source_brings_automated = what_if(&answers)
            .iter()
            .any(|w| w.change == Change::Source(Source::Sis) && w.method == Method::Automated);
        assert_eq!(noted, source_brings_automated, "{answers:?}");
        noted_somewhere |= noted;
    }
    assert!(noted_somewhere);
}

#[test]
fn what_if_is_exact_and_nearest_across_the_grid() {
    for answers in answer_grid() {
        let current = assess(&answers).recommended;
        let changes = what_if(&answers);
        for factor in Factor::ALL {
            let found: Vec<_> = changes
                .iter()
                .filter(|w| w.change.factor() == factor)
                .collect();
            assert!(found.len() <= 1);
            // Every other answer for this factor, and whether it flips the advice.
            let flips: Vec<(u32, Answers)> = match factor {
                Factor::HeadCount => head_count_grid()
                    .into_iter()
                    .map(|t| (t.abs_diff(answers.head_count()), answers.with_head_count(t)))
                    .collect(),
                Factor::Mobility => Mobility::ALL
                    .iter()
                    .map(|&m| {
                        (
                            (m.index().abs_diff(answers.mobility.index())) as u32,
                            Answers {
                                mobility: m,
                                ..answers
                            },
                        )
                    })
                    .collect(),
                Factor::Frequency => Frequency::ALL
                    .iter()
                    .map(|&f| {
                        (
                            (f.index().abs_diff(answers.frequency.index())) as u32,
                            Answers {
                                frequency: f,
                                ..answers
                            },
                        )
                    })
                    .collect(),
                Factor::Source => Source::ALL
                    .iter()
                    .map(|&s| {
                        (
                            0,
                            Answers {
                                source: s,
                                ..answers
                            },
                        )
                    })
                    .collect(),
                Factor::Sso => vec![(
                    0,
                    Answers {
                        sso: !answers.sso,
                        ..answers
                    },
                )],
                Factor::Nwea => vec![(
                    0,
                    Answers {
                        nwea: !answers.nwea,
                        ..answers
                    },
                )],
            }
            .into_iter()
            .filter(|(_, changed)| assess(changed).recommended != current)
            .collect();

            match found.first() {
                None => assert!(
                    flips.is_empty(),
                    "{factor:?} can flip {answers:?} but no what-if says so"
                ),
                Some(w) => {
                    let changed = w.change.apply(answers);
                    assert_eq!(assess(&changed).recommended, w.method);
                    assert_ne!(w.method, current);
                    let distance = match w.change {
                        Change::HeadCount { .. } => {
                            changed.head_count().abs_diff(answers.head_count())
                        }
                        Change::Mobility(m) => {
                            (m.index().abs_diff(answers.mobility.index())) as u32
                        }
                        Change::Frequency(f) => {
                            (f.index().abs_diff(answers.frequency.index())) as u32
                        }
                        _ => 0,
                    };
                    let closest = flips.iter().map(|(d, _)| *d).min().unwrap();
                    assert!(
                        distance <= closest,
                        "{w:?} is not the nearest change for {answers:?}"
                    );
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn invariants_hold_for_any_answers(answers in any_answers()) {
        check_invariants(&answers);
    }

    #[test]
    fn more_accounts_never_favour_self_managed(answers in any_answers(), extra in 1..=MAX_COUNT) {
        let smaller = assess(&answers);
        let bigger = assess(&answers.with_head_count(answers.head_count() + extra));
        let (s, b) = (smaller.method(Method::SelfManaged), bigger.method(Method::SelfManaged));
        prop_assert!(b.cell(Factor::HeadCount).fit <= s.cell(Factor::HeadCount).fit);
        prop_assert!(b.score <= s.score);
        if smaller.recommended != Method::SelfManaged {
            prop_assert_ne!(bigger.recommended, Method::SelfManaged);
        }
    }

    #[test]
    fn more_movement_and_more_updates_push_towards_automation(answers in any_answers()) {
        let base = assess(&answers);
        let mut busier = Vec::new();
        if let Some(&m) = Mobility::ALL.get(answers.mobility.index() + 1) {
            busier.push((Answers { mobility: m, ..answers }, true));
        }
        if let Some(&f) = Frequency::ALL.get(answers.frequency.index() + 1) {
            // One-time Assisted suits a change or two a year better than changes
            // made as needed, so only steps beyond that must keep Automated ahead.
            busier.push((Answers { frequency: f, ..answers }, answers.frequency != Frequency::AsNeeded));
        }
        for (changed, keeps_automated) in busier {
            let after = assess(&changed);
            prop_assert!(after.method(Method::Automated).score >= base.method(Method::Automated).score);
            prop_assert!(after.method(Method::SelfManaged).score <= base.method(Method::SelfManaged).score);
            if keeps_automated && base.recommended == Method::Automated {
                prop_assert_eq!(after.recommended, Method::Automated);
            }
        }
    }

    #[test]
    fn what_if_changes_really_change_the_advice(answers in any_answers()) {
        let current = assess(&answers).recommended;
        for w in what_if(&answers) {
            prop_assert_ne!(w.method, current);
            prop_assert_eq!(assess(&w.change.apply(answers)).recommended, w.method);
        }
    }
}
