//! Next steps and readiness checks: stable ids, and the right items for the
//! method, roster source and answers.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;

use rostering_advisor::model::*;
use rostering_advisor::state::fields::step_id;

fn ids(steps: &[Step]) -> Vec<&'static str> {
    steps.iter().map(|s| s.id).collect()
}

fn every_answer_set() -> Vec<Answers> {
    let mut all = Vec::new();
    for &mobility in Mobility::ALL {
        for &frequency in Frequency::ALL {
            for &source in Source::ALL {
                for sso in [false, true] {
                    for nwea in [false, true] {
                        all.push(Answers {
                            mobility,
                            frequency,
                            source,
                            sso,
                            nwea,
                            ..Answers::default()
                        });
                    }
                }
            }
        }
    }
    all
}

#[test]
fn ids_are_unique_and_savable() {
    let mut seen = HashSet::new();
    for step in STEPS.iter().chain(CHECKS) {
        assert!(seen.insert(step.id), "{} appears twice", step.id);
        assert_eq!(step_id(step.id).as_deref(), Ok(step.id));
        assert!(step.text.ends_with('.'), "{}", step.id);
    }
}

#[test]
fn every_row_is_shown_for_some_answers() {
    for step in STEPS.iter().chain(CHECKS) {
        let shown = every_answer_set()
            .iter()
            .any(|a| Method::ALL.iter().any(|&m| step.applies(a, m)));
        assert!(shown, "{} never applies", step.id);
    }
}

#[test]
fn each_method_has_its_own_steps() {
    let answers = Answers::default();
    for method in Method::ALL {
        let steps = next_steps(&answers, method);
        assert!(steps.len() >= 4, "{method:?}");
    }
    assert!(ids(&next_steps(&answers, Method::SelfManaged))
        .iter()
        .all(|id| id.starts_with("self-")));
    assert!(ids(&next_steps(&answers, Method::Assisted))
        .iter()
        .all(|id| id.starts_with("assisted-")));
}

#[test]
fn automated_steps_follow_the_roster_source() {
    for (source, prefix) in [
        (Source::Sis, "sis-"),
        (Source::Clever, "clever-"),
        (Source::ClassLink, "classlink-"),
    ] {
        let answers = Answers {
            source,
            ..Answers::default()
        };
        let steps = ids(&next_steps(&answers, Method::Automated));
        assert_eq!(steps.first(), Some(&"auto-request"));
        assert_eq!(steps.last(), Some(&"auto-monitor"));
        let own = steps.iter().filter(|id| id.starts_with(prefix)).count();
        assert_eq!(own, 2, "{source:?}");
        let others = ["sis-", "clever-", "classlink-"]
            .iter()
            .filter(|p| **p != prefix)
            .flat_map(|p| steps.iter().filter(move |id| id.starts_with(*p)))
            .count();
        assert_eq!(others, 0, "{source:?} shows another source's steps");
    }
}

#[test]
fn readiness_checks_follow_the_answers() {
    let base = Answers::default();
    let plain = ids(&readiness_checks(&base, Method::Assisted));
    assert_eq!(plain, ["check-ids", "check-duplicates"]);

    let sso = ids(&readiness_checks(
        &Answers { sso: true, ..base },
        Method::Assisted,
    ));
    assert!(sso.contains(&"check-emails"));

    let nwea = ids(&readiness_checks(
        &Answers { nwea: true, ..base },
        Method::Assisted,
    ));
    assert!(nwea.contains(&"check-nwea-ids"));

    let mobile = ids(&readiness_checks(
        &Answers {
            mobility: Mobility::High,
            ..base
        },
        Method::Assisted,
    ));
    assert!(mobile.contains(&"check-one-school"));

    let synced = ids(&readiness_checks(&base, Method::Automated));
    for id in ["check-source-of-truth", "check-rollover", "check-reports"] {
        assert!(synced.contains(&id), "{id}");
        assert!(!plain.contains(&id), "{id}");
    }
}
