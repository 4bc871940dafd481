//! The head-count slider track, over every position and every count.
#![cfg(not(target_arch = "wasm32"))]

use rostering_advisor::model::MAX_COUNT;
use rostering_advisor::ui::scale::{position_of, thumb_position, typed_count, value_at, STEPS};

#[test]
fn the_track_spans_the_whole_range() {
    assert_eq!(value_at(0), 0);
    assert_eq!(value_at(STEPS), MAX_COUNT);
    assert_eq!(value_at(STEPS + 50), MAX_COUNT);
    assert_eq!(position_of(0), 0);
    assert_eq!(position_of(MAX_COUNT), STEPS);
}

#[test]
fn the_track_never_runs_backwards() {
    for p in 0..STEPS {
        assert!(value_at(p + 1) >= value_at(p), "at position {p}");
    }
}

#[test]
fn arrow_keys_walk_the_whole_track_without_sticking() {
    // Each key press moves the thumb one position; the page then redraws the
    // thumb for the new value. The thumb must stay where the key put it.
    let mut thumb = 0;
    let mut value = value_at(thumb);
    while thumb < STEPS {
        let pressed = thumb + 1;
        value = value_at(pressed);
        thumb = thumb_position(pressed, value);
        assert_eq!(thumb, pressed);
    }
    assert_eq!(value, MAX_COUNT);
}

#[test]
fn a_value_set_elsewhere_moves_the_thumb_to_it() {
    assert_eq!(thumb_position(0, 15_000), position_of(15_000));
    assert_eq!(thumb_position(900, 150), position_of(150));
}

#[test]
fn every_count_lands_on_the_nearest_track_value() {
    for v in 0..=MAX_COUNT {
        let p = position_of(v);
        let here = value_at(p).abs_diff(v);
        if p > 0 {
            assert!(here <= value_at(p - 1).abs_diff(v), "{v}");
        }
        if p < STEPS {
            assert!(here <= value_at(p + 1).abs_diff(v), "{v}");
        }
    }
}

#[test]
fn fine_near_150_and_usable_at_15000() {
    let step_near = |v: u32| {
        let p = position_of(v);
        value_at(p + 1) - value_at(p)
    };
    assert!(step_near(150) <= 3, "steps of {} near 150", step_near(150));
    assert!(
        step_near(15_000) <= 150,
        "steps of {} near 15,000",
        step_near(15_000)
    );
    // Both sit well inside the track, not squeezed against one end.
    let fraction = |v: u32| f64::from(position_of(v)) / f64::from(STEPS);
    assert!((0.2..=0.5).contains(&fraction(150)), "{}", fraction(150));
    assert!(
        (0.6..=0.9).contains(&fraction(15_000)),
        "{}",
        fraction(15_000)
    );
}

#[test]
fn typed_counts_are_rounded_and_clamped() {
    assert_eq!(typed_count(150.0), Some(150));
    assert_eq!(typed_count(149.6), Some(150));
    assert_eq!(typed_count(0.4), Some(0));
    assert_eq!(typed_count(-20.0), Some(0));
    assert_eq!(typed_count(250_000.0), Some(MAX_COUNT));
    assert_eq!(typed_count(1e300), Some(MAX_COUNT));
    // What the browser reports for an empty box or a lone "-".
    assert_eq!(typed_count(f64::NAN), None);
    assert_eq!(typed_count(f64::INFINITY), None);
}
