//! The three rostering methods, the factors they are judged on, and the fit scale.

/// A way of getting students, staff and classes into a product suite.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Method {
    SelfManaged,
    Assisted,
    Automated,
}

impl Method {
    /// Ordered from the least set-up work to the most; ties go to the earlier one.
    pub const ALL: [Method; 3] = [Method::SelfManaged, Method::Assisted, Method::Automated];

    pub fn name(self) -> &'static str {
        match self {
            Self::SelfManaged => "Self-Managed",
            Self::Assisted => "One-time Assisted",
            Self::Automated => "Automated",
        }
    }

    /// Stable id for markup hooks and tests.
    pub fn id(self) -> &'static str {
        match self {
            Self::SelfManaged => "self-managed",
            Self::Assisted => "assisted",
            Self::Automated => "automated",
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

/// A question the methods are compared on: one row of the comparison table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Factor {
    HeadCount,
    Mobility,
    Frequency,
    Source,
    Sso,
    Nwea,
}

impl Factor {
    /// Heaviest first, the order reasons are listed in.
    pub const ALL: [Factor; 6] = [
        Factor::HeadCount,
        Factor::Mobility,
        Factor::Frequency,
        Factor::Source,
        Factor::Sso,
        Factor::Nwea,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Self::HeadCount => "Head count",
            Self::Mobility => "Students changing schools",
            Self::Frequency => "Roster updates",
            Self::Source => "Roster source",
            Self::Sso => "Single sign-on",
            Self::Nwea => "NWEA assessments",
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Self::HeadCount => "head-count",
            Self::Mobility => "mobility",
            Self::Frequency => "frequency",
            Self::Source => "source",
            Self::Sso => "sso",
            Self::Nwea => "nwea",
        }
    }

    /// How much the factor counts towards a method's score. Head count leads;
    /// mobility and update frequency follow; the rest mostly act as gates.
    pub const fn weight(self) -> u8 {
        match self {
            Self::HeadCount => 3,
            Self::Mobility | Self::Frequency => 2,
            Self::Source | Self::Sso | Self::Nwea => 1,
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

/// How well one method suits one answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Fit {
    Poor,
    Partial,
    Good,
}

impl Fit {
    pub fn points(self) -> u8 {
        self as u8
    }

    /// Words that go with the symbol, so fit never rests on colour alone.
    pub fn label(self) -> &'static str {
        match self {
            Self::Good => "Fits",
            Self::Partial => "Partly fits",
            Self::Poor => "Does not fit",
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            Self::Good => "✓",
            Self::Partial => "◐",
            Self::Poor => "✗",
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Self::Good => "good",
            Self::Partial => "partial",
            Self::Poor => "poor",
        }
    }
}

/// The best score a method can reach: every factor a full fit.
pub const MAX_SCORE: u8 = {
    let mut total = 0;
    let mut i = 0;
    while i < Factor::ALL.len() {
        total += Factor::ALL[i].weight() * Fit::Good as u8;
        i += 1;
    }
    total
};
