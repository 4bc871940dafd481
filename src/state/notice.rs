//! Messages about saved answers that the page shows until dismissed.

use super::query::DroppedParam;
use super::record::{Dropped, Unreadable};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The browser refuses storage: the page works, but nothing is kept.
    StorageBlocked,
    /// The saved record could not be used; defaults are shown instead.
    /// `kept_under` is the key holding a copy of the saved text, if the copy worked.
    Unreadable {
        why: Unreadable,
        kept_under: Option<String>,
    },
    /// Some saved values were bad and were replaced by defaults.
    Repaired {
        dropped: Vec<Dropped>,
        kept_under: Option<String>,
    },
    /// Writing the answers failed, most likely because storage is full.
    SaveFailed,
    /// Parts of a shared link were unknown or malformed and were not used.
    LinkRepaired(Vec<DroppedParam>),
}

impl Notice {
    /// Stable id for markup hooks; one notice of each kind at a time.
    pub fn id(&self) -> &'static str {
        match self {
            Self::StorageBlocked => "storage-blocked",
            Self::Unreadable { .. } => "saved-unreadable",
            Self::Repaired { .. } => "saved-repaired",
            Self::SaveFailed => "save-failed",
            Self::LinkRepaired(_) => "link-repaired",
        }
    }

    pub fn text(&self) -> String {
        match self {
            Self::StorageBlocked => "This browser is not letting the page store anything, so your \
                answers will be gone when you close the tab. Everything else works as usual."
                .into(),
            Self::Unreadable { why, kept_under } => format!(
                "Your saved answers could not be read ({}), so the page started from the default \
                 answers. {}",
                why.text(),
                kept_text(kept_under)
            ),
            Self::Repaired {
                dropped,
                kept_under,
            } => {
                let list: Vec<String> = dropped
                    .iter()
                    .map(|d| format!("{} ({})", d.field, d.why.text()))
                    .collect();
                format!(
                    "Some saved answers could not be used, so the page went without them or used \
                     the defaults: {}. {}",
                    list.join("; "),
                    kept_text(kept_under)
                )
            }
            Self::SaveFailed => {
                "Your latest answers could not be saved; the browser's storage may \
                be full. They stay on this page until you close it."
                    .into()
            }
            Self::LinkRepaired(dropped) => {
                let list: Vec<String> = dropped
                    .iter()
                    .map(|d| format!("\u{201c}{}\u{201d} ({})", d.name, d.why.text()))
                    .collect();
                format!(
                    "Parts of the shared link could not be used, so those answers show their \
                     defaults: {}.",
                    list.join("; ")
                )
            }
        }
    }
}

fn kept_text(kept_under: &Option<String>) -> String {
    match kept_under {
        Some(key) => {
            format!("A copy of the saved text is kept in this browser under \u{201c}{key}\u{201d}.")
        }
        None => "The saved text could not be copied, so it is left as it was and new answers \
                 will not be saved over it."
            .into(),
    }
}
