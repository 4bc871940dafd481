//! Reading a roster export (OneRoster 1.1 CSV or Clever CSV) in the browser:
//! pure Rust, tested natively, and run by the import worker
//! (`src/bin/import-worker.rs`). Only the derived counts leave the worker;
//! the files themselves are never stored.

pub mod csv;
pub mod report;
pub mod roster;

pub use roster::{
    check_file, BadRow, FileJob, FileKind, FileProblem, Format, Summary, Tally, MAX_FILE_MB,
    MAX_LISTED_BAD_ROWS, MAX_LISTED_UNUSED_FILES,
};
