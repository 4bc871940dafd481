//! The import worker: reads the files the page hands it, away from the page's
//! own thread, and posts back progress and the summary. It is a WebAssembly
//! module of its own, fetched only when someone imports a file, and the only
//! user of the CSV reader and of `unzip.js`, which therefore stay out of the
//! page's download.
//!
//! Messages to the page are objects with a `kind`: `{kind: "ready"}` once it
//! listens (a message sent before then would be lost), then
//! `{kind: "progress", fraction}`, and `{kind: "done", summary}` (the summary
//! as JSON) or `{kind: "failed", message}`.

use js_sys::{Array, Object, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DedicatedWorkerGlobalScope, File, FileReaderSync, MessageEvent};

use rostering_advisor::import::report;
use rostering_advisor::import::{check_file, FileJob, Summary, Tally};

#[wasm_bindgen(module = "/src/import/unzip.js")]
extern "C" {
    #[wasm_bindgen(js_name = unzipCsvFiles, catch)]
    fn unzip_csv_files(file: &File) -> Result<Promise, JsValue>;
}

/// Bytes read between progress reports.
const SLICE: usize = 512 * 1024;

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

fn post(kind: &str, key: &str, value: JsValue) {
    let message = Object::new();
    let _ = Reflect::set(&message, &"kind".into(), &kind.into());
    let _ = Reflect::set(&message, &key.into(), &value);
    let _ = scope().post_message(&message);
}

/// Listen for files from the page.
fn start() {
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
        let files: Array = event.data().unchecked_into();
        wasm_bindgen_futures::spawn_local(async move {
            match read_all(files).await {
                Ok(summary) => post("done", "summary", report::to_json(&summary).into()),
                Err(message) => post("failed", "message", message.into()),
            }
        });
    });
    scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives as long as the page needs it; so does its listener.
    on_message.forget();
    post("ready", "ready", JsValue::TRUE);
}

/// The CSV files inside one dropped file: itself, or a zip's contents.
async fn csv_files(file: &File) -> Result<Vec<(String, String)>, String> {
    let name = file.name();
    let fail = |why: String| format!("{name}: {why}");
    check_file(file.size() as usize, b"").map_err(|p| fail(p.text()))?;
    if name.to_ascii_lowercase().ends_with(".zip") {
        let promise = unzip_csv_files(file).map_err(|e| fail(error_text(&e)))?;
        let entries: Array = JsFuture::from(promise)
            .await
            .map_err(|e| fail(error_text(&e)))?
            .unchecked_into();
        Ok(entries
            .iter()
            .map(|entry| {
                let field = |key: &str| {
                    Reflect::get(&entry, &key.into())
                        .ok()
                        .and_then(|v| v.as_string())
                        .unwrap_or_default()
                };
                (field("name"), field("text"))
            })
            .collect())
    } else {
        let reader = FileReaderSync::new().map_err(|e| fail(error_text(&e)))?;
        let text = reader
            .read_as_text(file)
            .map_err(|e| fail(error_text(&e)))?;
        Ok(vec![(name, text)])
    }
}

async fn read_all(files: Array) -> Result<Summary, String> {
    let mut all = Vec::new();
    for file in files.iter() {
        all.extend(csv_files(&file.unchecked_into()).await?);
    }
    let count = all.len().max(1) as f64;
    let mut tally = Tally::default();
    for (index, (name, text)) in all.into_iter().enumerate() {
        let mut job =
            FileJob::start(&name, text, &tally).map_err(|p| format!("{name}: {}", p.text()))?;
        while !job.step(&mut tally, SLICE) {
            post(
                "progress",
                "fraction",
                ((index as f64 + job.progress()) / count).into(),
            );
        }
    }
    tally
        .summary()
        .ok_or_else(|| "the files list no students or staff".to_owned())
}

fn error_text(error: &JsValue) -> String {
    Reflect::get(error, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .unwrap_or_else(|| "the browser could not read it".into())
}

fn main() {
    // Only a browser's worker has anything to listen to.
    if cfg!(target_arch = "wasm32") {
        start();
    }
}
