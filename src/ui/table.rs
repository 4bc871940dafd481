//! The comparison table: factors as rows, methods as columns, the district's
//! answer beside each factor, and a fit in every cell.

use leptos::prelude::*;

use super::bind::{bind, read};
use crate::model::{answer_text, profile, Assessment, Cell, Factor, Method, Workings, MAX_SCORE};

fn is_recommended(a: &Assessment, method: Method) -> bool {
    a.recommended == method
}

fn is_unavailable(a: &Assessment, method: Method) -> bool {
    !a.method(method).is_available()
}

fn cell_of(a: &Assessment, (factor, method): (Factor, Method)) -> Cell {
    a.method(method).cell(factor)
}

fn fit_cell(assessment: Memo<Assessment>, factor: Factor, method: Method) -> impl IntoView {
    let key = (factor, method);
    view! {
        <td
            class="fit"
            class:recommended=bind(assessment, method, is_recommended)
            data-testid=format!("cell-{}-{}", factor.id(), method.id())
            data-fit=bind(assessment, key, |a, k| cell_of(a, k).fit.id())
        >
            <span class="fit-mark">
                <span class="fit-symbol" aria-hidden="true">
                    {bind(assessment, key, |a, k| cell_of(a, k).fit.symbol())}
                </span>
                " "
                <span class="fit-label">{bind(assessment, key, |a, k| cell_of(a, k).fit.label())}</span>
            </span>
            " "
            <span class="fit-reason">{bind(assessment, key, |a, k| cell_of(a, k).reason)}</span>
        </td>
    }
}

fn method_header(assessment: Memo<Assessment>, method: Method) -> impl IntoView {
    view! {
        <th
            scope="col"
            class="method"
            class:recommended=bind(assessment, method, is_recommended)
            class:unavailable=bind(assessment, method, is_unavailable)
            data-testid=format!("column-{}", method.id())
        >
            <span class="method-title">{method.name()}</span>
            <span class="tag tag-recommended" hidden=bind(assessment, method, |a, m| !is_recommended(a, m))>
                "Recommended"
            </span>
            <span class="tag tag-unavailable" hidden=bind(assessment, method, |a, m| !is_unavailable(a, m))>
                "Unavailable"
            </span>
        </th>
    }
}

fn factor_row(assessment: Memo<Assessment>, factor: Factor) -> impl IntoView {
    let cells = Method::ALL
        .into_iter()
        .map(|m| fit_cell(assessment, factor, m))
        .collect_view();
    view! {
        <tr data-testid=format!("row-{}", factor.id())>
            <th scope="row">{factor.name()}</th>
            <td class="answer" data-testid=format!("answer-{}", factor.id())>
                {bind(assessment, factor, |a, f| answer_text(&a.answers, f))}
            </td>
            {cells}
        </tr>
    }
}

/// One "how it works" row: the same aspect of every method, in words.
fn workings_row(
    assessment: Memo<Assessment>,
    id: &'static str,
    title: &'static str,
    aspect: fn(&Workings) -> &'static str,
) -> impl IntoView {
    let cells = Method::ALL
        .into_iter()
        .map(|m| {
            view! {
                <td class="working" class:recommended=bind(assessment, m, is_recommended)>
                    {aspect(&profile(m).workings)}
                </td>
            }
        })
        .collect_view();
    view! {
        <tr data-testid=format!("how-{id}")>
            <th scope="row" colspan="2">{title}</th>
            {cells}
        </tr>
    }
}

fn score_cell(assessment: Memo<Assessment>, method: Method) -> impl IntoView {
    view! {
        <td
            class="score"
            class:recommended=bind(assessment, method, is_recommended)
            data-testid=format!("score-{}", method.id())
        >
            {bind(assessment, method, |a, m| a.method(m).score.to_string())}
            <span class="score-of">{format!(" of {MAX_SCORE}")}</span>
        </td>
    }
}

fn unavailable_note(a: &Assessment) -> String {
    a.methods
        .iter()
        .find_map(|m| {
            m.unavailable
                .map(|why| format!("{} is unavailable: {why}.", m.method.name()))
        })
        .unwrap_or_default()
}

#[component]
pub fn ComparisonTable(assessment: Memo<Assessment>) -> impl IntoView {
    let headers = Method::ALL
        .into_iter()
        .map(|m| method_header(assessment, m))
        .collect_view();
    let rows = Factor::ALL
        .into_iter()
        .map(|f| factor_row(assessment, f))
        .collect_view();
    let scores = Method::ALL
        .into_iter()
        .map(|m| score_cell(assessment, m))
        .collect_view();

    view! {
        <section class="card table-card" aria-labelledby="table-heading">
            <h2 id="table-heading">"How the methods compare"</h2>
            <div class="table-scroll" role="region" aria-labelledby="table-heading" tabindex="0">
                <table class="comparison" data-testid="comparison">
                    <caption>
                        "Fit of each rostering method to your answers: "
                        <span aria-hidden="true">"✓"</span>
                        " fits, "
                        <span aria-hidden="true">"◐"</span>
                        " partly fits, "
                        <span aria-hidden="true">"✗"</span>
                        " does not fit."
                    </caption>
                    <thead>
                        <tr>
                            <th scope="col">"Factor"</th>
                            <th scope="col">"Your answer"</th>
                            {headers}
                        </tr>
                    </thead>
                    <tbody>
                        {rows}
                        <tr class="score-row">
                            <th scope="row">"Score"</th>
                            <td class="answer">
                                <span class="no-print">
                                    "Head count counts triple; mobility and updates double."
                                </span>
                            </td>
                            {scores}
                        </tr>
                    </tbody>
                    <tbody class="workings">
                        <tr>
                            <th scope="rowgroup" colspan="5" class="group-heading">
                                "How each method works"
                            </th>
                        </tr>
                        {workings_row(assessment, "first-roster", "First roster", |w| w.first_roster)}
                        {workings_row(assessment, "later-changes", "Later changes", |w| w.later_changes)}
                        {workings_row(assessment, "sign-in", "Signing in", |w| w.sign_in)}
                        {workings_row(assessment, "who", "Who does the work", |w| w.who_does_the_work)}
                    </tbody>
                </table>
            </div>
            <p class="table-note" data-testid="unavailable-note">
                {read(assessment, unavailable_note)}
            </p>
            <p class="table-note">
                "The 200-account line is guidance, not a rule: some vendor pages draw their \
                 lines at 50 and 200 accounts instead."
            </p>
        </section>
    }
}
