//! The page heading: title, the district name for the printout, and the
//! page-wide actions. In print only the title, district and date remain.

use leptos::prelude::*;

use super::share::CopyLink;
use crate::state::fields::MAX_DISTRICT_CHARS;
use crate::state::Saved;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Today's date as a printout shows it: "3 December 2026".
fn today() -> String {
    let now = js_sys::Date::new_0();
    let month = MONTHS
        .get(now.get_month() as usize)
        .copied()
        .unwrap_or_default();
    format!("{} {month} {}", now.get_date(), now.get_full_year())
}

#[component]
pub fn Masthead(
    district: RwSignal<String>,
    saved: Memo<Saved>,
    on_reset: Callback<()>,
) -> impl IntoView {
    let date = RwSignal::new(today());
    // A tab left open overnight still prints today's date.
    let listener = window_event_listener(leptos::ev::beforeprint, move |_| date.set(today()));
    on_cleanup(move || listener.remove());

    let print = |_| {
        let _ = window().print();
    };
    let prepared = move || {
        let district = district.get();
        let district = district.trim();
        if district.is_empty() {
            format!("Prepared {}", date.get())
        } else {
            format!("Prepared for {district}, {}", date.get())
        }
    };

    view! {
        <header class="masthead">
            <div class="masthead-text">
                <h1>"Rostering Advisor"</h1>
                <p class="tagline no-print">
                    "Find the best way to get students, staff and classes into a product \
                     suite: Self-Managed, One-time Assisted or Automated rostering."
                </p>
                <p class="print-only print-meta" data-testid="print-meta">{prepared}</p>
            </div>
            <div class="masthead-tools no-print">
                <div class="district-field">
                    <label for="district">"District name"</label>
                    <input
                        id="district"
                        type="text"
                        autocomplete="organization"
                        maxlength=MAX_DISTRICT_CHARS.to_string()
                        aria-describedby="district-hint"
                        prop:value=move || district.get()
                        on:input=move |ev| district.set(event_target_value(&ev))
                    />
                    <p class="hint" id="district-hint">"Optional; shown on the printout."</p>
                </div>
                <div class="actions">
                    <button type="button" class="button primary" on:click=print data-testid="print">
                        "Print"
                    </button>
                    <button
                        type="button"
                        class="button"
                        on:click=move |_| on_reset.run(())
                        data-testid="reset"
                    >
                        "Reset answers"
                    </button>
                    <CopyLink saved />
                </div>
            </div>
        </header>
    }
}
