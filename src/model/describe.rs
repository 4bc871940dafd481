//! Answers as the words shown beside each factor and in the printout.

use super::answers::{Answers, Choice};
use super::method::Factor;

/// A count with thousands separators: 100000 as "100,000".
pub fn thousands(n: u32) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// The district's answer for one factor, in words.
pub fn answer_text(answers: &Answers, factor: Factor) -> String {
    match factor {
        Factor::HeadCount => format!(
            "{} accounts ({} students, {} staff)",
            thousands(answers.head_count()),
            thousands(answers.students),
            thousands(answers.staff)
        ),
        Factor::Mobility => answers.mobility.label().into(),
        Factor::Frequency => answers.frequency.label().into(),
        Factor::Source => answers.source.label().into(),
        Factor::Sso => if answers.sso { "Wanted" } else { "Not needed" }.into(),
        Factor::Nwea => if answers.nwea { "Used" } else { "Not used" }.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_are_separated() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(15_000), "15,000");
        assert_eq!(thousands(100_000), "100,000");
        assert_eq!(thousands(200_000), "200,000");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }

    #[test]
    fn head_count_shows_the_parts() {
        let a = Answers {
            students: 3700,
            staff: 300,
            ..Answers::default()
        };
        assert_eq!(
            answer_text(&a, Factor::HeadCount),
            "4,000 accounts (3,700 students, 300 staff)"
        );
    }

    #[test]
    fn every_factor_has_words() {
        for factor in Factor::ALL {
            assert!(!answer_text(&Answers::default(), factor).is_empty());
        }
    }
}
