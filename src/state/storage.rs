//! The saved record in the browser's localStorage.
//!
//! Every access is guarded: a browser can block storage (privacy settings,
//! sandboxed frames), and gloo-storage throws instead of returning an error
//! when it does, so the page asks the browser first and carries on without
//! saving when the answer is no.

use gloo_storage::{LocalStorage, Storage as _};

use super::notice::Notice;
use super::record::{decode, Decoded, Record, Saved};

/// The one key the answers live under, namespaced to this tool.
pub const KEY: &str = "rostering-advisor:answers";
/// Unreadable saved text is copied here (then `…:2`, `…:3` and so on) before
/// anything could overwrite it.
pub const BACKUP_KEY: &str = "rostering-advisor:answers:unreadable";
const MAX_BACKUPS: u32 = 9;

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// What the page starts from.
pub struct Loaded {
    pub saved: Saved,
    pub notices: Vec<Notice>,
    /// False when storage is blocked, or when writing could destroy saved text
    /// that could not be copied aside.
    pub can_save: bool,
}

/// Read the saved answers, before any signal exists, so the first render
/// already shows them and nothing writes defaults over them.
pub fn load() -> Loaded {
    let blocked = || Loaded {
        saved: Saved::default(),
        notices: vec![Notice::StorageBlocked],
        can_save: false,
    };
    let Some(storage) = storage() else {
        return blocked();
    };
    let text = match storage.get_item(KEY) {
        Ok(Some(text)) => text,
        Ok(None) => {
            return Loaded {
                saved: Saved::default(),
                notices: Vec::new(),
                can_save: true,
            }
        }
        Err(_) => return blocked(),
    };
    let (saved, notice) = match decode(&text) {
        Decoded::Clean(saved) => (saved, None),
        Decoded::Repaired(saved, dropped) => {
            let kept_under = back_up(&storage, &text);
            (
                saved,
                Some(Notice::Repaired {
                    dropped,
                    kept_under,
                }),
            )
        }
        Decoded::Unreadable(why) => {
            let kept_under = back_up(&storage, &text);
            (
                Saved::default(),
                Some(Notice::Unreadable { why, kept_under }),
            )
        }
    };
    let can_save = !matches!(
        notice,
        Some(
            Notice::Repaired {
                kept_under: None,
                ..
            } | Notice::Unreadable {
                kept_under: None,
                ..
            }
        )
    );
    Loaded {
        saved,
        notices: notice.into_iter().collect(),
        can_save,
    }
}

/// Copy saved text aside under the first free backup key, or find the key that
/// already holds it. `None` when it could not be copied.
fn back_up(storage: &web_sys::Storage, text: &str) -> Option<String> {
    for n in 1..=MAX_BACKUPS {
        let key = if n == 1 {
            BACKUP_KEY.to_owned()
        } else {
            format!("{BACKUP_KEY}:{n}")
        };
        match storage.get_item(&key) {
            Ok(Some(existing)) if existing == text => return Some(key),
            Ok(Some(_)) => continue,
            Ok(None) => return storage.set_item(&key, text).ok().map(|()| key),
            Err(_) => return None,
        }
    }
    None
}

/// Write the answers. False when the browser refused (blocked or full).
pub fn save(saved: &Saved) -> bool {
    storage().is_some() && LocalStorage::set(KEY, Record::new(saved)).is_ok()
}
