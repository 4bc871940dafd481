//! The district's answers: the only input to the decision.

use serde::Serialize;

/// The largest number the questions accept for students, and for staff.
pub const MAX_COUNT: u32 = 100_000;

/// How often students change schools inside the district.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mobility {
    Low,
    Medium,
    High,
}

/// How often rosters need to be brought up to date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Frequency {
    AsNeeded,
    Yearly,
    Weekly,
    Daily,
}

/// Where the district keeps its roster data today.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    None,
    Sis,
    Clever,
    #[serde(rename = "classlink")]
    ClassLink,
}

/// Everything the district tells the advisor about one product suite.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Answers {
    pub students: u32,
    pub staff: u32,
    pub mobility: Mobility,
    pub frequency: Frequency,
    pub source: Source,
    pub sso: bool,
    pub nwea: bool,
}

impl Default for Answers {
    /// A mid-sized district with no roster source: a start that shows every
    /// column of the table doing something.
    fn default() -> Self {
        Self {
            students: 500,
            staff: 40,
            mobility: Mobility::Low,
            frequency: Frequency::Yearly,
            source: Source::None,
            sso: false,
            nwea: false,
        }
    }
}

impl Answers {
    /// Accounts to create: every student and every member of staff.
    pub fn head_count(&self) -> u32 {
        self.students + self.staff
    }

    /// The same answers with the head count moved to `total`, keeping staff
    /// where possible since most of the change in a district is students.
    pub fn with_head_count(self, total: u32) -> Self {
        let staff = self.staff.min(total);
        Self {
            students: total - staff,
            staff,
            ..self
        }
    }
}

/// Stable short names for the enum answers, shared by the saved record and
/// the share link, plus the words a person reads. Kept as tables so the page
/// can hand them to controls without per-type code.
pub trait Choice: Copy + Eq + 'static {
    /// From the calmest answer to the busiest.
    const ALL: &'static [Self];
    /// Same order as `ALL`.
    const TOKENS: &'static [&'static str];
    /// Same order as `ALL`.
    const LABELS: &'static [&'static str];

    /// Position in `ALL`.
    fn index(self) -> usize;

    fn token(self) -> &'static str {
        Self::TOKENS.get(self.index()).copied().unwrap_or_default()
    }

    fn label(self) -> &'static str {
        Self::LABELS.get(self.index()).copied().unwrap_or_default()
    }

    fn from_token(token: &str) -> Option<Self> {
        let i = Self::TOKENS.iter().position(|&t| t == token)?;
        Self::ALL.get(i).copied()
    }
}

impl Choice for Mobility {
    const ALL: &'static [Self] = &[Self::Low, Self::Medium, Self::High];
    const TOKENS: &'static [&'static str] = &["low", "medium", "high"];
    const LABELS: &'static [&'static str] = &["Rarely", "Sometimes", "Often"];

    fn index(self) -> usize {
        self as usize
    }
}

impl Choice for Frequency {
    const ALL: &'static [Self] = &[Self::AsNeeded, Self::Yearly, Self::Weekly, Self::Daily];
    const TOKENS: &'static [&'static str] = &["as-needed", "yearly", "weekly", "daily"];
    const LABELS: &'static [&'static str] = &["As needed", "1–2 times a year", "Weekly", "Daily"];

    fn index(self) -> usize {
        self as usize
    }
}

impl Choice for Source {
    const ALL: &'static [Self] = &[Self::None, Self::Sis, Self::Clever, Self::ClassLink];
    const TOKENS: &'static [&'static str] = &["none", "sis", "clever", "classlink"];
    const LABELS: &'static [&'static str] = &["None", "SIS", "Clever", "ClassLink"];

    fn index(self) -> usize {
        self as usize
    }
}

impl Source {
    /// Whether there is anything for an automated sync to connect to.
    pub fn is_connectable(self) -> bool {
        self != Self::None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trips<C: Choice + std::fmt::Debug>() {
        assert_eq!(C::TOKENS.len(), C::ALL.len());
        assert_eq!(C::LABELS.len(), C::ALL.len());
        for (i, &c) in C::ALL.iter().enumerate() {
            assert_eq!(c.index(), i);
            assert_eq!(C::from_token(c.token()), Some(c));
            assert!(!c.label().is_empty());
        }
        assert_eq!(C::from_token("not-a-token"), None);
    }

    #[test]
    fn tokens_round_trip() {
        round_trips::<Mobility>();
        round_trips::<Frequency>();
        round_trips::<Source>();
    }

    #[test]
    fn serde_names_match_tokens() {
        for &s in Source::ALL {
            let json = serde_json::to_string(&s).unwrap();
            assert_eq!(json, format!("\"{}\"", s.token()));
        }
        for &f in Frequency::ALL {
            let json = serde_json::to_string(&f).unwrap();
            assert_eq!(json, format!("\"{}\"", f.token()));
        }
        for &m in Mobility::ALL {
            let json = serde_json::to_string(&m).unwrap();
            assert_eq!(json, format!("\"{}\"", m.token()));
        }
    }

    #[test]
    fn moving_the_head_count_keeps_staff_when_it_can() {
        let a = Answers {
            students: 140,
            staff: 10,
            ..Answers::default()
        };
        let moved = a.with_head_count(200);
        assert_eq!((moved.students, moved.staff), (190, 10));
        let tiny = a.with_head_count(4);
        assert_eq!((tiny.students, tiny.staff), (0, 4));
    }
}
