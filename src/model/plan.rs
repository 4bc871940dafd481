//! A plan covers every product suite the district rosters. Each suite is
//! rostered on its own, so each gets its own assessment; district-wide
//! answers (roster source, SSO, NWEA) are set once for all of them, and the
//! per-suite answers (students, staff, mobility, frequency) start from the
//! district's and change only where a suite differs.

use super::answers::{Answers, Frequency, Mobility};
use super::method::Method;

/// A suite's own per-suite answers; `None` takes the district's.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Overrides {
    pub students: Option<u32>,
    pub staff: Option<u32>,
    pub mobility: Option<Mobility>,
    pub frequency: Option<Frequency>,
}

impl Overrides {
    /// The suite's answers: its own where set, the district's elsewhere.
    pub fn apply(&self, district: &Answers) -> Answers {
        Answers {
            students: self.students.unwrap_or(district.students),
            staff: self.staff.unwrap_or(district.staff),
            mobility: self.mobility.unwrap_or(district.mobility),
            frequency: self.frequency.unwrap_or(district.frequency),
            ..*district
        }
    }

    /// After the user sets a suite's answers to `new`: district-wide answers
    /// go to the district (and so to every suite), and each per-suite answer
    /// is the suite's own unless it equals the district's.
    pub fn edit(district: &Answers, new: &Answers) -> (Answers, Overrides) {
        let district = Answers {
            source: new.source,
            sso: new.sso,
            nwea: new.nwea,
            ..*district
        };
        fn own<T: PartialEq>(mine: T, theirs: T) -> Option<T> {
            (mine != theirs).then_some(mine)
        }
        let overrides = Overrides {
            students: own(new.students, district.students),
            staff: own(new.staff, district.staff),
            mobility: own(new.mobility, district.mobility),
            frequency: own(new.frequency, district.frequency),
        };
        (district, overrides)
    }

    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// One product suite in the plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suite {
    /// Unique within a plan, for keys and selection.
    pub id: u32,
    pub name: String,
    pub overrides: Overrides,
    /// Ids of the next steps ticked for this suite.
    pub ticked: Vec<String>,
}

/// Names offered when adding a suite: Imagine Learning's product suites.
pub const SUITE_SUGGESTIONS: [&str; 6] = [
    "Imagine Language & Literacy",
    "Imagine+ Assessment",
    "MyPath",
    "Purpose",
    "Edgenuity",
    "Robotify",
];

/// The most suites a plan holds; far more than any district's catalogue.
pub const MAX_SUITES: usize = 60;

/// Longest suite name kept, in characters.
pub const MAX_SUITE_NAME_CHARS: usize = 80;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    pub district: Answers,
    pub suites: Vec<Suite>,
}

impl Plan {
    /// A plan of one suite that takes every answer from the district.
    pub fn single(district: Answers, name: &str) -> Self {
        Self {
            district,
            suites: vec![Suite {
                id: 1,
                name: name.into(),
                overrides: Overrides::default(),
                ticked: Vec::new(),
            }],
        }
    }

    pub fn answers_of(&self, suite: &Suite) -> Answers {
        suite.overrides.apply(&self.district)
    }

    /// One more than the largest id in use, or, should that overflow (ids
    /// come from saved records too), the smallest free one.
    fn next_id(&self) -> u32 {
        let largest = self.suites.iter().map(|s| s.id).max().unwrap_or(0);
        largest
            .checked_add(1)
            .unwrap_or_else(|| (1..).find(|id| self.position(*id).is_none()).unwrap_or(1))
    }

    fn position(&self, id: u32) -> Option<usize> {
        self.suites.iter().position(|s| s.id == id)
    }

    /// Add a suite that takes every answer from the district. Its id, or
    /// `None` when the plan is full.
    pub fn add(&mut self, name: &str) -> Option<u32> {
        if self.suites.len() >= MAX_SUITES {
            return None;
        }
        let id = self.next_id();
        self.suites.push(Suite {
            id,
            name: name.into(),
            overrides: Overrides::default(),
            ticked: Vec::new(),
        });
        Some(id)
    }

    /// Copy a suite, answers and ticks, just after it. The copy's id.
    pub fn duplicate(&mut self, id: u32) -> Option<u32> {
        if self.suites.len() >= MAX_SUITES {
            return None;
        }
        let at = self.position(id)?;
        const MARK: &str = " (copy)";
        // Shortened if need be, so the copy's name still fits the limit.
        let keep = MAX_SUITE_NAME_CHARS - MARK.len();
        let base: String = self.suites[at].name.chars().take(keep).collect();
        let copy = Suite {
            id: self.next_id(),
            name: format!("{}{MARK}", base.trim_end()),
            ..self.suites[at].clone()
        };
        let new_id = copy.id;
        self.suites.insert(at + 1, copy);
        Some(new_id)
    }

    /// Remove a suite; the last one stays, since a plan needs a suite.
    pub fn remove(&mut self, id: u32) -> bool {
        match self.position(id) {
            Some(at) if self.suites.len() > 1 => {
                self.suites.remove(at);
                self.fold_lone_suite();
                true
            }
            _ => false,
        }
    }

    /// A plan of one suite has nothing to tell apart from the district, so
    /// the suite's own answers become the district's: what the overview
    /// shows and what the suite shows are then the same.
    pub fn fold_lone_suite(&mut self) {
        if let [suite] = self.suites.as_mut_slice() {
            self.district = suite.overrides.apply(&self.district);
            suite.overrides = Overrides::default();
        }
    }

    /// Move a suite one place up (`-1`) or down (`1`), if there is room.
    pub fn shift(&mut self, id: u32, by: isize) -> bool {
        let Some(at) = self.position(id) else {
            return false;
        };
        let to = at
            .checked_add_signed(by)
            .filter(|&to| to < self.suites.len());
        match to {
            Some(to) if to != at => {
                self.suites.swap(at, to);
                true
            }
            _ => false,
        }
    }
}

/// What the district should know about its plan as a whole.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanNote {
    /// Suites are on different methods: the same students kept current two ways.
    MixedMethods(Vec<Method>),
    /// SSO or NWEA is wanted, but some suites are not on Automated.
    RequirementNotEverywhere { sso: bool, nwea: bool },
    /// Moving a suite to another method later can leave duplicate accounts.
    SwitchingLater,
}

impl PlanNote {
    pub fn text(&self) -> String {
        match self {
            Self::MixedMethods(methods) => {
                let names: Vec<&str> = methods.iter().map(|m| m.name()).collect();
                format!(
                    "Your suites use {} methods ({}). Students in suites on different methods \
                     are kept up to date in different ways, so a move or a new student has to \
                     reach each of them; agree who checks that.",
                    methods.len(),
                    names.join(", ")
                )
            }
            Self::RequirementNotEverywhere { sso, nwea } => {
                let (what, without) = match (sso, nwea) {
                    (true, true) => (
                        "Single sign-on and linked NWEA data come",
                        "their users sign in with usernames and passwords, and their NWEA \
                         results are not linked to rosters",
                    ),
                    (true, false) => (
                        "Single sign-on comes",
                        "their users sign in with usernames and passwords",
                    ),
                    _ => (
                        "Linked NWEA data comes",
                        "their NWEA results are not linked to rosters",
                    ),
                };
                format!(
                    "{what} only with Automated rostering, so suites on other methods go \
                     without: {without}."
                )
            }
            Self::SwitchingLater => "Changing a suite to another method later (from a one-time \
                import to a sync, say) can create a second account for everyone in it; retire \
                or merge the old accounts when you switch."
                .into(),
        }
    }
}

/// Notes for a plan whose suites are recommended `methods`, in order.
pub fn plan_notes(district: &Answers, methods: &[Method]) -> Vec<PlanNote> {
    let mut distinct: Vec<Method> = Method::ALL
        .into_iter()
        .filter(|m| methods.contains(m))
        .collect();
    let mut notes = Vec::new();
    if distinct.len() > 1 {
        notes.push(PlanNote::MixedMethods(std::mem::take(&mut distinct)));
    }
    let not_automated = methods.iter().any(|&m| m != Method::Automated);
    if not_automated && (district.sso || district.nwea) {
        notes.push(PlanNote::RequirementNotEverywhere {
            sso: district.sso,
            nwea: district.nwea,
        });
    }
    if methods.len() > 1 {
        notes.push(PlanNote::SwitchingLater);
    }
    notes
}
