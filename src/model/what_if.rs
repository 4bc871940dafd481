//! What would change the recommendation: for each factor, the nearest other
//! answer that makes a different method come out on top, found by running the
//! same assessment on the changed answers.

use super::answers::{Answers, Choice, Frequency, Mobility, Source};
use super::assess::assess;
use super::method::{Factor, Method};
use super::profiles::HEAD_COUNT_EDGES;

/// One answer changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// The head count moved to just across `edge`: up to it, or down below it.
    HeadCount {
        edge: u32,
        up: bool,
    },
    Mobility(Mobility),
    Frequency(Frequency),
    Source(Source),
    Sso(bool),
    Nwea(bool),
}

impl Change {
    pub fn factor(self) -> Factor {
        match self {
            Self::HeadCount { .. } => Factor::HeadCount,
            Self::Mobility(_) => Factor::Mobility,
            Self::Frequency(_) => Factor::Frequency,
            Self::Source(_) => Factor::Source,
            Self::Sso(_) => Factor::Sso,
            Self::Nwea(_) => Factor::Nwea,
        }
    }

    pub fn apply(self, answers: Answers) -> Answers {
        match self {
            Self::HeadCount { edge, up } => {
                answers.with_head_count(if up { edge } else { edge - 1 })
            }
            Self::Mobility(mobility) => Answers {
                mobility,
                ..answers
            },
            Self::Frequency(frequency) => Answers {
                frequency,
                ..answers
            },
            Self::Source(source) => Answers { source, ..answers },
            Self::Sso(sso) => Answers { sso, ..answers },
            Self::Nwea(nwea) => Answers { nwea, ..answers },
        }
    }

    /// The changed answer as the start of a sentence: "With 200 or more accounts".
    pub fn phrase(self) -> String {
        match self {
            Self::HeadCount { edge, up: true } => format!("With {edge} or more accounts"),
            Self::HeadCount { edge, up: false } => format!("With fewer than {edge} accounts"),
            Self::Mobility(Mobility::Low) => "If students rarely changed schools".into(),
            Self::Mobility(Mobility::Medium) => "If students sometimes changed schools".into(),
            Self::Mobility(Mobility::High) => "If students often changed schools".into(),
            Self::Frequency(Frequency::AsNeeded) => "With rosters updated only as needed".into(),
            Self::Frequency(Frequency::Yearly) => {
                "With rosters updated once or twice a year".into()
            }
            Self::Frequency(Frequency::Weekly) => "With weekly roster updates".into(),
            Self::Frequency(Frequency::Daily) => "With daily roster updates".into(),
            Self::Source(Source::None) => "Without a roster source".into(),
            Self::Source(_) => "With a SIS, Clever or ClassLink to connect to".into(),
            Self::Sso(true) => "If you wanted single sign-on".into(),
            Self::Sso(false) => "Without the need for single sign-on".into(),
            Self::Nwea(true) => "If you used NWEA".into(),
            Self::Nwea(false) => "Without NWEA".into(),
        }
    }
}

/// A change and the method it would make the recommendation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WhatIf {
    pub change: Change,
    pub method: Method,
}

impl WhatIf {
    pub fn sentence(self) -> String {
        format!(
            "{}, {} would be recommended.",
            self.change.phrase(),
            self.method.name()
        )
    }
}

/// Every other answer for one factor. The model treats all roster sources
/// alike, so one stands for all; head counts only matter at band edges.
fn alternatives(factor: Factor, answers: &Answers) -> Vec<Change> {
    fn others<C: Choice>(current: C) -> impl Iterator<Item = C> {
        C::ALL.iter().copied().filter(move |&c| c != current)
    }
    match factor {
        Factor::HeadCount => {
            let total = answers.head_count();
            HEAD_COUNT_EDGES
                .iter()
                .map(|&edge| Change::HeadCount {
                    edge,
                    up: total < edge,
                })
                .collect()
        }
        Factor::Mobility => others(answers.mobility).map(Change::Mobility).collect(),
        Factor::Frequency => others(answers.frequency).map(Change::Frequency).collect(),
        Factor::Source if answers.source.is_connectable() => vec![Change::Source(Source::None)],
        Factor::Source => vec![Change::Source(Source::Sis)],
        Factor::Sso => vec![Change::Sso(!answers.sso)],
        Factor::Nwea => vec![Change::Nwea(!answers.nwea)],
    }
}

impl Change {
    /// How far the change moves the answer: accounts for the head count,
    /// steps for ordered choices, nothing for the rest.
    pub fn distance(self, answers: &Answers) -> u32 {
        match self {
            Self::HeadCount { .. } => self
                .apply(*answers)
                .head_count()
                .abs_diff(answers.head_count()),
            Self::Mobility(m) => m.index().abs_diff(answers.mobility.index()) as u32,
            Self::Frequency(f) => f.index().abs_diff(answers.frequency.index()) as u32,
            Self::Source(_) | Self::Sso(_) | Self::Nwea(_) => 0,
        }
    }
}

/// For each factor, the nearest different answer that changes the
/// recommendation, if any does.
pub fn what_if(answers: &Answers) -> Vec<WhatIf> {
    let current = assess(answers).recommended;
    what_if_from(answers, current)
}

/// As [`what_if`], when the current recommendation is already known.
pub fn what_if_from(answers: &Answers, current: Method) -> Vec<WhatIf> {
    Factor::ALL
        .into_iter()
        .filter_map(|factor| {
            alternatives(factor, answers)
                .into_iter()
                .filter_map(|change| {
                    let method = assess(&change.apply(*answers)).recommended;
                    (method != current).then_some(WhatIf { change, method })
                })
                // The first of equally near changes, so the answer is stable.
                .reduce(|best, w| {
                    if w.change.distance(answers) < best.change.distance(answers) {
                        w
                    } else {
                        best
                    }
                })
        })
        .collect()
}
