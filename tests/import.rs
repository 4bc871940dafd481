//! Reading roster exports: the CSV reader, telling files apart, and the
//! counts, checked against generated files whose counts are known.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/roster_gen.rs"]
mod roster_gen;

use proptest::prelude::*;
use roster_gen::Spec;
use rostering_advisor::import::csv::{CsvError, Line, Reader};
use rostering_advisor::import::*;
use rostering_advisor::model::Mobility;

fn records(text: &str) -> Vec<(usize, Result<Vec<String>, CsvError>)> {
    let mut reader = Reader::new(text);
    let mut fields = Vec::new();
    let mut out = Vec::new();
    while let Some((Line(line), read)) = reader.next_record(&mut fields) {
        out.push((
            line,
            read.map(|()| fields.iter().map(|f| f.to_string()).collect()),
        ));
    }
    out
}

fn ok(fields: &[&str]) -> Result<Vec<String>, CsvError> {
    Ok(fields.iter().map(|f| f.to_string()).collect())
}

/// Read files with a budget per step, as the page does, and sum them up.
fn import(files: &[(String, String)], budget: usize) -> Result<Summary, String> {
    let mut tally = Tally::default();
    for (name, text) in files {
        let mut job = FileJob::start(name, text.clone(), &tally)
            .map_err(|p| format!("{name}: {}", p.text()))?;
        while !job.step(&mut tally, budget) {}
    }
    tally.summary().ok_or_else(|| "nothing read".into())
}

fn assert_counts(summary: &Summary, spec: &Spec, format: Format) {
    assert_eq!(summary.format, format);
    assert_eq!(summary.students, spec.students, "students");
    assert_eq!(summary.staff, spec.staff(), "staff");
    assert_eq!(summary.schools, spec.schools, "schools");
    assert_eq!(
        summary.multi_school, spec.multi_school,
        "students in two schools"
    );
    assert_eq!(
        summary.missing_email, spec.missing_email,
        "accounts without email"
    );
    assert_eq!(summary.duplicate_ids, spec.duplicate_ids, "duplicate ids");
    assert_eq!(summary.bad_rows, spec.bad_rows, "bad rows");
}

// --- The CSV reader ------------------------------------------------------

#[test]
fn plain_rows_with_either_line_end() {
    for text in ["a,b,c\n1,2,3\n", "a,b,c\r\n1,2,3\r\n", "a,b,c\n1,2,3"] {
        assert_eq!(
            records(text),
            vec![(1, ok(&["a", "b", "c"])), (2, ok(&["1", "2", "3"]))],
            "{text:?}"
        );
    }
}

#[test]
fn a_byte_order_mark_is_not_part_of_the_first_column() {
    assert_eq!(
        records("\u{feff}sourcedId,role\nx,student\n")[0].1,
        ok(&["sourcedId", "role"])
    );
}

#[test]
fn quoted_fields_hold_commas_quotes_and_line_breaks() {
    let text = "id,name,note\n1,\"O'Brien, Jr.\",\"said \"\"hi\"\"\"\n2,\"two\nlines\",\n3,,\"\"\n";
    assert_eq!(
        records(text),
        vec![
            (1, ok(&["id", "name", "note"])),
            (2, ok(&["1", "O'Brien, Jr.", "said \"hi\""])),
            (3, ok(&["2", "two\nlines", ""])),
            (5, ok(&["3", "", ""])),
        ]
    );
}

#[test]
fn broken_quoting_is_reported_and_reading_goes_on() {
    let text = "id,name\n1,\"Ann\"x,2\n2,Bob\n3,\"never closed\n";
    let got = records(text);
    assert_eq!(got[1], (2, Err(CsvError::TextAfterQuote)));
    assert_eq!(got[2], (3, ok(&["2", "Bob"])));
    assert_eq!(got[3], (4, Err(CsvError::UnclosedQuote)));
    assert_eq!(got.len(), 4);
}

#[test]
fn a_stray_quote_inside_a_plain_field_is_kept() {
    assert_eq!(records("a,b\n5\" tall,x\n")[1].1, ok(&["5\" tall", "x"]));
}

// --- Telling files apart ---------------------------------------------------

#[test]
fn every_kind_of_file_is_told_by_its_header_in_any_order_or_case() {
    use std::borrow::Cow;
    let cases: &[(&str, FileKind)] = &[
        (
            "sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username",
            FileKind::Users,
        ),
        ("ROLE,USERNAME,SOURCEDID", FileKind::Users),
        (
            "sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId",
            FileKind::Orgs,
        ),
        (
            "sourcedId,classSourcedId,schoolSourcedId,userSourcedId,role",
            FileKind::Enrollments,
        ),
        (
            "School_id,Student_id,Student_number,Last_name",
            FileKind::CleverStudents,
        ),
        (
            "Teacher_email,Teacher_id,School_id",
            FileKind::CleverTeachers,
        ),
        (
            "School_id,Staff_id,Staff_email,Title",
            FileKind::CleverStaff,
        ),
        (
            "School_id,School_name,School_number",
            FileKind::CleverSchools,
        ),
    ];
    for (header, kind) in cases {
        let cols: Vec<Cow<str>> = header.split(',').map(Cow::Borrowed).collect();
        assert_eq!(FileKind::detect(&cols), Some(*kind), "{header}");
    }
    // The rest of a bundle is recognised, and passed over.
    let unused: &[(&str, Format)] = &[
        ("propertyName,value", Format::OneRoster),
        (
            "sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,classType,\
             location,schoolSourcedId,termSourcedIds",
            Format::OneRoster,
        ),
        (
            "sourcedId,status,dateLastModified,title,type,startDate,endDate,parentSourcedId,schoolYear",
            Format::OneRoster,
        ),
        (
            "sourcedId,status,dateLastModified,birthDate,sex",
            Format::OneRoster,
        ),
        (
            "School_id,Section_id,Teacher_id,Name,Grade",
            Format::Clever,
        ),
        ("School_id,Section_id,Student_id", Format::Clever),
    ];
    for (header, format) in unused {
        let cols: Vec<Cow<str>> = header.split(',').map(Cow::Borrowed).collect();
        assert_eq!(
            FileKind::detect(&cols),
            Some(FileKind::Unused(*format)),
            "{header}"
        );
    }
    let unknown: Vec<Cow<str>> = "name,email,phone".split(',').map(Cow::Borrowed).collect();
    assert_eq!(FileKind::detect(&unknown), None);
}

#[test]
fn unreadable_files_get_a_clear_reason() {
    let tally = Tally::default();
    let start = |text: &str| FileJob::start("f.csv", text.into(), &tally).err();
    assert_eq!(start(""), Some(FileProblem::Empty));
    assert_eq!(
        start("PK\u{3}\u{4}\u{0}\u{0}binary"),
        Some(FileProblem::Binary)
    );
    assert!(matches!(
        start("name,email\nAnn,a@b\n"),
        Some(FileProblem::UnknownColumns { .. })
    ));
    assert_eq!(
        check_file(MAX_FILE_MB * 1_000_000 + 1, b"a,b"),
        Err(FileProblem::TooLarge {
            limit_mb: MAX_FILE_MB
        })
    );
    for problem in [
        FileProblem::Empty,
        FileProblem::Binary,
        FileProblem::TooLarge { limit_mb: 1 },
        FileProblem::UnknownColumns { header: "x".into() },
    ] {
        assert!(problem.text().len() > 10);
    }
}

#[test]
fn files_with_nobody_in_them_give_no_summary() {
    let orgs = "sourcedId,status,name,type\nsch,,School,school\n";
    assert_eq!(
        import(&[("orgs.csv".into(), orgs.into())], 1024),
        Err("nothing read".into())
    );
    let header_only = "sourcedId,role,username\n";
    assert_eq!(
        import(&[("users.csv".into(), header_only.into())], 1024),
        Err("nothing read".into())
    );
}

#[test]
fn oneroster_and_clever_files_are_not_mixed() {
    let one = roster_gen::oneroster(&Spec::new(20));
    let clever = roster_gen::clever(&Spec::new(20));
    let mut tally = Tally::default();
    let mut job = FileJob::start(&one[1].0, one[1].1.clone(), &tally).unwrap();
    while !job.step(&mut tally, 1 << 20) {}
    let err = FileJob::start(&clever[1].0, clever[1].1.clone(), &tally)
        .err()
        .unwrap();
    assert_eq!(
        err,
        FileProblem::MixedFormats {
            this: Format::Clever,
            earlier: Format::OneRoster
        }
    );
    assert!(err.text().contains("one kind of export at a time"));
}

// --- Counting generated exports --------------------------------------------

#[test]
fn generated_exports_give_their_known_counts() {
    for messy in [false, true] {
        for students in [10, 250, 2_000] {
            let spec = Spec {
                messy,
                ..Spec::new(students)
            };
            // Whole bundles: the files the counts do not need change nothing,
            // and are named in the summary.
            let one = import(&roster_gen::oneroster(&spec), 1 << 20).unwrap();
            assert_counts(&one, &spec, Format::OneRoster);
            assert_eq!(one.unused_files, ["classes.csv", "manifest.csv"]);
            let clever = import(&roster_gen::clever(&spec), 1 << 20).unwrap();
            assert_counts(&clever, &spec, Format::Clever);
            assert_eq!(clever.unused_files, ["enrollments.csv", "sections.csv"]);
        }
    }
}

#[test]
fn reading_in_small_slices_gives_the_same_counts() {
    let spec = Spec::new(500);
    let files = roster_gen::oneroster(&spec);
    let whole = import(&files, usize::MAX).unwrap();
    for budget in [1, 17, 1000] {
        assert_eq!(import(&files, budget).unwrap(), whole, "budget {budget}");
    }
}

#[test]
fn the_order_of_files_does_not_matter() {
    let spec = Spec::new(400);
    let mut files = roster_gen::oneroster(&spec);
    let forward = import(&files, 4096).unwrap();
    files.reverse();
    assert_eq!(import(&files, 4096).unwrap(), forward);
}

#[test]
fn users_alone_still_count_people_and_their_schools() {
    let spec = Spec {
        messy: false,
        ..Spec::new(300)
    };
    let users: Vec<_> = roster_gen::oneroster(&spec)
        .into_iter()
        .filter(|(n, _)| n == "users.csv")
        .collect();
    let summary = import(&users, 1 << 20).unwrap();
    assert_eq!(summary.students, spec.students);
    assert_eq!(summary.schools, spec.schools);
}

#[test]
fn bad_rows_are_listed_with_file_line_and_reason() {
    let spec = Spec {
        messy: false,
        bad_rows: 3,
        ..Spec::new(50)
    };
    let summary = import(&roster_gen::oneroster(&spec), 1 << 20).unwrap();
    assert_eq!(summary.bad_rows, 3);
    let first = &summary.listed_bad_rows[0];
    assert_eq!(first.file, "users.csv");
    assert_eq!(first.line, 3, "header, first student, then the short row");
    assert!(
        first.reason.contains("2 fields where the header has 18"),
        "{}",
        first.reason
    );
}

#[test]
fn roles_decide_who_counts() {
    let users = "sourcedId,status,enabledUser,orgSourcedIds,role,username,email\n\
        s1,,true,sch,student,a,a@x\n\
        t1,,true,sch,teacher,b,b@x\n\
        a1,,true,sch,administrator,c,c@x\n\
        d1,,true,sch,aide,d,d@x\n\
        g1,,true,sch,guardian,e,e@x\n\
        p1,,true,sch,parent,f,\n\
        x1,tobedeleted,true,sch,student,g,g@x\n\
        z1,,true,sch,wizard,h,h@x\n";
    let summary = import(&[("users.csv".into(), users.into())], 1 << 20).unwrap();
    assert_eq!(
        (summary.students, summary.staff, summary.missing_email),
        (1, 3, 0)
    );
    assert_eq!(summary.bad_rows, 1);
    assert!(summary.listed_bad_rows[0].reason.contains("wizard"));
}

#[test]
fn the_same_sis_identifier_on_two_people_is_a_duplicate() {
    let users = "sourcedId,role,username,identifier,email\nu1,student,a,123,\nu2,student,b,123,\nu3,student,c,,\n";
    let summary = import(&[("users.csv".into(), users.into())], 1 << 20).unwrap();
    assert_eq!(summary.duplicate_ids, 1);
    assert_eq!(summary.missing_email, 3);
}

#[test]
fn clever_ids_are_per_file() {
    // Student 1 and teacher 1 are different people in Clever's files.
    let students = "School_id,Student_id,Student_number,Student_email\n100,1,N1,a@x\n";
    let teachers =
        "School_id,Teacher_id,Teacher_number,Teacher_email\n100,1,N1,b@x\n101,1,N1,b@x\n";
    let summary = import(
        &[
            ("students.csv".into(), students.into()),
            ("teachers.csv".into(), teachers.into()),
        ],
        1 << 20,
    )
    .unwrap();
    assert_eq!(
        (summary.students, summary.staff, summary.duplicate_ids),
        (1, 1, 0)
    );
    assert_eq!(summary.schools, 2);
}

#[test]
fn mobility_is_suggested_from_the_share_in_several_schools() {
    let with = |students, multi_school| Summary {
        format: Format::Clever,
        students,
        staff: 0,
        schools: 2,
        multi_school,
        missing_email: 0,
        duplicate_ids: 0,
        bad_rows: 0,
        listed_bad_rows: vec![],
        unused_files: vec![],
    };
    assert_eq!(with(1000, 5).multi_school_per_mille(), 5);
    assert_eq!(with(3, 1).multi_school_per_mille(), 333);
    assert_eq!(with(1000, 5).suggested_mobility(), Mobility::Low);
    assert_eq!(with(1000, 20).suggested_mobility(), Mobility::Medium);
    assert_eq!(with(1000, 80).suggested_mobility(), Mobility::High);
    assert_eq!(with(0, 0).suggested_mobility(), Mobility::Low);
}

#[test]
fn the_summary_survives_the_trip_from_the_worker() {
    use rostering_advisor::import::report::{from_json, to_json};
    let summary = import(&roster_gen::clever(&Spec::new(700)), 1 << 20).unwrap();
    assert!(!summary.listed_bad_rows.is_empty());
    assert_eq!(from_json(&to_json(&summary)), Some(summary.clone()));
    // A damaged message is refused, not half read.
    let json = to_json(&summary);
    assert_eq!(
        from_json(&json.replace("\"students\":700", "\"students\":-1")),
        None
    );
    assert_eq!(from_json(&json.replace("clever", "csv")), None);
    assert_eq!(from_json("{}"), None);
    assert_eq!(from_json("not json"), None);
}

#[test]
fn findings_name_the_readiness_check_they_belong_to() {
    let spec = Spec {
        messy: false,
        ..Spec::new(1000)
    };
    let summary = import(&roster_gen::oneroster(&spec), 1 << 20).unwrap();
    assert_eq!(
        summary.readiness_finding("check-emails").as_deref(),
        Some("40 accounts in your export have no email address.")
    );
    assert_eq!(
        summary.readiness_finding("check-one-school").as_deref(),
        Some("20 students in your export are in more than one school.")
    );
    assert!(summary
        .readiness_finding("check-ids")
        .unwrap()
        .starts_with("2 IDs"));
    assert_eq!(summary.readiness_finding("check-rollover"), None);
    let clean = Summary {
        missing_email: 0,
        ..summary
    };
    assert_eq!(clean.readiness_finding("check-emails"), None);
    let one_each = Summary {
        missing_email: 1,
        duplicate_ids: 1,
        multi_school: 1,
        ..clean
    };
    assert_eq!(
        one_each.readiness_finding("check-emails").as_deref(),
        Some("1 account in your export has no email address.")
    );
    assert_eq!(
        one_each.readiness_finding("check-ids").as_deref(),
        Some("1 ID in your export is duplicated.")
    );
    assert_eq!(
        one_each.readiness_finding("check-one-school").as_deref(),
        Some("1 student in your export is in more than one school.")
    );
}

proptest! {
    #[test]
    fn the_reader_never_panics_and_always_moves_on(text in "[a-z,\"\\r\\n ]{0,200}") {
        let mut reader = Reader::new(&text);
        let mut fields = Vec::new();
        let mut last = 0;
        let mut rounds = 0;
        while reader.next_record(&mut fields).is_some() {
            prop_assert!(reader.position() > last || reader.position() == text.len());
            last = reader.position();
            rounds += 1;
            prop_assert!(rounds <= text.len() + 1);
        }
    }

    #[test]
    fn any_body_under_a_valid_header_is_read_without_panic(body in "\\PC{0,300}") {
        let text = format!("sourcedId,role,username,orgSourcedIds,email\n{body}");
        let mut tally = Tally::default();
        let mut job = FileJob::start("users.csv", text, &tally).unwrap();
        while !job.step(&mut tally, 16) {}
        if let Some(summary) = tally.summary() {
            prop_assert!(summary.students + summary.staff > 0);
        }
    }
}
