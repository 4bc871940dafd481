//! The page: thin Leptos views over the model. Data flows one way: controls
//! hand changed answers to the plan store, each suite's memo assesses its
//! answers, and views read the memos.

mod bind;
mod controls;
mod import;
mod masthead;
mod notices;
mod plan;
mod questions;
mod recommendation;
pub mod scale;
mod share;
mod steps;
mod table;

use leptos::prelude::*;

use crate::model::{assess, Answers, Overrides};
use crate::state::{decode, link, query, storage, Decoded, Notice, Saved};
use controls::Target;
use import::{Import, ImportPanel};
use masthead::Masthead;
use notices::{Notices, UndoReset};
use plan::{PlanOverview, PlanStore, SuiteTabs, DISTRICT};
use questions::Questions;
use recommendation::Recommendation;
use share::ShareBanner;
use steps::{NextSteps, Ticks};
use table::ComparisonTable;

/// What the questions panel says it is answering for.
fn answers_note(store: PlanStore) -> String {
    let Some(suite) = store.view(store.selected.get()) else {
        return "Every suite starts from these answers and keeps any you change for it.".into();
    };
    // A plan of one suite keeps its answers as the district's (see `PlanStore::edit`).
    if store.suites.with(|all| all.len() == 1) {
        return "With one suite, these are the district's answers too. Add a suite on the \
                District overview to give another product answers of its own."
            .into();
    }
    let own = suite.overrides.get();
    let mut mine = Vec::new();
    for (set, what) in [
        (own.students.is_some(), "students"),
        (own.staff.is_some(), "staff"),
        (own.mobility.is_some(), "mobility"),
        (own.frequency.is_some(), "updates"),
    ] {
        if set {
            mine.push(what);
        }
    }
    if mine.is_empty() {
        "All these answers come from the district; change one to make it this suite's own.".into()
    } else {
        format!(
            "This suite has its own {}; the other answers come from the district.",
            mine.join(", ")
        )
    }
}

#[component]
pub fn App() -> impl IntoView {
    // Saved answers are read before any signal exists, so the first render
    // shows them and no effect can write defaults over them.
    let loaded = storage::load();
    let mut notices = loaded.notices;
    let shared = query::decode(&link::opened_with());
    if let Some(dropped) = shared.as_ref().map(|s| s.dropped.clone()) {
        if !dropped.is_empty() {
            notices.push(Notice::LinkRepaired(dropped));
        }
    }
    let on_show = match &shared {
        Some(link) => Saved {
            plan: link.plan.clone(),
            district_name: loaded.saved.district_name.clone(),
            selected: link.plan.suites[0].id,
        },
        None => loaded.saved.clone(),
    };
    let store = PlanStore::new(&on_show);
    // While a shared plan is on show, the user's own waits here: saving keeps
    // writing it, so a link never replaces it unless the user says so.
    let own = RwSignal::new(shared.is_some().then_some(loaded.saved));
    let notices = RwSignal::new(notices);
    let before_reset = RwSignal::new(None::<Saved>);
    let import = RwSignal::new(Import::Idle);
    let saved = Memo::new(move |_| store.snapshot());
    // What another window has just saved, once this one shows it too. It is
    // not written back: that would only echo it to the other window, where a
    // late echo could undo what was typed there since.
    let synced = StoredValue::new(None::<Saved>);

    let can_save = loaded.can_save;
    Effect::new(move |already_ran: Option<()>| {
        let mut record = saved.get();
        if let Some(mine) = own.get() {
            record = Saved {
                district_name: record.district_name,
                ..mine
            };
        }
        // The first run only subscribes: nothing has changed yet, and saved
        // text that could not be read stays where it is until the user acts.
        if already_ran.is_none() || !can_save {
            return;
        }
        let echo = synced.try_update_value(Option::take).flatten();
        if echo.is_some_and(|theirs| {
            theirs.plan == record.plan && theirs.district_name == record.district_name
        }) {
            return;
        }
        let failed = !storage::save(&record);
        let showing = notices.with_untracked(|all| all.contains(&Notice::SaveFailed));
        if failed != showing {
            notices.update(|all| {
                if failed {
                    all.push(Notice::SaveFailed);
                } else {
                    all.retain(|n| *n != Notice::SaveFailed);
                }
            });
        }
    });

    // Another tab saved: show the same, so neither tab's next save undoes it.
    let listener = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key().as_deref() != Some(storage::KEY) {
            return;
        }
        let (Decoded::Clean(theirs) | Decoded::Repaired(theirs, _)) =
            decode(&ev.new_value().unwrap_or_default())
        else {
            return;
        };
        if own.with_untracked(Option::is_some) {
            // The district name is saved from here too: take theirs, or the
            // next save would put this window's back.
            if store
                .district_name
                .with_untracked(|n| *n != theirs.district_name)
            {
                store.district_name.set(theirs.district_name.clone());
            }
            synced.set_value(Some(theirs.clone()));
            own.set(Some(theirs));
        } else if saved.with_untracked(|mine| {
            mine.plan != theirs.plan || mine.district_name != theirs.district_name
        }) {
            synced.set_value(Some(theirs.clone()));
            store.follow(theirs);
        }
    });
    on_cleanup(move || listener.remove());

    // A plan of several suites prints its overview, then a page per suite;
    // so does the overview of a one-suite plan, which has no table of its own.
    let print_all = RwSignal::new(false);
    let before_print = window_event_listener(leptos::ev::beforeprint, move |_| {
        let several = store.suites.with_untracked(|s| s.len() > 1);
        print_all.set(several || store.selected.get_untracked() == DISTRICT);
    });
    let after_print = window_event_listener(leptos::ev::afterprint, move |_| print_all.set(false));
    on_cleanup(move || {
        before_print.remove();
        after_print.remove();
    });

    let reset = Callback::new(move |()| {
        before_reset.set(Some(saved.get_untracked()));
        store.reset_answers();
    });

    let on_district = Memo::new(move |_| store.selected.get() == DISTRICT);
    let target = Target {
        read: Signal::derive(move || match store.view(store.selected.get()) {
            Some(suite) => suite.answers.get(),
            None => store.district.get(),
        }),
        write: Callback::new(move |new| store.edit(new)),
    };
    let heading = Signal::derive(move || match store.view(store.selected.get()) {
        Some(suite) => format!("Answers for {}", suite.name.get()),
        None => "District defaults".to_owned(),
    });
    let can_inherit = Signal::derive(move || {
        store
            .view(store.selected.get())
            .is_some_and(|s| !s.overrides.with(Overrides::is_empty))
    });
    let inherit = Callback::new(move |()| {
        if let Some(suite) = store.view(store.selected.get_untracked()) {
            suite.overrides.set(Overrides::default());
        }
    });
    let assessment = Memo::new(move |_| match store.current() {
        Some(suite) => suite.assessment.get(),
        None => assess(&Answers::default()),
    });
    let ticks = Ticks {
        read: Signal::derive(move || store.current().map(|s| s.ticked.get()).unwrap_or_default()),
        toggle: Callback::new(move |(id, on): (&'static str, bool)| {
            if let Some(suite) = store.current() {
                suite.ticked.update(|all| {
                    all.retain(|t| t != id);
                    if on {
                        all.push(id.to_owned());
                    }
                });
            }
        }),
    };

    view! {
        <div class="app" class:plan-print=move || print_all.get()>
            <Masthead district=store.district_name saved on_reset=reset />
            <ShareBanner store own />
            <Notices notices />
            <UndoReset store before_reset />
            <SuiteTabs store />
            <main class="layout">
                <div class="inputs">
                    <Questions
                        target
                        heading
                        note=Signal::derive(move || answers_note(store))
                        can_inherit
                        on_inherit=inherit
                        name=Signal::derive(move || store.view(store.selected.get()).map(|s| s.name.get()))
                        on_rename=Callback::new(move |name: String| {
                            if let Some(suite) = store.view(store.selected.get_untracked()) {
                                suite.name.set(name);
                            }
                        })
                    />
                    <ImportPanel target state=import />
                </div>
                <div class="results" hidden=move || !on_district.get()>
                    <PlanOverview store />
                </div>
                <div class="results" hidden=move || on_district.get()>
                    <Recommendation assessment />
                    <ComparisonTable assessment />
                    <NextSteps assessment ticks import />
                </div>
            </main>
            {move || print_all.get().then(|| view! { <plan::PrintPlan store /> })}
            <footer class="page-footer no-print">
                <p>
                    "Private by design: there is no server behind this page. Your answers stay in \
                     this browser, saved only in its local storage."
                </p>
                <p>"Based on Imagine Learning's published guidance on choosing a rostering method."</p>
            </footer>
        </div>
    }
}
