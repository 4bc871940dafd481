//! The method profiles: how each method suits each possible answer, and how
//! each one works. This table is the single source of truth for the advice;
//! the assessment only looks answers up in it.

use super::answers::{Choice, Frequency, Mobility};
use super::method::{Fit, Method};

/// Head-count bands, in accounts (students plus staff). The 200 line comes from
/// the vendor's guidance; 50 and 400 mark where the lean becomes clear-cut.
pub const HEAD_COUNT_EDGES: [u32; 3] = [50, 200, 400];

/// Which head-count band a number of accounts falls in, from 0 (smallest).
pub fn head_count_band(total: u32) -> usize {
    HEAD_COUNT_EDGES
        .iter()
        .filter(|&&edge| total >= edge)
        .count()
}

/// A fit and the reason for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rule {
    pub fit: Fit,
    pub reason: &'static str,
}

/// How a method works, in plain terms, for the "how it works" rows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Workings {
    pub first_roster: &'static str,
    pub later_changes: &'static str,
    pub sign_in: &'static str,
    pub who_does_the_work: &'static str,
}

/// Everything the advisor knows about one method.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Profile {
    pub method: Method,
    pub summary: &'static str,
    /// Indexed by [`head_count_band`].
    pub head_count: [Rule; 4],
    /// Indexed in the order of `Mobility::ALL`.
    pub mobility: [Rule; 3],
    /// Indexed in the order of `Frequency::ALL`.
    pub frequency: [Rule; 4],
    /// `[no roster source, a roster source]`.
    pub source: [Rule; 2],
    /// `[not wanted, wanted]`.
    pub sso: [Rule; 2],
    /// `[not used, used]`.
    pub nwea: [Rule; 2],
    /// Whether the method cannot run without a SIS, Clever or ClassLink.
    pub needs_source: bool,
    pub workings: Workings,
}

const fn rule(fit: Fit, reason: &'static str) -> Rule {
    Rule { fit, reason }
}

use Fit::{Good, Partial, Poor};

pub const PROFILES: [Profile; 3] = [
    Profile {
        method: Method::SelfManaged,
        summary: "Your own staff add and update rosters with the tools inside the product.",
        head_count: [
            rule(Good, "A few dozen accounts are quick to add by hand."),
            rule(
                Good,
                "Under 200 accounts is a manageable amount to enter yourself.",
            ),
            rule(
                Partial,
                "Just past 200 accounts: workable, but typing them in takes real time.",
            ),
            rule(Poor, "Too many accounts to enter and keep current by hand."),
        ],
        mobility: [
            rule(Good, "Few school changes means few edits to make."),
            rule(
                Partial,
                "Every move is a manual edit; fine while moves stay occasional.",
            ),
            rule(
                Poor,
                "Frequent moves would keep someone editing rosters all year.",
            ),
        ],
        frequency: [
            rule(
                Good,
                "Occasional edits are what the in-product tools are for.",
            ),
            rule(
                Partial,
                "Rebuilding rosters by hand once or twice a year is slow but possible.",
            ),
            rule(Poor, "Weekly changes by hand become a standing chore."),
            rule(Poor, "Nobody can keep up with daily changes by hand."),
        ],
        source: [
            rule(Good, "Needs no data source: you type the rosters in."),
            rule(
                Partial,
                "Your rosters already live in a system; typing them again doubles the work.",
            ),
        ],
        sso: [
            rule(Good, "Username and password sign-in is all you need."),
            rule(
                Poor,
                "No single sign-on: everyone signs in with a username and password.",
            ),
        ],
        nwea: [
            rule(Good, "No assessment data to connect."),
            rule(
                Poor,
                "NWEA results cannot be linked to rosters you keep by hand.",
            ),
        ],
        needs_source: false,
        workings: Workings {
            first_roster: "Entered by hand in the product.",
            later_changes: "Made by hand with the in-product tools.",
            sign_in: "Usernames and passwords.",
            who_does_the_work: "Your staff, on their own schedule.",
        },
    },
    Profile {
        method: Method::Assisted,
        summary:
            "You fill in the vendor's import templates; their operations team loads them once.",
        head_count: [
            rule(
                Poor,
                "A vendor-run import is more process than a handful of accounts needs.",
            ),
            rule(
                Partial,
                "Works, though under 200 accounts you could add them yourself.",
            ),
            rule(
                Good,
                "At 200 or more accounts, one import saves a lot of typing.",
            ),
            rule(Good, "A large roster is loaded for you in a single import."),
        ],
        mobility: [
            rule(
                Good,
                "After the import, the rare move is a quick in-product edit.",
            ),
            rule(
                Good,
                "Moves now and then are handled in the product after the import.",
            ),
            rule(
                Partial,
                "After the import, every one of many moves is a manual edit.",
            ),
        ],
        frequency: [
            rule(
                Partial,
                "The import covers the start; later changes are yours to make.",
            ),
            rule(Good, "Suits rosters that change once or twice a year."),
            rule(
                Partial,
                "After the import, weekly changes fall to you, by hand.",
            ),
            rule(Poor, "Daily changes outpace a one-time import."),
        ],
        source: [
            rule(
                Good,
                "The templates can be filled from any spreadsheet or list.",
            ),
            rule(Good, "Export from your system straight into the templates."),
        ],
        sso: [
            rule(Good, "Username and password sign-in is all you need."),
            rule(
                Poor,
                "No single sign-on: everyone signs in with a username and password.",
            ),
        ],
        nwea: [
            rule(Good, "No assessment data to connect."),
            rule(
                Poor,
                "NWEA results need a live connection, which a one-time import lacks.",
            ),
        ],
        needs_source: false,
        workings: Workings {
            first_roster: "You fill in templates; the vendor imports them once.",
            later_changes: "Made by hand with the in-product tools.",
            sign_in: "Usernames and passwords.",
            who_does_the_work: "You prepare the files; the vendor's operations team loads them.",
        },
    },
    Profile {
        method: Method::Automated,
        summary: "A connection to your SIS, Clever or ClassLink keeps rosters in step on its own.",
        head_count: [
            rule(
                Poor,
                "Setting up a sync is more work than a few dozen accounts justify.",
            ),
            rule(
                Partial,
                "A sync works at this size, but setting it up may outweigh the gain.",
            ),
            rule(
                Good,
                "At 200 or more accounts, a sync spares you ongoing upkeep.",
            ),
            rule(Good, "Large rosters are best kept current by a sync."),
        ],
        mobility: [
            rule(
                Partial,
                "Works, though with few moves the sync has little to do.",
            ),
            rule(Good, "Each move is picked up by the next sync."),
            rule(
                Good,
                "Frequent moves are followed without anyone lifting a finger.",
            ),
        ],
        frequency: [
            rule(Partial, "A sync is more than occasional changes call for."),
            rule(
                Partial,
                "A sync is more than a change or two a year calls for.",
            ),
            rule(Good, "Weekly changes arrive with no manual work."),
            rule(Good, "Daily changes flow in with each sync."),
        ],
        source: [
            rule(Poor, "Needs a SIS, Clever or ClassLink to connect to."),
            rule(Good, "Connects to the place you already keep rosters."),
        ],
        sso: [
            rule(Good, "Sign-in can stay with usernames and passwords."),
            rule(Good, "The one method that brings single sign-on."),
        ],
        nwea: [
            rule(Good, "No assessment data to connect."),
            rule(
                Good,
                "The one method that keeps NWEA results linked to rosters.",
            ),
        ],
        needs_source: true,
        workings: Workings {
            first_roster: "Pulled from your SIS, Clever or ClassLink.",
            later_changes: "Arrive with each scheduled sync, daily or weekly.",
            sign_in: "Single sign-on is available, or usernames and passwords.",
            who_does_the_work:
                "You and the vendor set up the connection once; then it runs itself.",
        },
    },
];

pub fn profile(method: Method) -> &'static Profile {
    &PROFILES[method.index()]
}

impl Profile {
    pub fn mobility_rule(&self, mobility: Mobility) -> Rule {
        self.mobility[mobility.index()]
    }

    pub fn frequency_rule(&self, frequency: Frequency) -> Rule {
        self.frequency[frequency.index()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profiles_are_in_method_order() {
        for (i, p) in PROFILES.iter().enumerate() {
            assert_eq!(p.method, Method::ALL[i]);
        }
    }

    #[test]
    fn bands_split_at_the_edges() {
        assert_eq!(head_count_band(0), 0);
        assert_eq!(head_count_band(49), 0);
        assert_eq!(head_count_band(50), 1);
        assert_eq!(head_count_band(199), 1);
        assert_eq!(head_count_band(200), 2);
        assert_eq!(head_count_band(399), 2);
        assert_eq!(head_count_band(400), 3);
        assert_eq!(head_count_band(200_000), 3);
    }

    #[test]
    fn only_automated_needs_a_source() {
        let needing: Vec<_> = PROFILES
            .iter()
            .filter(|p| p.needs_source)
            .map(|p| p.method)
            .collect();
        assert_eq!(needing, vec![Method::Automated]);
    }
}
