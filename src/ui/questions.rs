//! The questions about the district, each control bound to one answer.

use leptos::prelude::*;

use super::controls::{Binding, CountField, SegmentedField, StepField, ToggleField};
use crate::model::{Answers, Choice, Frequency, Mobility, Source};

/// Binds a control to a plain field of the answers.
macro_rules! bind {
    ($field:ident) => {
        Binding {
            get: |a: &Answers| a.$field,
            set: |a: &mut Answers, v| a.$field = v,
        }
    };
}

/// Binds a stepped or segmented control to a choice, by its position.
macro_rules! bind_choice {
    ($field:ident, $choice:ty) => {
        Binding {
            get: |a: &Answers| a.$field.index(),
            set: |a: &mut Answers, i: usize| {
                if let Some(&c) = <$choice>::ALL.get(i) {
                    a.$field = c;
                }
            },
        }
    };
}

#[component]
pub fn Questions(answers: RwSignal<Answers>) -> impl IntoView {
    view! {
        <section class="questions card" id="questions" aria-labelledby="questions-heading">
            <h2 id="questions-heading">"Your district"</h2>
            <p class="section-intro">
                "Answer for one product suite. Each suite is rostered separately, so repeat \
                 this for any suite whose users or needs differ."
            </p>
            <CountField
                id="students"
                label="Students"
                unit="students"
                hint="Students who will use this product suite."
                answers
                binding=bind!(students)
            />
            <CountField
                id="staff"
                label="Staff"
                unit="staff"
                hint="Teachers, administrators and aides who need accounts."
                answers
                binding=bind!(staff)
            />
            <StepField
                id="mobility"
                label="How often students change schools"
                hint="Moves from one school to another within the district."
                stops=Mobility::LABELS
                answers
                binding=bind_choice!(mobility, Mobility)
            />
            <StepField
                id="frequency"
                label="How often rosters need updating"
                hint="Classes, enrolments and staff changes that have to reach the product."
                stops=Frequency::LABELS
                answers
                binding=bind_choice!(frequency, Frequency)
            />
            <SegmentedField
                name="source"
                legend="Where roster data lives today"
                hint="A SIS that speaks OneRoster (CSV over SFTP, or the API), Clever or \
                      ClassLink can feed an automated sync."
                tokens=Source::TOKENS
                labels=Source::LABELS
                answers
                binding=bind_choice!(source, Source)
            />
            <ToggleField
                id="sso"
                label="We want single sign-on (SSO)"
                hint="Users sign in through Clever, ClassLink or a similar service instead \
                      of a separate password."
                answers
                binding=bind!(sso)
            />
            <ToggleField
                id="nwea"
                label="We use NWEA assessments"
                hint="NWEA results have to line up with the same rosters."
                answers
                binding=bind!(nwea)
            />
        </section>
    }
}
