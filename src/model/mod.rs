//! The decision model: pure Rust, no web types, tested natively.

mod answers;
mod assess;
mod describe;
mod method;
mod plan;
mod profiles;
mod steps;
mod what_if;

pub use answers::{Answers, Choice, Frequency, Mobility, Source, MAX_COUNT};
pub use assess::{
    assess, Assessment, Cell, Clarity, MethodAssessment, Note, Requirement, CLEAR_MARGIN,
    CLOSE_CALL_MARGIN, NEAR_THRESHOLD,
};
pub use describe::{answer_text, thousands};
pub use method::{Factor, Fit, Method, MAX_SCORE};
pub use plan::{
    plan_notes, Overrides, Plan, PlanNote, Suite, MAX_SUITES, MAX_SUITE_NAME_CHARS,
    SUITE_SUGGESTIONS,
};
pub use profiles::{head_count_band, profile, Profile, Rule, Workings, HEAD_COUNT_EDGES, PROFILES};
pub use steps::{next_steps, readiness_checks, Step, CHECKS, STEPS};
pub use what_if::{what_if, what_if_from, Change, WhatIf};
