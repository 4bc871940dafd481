//! The summary as it travels from the import worker to the page: JSON text,
//! read back field by field so a damaged message cannot break the page.

use super::roster::{BadRow, Format, Summary};
use crate::state::loose::{self, Loose};

pub fn to_json(summary: &Summary) -> String {
    serde_json::to_string(summary).unwrap_or_default()
}

/// The summary in `json`, or `None` if it is not one.
pub fn from_json(json: &str) -> Option<Summary> {
    let value = loose::parse(json)?;
    let count = |field: &str| -> Option<u32> {
        let n = value.get(field)?.as_whole()?;
        u32::try_from(n).ok()
    };
    let listed_bad_rows = match value.get("listed_bad_rows")? {
        Loose::List(rows) => rows
            .iter()
            .filter_map(|row| {
                Some(BadRow {
                    file: row.get("file")?.as_text()?.to_owned(),
                    line: usize::try_from(row.get("line")?.as_whole()?).ok()?,
                    reason: row.get("reason")?.as_text()?.to_owned(),
                })
            })
            .collect(),
        _ => return None,
    };
    let unused_files = match value.get("unused_files")? {
        Loose::List(names) => names
            .iter()
            .filter_map(|name| Some(name.as_text()?.to_owned()))
            .collect(),
        _ => return None,
    };
    Some(Summary {
        format: Format::from_token(value.get("format")?.as_text()?)?,
        students: count("students")?,
        staff: count("staff")?,
        schools: count("schools")?,
        multi_school: count("multi_school")?,
        missing_email: count("missing_email")?,
        duplicate_ids: count("duplicate_ids")?,
        bad_rows: count("bad_rows")?,
        listed_bad_rows,
        unused_files,
    })
}
