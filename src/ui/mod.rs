//! The page: thin Leptos views over the model. Data flows one way: the
//! controls write the answers signal, a memo assesses them, views read it.

mod bind;
mod controls;
mod masthead;
mod notices;
mod questions;
mod recommendation;
pub mod scale;
mod table;

use leptos::prelude::*;

use crate::model::{assess, Answers};
use crate::state::{storage, Notice, Saved};
use masthead::Masthead;
use notices::{Notices, UndoReset};
use questions::Questions;
use recommendation::Recommendation;
use table::ComparisonTable;

#[component]
pub fn App() -> impl IntoView {
    // Saved answers are read before any signal exists, so the first render
    // shows them and no effect can write defaults over them.
    let loaded = storage::load();
    let answers = RwSignal::new(loaded.saved.answers);
    let district = RwSignal::new(loaded.saved.district);
    let notices = RwSignal::new(loaded.notices);
    let before_reset = RwSignal::new(None::<Answers>);
    let assessment = Memo::new(move |_| answers.with(assess));

    let can_save = loaded.can_save;
    Effect::new(move |already_ran: Option<()>| {
        let saved = Saved {
            answers: answers.get(),
            district: district.get(),
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

    let reset = Callback::new(move |()| {
        before_reset.set(Some(answers.get_untracked()));
        answers.set(Answers::default());
    });

    view! {
        <Masthead district on_reset=reset />
        <Notices notices />
        <UndoReset answers before_reset />
        <main class="layout">
            <Questions answers />
            <div class="results">
                <Recommendation assessment answers />
                <ComparisonTable assessment answers />
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
