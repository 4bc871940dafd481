//! The questions about the district, each control bound to one answer.

use leptos::prelude::*;

use super::controls::{count_field, segmented_field, step_field, toggle_field, Binding, Target};
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

/// The questions. `heading` names whose answers they are; `note` says which
/// answers are a suite's own; `on_inherit`, shown while `can_inherit`, hands
/// a suite's answers back to the district.
#[component]
pub fn Questions(
    target: Target,
    heading: Signal<String>,
    note: Signal<String>,
    can_inherit: Signal<bool>,
    on_inherit: Callback<()>,
    /// The suite's name, and how to change it; hidden for the district.
    name: Signal<Option<String>>,
    on_rename: Callback<String>,
) -> impl IntoView {
    view! {
        <section class="questions card" id="questions" aria-labelledby="questions-heading">
            <h2 id="questions-heading">{move || heading.get()}</h2>
            <div class="field suite-name" hidden=move || name.with(Option::is_none)>
                <label class="field-label" for="suite-name">"Suite name"</label>
                <input
                    id="suite-name"
                    type="text"
                    maxlength="80"
                    prop:value=move || name.get().unwrap_or_default()
                    on:input=move |ev| on_rename.run(event_target_value(&ev))
                />
            </div>
            <p class="section-intro" data-testid="answers-note">{move || note.get()}</p>
            <button
                type="button"
                class="button quiet inherit"
                hidden=move || !can_inherit.get()
                on:click=move |_| on_inherit.run(())
                data-testid="use-district-answers"
            >
                "Use the district's answers here"
            </button>
            {count_field(
                "students",
                "Students",
                "students",
                "Students who will use this product suite.",
                target,
                bind!(students),
            )}
            {count_field(
                "staff",
                "Staff",
                "staff",
                "Teachers, administrators and aides who need accounts.",
                target,
                bind!(staff),
            )}
            {step_field(
                "mobility",
                "How often students change schools",
                "Moves from one school to another within the district.",
                Mobility::LABELS,
                target,
                bind_choice!(mobility, Mobility),
            )}
            {step_field(
                "frequency",
                "How often rosters need updating",
                "Classes, enrolments and staff changes that have to reach the product.",
                Frequency::LABELS,
                target,
                bind_choice!(frequency, Frequency),
            )}
            <h3 class="group-heading">"For the whole district"</h3>
            <p class="hint">"These apply to every suite in the plan."</p>
            {segmented_field(
                "source",
                "Where roster data lives today",
                "A SIS that speaks OneRoster (CSV over SFTP, or the API), Clever or \
                 ClassLink can feed an automated sync.",
                Source::TOKENS,
                Source::LABELS,
                target,
                bind_choice!(source, Source),
            )}
            {toggle_field(
                "sso",
                "We want single sign-on (SSO)",
                "Users sign in through Clever, ClassLink or a similar service instead \
                 of a separate password.",
                target,
                bind!(sso),
            )}
            {toggle_field(
                "nwea",
                "We use NWEA assessments",
                "NWEA results have to line up with the same rosters.",
                target,
                bind!(nwea),
            )}
        </section>
    }
}
