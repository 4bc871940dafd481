//! Next steps and readiness checks for the recommended method, as a checklist
//! whose ticks are saved with the answers and printed. Every step is laid out
//! once and shown only while it applies, so changing an answer toggles
//! visibility instead of rebuilding the list.

use leptos::prelude::*;

use super::bind::{bind, read};
use super::import::Import;
use crate::model::{Assessment, Step, CHECKS, STEPS};

/// What an imported export says about a check, or "".
fn finding(import: &Import, id: &'static str) -> String {
    match import {
        Import::Done(summary) => summary.readiness_finding(id).unwrap_or_default(),
        _ => String::new(),
    }
}

/// Ticks of the suite on show, and how to change one.
#[derive(Clone, Copy)]
pub struct Ticks {
    pub read: Signal<Vec<String>>,
    pub toggle: Callback<(&'static str, bool)>,
}

fn step_item(
    step: &'static Step,
    assessment: Memo<Assessment>,
    ticks: Ticks,
    import: RwSignal<Import>,
) -> impl IntoView {
    let id = step.id;
    let input_id = format!("step-{id}");
    let toggle = move |ev| ticks.toggle.run((id, event_target_checked(&ev)));
    view! {
        <li class="check-item" hidden=bind(assessment, step, |a, s| !s.applies_to(a))>
            <input
                type="checkbox"
                id=input_id.clone()
                data-testid=input_id.clone()
                prop:checked=bind(ticks.read, id, |all, id| all.iter().any(|t| t == id))
                on:change=toggle
            />
            <label for=input_id>
                {step.text}
                <span class="finding" data-testid=format!("finding-{id}")>{bind(import, id, finding)}</span>
            </label>
        </li>
    }
}

fn checklist(
    steps: &'static [Step],
    assessment: Memo<Assessment>,
    ticks: Ticks,
    import: RwSignal<Import>,
) -> impl IntoView {
    steps
        .iter()
        .map(|step| step_item(step, assessment, ticks, import))
        .collect_view()
}

#[component]
pub fn NextSteps(
    assessment: Memo<Assessment>,
    ticks: Ticks,
    import: RwSignal<Import>,
) -> impl IntoView {
    view! {
        <section class="card next-steps" aria-labelledby="steps-heading" data-testid="next-steps">
            <h2 id="steps-heading">
                "Next steps for " {read(assessment, |a| a.recommended.name())} " rostering"
            </h2>
            <p class="section-intro">
                "Tick items off as you go; the ticks are saved with your answers and printed."
            </p>
            <div class="card-columns">
                <div>
                    <h3>"Steps"</h3>
                    <ol class="checklist" data-testid="steps">
                        {checklist(STEPS, assessment, ticks, import)}
                    </ol>
                </div>
                <div>
                    <h3>"Readiness checks"</h3>
                    <ul class="checklist" data-testid="readiness">
                        {checklist(CHECKS, assessment, ticks, import)}
                    </ul>
                </div>
            </div>
        </section>
    }
}
