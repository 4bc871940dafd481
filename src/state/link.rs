//! The page's own address, for share links: reading the query it was opened
//! with, building a link to the current answers, and dropping the query once
//! the user has decided what to do with shared answers.

use super::query;
use crate::model::Plan;

/// The query string the page was opened with, `""` if none.
pub fn opened_with() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// A link to this page that opens with `plan`.
pub fn share_url(plan: &Plan) -> String {
    let here = web_sys::window().map(|w| w.location());
    let base = here
        .and_then(|l| Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?)))
        .unwrap_or_default();
    format!("{base}?{}", query::encode_plan(plan))
}

/// Take the query off the address bar, so reloading shows the user's own
/// answers rather than the shared ones again.
pub fn forget_query() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let (Ok(history), Ok(path)) = (window.history(), window.location().pathname()) else {
        return;
    };
    let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
}
