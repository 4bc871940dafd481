//! Plans of several suites: inheritance of district answers, suite
//! management, and the notes on mixing methods.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/strategies.rs"]
mod strategies;

use proptest::prelude::*;
use rostering_advisor::model::*;
use strategies::{any_answers, any_overrides};

#[test]
fn a_suite_without_its_own_answers_takes_the_districts() {
    let district = Answers {
        students: 900,
        source: Source::Clever,
        sso: true,
        ..Answers::default()
    };
    assert_eq!(Overrides::default().apply(&district), district);
    let own = Overrides {
        students: Some(150),
        mobility: Some(Mobility::High),
        ..Overrides::default()
    };
    let suite = own.apply(&district);
    assert_eq!((suite.students, suite.mobility), (150, Mobility::High));
    assert_eq!(
        (suite.staff, suite.frequency),
        (district.staff, district.frequency)
    );
    assert_eq!(
        (suite.source, suite.sso, suite.nwea),
        (Source::Clever, true, false)
    );
}

#[test]
fn editing_a_suite_sends_district_wide_answers_to_the_district() {
    let district = Answers::default();
    let new = Answers {
        students: 150,
        source: Source::ClassLink,
        sso: true,
        ..district
    };
    let (district_after, overrides) = Overrides::edit(&district, &new);
    assert_eq!(district_after.source, Source::ClassLink);
    assert!(district_after.sso);
    assert_eq!(
        district_after.students, district.students,
        "per-suite answers stay per suite"
    );
    assert_eq!(
        overrides,
        Overrides {
            students: Some(150),
            ..Overrides::default()
        }
    );
}

#[test]
fn setting_a_suite_back_to_the_district_value_inherits_again() {
    let district = Answers::default();
    let new = Answers {
        students: district.students,
        ..district
    };
    assert!(Overrides::edit(&district, &new).1.is_empty());
}

#[test]
fn suites_are_added_copied_moved_and_removed() {
    let mut plan = Plan::single(Answers::default(), "Imagine Language & Literacy");
    let math = plan.add("Imagine Math").unwrap();
    plan.suites[1].overrides.students = Some(150);
    plan.suites[1].ticked.push("check-ids".into());
    let copy = plan.duplicate(math).unwrap();
    assert_eq!(plan.suites[2].name, "Imagine Math (copy)");
    assert_eq!(plan.suites[2].overrides, plan.suites[1].overrides);
    assert_eq!(plan.suites[2].ticked, ["check-ids"]);
    let ids: std::collections::HashSet<u32> = plan.suites.iter().map(|s| s.id).collect();
    assert_eq!(ids.len(), 3, "ids are unique");

    assert!(plan.shift(copy, -1));
    assert_eq!(plan.suites[1].id, copy);
    assert!(!plan.shift(plan.suites[0].id, -1), "the first cannot go up");
    let last = plan.suites[2].id;
    assert!(!plan.shift(last, 1), "the last cannot go down");

    assert!(plan.remove(math));
    assert!(plan.remove(copy));
    assert_eq!(plan.suites.len(), 1);
    assert!(!plan.remove(plan.suites[0].id), "a plan keeps one suite");
}

#[test]
fn a_lone_suite_hands_its_own_answers_to_the_district() {
    let mut plan = Plan::single(Answers::default(), "First");
    let second = plan.add("MyPath").unwrap();
    plan.suites[1].overrides = Overrides {
        students: Some(150),
        mobility: Some(Mobility::High),
        ..Overrides::default()
    };
    let before = plan.answers_of(&plan.suites[1]);
    assert!(plan.remove(1));
    assert_eq!(plan.suites[0].id, second);
    assert!(plan.suites[0].overrides.is_empty());
    assert_eq!(plan.district, before);
    // With several suites, each keeps its own.
    let mut two = Plan::single(Answers::default(), "A");
    two.add("B");
    two.suites[0].overrides.students = Some(9);
    two.fold_lone_suite();
    assert_eq!(two.suites[0].overrides.students, Some(9));
    assert_eq!(two.district, Answers::default());
}

#[test]
fn new_ids_stay_unique_even_after_the_largest_possible_id() {
    let mut plan = Plan::single(Answers::default(), "First");
    plan.suites[0].id = u32::MAX;
    let second = plan.add("Second").unwrap();
    let third = plan.duplicate(second).unwrap();
    let ids: Vec<u32> = plan.suites.iter().map(|s| s.id).collect();
    assert_eq!(ids, [u32::MAX, second, third]);
    assert!(second != third && second != u32::MAX && third != u32::MAX);
}

#[test]
fn a_copy_of_a_long_name_still_fits_the_limit() {
    let mut plan = Plan::single(Answers::default(), &"é".repeat(MAX_SUITE_NAME_CHARS));
    let copy = plan.duplicate(1).unwrap();
    let name = &plan.suites[1].name;
    assert_eq!(plan.suites[1].id, copy);
    assert_eq!(name.chars().count(), MAX_SUITE_NAME_CHARS);
    assert!(name.ends_with(" (copy)") && name.starts_with("éé"));
    // Short names are copied whole.
    let mut short = Plan::single(Answers::default(), "MyPath");
    short.duplicate(1);
    assert_eq!(short.suites[1].name, "MyPath (copy)");
}

#[test]
fn a_plan_has_a_ceiling_on_suites() {
    let mut plan = Plan::single(Answers::default(), "One");
    while plan.add("Another").is_some() {}
    assert_eq!(plan.suites.len(), MAX_SUITES);
    assert_eq!(plan.duplicate(plan.suites[0].id), None);
}

#[test]
fn mixing_methods_brings_the_district_notes() {
    let district = Answers {
        sso: true,
        ..Answers::default()
    };
    let notes = plan_notes(
        &district,
        &[Method::Automated, Method::SelfManaged, Method::Automated],
    );
    assert_eq!(
        notes,
        vec![
            PlanNote::MixedMethods(vec![Method::SelfManaged, Method::Automated]),
            PlanNote::RequirementNotEverywhere {
                sso: true,
                nwea: false
            },
            PlanNote::SwitchingLater,
        ]
    );
    assert!(notes[0]
        .text()
        .contains("2 methods (Self-Managed, Automated)"));
    assert!(notes[1].text().starts_with("Single sign-on"));
    assert!(plan_notes(&Answers::default(), &[Method::Assisted]).is_empty());
    assert_eq!(
        plan_notes(&Answers::default(), &[Method::Assisted, Method::Assisted]),
        vec![PlanNote::SwitchingLater]
    );
}

#[test]
fn the_requirement_note_names_only_what_is_lost() {
    let text = |sso, nwea| PlanNote::RequirementNotEverywhere { sso, nwea }.text();
    assert!(text(true, false).contains("sign in with usernames"));
    assert!(!text(true, false).contains("NWEA"));
    assert!(text(false, true).contains("NWEA results are not linked"));
    assert!(!text(false, true).contains("sign in"));
    let both = text(true, true);
    assert!(both.contains("sign in with usernames") && both.contains("NWEA results"));
}

proptest! {
    #[test]
    fn a_suite_shows_exactly_what_the_user_set(district in any_answers(), new in any_answers()) {
        let (district_after, overrides) = Overrides::edit(&district, &new);
        prop_assert_eq!(overrides.apply(&district_after), new);
    }

    #[test]
    fn other_suites_keep_their_own_answers_and_take_the_district_wide_ones(
        district in any_answers(),
        other in any_overrides(),
        new in any_answers(),
    ) {
        let before = other.apply(&district);
        let (district_after, _) = Overrides::edit(&district, &new);
        let after = other.apply(&district_after);
        prop_assert_eq!((after.students, after.staff, after.mobility, after.frequency),
            (before.students, before.staff, before.mobility, before.frequency));
        prop_assert_eq!((after.source, after.sso, after.nwea), (new.source, new.sso, new.nwea));
    }

    #[test]
    fn an_override_never_repeats_the_district_value(district in any_answers(), new in any_answers()) {
        let (district_after, o) = Overrides::edit(&district, &new);
        prop_assert!(o.students != Some(district_after.students));
        prop_assert!(o.staff != Some(district_after.staff));
        prop_assert!(o.mobility != Some(district_after.mobility));
        prop_assert!(o.frequency != Some(district_after.frequency));
    }
}
