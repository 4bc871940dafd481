//! What to do next: the steps for the recommended method and roster source,
//! and the readiness checks that head off the usual rostering failures.
//!
//! Both are single tables whose rows say when they apply, so the page can lay
//! every row out once and show or hide it as the answers change.

use super::answers::{Answers, Mobility, Source};
use super::assess::Assessment;
use super::method::Method;

/// One thing to do or to check. Ids are stable: ticks are saved by id.
#[derive(Clone, Copy, Debug)]
pub struct Step {
    pub id: &'static str,
    pub text: &'static str,
    applies: fn(&Answers, Method) -> bool,
}

impl PartialEq for Step {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

impl Eq for Step {}

impl Step {
    pub fn applies(&self, answers: &Answers, method: Method) -> bool {
        (self.applies)(answers, method)
    }

    /// Whether the step belongs on the page for this assessment.
    pub fn applies_to(&self, assessment: &Assessment) -> bool {
        self.applies(&assessment.answers, assessment.recommended)
    }
}

const fn step(id: &'static str, text: &'static str, applies: fn(&Answers, Method) -> bool) -> Step {
    Step { id, text, applies }
}

fn self_managed(_: &Answers, m: Method) -> bool {
    m == Method::SelfManaged
}

fn assisted(_: &Answers, m: Method) -> bool {
    m == Method::Assisted
}

fn automated(_: &Answers, m: Method) -> bool {
    m == Method::Automated
}

fn via_sis(a: &Answers, m: Method) -> bool {
    m == Method::Automated && a.source == Source::Sis
}

fn via_clever(a: &Answers, m: Method) -> bool {
    m == Method::Automated && a.source == Source::Clever
}

fn via_classlink(a: &Answers, m: Method) -> bool {
    m == Method::Automated && a.source == Source::ClassLink
}

/// Every step, in the order they are taken. Automated's steps for a source
/// sit between its opening and closing steps.
pub const STEPS: &[Step] = &[
    step("self-setup", "Set up your schools, classes and teacher accounts with the product's admin tools.", self_managed),
    step("self-students", "Add students and place them in their classes.", self_managed),
    step("self-logins", "Give teachers and students their usernames and passwords.", self_managed),
    step("self-upkeep", "Name the person who makes roster changes during the year.", self_managed),
    step("assisted-templates", "Ask your account team for the import templates: one set per school, or one per product.", assisted),
    step("assisted-fill", "Fill in the templates from a SIS export or your own records.", assisted),
    step("assisted-send", "Send the files through the secure channel the vendor gives you; their operations team imports them once.", assisted),
    step("assisted-logins", "Collect the login files that come back and pass them to staff.", assisted),
    step("assisted-upkeep", "Name the person who makes changes by hand in the product after the import.", assisted),
    step("auto-request", "Tell your account team you want automated rostering and book the kickoff call.", automated),
    step("auto-scope", "Share only the schools, classes and students that use the product, and put the data you share in a written agreement.", automated),
    step("sis-oneroster", "Confirm your SIS exports OneRoster 1.1: CSV files over SFTP, or the OneRoster API.", via_sis),
    step("sis-access", "For the API, create a client key, secret and base URL (some SIS need a OneRoster plug-in first); for CSV, agree the SFTP drop and a daily or weekly schedule.", via_sis),
    step("clever-share", "In Clever, share the application with the schools and sections that use it.", via_clever),
    step("clever-sync", "Check how Clever gets your SIS data (Clever-managed, SIS-managed or SFTP) and how often it syncs.", via_clever),
    step("classlink-roster", "Make sure ClassLink Roster Server holds your OneRoster data.", via_classlink),
    step("classlink-keys", "Have the application key, secret and API URL ready for the kickoff call.", via_classlink),
    step("auto-verify", "After the first sync, check that the counts of students, staff and classes match your source.", automated),
    step("auto-monitor", "Decide who reads the sync reports and fixes what they flag.", automated),
];

/// Checks that prevent the common failures, each shown when it matters.
pub const CHECKS: &[Step] = &[
    step("check-ids", "Every student has an ID that is unique, never reused, and kept if they leave and come back.", |_, _| true),
    step("check-nwea-ids", "Duplicate or reused student IDs are cleaned up first: NWEA matches results to students by ID.", |a, _| a.nwea),
    step("check-one-school", "Students of assessment products such as Imagine+ Assessment, MyPath or Purpose are enrolled in one school only; a second school can block assessments and leave gaps in reports.", |a, _| a.mobility != Mobility::Low),
    step("check-emails", "Every account that will use single sign-on has an email address (or whatever identifier your sign-on service matches on).", |a, _| a.sso),
    step("check-duplicates", "If this suite was rostered another way before, plan to retire or merge the old accounts so the switch does not create duplicates.", |_, _| true),
    step("check-source-of-truth", "Everyone agrees to make roster changes in the source system: edits made by hand in the product are unknown to the sync and can leave duplicates.", automated),
    step("check-rollover", "The summer rollover is planned: when syncing pauses, when next year's rosters arrive, and whether summer school needs access.", automated),
    step("check-reports", "Reports you need are saved before the school year ends, since students removed from the source are deactivated.", automated),
];

/// The steps to take for a method and roster source, in order.
pub fn next_steps(answers: &Answers, method: Method) -> Vec<Step> {
    STEPS
        .iter()
        .copied()
        .filter(|s| s.applies(answers, method))
        .collect()
}

/// The readiness checks that matter for these answers and method.
pub fn readiness_checks(answers: &Answers, method: Method) -> Vec<Step> {
    CHECKS
        .iter()
        .copied()
        .filter(|s| s.applies(answers, method))
        .collect()
}
