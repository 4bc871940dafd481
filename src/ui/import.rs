//! Counting from a roster export: the user picks or drops files, a worker
//! reads them off the page's thread, and the page shows the counts with an
//! offer to use them. The files never leave the browser and are not kept.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{FileList, MessageEvent, Worker, WorkerOptions, WorkerType};

use super::bind::read;
use super::controls::Target;
use crate::import::{report, Summary};
use crate::model::{thousands, Answers, Choice};

/// Where an import stands.
#[derive(Clone, Debug, PartialEq)]
pub enum Import {
    Idle,
    Reading(f64),
    Done(Summary),
    Failed(String),
}

impl Import {
    fn summary(&self) -> Option<&Summary> {
        match self {
            Self::Done(summary) => Some(summary),
            _ => None,
        }
    }

    /// One count from the summary, as the number alone, or "" before one.
    fn count(&self, pick: fn(&Summary) -> u32) -> String {
        self.summary()
            .map(|s| pick(s).to_string())
            .unwrap_or_default()
    }
}

/// The worker built from `src/bin/import-worker.rs`, beside the page.
const WORKER_URL: &str = "./import-worker_loader.js";

fn start_worker(files: FileList, state: RwSignal<Import>, worker: StoredValue<Option<Worker>>) {
    if files.length() == 0 {
        return;
    }
    if let Some(old) = worker.get_value() {
        old.terminate();
    }
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    let Ok(new) = Worker::new_with_options(WORKER_URL, &options) else {
        state.set(Import::Failed(
            "this browser could not start the file reader".into(),
        ));
        return;
    };
    // Handed over once and then let go, so the page keeps no hold on the files.
    let mut files = Some(js_sys::Array::from(&files));
    let reader = new.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let data = event.data();
        let field = |key: &str| js_sys::Reflect::get(&data, &JsValue::from_str(key)).ok();
        let kind = field("kind")
            .and_then(|k| k.as_string())
            .unwrap_or_default();
        let next = match kind.as_str() {
            // The worker has loaded and listens: hand it the files.
            "ready" => match files.take().map(|list| reader.post_message(&list)) {
                Some(Ok(())) => Import::Reading(0.0),
                _ => Import::Failed("the files could not be handed to the reader".into()),
            },
            "progress" => {
                Import::Reading(field("fraction").and_then(|f| f.as_f64()).unwrap_or(0.0))
            }
            "done" => match field("summary")
                .and_then(|s| s.as_string())
                .as_deref()
                .and_then(report::from_json)
            {
                Some(summary) => Import::Done(summary),
                None => Import::Failed("the file reader sent back something unreadable".into()),
            },
            _ => Import::Failed(
                field("message")
                    .and_then(|m| m.as_string())
                    .unwrap_or_else(|| "the files could not be read".into()),
            ),
        };
        // Its work is done: the worker, and the file data it holds, go.
        if matches!(next, Import::Done(_) | Import::Failed(_)) {
            reader.terminate();
        }
        state.set(next);
    });
    new.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // A worker that fails to load or crashes reports here, not in a message.
    let on_error = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| {
        state.set(Import::Failed(
            "the file reader stopped unexpectedly".into(),
        ));
    });
    new.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    // The listeners live with the worker, which is replaced on the next import.
    on_message.forget();
    on_error.forget();
    state.set(Import::Reading(0.0));
    worker.set_value(Some(new));
}

/// One line of the summary: a label and its number, hooked for tests.
fn figure(
    state: RwSignal<Import>,
    id: &'static str,
    label: &'static str,
    pick: fn(&Summary) -> u32,
) -> impl IntoView {
    view! {
        <dt>{label}</dt>
        <dd data-testid=id>{move || state.with(|s| s.count(pick))}</dd>
    }
}

fn bad_rows(state: RwSignal<Import>) -> impl IntoView {
    move || {
        state.with(|s| {
            s.summary()
                .map(|summary| {
                    summary
                        .listed_bad_rows
                        .iter()
                        .map(|row| format!("{}, line {}: {}", row.file, row.line, row.reason))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
                .into_iter()
                .map(|line| view! { <li>{line}</li> })
                .collect_view()
        })
    }
}

/// Which export the files were, and which of its files were not needed.
fn format_text(s: &Import) -> String {
    let Some(summary) = s.summary() else {
        return String::new();
    };
    let read_as = format!("Read as a {} export.", summary.format.name());
    if summary.unused_files.is_empty() {
        read_as
    } else {
        format!(
            "{read_as} Passed over, as the counts do not need them: {}.",
            summary.unused_files.join(", ")
        )
    }
}

fn share_text(s: &Import) -> String {
    s.summary()
        .map(|summary| {
            let per_mille = summary.multi_school_per_mille();
            format!("{}.{} % of students", per_mille / 10, per_mille % 10)
        })
        .unwrap_or_default()
}

#[component]
pub fn ImportPanel(target: Target, state: RwSignal<Import>) -> impl IntoView {
    let worker = StoredValue::new(None::<Worker>);
    let applied = RwSignal::new(String::new());
    let on_pick = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(files) = input.files() {
            applied.set(String::new());
            start_worker(files, state, worker);
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        if let Some(files) = ev.data_transfer().and_then(|d| d.files()) {
            applied.set(String::new());
            start_worker(files, state, worker);
        }
    };
    let apply = move |_| {
        let Some(summary) = state.with_untracked(|s| s.summary().cloned()) else {
            return;
        };
        let mobility = summary.suggested_mobility();
        target.write.run(Answers {
            students: summary.students.min(crate::model::MAX_COUNT),
            staff: summary.staff.min(crate::model::MAX_COUNT),
            mobility,
            ..target.read.get_untracked()
        });
        applied.set(format!(
            "Used {} students and {} staff from the export, and set students changing schools \
             to \u{201c}{}\u{201d}, an estimate from students in several schools: check it.",
            thousands(summary.students),
            thousands(summary.staff),
            mobility.label()
        ));
    };

    view! {
        <section class="card importer" aria-labelledby="import-heading">
            <h2 id="import-heading">"Count from a roster export"</h2>
            <p class="section-intro">
                "Not sure of your numbers? Choose your SIS's OneRoster files (users.csv, orgs.csv, \
                 enrollments.csv, or the zip they come in) or Clever's students.csv, teachers.csv, \
                 staff.csv and schools.csv. They are read on this computer, never sent or stored; \
                 only the counts are kept, and only if you use them."
            </p>
            <div
                class="drop-zone"
                on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default()
                on:drop=on_drop
            >
                <label for="import-files">"Choose files, or drop them here"</label>
                <input
                    type="file"
                    id="import-files"
                    multiple
                    accept=".csv,.zip,text/csv,application/zip"
                    on:change=on_pick
                    data-testid="import-files"
                />
            </div>
            <div role="status" class="import-status">
                <p hidden=read(state, |s| !matches!(s, Import::Reading(_)))>
                    <label for="import-progress">"Reading the files…"</label>
                    <progress
                        id="import-progress"
                        max="1"
                        prop:value=move || state.with(|s| match s {
                            Import::Reading(f) => *f,
                            _ => 0.0,
                        })
                    ></progress>
                </p>
                <p class="import-error" data-testid="import-error" hidden=read(state, |s| !matches!(s, Import::Failed(_)))>
                    {move || state.with(|s| match s {
                        Import::Failed(why) => format!("These files could not be counted: {why}."),
                        _ => String::new(),
                    })}
                </p>
            </div>
            <div class="import-result" hidden=read(state, |s| s.summary().is_none())>
                <p data-testid="import-format">
                    {read(state, format_text)}
                </p>
                <dl class="import-summary">
                    {figure(state, "import-students", "Students", |s| s.students)}
                    {figure(state, "import-staff", "Staff (teachers, administrators, aides)", |s| s.staff)}
                    {figure(state, "import-schools", "Schools", |s| s.schools)}
                    {figure(state, "import-multi-school", "Students in more than one school", |s| s.multi_school)}
                    <dd class="share">{read(state, share_text)}</dd>
                    {figure(state, "import-missing-email", "Accounts without an email address", |s| s.missing_email)}
                    {figure(state, "import-duplicate-ids", "Duplicate IDs", |s| s.duplicate_ids)}
                    {figure(state, "import-bad-rows", "Rows that could not be read", |s| s.bad_rows)}
                </dl>
                <details class="bad-rows" hidden=read(state, |s| s.summary().is_none_or(|x| x.bad_rows == 0))>
                    <summary>"Which rows, and why"</summary>
                    <ul>{bad_rows(state)}</ul>
                </details>
                <button type="button" class="button primary" on:click=apply data-testid="import-apply">
                    "Use these numbers"
                </button>
                <p class="applied" role="status" data-testid="import-applied">{move || applied.get()}</p>
            </div>
        </section>
    }
}
