//! The import worker's entry point: a separate, small WebAssembly module that
//! reads roster exports off the page's thread. See `import::worker`.

fn main() {
    #[cfg(target_arch = "wasm32")]
    rostering_advisor::import::worker::start();
}
