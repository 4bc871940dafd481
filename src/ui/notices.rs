//! Notices about saved answers, each dismissable, and the undo offer after a reset.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::bind::read;
use super::plan::PlanStore;
use crate::state::{Notice, Saved};

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

/// Focus the element matching a selector, if there is one.
pub fn focus(selector: &str) {
    let found = document().query_selector(selector).ok().flatten();
    if let Some(element) = found.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// Focus an element once the page has been redrawn: for when the control
/// that had focus is about to disappear, so keyboard users are not dropped
/// back at the top of the page. The element is looked up rather than held:
/// a lookup compiles smaller than a node reference, and finds nothing once
/// the page is gone.
pub fn focus_after_redraw(selector: &'static str) {
    request_animation_frame(move || focus(selector));
}

const UNDO: &str = "[data-testid=\"undo-reset\"]";
const RESET: &str = "[data-testid=\"reset\"]";

/// Shown after a reset until undone or dismissed; holds the plan from before.
#[component]
pub fn UndoReset(store: PlanStore, before_reset: RwSignal<Option<Saved>>) -> impl IntoView {
    // Keyboard users land on the way back, right after pressing Reset, once
    // the bar is drawn.
    Effect::new(move |_| {
        if before_reset.with(Option::is_some) {
            focus_after_redraw(UNDO);
        }
    });
    // The bar goes away; focus goes back to the Reset button.
    let close = move || {
        before_reset.set(None);
        focus_after_redraw(RESET);
    };
    let undo = move |_| {
        if let Some(previous) = before_reset.get_untracked() {
            store.load(previous);
        }
        close();
    };
    view! {
        <div class="undo-slot" role="status">
            <div class="notice undo-bar" data-testid="undo-bar" hidden=read(before_reset, Option::is_none)>
                <p>"Answers reset to the defaults."</p>
                <button
                    type="button"
                    class="button"
                    on:click=undo
                    data-testid="undo-reset"
                >
                    "Undo reset"
                </button>
                <button type="button" class="button quiet" on:click=move |_| close()>
                    "Dismiss"
                </button>
            </div>
        </div>
    }
}
