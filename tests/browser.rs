//! Browser tests of the mounted page, in headless Chromium through
//! wasm-bindgen-test: what only a real DOM and real localStorage can show.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use leptos::task::tick;
use rostering_advisor::state::storage::{BACKUP_KEY, KEY};
use rostering_advisor::ui::App;
use wasm_bindgen::JsCast;
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

/// Type into an input as a person would: set its value, fire `input`.
fn type_into(selector: &str, value: &str) {
    let input: HtmlInputElement = find(selector).dyn_into().unwrap();
    input.set_value(value);
    input.dispatch_event(&Event::new("input").unwrap()).unwrap();
}

fn click(selector: &str) {
    find(selector)
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap()
        .click();
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
    storage().clear().unwrap();
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
    storage().clear().unwrap();
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
    storage().clear().unwrap();
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
    storage().clear().unwrap();
    let _page = mount().await;
    assert_eq!(storage().get_item(KEY).unwrap(), None);
}

#[wasm_bindgen_test]
async fn a_corrupt_saved_value_gives_a_notice_and_keeps_the_raw_text() {
    storage().clear().unwrap();
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
    storage().clear().unwrap();
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
    storage().clear().unwrap();
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
    storage().clear().unwrap();
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
    use rostering_advisor::model::{Answers, Source};
    use rostering_advisor::state::fields::Rejection;
    use rostering_advisor::state::{decode, encode, Decoded, Dropped, Saved, Unreadable};

    let saved = Saved {
        answers: Answers {
            students: 140,
            staff: 10,
            source: Source::ClassLink,
            sso: true,
            ..Answers::default()
        },
        district: "Distrito de Peñasco 🏫".into(),
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
                    field: "source",
                    why: Rejection::UnknownChoice
                }]
            );
            assert_eq!(s.answers.source, Source::None);
            assert_eq!(s.district, saved.district);
        }
        other => panic!("expected a repaired record, got {other:?}"),
    }

    // Nesting far deeper than a record needs is cut off, not followed.
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(decode(&deep), Decoded::Unreadable(Unreadable::NotARecord));
}
