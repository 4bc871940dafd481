//! Form controls for the questions: native inputs, so keyboards, screen
//! readers and touch all work without extra script.
//!
//! Each control is bound to one answer by a pair of plain functions rather
//! than generic signals and callbacks, and is a plain function rather than a
//! component: every control kind then compiles once, whatever answer it
//! edits, without a props builder, which keeps the download small.

use leptos::prelude::*;
use web_sys::HtmlInputElement;

use super::scale;
use crate::model::{thousands, Answers, MAX_COUNT};

/// The answers the controls show and change: a suite's, or the district's
/// defaults. Reading is a signal; writing hands the whole changed set to
/// whoever owns the answers, which decides where each change belongs.
#[derive(Clone, Copy)]
pub struct Target {
    pub read: Signal<Answers>,
    pub write: Callback<Answers>,
}

/// Reads and writes one answer.
pub struct Binding<T: 'static> {
    pub get: fn(&Answers) -> T,
    pub set: fn(&mut Answers, T),
}

impl<T> Clone for Binding<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Binding<T> {}

impl<T: 'static> Binding<T> {
    fn read(self, target: Target) -> T {
        target.read.with(|a| (self.get)(a))
    }

    fn write(self, target: Target, value: T) {
        let mut answers = target.read.get_untracked();
        (self.set)(&mut answers, value);
        target.write.run(answers);
    }
}

/// The number an input holds, as the browser reads it: no parsing in Rust.
fn input_number(ev: &web_sys::Event) -> f64 {
    event_target::<HtmlInputElement>(ev).value_as_number()
}

/// A head count: a slider on an exponential track, paired with a number box
/// for exact values.
pub fn count_field(
    id: &'static str,
    label: &'static str,
    // Spoken after the value by screen readers: "150 students".
    unit: &'static str,
    hint: &'static str,
    target: Target,
    binding: Binding<u32>,
) -> impl IntoView {
    let value = move || binding.read(target);
    let label_id = format!("{id}-label");
    let hint_id = format!("{id}-hint");
    // Where the thumb is, remembered so a step that lands on the same count
    // is not undone when the value is redrawn.
    let thumb = StoredValue::new(scale::position_of(binding.read(target)));
    view! {
        <div class="field count-field">
            <label class="field-label" id=label_id.clone() for=id>{label}</label>
            <div class="count-inputs">
                <input
                    type="range"
                    class="slider"
                    min="0"
                    max=scale::STEPS.to_string()
                    step="1"
                    aria-labelledby=label_id
                    aria-describedby=hint_id.clone()
                    aria-valuetext=move || format!("{} {unit}", thousands(value()))
                    data-testid=format!("{id}-slider")
                    prop:value=move || {
                        let position = scale::thumb_position(thumb.get_value(), value());
                        thumb.set_value(position);
                        position.to_string()
                    }
                    on:input=move |ev| {
                        let position = input_number(&ev) as u32;
                        thumb.set_value(position);
                        binding.write(target, scale::value_at(position));
                    }
                />
                <input
                    type="number"
                    class="number"
                    id=id
                    inputmode="numeric"
                    min="0"
                    max=MAX_COUNT.to_string()
                    step="1"
                    aria-describedby=hint_id.clone()
                    prop:value=move || value().to_string()
                    on:input=move |ev| {
                        if let Some(count) = scale::typed_count(input_number(&ev)) {
                            binding.write(target, count);
                        }
                    }
                    // Leaving the box with nothing usable in it shows the value in force again.
                    on:change=move |ev| {
                        event_target::<HtmlInputElement>(&ev).set_value(&value().to_string());
                    }
                />
            </div>
            <p class="hint" id=hint_id>{hint}</p>
        </div>
    }
}

/// One of a few ordered choices, on a slider with a named stop for each.
pub fn step_field(
    id: &'static str,
    label: &'static str,
    hint: &'static str,
    // The choices' names, in order.
    stops: &'static [&'static str],
    target: Target,
    // The chosen stop's position in `stops`.
    binding: Binding<usize>,
) -> impl IntoView {
    let value = move || binding.read(target);
    let hint_id = format!("{id}-hint");
    let stop_labels = stops
        .iter()
        .enumerate()
        .map(|(i, &name)| {
            view! {
                // The slider is the accessible control; the stops are a bigger
                // target for the mouse and a legend for the eye.
                <span
                    class="stop"
                    class:current=move || value() == i
                    on:click=move |_| binding.write(target, i)
                >
                    {name}
                </span>
            }
        })
        .collect_view();
    view! {
        <div class="field step-field">
            <label class="field-label" for=id>{label}</label>
            <input
                type="range"
                class="slider stepped"
                id=id
                min="0"
                max=(stops.len() - 1).to_string()
                step="1"
                aria-describedby=hint_id.clone()
                aria-valuetext=move || stops.get(value()).copied().unwrap_or_default()
                prop:value=move || value().to_string()
                on:input=move |ev| binding.write(target, input_number(&ev) as usize)
            />
            <div class="stops" aria-hidden="true">
                {stop_labels}
            </div>
            <p class="hint" id=hint_id>{hint}</p>
        </div>
    }
}

/// One of a few unordered choices, as a row of radio buttons drawn as segments.
pub fn segmented_field(
    name: &'static str,
    legend: &'static str,
    hint: &'static str,
    // Stable names for the choices, used in element ids.
    tokens: &'static [&'static str],
    // The choices' names, in the same order.
    labels: &'static [&'static str],
    target: Target,
    binding: Binding<usize>,
) -> impl IntoView {
    let hint_id = format!("{name}-hint");
    let described_by = hint_id.clone();
    let segments = tokens
        .iter()
        .zip(labels)
        .enumerate()
        .map(|(i, (&token, &label))| {
            let input_id = format!("{name}-{token}");
            view! {
                <input
                    type="radio"
                    class="segment-input"
                    name=name
                    id=input_id.clone()
                    value=token
                    prop:checked=move || binding.read(target) == i
                    on:change=move |_| binding.write(target, i)
                />
                <label class="segment" for=input_id>
                    {label}
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="field segmented-field" aria-describedby=described_by>
            <legend class="field-label">{legend}</legend>
            <div class="segments">{segments}</div>
            <p class="hint" id=hint_id>{hint}</p>
        </fieldset>
    }
}

/// A yes-or-no question as a switch.
pub fn toggle_field(
    id: &'static str,
    label: &'static str,
    hint: &'static str,
    target: Target,
    binding: Binding<bool>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    view! {
        <div class="field toggle-field">
            <div class="toggle-row">
                <input
                    type="checkbox"
                    role="switch"
                    class="switch"
                    id=id
                    aria-describedby=hint_id.clone()
                    prop:checked=move || binding.read(target)
                    on:change=move |ev| binding.write(target, event_target_checked(&ev))
                />
                <label class="field-label" for=id>{label}</label>
            </div>
            <p class="hint" id=hint_id>{hint}</p>
        </div>
    }
}
