//! Browser tests of the mounted page, in headless Chromium through
//! wasm-bindgen-test: what only a real DOM and real localStorage can show.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use leptos::task::tick;
use rostering_advisor::state::storage::{BACKUP_KEY, KEY};
use rostering_advisor::ui::App;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, Event, HtmlInputElement, Storage};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn storage() -> Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn find(selector: &str) -> Element {
    document()
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

fn text(selector: &str) -> String {
    find(selector)
        .text_content()
        .unwrap_or_default()
        .trim()
        .to_owned()
}

fn testid(id: &str) -> String {
    format!("[data-testid=\"{id}\"]")
}

/// Type into an input as a person would: set its value, fire `input`. The
/// event bubbles, as a browser's does; the page listens at the document.
fn type_into(selector: &str, value: &str) {
    let input: HtmlInputElement = find(selector).dyn_into().unwrap();
    input.set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = Event::new_with_event_init_dict("input", &init).unwrap();
    input.dispatch_event(&event).unwrap();
}

fn click(selector: &str) {
    find(selector)
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap()
        .click();
}

/// Make the page's address carry `query`, as if opened from a link.
fn open_with_query(query: &str) {
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(&JsValue::NULL, "", Some(&format!("{path}{query}")))
        .unwrap();
}

/// A clean start: nothing saved, and an address without a query.
fn fresh() {
    storage().clear().unwrap();
    open_with_query("");
}

fn current_query() -> String {
    web_sys::window().unwrap().location().search().unwrap()
}

fn checked(selector: &str) -> bool {
    find(selector)
        .dyn_into::<HtmlInputElement>()
        .unwrap()
        .checked()
}

/// Mount the page in a fresh container and let effects settle. The page
/// unmounts when the handle is dropped. (The body also holds the test
/// runner's own output, so it is left alone.)
async fn mount() -> leptos::mount::UnmountHandle<impl Mountable> {
    if let Some(old) = document().get_element_by_id("page-under-test") {
        old.remove();
    }
    let root: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    root.set_id("page-under-test");
    document().body().unwrap().append_child(&root).unwrap();
    let handle = leptos::mount::mount_to(root, App);
    tick().await;
    handle
}

#[wasm_bindgen_test]
async fn the_recommendation_and_table_follow_every_input_event() {
    fresh();
    let _page = mount().await;
    assert_eq!(text(&testid("recommendation")), "One-time Assisted");

    // The design's first example: a small district with no roster source.
    type_into("#students", "140");
    type_into("#staff", "10");
    tick().await;
    assert_eq!(text(&testid("recommendation")), "Self-Managed");
    assert!(text(&testid("answer-head-count")).starts_with("150 accounts"));
    let cell = find(&testid("cell-head-count-self-managed"));
    assert_eq!(cell.get_attribute("data-fit").as_deref(), Some("good"));
    assert!(cell.text_content().unwrap().contains("Fits"));
    assert!(find(&testid("column-self-managed"))
        .class_list()
        .contains("recommended"));
    assert!(!find(&testid("column-assisted"))
        .class_list()
        .contains("recommended"));

    // Wanting SSO with ClassLink settles it for Automated.
    click("#source-classlink");
    click("#sso");
    tick().await;
    assert_eq!(text(&testid("recommendation")), "Automated");
    assert_eq!(
        find(&testid("clarity"))
            .get_attribute("data-clarity")
            .as_deref(),
        Some("required")
    );
    assert_eq!(text(&testid("answer-source")), "ClassLink");
    assert!(text(&testid("announcer")).contains("Automated"));
}

#[wasm_bindgen_test]
async fn the_slider_moves_the_count_and_the_number_box() {
    fresh();
    let _page = mount().await;
    let slider = testid("students-slider");
    type_into(&slider, "0");
    tick().await;
    let number: HtmlInputElement = find("#students").dyn_into().unwrap();
    assert_eq!(number.value(), "0");
    type_into(&slider, "1000");
    tick().await;
    assert_eq!(number.value(), "100000");
    assert_eq!(
        find(&slider).get_attribute("aria-valuetext").as_deref(),
        Some("100,000 students")
    );
}

#[wasm_bindgen_test]
async fn answers_survive_a_remount_from_storage() {
    fresh();
    let page = mount().await;
    type_into("#students", "3700");
    type_into("#staff", "300");
    type_into("#frequency", "3");
    click("#source-clever");
    type_into("#district", "Springfield Unified");
    tick().await;
    assert_eq!(text(&testid("recommendation")), "Automated");
    let saved = storage()
        .get_item(KEY)
        .unwrap()
        .expect("answers were saved");
    assert!(saved.contains("\"students\":3700"), "{saved}");
    drop(page);

    let _again = mount().await;
    let students: HtmlInputElement = find("#students").dyn_into().unwrap();
    assert_eq!(students.value(), "3700");
    let district: HtmlInputElement = find("#district").dyn_into().unwrap();
    assert_eq!(district.value(), "Springfield Unified");
    assert_eq!(text(&testid("answer-frequency")), "Daily");
    assert_eq!(text(&testid("recommendation")), "Automated");
}

#[wasm_bindgen_test]
async fn nothing_is_written_until_the_user_changes_something() {
    fresh();
    let _page = mount().await;
    assert_eq!(storage().get_item(KEY).unwrap(), None);
}

#[wasm_bindgen_test]
async fn a_corrupt_saved_value_gives_a_notice_and_keeps_the_raw_text() {
    fresh();
    let corrupt = r#"{"version":1,"answers":{"students":14"#;
    storage().set_item(KEY, corrupt).unwrap();
    let _page = mount().await;

    let notice = text(&testid("notice-saved-unreadable"));
    assert!(notice.contains("could not be read"), "{notice}");
    assert!(notice.contains(BACKUP_KEY), "{notice}");
    assert_eq!(text(&testid("recommendation")), "One-time Assisted");
    assert_eq!(
        storage().get_item(BACKUP_KEY).unwrap().as_deref(),
        Some(corrupt)
    );
    // Untouched until the user acts...
    assert_eq!(storage().get_item(KEY).unwrap().as_deref(), Some(corrupt));

    // ...and after they do, the copy is still there.
    type_into("#students", "900");
    tick().await;
    assert!(storage().get_item(KEY).unwrap().unwrap().contains("900"));
    assert_eq!(
        storage().get_item(BACKUP_KEY).unwrap().as_deref(),
        Some(corrupt)
    );

    // The notice can be dismissed.
    click(&format!("{} button", testid("notice-saved-unreadable")));
    tick().await;
    assert!(document()
        .query_selector(&testid("notice-saved-unreadable"))
        .unwrap()
        .is_none());
}

#[wasm_bindgen_test]
async fn an_out_of_range_value_is_dropped_alone() {
    fresh();
    let saved = r#"{"version":1,"answers":{"students":-5,"staff":10,"mobility":"high","frequency":"daily","source":"clever","sso":false,"nwea":false},"district":""}"#;
    storage().set_item(KEY, saved).unwrap();
    let _page = mount().await;
    let notice = text(&testid("notice-saved-repaired"));
    assert!(notice.contains("students (it was below zero)"), "{notice}");
    assert_eq!(text(&testid("answer-mobility")), "Often");
    assert_eq!(text(&testid("answer-source")), "Clever");
    assert_eq!(
        storage().get_item(BACKUP_KEY).unwrap().as_deref(),
        Some(saved)
    );
}

#[wasm_bindgen_test]
async fn reset_can_be_undone() {
    fresh();
    let _page = mount().await;
    type_into("#students", "140");
    type_into("#staff", "10");
    type_into("#mobility", "0");
    type_into("#frequency", "0");
    tick().await;
    assert_eq!(text(&testid("recommendation")), "Self-Managed");

    click(&testid("reset"));
    tick().await;
    assert_eq!(text(&testid("recommendation")), "One-time Assisted");
    assert!(!find(&testid("undo-bar")).has_attribute("hidden"));

    click(&testid("undo-reset"));
    tick().await;
    assert_eq!(text(&testid("recommendation")), "Self-Managed");
    assert!(find(&testid("undo-bar")).has_attribute("hidden"));
    let number: HtmlInputElement = find("#students").dyn_into().unwrap();
    assert_eq!(number.value(), "140");
}

#[wasm_bindgen_test]
async fn blocked_storage_still_gives_a_working_page() {
    fresh();
    // Make every touch of localStorage throw, as some privacy settings do.
    js_sys::eval(
        "window.__savedStorage = Object.getOwnPropertyDescriptor(window, 'localStorage'); \
         Object.defineProperty(window, 'localStorage', { configurable: true, \
           get() { throw new DOMException('blocked', 'SecurityError'); } });",
    )
    .unwrap();
    let _page = mount().await;
    let notice = text(&testid("notice-storage-blocked"));
    js_sys::eval("Object.defineProperty(window, 'localStorage', window.__savedStorage);").unwrap();

    assert!(
        notice.contains("will be gone when you close the tab"),
        "{notice}"
    );
    type_into("#students", "140");
    type_into("#staff", "10");
    type_into("#frequency", "0");
    tick().await;
    assert_eq!(text(&testid("recommendation")), "Self-Managed");
}

#[wasm_bindgen_test]
fn the_browsers_json_reader_reads_records_as_the_native_one_does() {
    use rostering_advisor::model::{Answers, Plan, Source};
    use rostering_advisor::state::fields::Rejection;
    use rostering_advisor::state::{decode, encode, Decoded, Dropped, Saved, Unreadable};

    let mut plan = Plan::single(
        Answers {
            students: 140,
            staff: 10,
            source: Source::ClassLink,
            sso: true,
            ..Answers::default()
        },
        "MyPath",
    );
    plan.suites[0].ticked = vec!["check-ids".into()];
    plan.add("Purpose ✓");
    plan.suites[1].overrides.students = Some(300);
    let saved = Saved {
        plan,
        district_name: "Distrito de Peñasco 🏫".into(),
        selected: 2,
    };
    assert_eq!(decode(&encode(&saved)), Decoded::Clean(saved.clone()));

    let cases: &[(&str, Decoded)] = &[
        (
            "{\"version\":1,\"answers\":",
            Decoded::Unreadable(Unreadable::NotJson),
        ),
        ("[1,2]", Decoded::Unreadable(Unreadable::NotARecord)),
        ("{\"version\":7}", Decoded::Unreadable(Unreadable::Newer(7))),
        (
            "{\"version\":2,\"district\":[]}",
            Decoded::Unreadable(Unreadable::NotARecord),
        ),
        (
            "{\"version\":1,\"answers\":[]}",
            Decoded::Unreadable(Unreadable::NotARecord),
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(&decode(text), expected, "{text}");
    }

    let bad_source = encode(&saved).replace("\"classlink\"", "\"powerschool\"");
    match decode(&bad_source) {
        Decoded::Repaired(s, dropped) => {
            assert_eq!(
                dropped,
                vec![Dropped {
                    field: "roster source".into(),
                    why: Rejection::UnknownChoice
                }]
            );
            assert_eq!(s.plan.district.source, Source::None);
            assert_eq!(s.plan.suites, saved.plan.suites);
            assert_eq!(s.district_name, saved.district_name);
        }
        other => panic!("expected a repaired record, got {other:?}"),
    }

    // Nesting far deeper than a record needs is cut off, not followed.
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(decode(&deep), Decoded::Unreadable(Unreadable::NotARecord));
}

const SMALL_DISTRICT: &str =
    "?students=140&staff=10&mobility=low&frequency=as-needed&source=none&sso=0&nwea=0";

#[wasm_bindgen_test]
async fn a_shared_link_shows_its_answers_without_touching_saved_ones() {
    fresh();
    let own = r#"{"version":1,"answers":{"students":3700,"staff":300,"mobility":"high","frequency":"daily","source":"clever","sso":false,"nwea":false},"district":"Springfield","ticked":[]}"#;
    storage().set_item(KEY, own).unwrap();
    open_with_query(SMALL_DISTRICT);
    let _page = mount().await;

    assert!(!find(&testid("share-banner")).has_attribute("hidden"));
    assert_eq!(text(&testid("recommendation")), "Self-Managed");
    // Working with shared answers, and even renaming the district, keeps the
    // user's own answers as they were.
    type_into("#students", "150");
    type_into("#district", "Shelbyville");
    tick().await;
    let stored = storage().get_item(KEY).unwrap().unwrap();
    assert!(stored.contains("\"students\":3700"), "{stored}");
    assert!(stored.contains("Shelbyville"), "{stored}");

    click(&testid("back-to-own"));
    tick().await;
    assert_eq!(text(&testid("recommendation")), "Automated");
    assert!(find(&testid("share-banner")).has_attribute("hidden"));
    assert_eq!(
        current_query(),
        "",
        "reloading must not reopen the shared answers"
    );
}

#[wasm_bindgen_test]
async fn keeping_shared_answers_makes_them_the_users_own() {
    fresh();
    open_with_query(SMALL_DISTRICT);
    let page = mount().await;
    click(&testid("keep-shared"));
    tick().await;
    assert!(find(&testid("share-banner")).has_attribute("hidden"));
    assert!(storage()
        .get_item(KEY)
        .unwrap()
        .unwrap()
        .contains("\"students\":140"));
    assert_eq!(current_query(), "");
    drop(page);

    let _again = mount().await;
    assert_eq!(text(&testid("recommendation")), "Self-Managed");
    assert!(find(&testid("share-banner")).has_attribute("hidden"));
}

#[wasm_bindgen_test]
async fn a_link_with_bad_parts_says_what_it_dropped() {
    fresh();
    open_with_query("?students=-5&staff=10&source=powerschool&colour=blue");
    let _page = mount().await;
    open_with_query("");
    let notice = text(&testid("notice-link-repaired"));
    for part in [
        "students",
        "below zero",
        "source",
        "not one of the offered",
        "colour",
    ] {
        assert!(notice.contains(part), "{part}: {notice}");
    }
    assert_eq!(text(&testid("answer-source")), "None");
    assert!(text(&testid("answer-head-count")).contains("(500 students, 10 staff)"));
}

/// Where the browser has no clipboard (plain HTTP, or refused), Copy link
/// shows the link, selected, to copy by hand. (The end-to-end suite covers
/// the clipboard itself.)
#[wasm_bindgen_test]
async fn without_a_clipboard_copy_link_shows_the_link() {
    fresh();
    let navigator = web_sys::window().unwrap().navigator();
    let hidden = js_sys::Object::new();
    js_sys::Reflect::set(&hidden, &"value".into(), &JsValue::UNDEFINED).unwrap();
    js_sys::Reflect::set(&hidden, &"configurable".into(), &JsValue::TRUE).unwrap();
    js_sys::Reflect::define_property(navigator.as_ref(), &"clipboard".into(), &hidden).unwrap();
    let _page = mount().await;
    type_into("#students", "140");
    type_into("#staff", "10");
    tick().await;
    assert!(find(".copy-fallback").has_attribute("hidden"));
    click(&testid("copy-link"));
    tick().await;
    js_sys::Reflect::delete_property(navigator.as_ref(), &"clipboard".into()).unwrap();

    assert!(!find(".copy-fallback").has_attribute("hidden"));
    assert_eq!(text(&testid("copy-status")), "");
    let link: HtmlInputElement = find("#share-url").dyn_into().unwrap();
    assert!(
        link.value().contains("?students=140&staff=10&"),
        "{}",
        link.value()
    );
}

#[wasm_bindgen_test]
async fn ticked_steps_are_saved_and_come_back() {
    fresh();
    let page = mount().await;
    type_into("#students", "140");
    type_into("#staff", "10");
    type_into("#frequency", "0");
    tick().await;
    // Self-Managed's steps show; Automated's do not.
    assert!(!find(&testid("step-self-setup"))
        .parent_element()
        .unwrap()
        .has_attribute("hidden"));
    assert!(find(&testid("step-auto-request"))
        .parent_element()
        .unwrap()
        .has_attribute("hidden"));
    click(&testid("step-self-setup"));
    click(&testid("step-check-ids"));
    tick().await;
    let stored = storage().get_item(KEY).unwrap().unwrap();
    assert!(
        stored.contains("\"ticked\":[\"self-setup\",\"check-ids\"]"),
        "{stored}"
    );
    drop(page);

    let _again = mount().await;
    assert!(checked(&testid("step-self-setup")));
    assert!(checked(&testid("step-check-ids")));
    assert!(!checked(&testid("step-self-students")));
}

/// What the browser does here when another window saves `text`.
fn saved_in_another_window(text: &str) {
    storage().set_item(KEY, text).unwrap();
    let init = web_sys::StorageEventInit::new();
    init.set_key(Some(KEY));
    init.set_new_value(Some(text));
    let event = web_sys::StorageEvent::new_with_event_init_dict("storage", &init).unwrap();
    web_sys::window().unwrap().dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn a_save_in_another_tab_shows_here() {
    fresh();
    let _page = mount().await;
    assert_eq!(text(&testid("recommendation")), "One-time Assisted");

    let other = r#"{"version":2,"district":{"students":3700,"staff":300,"mobility":"high","frequency":"daily","source":"clever","sso":false,"nwea":false},"districtName":"Springfield","suites":[{"id":1,"name":"Product suite","ticked":["auto-request"]}],"selected":1}"#;
    saved_in_another_window(other);
    tick().await;

    assert_eq!(text(&testid("recommendation")), "Automated");
    let district: HtmlInputElement = find("#district").dyn_into().unwrap();
    assert_eq!(district.value(), "Springfield");
    assert!(checked(&testid("step-auto-request")));
    // Showing it did not write anything different back.
    assert_eq!(storage().get_item(KEY).unwrap().as_deref(), Some(other));
}

#[wasm_bindgen_test]
async fn a_window_showing_a_link_takes_another_windows_save_as_it_is() {
    fresh();
    open_with_query(SMALL_DISTRICT);
    let _page = mount().await;
    assert!(!find(&testid("share-banner")).has_attribute("hidden"));

    // Another window saves the user's own answers under a new district name.
    let other = r#"{"version":2,"district":{"students":3700,"staff":300,"mobility":"high","frequency":"daily","source":"clever","sso":false,"nwea":false},"districtName":"Springfield","suites":[{"id":1,"name":"Product suite","ticked":[]}],"selected":1}"#;
    saved_in_another_window(other);
    tick().await;

    // This window still shows the link's answers, and wrote nothing over theirs.
    assert_eq!(text(&testid("recommendation")), "Self-Managed");
    assert_eq!(storage().get_item(KEY).unwrap().as_deref(), Some(other));
    click(&testid("back-to-own"));
    tick().await;
    assert_eq!(text(&testid("recommendation")), "Automated");
    let district: HtmlInputElement = find("#district").dyn_into().unwrap();
    assert_eq!(district.value(), "Springfield");
}
