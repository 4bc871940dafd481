//! The page: thin Leptos views over the model. Data flows one way: the
//! controls write the answers signal, a memo assesses them, views read it.

mod bind;
mod controls;
mod import;
mod masthead;
mod notices;
mod questions;
mod recommendation;
pub mod scale;
mod share;
mod steps;
mod table;

use leptos::prelude::*;

use crate::model::{assess, Answers};
use crate::state::{decode, link, query, storage, Decoded, Notice, Saved};
use import::{Import, ImportPanel};
use masthead::Masthead;
use notices::{Notices, UndoReset};
use questions::Questions;
use recommendation::Recommendation;
use share::ShareBanner;
use steps::NextSteps;
use table::ComparisonTable;

#[component]
pub fn App() -> impl IntoView {
    // Saved answers are read before any signal exists, so the first render
    // shows them and no effect can write defaults over them.
    let loaded = storage::load();
    let mut notices = loaded.notices;
    let own = loaded.saved;
    let shared = query::decode(&link::opened_with());
    if let Some(dropped) = shared.as_ref().map(|s| s.dropped.clone()) {
        if !dropped.is_empty() {
            notices.push(Notice::LinkRepaired(dropped));
        }
    }

    let answers = RwSignal::new(shared.as_ref().map_or(own.answers, |s| s.answers));
    // While shared answers are on show, the user's own wait here: saving keeps
    // writing these, so a link never replaces them unless the user says so.
    let own_answers = RwSignal::new(shared.is_some().then_some(own.answers));
    let district = RwSignal::new(own.district);
    let ticked = RwSignal::new(own.ticked);
    let notices = RwSignal::new(notices);
    let before_reset = RwSignal::new(None::<Answers>);
    let import = RwSignal::new(Import::Idle);
    let assessment = Memo::new(move |_| answers.with(assess));

    let can_save = loaded.can_save;
    Effect::new(move |already_ran: Option<()>| {
        let saved = Saved {
            answers: own_answers.get().unwrap_or_else(|| answers.get()),
            district: district.get(),
            ticked: ticked.get(),
        };
        // The first run only subscribes: nothing has changed yet, and saved
        // text that could not be read stays where it is until the user acts.
        if already_ran.is_none() || !can_save {
            return;
        }
        let failed = !storage::save(&saved);
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
        let (Decoded::Clean(saved) | Decoded::Repaired(saved, _)) =
            decode(&ev.new_value().unwrap_or_default())
        else {
            return;
        };
        if own_answers.with_untracked(Option::is_some) {
            own_answers.set(Some(saved.answers));
        } else if answers.get_untracked() != saved.answers {
            answers.set(saved.answers);
        }
        if district.with_untracked(|d| *d != saved.district) {
            district.set(saved.district);
        }
        if ticked.with_untracked(|t| *t != saved.ticked) {
            ticked.set(saved.ticked);
        }
    });
    on_cleanup(move || listener.remove());

    let reset = Callback::new(move |()| {
        before_reset.set(Some(answers.get_untracked()));
        answers.set(Answers::default());
    });

    view! {
        <Masthead district answers on_reset=reset />
        <ShareBanner answers own=own_answers />
        <Notices notices />
        <UndoReset answers before_reset />
        <main class="layout">
            <div class="inputs">
                <Questions answers />
                <ImportPanel answers state=import />
            </div>
            <div class="results">
                <Recommendation assessment />
                <ComparisonTable assessment />
                <NextSteps assessment ticked import />
            </div>
        </main>
        <footer class="page-footer no-print">
            <p>
                "Private by design: there is no server behind this page. Your answers stay in \
                 this browser, saved only in its local storage."
            </p>
            <p>"Based on Imagine Learning's published guidance on choosing a rostering method."</p>
        </footer>
    }
}
