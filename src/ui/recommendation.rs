//! The recommendation card: the method, how clear-cut it is, why, and what
//! would change it. Everything here is read from the assessment.

use leptos::prelude::*;

use crate::model::{profile, what_if_from, Assessment, Clarity, WhatIf, MAX_SCORE};

/// How clear-cut the choice is, in a sentence.
fn clarity_text(a: &Assessment) -> String {
    let chosen = a.recommended();
    let next = a.method(a.runner_up);
    let scores = format!(
        "{} scores {} of {MAX_SCORE}; the next best, {}, scores {}.",
        chosen.method.name(),
        chosen.score,
        next.method.name(),
        next.score
    );
    match a.clarity {
        Clarity::Required(req) => format!("Your need for {} settles it.", req.phrase()),
        Clarity::CloseCall => {
            format!("{scores} Talk it through with your account team before you commit.")
        }
        Clarity::Clear | Clarity::Leaning => scores,
    }
}

fn reasons(a: &Assessment) -> Vec<String> {
    let rule = a.deciding_rule().map(String::from);
    let strengths = a
        .strengths()
        .into_iter()
        .map(|(_, cell)| cell.reason.into());
    rule.into_iter().chain(strengths).collect()
}

fn notes(a: &Assessment) -> Vec<String> {
    a.notes.iter().map(|n| n.text().into()).collect()
}

fn caveats(a: &Assessment) -> Vec<String> {
    a.caveats()
        .into_iter()
        .map(|(_, cell)| cell.reason.into())
        .collect()
}

fn announcement(a: &Assessment) -> String {
    format!(
        "Recommended: {}. {}.",
        a.recommended.name(),
        a.clarity.label()
    )
}

/// The card for one assessment, drawn from plain values. It is redrawn
/// whole when the assessment changes: it holds nothing focusable, and one
/// closure compiles far smaller than a binding per part.
fn card(a: &Assessment) -> impl IntoView {
    let changes: Vec<String> = what_if_from(&a.answers, a.recommended)
        .into_iter()
        .map(WhatIf::sentence)
        .collect();
    let (notes, caveats) = (notes(a), caveats(a));
    let nothing_to_mind = notes.is_empty() && caveats.is_empty();
    // Only the notes print (the table shows the caveats), so without notes
    // the heading would print over nothing.
    let nothing_to_print = notes.is_empty();
    let nothing_changes_it = changes.is_empty();
    let list = |items: Vec<String>| {
        items
            .into_iter()
            .map(|s| view! { <li>{s}</li> })
            .collect_view()
    };
    view! {
        <section
            class="card recommendation"
            aria-labelledby="recommendation-heading"
            data-method=a.recommended.id()
        >
            <h2 id="recommendation-heading" class="eyebrow">"Recommended method"</h2>
            <p class="method-name" data-testid="recommendation">{a.recommended.name()}</p>
            <p class="clarity" data-testid="clarity" data-clarity=a.clarity.id()>
                <span class="badge">{a.clarity.label()}</span>
                " "
                <span>{clarity_text(a)}</span>
            </p>
            <p class="summary">{profile(a.recommended).summary}</p>
            <div class="card-columns">
                <div>
                    <h3>"Why"</h3>
                    <ul data-testid="reasons">{list(reasons(a))}</ul>
                </div>
                <div hidden=nothing_to_mind class:no-print=nothing_to_print>
                    <h3>"Keep in mind"</h3>
                    <ul data-testid="notes">{list(notes)}</ul>
                    // The table shows these too, so the printout leaves them out.
                    <ul class="no-print" data-testid="caveats">{list(caveats)}</ul>
                </div>
                <div>
                    <h3>"What would change it"</h3>
                    <p hidden=!nothing_changes_it>
                        "No single answer change would alter the recommendation."
                    </p>
                    <ul data-testid="what-if">{list(changes)}</ul>
                </div>
            </div>
        </section>
    }
}

/// The card alone, for printouts, which need no live region of their own.
pub fn card_view(assessment: Memo<Assessment>) -> impl IntoView {
    move || assessment.with(card)
}

#[component]
pub fn Recommendation(assessment: Memo<Assessment>) -> impl IntoView {
    // A memo, so the live region's text only changes when the words do.
    let announcement = Memo::new(move |_| assessment.with(announcement));
    view! {
        {card_view(assessment)}
        // Announces a changed recommendation; the card itself is not a live
        // region, so screen readers are not flooded on every slider step.
        <p class="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
            {move || announcement.get()}
        </p>
    }
}
