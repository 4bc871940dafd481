//! Notices about saved answers, each dismissable, and the undo offer after a reset.

use leptos::prelude::*;

use super::bind::read;
use crate::model::Answers;
use crate::state::Notice;

fn notice_view(notices: RwSignal<Vec<Notice>>, notice: Notice) -> impl IntoView {
    let id = notice.id();
    view! {
        <div class="notice" data-testid=format!("notice-{id}")>
            <p>{notice.text()}</p>
            <button
                type="button"
                class="button quiet"
                on:click=move |_| notices.update(|all| all.retain(|n| n.id() != id))
            >
                "Dismiss"
                <span class="visually-hidden">" this notice"</span>
            </button>
        </div>
    }
}

#[component]
pub fn Notices(notices: RwSignal<Vec<Notice>>) -> impl IntoView {
    view! {
        <div class="notices" aria-live="polite" data-testid="notices">
            {move || {
                notices
                    .get()
                    .into_iter()
                    .map(|notice| notice_view(notices, notice))
                    .collect_view()
            }}
        </div>
    }
}

/// Shown after a reset until undone or dismissed; holds the answers from before.
#[component]
pub fn UndoReset(
    answers: RwSignal<Answers>,
    before_reset: RwSignal<Option<Answers>>,
) -> impl IntoView {
    let undo_button = NodeRef::<leptos::html::Button>::new();
    // Keyboard users land on the way back, right after pressing Reset. The
    // focus waits a frame, for the bar to be drawn.
    Effect::new(move |_| {
        if before_reset.with(Option::is_some) {
            request_animation_frame(move || {
                if let Some(button) = undo_button.get_untracked() {
                    let _ = button.focus();
                }
            });
        }
    });
    let undo = move |_| {
        if let Some(previous) = before_reset.get_untracked() {
            answers.set(previous);
        }
        before_reset.set(None);
    };
    view! {
        <div class="undo-slot" role="status">
            <div class="notice undo-bar" data-testid="undo-bar" hidden=read(before_reset, Option::is_none)>
                <p>"Answers reset to the defaults."</p>
                <button
                    type="button"
                    class="button"
                    node_ref=undo_button
                    on:click=undo
                    data-testid="undo-reset"
                >
                    "Undo reset"
                </button>
                <button type="button" class="button quiet" on:click=move |_| before_reset.set(None)>
                    "Dismiss"
                </button>
            </div>
        </div>
    }
}
