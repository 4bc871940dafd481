//! Counting a roster export: which file is which (from its header row), and
//! what the district's numbers are once every file has been read.
//!
//! Files are read in slices ([`FileJob::step`]) into one [`Tally`]; the
//! counts that need every file (schools of each student, say) are worked out
//! at the end by [`Tally::summary`].

use std::borrow::Cow;

use rustc_hash::{FxHashMap, FxHashSet};

use serde::Serialize;

use super::csv::{Line, Reader};
use crate::model::Mobility;

/// The two export formats the page reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    OneRoster,
    Clever,
}

impl Format {
    pub fn from_token(token: &str) -> Option<Self> {
        match token {
            "one-roster" => Some(Self::OneRoster),
            "clever" => Some(Self::Clever),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::OneRoster => "OneRoster 1.1",
            Self::Clever => "Clever",
        }
    }
}

/// What one file holds, told by its header row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Users,
    Orgs,
    Enrollments,
    CleverStudents,
    CleverTeachers,
    CleverStaff,
    CleverSchools,
    /// Another file of a known export (OneRoster's manifest, classes or
    /// courses; Clever's sections or enrollments) that holds nothing the
    /// counts need. Bundles come with these, so they are passed over.
    Unused(Format),
}

impl FileKind {
    pub fn format(self) -> Format {
        match self {
            Self::Users | Self::Orgs | Self::Enrollments => Format::OneRoster,
            Self::Unused(format) => format,
            _ => Format::Clever,
        }
    }

    /// The columns read from each kind of file; the first must be present.
    fn columns(self) -> &'static [&'static str] {
        match self {
            Self::Users => &[
                "sourcedId",
                "status",
                "role",
                "orgSourcedIds",
                "email",
                "identifier",
            ],
            Self::Orgs => &["sourcedId", "status", "type"],
            Self::Enrollments => &["userSourcedId", "status", "schoolSourcedId"],
            Self::CleverStudents => &["Student_id", "School_id", "Student_email", "Student_number"],
            Self::CleverTeachers => &["Teacher_id", "School_id", "Teacher_email", "Teacher_number"],
            Self::CleverStaff => &["Staff_id", "School_id", "Staff_email"],
            Self::CleverSchools => &["School_id", "School_name"],
            Self::Unused(_) => &[],
        }
    }

    /// Tell a file's kind by the columns only it has.
    pub fn detect(header: &[Cow<str>]) -> Option<Self> {
        let has = |name: &str| header.iter().any(|h| h.trim().eq_ignore_ascii_case(name));
        let kind = if has("sourcedId") && has("role") && (has("username") || has("enabledUser")) {
            Self::Users
        } else if has("sourcedId") && has("type") && has("name") {
            Self::Orgs
        } else if has("userSourcedId") && has("classSourcedId") {
            Self::Enrollments
        } else if has("sourcedId") || (has("propertyName") && has("value")) {
            // Every other OneRoster file has a sourcedId, except the manifest.
            Self::Unused(Format::OneRoster)
        } else if has("Section_id") {
            // Clever's sections.csv and enrollments.csv; they name students
            // and teachers too, but once per class, not once per school.
            Self::Unused(Format::Clever)
        } else if has("Student_id") && has("School_id") {
            Self::CleverStudents
        } else if has("Teacher_id") && has("School_id") {
            Self::CleverTeachers
        } else if has("Staff_id") && has("School_id") {
            Self::CleverStaff
        } else if has("School_id") && has("School_name") {
            Self::CleverSchools
        } else {
            return None;
        };
        Some(kind)
    }
}

/// A row that could not be used, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct BadRow {
    pub file: String,
    pub line: usize,
    pub reason: String,
}

/// Rows kept word for word in the summary; beyond this they are only counted.
pub const MAX_LISTED_BAD_ROWS: usize = 200;
/// Names of unused files kept in the summary.
pub const MAX_LISTED_UNUSED_FILES: usize = 20;

/// OneRoster roles counted as staff. Guardians, parents, relatives and
/// proctors get no rostered account in a product suite.
const STAFF_ROLES: [&str; 3] = ["teacher", "administrator", "aide"];
const OTHER_ROLES: [&str; 5] = ["guardian", "parent", "relative", "proctor", "student"];

#[derive(Default)]
struct Person {
    /// Interned school ids (see [`Tally::school`]).
    schools: Vec<u32>,
    has_email: bool,
    staff: bool,
    /// Listed in a users, students, teachers or staff file; enrolments
    /// alone do not make an account.
    listed: bool,
    /// Listed twice: twice in users.csv, or twice at one school in Clever.
    duplicate: bool,
}

/// Everything learnt from the files read so far. Exports run to hundreds of
/// thousands of rows, so ids are stored once, schools are interned to
/// numbers, and maps use a fast non-cryptographic hash (the ids are not
/// adversarial: they come from the user's own files).
#[derive(Default)]
pub struct Tally {
    format: Option<Format>,
    people: Vec<Person>,
    index: FxHashMap<Box<str>, u32>,
    schools: FxHashMap<Box<str>, u32>,
    /// SIS identifiers and the person holding each.
    sis_ids: FxHashMap<Box<str>, u32>,
    duplicate_sis_ids: FxHashSet<u32>,
    school_orgs: FxHashSet<u32>,
    schools_listed: bool,
    bad_rows: Vec<BadRow>,
    bad_row_count: u32,
    unused_files: Vec<String>,
}

/// The district's numbers, as the summary shows them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub format: Format,
    pub students: u32,
    pub staff: u32,
    pub schools: u32,
    pub multi_school: u32,
    pub missing_email: u32,
    pub duplicate_ids: u32,
    pub bad_rows: u32,
    /// The first [`MAX_LISTED_BAD_ROWS`] bad rows, with their reasons.
    pub listed_bad_rows: Vec<BadRow>,
    /// Files of the export that hold nothing the counts need (the first
    /// [`MAX_LISTED_UNUSED_FILES`] of them).
    pub unused_files: Vec<String>,
}

impl Summary {
    /// Students in more than one school, in tenths of a percent of all
    /// students. Whole numbers, so showing it needs no float formatting
    /// (which would cost the download tens of kilobytes).
    pub fn multi_school_per_mille(&self) -> u32 {
        if self.students == 0 {
            0
        } else {
            (u64::from(self.multi_school) * 1000 / u64::from(self.students)) as u32
        }
    }

    /// What the export shows that a readiness check (by its id) should
    /// mention, if anything.
    pub fn readiness_finding(&self, check: &str) -> Option<String> {
        // The words for one, then for more than one.
        let (count, one, many) = match check {
            "check-emails" => (
                self.missing_email,
                "account in your export has no email address",
                "accounts in your export have no email address",
            ),
            "check-ids" | "check-nwea-ids" => (
                self.duplicate_ids,
                "ID in your export is duplicated",
                "IDs in your export are duplicated",
            ),
            "check-one-school" => (
                self.multi_school,
                "student in your export is in more than one school",
                "students in your export are in more than one school",
            ),
            _ => return None,
        };
        let what = if count == 1 { one } else { many };
        (count > 0).then(|| format!("{} {what}.", crate::model::thousands(count)))
    }

    /// A rough guess at how often students change schools. Being enrolled in
    /// two schools at once is not the same as moving, so this is only a hint.
    pub fn suggested_mobility(&self) -> Mobility {
        let per_mille = self.multi_school_per_mille();
        if per_mille < 10 {
            Mobility::Low
        } else if per_mille < 50 {
            Mobility::Medium
        } else {
            Mobility::High
        }
    }
}

/// Why a whole file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileProblem {
    Empty,
    Binary,
    TooLarge { limit_mb: usize },
    UnknownColumns { header: String },
    MixedFormats { this: Format, earlier: Format },
}

impl FileProblem {
    pub fn text(&self) -> String {
        match self {
            Self::Empty => "the file is empty".into(),
            Self::Binary => "it is not a text file".into(),
            Self::TooLarge { limit_mb } => format!("it is larger than the {limit_mb} MB this page reads"),
            Self::UnknownColumns { header } => format!(
                "its columns are not those of a OneRoster or Clever export (it starts: {header})"
            ),
            Self::MixedFormats { this, earlier } => format!(
                "it is a {} file, but the files before it were {}; read one kind of export at a time",
                this.name(),
                earlier.name()
            ),
        }
    }
}

/// Largest file read, in megabytes. Larger exports are rare below state level.
pub const MAX_FILE_MB: usize = 100;

/// Check a file's first bytes before reading it: size, and whether it is text.
pub fn check_file(size_bytes: usize, start: &[u8]) -> Result<(), FileProblem> {
    if size_bytes > MAX_FILE_MB * 1_000_000 {
        Err(FileProblem::TooLarge {
            limit_mb: MAX_FILE_MB,
        })
    } else if size_bytes == 0 {
        Err(FileProblem::Empty)
    } else if start.iter().take(8192).any(|&b| b == 0) {
        Err(FileProblem::Binary)
    } else {
        Ok(())
    }
}

/// One file being read, a slice at a time.
pub struct FileJob {
    name: String,
    text: String,
    kind: FileKind,
    /// Position of each read column in a row; `None` when the file lacks it.
    columns: Vec<Option<usize>>,
    width: usize,
    pos: usize,
    line: usize,
}

impl FileJob {
    /// Read the header row and tell the file's kind.
    pub fn start(name: &str, text: String, tally: &Tally) -> Result<Self, FileProblem> {
        check_file(text.len(), text.as_bytes())?;
        let mut reader = Reader::new(&text);
        let mut header = Vec::new();
        let Some((_, Ok(()))) = reader.next_record(&mut header) else {
            return Err(FileProblem::Empty);
        };
        let kind = FileKind::detect(&header).ok_or_else(|| FileProblem::UnknownColumns {
            header: header
                .iter()
                .take(4)
                .map(|h| h.trim())
                .collect::<Vec<_>>()
                .join(", ")
                .chars()
                .take(80)
                .collect(),
        })?;
        if let Some(earlier) = tally.format.filter(|f| *f != kind.format()) {
            return Err(FileProblem::MixedFormats {
                this: kind.format(),
                earlier,
            });
        }
        let columns = kind
            .columns()
            .iter()
            .map(|want| {
                header
                    .iter()
                    .position(|h| h.trim().eq_ignore_ascii_case(want))
            })
            .collect();
        let (pos, width) = (reader.position() + bom_len(&text), header.len());
        Ok(Self {
            name: name.to_owned(),
            text,
            kind,
            columns,
            width,
            pos,
            line: 2,
        })
    }

    pub fn kind(&self) -> FileKind {
        self.kind
    }

    /// Share of the file read, from 0 to 1.
    pub fn progress(&self) -> f64 {
        self.pos as f64 / self.text.len().max(1) as f64
    }

    /// Read rows until about `budget` more bytes are read or the file ends.
    /// True when the file is done.
    pub fn step(&mut self, tally: &mut Tally, budget: usize) -> bool {
        tally.format = Some(self.kind.format());
        if let FileKind::Unused(_) = self.kind {
            if tally.unused_files.len() < MAX_LISTED_UNUSED_FILES {
                tally.unused_files.push(self.name.clone());
            }
            self.pos = self.text.len();
            return true;
        }
        let mut reader = Reader::resume(&self.text, self.pos, self.line);
        let stop_at = self.pos.saturating_add(budget);
        let mut fields = Vec::with_capacity(self.width);
        while reader.position() < stop_at {
            let Some((Line(line), read)) = reader.next_record(&mut fields) else {
                break;
            };
            let problem = match read {
                Err(e) => Some(e.text().to_owned()),
                // A blank line is not a row.
                Ok(()) if fields.len() == 1 && fields[0].is_empty() => continue,
                Ok(()) if fields.len() != self.width => Some(format!(
                    "it has {} fields where the header has {}",
                    fields.len(),
                    self.width
                )),
                Ok(()) => tally.add_row(self.kind, &self.columns, &fields),
            };
            if let Some(reason) = problem {
                tally.bad_row(&self.name, line, reason);
            }
        }
        self.pos = reader.position();
        self.line = reader.line();
        self.pos >= self.text.len()
    }
}

fn bom_len(text: &str) -> usize {
    if text.starts_with('\u{feff}') {
        '\u{feff}'.len_utf8()
    } else {
        0
    }
}

impl Tally {
    fn bad_row(&mut self, file: &str, line: usize, reason: String) {
        self.bad_row_count += 1;
        if self.bad_rows.len() < MAX_LISTED_BAD_ROWS {
            self.bad_rows.push(BadRow {
                file: file.to_owned(),
                line,
                reason,
            });
        }
    }

    /// The number standing for a school id.
    fn school(&mut self, id: &str) -> u32 {
        if let Some(&n) = self.schools.get(id) {
            return n;
        }
        let n = self.schools.len() as u32;
        self.schools.insert(id.into(), n);
        n
    }

    /// The person with an id, added if new.
    fn person(&mut self, id: &str) -> u32 {
        if let Some(&n) = self.index.get(id) {
            return n;
        }
        let n = self.people.len() as u32;
        self.people.push(Person::default());
        self.index.insert(id.into(), n);
        n
    }

    /// Take in one row; the reason it is unusable, if it is.
    fn add_row(
        &mut self,
        kind: FileKind,
        columns: &[Option<usize>],
        row: &[Cow<str>],
    ) -> Option<String> {
        let get = |i: usize| -> &str {
            let column = columns.get(i).copied().flatten();
            column.and_then(|c| row.get(c)).map_or("", |v| v.trim())
        };
        // Unused files are passed over before their rows are read.
        let &id_column = kind.columns().first()?;
        let id = get(0);
        if id.is_empty() {
            return Some(format!("its {id_column} is empty"));
        }
        // Rows a delta export marks for deletion are not accounts any more.
        if matches!(
            kind,
            FileKind::Users | FileKind::Orgs | FileKind::Enrollments
        ) && get(1).eq_ignore_ascii_case("tobedeleted")
        {
            return None;
        }
        match kind {
            FileKind::Users => {
                let role = get(2).to_ascii_lowercase();
                let staff = STAFF_ROLES.contains(&role.as_str());
                if !staff && !OTHER_ROLES.contains(&role.as_str()) {
                    return Some(format!(
                        "its role \u{201c}{role}\u{201d} is not a OneRoster role"
                    ));
                }
                if !staff && role != "student" {
                    return None;
                }
                let n = self.person(id);
                let schools: Vec<u32> = get(3)
                    .split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(|s| self.school(s))
                    .collect();
                let person = &mut self.people[n as usize];
                person.duplicate |= person.listed;
                self.list(n, staff, &schools, !get(4).is_empty(), get(5));
            }
            FileKind::Orgs => {
                self.schools_listed = true;
                if get(2).eq_ignore_ascii_case("school") {
                    let n = self.school(id);
                    self.school_orgs.insert(n);
                }
            }
            FileKind::Enrollments => {
                let school = get(2);
                if !school.is_empty() {
                    // Enrolments may come before users.csv; the school waits on the person.
                    let (n, school) = (self.person(id), self.school(school));
                    let person = &mut self.people[n as usize];
                    if !person.schools.contains(&school) {
                        person.schools.push(school);
                    }
                }
            }
            FileKind::CleverStudents | FileKind::CleverTeachers | FileKind::CleverStaff => {
                let staff = kind != FileKind::CleverStudents;
                let school = get(1);
                if school.is_empty() {
                    return Some("its School_id is empty".into());
                }
                // Clever's files number students, teachers and staff separately,
                // so the same id in two files is two people.
                let prefix = match kind {
                    FileKind::CleverStudents => "student ",
                    FileKind::CleverTeachers => "teacher ",
                    _ => "staff ",
                };
                let n = self.person(&format!("{prefix}{id}"));
                let school = self.school(school);
                let sis_id = match get(3) {
                    "" => String::new(),
                    number => format!("{prefix}{number}"),
                };
                // A person is listed once per school: a repeat at the same school is a duplicate.
                let person = &mut self.people[n as usize];
                person.duplicate |= person.listed && person.schools.contains(&school);
                self.list(n, staff, &[school], !get(2).is_empty(), &sis_id);
            }
            FileKind::CleverSchools => {
                self.schools_listed = true;
                let n = self.school(id);
                self.school_orgs.insert(n);
            }
            FileKind::Unused(_) => {}
        }
        None
    }

    /// Record what a row says about a person listed in it.
    fn list(&mut self, n: u32, staff: bool, schools: &[u32], has_email: bool, sis_id: &str) {
        let person = &mut self.people[n as usize];
        person.listed = true;
        person.staff = staff;
        person.has_email |= has_email;
        for &school in schools {
            if !person.schools.contains(&school) {
                person.schools.push(school);
            }
        }
        if sis_id.is_empty() {
            return;
        }
        match self.sis_ids.get(sis_id) {
            Some(&holder) if holder != n => {
                self.duplicate_sis_ids.insert(holder);
            }
            Some(_) => {}
            None => {
                self.sis_ids.insert(sis_id.into(), n);
            }
        }
    }

    /// The counts, once every file has been read. `None` if no file listed
    /// a single student or member of staff.
    pub fn summary(&self) -> Option<Summary> {
        let format = self.format?;
        if !self.people.iter().any(|p| p.listed) {
            return None;
        }
        // Without a list of schools, every school a person is linked to counts.
        let is_school = |s: &u32| !self.schools_listed || self.school_orgs.contains(s);
        let mut summary = Summary {
            format,
            students: 0,
            staff: 0,
            schools: 0,
            multi_school: 0,
            missing_email: 0,
            duplicate_ids: self.duplicate_sis_ids.len() as u32,
            bad_rows: self.bad_row_count,
            listed_bad_rows: self.bad_rows.clone(),
            unused_files: {
                // In name order, so the order files were chosen in does not show.
                let mut names = self.unused_files.clone();
                names.sort();
                names
            },
        };
        let mut schools_seen: FxHashSet<u32> = FxHashSet::default();
        for person in self.people.iter().filter(|p| p.listed) {
            let schools = person.schools.iter().filter(|s| is_school(s));
            let in_schools = schools.inspect(|&&s| {
                schools_seen.insert(s);
            });
            let count = in_schools.count();
            if person.staff {
                summary.staff += 1;
            } else {
                summary.students += 1;
                summary.multi_school += u32::from(count > 1);
            }
            summary.missing_email += u32::from(!person.has_email);
            summary.duplicate_ids += u32::from(person.duplicate);
        }
        summary.schools = if self.schools_listed {
            self.school_orgs.len()
        } else {
            schools_seen.len()
        } as u32;
        Some(summary)
    }
}
