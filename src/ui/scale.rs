//! The head-count sliders' track. A linear track from 0 to 100,000 would make
//! every step worth a hundred accounts; an exponential one moves by one or two
//! near 150, by about a hundred near 15,000, and still reaches 100,000.

use crate::model::MAX_COUNT;

/// Positions along the track.
pub const STEPS: u32 = 1000;

/// Where the curve bends: small enough that 150 sits near a third of the way
/// along, so both small and large districts have room to move.
const BEND: f64 = 10.0;

fn growth() -> f64 {
    (f64::from(MAX_COUNT) / BEND + 1.0).ln() / f64::from(STEPS)
}

/// The count at a track position.
pub fn value_at(position: u32) -> u32 {
    let p = f64::from(position.min(STEPS));
    let v = BEND * ((growth() * p).exp() - 1.0);
    (v.round() as u32).min(MAX_COUNT)
}

/// The track position whose count is nearest to `value`.
pub fn position_of(value: u32) -> u32 {
    let v = f64::from(value.min(MAX_COUNT));
    let guess = ((v / BEND + 1.0).ln() / growth()).round() as u32;
    // The curve is steep, so rounding in log space can land one step off.
    [guess.saturating_sub(1), guess, guess + 1]
        .into_iter()
        .filter(|&p| p <= STEPS)
        .min_by_key(|&p| (value_at(p).abs_diff(value), p))
        .unwrap_or(guess)
}

/// Where to draw the thumb for `value`, given where it is now. Near zero
/// several positions share one count; keeping the thumb where the user put it
/// lets the arrow keys walk through them instead of snapping back.
pub fn thumb_position(current: u32, value: u32) -> u32 {
    if value_at(current) == value {
        current
    } else {
        position_of(value)
    }
}

/// What a number box holds, as the browser reads it, as a count: rounded
/// and clamped to the range. `None` while the box holds nothing usable
/// (empty, or a lone "-"), which the browser reports as NaN.
pub fn typed_count(number: f64) -> Option<u32> {
    number
        .is_finite()
        .then(|| number.round().clamp(0.0, f64::from(MAX_COUNT)) as u32)
}
