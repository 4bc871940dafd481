//! Writes generated roster exports with known counts, for the browser tests
//! and the import benchmark.
//!
//!     cargo run --example roster_gen -- <oneroster|clever> <students> <out-dir> [clean]
//!
//! Prints the counts the import must report, as JSON.

#[path = "../tests/support/roster_gen.rs"]
mod roster_gen;

use roster_gen::Spec;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(format), Some(students), Some(out)) = (args.first(), args.get(1), args.get(2)) else {
        eprintln!("usage: roster_gen <oneroster|clever> <students> <out-dir> [clean]");
        std::process::exit(2);
    };
    let students: u32 = students.parse().unwrap_or_else(|_| {
        eprintln!("students must be a whole number");
        std::process::exit(2)
    });
    let spec = Spec {
        messy: args.get(3).map(String::as_str) != Some("clean"),
        ..Spec::new(students)
    };
    let files = match format.as_str() {
        "oneroster" => roster_gen::oneroster(&spec),
        "clever" => roster_gen::clever(&spec),
        other => {
            eprintln!("unknown format {other}; use oneroster or clever");
            std::process::exit(2);
        }
    };
    std::fs::create_dir_all(out).expect("create the output folder");
    let mut bytes = 0;
    for (name, text) in &files {
        bytes += text.len();
        std::fs::write(std::path::Path::new(out).join(name), text).expect("write a file");
    }
    println!(
        "{{\"students\":{},\"staff\":{},\"schools\":{},\"multiSchool\":{},\"missingEmail\":{},\
         \"duplicateIds\":{},\"badRows\":{},\"bytes\":{bytes}}}",
        spec.students,
        spec.staff(),
        spec.schools,
        spec.multi_school,
        spec.missing_email,
        spec.duplicate_ids,
        spec.bad_rows
    );
}
