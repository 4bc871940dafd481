//! Sharing answers by link: the Copy link button, and the banner shown while
//! the page displays answers that arrived in a link.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::bind::read;
use super::notices::focus_after_redraw;
use super::plan::PlanStore;
use crate::state::{link, Saved};

/// Copy text with the Clipboard API, then report whether it worked: not
/// where there is no clipboard (pages served over plain HTTP) or the browser
/// refuses. A promise callback rather than `async`, which would bring a
/// futures executor into the download for this one button.
fn copy_to_clipboard(text: &str, done: impl FnOnce(bool) + 'static) {
    let navigator = web_sys::window().map(|w| w.navigator());
    // Calling into a missing API would throw, so look before using it.
    let clipboard = navigator.filter(|n| {
        js_sys::Reflect::get(n, &JsValue::from_str("clipboard")).is_ok_and(|c| !c.is_undefined())
    });
    let Some(navigator) = clipboard else {
        return done(false);
    };
    let done = std::rc::Rc::new(std::cell::Cell::new(Some(done)));
    let report = move |ok: bool| {
        let done = done.clone();
        Closure::once_into_js(move |_: JsValue| {
            if let Some(done) = done.take() {
                done(ok);
            }
        })
    };
    // `then` called by name: the typed binding wants closures that live for
    // the page, while these free themselves after their one call.
    let promise = navigator.clipboard().write_text(text);
    if let Ok(then) = js_sys::Reflect::get(&promise, &JsValue::from_str("then")) {
        let then: js_sys::Function = then.into();
        let _ = then.call2(&promise, &report(true), &report(false));
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum CopyState {
    Idle,
    Copied,
    /// The clipboard refused; the link is shown, selected, to copy by hand.
    ShowLink,
}

#[component]
pub fn CopyLink(saved: Memo<Saved>) -> impl IntoView {
    let state = RwSignal::new(CopyState::Idle);
    let url = RwSignal::new(String::new());
    let copy = move |_| {
        let link = saved.with_untracked(|s| link::share_url(&s.plan));
        url.set(link.clone());
        copy_to_clipboard(&link, move |copied| {
            if copied {
                state.set(CopyState::Copied);
            } else {
                state.set(CopyState::ShowLink);
                request_animation_frame(move || {
                    let input = document().get_element_by_id("share-url");
                    if let Some(input) =
                        input.and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
                    {
                        input.select();
                        let _ = input.focus();
                    }
                });
            }
        });
    };
    // A changed answer makes an earlier link stale.
    Effect::new(move |_| {
        saved.track();
        state.set(CopyState::Idle);
    });
    view! {
        <div class="copy-link">
            <button type="button" class="button" on:click=copy data-testid="copy-link">
                "Copy link"
            </button>
            <p class="copy-status" role="status" data-testid="copy-status">
                {read(state, |s| if *s == CopyState::Copied { "Link copied." } else { "" })}
            </p>
            <div class="copy-fallback" hidden=read(state, |s| *s != CopyState::ShowLink)>
                <label for="share-url">"Copy this link (Ctrl+C, or ⌘C on a Mac):"</label>
                <input id="share-url" type="text" readonly prop:value=move || url.get() />
                <button
                    type="button"
                    class="button quiet small"
                    on:click=move |_| {
                        state.set(CopyState::Idle);
                        focus_after_redraw("[data-testid=\"copy-link\"]");
                    }
                    data-testid="close-share-url"
                >
                    "Done"
                </button>
            </div>
        </div>
    }
}

/// Shown while the page displays answers from a link. `own` holds the user's
/// saved plan, untouched until they choose.
#[component]
pub fn ShareBanner(store: PlanStore, own: RwSignal<Option<Saved>>) -> impl IntoView {
    // The banner goes away: focus moves on to the tab on show, next in line.
    let done = move || {
        own.set(None);
        link::forget_query();
        focus_after_redraw(".suite-tabs [aria-current=\"page\"]");
    };
    let keep = move |_| done();
    let back = move |_| {
        if let Some(mine) = own.get_untracked() {
            store.load(mine);
        }
        done();
    };
    view! {
        <div class="share-banner" role="region" aria-label="Shared answers" data-testid="share-banner" hidden=read(own, Option::is_none)>
            <p>
                <strong>"These answers came from a shared link."</strong>
                " Your own saved answers are kept as they were until you choose."
            </p>
            <div class="actions">
                <button type="button" class="button primary" on:click=keep data-testid="keep-shared">
                    "Keep these answers"
                </button>
                <button type="button" class="button" on:click=back data-testid="back-to-own">
                    "Back to my answers"
                </button>
            </div>
        </div>
    }
}
