//! Keeping answers: the saved record's codec (pure, tested natively) and the
//! browser storage it lives in.

pub mod fields;
pub mod link;
pub mod loose;
pub mod notice;
pub mod query;
pub mod record;
pub mod storage;

pub use notice::Notice;
pub use record::{decode, encode, Decoded, Dropped, Saved, Unreadable, SCHEMA_VERSION};
