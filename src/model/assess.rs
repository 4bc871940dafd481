//! From answers to advice: look every answer up in the method profiles, score
//! the methods, apply the hard rules, and say how clear-cut the result is.

use super::answers::{Answers, Source};
use super::method::{Factor, Fit, Method};
use super::profiles::{head_count_band, profile, Profile, Rule};

/// A winning margin at or below this many points is flagged as a close call.
pub const CLOSE_CALL_MARGIN: u8 = 2;
/// A winning margin at or above this many points is called clear.
pub const CLEAR_MARGIN: u8 = 5;
/// Head counts in this range sit near the 200-account guidance line.
pub const NEAR_THRESHOLD: std::ops::RangeInclusive<u32> = 150..=250;

/// One cell of the comparison table.
pub type Cell = Rule;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MethodAssessment {
    pub method: Method,
    /// Indexed by `Factor::index`.
    pub cells: [Cell; Factor::ALL.len()],
    pub score: u8,
    /// Why the method cannot be used with these answers, if it cannot.
    pub unavailable: Option<&'static str>,
}

impl MethodAssessment {
    pub fn cell(&self, factor: Factor) -> Cell {
        self.cells[factor.index()]
    }

    pub fn is_available(&self) -> bool {
        self.unavailable.is_none()
    }
}

/// Needs that only Automated rostering meets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Requirement {
    Sso,
    Nwea,
    SsoAndNwea,
}

impl Requirement {
    fn of(answers: &Answers) -> Option<Self> {
        match (answers.sso, answers.nwea) {
            (true, true) => Some(Self::SsoAndNwea),
            (true, false) => Some(Self::Sso),
            (false, true) => Some(Self::Nwea),
            (false, false) => None,
        }
    }

    pub fn phrase(self) -> &'static str {
        match self {
            Self::Sso => "single sign-on",
            Self::Nwea => "NWEA assessment data",
            Self::SsoAndNwea => "single sign-on and NWEA assessment data",
        }
    }
}

/// How clear-cut the recommendation is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Clarity {
    /// A hard rule decided it: only Automated meets the requirement.
    Required(Requirement),
    Clear,
    Leaning,
    CloseCall,
}

impl Clarity {
    pub fn label(self) -> &'static str {
        match self {
            Self::Required(_) => "Settled by a requirement",
            Self::Clear => "Clear choice",
            Self::Leaning => "Likely choice",
            Self::CloseCall => "Close call",
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Self::Required(_) => "required",
            Self::Clear => "clear",
            Self::Leaning => "leaning",
            Self::CloseCall => "close-call",
        }
    }

    fn from_margin(margin: u8) -> Self {
        if margin <= CLOSE_CALL_MARGIN {
            Self::CloseCall
        } else if margin >= CLEAR_MARGIN {
            Self::Clear
        } else {
            Self::Leaning
        }
    }
}

/// Something the district should know beyond the scores.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Note {
    /// Automated would come out ahead if there were a source to connect to.
    AutomatedNeedsSource,
    /// SSO or NWEA is wanted, but Automated has nothing to connect to.
    RequirementNeedsSource(Requirement),
    /// The head count sits close to the 200-account line.
    NearThreshold,
}

impl Note {
    pub fn text(self) -> &'static str {
        match self {
            Self::AutomatedNeedsSource => {
                "Automated rostering would suit these answers best, but it needs a roster source \
                 to connect to. A SIS that speaks OneRoster, Clever or ClassLink would make it an option."
            }
            Self::RequirementNeedsSource(Requirement::Sso) => {
                "You want single sign-on, which comes only with Automated rostering, and Automated \
                 needs a roster source. Until there is a SIS, Clever or ClassLink to connect to, \
                 users sign in with usernames and passwords."
            }
            Self::RequirementNeedsSource(Requirement::Nwea) => {
                "You use NWEA, whose results link to rosters only through Automated rostering, and \
                 Automated needs a roster source. A SIS, Clever or ClassLink connection would make it possible."
            }
            Self::RequirementNeedsSource(Requirement::SsoAndNwea) => {
                "Single sign-on and NWEA both come only with Automated rostering, and Automated needs \
                 a roster source. A SIS, Clever or ClassLink connection would unlock both."
            }
            Self::NearThreshold => {
                "Your head count is close to 200 accounts. That line is a rule of thumb (some vendor \
                 guidance draws lines at 50 and 200), so give the other answers their due weight."
            }
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Self::AutomatedNeedsSource => "automated-needs-source",
            Self::RequirementNeedsSource(_) => "requirement-needs-source",
            Self::NearThreshold => "near-threshold",
        }
    }
}

const NEEDS_SOURCE: &str = "it needs a SIS, Clever or ClassLink to connect to";

/// The whole advice for one set of answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    /// The answers assessed, so views need read nothing else.
    pub answers: Answers,
    /// Indexed by `Method::index`.
    pub methods: [MethodAssessment; 3],
    pub recommended: Method,
    /// The best of the other available methods.
    pub runner_up: Method,
    pub clarity: Clarity,
    pub notes: Vec<Note>,
}

impl Assessment {
    pub fn method(&self, method: Method) -> &MethodAssessment {
        &self.methods[method.index()]
    }

    pub fn recommended(&self) -> &MethodAssessment {
        self.method(self.recommended)
    }

    pub fn is_close_call(&self) -> bool {
        self.clarity == Clarity::CloseCall
    }

    /// Points between the recommendation and the runner-up.
    pub fn margin(&self) -> u8 {
        self.recommended()
            .score
            .saturating_sub(self.method(self.runner_up).score)
    }

    /// The rule that settled the choice, in a sentence, when one did.
    pub fn deciding_rule(&self) -> Option<&'static str> {
        match self.clarity {
            Clarity::Required(Requirement::Sso) => {
                Some("You want single sign-on, and only Automated rostering provides it.")
            }
            Clarity::Required(Requirement::Nwea) => Some(
                "You use NWEA, and only Automated rostering keeps its results linked to rosters.",
            ),
            Clarity::Required(Requirement::SsoAndNwea) => Some(
                "You want single sign-on and use NWEA; only Automated rostering provides either.",
            ),
            _ => None,
        }
    }

    /// Factors that tell the methods apart, where the recommendation fits well:
    /// the reasons for it, heaviest first.
    pub fn strengths(&self) -> Vec<(Factor, Cell)> {
        self.recommended_cells_where(|fit| fit == Fit::Good)
    }

    /// Factors where the recommendation falls short: what to watch for.
    pub fn caveats(&self) -> Vec<(Factor, Cell)> {
        self.recommended_cells_where(|fit| fit != Fit::Good)
    }

    fn recommended_cells_where(&self, keep: impl Fn(Fit) -> bool) -> Vec<(Factor, Cell)> {
        let chosen = self.recommended();
        // `Factor::ALL` runs heaviest first, so no sorting is needed.
        Factor::ALL
            .into_iter()
            .filter(|&f| self.tells_apart(f))
            .map(|f| (f, chosen.cell(f)))
            .filter(|(_, cell)| keep(cell.fit))
            .collect()
    }

    /// A factor every method fits equally says nothing about the choice.
    fn tells_apart(&self, factor: Factor) -> bool {
        let first = self.methods[0].cell(factor).fit;
        self.methods.iter().any(|m| m.cell(factor).fit != first)
    }
}

fn rule_for(profile: &Profile, factor: Factor, answers: &Answers) -> Rule {
    match factor {
        Factor::HeadCount => profile.head_count[head_count_band(answers.head_count())],
        Factor::Mobility => profile.mobility_rule(answers.mobility),
        Factor::Frequency => profile.frequency_rule(answers.frequency),
        Factor::Source => profile.source[usize::from(answers.source.is_connectable())],
        Factor::Sso => profile.sso[usize::from(answers.sso)],
        Factor::Nwea => profile.nwea[usize::from(answers.nwea)],
    }
}

fn score(cells: &[Cell; Factor::ALL.len()]) -> u8 {
    Factor::ALL
        .iter()
        .map(|f| f.weight() * cells[f.index()].fit.points())
        .sum()
}

fn assess_method(method: Method, answers: &Answers) -> MethodAssessment {
    let profile = profile(method);
    let cells = Factor::ALL.map(|f| rule_for(profile, f, answers));
    MethodAssessment {
        method,
        score: score(&cells),
        cells,
        unavailable: (profile.needs_source && !answers.source.is_connectable())
            .then_some(NEEDS_SOURCE),
    }
}

/// Which of two methods ranks higher: the higher score, then the better
/// head-count fit (the primary factor), then the one with less set-up work.
fn ranks_above(a: &MethodAssessment, b: &MethodAssessment) -> bool {
    let key = |m: &MethodAssessment| (m.score, m.cell(Factor::HeadCount).fit);
    key(a) > key(b) || (key(a) == key(b) && a.method < b.method)
}

/// Assess every method against the answers and recommend one.
pub fn assess(answers: &Answers) -> Assessment {
    let methods = Method::ALL.map(|m| assess_method(m, answers));

    // Self-Managed and One-time Assisted never need anything, so at least two
    // methods are always in the running.
    let (mut best, mut second) = (&methods[0], &methods[1]);
    if ranks_above(second, best) {
        std::mem::swap(&mut best, &mut second);
    }
    for m in methods[2..].iter().filter(|m| m.is_available()) {
        if ranks_above(m, best) {
            second = best;
            best = m;
        } else if ranks_above(m, second) {
            second = m;
        }
    }
    let (best, second) = (best.method, second.method);

    let requirement = Requirement::of(answers);
    let automated_available = methods[Method::Automated.index()].is_available();
    let (recommended, runner_up, clarity) = match requirement {
        Some(req) if automated_available => {
            let runner_up = if best == Method::Automated {
                second
            } else {
                best
            };
            (Method::Automated, runner_up, Clarity::Required(req))
        }
        _ => {
            let margin = methods[best.index()].score - methods[second.index()].score;
            (best, second, Clarity::from_margin(margin))
        }
    };

    let mut notes = Vec::new();
    if !automated_available {
        match requirement {
            Some(req) => notes.push(Note::RequirementNeedsSource(req)),
            None if automated_would_lead(answers) => notes.push(Note::AutomatedNeedsSource),
            None => {}
        }
    }
    if NEAR_THRESHOLD.contains(&answers.head_count()) {
        notes.push(Note::NearThreshold);
    }

    Assessment {
        answers: *answers,
        methods,
        recommended,
        runner_up,
        clarity,
        notes,
    }
}

/// Whether Automated would be recommended if the district had a roster source
/// and nothing else changed.
fn automated_would_lead(answers: &Answers) -> bool {
    let connected = Answers {
        source: Source::Sis,
        ..*answers
    };
    assess(&connected).recommended == Method::Automated
}
