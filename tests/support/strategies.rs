//! Property-test strategies over the whole answer space, shared by the
//! native test files.

use proptest::prelude::*;
use rostering_advisor::model::{
    Answers, Choice, Frequency, Mobility, Overrides, Source, MAX_COUNT,
};

/// Any answers the questions accept.
pub fn any_answers() -> impl Strategy<Value = Answers> {
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

/// Any set of a suite's own answers.
#[allow(dead_code)] // Not every test file that includes this uses it.
pub fn any_overrides() -> impl Strategy<Value = Overrides> {
    (
        prop::option::of(0..=MAX_COUNT),
        prop::option::of(0..=MAX_COUNT),
        prop::option::of(prop::sample::select(Mobility::ALL)),
        prop::option::of(prop::sample::select(Frequency::ALL)),
    )
        .prop_map(|(students, staff, mobility, frequency)| Overrides {
            students,
            staff,
            mobility,
            frequency,
        })
}
